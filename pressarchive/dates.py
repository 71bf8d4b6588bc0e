"""When a statement was made, not when it was published.

Date phrases are found with our own patterns (dateparser's search_dates turns "70th" and bare years into
dates), then resolved against the publication date: explicit dates take their year from context, weekdays
and "yesterday" count back from publication, and a phrase that dates an occasion ("Binh made the statement
on Monday") dates the other statements of that speaker in the document.
"""
import bisect
import re
from datetime import date, timedelta
from functools import lru_cache

import dateparser

from .firstchars import led
from .extract.lexicon import CUE_PAST_PRESENT as _CUES, MONTH_NAMES, PARTS_OF_DAY, POSTED_ON_PLATFORM, SAID_IN_PLACE, WEEKDAY_NAMES
from .extract.spans import OWN_ACT_TAIL
from .lexicon import alternatives, mapping, ordered, words
from .speaker_names import is_given_name
from .models import GO_ON, decide     # (GO_ON: a finder of DocumentDates.occasion that finds nothing)

# A question's verb frames no day ("When asked if he would consider ending the Sep. 19 Agreement ..."): the day is
# what was asked about.
CUE_PAST_PRESENT = _CUES - {"asked", "asks", "ask"}

MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
         r"Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
WEEKDAYS = [d.lower() for d in ordered("weekdays")]
DATE_PHRASE = re.compile(
    rf"\b(?P<md>{MONTH}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?)(?![\d,]*\d)"
    rf"|\b(?P<dm>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+(?P<y2>\d{{4}}))?)\b"
    r"|\b(?:on|last|this|late|early)\s+(?P<wd>" + WEEKDAY_NAMES + r")\b"
    r"|\b(?P<rel>yesterday|today|tonight|this morning|this afternoon|this evening|last night|last evening|earlier today|"
    # counted back from publication: "Foreign Ministry spokesman Lu Kang said two days ago that ..." (dates16)
    r"the day before yesterday|(?:two|three|four|five|six|[2-6])\s+days\s+ago)\b"
    # "on the 18th" with no month, as Korean and Japanese copy (and its machine translations) write a day of the
    # report's month: "stated during a briefing at the Press Center on the 18th that ...", "On the 6th of this month,"
    r"|\bon\s+the\s+(?P<nth>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+this\s+month)?"
    r"(?=\s*[,.;:)]|\s+(?:that|and|when|while|in|at|through|via|local\s+time)\b)",
    re.I)
# Count words of a span of days ("two days ago", "a day after"), from the lexicon.
COUNT_WORDS = {w: int(n) for w, n in mapping("count_words").items()}
# The same pattern in lower case, without re.I, for text lower-cased once: several times faster (case-blind
# matching compares every letter twice). Only the places it finds are matched again, by DATE_PHRASE, on the text.
assert not re.search(r"\\[A-Z]", DATE_PHRASE.pattern), "a capital escape would change meaning in lower case"
# Led by the letters and digits its branches can open with: the engine then tries the branches only where one
# stands (a third less time than trying them at every character; the same matches, in the same order).
DATE_PHRASE_LOWER = re.compile(r"(?=[\dadefjlmnostwy])(?:" + DATE_PHRASE.pattern.lower().replace("(?p<", "(?P<") + ")")


def date_phrases(body: str):
    """DATE_PHRASE.finditer(body), faster where lower-casing keeps every character in its place."""
    low = body.lower()
    if len(low) != len(body):     # "İ" lower-cases to two characters: offsets would shift
        return list(DATE_PHRASE.finditer(body))
    return [DATE_PHRASE.match(body, m.start()) for m in DATE_PHRASE_LOWER.finditer(low)]


# A broadcast programme the words were said on (OCCASION; "on a TV program" is where, not what was answered).
BROADCAST_PROGRAMME = r"(?:TV|television|radio|talk|news)\s+program(?:me)?"
ON_AIR_BEFORE = re.compile(r"\bon\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w'’.-]+\s+){0,3}$")
# Occasions of speaking, and the reporting verbs of the lexicon ("on Sunday condemned", "yesterday confirmed"), and
# denials whose object is no statement of ours ("The Thai military yesterday refuted a report that ...").
OCCASION = led(r"\b(?:statement|remarks?|press conference|news conference|press briefing|briefing|forum|speech|"
                      r"interview|address|told|said|announced|spoke|speaking|comments?|meeting|hearing|refuted|"
                      # a broadcast the words were said on: "Hayashi said about the invitation on a TV program aired by
                      # Fuji Television Network Inc. on Nov. 21." (The Asahi Shimbun; set BH 011)
                      r"%s|" % BROADCAST_PROGRAMME +
                      # the one quoted by an agency: "Xinhua news agency cited Putin as telling Chinese President Xi
                      # Jinping during a telephone call on Wednesday that ..." (Taipei Times; set N 007)
                      r"(?<=\bas\s)(?:telling|saying)|(?:tele)?phone\s+(?:call|conversation)|"
                      # "in an exclusive talk with Free Press on Friday" (Free Press Journal; dates17)
                      r"(?:exclusive|brief)\s+talk|"
                      # "she said on the sidelines of the G20 summit in Johannesburg on Saturday"; "On Friday night
                      # (August 16, 2024), the Philippine Embassy in Lebanon issued an advisory urging ..."; "posted
                      # on X on Tuesday:" (not 'posted on her blog she had been fired on 1 November')
                      r"debunked|rebutted|sidelines|issued\s+(?:an?|its|their)\s+[a-z]+|"
                      # a readout's calls named by their day: "In separate March 4 calls, Special Representative for
                      # the DPRK Sung Kim discussed the DPRK's March 4 ballistic missile test with ..." then "Special
                      # Representative Kim denounced ..." (a State Department release; set R); not "held calls with"
                      # nor "a call to action on May 11"
                      r"(?<=\d\s)calls|"
                      # ... and a reaction whose words a participle gives: "State Department Spokesperson Matthew Miller
                      # on Friday reacted to ... by stating that ..." (Breitbart; seed22)
                      r"reacted|"
                      # "The Pentagon on Thursday declined to comment on an NBC report ..." (Reuters; dates15)
                      r"declined\s+to\s+comment|"
                      # calling something by a judgement: "Defense Minister Han Min-koo on Wednesday called a recent
                      # drone infiltration ... a "grave" violation" (Korea Herald, Yonhap; dates14); not "so-called"
                      r"(?<!-)called|branded|labell?ed|termed|"
                      # "On the night of June 12, Koichi Ito ... met Xiao Qian ... and lodged a protest" (seed13)
                      r"lodged\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:protest|complaint|representations)|" + POSTED_ON_PLATFORM + "|"
                      + "|".join(re.escape(f) for f in sorted(CUE_PAST_PRESENT, key=len, reverse=True)) + r")\b",
                      re.I)
# A date stamped with its time after a bar or slash, as a page prints its posting ("April 14, 2017 / 12:56 AM",
# "2024-08-28 | 15:00"): the page's day, not an occasion's, even when the cleaner has run it into a headline.
STAMP_TIME = re.compile(r"\s*[/|]\s*\d{1,2}:\d{2}\b")
# A posting stamp in the evening, printed near the top: "August 10, 2019 / 10:08 PM / Updated an hour ago" over
# "SEOUL (Reuters) - ... a senior official at Pyongyang's foreign ministry said on Sunday." (reuters.com; set BU 011):
# the page's clock runs behind the dateline's; a weekday after its day tells the story's day, the next day, not six
# days back (_dateline_day).
EVENING_STAMP = re.compile(r"(?P<month>" + MONTH + r")\s+(?P<day>\d{1,2}),?\s+\d{4}\s*[/|,]?\s*(?:(?:[6-9]|1[01]):\d{2}\s*[Pp]\.?[Mm]\b|"
                           r"(?:1[89]|2[0-3]):\d{2}\b(?!\s*[AaPp]\.?[Mm]))")
EVENING_STAMP_CHARS = 300     # the stamp among the page's first lines
# The act an event is: "yesterday presented ... an award", "on Saturday launched ...".
EVENT_VERB = re.compile(r"\b(?:presented|launched|opened|officiated|unveiled|inaugurated|visited|hosted|attended|"
                        r"chaired|witnessed|flagged\s+off|kicked\s+off|handed\s+over)\b")
# A hearing's questioning, its day after the one questioned (Dates.occasion): the occasion they answered at.
QUESTIONED = re.compile(r"\b(?:%s)\s" % "|".join(re.escape(w) for w in ordered("questioning_verbs")))
QUESTIONED_REACH = 100
QUESTIONED_GAP_STOP = re.compile(r"[,;:\"“”]|\b(?:that|which|who|whose|where|after|before|since|when)\b")
# A gathering the story reports, its day told with it (Dates._gathering_day): "at Monday’s AMS town hall forum", "at the
# Jan. 24 City Hall meeting", "came together Tuesday night to discuss ..."
_GATHERING_NOUN = r"(?:%s)\b" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered("gathering_nouns"))
_GATHERING_PLACE = r"\b(?:%s)\s+" % "|".join(ordered("gathering_places"))
GATHERING = re.compile(
    _GATHERING_PLACE + r"(?:the\s+)?(?P<wd>%s)(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+(?:[\w.&-]+\s+){0,4}?%s"
    % (WEEKDAY_NAMES, _GATHERING_NOUN) +
    "|" + _GATHERING_PLACE + r"the\s+(?P<md>(?:%s)\.?\s+\d{1,2})\s+(?:[\w.&-]+\s+){0,4}?%s" % (MONTH_NAMES, _GATHERING_NOUN) +
    r"|\b(?:%s)\s+(?:on\s+)?(?P<vd>%s)\b" % ("|".join(w.replace(" ", r"\s+") for w in ordered("gathering_verbs")),
                                           WEEKDAY_NAMES))
# "X and Y met at ... on Monday.": a meeting of the speakers (Dates.occasion), its day at the sentence's end.
MET = re.compile(r"\b(?:met|held\s+talks|had\s+talks)\s+(?:at|in|on|with)\b")
MET_GAP_STOP = re.compile(r"[;:\"“”]|\b(?:that|which|who|whose|where|after|before|since|when|while|and\s+[a-z]+ed)\b")
MET_WORD = re.compile(r"\b(?:met|summoned)\b")
# ... or the meeting's clause going on with what the two did there: "US President George W. Bush met with visiting German
# Chancellor Angela Merkel in the White House on Thursday and they discussed issues including Iran, ..." (Xinhua via
# china.org.cn; wire19)
MET_THEN_THEY = re.compile(r",?\s+and\s+(?:they|the\s+two(?:\s+[a-z]+)?)\s+(?:also\s+)?[a-z]+ed\b")
NAMED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+(?:on\s+)?$")     # the subject's last word a name's
MET_DAY_GAP = re.compile(r"\s+")     # (the day phrase holds its own "on")
# The nouns among them: an occasion someone else spoke at, when what was answered names it.
OCCASION_NOUN = re.compile(r"\b(?:statements?|remarks?|press conference|news conference|press briefing|briefing|forum|speech|"
                           r"interview|address|comments?|(?:exclusive|brief)\s+talk)\b", re.I)
# What lies between a day and a speech verb that is the second predicate of the day's clause: "on Saturday virtually
# made a strong message to his central leadership and said" (no comma, clause or quotation between).
# (also after a comma and "but": "The federal minister of labour and housing arrived in Iqaluit on Friday without any
# new money, but promised that short term relief is on the way ..."; Northern News Services, set O)
SECOND_PREDICATE_GAP = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+\s[^,;:.!?\"“”]*?(?:\band|,\s+but)\s+(?:also\s+)?")
# ... or a participle of saying after the dated predicate and its comma: "The Foreign Ministry on Monday blasted certain
# non-regional countries for flexing muscles in the South China Sea and inciting confrontation, saying that ..."
# (China Daily via asianews.network; vncn18)
PARTICIPLE_PREDICATE_GAP = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+ed\s[^;:.!?\"“”]*?,\s+")
SAYING_PARTICIPLE = re.compile(r"(?:saying|adding|noting|stressing|urging|warning|insisting)\b")


def _participle_after_predicate(body: str, e: int, end: int):
    """The participle of saying ending the dated predicate ("on Monday blasted ..., saying"), or None."""
    gap = PARTICIPLE_PREDICATE_GAP.match(body, e, min(end, e + 160))
    return SAYING_PARTICIPLE.match(body, gap.end()) if gap and _one_clause(body[e:gap.end()]) else None


# ... its object may hold a noun's clause: "The Presidential Office yesterday downplayed allegations that President Ma
# Ying-jeou ... accepted gifts ..., saying it would check ..." (Taipei Times; set BF 002): a "that" after a noun of
# what was put forward opens no reported clause of another day
NOUN_THAT = re.compile(r"\b(?:%s)\s+that\b" % "|".join(sorted(words("proposition_nouns"))))


def _that_of_a_noun_only(gap: str) -> bool:
    """Is every "that" of the gap one after a noun of what was put forward ("allegations that ...")?"""
    return len(re.findall(r"\bthat\b", gap)) == len(NOUN_THAT.findall(gap))


# The day just before the speaker's act of holding an occasion: "on 28 November 2013 gave a briefing", "on Monday
# held a press conference".
HELD_OCCASION = re.compile(r"\s+(?:gave|held|delivered|convened|hosted|called)\s+(?:a|an|the|his|her|its|their)\s+"
                           r"(?:[a-z-]+\s+){0,2}")
# A pronoun standing for the words reported before, then their occasion: "told it at a discussion ...", "said this
# while addressing ..." (The Financial Express; dates18).
WORDS_TOLD_BEFORE = re.compile(r"\s+(?:it|this|these)\s+(?:at|in|on|while|when|during|after|before)\s", re.I)
# The day before the words made: "on Tuesday night made remarks", "on Monday issued a statement".
DAY_MADE = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:made|issued|gave)\s+"
                      r"(?:(?:the|these|a|an|his|her|its|their)\s+)?")
WORDS_MADE = frozenset({"remarks", "remark", "comments", "comment", "statement"})
OCCASION_PLACE = re.compile(r"\s+(?:(?:was|were)\s+)?(?:%s)\s" % "|".join(ordered("occasion_participles")))
# A weekday naming an occasion: "said in a Tuesday briefing", "at his Monday press conference".
# Or a weekday's own occasion with no article: "during Friday's press briefing", "at Friday afternoon's briefing".
WEEKDAY_OCCASION = led(r"\b(?:(?:a|an|the|his|her|its|their)\s+(?P<wd>%(wd)s)(?:['’]s)?|"
                              r"(?P<own>(?P<wd2>%(wd)s)(?:\s+(?:morning|afternoon|evening|night))?['’]s))\s+"
                              r"(?:(?:regular|daily|weekly|routine|press|news)\s+){0,2}(?:%(nouns)s)\b"
                              % {"wd": "|".join(ordered("weekdays")), "nouns": "|".join(ordered("occasion_nouns"))})
# A broadcaster's programme named for its weekday and its presenter: "told the BBC's Sunday with Laura Kuenssberg",
# "Sky's Sunday Morning with Trevor Phillips" (the day of the interview; dailymail.co.uk, bbc19).
PROGRAMME_WEEKDAY = re.compile(r"['’]s\s+(?P<wd>%s)(?:\s+Morning)?\s+with\s+[A-Z][\w’'-]+\s+[A-Z]"
                               % "|".join(ordered("weekdays")))
# A bare weekday right after a reporting verb, as wire copy writes it: "said Tuesday", "condemned Friday". Found
# from each weekday back to the word before it: a pattern that opens on any word tries every word of the text.
WEEKDAY_NAME = re.compile(r"(?:%s)\b" % "|".join(ordered("weekdays")))
WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
# ... or with the place of the saying between, as Xinhua copy writes it: "Kong Quan said in Beijing Thursday".
CUE_PLACE_BEFORE = re.compile(r"\b([A-Za-z]+)(?:\s+(?:reporters|journalists))?\s+(?:in|at)\s+[A-Z][\w.'’-]*"
                              r"(?:\s+[A-Z][\w.'’-]*){0,2}\s+$")
# ... or the people or the outlet told between, as US wire copy writes it: "told reporters Thursday the talks were
# useful", "told Reuters Thursday ...", "told the BBC Monday ..." (set X).
# (not an owner's programme: "told GMTV's Sunday programme", bbc-news/politics)
TOLD_WHOM_BEFORE = re.compile(r"\b(?:told|tells)\s+(?:the\s+)?(?:reporters|journalists|lawmakers|legislators|senators|"
                              r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+$")
# ... or after the name an inverted frame or a telling closes on, as Xinhua and People's Daily copy write it: "...,
# said Chinese Foreign Ministry spokesman Kong Quan Thursday at a regular press conference." (people.cn; seed22): the
# cue, then only a title's lower-case words and a name's capitalised ones, then the weekday and what closes the frame
# (not "said the attack on Kyiv Monday killed ...", nor "told GMTV's Sunday programme").
WORD_IN_FRAME = re.compile(r"[A-Z][\w.'’-]*|[a-z][\w-]*")
TITLE_WORDS_IN_FRAME = words("title_words") | words("spokes_words")
FRAME_CLOSES_AFTER_DAY = re.compile(r"\s*[.,;:]|\s+(?:at|in|during|when|while|after|that|on|via)\b")
FRAME_REACH = 90
# ... or with its part of the day, a day wherever it stands: "told Channels Television Sunday night that ...".
PART_OF_DAY = re.compile(r"\s+(?:%s)\b" % "|".join(sorted(PARTS_OF_DAY)))
# ... or its day and month in brackets, as Indonesian copy writes it: "Sugiono made the statement at the Presidential
# Palace Complex in Jakarta, Wednesday (22/4), when asked by reporters ..." (voi.id; set AB's queries): a day, no name
DAY_MONTH_AFTER = re.compile(r"\s*\(\d{1,2}/\d{1,2}\)")
# ... or between the subject and its reporting verb, a part of the day or an adverb between, as Pakistani and AP copy
# write it: "Interior Minister Chaudhry Nisar Ali Khan Thursday rebutted the report", "Planning Minister Ahsan Iqbal
# while talking to the same channel Thursday night said that ...", "Rana Tanvir Hussain, ..., Tuesday categorically
# denied" (nation.com.pk, app.com.pk; dates14).
DAY_TO_VERB = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:[a-z]+ly\s+)?")
VERBS_AFTER_DAY = {"rebutted", "refuted", "debunked", "called", "branded", "termed", "labelled", "labeled"}
# ... or closing the object of a reporting verb, as Yonhap and AP copy write it: "The foreign ministry dismissed as
# "groundless" a media report Monday that ...", "urged Japan Tuesday to ...": the verb a few words back in the same
# clause, and after the weekday what opens the reported clause or a phrase of the verb (never another verb: "said the
# attack Monday killed ...").
OBJECT_CLAUSE = re.compile(r"[^.;:!?\n,]{0,70}$")
AFTER_OBJECT = re.compile(r"\s+(?:that|to|over|about|against|for|as|amid|while|saying|calling|urging|adding)\b|[,.;:]")
OBJECT_WORDS = 6
# The verbs of a clause of its own after the cue, whose day is its own.
CLAUSE_VERBS = {"was", "were", "is", "are", "has", "have", "had", "will", "would", "be", "been", "did"}
# ... and a day word ("yesterday", "today", "on Thursday") closing the object of a verb of judgement or appeal, as
# Philippine and Singapore copy writes it: "The Department of National Defense (DND) lashed out at China yesterday for
# again trying to ..." (The Philippine Star; dates17). Not after a verb of saying, whose object is what was said ("said the plane
# crashed yesterday to ..."), nor across a verb ("urged voters who stayed home yesterday to ...").
REL_AFTER_OBJECT = re.compile(r"\s+(?:for|over|to|against|amid|saying|calling|urging)\b")
SAYING_FORMS = {"say", "says", "said", "tell", "tells", "told", "add", "adds", "added"}
REL_OBJECT_GAP = re.compile(r"(?:(?:the|a|an|his|her|its|their|[A-Z][\w.’'()-]*|[a-z]+)\s+)+")
REL_GAP_VERB = re.compile(r"\b(?:[a-z]+ed|who|which|that|would|will|had|has|have|was|were|is|are|did)\b")
# ... and a day right after the occasion where such a verb's object was said: "He underlined the importance of having
# multicultural exchanges in a speech last evening to some 12,000 alumni" (The Straits Times; dates17)
OCCASION_ADJUNCT = re.compile(r"\b(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z]+\s+)?(?:speech|address|"
                              r"press conference|news conference|briefing|interview|lecture)\s+(?:on\s+)?$")
ADJUNCT_REACH = 160
CLAUSE_BREAK = re.compile(r"[.;:!?\n]")
# a verb with its particles, as the cue lists write a phrasal verb ("lashed out at")
VERB_WITH_PARTICLES = re.compile(r"\b[a-z]+(?:\s+(?:out|at|on|for|to|up))*\b")
# ... or set off by commas after a frame, as a quotation's frame writes it: "Al-Khater told Al Jazeera TV channel,
# Monday:".
SET_OFF_AFTER = re.compile(r"\s*[:,]")
# ... or right after an occasion, as Canadian Press and AP copy writes it: "at a news conference Tuesday", "their
# neighbourhood planning meeting Wednesday night", "in an interview Monday".
WEEKDAY_AFTER_NOUNS = {"conference", "briefing", "meeting", "hearing", "interview", "speech", "rally", "session",
                       "debate", "event",
                       # ... or the occasion held that day: "during the World Korea Forum held Wednesday at the University
                       # of Nairobi" (Korea JoongAng Daily's Yonhap copy; asia20)
                       "forum", "held",
                       # ... or the act of speaking itself: "Mottaki spoke Saturday, a day after ... Clinton told the
                       # Bahrain conference that ..." (AP via Newsmax; set BU 004)
                       "spoke"}
# ... or after the people the occasion was with, as Kyodo and The Japan Times write it: "Iwaya said during his first
# joint interview with media outlets Thursday at the Defense Ministry" (set AK 001), "a meeting with reporters Monday";
# at most three words between, none a verb's ("an interview with the man who was arrested Monday" is the arrest's).
OCCASION_WITH_BEFORE = re.compile(r"\b(?:conference|briefing|meeting|interview|speech|session)\s+with\s+"
                                  r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?"
                                  r"(?:(?!(?:who|which|that|was|were|is|are|had|has)\b)[A-Za-z.'’&-]+\s+){1,3}$")
# "since Oct 7", "until March 3", "As of May 2" (the day figures count to): the bound of a period, never the day
# something was said.
# The BBC's Radio 4 programme, not the day: "The Marxist told BBC Radio 4’s Today programme: ‘...’" (Daily Mail,
# pressreader.com; bbc23), "speaking on the Today programme"; "Today, the minister said" stays a day.
TODAY_PROGRAMME = re.compile(r"Today(?=\s+(?:programme|program|show|presenter)\b)")
POSSESSIVE_BEFORE = re.compile(r"['’]s\s+$")
BOUND = re.compile(r"\b(?:since|until|till|before|after|from|through|by|as\s+of|as\s+at)\s+(?:the\s+)?$", re.I)
# The day of a document the words cite: "consistent with the Principles for Enhancing Competition and Tech Platform
# Accountability released on September 8, he reiterates his call ...", "including the G7 Digital & Tech Ministers’
# Statement issued on September 7, 2023, we welcome ..." (White House fact sheets; not "In a statement released
# November 5, it said", the statement's own day).
CITED_DOCUMENT_DAY = re.compile(r"\b(?:including|consistent\s+with|in\s+line\s+with|building\s+on|pursuant\s+to|"
                                r"in\s+accordance\s+with|as\s+set\s+out\s+in)\s+[^.;:!?\n]{0,120}?\b(?:released|issued|"
                                r"published|adopted|signed|unveiled|launched)\s+(?:on\s+)?$", re.I)
# "Responding to press queries about a Straits Times interview (... on 5 April 2014)": the occasion answered,
# not the occasion of the answer.
# ... "reacting to statement issued on Saturday by China's foreign ministry": the statement reacted to.
ANSWERED = re.compile(r"\b(?:about|regarding|concerning|over|on|responding to|in response to|replying to|"
                      r"reply to|response to|reacting to|in reaction to|reaction to)\s+(?:[\w’'.-]+\s+){0,5}$", re.I)
# "at a press conference in Paris, France on Monday": the comma of a place name closes no clause.
_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
PLACE_GAP = re.compile(rf"\s+(?:(?:at|in)\s+(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:in|at)\s+{_PLACE}(?:,\s+{_PLACE})+"
                       # (the occasion, and the state set off by commas: "said at a rally in Monroe, La., on Nov. 6,
                       # 2019"; a Zyte page, the lead's round 32)
                       rf",?\s+(?:on\s+)?")
# ... nor the audience and the place between a reporting verb and its day: "Pramono said to the reporters at the
# Presidential Office, Jakarta, on Tuesday (26/4) afternoon" (setkab.go.id; seed12), "told journalists at the Palace,
# Manila, on Monday": a longer reach than a bare occasion's, the gap being only these; the audience may be an outlet
# named ("told The Jakarta Post in Batam, Riau, on Wednesday"; jawawa.id, dates15).
# ... and the building, then its city: "Sugiono made the statement at the Presidential Palace Complex in Jakarta,
# Wednesday (22/4), when asked by reporters ..." (voi.id; set AB's queries).
AUDIENCE_PLACE_GAP = re.compile(rf"\s+(?:to\s+)?(?:(?:(?:the\s+)?(?:reporters|journalists|media|press)|{_PLACE})\s+)?"
                                rf"(?:in|at)\s+"
                                rf"(?:the\s+)?{_PLACE}(?:\s+in\s+{_PLACE})?(?:,\s+{_PLACE})*,?\s+")
AUDIENCE_PLACE_REACH = 110
# ... or whom it was told, of a body set off with its apposition: "told investors of New Media, the GateHouse parent, on
# Oct. 31 that ..." (a Zyte page; extract.spans.ADDRESSEE_OF_BODY)
ADDRESSEE_BODY_GAP = re.compile(r"\s+(?:[a-z]+\s+){1,2}(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){0,4}"
                                r"[A-Z][\w'’&.-]*(?:,\s+[^,.;:\"“”]{1,60})?,?\s+(?:on\s+)?")
# ... or after who signed a statement and whom it went to: "a statement signed by X, the Chief Director of Y, and
# copied to the Ghana News Agency on Wednesday"
SENT_STATEMENT_GAP = re.compile(r"\s+(?:signed|issued|released|sent|copied)\s+(?:by|to|in|from)\s[^.;:!?\"“”\n]*?"
                                r"(?:\s(?:and\s+)?(?:copied|sent|issued|released)\s+to\s[^.;:!?\"“”\n]*?)?\s+")
SENT_STATEMENT_REACH = 200
# A sentence opened by what was answered ("Answering questions on X's briefing ... of September 28, the spokesperson
# said"): a date in that clause is of what was asked about, not of the answer.
# ... a clause of its own about what was answered, between the opening and the day.
ANSWERED_CLAUSE = re.compile(r"\b(?:where|which|who|that)\s+[^,;:.!?]*\b(?:was|were|had|has|is|are)\b")
ANSWER_OPENING = re.compile(r"\s*(?:(?:When|While)\s+(?i:answering|replying|responding|reacting|commenting|asked|"
                            r"referring)|Answering|Replying|Responding|Reacting|Commenting|Asked|Referring)\b")
# What the answer was about, between the answering verb and a day: "When asked about specifics of the incident on
# Monday night, he said ..." (Hindustan Times; seed23): the incident's day, not the answer's ("Asked on Monday about
# ..." is the answer's).
# ("Responding to a question on Monday, ... Lu Kang said": the question put at the answer's occasion, whose day it is;
# dates16)
ANSWERED_OBJECT = re.compile(r"\s+(?:about|on|to|regarding|over|whether|if)\s+(?![^,;:.!?]*\b(?:questions?|quer(?:y|ies))\b)"
                             r"[^,;:.!?]*$")
# A date opening its sentence ("On Monday, Minister in the Prime Minister's Department (Religious Affairs) Datuk Seri
# Dr Zulkifli Mohamad Al-Bakri confirmed ..."): it dates the sentence's verb, however long the subject between.
OPENING_DATE_REACH = 160
# ... after its "On", or "On the night of": "On the night of June 12, Koichi Ito, a minister at the Japanese Embassy in
# Beijing, called on ..." (Nikkei via jmh.usembassy.gov; seed13).
OPENING_ON = re.compile(r"\s*(?:[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?)?")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# A wire dateline opening a report: "BEIJING, Jan. 11 (Xinhua) --", "SEOUL, March 21 (Yonhap) --", "LONDON, November 4.
# /TASS/.": the day of the report itself, whose year no other year of the text gives.
# ... also the Saudi Press Agency's, the Hijri day before the Gregorian and the agency after a comma: "Cairo, Muharram
# 01, 1440, September 11, 2018, SPA --" (spa.gov.sa, set K 002).
WIRE_PLACE = re.compile(r"(?:^|\n)[A-Z][A-Za-z .'’-]{1,30},\s*(?:[A-Z][A-Za-z'’ -]{2,25}\s+\d{1,2},\s*1[34]\d\d,\s*)?$")
WIRE_DATELINE = re.compile(r"\.?\s*(?:/[A-Za-z]{2,10}/|(?:\(\s*[A-Za-z][A-Za-z /]{1,25}\)|,\s*[A-Z]{2,6})?\s*(?:--|[-–—:]))")
# A clause of its own between a date and the verb after it: "More than 80 Chinese vessels were monitored ... on Nov. 27
# but Tarriela said it might have been due to bad weather" (the day of the monitoring, not of the saying).
# (also a new named subject after a comma and "and": "The tournament starts on 17 January, and Pollard said the surface
# had been speeded up ..." is the tournament's day; bbc-news/sport/487)
CONTRAST = re.compile(r"\s(?:but|whereas|although|though)\s|,\s+and\s+(?:the\s+)?(?=[A-Z])(?!(?:He|She|They|It|We|I)\b)")
NTH_BACK_DAYS = 7
# The day words a wire dateline's day anchors (DocumentDates._day_word_from_dateline): how many days back from it.
DAY_WORDS_BACK = {"today": 0, "earlier today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
                  "this evening": 0, "yesterday": 1, "last night": 1, "last evening": 1}
# The day before the one the text gave last, set off by a comma or closing the clause ("One day earlier, he urged",
# "said the previous day."): not "the day before the vote", a day counted from an event.
DAY_BEFORE_LAST = re.compile(r"\b(?:(?:[Oo]ne|[Aa])\s+day\s+(?:earlier|before)|[Tt]he\s+(?:day\s+before|previous\s+day))"
                             r"(?=\s*[,.;])")
SETTINGS = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


def _dateline_day(body: str, base: date | None) -> date | None:
    """The day the story is told on: the publication day, or the day after it when the page is stamped that evening
    (EVENING_STAMP) and names the next day's weekday (the dateline's clock ahead of the stamp's)."""
    if base is None:
        return None
    m = EVENING_STAMP.search(body, 0, EVENING_STAMP_CHARS)
    if m is None or (_month(m.group("month")), int(m.group("day"))) != (base.month, base.day):
        return base
    after = base + timedelta(days=1)
    return after if re.search(r"\b%s\b" % WEEKDAYS[after.weekday()].capitalize(), body[m.end():]) else base


def published_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _parse(phrase: str, base: date | None):
    settings = dict(SETTINGS)
    if base:
        from datetime import datetime
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 12)
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _after_cue(body: str, pos: int) -> bool:
    """Is the word right before pos (across white space) a reporting verb ("said Tuesday") or an occasion ("a news
    conference Tuesday"), or before the place it happened at ("said in Beijing Thursday", "told reporters in Hanoi
    Monday"), or after the people or outlet told ("told reporters Thursday"), or after the people an occasion was
    with ("during his first joint interview with media outlets Thursday")?"""
    return any(m is not None and (m.group(1).lower() in CUE_PAST_PRESENT or m.group(1).lower() in WEEKDAY_AFTER_NOUNS)
               for m in (WORD_BEFORE.search(body, max(0, pos - 40), pos),
                         CUE_PLACE_BEFORE.search(body, max(0, pos - 80), pos))) or \
        TOLD_WHOM_BEFORE.search(body, max(0, pos - 60), pos) is not None or \
        OCCASION_WITH_BEFORE.search(body, max(0, pos - 70), pos) is not None


def _after_framed_name(body: str, start: int, end: int) -> bool:
    """Is the weekday at body[start:end] the day of an inverted frame or a telling that closes on a name ("said
    spokesman Kong Quan Thursday at ...")? Between the cue and the weekday only a name's capitalised words and a
    title's lower-case ones, the last a name's and no possessive."""
    if not FRAME_CLOSES_AFTER_DAY.match(body, end):
        return False
    run = body[max(0, start - FRAME_REACH):start].split()
    cue = next((i for i in range(len(run) - 2, max(-1, len(run) - 10), -1) if run[i] in CUE_PAST_PRESENT), None)
    if cue is None:
        return False
    return _name_run(_without_on(run[cue + 1:]))


def _without_on(words: list) -> list:
    """The words without an "on" closing them ("said Foreign Ministry spokesperson Wang Wenbin on Monday"; set P)."""
    return words[:-1] if words[-1:] == ["on"] else words


def _name_run(between: list) -> bool:
    """Are the words between an inverted frame's cue and a day only a name's capitalised words and a title's
    lower-case ones, the last a name's and no possessive?"""
    return bool(between) and \
        all(WORD_IN_FRAME.fullmatch(w) and (w[:1].isupper() or w in TITLE_WORDS_IN_FRAME) for w in between) and \
        between[-1][:1].isupper() and not re.search(r"['’]s?$", between[-1])


def _framed_name_before_day(body: str, start: int, s: int):
    """The inverted frame a day closes when a title and a name stand between its cue and the day, further than the
    plain reach of OCCASION: '"...," said Chinese Foreign Ministry spokesperson Wang Wenbin on December 12, 2022.',
    '"...," said the Vietnamese Foreign Ministry’s Consular Department on July 16.' (VietnamPlus; set P 001): the
    cue's match, or None."""
    for m in OCCASION.finditer(body, max(start, s - FRAME_REACH), s):
        if m.group().lower() not in CUE_PAST_PRESENT:
            continue
        between = _without_on(body[m.end():s].split())
        if len(between) >= 2 and _name_run([w for w in between if w != "the"]) and \
                all(w[:1].isupper() or w in TITLE_WORDS_IN_FRAME for w in between):
            return m
    return None


def _before_verb(body: str, end: int) -> bool:
    """Is the weekday ending at end followed by a reporting verb of the past, a part of the day or an adverb
    between ("Khan Thursday rebutted", "Thursday night said", "Tuesday categorically denied")?"""
    m = DAY_TO_VERB.match(body, end)
    word = re.match(r"[a-z]+\b", body[m.end():m.end() + 20]) if m else None
    return word is not None and (word.group() in CUE_PAST_PRESENT or word.group() in VERBS_AFTER_DAY)


# A weekday closing an aside set off by commas between the subject and its reporting verb: "DFA Secretary Teodoro Locsin
# Jr., in a Twitter exchange Wednesday, revealed that ..." (Northbound Asia printing PNA, set AZ 004).
# (a name's last word before the aside: not "her campaign's leadership, who, on a press call Friday, criticized ...",
# polnear/train/text/huff-post_2015-12-20_why-the-democratic-party-s-move-.txt)
ASIDE_BEFORE_WEEKDAY = re.compile(r"\b[A-Z][\w'’-]*\.?,\s+(?:in|over|on|at|during|via)\s+[^,;:.!?\"“”\n]{1,60}?\s+$")
ASIDE_CLOSED_BEFORE_VERB = re.compile(r",\s+(?:also\s+|[a-z]+ly\s+)?([a-z]+)\b")


def _closes_aside_before_verb(body: str, start: int, end: int) -> bool:
    """Does the weekday at body[start:end] close an aside set off by commas after the subject, the reporting verb
    right after its closing comma (ASIDE_BEFORE_WEEKDAY)?"""
    verb = ASIDE_CLOSED_BEFORE_VERB.match(body, end)
    return verb is not None and verb.group(1) in CUE_PAST_PRESENT and \
        ASIDE_BEFORE_WEEKDAY.search(body, max(0, start - 80), start) is not None


def _after_object(body: str, start: int, end: int) -> bool:
    """A bare weekday closing a reporting verb's object: 'dismissed as "groundless" a media report Monday that ...',
    'strongly criticized Moon by name Wednesday night.'"""
    part = PART_OF_DAY.match(body, end)     # "criticized Moon by name Wednesday night."
    if not AFTER_OBJECT.match(body, part.end() if part else end):
        return False
    clause = OBJECT_CLAUSE.search(body, max(0, start - 70), start)
    if clause is None or " that " in f" {clause.group()} ":
        return False
    words = re.findall(r"[A-Za-z’'-]+", clause.group())
    cue = next((k for k in range(len(words) - 2, max(-1, len(words) - OBJECT_WORDS - 2), -1)
                if words[k].lower() in CUE_PAST_PRESENT), None)
    # (an object, not a clause with its own verb: "Halifax Regional Police said a man was arrested Sunday." is the
    # arrest's day; quotes23)
    return cue is not None and not any(w.lower() in CLAUSE_VERBS for w in words[cue + 1:])


def _rel_after_object(body: str, start: int, end: int) -> bool:
    """A day word between a verb of judgement's object and what it is for ("lashed out at China yesterday for ..."),
    or a day of the occasion such a verb's object was said at ("underlined the importance of ... in a speech last
    evening")."""
    adjunct = OCCASION_ADJUNCT.search(body, max(0, start - 60), start)
    if adjunct:
        clause = CLAUSE_BREAK.split(body[max(0, adjunct.start() - ADJUNCT_REACH):adjunct.start()])[-1]
        return _object_of_judgement(clause, 12)
    if not REL_AFTER_OBJECT.match(body, end):
        return False
    clause = OBJECT_CLAUSE.search(body, max(0, start - 70), start)
    return clause is not None and _object_of_judgement(clause.group(), 4)


def _full_date_after_object(body: str, start: int, end: int) -> bool:
    """A full date on which a verb of judgement spoke, between its object and what it is for: 'Indonesian Foreign
    Minister Retno Marsudi urged Australia on Jan 7, 2017, to "immediately investigate ..."' (Straits Times; set N
    004), as a day word there does (_rel_after_object)."""
    if not ON_BEFORE.search(body, max(0, start - 4), start) or \
            not REL_AFTER_OBJECT.match(body, end + 1 if body[end:end + 1] == "," else end):
        return False
    clause = OBJECT_CLAUSE.search(body, max(0, start - 70), start)
    return clause is not None and _object_of_judgement(clause.group(), 5)


ON_BEFORE = re.compile(r"\bon\s+$")


def _object_of_judgement(clause: str, most: int) -> bool:
    """Does the clause end in its one verb of speech, not one of saying, and that verb's object, of at most `most`
    words and no verb?"""
    cues = [m for m in VERB_WITH_PARTICLES.finditer(clause) if m.group() in CUE_PAST_PRESENT]
    if len(cues) != 1 or cues[0].group() in SAYING_FORMS or " that " in f" {clause[cues[-1].end():]} ":
        return False     # (nor a verb inside what another said: "said he had praised the students in a speech ...")
    gap = clause[cues[-1].end():].lstrip()
    return bool(gap) and len(gap.split()) <= most and bool(REL_OBJECT_GAP.fullmatch(gap)) and \
        not REL_GAP_VERB.search(gap)


# A relative clause set off after the subject, its own verb no saying, the day closing it before the main verb: "Kihara,
# who replaced his predecessor, Yasukazu Hamada, in a Cabinet reshuffle Wednesday, highlighted the need for continuity
# ..." (The Japan Times; set BH 008); "Mr Clarke, who will unveil his plans on Monday, said ..." (bbc-news/politics/220):
# the day of that act, not the saying's. ("..., who spoke to reporters on Wednesday, said" keeps it: an occasion.)
SUBJECT_RELATIVE = re.compile(r",\s+who\s+(?:(?:will|would|had|has|have|was|is)\s+)?(?:[a-z]+ly\s+)?([a-z]+)\s")
RELATIVE_DAY_GAP = re.compile(r",\s+(?:[a-z]+ly\s+)?")
# ... unless the clause tells an occasion the subject was at that day: "President Rodrigo Duterte, who officially became
# ASEAN chairman at a ceremony in Davao on Jan. 15, stressed that ..." (The Jakarta Post; test_audit_dates14)
RELATIVE_OCCASION = re.compile(r"\bat\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}(?:ceremony|rally|event|"
                               r"summit|gathering|celebration|reception|launch|forum|conference|meeting|session)\b")


def _day_closes_relative(body: str, start: int, s: int, e: int, verb: int) -> bool:
    """Does the day at s:e close a ", who ..." clause of its sentence (from start) whose verb is no saying nor
    occasion, only a comma between it and the main verb at verb?"""
    if not RELATIVE_DAY_GAP.fullmatch(body, e, verb):
        return False
    last = None
    for last in SUBJECT_RELATIVE.finditer(body, start, s):
        pass
    return last is not None and not OCCASION.fullmatch(last.group(1)) and \
        not RELATIVE_OCCASION.search(body, last.end(), s)


def _set_off_in_frame(body: str, start: int, end: int) -> bool:
    """A weekday between a comma and a colon or comma, in a clause a reporting verb opened ("told Al Jazeera TV
    channel, Monday:")."""
    if body[max(0, start - 2):start] != ", " or not SET_OFF_AFTER.match(body, end):
        return False
    clause = re.split(r"[.;:!?\n]", body[max(0, start - 60):start - 2])[-1]
    return any(w.lower() in CUE_PAST_PRESENT for w in re.findall(r"[A-Za-z]+", clause))


OPENING_PARTICIPLE = re.compile(r"\s*(?:Speaking|Addressing|Talking)\b")
# The wire's "here" (the dateline's place) just before the day closing a sentence: "... at the Sembrong parliamentary
# constituency, here yesterday." (DocumentDates.framed)
HERE_BEFORE_DAY = re.compile(r"\bhere,?\s+$")
DAY_CLOSES_SENTENCE = re.compile(r"\s*(?:\.|$)")
HERE_DAY_REACH = 220
# A clause of the same time after the dated main clause: "..., as Akbayan party-list called on ..." (framed).
AS_CLAUSE = re.compile(r"[^.;:!?\"“”\n]*?,\s+as\s+")
AS_CLAUSE_REACH = 160
# A reporting verb set off by commas before an unquoted clause: "..., Hang said, the Vietnamese Embassy ..."
PARENTHETICAL_FRAME = re.compile(r",\s+(?![\"“‘'])(?:the\s+|a\s+|an\s+)?[A-Za-z]")


# A weekday printed just before a month and day ("said on Thursday (January 5)", "Thursday, Jan. 5").
WEEKDAY_BEFORE_DAY = re.compile(r"\b(%s)\s*[,(]?\s*$" % "|".join(ordered("weekdays")))


LEAD_FULL_DAY_CHARS = 400
# ... or further on in the Globe and Mail's first photo caption, after its standfirst and widgets: "Open this photo in
# gallery:Conservative Leader Pierre Poilievre speaks ... in Milton, Ont., Thursday, April 10, 2025." (quotes20)
GALLERY_CAPTION = "Open this photo in gallery:"
GALLERY_CAPTION_CHARS = 1200


def _day_of(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_agrees(body: str, start: int, when: date) -> bool:
    """Whether a weekday printed with a year-less day is that day's weekday in the year the context gave it: on an
    undated Reuters reprint, "said on Thursday (January 5)" is no day of 1969, the year of a referendum the text
    recalls (eaglenews.ph; dates15)."""
    named = WEEKDAY_BEFORE_DAY.search(body, max(0, start - 15), start)
    return named is None or WEEKDAYS.index(named.group(1).lower()) == when.weekday()


# The place between a content span's end and the day closing its sentence (extract.lexicon.SAID_IN_PLACE).
PLACE_BEFORE_DAY = re.compile(SAID_IN_PLACE)
# The speaker's own act right after a thing announced, up to its day, in one clause: "Fontana also announced job-shuffling
# at the Canada Housing and Mortgage Corporation when he started his tour on Wednesday, creating ..." (NNSL; set O):
# the day of the act is the day of the announcing (extract.spans.OWN_ACT_TAIL ends the words before it)
ON_ONLY = re.compile(r"\s*(?:on\s+)?")     # (what may stand between a day and the act it dates)
OWN_ACT_BEFORE_DAY = re.compile(r"\s+(?:as|when)\s+(?:he|she|it|they)\s+[a-z]+\b[^,;:.\"“”]{0,60}?\s+$")




# A weekday's own event, not an occasion of speaking: '," Stano said at a Brussels press briefing following Wednesday's
# release of the final ODIHR report' (InfoBalkans, set S 010), "said Tuesday's vote was rigged": the day of the release
# or the vote, never of the words (an occasion's stays: "at Friday's press briefing", "Monday's meeting").
# (an occasion's kind before its noun is no event: "Lin Jian said at Monday's regular press conference that ..."; set X)
WEEKDAY_EVENT = re.compile(r"['’]s\s+(?:(?:regular|daily|weekly|routine)\s+)?([a-z]+)\b(?:\s+([a-z]+)\b)?")
WEEKDAY_OWN_OCCASIONS = frozenset(ordered("occasion_nouns")) | WEEKDAY_AFTER_NOUNS | {
    "morning", "afternoon", "evening", "night", "summit", "talks", "session", "sitting", "statement", "remarks",
    "comments", "call", "programme", "program", "show", "edition"}


def _weekday_event(body: str, s: int, e: int) -> bool:
    """Is the weekday at s:e the possessive of an event that is no occasion of speaking ("Wednesday's release")?"""
    if body[e - 2:e] in ("'s", "’s"):
        e -= 2     # (WEEKDAY_OCCASION's own occasion spans its possessive: "Friday's")
    if WEEKDAY_NAME.fullmatch(body, s, e) is None:
        return False
    m = WEEKDAY_EVENT.match(body, e)
    if m is None:
        return False
    first, second = m.group(1), m.group(2)
    if first == "release" and second == "of":
        return True     # the release of a report, not a press release
    return first not in WEEKDAY_OWN_OCCASIONS and second not in WEEKDAY_OWN_OCCASIONS


def _the_today_programme(body: str, s: int, e: int) -> bool:
    """Is the phrase at s:e the programme "Today" ("BBC Radio 4’s Today programme", "the BBC’s Today"), not today?"""
    return body[s:e] == "Today" and (TODAY_PROGRAMME.match(body, s) is not None or
                                     POSSESSIVE_BEFORE.search(body, max(0, s - 4), s) is not None)


class DocumentDates:
    """Date phrases of one document, resolved once."""

    def __init__(self, body: str, published: str | None):
        self.body = body
        self.base = _dateline_day(body, published_day(published))
        self._matches = date_phrases(body)     # (read again by _latest_full_day on an undated page)
        # (start, end, ISO date, 'explicit' | 'relative')
        self.phrases = [(m.start(), m.end(), self._resolve(m), "relative" if m.group("wd") or m.group("rel") or
                         m.group("nth") else "explicit") for m in self._matches]
        weekdays = list(WEEKDAY_NAME.finditer(body))
        gatherings = {g.start("wd") for g in GATHERING.finditer(body) if g.group("wd")}     # "at Monday's forum"
        self.phrases += [(m.start(), m.end(), self._weekday(m.group()), "relative")
                         for m in weekdays if _after_cue(body, m.start()) or PART_OF_DAY.match(body, m.end()) or
                         m.start() in gatherings or
                         DAY_MONTH_AFTER.match(body, m.end()) or
                         _set_off_in_frame(body, m.start(), m.end()) or _after_framed_name(body, m.start(), m.end())]
        self.phrases += [(m.start(), m.end(), self._weekday(m.group()), "relative") for m in weekdays
                         if (_before_verb(body, m.end()) or _closes_aside_before_verb(body, m.start(), m.end())) and
                         not any(p[0] <= m.start() < p[1] for p in self.phrases)]
        # a weekday closing a reporting verb's object dates the verb even where the object is read as what was
        # said ('dismissed as "groundless" a media report Monday that ...')
        self.frame_days = {m.start() for m in weekdays
                           if _after_object(body, m.start(), m.end()) or _rel_after_object(body, m.start(), m.end())} | \
            {m.start() for m in self._matches
             if (m.group("rel") or m.group("wd")) and _rel_after_object(body, m.start(), m.end())} | \
            {m.start() for m in self._matches
             if not (m.group("rel") or m.group("wd")) and _full_date_after_object(body, m.start(), m.end())}
        self.phrases += [(m.start(), m.end(), self._weekday(m.group()), "relative")
                         for m in weekdays if m.start() in self.frame_days and
                         not any(p[0] == m.start() for p in self.phrases)]
        if weekdays:
            self.phrases += [(m.start("wd"), m.end("wd"), self._weekday(m.group("wd")), "relative") if m.group("wd")
                             else (m.start("own"), m.end("own"), self._weekday(m.group("wd2")), "relative")
                             for m in WEEKDAY_OCCASION.finditer(body)]
            self.phrases += [(m.start("wd"), m.end("wd"), self._weekday(m.group("wd")), "relative")
                             for m in PROGRAMME_WEEKDAY.finditer(body)]
        self.phrases.sort()
        # "he said today, May 3.": the date set off after the relative day names it; the page's day may be later
        # (a blog's post of the next day; diplomasikita.blogspot.com, asia20)
        self.phrases = [p for i, p in enumerate(self.phrases)
                        if not (p[3] == "relative" and i + 1 < len(self.phrases) and self.phrases[i + 1][3] == "explicit"
                                and (body[p[0]:p[1]].lower() in ("today", "yesterday") or
                                     # ... as a weekday set before its date names that date ("instructed to close
                                     # for normal operations Monday, August 5"; NPR via WAMU, set AY 001), not the
                                     # last such weekday before the page's day
                                     WEEKDAY_BEFORE_DATE.fullmatch(body, p[0], p[1]) is not None)
                                and re.fullmatch(r",\s*", body[p[1]:self.phrases[i + 1][0]]))]
        self.phrases = [self._from_dateline(p) for p in self.phrases]
        self.phrases = [p for p in self.phrases if p[2] is not None and not BOUND.search(body, max(0, p[0] - 12), p[0])
                        and not _surname_of_given_name(body, p[0], p[1]) and not _the_today_programme(body, p[0], p[1])
                        and not _weekday_event(body, p[0], p[1])
                        and not CITED_DOCUMENT_DAY.search(body, max(0, p[0] - 160), p[0])]
        self.phrases = sorted(self.phrases + self._days_before_last())
        self.starts = [p[0] for p in self.phrases]

    def _days_before_last(self) -> list:
        """'One day earlier, he urged ...', 'The day before, ...': the day before the last day the text gave before it
        (CP copy of Wednesday's post, then "One day earlier, he urged ..."; set AC 004), 'relative'; none when no day
        comes before it."""
        out = []
        for m in DAY_BEFORE_LAST.finditer(self.body):
            last = next((p for p in reversed(self.phrases) if p[1] <= m.start()), None)
            if last is not None:
                out.append((m.start(), m.end(), (date.fromisoformat(last[2]) - timedelta(days=1)).isoformat(),
                            "relative"))
        return out

    def _from_dateline(self, phrase):
        """A weekday after a wire dateline of another day in its paragraph counts back from that dateline's day, the
        day of that report, not from the page's: a second story a page carries under its own dateline ("BEIJING,
        June 3 (Xinhua) -- ..., Foreign Ministry spokesman Qin Gang told reporters here on Tuesday." on a page of
        July 24, 2008, sina.com: 3 June, not 22 July; dates11)."""
        s, e, d, kind = phrase
        if kind != "relative" or d is None:
            return phrase
        name = WEEKDAY_NAME.search(self.body, s, e)
        if name is None:
            return self._day_word_from_dateline(phrase)
        day = self._other_days_dateline(s, after=self.body.rfind("\n", 0, s))
        if day is None:
            return phrase
        back = (day.weekday() - WEEKDAYS.index(name.group().lower())) % 7
        if back == 0 and self.body[s:e].lower().startswith("last"):
            back = 7
        return (s, e, (day - timedelta(days=back)).isoformat(), kind)

    def _day_word_from_dateline(self, phrase):
        """"today" and "yesterday" under a wire dateline of another day count from the dateline's day, the day of the
        report, not from the page's: "KUALA LUMPUR, Jan 11 (Bernama) -- ... said today" on a page of January 12 is the
        11th; "Cairo, Muharram 01, 1440, September 11, 2018, SPA -- ... held in Cairo today" (the next line) on a page
        stamped 2018/09/12 is September 11 (spa.gov.sa, set K 002). The dateline before it in the text, in its paragraph
        or not (an agency's report runs one sentence a line)."""
        s, e, d, kind = phrase
        back = DAY_WORDS_BACK.get(re.sub(r"\s+", " ", self.body[s:e].lower()))
        if back is None:
            return phrase
        day = self._other_days_dateline(s)
        if day is None:
            return phrase
        return (s, e, (day - timedelta(days=back)).isoformat(), kind)

    def _other_days_dateline(self, s: int, after: int = -1) -> date | None:
        """The day of the last wire dateline before s (starting after `after`), when it is not the page's day."""
        line = next((p for p in reversed(self.phrases) if p[1] <= s and p[0] > after and p[3] == "explicit"
                     and p[2] and self._dateline(p[0], p[1])), None)
        if line is None or (self.base and line[2] == self.base.isoformat()):
            return None
        return date.fromisoformat(line[2])

    def _any_in(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end

    def _context_year(self, month: int) -> int | None:
        """The year a month-day phrase without one belongs to: 'February 2014' elsewhere in the text, else the
        publication year, else the latest year the text mentions."""
        printed = self._printed_year(month)
        if printed is not None:
            return printed
        if self.base:
            return self.base.year
        years = [int(m.group(1)) for m in YEAR.finditer(self.body) if not _in_a_name(self.body, m)]
        return max(years) if years else None

    def _year_nearest_dated(self, y: int, month: int, day: int) -> int:
        """On an undated page, the year that puts a month and day nearest the latest day the text prints in full:
        after "Earlier, on December 31, 2023, President Yoon described ...", "on February 3" is of 2024, not of
        2023 (the latest year mentioned). A day the text gives its year for keeps the year read from the text."""
        latest = self._latest_full_day()
        if latest is None or self._printed_year(month) is not None:
            return y     # ("February 2014" elsewhere in the text: _context_year's year)
        def gap(year):
            try:
                return abs((date(year, month, day) - latest).days)
            except ValueError:
                return 10 ** 6
        return min((y - 1, y, y + 1), key=gap)

    def _printed_year(self, month: int) -> int | None:
        """The year the text prints with this month ("February 2014"), else None."""
        for m in re.finditer(rf"\b({MONTH})\s+(\d{{4}})\b", self.body):
            if _month(m.group(1)) == month:
                return int(m.group(2))
        return None

    def _lead_full_day(self) -> date | None:
        """The first day printed with its year in the page's first lines (a caption's, the lead's), or None."""
        gallery = self.body.find(GALLERY_CAPTION, 0, GALLERY_CAPTION_CHARS)
        gallery_end = self.body.find("\n", gallery) if gallery >= 0 else -1
        for m in self._matches:
            if m.start() >= LEAD_FULL_DAY_CHARS and not gallery <= m.start() < gallery_end:
                if m.start() >= max(LEAD_FULL_DAY_CHARS, gallery_end):
                    break
                continue
            day = self._full_day(m)
            if day:
                return day
        return None

    @staticmethod
    def _full_day(m) -> date | None:
        g = m.groupdict()
        year, phrase = g.get("y1") or g.get("y2"), g.get("md") or g.get("dm")
        if not (year and phrase):
            return None
        month = _month(re.search(MONTH, phrase, re.I).group())
        try:
            return date(int(year), month, int(g["d1"] or g["d2"]))
        except (TypeError, ValueError):
            return None

    def _latest_full_day(self) -> date | None:
        """The latest day the text prints with its year ("December 31, 2023"), once per document."""
        if not hasattr(self, "_latest"):
            self._latest = max(filter(None, map(self._full_day, self._matches)), default=None)
        return self._latest

    def _resolve(self, m) -> str | None:
        g = m.groupdict()
        if g["wd"]:
            day = self._weekday(g["wd"])
            if day and self.base and day == self.base.isoformat() and m.group().lower().startswith("last"):
                # "last Wednesday" in a Wednesday's report is the week before (China Daily's "Speaking ... last
                # Wednesday, Xi called ..." of Wednesday 11 March 2015: 4 March; issue 8, seed10)
                return (self.base - timedelta(days=7)).isoformat()
            return day
        if g["rel"]:
            if not self.base:
                return None
            word = " ".join(g["rel"].lower().split())
            if word in {"yesterday", "last night", "last evening"}:
                return (self.base - timedelta(days=1)).isoformat()
            if word == "the day before yesterday" or word.endswith(" days ago"):
                back = 2 if word.startswith("the") else COUNT_WORDS.get(word.split()[0]) or int(word.split()[0])
                return (self.base - timedelta(days=back)).isoformat()
            return self.base.isoformat()
        if g["nth"]:
            return self._nth(int(g["nth"]))
        phrase = g["md"] or g["dm"]
        year = g["y1"] or g["y2"]
        month_word = re.search(MONTH, phrase, re.I).group()
        day = int(g["d1"] or g["d2"])
        month = _month(month_word)
        if not (1 <= day <= 31) or month is None:
            return None
        if year:
            y = int(year)
        elif not self.base and WIRE_DATELINE.match(self.body, m.end()) and \
                WIRE_PLACE.search(self.body, max(0, m.start() - 40), m.start()):
            return None     # "BEIJING, Jan. 11 (Xinhua) --" with no publication date: the report's day, year unknown
        else:
            y = self._context_year(month)
            if y is None:
                return None
            if not self.base:
                y = self._year_nearest_dated(y, month, day)
            if self.base and self.base.year == y and (month, day) > (self.base.month, self.base.day) and \
                    not _upcoming(self.base, month, day):
                y -= 1     # a day later in the year than publication: last year
        try:
            when = date(y, month, day)
        except ValueError:
            parsed = _parse(phrase, self.base)
            return parsed.isoformat() if parsed else None
        if not year and not _weekday_agrees(self.body, m.start(), when):
            # a year read from the context that the weekday printed with the day denies; on an undated page, the year
            # after (or before) it that the weekday names: "Dix made these comments Tuesday (Dec. 5)" in a text
            # whose latest year is 2022 ("between 2017 and 2022") is of 2023 (Black Press; the lead's round 18)
            agreeing = [] if self.base else [d for d in (_day_of(y + 1, month, day), _day_of(y - 1, month, day))
                                             if d and _weekday_agrees(self.body, m.start(), d)]
            return agreeing[0].isoformat() if agreeing else None
        return when.isoformat()

    def _nth(self, day: int) -> str | None:
        """'on the 18th': that day of the publication month, or of the month before when it is a few days back
        over the turn of the month ('on the 30th' in a report of July 2); None without a publication date."""
        if not self.base or not 1 <= day <= 31:
            return None
        if day <= self.base.day:
            return self.base.replace(day=day).isoformat()
        last = self.base.replace(day=1) - timedelta(days=1)
        try:
            back = last.replace(day=day)
        except ValueError:
            return None
        return back.isoformat() if (self.base - back).days <= NTH_BACK_DAYS else None

    def _weekday(self, name: str) -> str | None:
        """The last such weekday on or before publication; on an undated page, the day a caption or the lead prints in
        full when it is that weekday ("... addresses a weekly press briefing ... on November 17, 2022" opening the
        page, then "Baloch said Thursday": Thursday 17 November; thenews.com.pk, the lead's round 18), not a day the
        story recalls further on ("On July 6, 2015, Sanders made the following comment:")."""
        if not self.base:
            lead = self._lead_full_day()
            return lead.isoformat() if lead and lead.weekday() == WEEKDAYS.index(name.lower()) else None
        back = (self.base.weekday() - WEEKDAYS.index(name.lower())) % 7
        return (self.base - timedelta(days=back)).isoformat()

    def in_span(self, start: int, end: int, exclude=(), with_kind=False):
        """Dates in body[start:end], outside the excluded (content) spans; (date, kind) pairs with with_kind.
        A date right before a content span opens that content ("On February 26, Indian planes violated ...,
        he said"): it dates what is reported, not the saying."""
        out = []
        for s, e, d, kind in self.phrases:
            if start <= s and e <= end and not any(a <= s < b or (0 <= a - e <= 3 and not self.body[e:a].strip(" ,"))
                                                   for a, b in exclude):
                out.append((d, kind) if with_kind else d)
        return out

    def framed(self, start: int, end: int, exclude=()):
        """(date, kind) of the phrases of a sentence that date its speaking: just after a speech word ("said on
        Monday", "at a press conference in Hanoi on March 13") or just before one ("On Monday, the spokesman
        said"), outside what was said."""
        out = []
        if not self._any_in(start, end):
            return out
        answering = ANSWER_OPENING.match(self.body, start)
        for s, e, d, kind in self.phrases:
            if not (start <= s and e <= end) or any(a <= s < b for a, b in exclude) and s not in self.frame_days:
                continue
            before = [m for m in OCCASION.finditer(self.body, max(start, s - 50), s)
                      if _one_clause(self.body[m.end():s]) and " that " not in f" {self.body[m.end():s]} "
                      and not CLAUSE_IN_GAP.search(self.body, m.end(), s) and not self._answered(m)
                      and not PERIOD_START_IN_GAP.search(self.body, m.end(), s)] or \
                [m for m in OCCASION.finditer(self.body, max(start, s - AUDIENCE_PLACE_REACH), s)
                 if (AUDIENCE_PLACE_GAP.fullmatch(self.body, m.end(), s) or ADDRESSEE_BODY_GAP.fullmatch(self.body, m.end(), s))
                 and not self._answered(m)]
            if not before and (hit := _framed_name_before_day(self.body, start, s)) is not None:
                before = [hit]
            if not before and any(b < s and PLACE_BEFORE_DAY.fullmatch(self.body, b, s) for _, b in exclude):
                # "..., said that North Korean plans ... will hamper denuclearisation on the peninsula, in Seoul on
                # Wednesday.": where and when the words were said, after them (extract.spans.PLACE_DAY_TAIL)
                before = [True]
            if not before and any(b < s and OWN_ACT_BEFORE_DAY.fullmatch(self.body, b, s) and
                                  OWN_ACT_TAIL.match(self.body, b) for _, b in exclude) or \
                    any(b <= s and ON_ONLY.fullmatch(self.body, b, s) and OWN_ACT_TAIL.match(self.body, e)
                        for _, b in exclude):
                # ... or just before it ("announced plans to cut ... jobs on Feb. 12 as it worked to ...")
                before = [True]
            if not before and s - start > 50 and OPENING_PARTICIPLE.match(self.body, start) and \
                    not re.search(r"[,;:]", self.body[start:s]):
                # "Speaking during a panel discussion with members of the national political advisory body last
                # Wednesday, Xi called ...": the participle opening the sentence tells the occasion its day dates
                # (issue 8, seed10)
                before = [OPENING_PARTICIPLE.match(self.body, start)]
            if not before and HERE_BEFORE_DAY.search(self.body, max(start, s - 8), s) and \
                    DAY_CLOSES_SENTENCE.match(self.body, e):
                # "..., he told reporters after attending a briefing on ... at the Sembrong parliamentary
                # constituency, here yesterday."; "he told Bernama when met at ..., the nomination centre for the
                # Cameron Highlands by-elections here, today.": the wire's "here" (the dateline's place) and its day
                # close the frame however long the occasion told before them (The Borneo Post, Malay Mail printing
                # Bernama; set AH)
                before = [m for m in OCCASION.finditer(self.body, max(start, s - HERE_DAY_REACH), s)
                          if not any(m.end() <= a < s for a, _ in exclude)][-1:]
            if not before and (as_clause := AS_CLAUSE.search(self.body, e, min(end, e + AS_CLAUSE_REACH))) and \
                    not self._any_in(e, as_clause.start()) and not any(e <= a < as_clause.end() for a, _ in exclude):
                # "Meanwhile, motorists ... honked their horns yesterday morning to support Filipino fishers ..., as
                # Akbayan party-list called on the public to reject ...": the speaking in the "as" clause is at the
                # time of the main clause's day (Philstar; set AH)
                verb = OCCASION.search(self.body, as_clause.end(), min(end, as_clause.end() + 80))
                if verb is not None and "," not in self.body[as_clause.end():verb.start()] and \
                        not any(as_clause.end() <= a < verb.start() for a, _ in exclude):
                    before = [verb]
            reach = OPENING_DATE_REACH if OPENING_ON.fullmatch(self.body, start, s) else 60
            after = OCCASION.search(self.body, e, min(end, e + reach))
            participle = None
            if after is None:
                # the speech verb a second predicate of the dated one: "Adhir Ranjan Chowdhury, ..., on Saturday
                # virtually made a strong message to his central leadership and said that ..." (The Statesman;
                # issue 8, south13)
                after = OCCASION.search(self.body, e, min(end, e + 120))
                if after is not None and not SECOND_PREDICATE_GAP.fullmatch(self.body, e, after.start()):
                    after = None
                participle = None if after else _participle_after_predicate(self.body, e, end)
                after = after or participle
            if after and answering and "," in self.body[e:after.start()] and \
                    (kind == "explicit" or ANSWERED_CLAUSE.search(self.body, start, s) or
                     ANSWERED_OBJECT.match(self.body, answering.end(), s)):
                after = None     # "Answering questions on ... of September 28, the spokesperson said"; "Commenting on
                #                  the incident where a woman was attacked ... last Thursday, Loke said" (the day of
                #                  the clause about what was answered; theSun's Bernama copy, asia20)
            if after and re.fullmatch(r"\s*(?:[Oo]n\s+)?", self.body[start:s]) and \
                    PARENTHETICAL_FRAME.match(self.body, after.end()):
                # "On June 1st, Hang said, the Vietnamese Embassy in Washington D.C. issued a warning ...": a frame
                # set off inside the sentence; the day opening it is the reported clause's, not the saying's
                # (VietnamPlus; issue 8, seed10). ('On Monday, Hang said, "We hope ..."' stays Monday's.)
                after = None
            if after and not before and _day_closes_relative(self.body, start, s, e, after.start()):
                after = None     # "Kihara, who replaced his predecessor, ..., in a Cabinet reshuffle Wednesday,
                #                  highlighted the need for continuity ..." (The Japan Times; set BH 008): the
                #                  day of the relative clause's act, not of the saying
            if after and not before and SUBORDINATE_TIME_GAP.fullmatch(self.body, e, after.start()) and \
                    not after.group().lower().endswith("ing"):
                after = None     # "Russia revoked the diplomatic accreditation of six members of staff ... on
                #                  September 13 after its security service, the FSB, claimed it had found ..." (PA via
                #                  Shropshire Star; set AY 004): the day is the main clause's act; the saying in the
                #                  clause of time after it was before that, on a day the text does not give
            if before or (after and (" that " not in f" {self.body[e:after.start()]} " or
                                     participle and _that_of_a_noun_only(self.body[e:after.start()])) and
                          (not CONTRAST.search(self.body, e, after.start()) or
                           SECOND_PREDICATE_GAP.fullmatch(self.body, e, after.start())) and
                          not any(e <= a < after.start() for a, _ in exclude)):
                out.append((d, kind, self._dateline(s, e), s))
        if answering and len(out) > 1:
            out = self._past_answered_clause(start, out)
        # a wire dateline dates the sentence only when no other phrase does ("SEOUL, March 21 (Yonhap) -- ... said
        # Monday" is Monday's; "WASHINGTON, Feb 27 - The USDA said" of a repeat published on March 2 is the 27th)
        return [(d, kind) for d, kind, dateline, _ in out if not dateline] or [(d, kind) for d, kind, _, _ in out]

    def _past_answered_clause(self, start: int, out):
        """The days after an answering clause's comma, when one is: "Responding to a Kyodo News report on Sunday, the
        ministry said Tuesday" is Tuesday's (the report's Sunday is what was answered)."""
        comma = self.body.find(",", start)
        return [o for o in out if 0 <= comma < o[3]] or out

    def _dateline(self, s: int, e: int) -> bool:
        """Is the phrase at s:e a wire dateline's ("SEOUL, March 21 (Yonhap) -- ... said Monday")? The report's day,
        not the day of a "said Monday" that follows it in the same sentence."""
        return bool(WIRE_DATELINE.match(self.body, e) and WIRE_PLACE.search(self.body, max(0, s - 70), s))

    def _answered(self, m) -> bool:
        if m.group().lower() == "sidelines" or re.fullmatch(BROADCAST_PROGRAMME, m.group(), re.I) and \
                ON_AIR_BEFORE.search(self.body, max(0, m.start() - 40), m.start()):
            return False     # "on the sidelines of ...": where it was said, not what was answered ("on the issue")
        answered = ANSWERED.search(self.body, _sentence_start(self.body, max(0, m.start() - 60), m.start()), m.start())
        if answered and not _day_before_verb(self.body, answered, m):
            return True
        # ... or an occasion in the clause of another's remarks answered: "responded to a question regarding the
        # remarks made by French President Emmanuel Macron about Turkey and the Balkans during a speech at the
        # European Parliament on Tuesday" (Macron's Tuesday, not the day of the response)
        if not OCCASION_NOUN.fullmatch(m.group()):
            return False
        clause = max(self.body.rfind(c, 0, m.start()) for c in ",.;:!?\n") + 1
        return any(ANSWERED.search(self.body, max(0, n.start() - 60), n.start())
                   for n in OCCASION_NOUN.finditer(self.body, clause, m.start()))

    def occasion(self, start: int, end: int, exclude=()):
        """A date phrase in a sentence that talks about an occasion of speaking ('made the statement on Monday'),
        outside what anyone is reported to have said (exclude: content spans). The finders of _OCCASION_FINDERS
        decide in order: a day (None too), or GO_ON (the next finder decides)."""
        if not self._any_in(start, end):
            return None
        day = decide(self._OCCASION_FINDERS, self, start, end, exclude, otherwise=GO_ON)
        return self._met_on_day(start, end, exclude) if day is GO_ON else day

    def _occasion_of_speaking(self, start: int, end: int, exclude):
        """The day of an occasion of speaking (OCCASION) in the sentence: held on it, or a phrase one of
        _OCCASION_PHRASE_RULES ties to it."""
        for m in OCCASION.finditer(self.body, start, end):
            if OCCASION_NOUN.fullmatch(m.group()):
                held = self._held_on(start, m, exclude)
                if held:
                    return held     # "Mr. Sek Wannamethee, ..., on 28 November 2013 gave a briefing to the foreign
                    #                 media" (Thai MFA copy; issue 8, south13): the day of the act of holding it; "A
                    #                 Chinese Foreign Ministry spokesperson on Tuesday night made remarks on ..."
                    #                 (Xinhua in the Global Times; seed20): of making them
            if self._answered(m):
                continue
            for s, e, d, kind in self.phrases:
                if any(a <= s < b for a, b in exclude) and s not in self.frame_days or not (start <= s and e <= end):
                    continue
                if STAMP_TIME.match(self.body, e):
                    continue     # a page's posting stamp ("April 14, 2017 / 12:56 AM"), no occasion's day
                gap = self.body[m.end():s]
                for rule in self._OCCASION_PHRASE_RULES:
                    if rule(self, m, s, e, gap, start):
                        return d
        return GO_ON

    def _held_on(self, start: int, m, exclude):
        """The day of the act of holding the occasion m names (a briefing given, remarks made), else None."""
        return next((d for s, e, d, kind in self.phrases if start <= s and e <= m.start() and
                     not any(a <= s < b for a, b in exclude) and
                     (HELD_OCCASION.fullmatch(self.body, e, m.start()) or
                      m.group().lower() in WORDS_MADE and DAY_MADE.fullmatch(self.body, e, m.start()))),
                    None)

    # The rules of _OCCASION_PHRASE_RULES: is the date phrase at s..e the day of the occasion m (gap: the text
    # between them)?
    def _said_on_day(self, m, s, e, gap, start) -> bool:
        # "said on Monday", "made the remarks at ... in Hanoi on March 26", "held, on Monday"; not a headline's
        # "comment" over the page's date line ("Pentagon declines comment on NBC story on North Korea / #World News /
        # April 14, 2017 / 12:56 AM"; reuters.com, dates15)
        return m.end() <= s < m.end() + 50 and " that " not in f" {gap} " and not CLAUSE_IN_GAP.search(gap) and \
            (_one_clause(gap) or len(gap.split()) <= 2) and "\n" not in gap and not PERIOD_START_IN_GAP.search(gap)

    def _said_to_audience_at_place(self, m, s, e, gap, start) -> bool:
        # "said to the reporters at the Presidential Office, Jakarta, on Tuesday"
        return m.end() <= s < m.end() + AUDIENCE_PLACE_REACH and AUDIENCE_PLACE_GAP.fullmatch(gap) is not None

    def _statement_sent_on_day(self, m, s, e, gap, start) -> bool:
        # "in a statement signed by Mr Lawrence Apaalse, the Chief Director of the Ministry of Energy and copied to
        # the Ghana News Agency on Wednesday" (GNA copy; dates19)
        return m.group() == "statement" and m.end() <= s < m.end() + SENT_STATEMENT_REACH and \
            SENT_STATEMENT_GAP.fullmatch(gap) is not None

    def _day_before_the_verb(self, m, s, e, gap, start) -> bool:
        # "Guterres on Sunday condemned", "Castro yesterday confirmed", "Ahsan Iqbal ... Thursday night said",
        # "Tuesday categorically denied"
        return 0 <= m.start() - e <= 2 or m.start() > e and DAY_TO_VERB.fullmatch(self.body, e, m.start()) and \
            not OCCASION_NOUN.fullmatch(m.group())

    def _told_at_a_place(self, m, s, e, gap, start) -> bool:
        # "a speech delivered by NATO Secretary General Mark Rutte at an event ... on December 12"; "Tofail told it at
        # a discussion at the Dhaka University campus on Monday night."
        return m.end() <= s < m.end() + 140 and (OCCASION_PLACE.match(gap) or WORDS_TOLD_BEFORE.match(gap)) and \
            not re.search(r"[,;:]| that ", gap) and not PERIOD_START_IN_GAP.search(gap)

    def _date_opening_the_sentence(self, m, s, e, gap, start) -> bool:
        # a date opening a sentence about an occasion of speaking: "On Friday, US Deputy Secretary of State John
        # Sullivan spoke with UN Secretary-General Antonio Guterres ..."; not a reporting verb ("Yesterday, Pantera's
        # stock closed at 9.50 dlrs ..., it said": what that sentence says is dated where it stands, by framed), nor a
        # day of the noun after it ("Yesterday's meeting at the State Department was ...", no comma)
        return OPENING_ON.fullmatch(self.body, start, s) and \
            self.body.startswith(",", e) and \
            e <= m.start() < e + OPENING_DATE_REACH and " that " not in f" {self.body[e:m.start()]} " and \
            not CONTRAST.search(self.body, e, m.start()) and m.group().lower() not in CUE_PAST_PRESENT \
            and m.group().lower() != "said"

    def _occasion_with_others(self, m, s, e, gap, start) -> bool:
        # "during a joint press conference with his Saudi counterpart Adel Al Jubeir and Secretary-General of the Arab
        # League Dr. Nabil Al Arabi in Cairo on Sunday"
        return m.end() <= s < m.end() + 140 and gap.startswith(" with ") and OCCASION_NOUN.fullmatch(m.group()) \
            and not re.search(r"[,;:]|\b(?:that|which|who|whose|where|after|before|since)\b", gap)

    _OCCASION_PHRASE_RULES = (_said_on_day, _said_to_audience_at_place, _statement_sent_on_day, _day_before_the_verb,
                              _told_at_a_place, _date_opening_the_sentence, _occasion_with_others)

    def _event_day(self, start: int, end: int, exclude):
        # An event its day stands right before, as a lead tells the occasion the remarks after it were made at: "WWF
        # yesterday presented its prestigious Leaders for a Living Planet Award to the state government ..." then
        # "Chief Minister Datuk Seri Musa Haji Aman said ..." (sabahtoday.com; dates15)
        for m in EVENT_VERB.finditer(self.body, start, end):
            for s, e, d, kind in self.phrases:
                if start <= s and e <= m.start() and not any(a <= s < b for a, b in exclude) and \
                        (0 <= m.start() - e <= 2 or DAY_TO_VERB.fullmatch(self.body, e, m.start())):
                    return d
        return GO_ON

    def _questioning_day(self, start: int, end: int, exclude):
        # A hearing's questioning, its day after the one questioned: "Lawmakers grilled former Culture-Tourism Minister
        # Park Jie-Won for three and a half hours Tuesday morning on the timing of ..." then "Park said that ..."
        # (The Dong-A Ilbo; dates17)
        for m in QUESTIONED.finditer(self.body, start, end):
            for s, e, d, kind in self.phrases:
                if m.end() <= s < m.end() + QUESTIONED_REACH and e <= end and \
                        not any(a <= s < b for a, b in exclude) and not QUESTIONED_GAP_STOP.search(self.body, m.end(), s):
                    return d
        return GO_ON

    def _meeting_day(self, start: int, end: int, exclude):
        # The speakers' meeting, its day closing the sentence: "Retno Marsudi and Ryacudu met at the office of the
        # Coordinating Minister of Political, Legal and Security Affairs here on Monday." (issue 8 seed round,
        # held-out: not the day of another's earlier words the report quotes, "Widodo said on last Sunday")
        for m in MET.finditer(self.body, start, end):
            for s, e, d, kind in self.phrases:
                if any(a <= s < b for a, b in exclude) or not (m.end() <= s < m.end() + 140 and e <= end):
                    continue
                if not MET_GAP_STOP.search(self.body, m.end(), s) and \
                        (re.fullmatch(r"[\s.]*", self.body[e:end]) or MET_THEN_THEY.match(self.body, e, end)):
                    return d
        return GO_ON

    def _gathering_day(self, start: int, end: int, exclude):
        # The day of the gathering a story reports, as its lead tells it: "Students ... turning out in spades at
        # Monday’s AMS town hall forum with Principal Karen Hitchcock." (Queen's Journal; set AG 011), "... came
        # together Tuesday night to discuss two ongoing police investigations" (Chronicle Journal; set AL 004): what
        # was said there was said that day. Not one ahead ("ahead of Tuesday's meeting": no place word before it).
        for m in GATHERING.finditer(self.body, start, end):
            if any(a <= m.start() < b for a, b in exclude):
                continue
            if m.group("md"):
                day = next((d for s, e, d, kind in self.phrases if s == m.start("md")), None)
            else:
                day = self._weekday(m.group("wd") or m.group("vd"))
            if day:
                return day
        return GO_ON

    _OCCASION_FINDERS = (_occasion_of_speaking, _event_day, _questioning_day, _meeting_day, _gathering_day)

    def _met_on_day(self, start: int, end: int, exclude=()):
        """The day right at "met": "Secretary of State Antony J. Blinken met on Wednesday with Russian Foreign Minister
        Sergey Lavrov on the margins of ..." over a readout of what "The Secretary noted" there (thefrontierpost.com;
        wire19), also "on Wednesday met with"; its day wherever the sentence ends."""
        for m in MET_WORD.finditer(self.body, start, end):
            for s, e, d, kind in self.phrases:
                if start <= s and e <= end and not any(a <= s < b for a, b in exclude) and \
                        (MET_DAY_GAP.fullmatch(self.body, m.end(), s) and NAMED_BEFORE.search(self.body, start, m.start())
                         or DAY_TO_VERB.fullmatch(self.body, e, m.start()) and NAMED_BEFORE.search(self.body, start, s)):
                    return d     # (named people meeting: not "Senior industry and research officials met yesterday
                    #              at Padukka", a meeting the speaker's words need not be of; Reuters 1987)
        return None


# A reported clause between the occasion and the day, "that" left out: "Ms Simonetti announced on her blog she had
# been fired on 1 November" (bbc-news/tech/133): the day is the firing's, not the post's.
WEEKDAY_BEFORE_DATE = re.compile(r"(?:[Oo]n\s+)?(?:%s)" % "|".join(w.capitalize() for w in WEEKDAYS))
# Between a day and a verb of speech, a clause of time opening with its own subject (the day the main clause's):
# " after its security service, the FSB, " (not a participle: "on Monday after meeting ..."; not "after that"; not the
# actor again: "Electrolux saw its shares rise 14% on Tuesday after it said ...", bbc-news/business/058, that day's
# news).
TIME_CLAUSE = (r"\s+(?:after|before|since|until)\s+(?!(?:that|it|he|she|they|we|I)\b|\w+ing\b)[^,;:.!?\"“”\n]{1,60}?"
               r"(?:,\s+[^,;:.!?\"“”\n]{1,60},)?")
SUBORDINATE_TIME_GAP = re.compile(TIME_CLAUSE + r"\s*")
CLAUSE_IN_GAP = re.compile(r"\b(?:he|she|it|they|we|I)\s+(?:had|has|have|was|were|is|are|would|will|could|did)\b")
# The start of a span of time between an occasion and its day ("news conference since assuming the post on
# Wednesday"): that day began the span, the words came later (lexicon period_start_words).
PERIOD_START_IN_GAP = re.compile(r"\b(?:%s)\b" % alternatives("period_start_words"), re.I)


# The end of a sentence or line before an occasion: what it answered is in its own sentence (a headline's "... to
# 'shine a spotlight' on / recovery**](...)" over "In a brief interview on Wednesday, Julie Chavez Rodriguez ... told
# the Capital-Star that ..."; whitehouse.gov ICYMI, data/, dates16). A word of three small letters before the stop, so
# "Mrs." and "U.S." close none.
SENTENCE_END = re.compile(r"(?<=[a-z]{3})[.!?][\"”’)]?\s+(?=[A-Z\"“])|\n")


def _sentence_start(body: str, lo: int, hi: int) -> int:
    """lo, or past the last sentence end in body[lo:hi]."""
    ends = list(SENTENCE_END.finditer(body, lo, hi))
    return ends[-1].end() if ends else lo


def _day_before_verb(body: str, answered, m) -> bool:
    """Is what ANSWERED found before an occasion only its day ("A Chinese health official on Tuesday warned against
    ...", Xinhua via ecns.cn; seed13)? The day of the saying, not the subject answered ("on the issue")."""
    words = body[answered.start():m.start()].split()
    return len(words) >= 2 and words[0].lower() == "on" and \
        DAY_OF_SPEAKING.fullmatch(" ".join(words[1:])) is not None


# "Tuesday", "Jan. 5", "5 January", "Tuesday morning": a day standing between "on" and a reporting verb.
DAY_OF_SPEAKING = re.compile(rf"(?:(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?"
                             rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH})(?:,?\s+\d{{4}})?,?")


def _one_clause(gap: str) -> bool:
    """No comma between an occasion and its date, but for a place's ("in Paris, France on Monday") or the one that sets
    the date off ("told Al Jazeera TV channel, Monday")."""
    return "," not in gap.rstrip(", ") or PLACE_GAP.fullmatch(gap) is not None


NAMED_YEAR_BEFORE = re.compile(r"(?:%s)\s+$" % "|".join(w.capitalize() for w in ordered("year_name_before")))
NAMED_YEAR_AFTER = re.compile(r"^\s+(?:[A-Z][\w-]*\s+){0,3}(?:%s)\b"
                              % "|".join(w.capitalize() for w in ordered("year_name_after")))
# After "the", the name's head may be lower case: "the 1965 Korea-Japan treaty", "the 1982 convention".
NAMED_YEAR_AFTER_THE = re.compile(r"^\s+(?:[A-Z][\w-]*\s+){0,3}(?:%s)\b" % "|".join(ordered("year_name_after")))
THE_BEFORE_YEAR = re.compile(r"\b[Tt]he\s+$")


UPCOMING_DAYS = 60
# "In December 2021, Vice President Harris called on ...", "In 2024, President Trump promised ...": said in a month
# or a year before the report, on a day the text does not give.
_PERIOD_OPENING = r"(?:[Ii]n|[Dd]uring|[Bb]ack in|[Ee]arlier in|[Ll]ate|[Ee]arly)\s+(?:(?:early|late|mid-?)\s*)?"
PERIOD = re.compile(rf"\b{_PERIOD_OPENING}(?:({MONTH})\s+)?(?:of\s+)?(1[89]\d\d|20\d\d)\b")
# "In August, CBP announced that ..." in a November report: a month gone by, no day.
PERIOD_MONTH = re.compile(rf"{_PERIOD_OPENING}({MONTH})(?=,|\s+(?!\d))")
_UNDATED = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered("undated_periods"))
# (after a connective and its comma: "In addition, earlier this year the FCC proposed ...", a White House fact sheet)
UNDATED_OPENING = re.compile(rf"(?:(?:In\s+addition|Also|Meanwhile|Separately|Similarly|However|Likewise),\s+)?"
                             rf"(?i:{_UNDATED})\b,?\s")
# ... or inside a fronted occasion: "In his keynote speech at the Eastern Economic Forum held earlier this month in
# Vladivostok, Moon said that ..." (The Korea Herald; seed17)
UNDATED_FRONTED = re.compile(rf"(?:In|At|During)\s[^,.;:!?\n\"“”]{{0,120}}?\b(?i:{_UNDATED})\b[^,.;:!?\n\"“”]{{0,60}},\s")
# ... or a fronted occasion told by its month, no day: "Earlier, at a debate on anti-terrorism at the United Nations
# General Assembly in June, Ambassador Dang Hoang Giang ... mentioned the incident, saying ..." (VietnamPlus; set BN
# 011), not the day of the press conference the sentence before told (not "at a press conference in Hanoi on July 6",
# a day; nor "in June 2023 ..." before a day: the month closes the occasion at its comma).
_FRONTED_CONNECTIVES = alternatives("fronted_connectives")
MONTH_FRONTED = re.compile(rf"(?:(?i:{_FRONTED_CONNECTIVES}),\s+)?(?i:at|in|during)\s[^,.;:!?\n\"“”]{{0,120}}?\bin\s+"
                           rf"(?:early\s+|mid-|late\s+)?{MONTH}(?:\s+(?:of\s+)?(?:19|20)\d\d)?,\s")
UNDATED_BEFORE_CUE = re.compile(rf"\b(?:(?:{_UNDATED})\s+(?:also\s+)?[a-z]+|[a-z]+\s+(?:{_UNDATED}))\s+(?:that\s+|on\s+)?$")
# A frame that puts the saying a span away from another day the text does not give: "The RoRe was conducted a week
# after the DFA announced it has reached ...", "two days before the ministry said ...": undated.
SPAN_BEFORE_CUE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|several|few|\d{1,2})\s+(?:days?|weeks?|months?|"
                             # (an initial's stop no end: "a day after U.S. Secretary of State Hillary Rodham Clinton
                             # told ..."; AP via Newsmax, set BU 004)
                             r"years?)\s+(?:after|before)\s+(?:[^,.;:!?\n]|(?<=\b(?-i:[A-Z]))\.){1,80}$", re.I)
# A month with no day right before the words: "The Toronto-based luxury apparel maker said in March that it was laying
# off ..." (a Canadian Press list; set M): said that month, on a day the text does not give.
# (not "told Reuters ... that in February, Opec had underproduced": the month opens the words; Reuters-21578)
MONTH_BEFORE_WORDS = re.compile(rf"\b(?!that\b)[a-z]+\s+in\s+(?:early\s+|mid-|late\s+)?({MONTH})(?:\s+\d{{4}})?,?\s+(?:that\s+)?$")
# ... or a year: "Bornstein told CNN in 2018 that Trump 'dictated that whole letter'" (Zyte, the lead's round 31): said
# that year, on a day the text does not give.
YEAR_BEFORE_WORDS = re.compile(r"\b(?!that\b)[a-z]+(?:\s+[A-Z][\w.&’'-]*){0,3}\s+in\s+(?:early\s+|mid-|late\s+)?(?:19|20)\d\d,?\s+"
                               r"(?:that\s+)?$")
# An "as" clause recalling the speaker's earlier words, on no day the text gives: the present perfect ("As President
# Biden has said, ...", "As the President has made clear, ...") or a year or month gone by ("As President Biden made
# clear during his visit to Maui last year, ..."; White House fact sheets, set R): said before the release, undated.
# (not a bound of the words' content: "As of last month, Wang said, the office had received 1,906 gifts ..." (Taipei
# Times; set BF 002) was said on the story's day)
AS_RECALLED = re.compile(r"(?:(?:But|And|So)\s+)?As\s+(?!of\b|at\b)[^,.;:!?\"“”\n]{1,100}?(?:\b(?:has|have)\s+(?:[a-z]+ly\s+)?"
                         r"(?:said|noted|stated|made\s+clear|emphasi[sz]ed|stressed|pointed\s+out|underscored|warned|"
                         r"argued|called|urged)\b|\b(?:last\s+(?:year|month)|earlier\s+this\s+year|in\s+the\s+past|"
                         r"previously)\b)[^,.;:!?\"“”\n]{0,80},\s")
LAST_WEEKDAY = re.compile(r"last\s+(?:" + "|".join(WEEKDAYS) + r")\b", re.I)


def day_across_span(body: str, start: int, end: int, dates) -> tuple[str, str] | None:
    """The day a frame told as a span away from the sentence's own day: "Japan on Tuesday lodged a protest, a day after
    South Korean Foreign Minister Kang Kyung-wha said ..." was said on Monday (dates16). (date, kind), or None when
    the sentence gives no day before the span or the span is no count of days or weeks."""
    m = SPAN_BEFORE_CUE.search(body, start, end)
    if not m:
        return None
    inside = dates.in_span(m.start(), end, with_kind=True)
    if inside:
        return inside[-1]     # the frame's own day inside the span: "a day after Kang said on Sunday the ..."
    count, unit, relation = m.group().split()[:3]
    n = COUNT_WORDS.get(count.lower()) or (int(count) if count.isdigit() else None)
    own = dates.in_span(start, m.start(), with_kind=True)
    if n is None or not own or not unit.lower().startswith(("day", "week")):
        return None
    n *= 7 if unit.lower().startswith("week") else 1
    day = date.fromisoformat(own[-1][0]) + timedelta(days=-n if relation.lower() == "after" else n)
    if dates.base and day > dates.base:
        return None
    return day.isoformat(), "relative"


# A fact sheet's timeline item: "August 2022: The U.S. Attorney's Office ... announced the conviction of ...".
PERIOD_HEADING = re.compile(rf"({MONTH})\s+(1[89]\d\d|20\d\d)\s*(?::|[–—-]\s)")


# A frame after the words that says they were said in a time gone by with no day: '"...," John Williams, the president
# of the Federal Reserve Bank of New York, said in a speech last week.' (Zyte): undated, not the report's day.
# (not inside a clause of the speaker's after the frame: '"...," said Bouey who was replaced by deputy governor John
# Crow last month.', Reuters)
UNDATED_AFTER_WORDS = re.compile(rf"[\"”’,\s]*[^.!?\n\"“”]{{0,160}}?\b(?:said|says|told|wrote|added|stated|declared|noted)\b"
                                 rf"(?:(?!\b(?:who|whom|whose|which|that|when|after|before|as|since)\b)[^.!?\n\"“”]){{0,60}}?"
                                 rf"\b(?i:{_UNDATED})\b\s*[.!?]?\s*$")


def period_after(body: str, end: int, s1: int) -> bool:
    """Does the frame after the words at end, to its sentence's end s1, put them in a time gone by with no day?"""
    return UNDATED_AFTER_WORDS.match(body, end, s1) is not None


def period_before(body: str, start: int, end: int, base: date | None) -> bool:
    """Does the sentence at body[start:end] open by saying its statement was made in a month or year before the
    publication month, with no day? (Not a year later in the sentence: "rejected Modi's statement about a strike
    back in 2016, and said ..." was said at the briefing.)"""
    opening = start + len(body[start:end]) - len(body[start:end].lstrip())
    m = PERIOD.match(body, opening, end) or PERIOD_HEADING.match(body, opening, end)
    if not m:
        return PERIOD_MONTH.match(body, opening, end) is not None or UNDATED_OPENING.match(body, opening, end) is not None \
            or UNDATED_FRONTED.match(body, opening, end) is not None \
            or MONTH_FRONTED.match(body, opening, end) is not None \
            or UNDATED_BEFORE_CUE.search(body, opening, end) is not None or SPAN_BEFORE_CUE.search(body, opening, end) is not None \
            or MONTH_BEFORE_WORDS.search(body, opening, end) is not None or AS_RECALLED.match(body, opening, end) is not None \
            or YEAR_BEFORE_WORDS.search(body, opening, end) is not None
    year, month = int(m.group(2)), _month(m.group(1)) if m.group(1) else None
    return base is None or year < base.year or (month is not None and year == base.year and month < base.month)


def _upcoming(base: date, month: int, day: int) -> bool:
    """A day without a year up to two months after publication is coming ("thanked President Parmelin for hosting
    the U.S.-Russia Summit in Geneva on June 16" in a readout of June 15): that year's, so it dates nothing said,
    rather than the same day a year before."""
    try:
        return 0 < (date(base.year, month, day) - base).days <= UPCOMING_DAYS
    except ValueError:
        return False


# A year after a name's acronym in brackets: "the UN Convention on the Law of the Sea (UNCLOS) 1982".
ACRONYM_BEFORE_YEAR = re.compile(r"\([A-Z]{2,10}\)\s+$")
# ... or closing the name, before its acronym: "the United Nations Convention on the Law of the Sea 1982 (UNCLOS)"
# (a capitalised word of the name before the year, never a month's: "December 2019 (AFP)" is a day of the text).
ACRONYM_AFTER_YEAR = re.compile(r"\s*\([A-Z]{2,10}\)")
NAME_WORD_BEFORE_YEAR = re.compile(r"\b([A-Z][a-z]+)\s+$")
# ... or right after the bare acronym, in running text: "adhere to UNCLOS 1982 and the DOC", "(UNCLOS 1982)"
# (sggp.org.vn; seed19: "said on June 6" is no day of 1982). Not a month's or a weekday's capitals ("JUNE 2019"),
# nor in a line of capitals (a headline's "MOFA PRESS CONFERENCE 2019").
BARE_ACRONYM_BEFORE_YEAR = re.compile(r"(?<![\w.])([A-Z]{3,10})\s+$")


def _bare_acronym_before(body: str, start: int) -> bool:
    word = BARE_ACRONYM_BEFORE_YEAR.search(body, max(0, start - 12), start)
    if word is None or re.fullmatch(MONTH, word.group(1), re.I) or word.group(1).lower() in WEEKDAYS:
        return False
    before = body[max(0, word.start() - 30):word.start()]
    # (not an outlet's copyright: "Copyright © ANTARA 2024" dates the page; en.antaranews.com, own set A)
    return any(c.islower() for c in before) and "©" not in before and "opyright" not in before


# ... or between a name's capitalised word and a lower-case head: "ahead of the Visit Malaysia 2026 campaign"
# (freemalaysiatoday.com; dates15), "the G20 2019 summit"; not after a preposition opening a phrase ("In 2019 summit
# talks ...") or a month.
NAME_BEFORE_YEAR = re.compile(r"\b(?!(?:In|By|Since|Until|From|Of|On|At|For|Before|After|During|Through)\s)"
                              r"([A-Z][\w-]*)\s+$")


def _named_by_word_and_head(body: str, start: int, end: int) -> bool:
    word = NAME_BEFORE_YEAR.search(body, max(0, start - 20), start)
    return bool(word and not re.fullmatch(MONTH, word.group(1), re.I) and NAMED_YEAR_AFTER_THE.match(body[end:end + 60]))


# A weekday after a lone given name that a cue or a comma's frame introduces: "said Julie Sunday, assistant deputy
# minister" is her surname, no day (ctvnews.ca; quotes23); "Tony Blair Monday" keeps its day.
GIVEN_NAME_BEFORE_DAY = re.compile(r"(?:\b[a-z]+|,)\s([A-Z][a-z]+)\s$")


def _surname_of_given_name(body: str, start: int, end: int) -> bool:
    word = GIVEN_NAME_BEFORE_DAY.search(body, max(0, start - 25), start)
    return bool(word) and body[start:end].lower() in WEEKDAYS and is_given_name(word.group(1))


def _in_a_name(body: str, m) -> bool:
    """A year that is part of a name ('Agenda 2063', 'the 1982 Convention on the Law of the Sea', 'Vision 2030',
    '(UNCLOS) 1982') says nothing of when the text was written (issue 8: a convention named by its year is no date)."""
    start, end = m.start(), m.end()
    after = body[end:end + 60]
    return bool(NAMED_YEAR_BEFORE.search(body, max(0, start - 12), start) or NAMED_YEAR_AFTER.match(after)
                or ACRONYM_BEFORE_YEAR.search(body, max(0, start - 14), start) or _bare_acronym_before(body, start)
                or _acronym_after(body, start, end) or _named_by_word_and_head(body, start, end)
                or (NAMED_YEAR_AFTER_THE.match(after) and THE_BEFORE_YEAR.search(body, max(0, start - 5), start)))


def _acronym_after(body: str, start: int, end: int) -> bool:
    """'... the Law of the Sea 1982 (UNCLOS)': the year closes a name whose acronym follows in brackets."""
    word = NAME_WORD_BEFORE_YEAR.search(body, max(0, start - 20), start)
    return bool(word and not re.fullmatch(MONTH, word.group(1), re.I) and ACRONYM_AFTER_YEAR.match(body, end))


def _month(word: str) -> int | None:
    key = word.lower()[:3]
    names = [m[:3].lower() for m in ordered("months")]
    return names.index(key) + 1 if key in names else None
