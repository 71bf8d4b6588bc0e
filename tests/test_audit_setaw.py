"""Audit round setaw: news reports of spokespeople from Vietnamese, Chinese, Japanese, Taiwanese and Indian outlets (set
AW's train documents: Taiwan News, China Military Online, Taipei Times, Focus Taiwan, VietNamNet, ecns.cn, VOV World,
People's Daily Online). Each test reads a real passage (its page's URL in a comment) as the pipeline does and asserts
what an annotator expects: who said it, when, and the words; and, on another real passage, what the rule must leave
alone."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said
from test_hard_cases import load, same, the


# --- the town's country after "in Davos," is no speaker; a delegation sent to a forum speaks, not the forum ----------

PEOPLES_DAILY_DELEGATION = '''
DAVOS, Switzerland, May 23 (Xinhua) -- The Chinese delegation to the World Economic Forum (WEF) Annual Meeting 2022 in Davos, Switzerland, said on Monday that CNN had vilified them in its report related to Ukrainian President Volodymyr Zelensky.

In its report on Monday, CNN quoted a U.S. politician as saying that after Zelensky delivered a speech via video at the WEF, the Chinese delegation did not give a standing ovation as the rest of the audience were doing, and instead left the venue.

The Chinese delegation solemnly stated that CNN's report was completely untrue. They told Xinhua that they were in talks with the International Energy Agency Executive Director Fatih Birol when Zelensky spoke.
'''


def test_a_towns_country_between_commas_is_no_speaker():
    # http://en.people.cn/n3/2022/0524/c90000-10100591.html (eval/own/docs-aw/cn/011.md): "in Davos, Switzerland,
    # said" had given the delegation's words to Switzerland
    _, sts = excerpt(page(PEOPLES_DAILY_DELEGATION, "2022-05-24"))
    (hit,) = said(sts, "CNN had vilified them")
    assert hit[0].startswith("Chinese delegation to the World Economic Forum") and hit[1] == "2022-05-23", hit
    assert not [s for s in said(sts, "") if s[0] in ("Switzerland", "Davos", "World Economic Forum")]


def test_a_delegation_sent_to_a_body_speaks_not_the_body():
    # the same page, its first words without the meeting: the delegation, not "World Economic Forum"
    _, sts = excerpt(page('''
The Chinese delegation to the World Economic Forum said on Monday that CNN had vilified them in its report related to Ukrainian President Volodymyr Zelensky.
''', "2022-05-24"))
    (hit,) = said(sts, "CNN had vilified them")
    assert same(hit[0], "Chinese delegation to the World Economic Forum"), hit


def test_a_persons_town_and_state_stay_no_speaker():
    # must not: "Andrew Fisher, from Omaha, Nebraska, said he would have a non-permanent logo ..." (bbc-news/tech/209)
    # and "Clinton, during a town hall meeting in Columbus, Ohio, said she was ..." (PolNeAR, USA Today): the person
    doc, statements = load("bbc-news/tech/209.txt", "from Omaha, Nebraska, said")
    st = the(doc, statements, "non-permanent logo")
    assert same(st.speaker.name, "Andrew Fisher"), st
    doc, statements = load("polnear/train/text/usa-today_2016-05-18_in-kentucky-democrats-battling-i.txt",
                           "in Columbus, Ohio, said")
    st = the(doc, statements, "coal miners and coal compani")
    assert st.speaker is not None and "Clinton" in st.speaker.name, st


def test_a_body_then_adverb_then_stated_frames_its_clause():
    # the same page: "The Chinese delegation solemnly stated that ..." had been missed (a manner adverb after a
    # body's noun)
    _, sts = excerpt(page(PEOPLES_DAILY_DELEGATION, "2022-05-24"))
    (hit,) = said(sts, "completely untrue")
    assert hit[0].startswith("Chinese delegation") and hit[2] == "CNN's report was completely untrue", hit


def test_an_adverb_after_a_lower_case_subject_is_no_frame():
    # must not: a verb after a manner adverb after a lower-case noun of no body ("the statement ... firmly" is no
    # speaker); "a former Eton pupil ..." (bbc-news/politics/066): Otis Ferry's quotation stays his
    doc, statements = load("bbc-news/politics/066.txt", "Otis Ferry")
    st = the(doc, statements, "I have no regrets")
    assert same(st.speaker.name, "Otis Ferry"), st


# --- "the Chinese spokesperson said": the spokesperson the story named ------------------------------------------------

FOCUS_TAIWAN_MAC = '''
Taipei, Sept. 12 (CNA) Taiwan's Mainland Affairs Council (MAC) on Wednesday denounced as "a lie" a claim made earlier in the day by China's Taiwan Affairs Office that China only aims to punish "a very small minority of Taiwan independence diehards."

"From the viewpoint of the Beijing authorities, not endorsing 'unification' is 'Taiwan independence,'" the MAC said in a statement on Wednesday evening.

The Chinese Communist Party's (CCP) definitions in its regulations were "ambiguous" and "any Taiwanese person could be defined as breaking their law," the statement said.

The MAC's statement came in response to remarks made by China's Taiwan Affairs Office Spokesperson Chen Binhua (陳斌華) at a routine press conference in Beijing earlier in the day.

"The Taiwan independence diehards with their vile, secessionist words and deeds and rampant independence-seeking activities, and their crimes of secession and inciting secession, do not target or involve the majority of Taiwan compatriots," the Chinese spokesperson said.
'''


def test_the_countrys_spokesperson_is_the_spokesperson_named():
    # https://focustaiwan.tw/cross-strait/202409120009 (eval/own/docs-aw/tw/005.md): "the Chinese spokesperson said"
    # had named a body "Chinese" and lost the quotation
    _, sts = excerpt(page(FOCUS_TAIWAN_MAC, "2024-09-12"))
    (hit,) = said(sts, "vile, secessionist words")
    assert same(hit[0], "Chen Binhua") and hit[1] == "2024-09-11", hit


def test_another_countrys_spokesperson_is_not_the_one_named():
    # must not: "the Chinese spokesperson" is not a spokesperson of another country's body named before it (the
    # MAC's words stay the MAC's; nothing of the passage goes to a Taiwanese spokesperson)
    _, sts = excerpt(page('''
Taiwan's Mainland Affairs Council spokesperson Liang Wen-chieh said on Thursday that the council maintains its policy.

"The council will not change course," the Chinese spokesperson said.
''', "2024-09-12"))
    assert not [s for s in said(sts, "will not change course") if s[0] == "Liang Wen-chieh"]


def test_the_statement_said_after_a_clause_closing_on_a_quoted_part():
    # the same page: 'The CCP's definitions ... were "ambiguous" and "any Taiwanese person could be defined as breaking
    # their law," the statement said.' is the MAC's (its statement), as the clause with no closing quote is
    _, sts = excerpt(page(FOCUS_TAIWAN_MAC, "2024-09-12"))
    (hit,) = said(sts, "definitions in its regulations")
    assert same(hit[0], "MAC") and hit[1] == "2024-09-11", hit
    assert hit[2].startswith("The Chinese Communist Party's (CCP) definitions"), hit


def test_a_quotation_closed_before_the_statement_said_stays_direct():
    # must not: '"From the viewpoint ...," the MAC said in a statement' and a whole quotation before "the statement
    # said" keep their kind: direct
    _, sts = excerpt(page("\n\n".join(FOCUS_TAIWAN_MAC.strip().split("\n\n")[:3]) + '''

"We call upon China to stop repeatedly intimidating and threatening the people of Taiwan," the statement said.
''', "2024-09-12"))
    kinds = {st.text[:20]: st.kind for st in sts}
    assert kinds["From the viewpoint o"] == "direct" and kinds["We call upon China t"] == "direct", kinds


# --- "Democratic Progressive Party (DPP) Legislator Lai Jui-lung": a title before the name ---------------------------

TAIWAN_NEWS_LAI = '''
TAIPEI (Taiwan News) — Democratic Progressive Party (DPP) Legislator Lai Jui-lung (賴瑞隆) on Wednesday (Oct. 27) rejected China’s Taiwan Affairs Office's (TAO) accusation that Taiwanese Foreign Minister Joseph Wu (吳釗燮) is a “diehard Taiwan independence” advocate.
'''


def test_legislator_is_a_title_before_a_name():
    # https://www.taiwannews.com.tw/en/news/4327126 (eval/own/docs-aw/tw/001.md): the speaker had been named
    # "Democratic Progressive Party Legislator Lai Jui-lung", a body
    _, sts = excerpt(page(TAIWAN_NEWS_LAI))
    (hit,) = said(sts, "accusation that")
    assert same(hit[0], "Lai Jui-lung"), hit


def test_an_unnamed_legislator_stays_unnamed():
    # must not: "a legislator said" names no one (as "a lawmaker said"): no statement of a person "legislator"
    _, sts = excerpt(page('''
The bill will be debated next week, a legislator said on Tuesday.
''', "2024-09-12"))
    assert not [s for s in said(sts, "") if s[0] and "egislator" in s[0]]


# --- "Noting <clause>, Mao urged ...": an opening participle with its clause and no "that" --------------------------

ECNS_MAO = '''
China on Monday expressed serious concern over a joint statement issued by the U.S., Japan and the Republic of Korea (ROK) about the Taiwan question and South China Sea.

Chinese Foreign Ministry spokesperson Mao Ning said at a regular press briefing that China firmly opposes these countries forming exclusive blocs in the name of cooperation, interfering in China's internal affairs, smearing China, and inciting confrontation and antagonism.

Noting the Asia-Pacific region is a promising area for peace and development rather than a chessboard for major-country rivalry, Mao urged the three countries to respect regional efforts to safeguard peace and stability, abandon the Cold War mentality and stop stoking confrontation to aggravate tensions in the region.
'''


def test_an_opening_participle_with_a_clause_and_no_that():
    # http://ecns.cn/news/politics/2024-01-09/detail-ihcwrpvv3805581.shtml (eval/own/docs-aw/cn/008.md)
    _, sts = excerpt(page(ECNS_MAO, "2024-01-09"))
    (hit,) = said(sts, "chessboard for major-country rivalry")
    assert same(hit[0], "Mao Ning") and hit[1] == "2024-01-08", hit
    assert hit[2].startswith("the Asia-Pacific region is a promising area"), hit


def test_an_opening_participle_with_a_noun_phrase_only_is_no_clause():
    # must not: "Saying goodbye to his staff, the minister left ..." has no clause after the participle: no words
    _, sts = excerpt(page('''
Foreign Minister Takeshi Iwaya visited Munich on Saturday.

Saying goodbye to his hosts, Iwaya left the city for Brussels.
''', "2025-02-16"))
    assert not said(sts, "goodbye")


# --- "X's accusation that ...": what X said, as "X's claim that ..." ---------------------------------------------------

def test_a_bodys_accusation_that_is_its_statement():
    # https://www.taiwannews.com.tw/en/news/4327126 (eval/own/docs-aw/tw/001.md): the TAO's accusation is its own
    # statement besides Lai's rejection of it
    _, sts = excerpt(page(TAIWAN_NEWS_LAI))
    hits = said(sts, "is a “diehard Taiwan independence” advocate")
    assert sorted(h[0] for h in hits) == ["China’s Taiwan Affairs Office", "Lai Jui-lung"], hits
    (tao,) = [h for h in hits if h[0] != "Lai Jui-lung"]
    assert tao[2].startswith("Taiwanese Foreign Minister Joseph Wu"), tao


def test_a_countrys_accusation_stays_no_ones():
    # must not: "China's accusation that ..." is a country's standing position, no statement of a speaker (as
    # "Beijing's claim that ..."); "Exxon's accusation that articles about the company ... were misleading" (PolNeAR,
    # its Content span) is the company's
    _, sts = excerpt(page('''
Taiwan on Wednesday rejected China's accusation that the island is a province of the People's Republic.
''', "2024-09-12"))
    assert not [s for s in said(sts, "province of the People's Republic") if s[0] in ("China", "Taiwan") and
                not s[2].startswith("China's accusation")]


# --- "spoke highly of ...": praise in other words ----------------------------------------------------------------------

def test_spoke_highly_of_frames_its_object_as_praised_does():
    # https://vovworld.vn/en-US/news/deputy-foreign-minister-visits-china-86764.vov (eval/own/docs-aw/vn/010.md)
    _, sts = excerpt(page('''
(VOVworld) – Deputy Foreign Minister Nguyen Thanh Son on Friday met with Chinese Foreign Minister Yang Jechi during his visit to China this week. At the reception, Minister Yang Jechi spoke highly of the outcomes of the Vietnam-China forum for economic, trade and investment cooperation early this week.
'''))
    (hit,) = said(sts, "outcomes of the Vietnam-China forum")
    assert same(hit[0], "Yang Jechi") and hit[2].startswith("the outcomes of"), hit


def test_spoken_highly_of_by_others_is_no_frame():
    # must not: a passive "is spoken highly of" has no speaker before it: no statement of the subject
    _, sts = excerpt(page('''
The forum, which is spoken highly of by business leaders, opened in Hanoi on Friday.
'''))
    assert not [s for s in said(sts, "") if s[0] and "forum" in s[0].lower()]
