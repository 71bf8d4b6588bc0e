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


# --- the list of what the reported words counted runs on with them --------------------------------------------------

def test_these_were_lists_what_the_speaker_counted():
    # bbc-news/politics/181.txt (own set G train)
    _, sts = excerpt(page('''
Earlier, Education Secretary Charles Clarke told BBC News there were at least three areas which needed "a coherent framework" and "dedicated funding". These were training for PE teachers, establishing more specialist schools and the development of partnerships for activities such as inter-school competitions.
''', date="2004-12-06"))
    assert [(w, d) for w, d, _ in said(sts, "training for PE teachers")] == [("Charles Clarke", "2004-12-06")]
    assert [t for _, _, t in said(sts, "at least three areas")] == \
        ['there were at least three areas which needed "a coherent framework" and "dedicated funding"']


def test_what_became_of_the_counted_things_is_the_reporters():
    # must not: the reporter tells what became of them ("later", a participle), or nothing was counted
    _, sts = excerpt(page('''
A police spokesman said there were three men in the car. These were later named as John Smith, Mark Jones and Paul Brown.

The minister told MPs the plans had several flaws. These were the costs, the timetable and the lack of consultation.
''', date="2005-01-10"))
    assert not said(sts, "later named")
    assert not said(sts, "lack of consultation")
