"""Audit round setac: Canadian news quoting anyone (set AC's train documents: Global News, CityNews Montreal, CTV
Edmonton). Each test reads a real passage (its page's URL in a comment) as the pipeline does and asserts what an
annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a surname that is also an organisation word, after a person's title -----------------------------------------

GLOBAL_SCHOOL_BOARDS = '''
“We have a constitutional right to our educational institutions and the control and management of those educational institutions,” said Quebec Community Groups Network president Geoffrey Chambers.

It’s a battle the group is willing to take all the way to the Supreme Court.

“Of course, we are very much hoping not to have to go through that arduous process, but we will insist on having our rights respected,” he said.

Chambers made the comments after Premier François Legault said in an interview with the Montreal Gazette on Thursday that his government would go ahead with the controversial reforms and that once the changes were in place, the English-speaking community would find it hadn’t lost anything.

Chambers begged to differ.

“We don’t understand how he could possibly take that position,” he said. “It makes no sense. School boards have legal authority, they have taxation rights, they come from the community.”
'''


def test_titled_given_name_and_surname_chambers_is_a_person():
    # https://globalnews.ca/news/4763948/quebec-english-language-school-boards/amp (eval/own/docs-ac/ca/011.md)
    _, sts = excerpt(page(GLOBAL_SCHOOL_BOARDS))
    assert [w for w, _, _ in said(sts, "constitutional right")] == ["Geoffrey Chambers"]
    ch = [st.speaker for st in sts if st.speaker and st.speaker.name == "Geoffrey Chambers"]
    assert ch and all(sp.kind == "person" for sp in ch)
    # "he said" after Chambers's own quote is his, not the Premier's (no body called "Geoffrey Chambers" to skip)
    assert [w for w, _, _ in said(sts, "arduous process")] == ["Geoffrey Chambers"]
    assert [w for w, _, _ in said(sts, "could possibly take that position")] == ["Geoffrey Chambers"]
    assert [w for w, _, _ in said(sts, "his government would go ahead")] == ["François Legault"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "François Legault" and "we" in st.text.lower().split()]


def test_surname_org_word_alone_or_after_a_place_stays_a_body():
    # must not: without a title before it, or with a place's name first, the body reading stands
    _, sts = excerpt(page('''
“We will keep the shelter open all winter,” said Hope Mission.

“The investigation is continuing,” said Victoria Police.
'''))
    assert [st.speaker.kind for st in sts if st.speaker and st.speaker.name == "Victoria Police"] == ["organization"]
    assert all(st.speaker.kind == "organization" for st in sts if st.speaker and st.speaker.name == "Hope Mission")


# --- a party's name in a portfolio title is no agency ---------------------------------------------------------------

CITYNEWS_STM = '''
Quebec’s labour minister says he has named a mediator in a labour dispute between Montreal’s public transit authority and its maintenance workers that has limited bus and metro service across the city.

Labour Minister Jean Boulet said Wednesday on social media that the mediator will be tasked with easing tensions between both sides and restoring a dialogue “conducive to negotiations.”

In a news release on Wednesday, the transit authority — Société de transport de Montréal — said negotiations with the union extended late into the prior night before the two sides agreed on the conditions governing mediation. Both sides filed a joint application for mediation to the Labour Department.

The mediation deal is a “step in the right direction,” said Marie-Claude Léonard, general director of the agency. But she said, “we are not one meeting away from reaching a solution.” The agency noted it had proposed mediation as early as May 29.
'''


def test_agency_is_not_the_party_word_of_a_labour_minister():
    # https://montreal.citynews.ca/2025/06/11/negotiations-stm-maintenance-employees (eval/own/docs-ac/ca/004.md)
    _, sts = excerpt(page(CITYNEWS_STM, date="2025-06-11"))
    assert [(w, d) for w, d, _ in said(sts, "easing tensions")] == [("Jean Boulet", "2025-06-11")]
    assert [w for w, _, _ in said(sts, "one meeting away")] == ["Marie-Claude Léonard"]
    # must not: "The agency noted ..." is not the (UK) Labour Party's, whose name the minister's title opens with
    assert not [st for st in sts if st.speaker and st.speaker.name == "Labour"]


def test_party_subject_still_answers_the_party():
    # must still: "the party" after a sentence opened by a party's name is that party (bbc-news politics style)
    _, sts = excerpt(page('''
Labour has set out its plans for the health service ahead of the election.

The party said it would recruit 5,000 more nurses and cut waiting times for cancer tests within a year of taking office.
''', date="2005-04-12"))
    assert [w for w, _, _ in said(sts, "5,000 more nurses")] in (["Labour"], ["Labour Party"])
