"""Audit round r26b: spans that ran past the reported words into the reporter's narration. Each test reads a real
passage (its page or corpus path in a comment) as the pipeline does and asserts who said what, and where the words
end."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- the narrator's present after backshifted words ----------------------------------------------------------------

def test_dash_then_narrators_present_ends_the_words():
    # bbc-news/politics/126.txt (own set D train)
    _, sts = excerpt(page('''
Mr Chirac will miss an address to the summit from Iraqi interim leader Iyad Allawi, who this week criticised nations which took a "spectator" role to Iraq's reconstruction. Mr Chirac denied there was any snub - he is going to a memorial service for the United Arab Emirates' late leader and says he would be happy to meet Mr Allawi.
''', date="2004-11-05"))
    got = said(sts, "any snub")
    assert [(w, d, t) for w, d, t in got] == [("Chirac", "2004-11-05", "there was any snub")]
    assert not [st for st in sts if "memorial service" in st.text and "snub" in st.text]


def test_as_then_narrators_present_ends_the_words():
    # https://globalnation.inquirer.net/?p=167143 (own set H, ph/016, train)
    _, sts = excerpt(page('''
The Department of Foreign Affairs (DFA) said on Monday it was “closely monitoring developments” in the region, as it takes the necessary “diplomatic step” on the recent development.
''', date="2018-05-21"))
    got = said(sts, "closely monitoring developments")
    assert [t for _, _, t in got] == ["it was “closely monitoring developments” in the region"]
    assert got[0][0] in ("Department of Foreign Affairs", "DFA")


def test_speakers_reason_and_unshifted_words_keep_their_tail():
    # must not: "since"/"because" give the speaker's reason (bbc-news/business, Yukos); words not shifted back keep a
    # present tail after a dash (bbc-news/tech/070: Sky's prediction is Sky's)
    _, sts = excerpt(page('''
Yukos said a US court was entitled to declare it bankrupt before its Yugansk unit was sold, since it has a US subsidiary and local bank accounts.

Sky has said it aims to have 25% of its subscribers using Sky Plus by 2010 - it is predicting 10 million total subscribers by that date.
''', date="2005-01-10"))
    assert [t for _, _, t in said(sts, "entitled to declare")] and \
        all("local bank accounts" in t for _, _, t in said(sts, "entitled to declare"))
    assert all("10 million" in t for _, _, t in said(sts, "Sky Plus"))
