"""Audit round dates18: the day each statement was said in English news reports of officials from outlets worldwide
(Bangladeshi, Kenyan, Pakistani, Iranian, Turkish, Malaysian, Indonesian, South African, Mexican and Greek pages,
agency copy and its reprints). Each test reads a real passage (its page's URL in a comment) as the pipeline does and
asserts what an annotator expects."""
from pressarchive.clean import parse_dateline
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "X told it at <occasion> on <day>": the occasion of the words quoted before ------------------------------------

TOFAIL = '''
Tofail dismisses BNP’s claim of ‘diplomatic failure’

Commerce Minister Tofail Ahmed dismissed BNP’s claims that the government has failed to resolve the Rohingya issue diplomatically.

"If the government had not gained diplomatic success in dealing with Rohingya crisis, the Turkish president, the British prime minister and others would not have thanked our Prime Minister (Sheikh Hasina)," said he.

Tofail told it at a discussion at the Dhaka University campus on Monday night.

The minister said opposing on all issues just for the sake of opposition is 'not fair at all'.

"We have given shelter to them on humanitarian grounds. But we urge the Myanmar government to repatriate their displaced people," he said.
'''


def test_told_it_at_an_occasion_dates_the_words_before_and_after():
    # https://mail.thefinancialexpress.com.bd/national/tofail-dismisses-bnps-claim-of-diplomatic-failure-1509381587
    # ("Updated: October 31, 2017", a Tuesday: "on Monday night" is 30 October)
    doc, sts = excerpt(page(TOFAIL, "2017-10-31"))
    assert [(w, d) for w, d, _ in said(sts, "diplomatic success")] == [("Tofail Ahmed", "2017-10-30")]
    assert [(w, d) for w, d, _ in said(sts, "not fair at all")] == [("Tofail Ahmed", "2017-10-30")]
    assert [(w, d) for w, d, _ in said(sts, "repatriate")] == [("Tofail Ahmed", "2017-10-30")]


def test_told_it_is_no_statement_of_its_own():
    # (same page): "it at a discussion at the Dhaka University campus on Monday night" is the occasion, no words
    doc, sts = excerpt(page(TOFAIL, "2017-10-31"))
    assert not said(sts, "Dhaka University")
    assert not said(sts, "discussion")


# --- a year-less dateline at an address with the year and month only ------------------------------------------------

CAPITAL_FM = '''
Connect with us

Hi, what are you looking for?

top

Kenya

Govt slams reports of Cabinet disagreements

NAIROBI, May 16 – The Government has on Friday dismissed media reports on deliberations of the first Grand Coalition Cabinet meeting, which described the Thursday event as wrought with disagreement.

Mutua sought to clarify that the issues of the outlawed Mungiki sect and the Anglo Leasing scandal were not on the agenda and were therefore not discussed.

“Quotes attributed to what was said and by who in the Cabinet meeting are manufactured and deceitful. Cabinet discussions are secret and there is no public discussion of deliberations in the Cabinet meeting room,” Government spokesman Alfred Mutua said in the statement.
'''


def test_yearless_dateline_takes_the_year_of_an_address_with_its_month():
    # http://www.capitalfm.co.ke/news/2008/05/govt-slams-reports-of-cabinet-disagreements/ (no date printed but the
    # dateline's "May 16", a Friday in 2008: the Government's "on Friday" and its spokesman's statement are that day)
    doc, sts = excerpt(page(CAPITAL_FM, url="http://www.capitalfm.co.ke/news/2008/05/govt-slams-reports-of-cabinet-"
                                             "disagreements/"))
    assert doc.published[:10] == "2008-05-16"
    assert [(w, d) for w, d, _ in said(sts, "manufactured and deceitful")] == [("Alfred Mutua", "2008-05-16")]


def test_yearless_dateline_of_another_month_than_the_address_gives_no_day():
    # (the same page at an address of another month: the dateline's day is not that month's, nothing to tell)
    doc, sts = excerpt(page(CAPITAL_FM, url="http://www.capitalfm.co.ke/news/2008/06/govt-slams-reports/"))
    assert not doc.published
    assert [d for _, d, _ in said(sts, "manufactured and deceitful")] == [None]


# --- a briefing's transcript reprinted under another headline: the line saying who held it and when ----------------

PEOPLES_DAILY = '''
Latest News:

Beijing   Sunny/Cloudy    13 / 1 ℃  City Forecast

English>>Foreign Affairs

FM press conference on Dec. 3 (Full Text)

(People's Daily Online)

15:44, December 07, 2012

Foreign Ministry Spokesperson Hong Lei held a press conference on December 3, 2012. (Photo/ Foreign Ministry of China)

Q: It is reported that Peña Nieto swore in as President of Mexico on December 1. What is China's comment?

A: China congratulates Mr. Peña on taking office as President of Mexico. China always attaches great importance to the development of China-Mexico friendly and cooperative relations.

Q: The Singaporean Ministry of Manpower reportedly said in a statement on December 1 that the work permits of 29 Chinese bus drivers who went on strike a few days ago had been revoked. Please brief us on the Chinese side's response.

A: The Chinese Foreign Ministry pays great attention to the case. The 29 repatriated Chinese citizens already returned to China on December 2.
'''


def test_reprinted_transcript_answers_are_the_briefers_on_the_day_held():
    # http://en.people.cn/90883/8050771.html (posted "15:44, December 07, 2012"; the briefing of December 3): the
    # "Latest News:" ticker opening the page is no "Related" block cutting the story's first lines, the line saying
    # who held the briefing names the one who answers, and its day dates every answer
    doc, sts = excerpt(page(PEOPLES_DAILY, "2012-12-07"))
    assert [(w, d) for w, d, _ in said(sts, "congratulates Mr. Peña")] == [("Hong Lei", "2012-12-03")]
    assert [(w, d) for w, d, _ in said(sts, "pays great attention")] == [("Hong Lei", "2012-12-03")]
    assert not said(sts, "held a press conference")
    assert not said(sts, "swore in")


def test_held_line_dates_a_briefing_posted_more_than_a_week_later():
    # http://english.people.com.cn/90883/8031026.html ("17:05, November 22, 2012"; the briefing of November 14)
    text = PEOPLES_DAILY.replace("December 07, 2012", "November 22, 2012").replace("December 3, 2012", "November 14, 2012")
    doc, sts = excerpt(page(text, "2012-11-22"))
    assert [(w, d) for w, d, _ in said(sts, "pays great attention")] == [("Hong Lei", "2012-11-14")]


# --- a stamp in Malay on an English page ---------------------------------------------------------------------------

def test_malay_stamp_is_the_publication_day():
    # https://m.malaysiakini.com/news/460622 ("17 Jan 2019, 9:14 pagi": "today" is the 17th)
    assert parse_dateline("17 Jan 2019, 9:14 pagi") == "2019-01-17"
    assert parse_dateline("3 Dis 2019, 5:20 pagi") == "2019-12-03"     # (https://m.malaysiakini.com/news/502204)
    assert parse_dateline("3 Dis 2019") is None
    doc, sts = excerpt(page('''
Minister welcomes Umno Youth's move to monitor prices

Susan Loone

17 Jan 2019, 9:14 pagi

Updated a year ago


In rare praise by a federal minister for his party's arch-rival, Minister for Domestic Trade and Consumers Affairs Saifuddin Nasution has welcomed Umno Youth's offer to monitor the prices of goods.

Speaking to reporters in Penang today, Saifuddin said the move was "exemplary" and should be applauded.
'''))
    assert doc.published[:10] == "2019-01-17"
    assert [(w, d) for w, d, _ in said(sts, "exemplary")] == [("Saifuddin Nasution", "2019-01-17")]


# --- a masthead's date over a story whose publication date is labelled further down ---------------------------------

def test_labelled_publish_date_below_the_story_beats_the_masthead():
    # https://english.khabarhub.com/2023/18/289756/! (the site's "Monday, January 12th, 2026" over a story closed by
    # "Publish Date : 18 January 2023 21:40 PM")
    doc, sts = excerpt(page('''
Monday, January 12th, 2026

Govt makes it mandatory to include MoFA reps during meetings of sitting ministers with the foreign reps



KATHMANDU: The Council of Ministers has decided to enforce the mandatory provision for all ministers to have representatives of the Ministry of Foreign Affairs (MoFA) while holding meetings with the representatives of foreign countries.

A cabinet meeting held at the Prime Minister’s official residence in Baluwatar on Wednesday made a decision to this effect, according to Deputy Prime Minister and Finance Minister Bishnu Poudel.

Paudel said that the cabinet meeting decided that when the ministers meet representatives of foreign countries, it is mandatory to have a representative of the MoFA.

Publish Date : 18 January 2023 21:40 PM
''', url="https://english.khabarhub.com/2023/18/289756/!"))
    assert doc.published[:10] == "2023-01-18"


def test_masthead_alone_stays_the_pages_date():
    # (the same page without its labelled line: nothing below tells another day)
    doc, _ = excerpt(page('''
Monday, January 12th, 2026

Govt makes it mandatory to include MoFA reps during meetings of sitting ministers with the foreign reps

KATHMANDU: The Council of Ministers has decided to enforce the mandatory provision for all ministers to have representatives of the Ministry of Foreign Affairs (MoFA) while holding meetings with the representatives of foreign countries.
'''))
    assert doc.published[:10] == "2026-01-12"


# --- a site's date of the day in two calendars: no publication date -------------------------------------------------

def test_masthead_with_its_hijri_day_is_no_publication_date():
    # https://english.aaj.tv/news/10458869/i.aaj.tv (a 2019 statement of the Foreign Office spokesperson Dr. Muhammad
    # Faisal under the site's "Saturday, November 23, 2024" / "21 Jumada Al-Awwal 1446": the page gives no day)
    doc, sts = excerpt(page('''
Aaj English TV

Saturday, November 23, 2024  
21 Jumada Al-Awwal 1446  

Pakistan condemns provocative statements of Indian Defence Minister

Pakistan has condemned recent provocative statements made by Indian Defence Minister Rajnath Singh during election rallies in Haryana.

In a statement, Foreign Office Spokesperson Dr. Muhammad Faisal said these provocative statements from a senior Minister in the Indian government provide another insight into the BJP mindset, a mix of extremist ideology, hegemonic ambitions, and obsession with Pakistan.
'''))
    assert not doc.published
    assert [(w, d) for w, d, _ in said(sts, "BJP mindset")] == [("Muhammad Faisal", None)]


# --- a stamp in Spanish under the headline's dek --------------------------------------------------------------------

def test_spanish_stamp_under_the_dek_is_the_publication_day():
    # https://www.univision.com/univision-news/latin-america/mexican-foreign-minister-says-relationship-with-trump-
    # will-seek-to-avoid-insults ("9 Ene 2017 – 01:33 PM EST", a Monday, under the one-sentence dek)
    assert parse_dateline("9 Ene 2017 – 01:33 PM EST") == "2017-01-09"
    doc, sts = excerpt(page('''
Latin America

Mexican Foreign Minister says relationship with Trump will seek to avoid insults

The newly appointed Secretary of Foreign Relations, Luis Videgaray, said Mexicans in the United States "are not criminals" and would be treated with respect.
9 Ene 2017 – 01:33 PM EST

When U.S. President-elect Donald Trump takes office, Mexico will opt for dialogue and negotiation with its northern neighbor, rather than insults and conflict, Mexico’s newly-installed foreign minister, Luis Videgaray, told a meeting of diplomats on Monday.

“We will negotiate but always making it clear ... that our compatriots in the United States are not criminals," he said.
'''))
    assert doc.published[:10] == "2017-01-09"
    assert [d for _, d, _ in said(sts, "compatriots")] == ["2017-01-09"]


# --- an address's day against the site's date of the day --------------------------------------------------------------

def test_site_clock_with_a_comma_set_apart_gives_way_to_the_address_day():
    # https://www.keeptalkinggreece.com/2012/11/26/greece-denies-samaras-said-coalition-could-fall-without-aid-
    # tranche-decision/ (no date in its front matter; the site's "Thursday , March 23 2023" over a story of 2012)
    doc, _ = excerpt(page('''
Thursday , March 23 2023
Home / News / Politics / Greece denies Samaras said coalition could fall without aid tranche decision

Greece denies Samaras said coalition could fall without aid tranche decision

Greece’s government spokesman Simos Kedikoglou dismissed rumors published by international media on Monday afternoon, that Prime Minister Antonis Samaras made a dramatic appeal to Eurogroup chief Jean-Claude Juncker.
''', url="https://www.keeptalkinggreece.com/2012/11/26/greece-denies-samaras-said-coalition-could-fall-without-aid-"
         "tranche-decision/"))
    assert doc.published[:10] == "2012-11-26"


def test_day_opening_the_slug_of_the_address():
    # https://www.middleeastmonitor.com/20210213-turkey-responds-to-outcomes-of-friendship-forum/ (no date printed)
    doc, _ = excerpt(page('''
Turkey responds to outcomes of Friendship Forum

The Turkish Ministry of Foreign Affairs expressed its rejection of the accusations and defamation against its country by the Greek minister of foreign affairs in the press release issued at the end of the Philia Forum in Athens.
''', url="https://www.middleeastmonitor.com/20210213-turkey-responds-to-outcomes-of-friendship-forum/"))
    assert doc.published[:10] == "2021-02-13"
