"""Audit round setat: news reports of spokespeople from Korean, Philippine, Indonesian, Singaporean and Malaysian outlets,
an EU spokesperson in a Greek outlet, and US wire copy (set AT's train documents: NK News, Manila Bulletin, Malay Mail,
economywatch.gr, Yonhap, Daily Tribune, The Straits Times, Selangor Journal). Each test reads a real passage (its
page's URL in a comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words;
and, on another real passage, what the rule must leave alone."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said
from test_hard_cases import load, same, the


# --- an occasion set off by commas between a named subject and its verb: no inverted "said the China Coast Guard" ----

TRIBUNE_MALAYA = '''
National Security Council spokesperson Jonathan Malaya on Monday refuted and dispelled claims that China is in "invasion mode" by intentionally swarming the West Philippine Sea.

Malaya, speaking at the PTV-4's Bagong Pilipinas Ngayon public briefing, said the supposed swarming of the China Coast Guard and Chinese Maritime Militia vessels in the country's key features in WPS, particularly the BRP Sierra Madre in Ayungin shoal, can be considered "more of a hyperbole or is an exaggeration of what is happening there."
'''


def test_an_occasion_aside_between_subject_and_verb_is_no_inverted_frame():
    # https://tribune.net.ph/2023/12/nsc-dispels-chinas-invasion-in-wps-as-hyperbole-exaggeration/ (eval/own/docs-at/
    # ph/008.md): the words follow "said"; "Malaya, speaking at ... briefing" had been the China Coast Guard's
    _, sts = excerpt(page(TRIBUNE_MALAYA))
    (hit,) = said(sts, "supposed swarming")
    assert same(hit[0], "Jonathan Malaya"), hit
    assert hit[2].startswith("the supposed swarming of the China Coast Guard"), hit
    assert not said(sts, "speaking at the PTV-4"), said(sts, "speaking at the PTV-4")
    assert not [s for s in said(sts, "") if s[0] == "China Coast Guard"]


def test_an_inverted_frame_after_the_words_stays_inverted():
    # must not: "Voters will have a clear choice between the politics of fear and the politics of hope in the next
    # general election, said Charles Kennedy." (bbc-news/politics/036): words, then the inverted verb and its speaker
    doc, statements = load("bbc-news/politics/036.txt", "said Charles Kennedy")
    st = the(doc, statements, "the politics of fear and the politics of hope")
    assert same(st.speaker.name, "Charles Kennedy"), st


# --- a verb coordinated with the cue shares its object: "refuted and dispelled claims that ..." ------------------------

def test_a_verb_coordinated_with_the_cue_shares_its_object():
    # the same page: the claims refuted are the words (AN's "denied a report that ..."), not lost after "and dispelled"
    _, sts = excerpt(page(TRIBUNE_MALAYA))
    (hit,) = said(sts, "invasion mode")
    assert same(hit[0], "Jonathan Malaya") and hit[2].startswith("claims that China is in"), hit


# --- the statement the words were said in, set off by a comma after the verb, ends no words --------------------------

NK_NEWS_MOFA = '''
North Korea's foreign affairs ministry has claimed that upcoming plans by the U.S. to test two intercontinental ballistic missiles (ICBMs) next month and the on-going deployment of assets to the Asia Pacific region are aimed at provoking the North and disrupt ongoing inter-Korean dialogue.

The North will not ignore threats to its security, a Ministry of Foreign Affairs (MOFA) spokesperson said, in a statement carried by ruling party organ the Rodong Sinmun on Wednesday.
'''


def test_a_statement_set_off_after_the_verb_is_no_part_of_the_words():
    # https://www.nknews.org/2018/01/north-korea-warns-u-s-military-could-disrupt-ongoing-inter-korean-talks/
    # (eval/own/docs-at/kr/001.md): the words are before the frame; "in a statement carried by ..." had been them
    _, sts = excerpt(page(NK_NEWS_MOFA))
    (hit,) = said(sts, "ignore threats")
    assert hit[2].rstrip(" ,.") == "The North will not ignore threats to its security", hit
    assert not said(sts, "Rodong Sinmun"), said(sts, "Rodong Sinmun")


def test_words_after_a_statement_set_off_by_two_commas_stay_the_words():
    # must not: "Altria Group said, in a statement, the government now "must not only prove that ..."" (bbc-news/
    # business/291): a comma closes the statement's phrase, the words follow it
    doc, statements = load("bbc-news/business/291.txt", "Altria Group said, in a statement")
    st = the(doc, statements, "the government now")
    assert same(st.speaker.name, "Altria Group"), st


# --- a participle frame right after words closed by a quotation mark: '‘extremely worrying” noting that ...' -----------

ECONOMYWATCH_STANO = '''
European Commission Foreign Affairs spokesperson Peter Stano on Tuesday expressed EU’s total support to Greece and Cyprus at a regular press briefing.

“EU is with total solidarity by Greece and Cyprus’s side and there is no question on this” he underlined.

Stano characterised the condition in the Eastern Mediterranean ‘extremely worrying” noting that it should be resolved with dialogue and not with a series of steps that increase the tension. “The developments showed that much more need to be done to reduce the tension and to reverse the very bad and unfortunate escalation climate”.
'''


def test_a_participle_frame_right_after_a_closing_mark_is_a_statement():
    # https://www.economywatch.gr/eu-expresses-total-support-to-greece-and-cyprus/ (eval/own/docs-at/eu/005.md)
    _, sts = excerpt(page(ECONOMYWATCH_STANO))
    (hit,) = said(sts, "resolved with dialogue")
    assert same(hit[0], "Peter Stano"), hit
    assert hit[2].startswith("it should be resolved with dialogue"), hit


def test_a_participle_after_a_closing_mark_without_that_frames_nothing():
    # must not: the same sentence with no "that" after the participle ('... worrying” noting the tension ...'): no
    # clause reported, no statement of "noting"
    _, sts = excerpt(page(ECONOMYWATCH_STANO.replace("noting that it should be resolved with dialogue and not with a "
                                                     "series of steps that increase the tension",
                                                     "noting the tension")))
    assert not [s for s in sts if (s.cue or "") == "noting"], said(sts, "tension")


# --- "highlighting that" / "underscoring that": a participle of emphasis frames its "that" clause ----------------------

SELANGOR_ANWAR = '''
KUALA LUMPUR, June 18 — Malaysia will continue to pursue bilateral and multilateral negotiations to address any issues with its Asean neighbours, said Prime Minister Datuk Seri Anwar Ibrahim.

During the interview, the Prime Minister also spoke on the Israeli-Palestinian conflict, highlighting that the ongoing conflict was about questions of justice, colonialism, and apartheid.
'''


def test_highlighting_that_frames_the_clause_of_the_subject():
    # https://selangorjournal.my/2024/06/malaysia-firm-on-using-negotiations-to-resolve-differences-pm
    # (eval/own/docs-at/my/011.md)
    _, sts = excerpt(page(SELANGOR_ANWAR, "2024-06-18"))
    (hit,) = said(sts, "questions of justice")
    assert same(hit[0], "Anwar Ibrahim") and hit[1] == "2024-06-18", hit
    assert hit[2].startswith("the ongoing conflict was about"), hit


def test_underscoring_a_noun_is_the_reporters_gloss():
    # must not: '"These weapons are being employed for acts of terrorism inside Pakistan," the spokesperson warned,
    # underscoring the growing threat posed by militants.' (eval/own/docs-aj/pk/004.md): no "that", no statement
    _, sts = excerpt(page('''
"These weapons are being employed for acts of terrorism inside Pakistan," the spokesperson warned, underscoring the growing threat posed by militants.
'''))
    assert not said(sts, "growing threat"), said(sts, "growing threat")


# --- a paragraph opened by a right double mark opens a quotation -------------------------------------------------------

SELANGOR_POLICY = '''
KUALA LUMPUR, June 18 — Malaysia will continue to pursue bilateral and multilateral negotiations to address any issues with its Asean neighbours, said Prime Minister Datuk Seri Anwar Ibrahim.

”Our policy is clear. There is no underlying tension. There are indeed some controversial propositions, and we say, okay, let us discuss them bilaterally or multilaterally within Asean.

“Our position is that you have to negotiate among friends, and there is no reason for external forces to intervene,” Anwar said.
'''


def test_a_right_double_mark_opening_a_paragraph_opens_the_quotation():
    # the same page: the quotation runs on over two paragraphs, the first opened by ” and never closed
    _, sts = excerpt(page(SELANGOR_POLICY))
    (hit,) = said(sts, "no underlying tension")
    assert same(hit[0], "Anwar Ibrahim"), hit
    assert hit[2].startswith("Our policy is clear.") and "external forces to intervene" in hit[2], hit


def test_a_right_double_mark_closing_a_quotation_still_closes_it():
    # must not: '“...,” the External Affairs Ministry spokesman said.' -- a right mark after the words closes them; only
    # one opening a paragraph, no quotation open, is read as an opening mark
    _, sts = excerpt(page('''
India on Friday said it wants action from Pakistan. “I think we are not just interested in assurances, I think we would like to see action,” the External Affairs Ministry spokesman said.
'''))
    (hit,) = said(sts, "interested in assurances")
    assert hit[2].startswith("I think we are not just interested in assurances"), hit


# --- "in statement" and ", the statement added": the words of the statement's issuer ---------------------------------

MALAY_MAIL_WISMA_PUTRA = '''
PUTRAJAYA, Jan 19 — Malaysia is committed to resolving bilateral issues with Singapore in a peaceful and calm manner, Wisma Putra said in statement today.

The Foreign Ministry said, in view of this, diplomatic efforts are underway to find amicable solutions to issues of concern to both countries.

The statement further said that a meeting between the Secretary-General of the Ministry of Foreign Affairs of Malaysia, Datuk Seri Muhammad Shahrul Ikram Yaakob and the Permanent Secretary of the Ministry of Foreign Affairs of Singapore, Chee Wee Kiong is scheduled to be held on January 28, 2019.
'''


def test_the_statement_reported_without_its_article_is_its_issuers():
    # https://www.malaymail.com/s/1714244/wisma-putra-malaysia-committed-to-resolving-bilateral-issues-with-singapore
    # (eval/own/docs-at/my/004.md): "said in statement today" reports a statement; "The statement further said" is
    # Wisma Putra's
    _, sts = excerpt(page(MALAY_MAIL_WISMA_PUTRA, "2019-01-19"))
    (hit,) = said(sts, "scheduled to be held on January 28")
    assert same(hit[0], "Wisma Putra"), hit


def test_the_statement_with_none_reported_before_is_no_ones():
    # must not: the same paragraph with no statement reported before it ("said today"): a document's words, no one's
    _, sts = excerpt(page(MALAY_MAIL_WISMA_PUTRA.replace(" in statement today", " today"), "2019-01-19"))
    assert not said(sts, "scheduled to be held on January 28"), said(sts, "scheduled to be held on January 28")


STRAITS_TIMES_MFA = '''
Singapore said yesterday it condemned North Korea's latest test of an intercontinental ballistic missile on Thursday.

A statement by the Ministry of Foreign Affairs (MFA) said the test raised tensions on the Korean Peninsula and violated United Nations Security Council Resolutions.

"Singapore condemns the Democratic People's Republic of Korea's (DPRK) test of an intercontinental ballistic missile on 24 March 2022," the MFA statement said.

The test breached "the DPRK's moratorium of 2018 on intercontinental ballistic missile tests", the statement added. "We call on the DPRK to cease all provocations immediately, and to abide by its international obligations and commitments."
'''


def test_words_the_statement_added_are_its_issuers_and_so_is_the_quotation_after():
    # https://www.straitstimes.com/asia/se-asia/spore-condemns-latest-missile-test (eval/own/docs-at/sg/010.md)
    _, sts = excerpt(page(STRAITS_TIMES_MFA))
    (breached,) = said(sts, "The test breached")
    assert same(breached[0], "Ministry of Foreign Affairs"), breached
    (call,) = said(sts, "cease all provocations")
    assert same(call[0], "Ministry of Foreign Affairs"), call


def test_the_statement_added_with_none_reported_before_is_no_ones():
    # must not: the last paragraph alone, no statement reported before it: a document's words, no one's
    _, sts = excerpt(page(STRAITS_TIMES_MFA.split("\n\n")[-1]))
    assert not said(sts, "The test breached"), said(sts, "The test breached")
