"""Audit round wire13 (issue 8): statement, speaker and date errors that recur on wire copy and government releases
(State Department readouts reprinted by outlets, White House statements, gov.uk news releases, other governments'
foreign-ministry statements, Reuters/AP/AFP copy). Each test reads a real passage (its page's URL in a comment) as
the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a readout "The below is attributable to Spokesperson ...": the spokesperson's paragraphs ----------------------

def test_below_is_attributable_to_a_spokesperson():
    # https://www.einpresswire.com/article/625283766/secretary-blinken-s-call-with-israeli-minister-of-foreign-affairs-cohen
    doc, sts = excerpt(page('''
Secretary Blinken’s Call with Israeli Minister of Foreign Affairs Cohen

The below is attributable to Principal Deputy Spokesperson Vedant Patel:

Secretary of State Antony J. Blinken spoke with Israeli Minister of Foreign Affairs Eli Cohen this evening and reaffirmed the importance of the enduring U.S. – Israel bilateral relationship. The Secretary and the Foreign Minister discussed shared challenges including Iran, as well as efforts to advance mutual interests, such as Israel’s further regional integration. The Secretary reiterated the continued U.S. commitment to a two-state solution, welcomed recent efforts to de-escalate tensions between Israelis and Palestinians through meetings in Aqaba and Sharm el-Sheikh, and emphasized the importance of refraining from unilateral actions that exacerbate tensions.
'''))
    assert doc.genre == "release"
    assert [w for w, _, _ in said(sts, "spoke with Israeli Minister")] == ["Vedant Patel"]
    # the Secretary, by title, in the readout's paragraph: his words, each predicate of the list its own statement
    assert [w for w, _, t in said(sts, "") if t == "the continued U.S. commitment to a two-state solution"] == \
        ["Antony J. Blinken"]
    assert [w for w, _, t in said(sts, "") if t.startswith("recent efforts to de-escalate")] == ["Antony J. Blinken"]
    assert [w for w, _, t in said(sts, "") if t.startswith("the importance of refraining")] == ["Antony J. Blinken"]


def test_attributable_line_after_a_reprinting_outlets_dateline():
    # https://stl.news/secretary-blinkens-call-with-ukrainian-foreign-minister-kuleba/441752/ (1 April 2021)
    doc, sts = excerpt(page('''
Washington, DC (STL.News) The following is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken spoke by phone with Ukrainian Foreign Minister Dmytro Kuleba. The Secretary affirmed the United States’ unwavering support for Ukraine’s sovereignty and territorial integrity in the face of Russia’s ongoing aggression in the Donbas and Crimea. He expressed concern about the security situation in eastern Ukraine and offered condolences on the recent loss of four Ukrainian soldiers. Secretary Blinken highlighted the importance of advancing rule of law and economic reforms to strengthen Ukraine’s democratic institutions and further its Euro-Atlantic integration.
''', date="2021-04-01"))
    assert doc.genre == "release"
    assert [w for w, _, _ in said(sts, "spoke by phone")] == ["Ned Price"]
    assert [w for w, _, t in said(sts, "") if t.startswith("the United States’ unwavering support")] == \
        ["Antony J. Blinken"]


# --- a list of the official's predicates: one statement each, dated by the call the readout tells -----------------

def test_list_of_predicates_in_a_readout_and_the_day_of_the_call():
    # https://www.einpresswire.com/article/616363474/secretary-blinken-s-call-with-french-foreign-minister-colonna
    # (released 10 February 2023: "spoke yesterday" is 9 February)
    doc, sts = excerpt(page('''
Secretary Blinken’s Call with French Foreign Minister Colonna

The below is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken spoke yesterday with French Foreign Minister Catherine Colonna.  They discussed ongoing support to the people and government of Ukraine as they fight back against Russia’s brutal war.  They also discussed mutual concerns over Iran’s nuclear program and ongoing human rights violations.  Secretary Blinken emphasized deep concern over the escalation of Israeli-Palestinian tensions, reaffirmed the U.S. commitment to a two-state solution, and briefed Foreign Minister Colonna on his recent visit to Israel and the West Bank.  The two also discussed ongoing negotiations between Armenia and Azerbaijan.
''', date="2023-02-10"))
    assert [(w, d) for w, d, _ in said(sts, "spoke yesterday")] == [("Ned Price", "2023-02-10")]
    assert [(w, d, t) for w, d, t in said(sts, "") if w == "Antony J. Blinken"] == [
        ("Antony J. Blinken", "2023-02-09", "deep concern over the escalation of Israeli-Palestinian tensions"),
        ("Antony J. Blinken", "2023-02-09", "the U.S. commitment to a two-state solution")]
