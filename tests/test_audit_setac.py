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


# --- a capitalised title with its name left out is nobody's elegant variation ----------------------------------------

CTV_EDMONTON = '''
Dietter Kuhlmann said he too was finding it more difficult this year.

“We were very close to losing a whole bunch of crop and then we got some rain.

“Our customers are very happy that we can offer them what we have. It may not be the same amount that it normally is but actually we consider ourselves fairly luckily in this kind of a disastrous situation.”

St. Albert Mayor said many producers at the local market were still doing better than larger producers.

“Most of the people are growing berries or garden crops which generally fairly good but it is the larger crops that we are hearing are more difficult.”

Customer Yvonne Roffel said she has seen a difference in the size and quantity of produce at the market.
'''


def test_bare_capitalised_title_is_not_the_last_speaker():
    # https://edmonton.ctvnews.ca/alberta-producers-discuss-drought-with-minister-of-agriculture-1.2508427
    # (eval/own/docs-ac/ca/002.md): the copy drops the mayor's name; the mayor is not Kuhlmann
    _, sts = excerpt(page(CTV_EDMONTON))
    assert [w for w, _, _ in said(sts, "too was finding it more difficult")] == ["Dietter Kuhlmann"]
    assert [w for w, _, _ in said(sts, "seen a difference in the size")] == ["Yvonne Roffel"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Dietter Kuhlmann" and
                ("still doing better" in st.text or "growing berries" in st.text)]


def test_elegant_variation_with_the_still_names_the_last_speaker():
    # must still: "the mayor" right after a named speaker whose office was not given is that speaker
    _, sts = excerpt(page('''
Dietter Kuhlmann said he too was finding it more difficult this year.

The mayor said many producers at the local market were still doing better than larger producers.
'''))
    assert [w for w, _, _ in said(sts, "still doing better")] == ["Dietter Kuhlmann"]


# --- a title opened by its place's possessive, its holder named later without the place ---------------------------

def test_place_possessive_title_named_later_without_the_place():
    # https://montreal.citynews.ca/2025/06/11/negotiations-stm-maintenance-employees (eval/own/docs-ac/ca/004.md):
    # "Quebec’s labour minister says he has named a mediator ..." then "Labour Minister Jean Boulet said Wednesday"
    _, sts = excerpt(page(CITYNEWS_STM, date="2025-06-11"))
    assert [w for w, _, _ in said(sts, "he has named a mediator")] == ["Jean Boulet"]


def test_place_possessive_title_of_another_office_is_not_named_later():
    # must not: "Quebec’s premier" is not the labour minister named later
    _, sts = excerpt(page('''
Quebec’s premier says the province will not intervene in the transit dispute for now.

Labour Minister Jean Boulet said Wednesday on social media that the mediator will be tasked with easing tensions between both sides.
''', date="2025-06-11"))
    assert not [w for w, _, _ in said(sts, "will not intervene") if w == "Jean Boulet"]


def test_the_parties_say_after_a_party_subject_is_kept():
    # bbc-news/politics/088.txt: "The parties say ..." after "Labour and the Conservatives are still telephoning ..."
    # keeps its speaker (the party rule of set AC leaves "parties" alone)
    _, sts = excerpt(page('''
Labour and the Conservatives are still telephoning the millions of people who have signed up to make sure they do not get marketing "cold calls".

The parties say they can stick to the rules by ensuring that their calls are not marketing - for instance by asking about people's voting intentions.
''', date="2005-04-12"))
    assert [w for w, _, _ in said(sts, "stick to the rules")] == ["Labour"]


# --- a Quebec body's French name ---------------------------------------------------------------------------------

def test_french_body_name_speaks_as_one_body():
    # https://montreal.citynews.ca/2025/06/11/negotiations-stm-maintenance-employees (eval/own/docs-ac/ca/004.md)
    _, sts = excerpt(page(CITYNEWS_STM + '''
“Meetings with the union continue and are still scheduled several times a week,” the transit authority said.
''', date="2025-06-11"))
    assert [(w, d) for w, d, _ in said(sts, "extended late into the prior night")] == \
        [("Société de transport de Montréal", "2025-06-11")]
    assert [w for w, _, _ in said(sts, "scheduled several times a week")] == ["Société de transport de Montréal"]
    # must not: no body or person cut from the name ("Montréal" titled "Société de transport de")
    assert not [st for st in sts if st.speaker and st.speaker.name == "Montréal"]
