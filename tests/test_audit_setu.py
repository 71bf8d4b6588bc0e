"""Audit round setu: English news reports of spokespeople, ministers and named bodies as Korean, Vietnamese,
Japanese, Chinese and Philippine outlets report them (set U train documents). Each test reads a real passage (its
page's URL in a comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the
words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a body's name whose portfolio has an "and": "Centers for Disease Control and Prevention" ----------------------

KCDC = '''
(Yonhap)

South Korea reported 34 more cases of the new coronavirus Tuesday, with the number of imported cases almost twice that of local infections, health authorities said.

The new cases -- 21 imported cases and 13 local infections -- raised South Korea's total cases of COVID-19 to 14,423, according to the Korea Centers for Disease Control and Prevention (KCDC).

Of the local infections, Gyeonggi Province surrounding Seoul accounted for the largest share with 11, followed by Seoul with nine and the southern city of Gwangju with two, the KCDC said.
'''


def test_body_name_goes_on_past_and_in_its_portfolio():
    # http://www.koreaherald.com/view.php?ud=20200804000216 (set U 014)
    _, sts = excerpt(page(KCDC, date="2020-08-04"))
    assert [(w, d) for w, d, _ in said(sts, "raised South Korea's total cases")] == \
        [("Korea Centers for Disease Control and Prevention", "2020-08-04")]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Korea Centers"]


def test_and_before_a_person_closes_the_body_name():
    # (the rule's edge) "the Department of Transportation and Mayor John Smith": a body and a person, not one name
    _, sts = excerpt(page('''
The road to the port will stay closed until Friday, according to the Department of Transportation and Mayor John Smith.

Rice exports rose 5 percent in May, according to the Ministry of Agriculture and Rural Development.
''', date="2020-08-04"))
    assert not [st for st in sts if st.speaker and "Mayor" in st.speaker.name]
    assert [w for w, _, _ in said(sts, "Rice exports rose")] == ["Ministry of Agriculture and Rural Development"]


# --- a lede's unnamed official, named in the next paragraph with an official's description ------------------------

NDRC = '''
(Xinhua) 10:47, December 22, 2020

BEIJING, Dec. 21 (Xinhua) -- China's electricity supply is largely stable, an official with the country's top economic planning body said Monday.

Household electricity consumption in provinces including Hunan, Jiangxi and Zhejiang has not been affected, Zhao Chenxin, secretary general of the National Development and Reform Commission (NDRC), told a press conference.
'''


def test_lede_official_is_the_one_named_next():
    # http://en.people.cn/n3/2020/1222/c90000-9801610.html (set U 007)
    _, sts = excerpt(page(NDRC, date="2020-12-22"))
    assert said(sts, "China's electricity supply is largely stable") == \
        [("Zhao Chenxin", "2020-12-21", "China's electricity supply is largely stable")]


def test_lede_official_named_next_from_an_inverted_frame():
    # http://en.people.cn/n3/2022/0728/c90000-10128394.html (set U 008): "said He Yang, an official from ..."
    _, sts = excerpt(page('''
BEIJING, July 27 (Xinhua) -- China has taken a slew of measures to ensure an adequate supply of power amid the growing demand for electricity during the summer, an energy official said on Wednesday.

Since July, the demand for power has been rapidly increasing due to the high temperatures that have struck many regions of the country, said He Yang, an official from the National Energy Administration, at a press conference.
''', date="2022-07-28"))
    assert [(w, d) for w, d, _ in said(sts, "a slew of measures")] == [("He Yang", "2022-07-27")]


def test_lede_official_of_another_country_is_not_the_one_named_next():
    # (the rule's edge) a US official in the lede, a Chinese spokesman named next: two people; nor a professor
    _, sts = excerpt(page('''
BEIJING, Dec. 21 (Xinhua) -- The talks will resume in January, a US official said Monday.

The talks must respect China's core interests, Wang Wenbin, spokesman of the Chinese Foreign Ministry, told a press conference.
''', date="2020-12-22"))
    assert said(sts, "The talks will resume in January") == []
    _, sts = excerpt(page('''
BEIJING, Dec. 21 (Xinhua) -- Coal supplies will be enough this winter, an official said Monday.

Prices may still rise, Li Ming, a professor at Peking University, told reporters.
''', date="2020-12-22"))
    assert said(sts, "Coal supplies will be enough") == []


# --- "X has asked/requested Y to ...": a request with its addressee; "the Deputy PM" is the deputy prime minister ----

VISA = '''
The Government Office has announced Deputy Prime Minister Vu Duc Dam’s intention to rectify difficulties facing tourists applying for Vietnamese visa extensions.

The Deputy PM has asked the Ministry of Public Security to work with the Ministry of Culture, Sports and Tourism (MoCST) and other relevant bodies to facilitate the renewal of visiting permits by 15 days for tourists hailing from countries which allow Vietnamese people to enter without visas.

He has also requested the MoCST to strengthen its supervision of international tourism agencies in guaranteeing and managing their tourists in their extended visa period.
'''


def test_request_with_its_addressee_and_the_deputy_pm():
    # https://en.vietnamplus.vn/tourist-visa-extensions-to-be-made-easier-post76483.vnp (set U 004)
    _, sts = excerpt(page(VISA))
    assert [w for w, _, _ in said(sts, "the MoCST to strengthen its supervision")] == ["Vu Duc Dam"]
    assert [w for w, _, _ in said(sts, "the Ministry of Public Security to work with")] == ["Vu Duc Dam"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Government Office" and "MoCST" in st.text]


def test_request_of_a_thing_or_inside_another_frame_is_no_statement():
    # (the rule's edges) a thing requested; a request inside a spokeswoman's words (set A vn/070) stays hers
    _, sts = excerpt(page('''
A senior diplomat, who requested anonymity to discuss the talks, said the deal was close.

John Smith requested a meeting with the minister to discuss the plan.

President Biden requests congressional authorization to fully cover the cost of rebuilding the bridge.

Brazil first requested the 300 mln dlr credit last November, to help it develop the sale and generation of electric power.

Vietnam requests China to respect its sovereignty and take no actions that escalate tensions, spokesperson of the Vietnamese Ministry of Foreign Affairs Le Thi Thu Hang said.
''', date="2019-08-03"))
    assert said(sts, "to discuss the talks") == [] and said(sts, "a meeting with the minister") == []
    assert said(sts, "congressional authorization") == [] and said(sts, "300 mln dlr credit") == []
    assert [w for w, _, _ in said(sts, "China to respect its sovereignty")] == ["Lê Thị Thu Hằng"]


# --- words going on from a briefing its frame dated, weeks before the report ----------------------------------------

CONSULAR = '''
By XU WEI | China Daily

Updated: July 26, 2023

Deng Li, vice-minister of foreign affairs, told a news briefing on July 14 that the ministry will take steps to improve the consular protection abilities of diplomatic missions, while encouraging insurance companies, law firms and security companies to get involved in the protection of overseas citizens.

He said the ministry encourages citizens abroad, or those who plan to travel overseas, to register through the China Consular Affairs mobile app to secure better access to consular services.

Meanwhile, the ministry will keep close tabs on global security situations to ensure they can issue timely warnings, Deng added.
'''


def test_going_on_from_a_dated_briefing_is_of_that_briefing():
    # https://enapp.chinadaily.com.cn/a/202307/26/AP64c064baa31003c0fbfbbbd5.html (set U 013)
    _, sts = excerpt(page(CONSULAR, date="2023-07-26"))
    for marker in ("will take steps to improve", "register through the China Consular Affairs", "keep close tabs"):
        assert [(w, d) for w, d, _ in said(sts, marker)] == [("Deng Li", "2023-07-14")], marker


def test_going_on_with_a_day_of_its_own_keeps_it():
    # (the rule's edge) a sentence with its own day is not the briefing's
    _, sts = excerpt(page(CONSULAR.replace("He said the ministry encourages", "He said on Monday the ministry encourages"),
                          date="2023-07-26"))
    assert [d for _, d, _ in said(sts, "register through the China Consular Affairs")] != ["2023-07-14"]


# --- "the commission" after a body a country's possessive named in lower case ---------------------------------------

def test_the_commission_is_the_lower_case_body_named_before():
    # https://m-en.yna.co.kr/view/AEN20220306000900325 (set U 002)
    _, sts = excerpt(page('''
10:10 March 06, 2022

SEOUL, March 6 (Yonhap) -- South Korea's national election commission on Sunday apologized for allegedly poor management of the early voting for the March 9 presidential election, but it dismissed any suggestion of electoral foul play.

"We are sorry and regretful for having caused inconvenience during the early voting for COVID-19 patients yesterday," the commission said in a statement, vowing to swiftly address the issue for the upcoming election day.
''', date="2022-03-06"))
    assert [(w, d) for w, d, _ in said(sts, "We are sorry and regretful")] == [("National Election Commission", "2022-03-06")]
    # ... and its "vowing to" after the words, a second statement (as "promising to" is)
    assert said(sts, "to swiftly address the issue") == \
        [("National Election Commission", "2022-03-06", "to swiftly address the issue for the upcoming election day")]
    assert not [st for st in sts if "We are sorry" in st.text and "vowing" in st.text]


def test_the_commission_is_no_body_a_word_of_no_name_describes():
    # (the rule's edge) "the country's own commission", a noun that is no body's: no one named
    _, sts = excerpt(page('''
Japan's own commission on the matter met on Monday.

"We will review the rules," the commission said in a statement.
''', date="2022-03-08"))
    assert not [st for st in sts if st.speaker and "Own" in st.speaker.name]


# --- "projected that": a forecast told -----------------------------------------------------------------------------

def test_projected_that_frames_a_forecast():
    # https://tribune.net.ph/2026/03/13/24-ofws-in-jeddah-to-return-via-singapore-repatriation-flight (set U 011)
    _, sts = excerpt(page('''
During a Senate hearing last week, DFA Assistant Secretary Germina Usudan projected that the war in the Middle East is likely to continue for four to eight weeks more, citing reports obtained by their offices in the region.

The infrastructure projects that were approved last year will cost P2 billion, Senator Juan Cruz said.
''', date="2026-03-13"))
    assert [w for w, _, _ in said(sts, "the war in the Middle East is likely to continue")] == ["Germina Usudan"]
    # "projects that" is a noun and its relative clause, no frame
    assert [w for w, _, _ in said(sts, "will cost P2 billion")] == ["Juan Cruz"]


# --- a page with no date of its own, closed by its source's credit with a date ---------------------------------------

def test_closing_credit_dates_a_page_that_prints_no_date():
    # http://www.japan-press.co.jp/2008/2571/iraq_3.html (set U 005): the year only in "- Akahata, April 19, 2008"
    _, sts = excerpt(page('''
On April 18, the day after the Nagoya High Court said that some of the activities in Iraq of the Japanese Self-Defense Forces are unconstitutional, Foreign Minister Masahiko Komura commented on the ruling at a news conference.

He went on to say, "The side that lost the lawsuit has decided not to appeal the (high court) ruling to the Supreme Court. It is unacceptable to use it politically."

- Akahata, April 19, 2008
'''))
    assert [(w, d) for w, d, _ in said(sts, "It is unacceptable to use it politically")] == [("Masahiko Komura", "2008-04-18")]


def test_a_closing_sentence_with_a_date_is_no_credit():
    # (the rule's edge) a sentence of prose ending in a date dates no page
    _, sts = excerpt(page('''
"We will appeal," Foreign Minister Masahiko Komura said on Friday.

He said the ruling would be read on April 19, 2008
'''))
    assert [d for _, d, _ in said(sts, "We will appeal")] == [None]


def test_the_company_is_no_lower_case_body():
    # reuters21578/reut2-003.sgm#115: "the company" after "Petro-Canada, Canada's state-owned oil company" is
    # Petro-Canada, named in capitals; the lower-case rule is for public bodies only
    _, sts = excerpt(page('''
Petro-Canada, Canada's state-owned oil company, said it will drill two delineation wells this summer at the Terra Nova oil field offshore Newfoundland.

"We've had encouraging results from the eastern portion of the field, and we hope this summer's drilling will prove up additional reserves there," the company said.
''', date="1987-03-09"))
    assert not [st for st in sts if st.speaker and "Oil Company" in st.speaker.name]


def test_an_estimate_by_a_body_projected_is_a_document():
    # (Washington Post via Zyte, 2015-11-24) "A 2014 estimate by Congress's Joint Committee on Taxation projected that
    # ...": a document's content, as "A report by Human Rights Watch" is, its year no name
    _, sts = excerpt(page('''
A 2014 estimate by Congress's Joint Committee on Taxation projected that inversions will cost the United States $33.6 billion over a decade.
''', date="2015-11-24"))
    assert said(sts, "inversions will cost") == []
