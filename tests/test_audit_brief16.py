"""Audit round brief16: press-briefing transcripts and statements of governments other than the US and of the UN
(UN noon briefings, Pakistan, Japan and India foreign ministries). Each test reads a real passage (its page's URL in a
comment) as the pipeline does and asserts what an annotator expects."""
from pressarchive.clean import _url_day
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


def titled(title: str, body: str, day: str, url: str) -> str:
    """A page with its own title (the helper page() titles every page "page")."""
    return page(body, day, url).replace('title: "page"', f'title: "{title}"', 1)


# --- the briefing's day from the address of a page that prints none ----------------------------------------------

def test_un_noon_briefing_file_name_gives_the_day():
    # https://press.un.org/en/2023/d230411.doc.htm (the page prints no date; the Secretary-General is Guterres then)
    url = "https://press.un.org/en/2023/d230411.doc.htm"
    doc, sts = excerpt(page('''
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

The following is a near-verbatim transcript of today’s noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.

Good afternoon and welcome to our visiting journalists.  The Secretary-General arrived earlier today in Somalia on his annual solidarity visit for Ramadan.  At the airport, he was received by the Minister of Foreign Affairs of Somalia, Abshir Omar Jama, and soon after, he headed to Villa Somalia, the home of the President of Somalia, for a meeting with President Hassan Sheikh Mohamud.

In a joint media encounter with the President, the Secretary-General said he is also in the country to ring the alarm on the humanitarian crisis, noting that Somalia is experiencing its worst drought in recorded history.  He pointed out that although Somalis make virtually no contribution to climate change, they are among the greatest victims.
''', url=url))
    assert doc.published[:10] == "2023-04-11"
    found = said(sts, "greatest victims")
    assert [d for _, d, _ in found] == ["2023-04-11"]
    assert found[0][0] != "Hassan Sheikh Mohamud" and found[0][0] != "Mohamud"


def test_un_briefing_file_names_old_and_new():
    assert _url_day("https://press.un.org/en/2015/db150429.doc.htm").isoformat() == "2015-04-29"
    assert _url_day("http://www.un.org/press/en/2016/db160413.doc.htm").isoformat() == "2016-04-13"
    assert _url_day("https://press.un.org/en/2022/db221399.doc.htm") is None      # no such day


def test_weekday_and_day_closing_a_briefing_slug():
    # https://mofa.gov.pk/transcript-of-the-media-briefing-by-the-spokesperson-thursday-22-june-2023/
    assert _url_day("https://mofa.gov.pk/transcript-of-the-media-briefing-by-the-spokesperson-thursday-22-june-2023/"
                    ).isoformat() == "2023-06-22"
    assert _url_day("https://mofa.gov.pk/transcript-of-the-press-briefing-by-spokesperson-on-friday-29-july-2022/"
                    ).isoformat() == "2022-07-29"
    # an event's day in a slug without its weekday is not the page's day
    assert _url_day("https://example.org/news/elections-on-12-march-2024-announced/") is None
    assert _url_day("https://example.org/news/polls-due-12-march-2024/") is None


# --- one speaker label under a page's heading lines: the minister's remarks ----------------------------------------

def test_single_label_under_mofa_japan_headings():
    # https://www.mofa.go.jp/press/kaiken/kaiken4e_000776.html
    doc, sts = excerpt(titled("Press Conference by Foreign Minister MOTEGI Toshimitsu", '''
Press Conferences
Press Conference by Foreign Minister MOTEGI Toshimitsu
Friday, April 3, 2020, 5:46 p.m. Ministry of Foreign Affairs
Japanese
Opening Remarks
(1) Japan-Poland Foreign Ministers’ Telephone Talk
Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: Following the meeting of the Committee on Foreign Affairs of the House of Representatives this morning and the meeting of the Committee on Security this afternoon, I held a telephone talk with Foreign Minister Czaputowicz of Poland from 5 p.m. for about 20 minutes.
I expressed gratitude to Foreign Minister Czaputowicz that about 150 Japanese nationals were repatriated to Japan aboard a special chartered flight from LOT Polish Airlines.
''', "2020-04-03", "https://www.mofa.go.jp/press/kaiken/kaiken4e_000776.html"))
    found = said(sts, "telephone talk with Foreign Minister Czaputowicz")
    assert len(found) == 1 and "MOTEGI" in found[0][0].upper() and found[0][1] == "2020-04-03"
    assert "LOT Polish Airlines" in found[0][2]
    assert not said(sts, "Press Conferences") and not said(sts, "Opening Remarks")


# --- procedural openings of India's weekly briefing -----------------------------------------------------------------

def test_mea_opening_with_nothing_to_announce_is_no_statement():
    # https://www.mea.gov.in/media-briefings.htm?dtl/36359/Transcript_of_Weekly_Media_Briefing_by_the_Official_Spokesperson_March_16_2023
    # https://mea.gov.in/media-briefings.htm?dtl/36472/Transcript_of_Weekly_Media_Briefing_by_the_Official_Spokesperson_April_06_2023
    from pressarchive.extract.transcripts import _is_statement
    assert not _is_statement("Very good afternoon to all of you. Thank you for joining us for the special weekly media "
                             "briefing. I don't have any announcements. So, I'm happy to take questions. I know there a "
                             "lot of people who have asked me questions. Let me start with Pranay first.")
    assert not _is_statement("Very good afternoon to all of you. Thank you for joining us for this weekly media briefing. "
                             "I don’t really have any announcements to begin with, so I will take a few questions, and "
                             "we’ll start with you. Yeah, go ahead.")
    assert not _is_statement("That’s not related to this. We’ll take it later on.")
    # an opening with an announcement stays a statement
    assert _is_statement("A very good afternoon to all of you. Thank you for joining us for this weekly media briefing. "
                         "Before we begin, I have one announcement. I am pleased to announce that the Ministry of "
                         "External Affairs will be organizing the third Atal Bihari Vajpayee Memorial Lecture on 23rd "
                         "January, that is the coming Monday. Okay, I'm happy to take a few questions one by one.")
    # a stance after "nothing to announce" without "so" stays: only the procedural run is dropped
    assert _is_statement("We don't have any announcements on the visit yet, but our position on the boundary question "
                         "is well known and has been conveyed to the Chinese side.")


# --- Pakistan's foreign ministry: the briefing of a spokesperson the page never names is the ministry's ------------

PK_BRIEFING = '''
[This is a rush transcript. This copy may not be in its final form and may be updated]


Thanks for joining us for the Weekly Briefing.

Prime Minister Muhammad Shehbaz Sharif is at the Pakistan-Iran border today where he will meet President of the Islamic Republic of Iran, Seyed Ebrahim Raisi. In their meeting, the two leaders will discuss all aspects of bilateral relations and explore new areas of cooperation to further strengthen Pakistan-Iran ties.

Deputy Minister of Interior of the Kingdom of Saudi Arabia Dr. Nasir bin Abdulaziz Al-Dawood visited Pakistan on 16 – 17 May 2023. He called on the Prime Minister, Minister of Interior, and the Minister of Narcotics Control.
'''


def test_unnamed_spokesperson_of_mofa_pakistan_without_a_headline():
    # https://mofa.gov.pk/transcript-of-the-media-briefing-by-the-spokesperson-on-thursday-18-may-2023/
    url = "https://mofa.gov.pk/transcript-of-the-media-briefing-by-the-spokesperson-on-thursday-18-may-2023/"
    text = page(PK_BRIEFING, None, url).replace('title: "page"\n', "")
    doc, sts = excerpt(text)
    assert [(w, d) for w, d, _ in said(sts, "Pakistan-Iran border")] == [("Ministry of Foreign Affairs", "2023-05-18")]
    assert [w for w, _, _ in said(sts, "Al-Dawood visited")] == ["Ministry of Foreign Affairs"]
    assert not said(sts, "rush transcript") and not said(sts, "Thanks for joining")
    # a courtesy call is no speech of the Prime Minister
    assert not [w for w, _, _ in said(sts, "Minister of Narcotics Control") if w != "Ministry of Foreign Affairs"]


def test_unnamed_spokesperson_of_another_site_is_not_the_ministry():
    url = "https://example.org/transcript-of-the-media-briefing-by-the-spokesperson-on-thursday-18-may-2023/"
    doc, sts = excerpt(page(PK_BRIEFING, None, url).replace('title: "page"\n', ""))
    assert not [w for w, _, _ in said(sts, "Pakistan-Iran border") if w == "Ministry of Foreign Affairs"]
