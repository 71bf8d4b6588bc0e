"""Audit round sety: Canadian news quoting anyone (set Y, train documents only: wildfires in the N.W.T., mill
closures in Ontario, rural emergency rooms in Nova Scotia). Each test reads a real passage (its page's URL in a
comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a person's age written out before the name is no part of it ------------------------------------------------------

MIDDLETON = '''
Seventy-eight-year-old Albert Johnson has lived in Middleton, N.S., for more than 50 years, and has always relied on medical care at the Soldiers Memorial Hospital just a five-minute drive from his home.

“For years, we had a normal ER. We’d go there for all kinds of emergencies,” he said. “But in the past few years, we’ve had a tremendous problem.”

It's a big concern for Johnson, who has COPD and a heart condition.

“I don't know if I’d survive a 30-minute, 35-minute drive to Kentville. And they're very, very busy in Kentville,” said Johnson.
'''


def test_spelled_out_age_before_a_name_is_dropped():
    # https://atlantic.ctvnews.ca/rural-n-s-residents-want-solutions-to-frequent-temporary-emergency-room-closures-1.6239871
    _, sts = excerpt(page(MIDDLETON))
    for marker in ("we had a normal ER", "a tremendous problem", "very busy in Kentville"):
        assert [w for w, _, _ in said(sts, marker)] == ["Albert Johnson"]
    assert not [st for st in sts if st.speaker and "year-old" in st.speaker.name]


# --- "The mayor of Shelburne, N.S. says": the province's abbreviation is no speaker; the mayor is named next ---------

SHELBURNE = '''
The mayor of Shelburne, N.S. says she learned this morning that the local emergency room would be closed for much of the next five days.

“It’s not okay. We’re talking about people’s lives and it’s terrifying for some,” says Shelburne mayor Karen Mattatall. “We can’t plan when we become ill, and certainly over the Holidays, Christmas in particular, you have people travelling which increases the opportunity for accidents.”

Mattatall says the closest open emergency room is 100 kilometres away.

“There’s an increase there of 132%,” says N.S. NDP leader Gary Burrill.

The N.S. Health Authority and Health Minister Randy Delorey says emergency care never shuts down, pointing out that Regional Hospitals are always open.
'''


def test_title_of_a_town_with_its_province_before_the_verb():
    # https://atlantic.ctvnews.ca/seven-n-s-emergency-rooms-to-close-over-the-holidays-1.4228215 (2018-12-21)
    _, sts = excerpt(page(SHELBURNE, date="2018-12-21"))
    assert [w for w, _, _ in said(sts, "she learned this morning")] == ["Karen Mattatall"]
    assert [w for w, _, _ in said(sts, "100 kilometres away")] == ["Karen Mattatall"]
    assert [w for w, _, _ in said(sts, "increase there of 132%")] == ["Gary Burrill"]
    assert not [st for st in sts if st.speaker and st.speaker.name in ("N.S.", "Shelburne")]


def test_participle_after_joint_speakers_goes_on_for_each():
    # (same page) "X and Y says ..., pointing out that ...": both go on speaking, one statement each
    _, sts = excerpt(page(SHELBURNE, date="2018-12-21"))
    assert sorted(w for w, _, _ in said(sts, "emergency care never shuts down")) == ["N.S. Health Authority",
                                                                                      "Randy Delorey"]
    assert sorted(w for w, _, _ in said(sts, "Regional Hospitals are always open")) == ["N.S. Health Authority",
                                                                                         "Randy Delorey"]
    assert not [st for st in sts if "pointing out" in st.text]


# --- "The government of the N.W.T. said": the territory's government speaks, not a body called "N.W.T." ------------

YELLOWKNIFE = '''
Everyone in the city of Yellowknife was ordered to start evacuating on Wednesday due to nearby wildfires.

Emily King, N.W.T’s director of public safety, said the details of the fire risk are being evaluated. Yellowknife has the resources to coordinate the best response and evacuation plan, she said.

The government of the N.W.T. said in an update late Wednesday that Yellowknife evacuees travelling by road that do not have accommodations can find support as of noon Thursday at:

- Polar Place Arena, 4429 52nd Ave., Valleyview, Alta.

The government of N.W.T. added that additional host communities are being identified and that information will be shared when it becomes available.
'''


def test_government_of_a_territory_is_a_body():
    # https://globalnews.ca/news/9901527/yellowknife-evacuation-order-wildfires/amp
    _, sts = excerpt(page(YELLOWKNIFE))
    assert [w for w, _, _ in said(sts, "can find support as of noon Thursday")] == ["Government of the N.W.T."]
    assert [w for w, _, _ in said(sts, "additional host communities")] == ["Government of N.W.T."]
    assert [w for w, _, _ in said(sts, "details of the fire risk")] == ["Emily King"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "N.W.T."]


def test_government_of_a_province_is_a_body():
    # (the same frame with a province's name; the Global News passage above with "Manitoba" for "the N.W.T.")
    _, sts = excerpt(page(YELLOWKNIFE.replace("the N.W.T.", "Manitoba").replace("of N.W.T.", "of Manitoba")))
    assert [w for w, _, _ in said(sts, "can find support as of noon Thursday")] == ["Government of Manitoba"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Manitoba"]


# --- "The company statement said": the company named before speaks -----------------------------------------------

DOMTAR = '''
Domtar has announced it is "indefinitely" shutting down its paper mill in Espanola, leading to the layoff of some 450 workers in the small northern Ontario town.

"The Espanola mill has been challenged for some time now," Domtar president Steve Henry said in a release.

The company statement said it will take "appropriate measures" to assist affected workers, and the mill will be idling in a way that is "environmentally sound" and will "facilitate a possible sale or future restart."

"That remains a possibility," Domtar's regional public affairs manager Bonny Skene said in an interview with CBC.
'''


def test_company_statement_is_the_named_company_speaking():
    # http://35.201.78.98/news/canada/sudbury/domtar-espanola-paper-mill-northern-ontario-shut-down-1.6958072
    _, sts = excerpt(page(DOMTAR))
    assert [w for w, _, _ in said(sts, "appropriate measures")] == ["Domtar"]
    assert [w for w, _, _ in said(sts, "challenged for some time")] == ["Steve Henry"]
    assert [w for w, _, _ in said(sts, "remains a possibility")] == ["Bonny Skene"]
    assert not [st for st in sts if st.speaker and st.speaker.name in ("Company", "company statement")]


def test_company_statement_with_no_company_named_is_no_one():
    # (the same sentence alone: no company named before it, no speaker to give it)
    _, sts = excerpt(page(DOMTAR.split("\n\n")[2]))
    assert not [st for st in sts if st.speaker and "appropriate measures" in st.text]


# --- a union's numbered local: "the union" after it is that local ---------------------------------------------------

TRANSIT = '''
Your bus ride Tuesday could be free thanks to the Winnipeg’s transit union.

“We’ve been without a contract since January of this year and our members want the city to get serious and treat our members with respect,” said Aleem Chaudhary, ATU 1505 President.

Its members overwhelmingly rejected the city’s offer over a month ago with 98 percent not in favor.

The city previously said the legal action could interrupt transit service, however the union says they’ll still operate – but instead won’t be requesting bus fares.
'''


def test_the_union_after_a_local_named_by_acronym_and_number():
    # https://bt24news.com/world-news/winnipeg-transit-planning-free-rides-as-legal-job-action-begins/ (set Q 001, train)
    _, sts = excerpt(page(TRANSIT))
    assert [(w, t) for w, _, t in said(sts, "they’ll still operate")] == \
        [("ATU 1505", "they’ll still operate – but instead won’t be requesting bus fares")]
    assert [w for w, _, _ in said(sts, "legal action could interrupt")] == ["City of Winnipeg"]
    assert [w for w, _, _ in said(sts, "without a contract since January")] == ["Aleem Chaudhary"]


def test_the_union_after_a_local_named_in_full_keeps_its_number():
    # (the same passage with the local's full name, "Amalgamated Transit Union Local 1505 president"): no body
    # "Amalgamated Transit Union Local" cut before its number
    _, sts = excerpt(page(TRANSIT.replace("ATU 1505 President", "Amalgamated Transit Union Local 1505 president")))
    assert [w for w, _, _ in said(sts, "they’ll still operate")] == ["Amalgamated Transit Union Local 1505"]
    assert not [st for st in sts if st.speaker and st.speaker.name.endswith("Local")]


def test_a_local_named_by_union_local_and_number_speaks():
    # (the same passage with the local speaking under its name, "CUPE Local 79" / "Unifor Local 444" style)
    _, sts = excerpt(page(TRANSIT.replace("The city previously said the legal action could interrupt transit service, "
                                          "however the union says", "Amalgamated Transit Union Local 1505 says")))
    assert [w for w, _, _ in said(sts, "they’ll still operate")] == ["Amalgamated Transit Union Local 1505"]
    _, sts = excerpt(page("Unifor Local 444 said the strike would go ahead on Monday."))
    assert [w for w, _, _ in said(sts, "strike would go ahead")] == ["Unifor Local 444"]
    _, sts = excerpt(page("Local 444 said the strike would go ahead on Monday."))
    assert not [st for st in sts if st.speaker and st.speaker.name == "Local"]


def test_refusal_after_a_dash_and_but_is_no_part_of_the_words():
    # (the same sentence with a refusal after the dash): the reporter's, cut as before
    _, sts = excerpt(page(TRANSIT.replace("but instead won’t be requesting bus fares", "but would not say for how long")))
    assert [t for _, _, t in said(sts, "they’ll still operate")] == ["they’ll still operate"]


# --- a relative named after the quotation, a given name alone in apposition, a Canadian title's spelling -------------

VIGIL = '''
The event was marked by drumming and song as the community begins to heal.

“The family’s taken it very hard, and it’s so hard on the community as well,” said Thelma Roulette, great aunt of the Beardy sisters. “Even with the other families that lost their children, too, it’s a big loss to the community, so we’re trying our best to help everybody with the drumming and singing. It helps the spirits move on as well.”

Roulette said she was honoured to see so many people at the vigil . She described Crystal and Stephanie as jokesters who were friendly and helpful to anyone.

Their mother, Beverley, said Stephanie lived with her at Lake St. Martin First Nation. She remembered her daughter always had a pot of tea ready for her.

“I’m still very, very, very hurt that my two daughters are gone,” she said.

The vigil was organized by the West Broadway Bear Clan. Co-ordinator Angela Klassen said the community, while very resilient, has gone through a “huge struggle” over the past week, while adding that the vigil helps begin the healing process.
'''


def test_relative_named_by_given_name_alone_is_the_pronouns_person():
    # https://theglobalnewswave.net/vigil-held-to-honour-victims-1-7047939cmprss (CBC Manitoba's story, a stored page
    # outside the gold sets): "Their mother, Beverley, said ..." then "“...,” she said" is the mother, not the aunt
    _, sts = excerpt(page(VIGIL))
    assert [w for w, _, _ in said(sts, "Stephanie lived with her")] == ["Beverley"]
    assert [w for w, _, _ in said(sts, "my two daughters are gone")] == ["Beverley"]
    assert [w for w, _, _ in said(sts, "honoured to see so many people")] == ["Thelma Roulette"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Thelma Roulette" and "daughters" in st.text]


def test_canadian_spelling_of_a_title_is_no_part_of_the_name():
    # (same page) "Co-ordinator Angela Klassen said": the title spelled with a hyphen, as "Coordinator" is cut
    _, sts = excerpt(page(VIGIL))
    assert [w for w, _, _ in said(sts, "huge struggle")] == ["Angela Klassen"]
    assert not [st for st in sts if st.speaker and st.speaker.name.startswith("Co-ordinator")]


FUNERAL = '''
Her father, George A. Snow, spent his entire life in Port Maitland, N.S., as a lobster fisherman. He also served as MLA for the Yarmouth area for more than a decade.

“He didn’t respond to the treatment and he just slipped away in his sleep after six days,” said his daughter, Susan Moores.
'''


def test_relative_described_then_named_after_the_quotation():
    # https://globalnews.ca/news/6831505/coronavirus-funerals-nova-scotia/ (a stored page outside the gold sets); the
    # page's own frame is '," said Moores.': here the relation stands before the name, "said his daughter, NAME"
    _, sts = excerpt(page(FUNERAL))
    assert [w for w, _, _ in said(sts, "slipped away in his sleep")] == ["Susan Moores"]
    _, sts = excerpt(page(FUNERAL.replace("said his daughter, Susan Moores", "said Snow’s daughter, Mary Moores")))
    assert [w for w, _, _ in said(sts, "slipped away in his sleep")] == ["Mary Moores"]
    # must not: the father named before speaks
    assert not [st for st in sts if st.speaker and "Snow" in st.speaker.name]


# --- a chief (a Grand Chief) named before the body he speaks for ----------------------------------------------------

SACK = '''
Chief Mike Sack of the Sipekne’katik First Nation says Indigenous fishers who lost traps last weekend and yesterday will replace them by taking the traps of commercial fishers when the fall season opens Monday in southwestern Nova Scotia.
'''


def test_chief_then_name_then_first_nation():
    # https://globalnews.ca/news/7486494/trouble-brewing-lobster-season-chief-sack/ (set T 011, train)
    _, sts = excerpt(page(SACK))
    assert [w for w, _, _ in said(sts, "will replace them")] == ["Mike Sack"]
    # (the same sentence with a Grand Chief, and with a surname that is also a place's name, Henderson)
    for title, name in (("Grand Chief Mike Sack", "Mike Sack"), ("Chief Derrick Henderson", "Derrick Henderson")):
        _, sts = excerpt(page(SACK.replace("Chief Mike Sack", title)))
        assert [w for w, _, _ in said(sts, "will replace them")] == [name]
        assert not [st for st in sts if st.speaker and "First Nation" in st.speaker.name]


# --- a quotation of several sentences closed by an inverted frame whose apposition is lower case or opens with an age ---

def test_quotation_of_sentences_then_name_and_lower_case_role():
    # https://www.cbc.ca/news/canada/nova-scotia/cumberland-county-er-closures-physicians-recruitment-1.4208889 (a
    # stored page outside the gold sets): the whole quotation is his, not its last sentence, and the role no words
    _, sts = excerpt(page('''
"It's unfortunately not all that uncommon in some of our smaller emergency departments. It's less than acceptable to me," said Dr. Bill Lowe, head of family practice for the northern zone of the provincial health authority.

Lowe said the closures sometimes mean a 45-minute drive to the nearest emergency department.
'''))
    assert [(w, t, st.kind) for st in sts for w, _, t in said([st], "uncommon")] == \
        [("Bill Lowe", "It's unfortunately not all that uncommon in some of our smaller emergency departments. "
                       "It's less than acceptable to me", "direct")]
    assert not [st for st in sts if st.text.startswith("head of family practice")]


def test_quotation_of_sentences_then_name_and_age():
    # polnear/train/text/usa-today_2015-11-20_campaign-cash-tied-to-turkish-gr.txt (para. 10)
    _, sts = excerpt(page('''
Some of the 19 Turkish Americans donating to Ayotte that day, who all lived outside New Hampshire, seemed to know little about the first-term senator, who is a woman. "He's a good guy. He's doing good so far. ... I know him," said Iman Cesari, 30, a Nassau County employee on New York's Long Island, who gave Ayotte $1,200.
'''))
    assert [(w, t) for w, _, t in said(sts, "I know him")] == \
        [("Iman Cesari", "He's a good guy. He's doing good so far. ... I know him")]
    # must not: the age and the apposition are no words of his
    assert not [st for st in sts if st.text.startswith("30, a Nassau")]


def test_mid_sentence_frame_then_lower_case_role_is_no_clause():
    # (the Cumberland County page's frame with its words unquoted): "president of the union" is her role, not what she
    # said; "By contrast, says Mr Cox, the Mac mini is almost disposable" (bbc-news/tech/301.txt) keeps its clause
    _, sts = excerpt(page("It's less than acceptable, said Jane Doe, president of the union.\n"))
    assert [t for _, _, t in said(sts, "")] == ["It's less than acceptable"]
    _, sts = excerpt(page("By contrast, says Mr Cox, the Mac mini is almost disposable.\n"))
    assert [(w, t) for w, _, t in said(sts, "Mac mini")] == [("Cox", "the Mac mini is almost disposable")]


def test_quotation_of_sentences_then_name_age_and_home_or_lower_case_role():
    # polnear/train/text/breitbart_2016-02-18_ap-gfk-poll-voters-increasingly-.txt: '," said Mona Lamberson, 59, of North
    # Philadelphia.' after a quotation of one sentence; here with its second sentence inside the same marks, and with
    # the appositions Canadian local news writes ('of Dieppe, N.B.', 'owner of the bakery', 'whose son ...')
    lamberson = ("“I know a lot of my Democratic friends are telling me, ‘Feel the Bern,’ but I can’t say that I like him "
                 "or dislike him. He’s kind of new to the game,” said Mona Lamberson, 59, of North Philadelphia.\n")
    _, sts = excerpt(page(lamberson))
    assert [(w, st.kind) for st in sts for w, _, _ in said([st], "Feel the Bern")] == [("Mona Lamberson", "direct")]
    assert [w for w, _, _ in said(sts, "new to the game")] == ["Mona Lamberson"]
    for tail in ("59, of Dieppe, N.B.", "59, from Moncton.", "owner of the bakery.", "whose son attends the school.",
                 "president and CEO of the Moncton Hospital Foundation."):
        _, sts = excerpt(page(lamberson.replace("59, of North Philadelphia.", tail)))
        assert [w for w, _, _ in said(sts, "Feel the Bern")] == ["Mona Lamberson"], tail
        assert [w for w, _, _ in said(sts, "new to the game")] == ["Mona Lamberson"], tail
