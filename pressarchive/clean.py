"""Clean stage: raw page text -> body, headline, publication date, agency credit.

Scraped text carries site navigation, datelines, captions printed twice, template placeholders and photo
credits. They are taken out here, before extraction, so that every offset later points into the clean body.
"""
import re
from datetime import date, datetime, timedelta

from .firstchars import led
from .gazetteer import places
from .lexicon import mapping, ordered, words
from .normalize import fold

MONTHS = "|".join([m[:3] for m in ordered("months")] + ["Sept"])
MONTH_NAMES = "|".join(ordered("months")) + "|" + MONTHS

# Datelines as scrapers leave them on a line of their own.
DATELINES = [
    # "Mar 14, 2017 / 21:29", "March 14, 2017", "Mar 14, 2017 21:29"
    (re.compile(rf"^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?({MONTH_NAMES})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})"
                r"(?:\s*[/|,-]?\s*(\d{1,2}):(\d{2}))?\s*(?:GMT|UTC|\+\d{2}:?\d{2})?\s*$", re.I), "mdy"),
    # "14 March 2017", "Tuesday, 14 March 2017 21:29", "Wednesday, 21. October 2020 13:03" (the day's dot of German
    # and Nordic sites)
    (re.compile(rf"^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?(\d{{1,2}})\.?\s+({MONTH_NAMES})\.?,?\s+(\d{{4}})"
                r"(?:\s*[/|,-]?\s*(\d{1,2}):(\d{2}))?\s*$", re.I), "dmy"),
    # Reuters: " 26-FEB-1987 15:01:01.79"
    (re.compile(rf"^\s*(\d{{1,2}})-({MONTHS})-(\d{{4}})\s+(\d{{1,2}}):(\d{{2}})(?::\d{{2}}(?:\.\d+)?)?\s*$", re.I), "dmy"),
    # ISO: "2017-03-14", "2017-03-14 21:29", "2017-03-14T21:29:00"
    (re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$"), "iso"),
    # A blog's post date whose day and year stood in two boxes, joined in the scraped text: "May 272017" (May 27,
    # 2017; dates11, maniolas.com). Only a whole line of it, the year 19xx or 20xx.
    (re.compile(rf"^\s*({MONTH_NAMES})\.?\s+(\d{{1,2}})((?:19|20)\d\d)()()\s*$", re.I), "mdy"),
]

AGENCIES = r"Reuters?|Xinhua|Kyodo|Yonhap|Bernama|Interfax|Antara"     # news agencies as pages credit them
PLACEHOLDER = re.compile(r"\{\s*[a-z_]+\s*\}")
PHOTO_CREDIT = re.compile(r"(?:^|[\s.(\-–—])(?:photo|photograph|image|picture|file photo)\s*(?:credit)?\s*:\s*[^\n]{1,60}\)?\s*$"
                          r"|^\s*\((?:photo|image|file)[^)]{0,60}\)\s*$|\b(?:Getty Images|AFP/Getty|Reuters/[A-Z][a-z]+)\s*$"
                          # (Reuters' credit in capitals, its photographer's name of two or three words: "... October 4,
                          # 2021. REUTERS/Kim Kyung-Hoon"; One America News printing Reuters, set AQ 010)
                          r"|(?-i:\bREUTERS/[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})\s*$", re.I)
SPACE_RUN = re.compile(r"[ \t]{2,}")
# Vietnam News Agency's end-of-story mark after a paragraph's last full stop: '“...,” she said./.', "... home
# safely./." (VNA, VietnamPlus, Nhan Dan copies; issue 8, seed10): no part of the words, nor of a frame.
# A byline the scrape glued to the story's first sentence: "By Song Baleun and Lee Hana The Ministry of National Defense
# has made an announcement ..." (korea.net; issue 8, seed10): its writers are no speakers of that sentence.
GLUED_BYLINE = re.compile(r"^By\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}(?:\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})?"
                          r"\s+(?=(?:The|A|An)\s+[A-Z]?[a-z])", re.M)
VNA_END = re.compile(r"(?<=[.!?”\"’])/\.[ \t]*$", re.M)
# ... or the agency's name glued to the last full stop by a hyphen: "... their relatives have been notified.-VNA"
# (VietnamPlus; seed19)
GLUED_AGENCY_END = re.compile(r"(?<=[.!?”\"’])-(?:VNA|VNS|VOV|VTV)[ \t]*$", re.M)
# Xinhua's end-of-story mark after the last sentence: '..., Zhu said. ■' (english.news.cn; seed17)
STORY_END_MARK = re.compile(r"(?<=[.!?”\"’])[ \t]+■[ \t]*$", re.M)
# VOV's image alt text, the headline again and the picture's number, before its caption: "Vietnam protests and asks
# China to stop its upgrade activities in Truong Sa - ảnh 1 Deputy spokeswoman for the Vietnamese Foreign Ministry Pham
# Thu Hang" (vovworld.vn; seed15): the headline's verbs would read as a statement of the country
VOV_IMAGE_ALT = re.compile(r"^[^\n]{1,300}? - [ảẢ]nh \d+(?:[ \t]+|\.?$)|"
                           # ... with no dash, the caption glued to the number ("Vietnam rejects China’s statement on
                           # sovereignty over Truong Sa ảnh 1Vietnamese Foreign Ministry spokesperson Le Thi Thu Hang",
                           # VietnamPlus; "... spokesperson hinh anh 1" then the caption's line, VietNamNet; seed23)
                           r"^[^\n]{1,300}?\S(?: |- )(?:[ảẢ]nh|hinh anh) \d(?:\.?[ \t]*$|[ \t]*(?=[A-Z“\"]))", re.M)
IMAGE_ALT_MARKERS = ("ảnh ", "Ảnh ", "hinh anh ")     # a Vietnamese site's picture number ("ảnh 1", "hinh anh 1")
# (VGP's capitalised, its full stop closing the line: "Viet Nam calls for achieving cease-fire in Gaza - Ảnh 1."; seed20)
# An agency's credit after a dash closing a paragraph's last sentence: '“... we do not want to fire them,” he said. ―
# Bernama' (Malay Mail; seed12): no part of the frame, which it would carry past its full stop.
DASH_CREDIT = re.compile(rf"(?<=[.!?”\"’])[ \t]+(?:--|[—–])[ \t]*(?:{AGENCIES}|BERNAMA|ANTARA|[A-Z]{{2,5}})[ \t]*$", re.M)
# The tails clean_text cuts from a body, each after its cheap marker test: a VNA story's "/." end, an agency glued to
# the last word (".-V"), a story's end mark, VOV's image alt text, a dash before a credit, a byline glued to the text.
AGENCY_ENDS = ((("/.",), VNA_END), ((".-V",), GLUED_AGENCY_END), (("■",), STORY_END_MARK))     # (markup pages too)
BODY_TAILS = AGENCY_ENDS + ((IMAGE_ALT_MARKERS, VOV_IMAGE_ALT), (("—", "--"), DASH_CREDIT), (("By ",), GLUED_BYLINE))
# A caption's photo credit after a bar: "... with Turkey | Emmanuel Dunand/AFP via Getty Images".
PHOTO_AGENCIES = "|".join(ordered("photo_agencies"))     # (as printed: the patterns match case)
CAPTION_CREDIT = re.compile(r"[ \t]+[|][ \t]+[A-Z][^|\n]{0,60}/(?:[A-Z][\w ]{0,20}[ \t]+via[ \t]+)?(?:%s)[ \t]*$"
                            % PHOTO_AGENCIES, re.M)
# ... or an agency's credit after a bar closing a caption's line of its own ("... says MEA | ANI Photo", "(File Photo |
# EPS)" is a line of its own too but no caption of words): the whole line is the caption (_caption_credits).
BAR_PHOTO_CAPTION = re.compile(r"^[^\n|]{1,300}[ \t]+[|][ \t]+(?:[A-Z][\w&.’'-]*[ \t]+){1,2}Photos?[ \t]*$\n?", re.M)
# ... or a photographer's name and the paper's in capitals opening a caption's paragraph, or standing alone
# ("NIC ADAM / FREE PRESS FILES “...”", "MIKAELA MACKENZIE / FREE PRESS file"; the Winnipeg Free Press): a
# caption's words or a quotation follow (not a dateline's "NEW YORK / LONDON (Reuters) -")
CAPITALS_PHOTO_CREDIT = re.compile(r"^(?:[A-Z][A-Z'’.-]+[ \t]+){1,3}[A-Z][A-Z'’.-]+[ \t]+/[ \t]+"
                                   r"(?:[A-Z][A-Z'’.&-]+[ \t]+){0,3}[A-Z][A-Z'’.&-]+(?:[ \t]+(?:FILES?|[Ff]iles?|PHOTO))?"
                                   r"(?:[ \t]*$|[ \t]+(?=[“\"‘]|[A-Z][a-z]))", re.M)
# ... or its "Photo:" and the agency and photographer closing the caption's line ("Chinese Foreign Ministry
# spokesperson Hua Chunying Photo: Reuters/THOMAS PETER"; Japan Today, seed20), or a credit of a few capitalised
# words, a body's or an agency's ("Chinese Foreign Ministry spokesperson Lin Jian Photo: VCG", "... Mao Ning Photo:
# Ministry of Foreign Affairs"; Global Times, set V), which would otherwise end the name ("Lin Jian Photo")
# (the latter only after a word: a caption closed by its full stop ends no name, and a transcript's page keeps the
# credit that tells its caption line; set A interview/159)
CAPTION_PHOTO_CREDIT = re.compile(r"(?:(?<=[\w.])[ \t]+Photo:[ \t]*(?:%s)/[A-Z][\w .'’-]{1,40}|"
                                  r"(?<=\w)[ \t]+Photo:[ \t]*[A-Z][\w'’&-]*(?:[ \t]+(?:of|the|and|for|[A-Z][\w'’&-]*)){0,6}"
                                  r"(?:/[A-Z][\w .'’-]{1,40})?)[ \t]*$" % PHOTO_AGENCIES, re.M)
# An agency credit closing a story: "VNA/VOV", "Reuter", "AP", "(Xinhua)".
AGENCY_CREDIT = re.compile(rf"^\s*\(?((?:[A-Z]{{2,8}}|{AGENCIES})"
                           r"(?:\s*/\s*(?:[A-Z]{2,8}|Reuters?|Xinhua))*)\)?\s*$")
SENTENCE_END = re.compile(r"[.!?:;…\"”’)]\s*$")
RELATED_HEADINGS = frozenset(words("related_headings"))
STORY_END_LINES = frozenset(words("story_end_lines"))
COMMENT_HEADINGS = frozenset(words("comment_headings"))
# A link line: its label, a colon (or a bar: "ALSO READ | Frosty relations ..., says Biden", seed15), another story's
# headline (at most 30 words, no full stop at its end).
LINK_LINE = re.compile(r"(?im)^[ \t]*(?:%s)(?:[ \t]*:|[ \t]+\|)[ \t]*(?:\S+[ \t]+){0,29}\S*[^.\s][ \t]*$\n?"
                       % "|".join(re.escape(w) for w in ordered("link_labels")))


def _image_alt_marked(body: str) -> bool:
    """Has the body a Vietnamese site's picture number that VOV_IMAGE_ALT may cut?"""
    return any(marker in body for marker in IMAGE_ALT_MARKERS)


def month_number(name: str) -> int:
    return datetime.strptime(name[:3].title(), "%b").month


# Printed forms beyond a bare dateline: "Posted: March 14, 2017", "ANI | New Delhi | Updated: 16-09-2021 17:40 IST |
# Created: ...", "Monday, 16 March 2020 - 10:30 GMT+7": the date phrase is found here, parsed by dateparser.
DATE_IN_LINE = led(rf"\b(\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|(?:{MONTH_NAMES})\.?\s+\d{{1,2}}"
                          rf"(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th|\.)?,?\s+(?:{MONTH_NAMES})\.?,?\s+\d{{4}})", re.I)
# The label before a printed date, wherever it stands in the line: "By Yonhap News Posted : August 29, 2017, 10:28".
# The label may be glued to what comes before it, as scraped text joins a byline's parts ("Written: 2023-06-15
# 15:19:41Updated: 2023-06-15 16:01:39", "NEW DELHIWritten By: Sidhant SibalUpdated: Oct 15, 2020, 07:02 PM IST"),
# and a time may stand between it and the date ("Updated 2:30 PM ET, Tue March 14, 2017"); the wire of public bodies'
# releases says "01/13/2026 | Press release | Distributed by Public on 01/13/2026 09:24".
WEEKDAY_ABBREVIATIONS = [w[:3].lower() for w in ordered("weekdays")]     # "mon" ... "sun", Monday first
# What may follow a label before its date: a colon, a time and zone, a weekday.
AFTER_LABEL = (r"\s*:?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}\b)?,?\s*)?"
               r"(?:(?:%s)[a-z]*\.?,?\s*)?$" % "|".join(WEEKDAY_ABBREVIATIONS))
LABELLED = led(r"(?:\b|(?<=[a-z\d]))(?:posted|published|publish date|created|updated|last updated|written|date|dated|"
                      r"aired|distributed by \w+)(?:\s+on)?" + AFTER_LABEL, re.I)
UPDATE_LABEL = re.compile(r"updated" + AFTER_LABEL, re.I)
# What may stand around the one date of a date line: separators, a weekday, times and zones ("6:13 pm", "(AM)",
# "14:00 ET", "[GMT+7]"), the outlet's site name as a masthead prints it ("INQUIRER.net 6:13 pm | Thursday, ...")
# and a byline ("By Nguyen Hoa | March 14, 2017 | 09:21 am").
DECORATION = re.compile(r"^(?:[\s,|/\-–—:()\[\]•]|(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un)[a-z]*\b|\bat\b|"
                        r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?|[AaPp]\.?[Mm]\.?|[A-Z]{2,5}\b|(?:GMT|UTC)[+-]?\d*|"
                        # a numeric zone ("Mon, 16 Mar 2020 10:30:00 +0700")
                        r"[+-]\d{2}:?\d{2}\b|"
                        r"[A-Za-z]+\.(?:net|com|org|gov|info)\b|"
                        # an age the page counts from its own date: "April 11, 2018 / 1:04 PM / Updated 8 hours ago"
                        # (Reuters), "Updated 2 days ago"
                        # ... in capitals or without its label, as Reuters printed it ("MARCH 12, 2018 / 8:10 AM /
                        # UPDATED 2 HOURS AGO", "April 14, 2017 / 12:56 AM / 4 months ago"; dates15)
                        r"(?i:\b(?:updated\s+|posted\s+)?(?:an?|\d{1,2})\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|"
                        r"months?|years?)\s+ago\b)|"
                        # the "on" a page's header sets before its day ("on Thursday 20 January, 2022", yemend.com)
                        r"^\s*on\b|"
                        # a byline, of one or two names ("By Chen Qingqing and Zhao Yusha | 2021/8/1 20:49:14") or a
                        # site's user ("By admin 2018-09-07")
                        r"\bBy(?:\s+[A-Z][\w.'’-]*){1,4}(?:\s+and(?:\s+[A-Z][\w.'’-]*){1,4})?|\b[Bb]y\s+(?:admin|editor|staff)\b|"
                        # ... or an agency or a reporter's initials in lower-case "by", and the time of the last
                        # update, as VTV prints its byline ("by VNA10 April 2020 Last updated at 16:22 PM"; seed20)
                        r"\bby\s+[A-Z][A-Za-z.]{0,9}(?=\s)|\bLast(?=\s+updated\b)|"
                        # the agency or outlet a date line credits: "Xinhua, May 4, 2016", "From:Xinhua | 2016-10-24
                        # 09:24", "Source: Global Times | 2020/9/14 0:08:39"
                        r"\b(?:From|Source)\s*:(?:\s*[A-Z][\w.&'’-]*){0,4}|\b(?:%s)(?:\s+English)?\b|"
                        # the editor Xinhua's English pages credit after the date ("Source: Xinhua| 2018-10-09
                        # 20:08:25|Editor: huaxia") and a named zone ("2008-07-24 19:15:45 (Beijing Time)"; dates11)
                        r"\bEditors?\s*:(?:\s*[A-Za-z][\w.&'’-]*){1,3}|"
                        # an Indian agency and its dateline's city ("PTI New Delhi August 02, 2022 16:12 IST")
                        r"\b(?:PTI|ANI|IANS|UNI)(?:\s+[A-Z][a-z]+){0,2}\b|"
                        # the outlet a bar sets off before the date ("China Daily Global| 2020-03-06 13:52:55|Editor:
                        # Wang Xiaoyu", chinaja.org.cn; dates14)
                        r"\b[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?=\s*\|)|"
                        # the audio player's button beside the date ("DEC 9, 2017 LISTEN", modernghana.com; dates14)
                        r"\b(?:LISTEN|Listen)\b|"
                        # the time of an update and the dateline's city in capitals closing the line, as The Hindu
                        # prints its header ("April 25, 2023 08:28 pm | Updated 08:28 pm IST - KALABURAGI"; dates14)
                        r"\b[Uu]pdated\b|[-–—]\s*[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}\s*$|"
                        r"\b(?:Beijing|Hanoi|Seoul|Tokyo|Manila|Bangkok|Jakarta|Singapore|Moscow|local)\s+[Tt]ime\b)*$" % AGENCIES)
# A page that says when it was issued, in one sentence of its own: "The press release issued by the Foreign Office
# on 15 April 2024.", "Below is a press release issued by the Foreign and Commonwealth Office on 13/11/2019."
ISSUED_LINE = re.compile(r"^(?:below is |this is )?(?:the |a )?(?:press release|news release|statement|transcript|speech)"
                         r"\s+(?:was\s+)?(?:issued|published|released|posted|delivered)\b[^.\n]{0,100}?\bon\s+(?:the\s+)?$", re.I)


# A dotted date's closing dot, as Korean sites print it ("2024.10.12. AM 00:03"); no other dot decorates a date line
# (a wrapped line of wire copy ending "on March 12, 1987." is prose).
KOREAN_DOTTED = re.compile(r"\b(\d{4}\.\d{1,2}\.\d{1,2})\.(?=\s|$)")


# A byline's credit run into the day it prints, as VTV's pages read when scraped ("by VNA10 April 2020 Last updated at
# 16:22 PM", "by P.V17 July 2015 ..."; seed20).
GLUED_BYLINE_DAY = re.compile(rf"\b(by\s+[A-Z][A-Za-z.]{{0,8}}?[A-Za-z.])(?=\d{{1,2}}\s+(?:{MONTH_NAMES})\b)")


def parse_printed_date(line: str) -> str | None:
    """The publication date of a labelled or decorated date line ('Posted: ...', '... | Created: 16-09-2021 ...',
    'Monday, 16 March 2020 - 10:30 GMT+7'), else None. Numeric dates are day first, as outside the US."""
    if len(line) > 160:
        return None
    line = KOREAN_DOTTED.sub(r"\1", line)     # "2024.10.12. AM 00:03"
    if "by " in line:
        line = GLUED_BYLINE_DAY.sub(r"\1 ", line)     # "by VNA10 April 2020": the credit, then the day
    found = list(DATE_IN_LINE.finditer(line))
    if not found:
        return None
    issued = ISSUED_LINE.match(line[:found[0].start()])
    if issued and len(found) == 1 and not line[found[0].end():].strip(" ."):
        return parse_day_first(found[0].group(1))
    if len(line) > 120:
        return None
    labelled = [m for m in found if LABELLED.search(line[:m.start()])]
    if labelled and not LABELLED.search(line[:found[0].start()]) and DECORATION.fullmatch(line[:found[0].start()]) and \
            all(UPDATE_LABEL.search(line[:m.start()]) for m in labelled):
        # the day opening the line is the publication's, the labelled one its update's: "March 03, 2024 10:12 pm |
        # Updated March 04, 2024 08:19 am IST - NEW DELHI" (The Hindu; dates14) was published on the 3rd
        return parse_day_first(found[0].group(1), month_first=MONTH_FIRST_LINE.search(line) is not None)
    pick = next((m for m in labelled if re.search(r"(?:posted|published|created|date)", line[:m.start()][-25:], re.I)),
                labelled[0] if labelled else None)
    if pick is None:
        rest = DATE_IN_LINE.sub(" ", line)
        # one date, or the same day printed twice in two zones ("2008-07-24 11:15:45 GMT  2008-07-24 19:15:45
        # (Beijing Time)  Xinhua English", sina.com; dates11): when the two zones' days differ the line says nothing
        if len({parse_day_first(m.group(1)) for m in found}) != 1 or len(found) > 2 or not DECORATION.match(rest):
            return None
        pick = found[0]
    return _by_weekday(line, pick.group(1)) or \
        parse_day_first(pick.group(1), month_first=MONTH_FIRST_LINE.search(line) is not None)


# A weekday printed beside a numeric date whose day and month could be swapped: "Tue, 02/03/2009 - 22:40"
# (oananews.org, Kyodo copy; dates14) is Tuesday 3 February, not Monday 2 March.
NUMERIC_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
LINE_WEEKDAY = re.compile(r"\b(%s)[a-z]*\b\.?" % "|".join(w.title() for w in WEEKDAY_ABBREVIATIONS), re.I)


def _by_weekday(line: str, phrase: str) -> str | None:
    """The ISO day of a numeric phrase read in the one order whose weekday is the weekday the line prints, else None."""
    m, wd = NUMERIC_DATE.fullmatch(phrase), LINE_WEEKDAY.search(line)
    if not (m and wd):
        return None
    want = WEEKDAY_ABBREVIATIONS.index(wd.group(1).lower())
    fits = {d.isoformat() for d in both_readings(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d.weekday() == want}
    return fits.pop() if len(fits) == 1 else None


def both_readings(a: int, b: int, year: int) -> list:
    """The days a numeric date a/b of the year can be, day first and month first (those that exist)."""
    out = []
    for day, month in ((a, b), (b, a)):
        try:
            out.append(date(year, month, day))
        except ValueError:
            continue
    return out


# (KBS prints "Written: 2024-04-04 16:33:07Updated: ..." under the stored copy's own " date 2024-03-22 Menu Content"
# line, the day it was crawled: the page's "Written" day is the publication's; issue 8, seed10)
PUBLISHED_LABEL = re.compile(r"\b(?:posted|published|publish date|written(?=\s*:))", re.I)
# A US time zone on the line: its numeric date is month first ("10/11/2022 07:54 PM EDT" is October 11), as on the
# release wire of Public Technologies ("02/03/2026 | Press release | Distributed by Public on 02/03/2026 09:24").
MONTH_FIRST_LINE = re.compile(r"\b(?:[ECMP][DS]T|ET)\b|\bDistributed by Public on\b")


def parse_day_first(phrase: str, month_first: bool = False) -> str | None:
    """ISO date of a printed date phrase, numeric ones read day first ('14/03/2017' is 14 March), or month first
    on a line of a US time zone."""
    import dateparser
    parsed = dateparser.parse(phrase, languages=["en"], settings={"DATE_ORDER": "MDY" if month_first else "DMY"})
    return parsed.strftime("%Y-%m-%d") if parsed else None


# A stamp in Malay or Spanish on an English page: "17 Jan 2019, 9:14 pagi", "3 Dis 2019, 5:20 pagi" (Malaysiakini),
# "9 Ene 2017 – 01:33 PM EST" (Univision; dates18): the day, its month's short form and the time after it.
FOREIGN_MONTHS = {**mapping("malay_months"), **mapping("spanish_months")}
MALAY_DAY_PARTS = mapping("malay_day_parts")
FOREIGN_STAMP = re.compile(r"^\s*(\d{1,2})\s+([A-Z][a-z]{2,3})\s+(\d{4})(,?\s+(?:[–—-]\s+)?\d{1,2}:\d{2}\s*)"
                           r"(%s|[AP]M(?:\s+[A-Z]{2,4})?)?\s*$" % "|".join(MALAY_DAY_PARTS))


def _foreign_stamp(line: str) -> str:
    """The stamp with its month and part of the day in English, else the line as it is."""
    m = FOREIGN_STAMP.match(line)
    if not m or m.group(2) not in FOREIGN_MONTHS and not (m.group(5) or "") in MALAY_DAY_PARTS:
        return line
    day, month, year, time, part = m.groups()
    part = MALAY_DAY_PARTS.get(part, part) or ""
    return f"{day} {FOREIGN_MONTHS.get(month, month)} {year}{time.rstrip()} {part}".rstrip()


def parse_dateline(line: str) -> str | None:
    """ISO date or date-time when the whole line is a dateline, else None."""
    line = _foreign_stamp(line)
    if len(line) > 60:
        return parse_printed_date(line)
    for pattern, order in DATELINES:
        m = pattern.match(line)
        if not m:
            continue
        g = m.groups()
        try:
            if order == "mdy":
                y, mo, d, hh, mm = int(g[2]), month_number(g[0]), int(g[1]), g[3], g[4]
            elif order == "dmy":
                y, mo, d, hh, mm = int(g[2]), month_number(g[1]), int(g[0]), g[3], g[4]
            else:
                y, mo, d, hh, mm = int(g[0]), int(g[1]), int(g[2]), g[3], g[4]
            when = datetime(y, mo, d, int(hh or 0), int(mm or 0))
        except ValueError:
            return None
        return when.strftime("%Y-%m-%dT%H:%M") if hh else when.strftime("%Y-%m-%d")
    return parse_printed_date(line)


# A post date printed without its year, on a line of its own ("22 Jun", "Jun 22"): page furniture, never text.
YEARLESS = re.compile(rf"^\s*(?:(\d{{1,2}})\s+({MONTH_NAMES})\.?|({MONTH_NAMES})\.?\s+(\d{{1,2}}))\s*$", re.I)
YEARLESS_DAYS = 7


def _yearless_dateline(doc, lines, header) -> None:
    """Take out a year-less date line of the header; it is the publication date when a full date of the header
    (the title's "Department Press Briefing – June 21, 2022") gives a year that puts it within a week after."""
    for i in header:
        m = YEARLESS.match(lines[i])
        if not m:
            continue
        lines[i] = ""
        day, month = int(m.group(1) or m.group(4)), month_number(m.group(2) or m.group(3))
        for j in header:
            for found in DATE_IN_LINE.finditer(lines[j]):
                full = parse_day_first(found.group(1))
                if full is None:
                    continue
                try:
                    when = datetime(int(full[:4]), month, day)
                except ValueError:
                    continue
                if not doc.published and 0 <= (when - datetime.fromisoformat(full)).days <= YEARLESS_DAYS:
                    doc.published = when.strftime("%Y-%m-%d")
                    return
        return


def is_navigation(line: str) -> bool:
    """A menu line: many words, no sentence punctuation, mostly capitalised or upper-case; not a headline in title
    case ("Transcript of Minister for Foreign Affairs Dr Vivian Balakrishnan's interview with CNA" over its date line:
    a short line whose small words join its capitalised ones)."""
    words = line.split()
    if len(words) < 8 or SENTENCE_END.search(line) or re.search(r"[.!?]\s", line):
        return False
    if len(words) <= HEADLINE_WORDS_MAX and (any(w in TITLE_CASE_JOINERS for w in words) or
                                            any(re.search(r"\w[’']s$", w) for w in words)):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitalised / len(words) > 0.5


HEADLINE_WORDS_MAX = 20
TITLE_CASE_JOINERS = words("prepositions")     # lower case in a headline set in title case, rare in a menu


HEADER_LINES = 80


def header_lines(lines: list[str]) -> list[int]:
    """Indexes of the filled lines before the first line of prose (a sentence of twelve words or more)."""
    out = []
    for i, ln in enumerate(lines[:HEADER_LINES]):
        words = ln.split()
        if len(words) >= 12 and (SENTENCE_END.search(ln) or re.search(r"[.!?]\s", ln)):
            break
        if words:
            out.append(i)
    return out


def looks_like_headline(line: str) -> bool:
    words = line.split()     # a release's title may be long: "Statement of the Spokesperson of ..., Mr. Hami Aksoy in
    return 0 < len(words) <= 40 and not re.search(r"[.,;:]\s*$", line)     # response to a question regarding ..."


BREADCRUMB = re.compile(r"^(?:home|accueil)\b|\s[>|»]\s", re.I)
TRAIL_STEP = re.compile(r"\s[>»]\s")


def _above_headline(lines: list[str], i: int) -> bool:
    """A breadcrumb ("Home > News > World") or a section name ("World") printed above the headline: navigation,
    when a headline of four words or more follows within two lines."""
    line = lines[i].strip()
    # (a trail of several steps may be longer: "Home > News > Press Conference by the Chief Cabinet Secretary > April
    # 2013 > Tuesday, April 16, 2013 (PM)", the Kantei's)
    if not (BREADCRUMB.search(line) and len(line.split()) <= (30 if len(TRAIL_STEP.findall(line)) >= 3 else 12)) and \
            not (len(line.split()) <= 2 and not re.search(r"[.!?:,;]$", line)):
        return False
    nxt = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].strip()), None)
    return nxt is not None and looks_like_headline(lines[nxt].strip()) and len(lines[nxt].split()) >= 4


COPYRIGHT_LINE = re.compile(r"(?:copyright\b|©|all rights reserved)", re.I)


def heading_key(line: str) -> str:
    """A heading line as the page lexicon lists it: stripped, case folded, without its trailing colon."""
    return line.strip().rstrip(":").strip().lower()


def _cut_links_and_comments(lines: list[str]) -> None:
    """Other stories' links under a "Related" heading (closing the page or in its middle) and the readers' comments."""
    _cut_after_story_end(lines)
    _cut_related_links(lines)
    _cut_related_blocks(lines)
    _cut_comments(lines)
    _cut_trailing_link_run(lines)
    _cut_leading_link_run(lines)


def _cut_after_story_end(lines: list[str]) -> None:
    """What follows the last line of a wire's story-end mark ("(END)") after the story's sentences: other stories'
    headlines and the site's links, not the story."""
    end = next((i for i in range(len(lines) - 1, -1, -1) if heading_key(lines[i]) in STORY_END_LINES), None)
    if end is not None and any(_ends_sentence(ln) for ln in lines[:end]):
        lines[end + 1:] = [""] * (len(lines) - end - 1)


def _cut_related_links(lines: list[str]) -> None:
    """'Related news' and the other stories' headlines after it, closing the page: links, not the story (their
    headlines would read as statements of the page's speakers). Only when what follows the heading is a list:
    lines of at most 40 words, four in five of them ending no sentence (a headline may ask a question)."""
    for i in range(len(lines) - 1, -1, -1):
        if heading_key(lines[i]) in RELATED_HEADINGS:
            rest = [ln.strip() for ln in lines[i + 1:] if ln.strip()]
            # (the site's footer is no story: "Copyright © 2023 People's Daily Online. All Rights Reserved.")
            sentences = sum(1 for ln in rest if re.search(r"\w[.!][\"”’]?$", ln) and not COPYRIGHT_LINE.match(ln))
            if rest and all(len(ln.split()) <= 40 for ln in rest) and sentences <= len(rest) / 5:
                lines[i:] = [""] * (len(lines) - i)
                # ... and another such list over it ("Related News / Latest News / 15th National Assembly concludes
                # ... / 16:21 | 19/02/2025 Headlines / ... / More News / ..."; haiquanonline.com.vn, seed20): their
                # stamps are no days of the story
                continue
            return


LINK_HEADLINE_END = re.compile(r"[.!;:,\"”’]\s*$")


def _link_headline(line: str) -> bool:
    """Another story's headline as a link prints it: at most 25 words, closed by no sentence's mark (a question's
    allowed: "Matt Gurney: Sure, Ontario's deficit is huge. But isn't this fresh corn fantastic?")."""
    return 0 < len(line.split()) <= 25 and not LINK_HEADLINE_END.search(line)


def _cut_related_blocks(lines: list[str]) -> None:
    """'Related' and the other stories' headlines under it in the story's middle (the National Post's, quotes17):
    the heading and the headline-like lines after it go, up to the story's next sentence; a heading that no link
    follows stays. Not a heading over the story's first lines ("Latest News:" opening People's Daily's page, then its
    weather line, the headline and "Foreign Ministry Spokesperson Hong Lei held a press conference on December 3, 2012.
    (Photo/ ...)" and the first "Q: ...?"; dates18): the story has not begun."""
    for i, line in enumerate(lines):
        if heading_key(line) not in RELATED_HEADINGS or not any(_ends_sentence(ln) for ln in lines[:i]):
            continue
        links = [k for k in range(i + 1, len(lines)) if lines[k].strip()]
        end = next((n for n, k in enumerate(links) if not _link_headline(lines[k].strip())), len(links))
        if 0 < end < len(links):
            for k in [i] + links[:end]:
                lines[k] = ""


TRAILING_LINKS = 3     # headline lines in a row, closing the page


def _cut_trailing_link_run(lines: list[str]) -> None:
    """Other stories' headlines closing the page with no heading over them, after the story's last sentence: "On
    military action, Trump says he’d “go in willingly” ... / UN says Islamabad and New Delhi should resolve disputes
    peacefully through meaningful d" (thenews.com.pk; wire19): links, no statements of the people they name. Only a run
    of three lines at least, each of four words or more, after three sentences of the story."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    run = 0
    while run < len(filled) and _link_headline(lines[filled[-1 - run]].strip()) and \
            len(lines[filled[-1 - run]].split()) >= 4:
        run += 1
    told = sum(1 for i in filled[:len(filled) - run] if _ends_sentence(lines[i]))
    if run >= TRAILING_LINKS and told >= 3 and _ends_sentence(lines[filled[-1 - run]]):
        for i in filled[len(filled) - run:]:
            lines[i] = ""


LEADING_LINKS = 4      # other stories' headlines in a row, opening the page
BYLINE_OR_STAMP = re.compile(rf"^(?:by|updated|published|posted)\b|\b(?:19|20)\d\d\b|\b(?:{MONTH_NAMES})\b", re.I)


def _cut_leading_link_run(lines: list[str]) -> None:
    """Other stories' headlines opening the page, a ticker over the story with no heading: "PM Modi reviews research &
    vaccine deployment ecosystem against COVID-19 / India to deliver Kilo Class submarine ... / Bangladesh rejects
    Chinese Corona vaccine co-financing request / ... / Govt urges all citizens to contribute to Armed Forces Flag Day
    Fund", then the site's clock "16 Oct 2020 03:55:06" and "WEB DESK" over the story (theindianawaaz.com; set X):
    links, no statements of the bodies they name. Only a run of four lines at least in a row from the page's top (a
    label of three words at most may open the page), each a link's headline of four words or more, opening with a
    capital or a digit, with a lower-case word before any comma; then a label or a stamp set apart from the story;
    then three sentences of the story. Not a fact sheet's summary lines, the story itself ("Unified Command structure
    immediately established and clearing wreckage / ..." then "Following the devastating collapse ...":
    whitehouse-briefing-room), nor a list of names and their posts ("Carlos Del Toro, Nominee for Secretary of the
    Navy"), nor hard-wrapped wire copy (reuters21578)."""
    if reflow(lines) is not None:
        return
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    run, set_apart, n = [], False, 0
    for n, i in enumerate(filled):
        line = lines[i].strip()
        ws = line.split()
        if _ends_sentence(line) or len(ws) > 25:
            break
        if len(ws) <= 3 or BYLINE_OR_STAMP.search(line):
            set_apart = bool(run)
            continue
        if set_apart or not (_link_headline(line) and (line[0].isupper() or line[0].isdigit()) and
                             any(w.islower() for w in line.split(",")[0].split())):
            return
        run.append(i)
    else:
        return
    told = sum(1 for i in filled[n:] if _ends_sentence(lines[i]))
    if len(run) >= LEADING_LINKS and set_apart and told >= 3:
        for i in run:
            lines[i] = ""


COMMENT_COUNT = re.compile(r"^\d+\s+")                # "12 Comments"
STORY_SENTENCE_END = re.compile(r"\w[.!?][\"”’]?\s*$")


def _ends_sentence(line: str) -> bool:
    """STORY_SENTENCE_END.search(line) is not None, read from the line's end (the search tries every character of
    every line, a tenth of the time of cleaning a page): a word's letter or digit, a full stop, question or
    exclamation mark, one closing quote at most, then white space only."""
    t = line.rstrip()
    if t[-1:] in ('"', "”", "’"):
        t = t[:-1]
    return len(t) >= 2 and t[-1] in ".!?" and (t[-2].isalnum() or t[-2] == "_")


def _cut_comments(lines: list[str]) -> None:
    """'Leave a comment:' or 'Comments' after the story, and all below it: the readers' comments and the site's rules
    for them (newstalk1010.com's, CBC's "Comments on this story are moderated according to our Submission
    Guidelines"; quotes17), none of it the story. Only after three sentences of the story."""
    told = 0
    for i, line in enumerate(lines):
        if told >= 3 and COMMENT_COUNT.sub("", heading_key(line)) in COMMENT_HEADINGS:
            lines[i:] = [""] * (len(lines) - i)
            return
        told += _ends_sentence(line)


# A news item's own dateline opening a line: "SEOUL -- Unification Minister Kwon Young-se condemned ...".
ITEM_DATELINE = re.compile(r"([A-Z]{3,}(?:[ -][A-Z]{2,}){0,2})(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s+\([A-Za-z]+\))?"
                           r"\s+(?:--|—|–)\s")
HEADLINE_END = re.compile(r"[.!?:\"”]$")


def _cut_item_headlines(lines: list[str]) -> None:
    """A round-up's items, each a headline line over its dated lead ("Unification minister urges N. Korea to stop
    provocations, return to dialogue" over "SEOUL -- Unification Minister Kwon Young-se condemned ..."; Yonhap's
    weekly summary, the lead's round 18): the headline goes, its claim is no one's words."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    items = [i for i, j in zip(filled, filled[1:])
             if len(lines[i].split()) <= 25 and not HEADLINE_END.search(lines[i].rstrip()) and
             (dateline := ITEM_DATELINE.match(lines[j].lstrip())) and fold(dateline.group(1)) in places()]
    # (a place's dateline: not "CNBC – Melania Trump announces ...", a list of links; two items at least: one story's
    # caption over its "KAMLOOPS – Supt. Brad Mueller says ..." is no round-up)
    for i in items if len(items) >= 2 else ():
        lines[i] = ""


def reflow(lines: list[str]) -> list[str] | None:
    """Join hard-wrapped lines (wire copy at ~70 columns) into paragraphs; None when the text is not wrapped.

    Paragraphs in wrapped copy start with an indented line or follow a blank line."""
    filled = [ln for ln in lines if ln.strip()]
    if len(filled) < 4:
        return None
    wrapped = sum(1 for ln in filled if 35 <= len(ln.rstrip()) <= 80)
    if wrapped < 0.6 * len(filled) or max(len(ln) for ln in filled) > 100:
        return None
    paragraphs, current = [], []
    for ln in lines:
        if not ln.strip() or (ln.startswith(("  ", "\t")) and current):
            if current:
                paragraphs.append(" ".join(current))
                current = []
        if ln.strip():
            current.append(ln.strip())
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


HORIZONTAL_BAR = "\u2015"
# Characters a page's editor leaves in the text that print nothing (zero-width space, word joiner, byte-order mark):
# "13.\u200b The European Union reaffirms" must read as "13. The European Union reaffirms" (data/ joint statements).
INVISIBLE = {0x200b: None, 0x2060: None, 0xfeff: None}


def clean_text(doc) -> None:
    """Fill doc.body, headline, published and credit from plain page text: the steps of CLEAN_TEXT_STEPS in order,
    on the page's lines."""
    page = _PlainPage(_normalised_text(doc.text))
    for step in CLEAN_TEXT_STEPS:
        step(doc, page)


class _PlainPage:
    """Plain page text under cleaning: the text (normalised) and its lines, which the steps blank or read."""

    def __init__(self, text: str):
        self.text = text
        self.lines = [ln.rstrip() for ln in text.split("\n")]

    def first_filled(self):
        return next((i for i, ln in enumerate(self.lines) if ln.strip()), None)


def _normalised_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").translate(INVISIBLE)
    text = text.replace(HORIZONTAL_BAR, "\u2014")     # (as clean() does)
    text = PLACEHOLDER.sub("", text)
    text = split_stored_stamp(text)
    # Wire copy marks company names with angle brackets ("<TI-CARO Inc>", "ROYAL <RRCO>"): keep the name.
    return re.sub(r"<([A-Za-z][^<>\n]{0,60}(?:\n[^<>\n]{0,60})?)>", r"\1", text)


def _header_dateline(doc, page: _PlainPage):
    # Header: navigation and a dateline among the first lines, then the headline. A page that opens with a long
    # menu prints its date further down, still before the first paragraph of prose ("Published : Jun 14, 2023").
    lines = page.lines
    top = [i for i, ln in enumerate(lines[:8]) if ln.strip()]
    header = top[:4] + [i for i in header_lines(lines) if i not in top[:4]]
    dated = [(i, when) for i in header if (when := parse_dateline(lines[i]))]
    if not dated:
        _yearless_dateline(doc, lines, header)
        return
    # A line that says it is the publication date wins over a bare date above it: a masthead's "Monday, Apr 15th
    # 2024" is the day the page was scraped, "By ... | PUBLISHED: 05, Jan 2024, 14:39 pm IST" the article's.
    first = dated[0][0]
    i, when = _publication_line(lines, dated)
    if not doc.published:
        doc.published = when
    for j in top:
        if j < first and is_navigation(lines[j]):
            lines[j] = ""
    for j, _ in dated:
        if j <= i:
            lines[j] = ""


def _date_below_header(doc, page: _PlainPage):
    if not doc.published:
        doc.published = _lead_or_foot_date(page.lines) or _address_day(page.text, doc.url)


def _headline(doc, page: _PlainPage):
    lines = page.lines
    first = page.first_filled()
    while first is not None and not doc.headline and _above_headline(lines, first):
        lines[first] = ""
        first = page.first_filled()
    if first is not None and not doc.headline:
        nxt = lines[first + 1] if first + 1 < len(lines) else ""
        if looks_like_headline(lines[first].strip()) and not nxt.strip():
            doc.headline = lines[first].strip()
            lines[first] = ""
    elif first is not None and doc.headline and lines[first].strip() == doc.headline.strip():
        lines[first] = ""


def _captions_printed_twice(doc, page: _PlainPage):
    # Captions: a short line printed twice (image alt text and caption) goes, both copies.
    lines = page.lines
    filled = [(i, ln.strip()) for i, ln in enumerate(lines) if ln.strip()]
    for (i, a), (j, b) in zip(filled, filled[1:]):
        if a == b and len(a.split()) <= 30:
            lines[i] = lines[j] = ""
    # ... or both copies glued in one line, the line its first half twice ("Japan's new Chief of Cabinet Secretary
    # Matsuno Hirokazu announces new cabinet members at a news conference in Tokyo, Japan October 4, 2021.
    # REUTERS/Kim Kyung-Hoon Japan's new Chief ... REUTERS/Kim Kyung-Hoon"; One America News, set AQ 010): no prose
    # repeats itself word for word
    for i, a in filled:
        if _line_doubled(a):
            lines[i] = ""


def _credit_and_link_lines(doc, page: _PlainPage):
    lines = page.lines
    for i, ln in enumerate(lines):
        if ln.strip() and len(ln.split()) <= 30 and (PHOTO_CREDIT.search(ln) or LINK_LINE.match(ln)):     # the cheap
            lines[i] = ""                                                                              # test first


def _item_headlines(doc, page: _PlainPage):
    _cut_item_headlines(page.lines)


def _links_and_comments(doc, page: _PlainPage):
    _cut_links_and_comments(page.lines)


def _agency_credit(doc, page: _PlainPage):
    # Agency credit on the last line.
    lines = page.lines
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    if filled:
        m = AGENCY_CREDIT.match(lines[filled[-1]])
        if m:
            doc.credit = m.group(1).replace(" ", "")
            lines[filled[-1]] = ""


def _paragraphs(doc, page: _PlainPage):
    lines = page.lines
    paragraphs = reflow(lines)
    if paragraphs is None:
        paragraphs, current = [], []
        for ln in lines + [""]:
            if ln.strip():
                current.append(ln.strip())
            elif current:
                if len(current) > 1 and all(len(c) < 100 for c in current):
                    paragraphs.append(" ".join(current))     # short lines: one wrapped paragraph
                else:
                    paragraphs.extend(current)     # long lines without blank lines between: one paragraph each
                current = []
    doc.body = "\n\n".join(SPACE_RUN.sub(" ", p) if "  " in p or "\t" in p else p for p in paragraphs if p.strip())


def _body_tails(doc, page: _PlainPage):
    doc.body = _without_tails(doc.body, BODY_TAILS)
    _doubled_quote_marks(doc)


# A quotation opened by two marks, a curly and a straight one (or closed so): 'said Lu Kang, “"So yes we called in envoys
# ...," he added.' (People's Daily Online; set AK 010): one mark, a typo's second no quotation of its own.
DOUBLED_OPENING = re.compile(r"(?<![\w“\"])“\"(?=[A-Za-z])")
DOUBLED_CLOSING = re.compile(r"(?<=[\w.,!?])\"”(?![\w”\"])")


def _doubled_quote_marks(doc):
    if "“\"" in doc.body or "\"”" in doc.body:
        doc.body = DOUBLED_CLOSING.sub("”", DOUBLED_OPENING.sub("“", doc.body))


def _without_tails(body: str, tails) -> str:
    """The body without what it still ends or is glued with, each pattern tried only when its marker is in the body
    (the cheap test first)."""
    for markers, pattern in tails:
        if any(marker in body for marker in markers):
            body = pattern.sub("", body)
    return body


CLEAN_TEXT_STEPS = (_header_dateline, _date_below_header, _headline, _captions_printed_twice, _credit_and_link_lines,
                    _item_headlines, _links_and_comments, _agency_credit, _paragraphs, _body_tails)


# A lead opened by a numeric wire dateline, day first, and its place: "18-2-2024 (MANILA) The Philippine Coast Guard
# (PCG) has expressed alarm ...".
NUMERIC_WIRE_DATELINE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)\s+\([A-Z][A-Za-z .'’-]{1,30}\)\s")


# A wire dateline opening one of the first paragraphs, its year printed: "TOKYO, June 6, 2010 (AFP) – Japan's new
# premier ...", "WASHINGTON, 3 October 2019 (Reuters) - ...": the day of the report.
WIRE_DATELINE_FULL = re.compile(rf"[A-Z][A-Za-z .'’-]{{1,30}},\s+((?:{MONTH_NAMES})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d|"
                                rf"\d{{1,2}}\s+(?:{MONTH_NAMES})\.?,?\s+(?:19|20)\d\d)\s*(?:\(\s*[A-Za-z][A-Za-z /]{{1,25}}\))?"
                                r"\s*(?:--|[-–—:])\s")
# ... or its date in the parentheses of the outlet's credit: "ISLAMABAD, (UrduPoint / Pakistan Point News - 7th Jul,
# 2024) The Ministry of Information Technology ..." (urdupoint.com; dates14).
WIRE_DATELINE_CREDIT = re.compile(rf"[A-Z][A-Za-z .'’-]{{1,30}},?\s*\([^()\n]{{1,60}}?\s[-–—]\s*"
                                  rf"(\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\.?,?\s+(?:19|20)\d\d|"
                                  rf"(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)\)\s")
LEAD_LINES = 15
FOOT_LINES = 3
FOOT_LINE_CHARS = 60


# A reprint's closing credit, the outlet and the day it ran: "(People's Daily June 4, 2002)", "(Xinhua, May 4, 2016)".
FOOT_CREDIT = re.compile(rf"^\((?:[A-Z][\w'’.&-]*,?\s+){{1,5}}?((?:{MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}}|"
                         rf"\d{{1,2}}\s+(?:{MONTH_NAMES})\.?,?\s+\d{{4}})\)$|"
                         # ... or the source and a comma, after a dash or none: "- Akahata, April 19, 2008" closing
                         # Japan Press Weekly's translation (set U 005; the dash a list's bullet to Markdown)
                         rf"^(?:[-–—]\s*)?(?:[A-Z][\w'’.&-]*\s+){{0,4}}[A-Z][\w'’.&-]*,\s+"
                         rf"((?:{MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}}|"
                         rf"\d{{1,2}}\s+(?:{MONTH_NAMES})\.?,?\s+\d{{4}})$")


def _lead_or_foot_date(lines: list[str]) -> str | None:
    """For a page whose header prints no date: a wire dateline with its year opening one of the first paragraphs,
    else a date line of its own, with a time, among the last lines ("2024/06/12 08:09 KST" under a wowkorea story)."""
    filled = [ln.strip() for ln in lines if ln.strip()]
    for ln in filled[:LEAD_LINES]:
        m = WIRE_DATELINE_FULL.match(ln) or WIRE_DATELINE_CREDIT.match(ln)
        if m:
            return parse_day_first(m.group(1))
    credit = FOOT_CREDIT.match(filled[-1]) if filled else None
    if credit:
        return parse_day_first(credit.group(1) or credit.group(2))     # "(People's Daily June 4, 2002)" closing a reprint
    for ln in filled[-FOOT_LINES:]:
        # with its time, as a page stamps its own posting; a bare day at the foot may be a correction's ("An
        # article on Thursday about ... misstated ... / Saturday, March 19, 2016.")
        if len(ln) <= FOOT_LINE_CHARS and re.search(r"\b\d{1,2}:\d{2}\b", ln):
            when = parse_dateline(ln)
            if when:
                return when
    return None


# A wire dateline without its year opening one of the first paragraphs ("TOKYO, March 24 (UPI) -- ...", "BEIJING, Feb.
# 22 (Xinhua) -- ...", "TOKYO, Feb. 3 Kyodo - ...") on a page whose address carries its day (".../Top_News/2009/03/24/
# ...", ".../data-news/2021/02/23/..."): the dateline's day, in the year that puts it within a week before the address's.
YEARLESS_WIRE_DATELINE = re.compile(rf"[A-Z][A-Za-z .'’-]{{1,30}},\s+({MONTH_NAMES})\.?\s+(\d{{1,2}})\s*"
                                    r"(?:\(\s*[A-Za-z][A-Za-z /-]{1,25}\)|[A-Z][a-z]+)?\s*(?:--|[-–—])\s", re.I)
URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/._-]|$)")
# ... or run into the article number, as Yonhap ("/view/AEN20200309004300325") and The Korea Herald
# ("/view.php?ud=20170829000740") write it (dates15)
# ... or a folder of its own, as Xinhua names its stories ("english.news.cn/20230412/993b07ae.../c.html"; seed17)
# ... or Jiji Press's item number on nippon.com ("/en/news/yjj2024072100289/chief-cabinet-sec-says-...html"; krjp18)
# ... or opening the slug, as Middle East Monitor does ("/20210213-turkey-responds-to-outcomes-of-friendship-forum/";
# dates18)
URL_COMPACT_DAY = re.compile(r"(?:/AEN|[?&]ud=)((?:19|20)\d\d)(\d\d)(\d\d)\d{6,9}(?!\d)|"
                             r"/((?:19|20)\d\d)(\d\d)(\d\d)/|/((?:19|20)\d\d)(\d\d)(\d\d)-(?=[a-z])|"
                             r"/yjj((?:19|20)\d\d)(\d\d)(\d\d)\d{5}(?!\d)")
# ... or in the UN's briefing file names, the year's folder then "db" and yymmdd ("/press/en/2015/db150429.doc.htm",
# "/en/2023/d230411.doc.htm"; brief16)
URL_UN_BRIEFING_DAY = re.compile(r"/((?:19|20)\d\d)/db?\d\d(\d\d)(\d\d)\.doc\.htm")
# ... or closing the slug as a weekday and the day spelled out, as Pakistan's foreign ministry names its briefing
# transcripts (".../transcript-of-the-media-briefing-by-the-spokesperson-thursday-22-june-2023/"; brief16)
URL_SLUG_WEEKDAY_DAY = re.compile(r"-(?:%s)[a-z]*-(\d{1,2})-(%s)-((?:19|20)\d\d)/?$"
                                  % ("|".join(WEEKDAY_ABBREVIATIONS), MONTH_NAMES), re.I)


# ... or after the article number with the time it was saved, as Joomla names an item by default
# (".../internationalnews/37914-2023-07-02-09-40-37.html", Fresh News; dates17)
URL_ITEM_STAMP_DAY = re.compile(r"/\d+-((?:19|20)\d\d)-(\d\d)-(\d\d)-\d\d-\d\d-\d\d\.html?\b")


# ... or closing the slug as yyyymmdd, as Forexlive does (".../ecbs-kazks-wont-keep-...-necessary-20231108/"; wire21)
URL_SLUG_COMPACT_DAY = re.compile(r"[a-z]-((?:19|20)\d\d)(\d\d)(\d\d)/?$")
# ... or as day, month and year folders after the slug (".../biden-held-talks-with-...-in-san-francisco/17/11/2023/";
# californiasyndicate.com; wire21): read only where the day cannot be the month (a day after the 12th)
URL_SLUG_DAY_MONTH_YEAR = re.compile(r"[a-z]/(1[3-9]|2\d|3[01])/(\d{1,2})/((?:19|20)\d\d)/?$")


def _url_day(url: str | None) -> date | None:
    """The day a page's address carries, else None (also None for an impossible day)."""
    url = url or ""
    at = URL_DAY.search(url) or URL_COMPACT_DAY.search(url) or URL_UN_BRIEFING_DAY.search(url) or \
        URL_ITEM_STAMP_DAY.search(url) or URL_SLUG_COMPACT_DAY.search(url)
    slug = URL_SLUG_WEEKDAY_DAY.search(url) if not at else None
    first = URL_SLUG_DAY_MONTH_YEAR.search(url) if not at else None
    try:
        if first:
            return date(int(first.group(3)), int(first.group(2)), int(first.group(1)))
        if at:
            year, month, day = (g for g in at.groups() if g is not None)
            return date(int(year), int(month), int(day))
        if slug:
            return date(int(slug.group(3)), month_number(slug.group(2)), int(slug.group(1)))
    except ValueError:
        return None
    return None
URL_DAY_REACH = 7


def _opening_paragraphs(body: str) -> list[str]:
    """The first three paragraphs, and the short lines of a site's header before them ("Connect with us", "Hi, what are
    you looking for?", "top", "Kenya", the headline; Capital FM): up to the first paragraph of a dozen words."""
    paras = [p.strip() for p in body.split("\n") if p.strip()]
    first = next((i for i, p in enumerate(paras[:12]) if len(p.split()) >= 12), 0)
    return paras[:max(3, first + 1)]


def _yearless_wire_dateline(body: str, url: str | None) -> str | None:
    """The day of a year-less wire dateline opening one of the first paragraphs, its year from the page address's day
    (within a week after the dateline's), or from an address's year and month alone where the dateline's month is
    that month ("NAIROBI, May 16 – The Government has on Friday dismissed ..." at ".../news/2008/05/govt-slams-...";
    Capital FM, dates18); None without both."""
    posted = _url_day(url)
    month = URL_MONTH.search(url or "") if not posted else None
    if not posted and not month:
        return None
    for para in _opening_paragraphs(body):
        m = YEARLESS_WIRE_DATELINE.match(para)
        if not m:
            continue
        if month:
            try:
                day = date(int(month.group(1)), int(month.group(2)), int(m.group(2)))
            except ValueError:
                return None
            return day.isoformat() if month_number(m.group(1)) == day.month else None
        for year in (posted.year, posted.year - 1):
            try:
                day = date(year, month_number(m.group(1)), int(m.group(2)))
            except ValueError:
                continue
            if 0 <= (posted - day).days <= URL_DAY_REACH:
                return day.isoformat()
        return None
    return None


# A masthead's date: the weekday and the day alone on a line ("Saturday, December 20, 2025"), the day the page was
# scraped on many sites, above the headline and the article's own date line.
MASTHEAD_DATE = re.compile(r"^\s*(?:%s)[a-z]*\.?,?\s+\S+(?:\s+\S+){1,3}\s*$" % "|".join(w.title() for w in WEEKDAY_ABBREVIATIONS))


def _publication_line(lines: list[str], dated: list) -> tuple:
    """(line index, day) of the publication date among the header's dated lines: the line that says it is the
    publication date ("PUBLISHED: 05, Jan 2024"); else the first, unless it is a masthead's date and a later line
    gives an earlier day ("Saturday, December 20, 2025" over the headline, then "New Delhi | December 9, 2023 6:50:36
    PM IST": a masthead never shows a day before the article's); no day when every dated line is the day a forum's
    poster joined."""
    labelled = next((d for d in dated if PUBLISHED_LABEL.search(lines[d[0]])), None)
    if labelled is not None:
        return labelled
    if any(FORUM_COUNTERS.match(ln.strip()) for ln in lines[dated[0][0] + 1:dated[-1][0] + 3]):     # the cheap test
        dated_first, dated = dated[0][0], _without_member_since(lines, dated)
        if not dated:
            return dated_first, None
    i, when = dated[0]
    if MASTHEAD_DATE.match(lines[i]):
        return next((d for d in dated[1:] if d[1][:10] < when[:10]), dated[0])
    return dated[0]


# A forum poster's counters under the day they joined ("Staff member / Nov 17, 2017 / 24,463 1,293 0": messages,
# reactions, points) over the post: no day of the post, which its own byline may print ("South and North Korea make
# contact on communication line / By UPI Staff | Jan. 03, 2018"; world-defense.com, dates19).
FORUM_COUNTERS = re.compile(r"\d[\d,.]*(?:\s+\d[\d,.]*){2,4}(?=\s|$)")
BYLINE_BAR_DAY = re.compile(r"\bBy\s+[A-Z][^|\n]{1,40}\|\s*([^|\n]{6,40})$")


def _without_member_since(lines: list[str], dated: list) -> list:
    """The dated lines of a header without the days a forum's posters joined, a post's byline day read in their
    place when the counters' line runs on into it (as a Markdown reader joins the lines)."""
    kept = []
    for i, when in dated:
        j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if j is None or not FORUM_COUNTERS.match(lines[j].strip()):
            kept.append((i, when))
            continue
        byline = BYLINE_BAR_DAY.search(lines[j].strip())
        day = parse_dateline(byline.group(1)) if byline else None
        if day and all(k != j for k, _ in dated):
            kept.append((j, day))
    return kept


# A year and month in a page's address with no day: ".../2018/01/north-korea-asked-seoul-...", ".../2002/6/article/".
URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(?!\d)")


def _url_month(url: str | None) -> str | None:
    """The last day of the month a page's address carries as year and month only (the latest it can be posted), else
    None."""
    m = URL_MONTH.search(url or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).isoformat()


def _address_day(body: str, url: str | None) -> str | None:
    """The day a page's address carries (".../world/2024/11/01/indonesias-position-...html", ".../archive/2006-09/13/
    content_1180893.htm", ".../News/front/archives/2003/10/09/2003070951"): the day it was posted, for a page that
    prints no date of its own (dates15). None without a whole, valid day, or where a year-less wire dateline opening
    the page tells another day ("TOKYO, May 2 (UPI) --" at a ".../2005/09/02/..." address)."""
    at = _url_day(url)
    if not at or any(YEARLESS_WIRE_DATELINE.match(p) for p in [p.strip() for p in body.split("\n") if p.strip()][:3]):
        return None
    return at.isoformat()


HEADLINE_DAY = re.compile(rf":\s+(\d{{1,2}}\s+(?:{MONTH_NAMES})\s+(?:19|20)\d\d)\s*$")


def _headline_day(headline: str | None) -> str | None:
    """The day a release's title closes on after a colon, the page printing no date of its own ("PM meeting with the
    Prime Minister of Belgium: 23 May 2018", "PM call with President Trump: 11 May 2018": GOV.UK's readouts; wire20)."""
    m = HEADLINE_DAY.search(headline) if headline and ":" in headline else None
    return parse_day_first(m.group(1)) if m else None


VISIT_STAMP_DAYS = 30


def _header_line(lines: list[str], header: str) -> int | None:
    """The index of the line among a page's first lines that prints the header's date, else None."""
    return next((i for i, ln in enumerate(lines[:12]) if ln.strip() and parse_dateline(ln.strip()) == header), None)


def _later_visit_stamp(lines: list[str], header: str, address: str) -> bool:
    """Is the header's date a bare day alone on its line (no time, no label), months after the day the page's address
    carries? The day a theme prints on every page it serves ("19 Mar 2024" over a story at ".../blog/2021/10/25/...";
    theiranproject.com, dates16), not the story's: the address's day is."""
    at = _header_line(lines, header)
    line = lines[at].strip() if at is not None else ""
    # (its words counted, not a comma set apart: "Thursday , March 23 2023" over ".../2012/11/26/..."; keeptalkinggreece.com,
    # dates18)
    bare = line and len(re.findall(r"\w+", line)) <= 4 and not re.search(r"\d:\d\d", line) and \
        not PUBLISHED_LABEL.search(line)
    return bool(bare) and (date.fromisoformat(header[:10]) - date.fromisoformat(address)).days > VISIT_STAMP_DAYS


# ... or, an address that carries only the year and month of its story (".../sitemap/free/2002/6/article/...", The
# Moscow Times' archive; dates17), under a date line printed years later ("Last Updated: 07/27/2016", the day the
# archive page was regenerated), labelled or not: the page does not tell its day, and a day years off would date every
# statement wrongly.
STALE_HEADER_DAYS = 366


def _stale_header(header: str, month: str) -> bool:
    """Is the header's day more than a year after the month (its last day) an address carries?"""
    return (date.fromisoformat(header[:10]) - date.fromisoformat(month)).days > STALE_HEADER_DAYS


LABELLED_LINES = 40
# A day of the Islamic calendar on a line of its own: "21 Jumada Al-Awwal 1446", "Ramadan 27, 1442 AH".
HIJRI_LINE = re.compile(r"^\s*(?:\d{1,2}\s+)?(?:%s)\b[^\n\d]{0,20}(?:\d{1,2},?\s+)?1[34]\d\d(?:\s*AH)?\s*$"
                        % "|".join(re.escape(m) for m in ordered("hijri_months")), re.I)


def _two_calendar_masthead(lines: list[str], i: int) -> bool:
    """A masthead's date with the same day in the Islamic calendar on the next line: the site's date of the day
    ("Saturday, November 23, 2024" / "21 Jumada Al-Awwal 1446" over a 2019 statement; english.aaj.tv, dates18)."""
    nxt = next((ln for ln in lines[i + 1:i + 4] if ln.strip()), "")
    return bool(MASTHEAD_DATE.match(lines[i]) and HIJRI_LINE.match(nxt))


def _labelled_below_masthead(lines: list[str], i: int, when: str) -> str | None:
    """The earlier day of a line labelled as the publication date further down, where the header's date is a
    masthead's ("Monday, January 12th, 2026" over a story closed by "Publish Date : 18 January 2023 21:40 PM";
    khabarhub.com, dates18): a masthead never shows a day before the article's. None otherwise."""
    if not MASTHEAD_DATE.match(lines[i]):
        return None
    for ln in lines[i + 1:LABELLED_LINES]:
        day = parse_dateline(ln.strip()) if PUBLISHED_LABEL.search(ln) else None
        if day and day[:10] < when[:10]:
            return day
    return None


DEK_WORDS = 40


def _dated_after_dek(lines: list[str]) -> list:
    """[(index, day)] of a date line right after the headline's dek, the one sentence under it ("The newly appointed
    Secretary of Foreign Relations, Luis Videgaray, said Mexicans ... would be treated with respect." then "9 Ene 2017 –
    01:33 PM EST"; Univision, dates18), else []."""
    head = header_lines(lines)
    filled = [i for i in range(head[-1] + 1 if head else 0, min(len(lines), HEADER_LINES + 4)) if lines[i].strip()]
    if len(filled) < 2 or len(lines[filled[0]].split()) > DEK_WORDS:
        return []
    when = parse_dateline(lines[filled[1]].strip())
    return [(filled[1], when)] if when else []


LEAD_DATE_FILLED = 8
LEAD_DATE_CHARS = 40


def _dated_before_lead(lines: list[str]) -> list:
    """[(index, day)] of a bare date line set among a page's first lines, below its headline, dek, credits and
    caption, over the story ("Viet Nam News / ... / November 10, 2023 / HANOI – Việt Nam on Thursday ...", "Posts
    Thuy Dung / November 09, 2023 7:44 PM GMT+7"; seed20), else []: the one date line of those lines, none of them
    a paragraph of prose before it."""
    filled = [i for i, ln in enumerate(lines[:HEADER_LINES]) if ln.strip()][:LEAD_DATE_FILLED]
    found = []
    for i in filled:
        line = lines[i].strip()
        if len(line.split()) >= DEK_WORDS:
            break
        when = parse_dateline(line) if len(line) <= LEAD_DATE_CHARS and any(c.isdigit() for c in line) else None
        if when:
            found.append((i, when))
    return found if len(found) == 1 else []


def _header_date(lines: list[str]) -> str | None:
    """The first date line among a page's first lines and the header before its first line of prose (or the
    numeric dateline opening one of its first lines)."""
    filled = [i for i, ln in enumerate(lines[:8]) if ln.strip()]
    dated = [(i, when) for i in filled[:4] + [i for i in header_lines(lines) if i not in filled[:4]]
             if (when := parse_dateline(lines[i].strip()))]
    dated = dated or _dated_after_dek(lines) or _dated_before_lead(lines)
    if dated:
        i, when = _publication_line(lines, dated)     # (as in clean_text)
        return when and _labelled_below_masthead(lines, i, when) or when
    for i in filled[:4]:
        m = NUMERIC_WIRE_DATELINE.match(lines[i].strip())
        if m:
            try:
                return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
            except ValueError:
                return None
    return _lead_or_foot_date(lines)


# A reprint's credit of the story it copies, its byline, outlet and day closing a line, as a blog reposting the
# newspaper's stories prints it ("By Rachel Au-Yong, The Straits Times, 22 Mar 2019" under a post of 23 March;
# ifonlysingaporeans.blogspot.com, dates17): the day its "yesterday" and "last evening" count from.
REPRINT_CREDIT = re.compile(rf"(?:^|(?<=\s))By [A-Z][^\n,]{{1,60}}(?:,[^\n,\d]{{2,50}}){{1,2}},\s+(\d{{1,2}}\s+(?:{MONTH_NAMES})\.?,?\s+"
                            r"(?:19|20)\d\d)[ \t]*$", re.M)
REPRINT_CREDIT_CHARS = 1500
REPRINT_DAYS = 7


def reprint_day(body: str, published: str | None) -> str | None:
    """The day of the story a reprint's credit line gives near the top, when the page is undated or posted within a
    week after it; else None."""
    if "By " not in body[:REPRINT_CREDIT_CHARS]:
        return None
    m = REPRINT_CREDIT.search(body, 0, REPRINT_CREDIT_CHARS)
    day = parse_day_first(m.group(1)) if m else None
    if not day or published and not 0 <= (date.fromisoformat(published[:10]) - date.fromisoformat(day)).days <= \
            REPRINT_DAYS:
        return None
    return day


# The stored copy's own date stamp run into the page's first line of prose (" date 2025-01-24 China's Foreign Ministry
# spokesperson Mao Ning hopes ...", manila-shimbun.com; seed17): a line of its own, no part of the first sentence
# (a short rest, " date 2024-03-22 Menu Content", is the header line it always was).
STORED_STAMP = re.compile(r"\A\s*date (?:19|20)\d\d-\d\d-\d\d(?= \S[^\n]{60})")


def split_stored_stamp(text: str) -> str:
    """text with a stored copy's date stamp opening its first line of prose set on a line of its own."""
    m = STORED_STAMP.match(text)     # (anchored at the text's start: fails at once on any other text)
    return text[:m.end()] + "\n\n" + text[m.end():].lstrip(" ") if m else text


def clean(doc) -> None:
    """Clean any document; markup readers have already extracted text (cleaned here by MARKUP_BODY_STEPS), plain
    text is cleaned by clean_text, transcripts set their own body."""
    if doc.turns:
        return
    if doc.body and doc.format != "text":
        doc.body = split_stored_stamp(doc.body).translate(INVISIBLE)
    if doc.body and HORIZONTAL_BAR in doc.body:
        # a horizontal bar set as a dash, as Malay Mail prints a dateline and a credit ("SHAH ALAM, July 7 ― The
        # urban well-being portfolio ...", '," he said. ― Bernama'; seed12): the em dash every rule reads
        doc.body = doc.body.replace(HORIZONTAL_BAR, "\u2014")
    if doc.body and doc.format == "markdown" and not doc.published:
        _markdown_header_date(doc)
    if doc.body and doc.format != "text":
        for step in MARKUP_BODY_STEPS:
            step(doc)
        return
    clean_text(doc)


def _markdown_header_date(doc):
    # front matter without a date: the date line its body prints in the header ("Below is a press release issued by
    # the Foreign and Commonwealth Office on 13/11/2019.", "Published Jan 24, 2023 01:05 pm"), as for text
    lines = doc.body.split("\n")
    clock = next((i for i in range(min(len(lines), 8)) if _two_calendar_masthead(lines, i)), None)
    if clock is not None:
        # the site's date of the day in two calendars: no day of the story's, nor a heading dating what follows
        hijri = next(k for k in range(clock + 1, len(lines)) if lines[k].strip())
        lines = lines[:clock] + lines[clock + 1:hijri] + lines[hijri + 1:]
        doc.body = "\n".join(lines).strip()
        lines = doc.body.split("\n")
    header, address = _header_date(lines), _address_day(doc.body, doc.url)
    month = _url_month(doc.url) if header and not address else None
    if month and _later_visit_stamp(lines, header, month):
        # "April 05, 2020" over a story at ".../2018/01/north-korea-asked-..." (nknews.org; seed17): the day of a
        # visit, no day of the story's, nor a heading dating what follows it
        stamp = _header_line(lines, header)
        doc.body = "\n".join(lines[:stamp] + lines[stamp + 1:]).strip()
        header = None
    elif header and (address and _later_visit_stamp(lines, header, address) or
                     month and _stale_header(header, month)):
        header = None
    doc.published = header or _yearless_wire_dateline(doc.body, doc.url) or address or _headline_day(doc.headline)


# -- MARKUP_BODY_STEPS: a markup page's body after its reader, each step after its cheap marker test -----------------
def _lines_cut(body: str, pattern) -> str:
    """body without pattern's matches, the blank lines they leave closed up (body itself when nothing matched)."""
    cut = pattern.sub("", body)
    return re.sub(r"\n{3,}", "\n\n", cut).strip() if cut != body else body


def _link_lines(doc):
    if (":" in doc.body or " | " in doc.body) and doc.issuer_line is None:     # no offsets into the body yet
        doc.body = _lines_cut(doc.body, LINK_LINE)


# A whole line of caption ending in a dash and "Picture by" / "Photo by" its photographer's name.
PHOTOGRAPHER_BY = re.compile(r"(?:Pic|Photo)\w*[ \t]+by[ \t]")
CAPTION_BY_CREDIT = re.compile(r"^[^\n]{20,600}?[.!?”\"][ \t]+[—–-][ \t]*(?:Picture|Photo|Photograph|Pic)s?[ \t]+by[ \t]+"
                               r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*$", re.M)


# BBC News pages' picture labels read as text: the picture's alt text run into "Image source, <credit>", and "Image
# caption," with the caption after it on its line or the next ("Image caption, ¶ US President Donald Trump has
# demanded curbs on Iran's missile programme"; bbc.com, set AY 011): the picture's, no paragraph of the story.
IMAGE_LABELS = re.compile(r"^[^\n]*Image source,[ \t][^\n]{1,80}$|^Image caption,[ \t]*(?:\n[ \t]*)*[^\n]+$", re.M)


def _caption_credits(doc):
    if "Image caption," in doc.body or "Image source," in doc.body:
        doc.body = _lines_cut(doc.body, IMAGE_LABELS)
    if " Photo" in doc.body and "|" in doc.body:
        # a photo's caption line closed by its credit after a bar ("Nupur Sharma's remarks on Prophet Muhammad: Tweets
        # and comments don't reflect views of govt, says MEA | ANI Photo"; The Free Press Journal, set AK 004): the
        # picture's caption (here the headline again), no paragraph of the story, and "ANI Photo" no speaker
        doc.body = _lines_cut(doc.body, BAR_PHOTO_CAPTION)
    if " / " in doc.body:
        # a photo's credit in capitals opening its caption, or a line of its own ("NIC ADAM / FREE PRESS FILES
        # “I was a bit disappointed ...,” Coun. Markus Chambers told the Free Press Friday."; the Winnipeg Free
        # Press, set AI): who took the picture, no part of the caption's words
        doc.body = _lines_cut(doc.body, CAPITALS_PHOTO_CREDIT)
    if " | " in doc.body:
        # a caption's photo credit ("Martin Schulz called for an end to EU accession talks with Turkey | Emmanuel
        # Dunand/AFP via Getty Images"): who took the picture, no part of the caption's words
        doc.body = CAPTION_CREDIT.sub("", doc.body)
    if " Photo:" in doc.body:
        doc.body = CAPTION_PHOTO_CREDIT.sub("", doc.body)
    if PHOTOGRAPHER_BY.search(doc.body):     # (cheap: the whole-line pattern only on a page that credits one)
        # a caption closed by its photographer after a dash, however long ("Wisma Putra says Foreign Minister ...
        # received a letter ... despite recent incidents .... — Picture by Azinuddin Ghazali"; Malay Mail, set AT 004):
        # the picture's, no paragraph of the story
        doc.body = _lines_cut(doc.body, CAPTION_BY_CREDIT)


def _agency_ends(doc):
    doc.body = _without_tails(doc.body, AGENCY_ENDS)


def _image_alt_text(doc):
    if _image_alt_marked(doc.body):
        doc.body = re.sub(r"\n{3,}", "\n\n", VOV_IMAGE_ALT.sub("", doc.body)).strip()


def _related_stories(doc):
    if doc.format == "markdown" and doc.issuer_line is None:
        # other stories' headlines under "Related Stories" closing a page saved as text ("- China urges U.S. to share
        # XBB.1.5 data", People's Daily; seed15), as for plain text
        paragraphs = doc.body.split("\n\n")
        _cut_links_and_comments(paragraphs)
        if "--" in doc.body or "—" in doc.body or "–" in doc.body:
            _cut_item_headlines(paragraphs)
        doc.body = "\n\n".join(p for p in paragraphs if p)


def _credit_and_byline(doc):
    if "—" in doc.body or "--" in doc.body:
        doc.body = DASH_CREDIT.sub("", doc.body)
    if "By " in doc.body and doc.issuer_line is None:
        doc.body = GLUED_BYLINE.sub("", doc.body)


# A photo's caption closed by Reuters' credit in capitals, its photographer's name of one to three words, the line's
# end ("Japan's new Chief of Cabinet Secretary Matsuno Hirokazu announces new cabinet members at a news conference in
# Tokyo, Japan October 4, 2021. REUTERS/Kim Kyung-Hoon"; One America News printing Reuters, set AQ 010): the whole
# line is the caption, no paragraph of the story ("announces" no speech of the man pictured).
REUTERS_CAPTION = re.compile(r"^[^\n]{1,400}?\bREUTERS/[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]*$\n?", re.M)


def _doubled_captions(doc):
    if "REUTERS/" in doc.body:
        doc.body = _lines_cut(doc.body, REUTERS_CAPTION)
    # a caption printed twice in one line, the image's alt text and the caption glued (the line its first half twice,
    # 4 to 30 words a half): no prose repeats itself word for word
    lines = doc.body.split("\n")
    kept = [ln for ln in lines if not _line_doubled(ln)]
    if len(kept) < len(lines):
        doc.body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _line_doubled(line: str) -> bool:
    toks = line.split()
    half = len(toks) // 2
    return 4 <= half <= 30 and len(toks) == 2 * half and toks[:half] == toks[half:]


MARKUP_BODY_STEPS = (_link_lines, _caption_credits, _doubled_captions, _agency_ends, _image_alt_text, _related_stories,
                     _credit_and_byline, _doubled_quote_marks)

