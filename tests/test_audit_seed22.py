"""Audit round seed22: English news reports of government spokespeople (Xinhua and People's Daily copy, Yonhap, Kyodo
and Jiji reprints, Manila Bulletin, Breitbart, Japan Times). Each test reads a real passage (its page's URL in a
comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a bare weekday after the name an inverted frame closes on: "said spokesman Kong Quan Thursday at ..." ----------

def test_weekday_after_the_name_closing_an_inverted_frame():
    # http://en.people.cn/200401/16/eng20040116_132772.shtml (Friday 16 January 2004: "Thursday" is the 15th)
    _, sts = excerpt(page('''
Last updated at: (Beijing Time) Friday, January 16, 2004
China maintains to solve Sino-US trade problems through negotiations
China has always maintained that issues cropping up during the development of Sino-US economic and trade relations should be solved through friendly negotiations, said Chinese Foreign Ministry spokesman Kong Quan Thursday at a regular press conference.
Problems arising during the rapid development of economic and trade relations between China and the United States are unavoidable, Kong said.
''', date="2004-01-16"))
    assert [(w, d) for w, d, _ in said(sts, "cropping up") if w == "Kong Quan"] == [("Kong Quan", "2004-01-15")]
    assert [(w, d) for w, d, _ in said(sts, "unavoidable")] == [("Kong Quan", "2004-01-15")]


def test_weekday_after_a_programme_owned_is_no_day_of_the_frame():
    # (the rule's edge) a possessive before the weekday is a programme's name, not the day: "told GMTV's Sunday
    # programme" (bbc-news/politics); the statement keeps no day of its own
    _, sts = excerpt(page('''
Mr Smith told GMTV's Sunday programme the plans would be published in the spring.
''', date="2005-01-20"))
    assert [d for _, d, _ in said(sts, "plans would be published")] in ([None], ["2005-01-20"])


# --- '"...," he said during a virtual press briefing Monday, March 22 when asked if ...': the quotation is his ------

def test_occasion_and_the_question_asked_after_a_quotations_frame():
    # https://mb.com.ph/2021/03/22/roque-on-presence-of-chinese-vessels-in-west-ph-sea-friends-can-thresh-out-issue
    _, sts = excerpt(page('''
Presidential spokesman Harry Roque expressed confidence that the latest maritime incident would not escalate into another standoff, citing the friendly ties between the two neighbors.

"I don’t think so po dahil mayroon po tayong malapit na pagkakaibigan (because we have a close friendship)," he said during a virtual press briefing Monday, March 22 when asked if the presence of the Chinese ships could lead to a repeat of the Scarborough Shoal standoff in 2012.
''', date="2021-03-22"))
    assert [(w, d) for w, d, _ in said(sts, "I don’t think so")] == [("Harry Roque", "2021-03-22")]
    assert said(sts, "during a virtual press briefing") == []


# --- "..., X said Thursday, calling it a "..."": the words before the frame, and the calling a statement of its own --

def test_participle_calling_after_a_postposed_frame():
    # https://m-en.yna.co.kr/view/AEN20220422007200325 (Yonhap, Friday 22 April 2022)
    _, sts = excerpt(page('''
WASHINGTON -- The United States and South Korea must not reduce their joint military drills just to bring North Korea back to the dialogue table, former U.S. ambassador to South Korea Harry Harris said Thursday, calling it a "proven path to failure."
''', date="2022-04-22"))
    assert [(w, d, t) for w, d, t in said(sts, "must not reduce")] == [
        ("Harry Harris", "2022-04-21", "The United States and South Korea must not reduce their joint military drills "
                                       "just to bring North Korea back to the dialogue table")]
    assert [w for w, _, t in said(sts, "proven path") if t.startswith("it a")] == ["Harry Harris"]
    assert not [t for _, _, t in said(sts, "proven path") if t.startswith("calling")]


# --- "X hit back by saying ...", "responded by saying": the participle after a reaction reports the subject's words --

def test_hit_back_by_saying_reports_the_subjects_words():
    # bbc-news/politics/082.txt (the shared BBC corpus)
    _, sts = excerpt(page('''
Shadow foreign secretary Michael Ancram told MPs a new White Paper was part of trying to soften up opinion ahead of the referendum on the EU constitution. His claims were denied by Foreign Secretary Jack Straw, who accused the Tories of "running scared" of debate.

Mr Ancram said ministers were prolonging uncertainty by putting the vote off until the latest date possible. The foreign secretary hit back by saying Tory attitudes to Europe had helped keep the party out of power for more than a decade. Mr Straw argued cooperation with European partners could bring a "level playing field" on immigration and asylum controls.
'''))
    assert [t for _, _, t in said(sts, "Tory attitudes")] == [
        "Tory attitudes to Europe had helped keep the party out of power for more than a decade"]
    assert [w for w, _, _ in said(sts, "Tory attitudes")] == ["Jack Straw"]
    assert [w for w, _, _ in said(sts, "prolonging uncertainty")] == ["Michael Ancram"]


def test_reacted_to_something_by_stating_that():
    # https://breitbart.com/clips/2023/05/27/state-dept-china-backed-hacking-heightens-importance-of-engaging-with-china-to-raise-those-concerns-we-must-manage-relations/amp
    # (Saturday 27 May 2023: "Friday's broadcast" is the 26th; the opening adjunct closes on a programme's quoted title)
    _, sts = excerpt(page('''
On Friday’s broadcast of MSNBC’s “Andrea Mitchell Reports,” State Department Spokesperson Matthew Miller reacted to Chinese state-backed hackers targeting infrastructure in the U.S. by stating that the cyberattack “heightens the importance of us being able to engage openly and honestly with the Chinese government” so we can “raise those concerns” and it’s also “important that we manage the relationship.”
''', date="2023-05-27"))
    found = said(sts, "heightens the importance")
    assert [(w, d) for w, d, _ in found] == [("Matthew Miller", "2023-05-26")]
    assert found[0][2].startswith("the cyberattack")
    assert not [t for _, _, t in said(sts, "Andrea Mitchell")]


# --- '"...," a ministry official quoted Choi as telling Nogami.': the one quoted, whoever he told --------------------

def test_quoted_as_telling_a_person_named():
    # https://japantimes.co.jp/news/2001/08/15/national/envoy-conveys-seouls-regret-over-koizumis-visit-to-shrine
    _, sts = excerpt(page('''
South Korean Ambassador to Japan Choi Sang Yong said Tuesday that his government "strongly regrets" Prime Minister Junichiro Koizumi's visit to Tokyo's Yasukuni Shrine on Monday to pay homage to Japan's war dead.
"We cannot help but be concerned about the consequences of (Koizumi's) visit on bilateral relations, at a time when the the issue of (a contentious Japanese history) textbook has also not been resolved," a ministry official quoted Choi as telling Nogami. Seoul and Beijing have denounced the history text in question for glossing over Japan's imperialism and wartime atrocities.
''', date="2001-08-15"))
    assert [(w, d) for w, d, _ in said(sts, "cannot help but be concerned")] == [("Choi Sang Yong", "2001-08-14")]


# --- "Japan's top government spokesperson said on Wednesday ...", then "Chief Cabinet Secretary Yoshihide Suga" ------

def test_top_government_spokesperson_is_the_chief_cabinet_secretary_named_later():
    # https://ewn.co.za/2019/07/24/japan-south-korea-relations-in-very-severe-state-japan-s-suga (Wednesday 24 July)
    _, sts = excerpt(page('''
TOKYO – Japan’s top government spokesperson said on Wednesday the country’s relationship with South Korea was in a “very severe” state and that Tokyo would continue to urge Seoul to take appropriate action over a string of issues that have frayed bilateral ties.

Japan on Tuesday lodged a protest against South Korea and Russia after South Korean warplanes fired hundreds of warning shots at a Russian military aircraft on Tuesday.

Japan and South Korea are also at loggerheads over export curbs that Japan has placed on certain high-tech materials bound for South Korea.

“Japan-South Korea relations are now in a very severe state,” Chief Cabinet Secretary Yoshihide Suga told a news conference. “Our country will continue to urge South Korea to take appropriate action based on our consistent stance over various issues.”
''', date="2019-07-24"))
    assert [(w, d) for w, d, _ in said(sts, "frayed bilateral ties")] == [("Yoshihide Suga", "2019-07-24")]
    assert {(w, d) for w, d, _ in said(sts, "very severe state")} == {("Yoshihide Suga", "2019-07-24")}


def test_another_office_is_no_other_name_of_it():
    # (the rule's edge) a top government spokesperson is not whoever a later frame names with another title
    _, sts = excerpt(page('''
TOKYO – Japan’s top government spokesperson said on Wednesday the country’s relationship with South Korea was in a “very severe” state.

“We will respond calmly,” Foreign Minister Taro Kono told a news conference.
''', date="2019-07-24"))
    assert "Taro Kono" not in [w for w, _, _ in said(sts, "very severe")]


# --- "the report of the Western Mindanao Command": a military command is a body, no spokesman's name ---------------

def test_a_military_command_is_a_body_not_the_spokesmans_name():
    # https://www.rappler.com/nation/227147-panelo-to-politely-ask-china-envoy-stop-deploying-ships-near-pag-asa-island
    _, sts = excerpt(page('''
President Rodrigo Duterte's spokesman also says the Philippines has filed a diplomatic protest about the Chinese vessels, but no details are provided

Published 2:10 PM, April 01, 2019

MANILA, Philippines – Presidential Spokesperson Salvador Panelo intends to discuss with Chinese Ambassador Zhao Jianhua the presence of Chinese vessels near Pag-asa Island as reported by the Philippine military.

Panelo and Zhao are scheduled to have a meeting on Monday, April 1, at the New Executive Building, inside Malacañang premises.

The spokesman wants to first ask Zhao to verify the report of the Western Mindanao Command that 275 Chinese vessels were spotted near the West Philippine Sea island from January to March this year.

"We will ask them first, why. First, if they acknowledge such fact as determined by us, No. 2, ask them why they are doing it. No. 3, we will politely ask them not to, not to do what they're doing," said Panelo.
''', date="2019-04-01"))
    assert "Western Mindanao Command" not in [w for w, _, _ in said(sts, "has filed a diplomatic protest")]
    assert [w for w, _, _ in said(sts, "We will ask them first")] == ["Salvador Panelo"]
