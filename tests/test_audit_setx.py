"""Audit round setx: news reports of what spokespeople said at regular briefings (set X's train documents,
eval/own/docs-x). Each test reads a real passage (its page's URL in a comment) as the pipeline does and asserts what an
annotator expects: who said it, when, and the words; and at least one thing that must not come out."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- other stories' headlines opening the page: a ticker, no statements -------------------------------------------

AWAAZ = '''
PM Modi reviews research & vaccine deployment ecosystem against COVID-19

India to deliver Kilo Class submarine INS Sindhuvir to Myanmar Navy

Bangladesh rejects Chinese Corona vaccine co-financing request

50 teams of CPCB to report air polluting sources in Delhi, NCR

Govt urges all citizens to contribute to Armed Forces Flag Day Fund

इंडियन आवाज़     16 Oct 2020 03:55:06      انڈین آواز

WEB DESK

India today dismissed the claim of Pakistan Prime Minister’s Special assistant on national security that New Delhi has sent a message to Islamabad indicating a desire for talks between the two countries.

Briefing media virtually, MEA Spokesperson Anurag Srivastava said, we have seen reports on interview of a senior Pakistani official to an India media outlet and he has commented on India’s internal matters.

He said, as always, this is an effort of present Pakistan Government to divert attention from domestic failures and mislead its domestic constituents by pulling India into headlines on a daily basis.

The MEA Spokesperson said, the official is well advised to restrict his advise to his establishment and not to comment on India’s domestic policies.
'''


def test_headlines_ticker_opening_the_page_is_no_statement():
    # https://theindianawaaz.com/india-dismisses-pakistans-claim-that-new-delhi-sent-message-indicating-desire-for-talks/
    # (eval/own/docs-x/in/014.md, train)
    _, sts = excerpt(page(AWAAZ))
    assert not said(sts, "co-financing request") and not said(sts, "Armed Forces Flag Day Fund")
    assert not [st for st in sts if st.speaker and st.speaker.name in ("Bangladesh", "Govt")]
    # the story's own statements stay, the spokesperson's
    assert [w for w, _, _ in said(sts, "divert attention from domestic failures")] == ["Anurag Srivastava"]
    assert [w for w, _, _ in said(sts, "well advised to restrict his advise")] == ["Anurag Srivastava"]


def test_headline_lines_without_a_ticker_run_stay():
    # (must not) two headline-like lines over a story are no ticker: nothing of the story is cut
    _, sts = excerpt(page('''
Govt urges all citizens to contribute to Armed Forces Flag Day Fund

WEB DESK

Briefing media virtually, MEA Spokesperson Anurag Srivastava said, we have seen reports on interview of a senior Pakistani official to an India media outlet and he has commented on India’s internal matters.

He said, as always, this is an effort of present Pakistan Government to divert attention from domestic failures and mislead its domestic constituents by pulling India into headlines on a daily basis.

The MEA Spokesperson said, the official is well advised to restrict his advise to his establishment and not to comment on India’s domestic policies.
'''))
    assert [w for w, _, _ in said(sts, "we have seen reports on interview")] == ["Anurag Srivastava"]


def test_fact_sheet_summary_lines_running_into_the_story_stay():
    # (must not) a fact sheet's summary lines straight over its first sentence are the story, no ticker: kept in the
    # body (data/whitehouse-briefing-room/statements-releases/2024-04/2024-04-05-fact-sheet-biden-harris-administration-
    # actions-following-the-francis-scott-key-bridge-collapse.md)
    text = '''
Unified Command structure immediately established and clearing wreckage

$60 million in federal Emergency Relief funds quickly approved for Maryland’s initial costs

Small Business Administration to provide low-interest disaster loans to eligible businesses

President Biden requests congressional authorization to fully cover the cost of rebuilding the Francis Scott Key Bridge

Private sector makes commitments to support workers

Following the devastating collapse of the Francis Scott Key Bridge, President Biden has launched a whole-of-government effort to provide immediate response. The President said the Administration will move heaven and earth to reopen the port. He added that the bridge will be rebuilt.
'''
    art, _ = excerpt(page(text, date="2024-04-05"))
    assert "Small Business Administration to provide low-interest disaster loans" in art.body


# --- a titled name, then the body he speaks for, whose name closes on a word that alone is vague ("Research") --------

INQUIRER = '''
MANILA, Philippines — The remains of two murdered women found in a mineshaft in Cyprus might be those of two Filipinos reported missing since 2018, the Department of Foreign Affairs (DFA) said Thursday.

In a phone interview with INQUIRER.net, Acting DFA Assistant Secretary Emmanuel Fernandez of the Office of Strategic Communications and Research said the Philippine Embassy in Athens is currently verifying if those bodies found in the abandoned mineshaft are indeed the Filipinos who vanished last year.

“Actually, as early as 2018, ‘yong ating Embassy sa Athens… may report na missing Filipino citizens as early as 2018,” Fernandez said.
'''


def test_titled_name_of_a_body_ending_in_research_is_the_person():
    # https://globalnation.inquirer.net/174847/ph-validating-if-bodies-in-cyprus-mineshaft-belong-to-missing-filipinas/amp
    # (eval/own/docs-x/ph/010.md, train)
    _, sts = excerpt(page(INQUIRER))
    found = said(sts, "the Philippine Embassy in Athens is currently verifying")
    assert [w for w, _, _ in found] == ["Emmanuel Fernandez"]
    assert "indeed the Filipinos who vanished last year" in found[0][2]     # the words run to the sentence's end
    assert [w for w, _, _ in said(sts, "might be those of two Filipinos")] == ["Department of Foreign Affairs"]
    # must not: the office he belongs to is no speaker of his words
    assert not [st for st in sts if st.speaker and "Office of Strategic" in st.speaker.name]


def test_unnamed_officials_of_a_body_ending_in_research_stay_vague():
    # (must not) no name before the body: "Officials of ..." remain unnamed sources, no statement
    _, sts = excerpt(page('''
Officials of the Office of Strategic Communications and Research said the embassy is verifying the bodies.

Analysts at the Institute for Fiscal Studies and Research said the tax would raise little.
'''))
    assert not said(sts, "the embassy is verifying the bodies") and not said(sts, "the tax would raise little")
