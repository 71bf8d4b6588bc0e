"""Audit round setad: news reports of spokespeople from Vietnamese, Chinese, Korean and Philippine outlets (set AD's
train documents: VietNamNet, GMA News, KBS World). Each test reads a real passage (its page's URL in a comment) as the
pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "while also stressing that ...": a participle of saying after "while also" is a statement of its own ---------

KBS_UNIFICATION = '''
Photo : YONHAP News

President Yoon Suk Yeol has said that the Ministry of Unification should not operate as a support service for North Korea.Presidential spokesperson Kim Eun-hye said on Sunday that Yoon made the remarks to his aides regarding his nominations for new unification minister and vice minister last week.President Yoon said that the unification ministry has acted like a pro-North Korea support organization, but that should end, adding that now is the time for the ministry to change.Yoon said that the ministry should carry out its duties according to the spirit of the Constitution, focusing on unification based on liberal democracy, while also stressing that the nation should pursue a unification that improves the lives of the residents of both Koreas.Last Thursday, Yoon nominated Kim Young-ho, a professor of political diplomacy at Sungshin Women's University and a former human rights ambassador, as the new unification minister.
'''


def test_while_also_stressing_that_is_a_statement_of_its_own():
    # http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=178852 (eval/own/docs-ad/kr/007.md)
    _, sts = excerpt(page(KBS_UNIFICATION))
    duties = said(sts, "carry out its duties")
    assert [w for w, _, _ in duties] == ["Yoon Suk Yeol"]
    assert "stressing" not in duties[0][2] and duties[0][2].endswith("liberal democracy")
    assert [(w, t) for w, _, t in said(sts, "pursue a unification")] == \
        [("Yoon Suk Yeol", "the nation should pursue a unification that improves the lives of the residents of both "
                           "Koreas")]


def test_while_also_before_a_participle_of_no_saying_cuts_nothing():
    # must not: "while also" before a participle that reports no words leaves the statement whole
    _, sts = excerpt(page('''
President Yoon Suk Yeol said that the ministry should carry out its duties according to the spirit of the Constitution, while also cutting its staff by a tenth.
'''))
    duties = said(sts, "carry out its duties")
    assert [w for w, _, _ in duties] == ["Yoon Suk Yeol"] and "cutting its staff" in duties[0][2]


# --- "stated the Spokesman of the Ministry ...", the next sentence naming who made the statement ---------------------

VIETNAMNET_NULL_AND_VOID = '''
All acts undertaken by other parties in Hoang Sa and Truong Sa archipelagoes without Viet Nam’s permission are illegal, null and void, stated the Spokesman of the Ministry of Foreign Affairs.

Spokesperson Le Hai Binh made the statement at the press briefing on Thursday while answering reporters’ query on Viet Nam’s response to a report saying that China is constructing a new island in Truong Sa’s Nam Yet (Tizard Reef) on Vietnamese territory.

Regarding China’s plan to deploy fishing vessels to Vanh Khan (Mischief Reef), part of Viet Nam’s Truong Sa archipelago, Mr. Binh said Viet Nam is aware of the plan and is closely monitoring the situation.
'''


def test_the_spokesman_of_a_ministry_named_next_as_making_the_statement():
    # https://vietnamnet.vn/en/all-acts-in-hoang-sa-truong-sa-without-vns-approval-are-null-and-void-E113362.html
    # (eval/own/docs-ad/vn/001.md)
    _, sts = excerpt(page(VIETNAMNET_NULL_AND_VOID))
    assert [w for w, _, _ in said(sts, "null and void")] == ["Lê Hải Bình"]
    assert [w for w, _, _ in said(sts, "closely monitoring")] == ["Lê Hải Bình"]


def test_the_spokesman_of_a_ministry_named_by_no_one_stays_the_ministry():
    # must not: with no sentence after it naming who made the statement, the ministry's spokesman is the ministry
    _, sts = excerpt(page('''
All acts undertaken by other parties in Hoang Sa and Truong Sa archipelagoes without Viet Nam’s permission are illegal, null and void, stated the Spokesman of the Ministry of Foreign Affairs.

China has been building islands in the area for several years.
'''))
    assert [w for w, _, _ in said(sts, "null and void")] == ["Ministry of Foreign Affairs"]


# --- "Teodoro Locsin, Jr.": a generational suffix after a comma stays in the name ---------------------------------

GMA_WPS = '''
In a statement, presidential spokesperson Harry Roque said President Rodrigo Duterte has “underscored” the importance of the 2016 Arbitral Ruling before the 75th session of the United Nations General Assembly.

Earlier in the day, Foreign Affairs Secretary Teodoro Locsin, Jr. said the Philippines filed anew two diplomatic protests after the government found over 200 Chinese militia vessels lingering at the WPS.
'''


def test_name_suffix_set_off_by_a_comma_is_the_names():
    # https://www.gmanetwork.com/news/news/nation/783760/gov-t-consistent-in-invoking-philippine-sovereignty-over-wps-palace/story/
    # (eval/own/docs-ad/ph/004.md)
    _, sts = excerpt(page(GMA_WPS))
    assert [w for w, _, _ in said(sts, "filed anew two diplomatic protests")] == ["Teodoro Locsin Jr."]
    locsin = [st.speaker for st in sts if st.speaker and st.speaker.name == "Teodoro Locsin Jr."]
    assert locsin and locsin[0].role == "Foreign Affairs Secretary"


def test_a_role_after_the_comma_is_no_suffix():
    # must not: a role set off by commas stays the role, the name without it
    _, sts = excerpt(page('''
Teodoro Locsin, the foreign affairs secretary, said the Philippines filed anew two diplomatic protests.
'''))
    assert [w for w, _, _ in said(sts, "filed anew")] == ["Teodoro Locsin"]


# --- a spokesperson's present-tense "said on DAY that ...", then one more sentence of the stance -------------------

VOV_PEACEFUL_MEASURES = '''
(VOVworld) – Vietnam's Foreign Ministry Spokesperson Le Thi Thu Hang said on Sunday that Vietnam has historical and legal evidence to confirm sovereignty over Hoang Sa (Paracel) and Truong Sa (Spratly) archipelagoes, and is determined to solve the East Sea Dispute with peaceful measures, in accordance with international law. Any act by other countries on the two archipelagoes without Vietnam's permission is illegal and invalid.
'''


def test_spokespersons_stance_runs_on_one_sentence():
    # http://vovworld.vn/en-US/news/vietnam-solves-east-sea-dispute-with-peaceful-measures-527837.vov
    # (eval/own/docs-ad/vn/011.md)
    _, sts = excerpt(page(VOV_PEACEFUL_MEASURES))
    assert [w for w, _, _ in said(sts, "historical and legal evidence")] == ["Lê Thị Thu Hằng"]
    assert [w for w, _, _ in said(sts, "illegal and invalid")] == ["Lê Thị Thu Hằng"]


def test_past_tense_background_after_a_spokesperson_stays_the_reporters():
    # must not: a sentence in the past after the spokesperson's words, or a second one, is the reporter's
    _, sts = excerpt(page('''
Vietnam's Foreign Ministry Spokesperson Le Thi Thu Hang said on Sunday that Vietnam has historical and legal evidence to confirm sovereignty over Hoang Sa (Paracel) and Truong Sa (Spratly) archipelagoes. China occupied the Paracels in 1974. The islands are claimed by several countries.
'''))
    assert not said(sts, "occupied the Paracels")
    assert not said(sts, "claimed by several countries")
