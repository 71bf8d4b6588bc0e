"""Audit round 30, set T (eval/own/SOURCE-t.md): Canadian news quoting anyone, a fifth sample (agriculture, Quebec
labour, Toronto tenants, immigration, arts, the Nova Scotia lobster fishery). Each test reads a real passage of a
TRAIN document (its page's URL in a comment) as the pipeline does and asserts what an annotator expects: who said
it, when, and the words; and what must not be said."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- CP via Global News, 2020-11-26 (set T 011) ----------------------------------------------------------------------
# https://globalnews.ca/news/7486494/trouble-brewing-lobster-season-chief-sack/

LOBSTER = '''
Chief Mike Sack of the Sipekne’katik First Nation says Indigenous fishers who lost traps last weekend and yesterday will replace them by taking the traps of commercial fishers when the fall season opens Monday in southwestern Nova Scotia.

Sack says the seizures by Fisheries Department officers have undermined negotiations with Ottawa aimed at establishing a moderate livelihood fishery that will operate outside the federally regulated season.

A spokesman for the fisheries officers said today about 500 traps were pulled from the water last weekend, and he confirmed that some of them were moderate livelihood traps.

Todd Somerville, director of conservation and protection, says the status of the moderate livelihood fishery is still subject to talks with Ottawa, but he made it clear that officers consider the fishery an unlicensed and illegal enterprise.
'''


def test_an_apostrophe_inside_a_first_nations_name_keeps_the_chief_a_person():
    # "Sipekne’katik" is one word: "Chief Mike Sack of the Sipekne’katik First Nation" is Sack, speaking for his
    # First Nation, not a body named "Nation" nor the First Nation itself
    _, sts = excerpt(page(LOBSTER, date="2020-11-26"))
    assert [w for w, _, _ in said(sts, "Indigenous fishers who lost traps")] == ["Mike Sack"]
    assert not [st for st in sts if st.speaker and "First Nation" in st.speaker.name]


def test_he_after_an_unnamed_spokesman_for_a_group_is_nobody_named():
    # "A spokesman for the fisheries officers said today ..., and he confirmed that ...": he is the spokesman,
    # unnamed; not Chief Sack, who spoke the paragraph before
    _, sts = excerpt(page(LOBSTER, date="2020-11-26"))
    assert not [st for st in sts if "moderate livelihood traps" in st.text and st.speaker is not None]
    assert not [st for st in sts if "500 traps" in st.text and st.speaker is not None]


def test_but_he_made_it_clear_opens_a_second_statement():
    _, sts = excerpt(page(LOBSTER, date="2020-11-26"))
    first = said(sts, "still subject to talks with Ottawa")
    assert [(w, t) for w, _, t in first] == [
        ("Todd Somerville", "the status of the moderate livelihood fishery is still subject to talks with Ottawa")]
    assert [w for w, _, _ in said(sts, "officers consider the fishery an unlicensed and illegal enterprise")] == \
        ["Todd Somerville"]
    assert not [st for st in sts if "made it clear" in st.text]


# --- CBC Montreal (set T 004) ----------------------------------------------------------------------------------------
# http://amp.cbc.ca/news/canada/montreal/quebec-construction-strike-day-2-1.4130712

def test_made_it_clear_frames_reported_speech():
    _, sts = excerpt(page('''
With looming back-to-work legislation, parties are expected to resume talks Thursday evening in Montreal.

Labour Minister Dominique Vien has made it clear she would prefer a signed agreement, but would resort to a special law if need be.

Workers in the industrial sector are asking for more stable work schedules, while salaries are believed to be the main sticking point in the residential sector.
'''))
    assert [(w, t) for w, _, t in said(sts, "signed agreement")] == [
        ("Dominique Vien", "she would prefer a signed agreement, but would resort to a special law if need be")]
    assert not [st for st in sts if "stable work schedules" in st.text]


# --- CBC N.S. (set T 010) --------------------------------------------------------------------------------------------
# https://www.cbc.ca/news/canada/nova-scotia/fishing-protest-1.5702407

PROTEST = '''
Several hundred fishermen protested Thursday outside the constituency office of Fisheries and Oceans Minister Bernadette Jordan — demanding her department stop out-of-season commercial lobster harvesting and sales by First Nations in Nova Scotia.

Several hundred fishermen protested Thursday in Bridgewater, N.S., outside the constituency office of Fisheries and Oceans Minister Bernadette Jordan, demanding her department stop out-of-season commercial lobster harvesting and sales by First Nations in Nova Scotia.

"We are tired of being ignored over and over again," organizer Colin Sproul of the Bay of Fundy Inshore Fishermen's Association told the crowd through a bullhorn from the back of a pickup truck.

"The Trudeau government has shown zero respect for the fishery laws that protect your families' futures. That cannot go on any longer."
'''


def test_told_the_crowd_through_a_bullhorn_is_the_scene_of_the_quotation():
    _, sts = excerpt(page(PROTEST))
    assert [(w, t) for w, _, t in said(sts, "tired of being ignored")] == [
        ("Colin Sproul", "We are tired of being ignored over and over again")]
    assert not [st for st in sts if "bullhorn" in st.text]


def test_a_name_inside_an_adjunct_does_not_demand_what_the_protesters_demand():
    # the fishermen demand it (unnamed); the minister whose office they stood outside said nothing
    _, sts = excerpt(page(PROTEST))
    assert not [st for st in sts if st.speaker and st.speaker.name == "Bernadette Jordan"]
    assert not [st for st in sts if "her department stop" in st.text and st.speaker is not None]


def test_the_leads_described_speaker_is_the_chief_the_next_paragraph_names():
    # "The Indigenous leader at the centre of a dispute over ... says ..." ¶ "Chief Mike Sack of the Sipekne’katik
    # First Nation says ...": the lead's speaker, named next; the byline's time stamp above is no headline
    _, sts = excerpt(page('''
The Canadian Press Posted November 26, 2020 3:12 pm

The Indigenous leader at the centre of a dispute over Nova Scotia lobster says the recent seizure of lobster traps in St. Marys Bay by federal officers could lead to trouble on the water next week.
''' + LOBSTER, date="2020-11-26"))
    assert [(w, t) for w, _, t in said(sts, "recent seizure of lobster traps")] == [
        ("Mike Sack", "the recent seizure of lobster traps in St. Marys Bay by federal officers could lead to trouble "
                      "on the water next week")]
    assert not [st for st in sts if st.speaker and st.speaker.name in ("Indigenous leader", "Scotia", "Nova Scotia")]


def test_a_title_described_by_its_phrase_names_no_one_inside_it():
    from pressarchive.extract.mentions import parse_np, tokens
    m = parse_np(tokens("The Indigenous leader at the centre of a dispute over Nova Scotia lobster"))
    assert (m.kind, m.name, m.role) == ("title", None, "Indigenous leader")
    # must not: a capitalised run of the phrase read as a person's name (a Mr Scotia)
    assert m.entity_kind == "person" and "Scotia" not in (m.role or "")
    assert parse_np(tokens("Chief Mike Sack of the Sipekne’katik First Nation")).name == "Mike Sack"
