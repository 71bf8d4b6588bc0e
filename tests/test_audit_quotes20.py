"""Audit round quotes20: Canadian news dense with quotes (CBC, CTV, Global News, CityNews, the Globe and Mail, the
National Post, the Toronto Sun and copies of them), fresh pages from the search tool, read against their statements.
Each test is a real passage (URL in a comment), what an annotator marks and what must not be extracted."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- an unnamed resident's words are nobody's, not the last named speaker's ------------------------------------------

def test_quotation_after_an_unnamed_resident_is_not_the_named_neighbours():
    # https://www.simcoe.com/news-story/9137512-neighbours-claim-two-dead-in-early-morning-shooting-in-collingwood/
    _, sts = excerpt(page('''
Patchell said the incident has left her shaken.
“It’s pretty scary,” she said. “I have lived here for years and I think it’s one of the best buildings. We’ve never had any issues.”
Another resident, who didn’t want to be identified, said she saw two bodies earlier today.
“There (are) two people passed away. I’ve seen them from a window.”
She added she was not in this building when the incident took place.
'''))
    assert [w for w, _, _ in said(sts, "pretty scary")] == ["Patchell"]
    assert not said(sts, "two people passed away"), said(sts, "two people passed away")
    assert not said(sts, "not in this building"), said(sts, "not in this building")
    assert not said(sts, "two bodies")


def test_quotation_after_according_to_one_resident_is_not_the_citys():
    # https://montreal.ctvnews.ca/police-step-up-patrols-as-kirkland-residents-worry-over-string-of-crimes-1.7000909
    _, sts = excerpt(page('''
"A lot of footage that was gathered by the Montreal police. We're all looking at it, piece by piece," said Montreal spokesperson Jean-Pierre Brabant.
The City of Kirkland said it will not comment to media while the investigation is ongoing.
On Tuesday night, though, it called residents of Beaubois Street to city hall for a private meeting with police to discuss the case. Nearly everyone on the street attended the meeting, according to one resident.
"People were asking questions and the police could only divulge certain information."
'''))
    assert [w for w, _, _ in said(sts, "will not comment")] == ["City of Kirkland"] or \
        [w for w, _, _ in said(sts, "will not comment")] == ["Kirkland"]
    assert not said(sts, "People were asking questions"), said(sts, "People were asking questions")


def test_named_speaker_still_goes_on_after_her_own_quotation():
    # the same page: Patchell's unframed second quotation stays hers (no unnamed person between)
    _, sts = excerpt(page('''
Tammy Patchell lives next door to a unit that is cordoned off by police.
“It’s pretty scary,” she said. “I have lived here for years.”
“We’ve never had any issues.”
'''))
    assert [w for w, _, _ in said(sts, "never had any issues")] == ["Tammy Patchell"]


# --- the people warned before "that" ------------------------------------------------------------------------------

def test_people_warned_are_no_part_of_what_was_said():
    # https://www.daily8.com/en/hashtag/councillors (CTV News London)
    _, sts = excerpt(page('''
City councillors who cross the line during heated debates are straining relationships at city hall. On Tuesday, Mayor Josh Morgan warned councillors that he will crack down on the use of disparaging comments directed at city staff, stakeholders, and each other.
'''))
    assert [(w, t) for w, _, t in said(sts, "crack down")] == [
        ("Josh Morgan", "he will crack down on the use of disparaging comments directed at city staff, stakeholders, "
                        "and each other")]


# --- "100 Mile House" is a place; "the mayor" is the mayor set off after his name -----------------------------------

def test_place_with_a_number_is_nobody_and_the_mayor_is_named_in_apposition():
    # https://www.cbc.ca/news/canada/british-columbia/bc-wildfires-smoke-july-15-2021-1.6103781
    _, sts = excerpt(page('''
"We've been through this before, so everybody's working together," said Mitch Campsall, mayor of 100 Mile House.

Some of the largest evacuation orders in B.C. cover roughly 1,480 properties surrounding 100 Mile House, with residents in the Canim Lake and Lone Butte areas warned of "immediate danger'' from wildfires.

More than 3,000 properties in the nearby Horse Lake area are under evacuation alerts. The District of 100 Mile House, roughly 200 kilometres north of Kamloops, is in the same boat.

Campsall spoke to CBC News by phone on Thursday from his post at a checkpoint on Highway 97C. The road has been shut down south of 100 Mile House as a nearby fire threatens to jump the highway.

The mayor said he's watching the roads closely after the wildfires of 2017.
'''))
    assert [w for w, _, _ in said(sts, "watching the roads")] == ["Mitch Campsall"]
    assert not [st for st in sts if st.speaker and "Mile House" in st.speaker.name]


# --- "Chow:" under a headline's "Mayor Chow" is Olivia Chow ------------------------------------------------------

def test_interview_label_under_a_mayors_headline_is_the_mayor_named_in_full():
    # https://webjosh.com/article/q-and-a-with-mayor-chow-will-torontonians-see-a-property-tax-hike-next-year-1703285833-15199
    _, sts = excerpt('''---
title: "Q and A with Mayor Chow: will Torontonians see a property tax hike next year?"
source_url: "https://example.org/chow"
---
Q and A with Mayor Chow: will Torontonians see a property tax hike next year?
Mayor Olivia Chow says she never imagined she would be leading the country's largest city a year ago.
After five months on the job, Chow sat down with CP24 on Friday to reflect on what she has done.
CP24: What have the last few months been like for Olivia Chow?
Chow: It's been fabulous. What an honour and what a privilege to be able to hear the stories of people from every corner of the city.
CP24: Will you raise property taxes?
Chow: We will have to see what the budget committee says. I want to keep it affordable for folks.
''')
    assert [w for w, _, _ in said(sts, "It's been fabulous")] == ["Olivia Chow"]
    assert [w for w, _, _ in said(sts, "keep it affordable")] == ["Olivia Chow"]
    assert not said(sts, "last few months been like")


# --- ", saying" after a main clause with a negated auxiliary and a dash aside -------------------------------------

def test_saying_after_a_refusal_with_a_dash_aside_is_the_subjects():
    # https://www.daily8.com/en/article/d4593567a762d5a501ef32779d6993da (Calgary Herald)
    _, sts = excerpt(page('''
McLellan also told reporters deputy chiefs Chad Tawfik and Raj Gill have retired after lengthy stints of service with CPS.

She also wouldn't explain the exit of Neufeld — who had two years remaining on his contract — saying it was a confidential personnel matter.
'''))
    assert [(w, t) for w, _, t in said(sts, "confidential")] == [("McLellan", "it was a confidential personnel matter")]
    assert not said(sts, "two years remaining")


# --- "was quick to contend that" ----------------------------------------------------------------------------------

def test_eager_infinitive_frame_keeps_its_subject_and_drops_that():
    # https://www.macleans.ca/general/cbc-not-for-me/
    _, sts = excerpt(page('''
Unsurprisingly, NDP Leader Jack Layton was quick to contend that “Canadians ought to be concerned” that their leader “likes Fox News better than Canadian news.”
'''))
    found = said(sts, "ought to be concerned")
    assert [w for w, _, _ in found] == ["Jack Layton"], found
    assert found[0][2].startswith("“Canadians ought"), found
    assert [st.kind for st in sts if "ought to be concerned" in st.text] == ["indirect"]


# --- "pointing out that" and a lead "With ..." before the subject --------------------------------------------------

def test_pointing_out_participle_reports_the_subjects_words():
    # https://toronto.ctvnews.ca/this-is-a-federal-inquiry-doug-ford-dodges-questions-on-emergencies-act-inquiry-1.6125701
    _, sts = excerpt(page('''
Multiple questions by members of the opposition were directed at the premier on Wednesday morning, but only one was answered by Ford.
Calandra spoke in his stead, using the same talking points as a day earlier, pointing out that deputy ministers have been made available and that cabinet documents were provided to the commission.
''', date="2022-10-26"))
    assert [w for w, _, _ in said(sts, "deputy ministers have been made available")] == ["Calandra"]


def test_lead_with_phrase_then_a_title_subject_named_next():
    # https://calgary.citynews.ca/2023/04/13/calgary-police-violence
    _, sts = excerpt(page('''
With reports of another stabbing in Calgary Thursday, the city’s police chief is speaking out, saying he is “disgusted” by the recent string of violence.

“If you are involved in violent crime and you are bringing crime and harm and victimization to our city, you will be held accountable,” Calgary Police Chief Mark Neufeld said Thursday.
'''))
    assert [w for w, _, _ in said(sts, "disgusted")] == ["Mark Neufeld"]


# --- the Globe and Mail's photo caption dates an undated page ------------------------------------------------------

def test_globe_gallery_caption_dates_said_thursday():
    # https://www.page.ke/articles/conservative-party-distances-itself-from-supporters-questioning-election-polls-the-globe-and-mail
    _, sts = excerpt(page('''
Conservative Party distances itself from supporters questioning election polls - The Globe and Mail


Amidst tightening election polls, the Conservative Party distances itself from supporters questioning their validity, while their leader affirms acceptance of the election results.
AI Summary available — skim the key points instantly. Show AI Generated Summary
Show AI Generated Summary
Open this photo in gallery:Conservative Leader Pierre Poilievre speaks during a campaign stop in Milton, Ont., Thursday, April 10, 2025.Frank Gunn/The Canadian Press

The Conservative Party is distancing itself from supporters who are questioning the veracity of federal election polls as leader Pierre Poilievre said Thursday he will accept the results on April 28 no matter the outcome.
'''))
    assert [(w, d) for w, d, _ in said(sts, "accept the results")] == [("Pierre Poilievre", "2025-04-10")]


# --- where those rules must not reach (the corpora, read after the rules) -------------------------------------------

def test_no_audience_before_that_when_the_words_are_a_preposition_and_a_gerund():
    # PolNeAR train nyt_2016-02-25: "... but cautioned against viewing that as an endorsement." (no audience warned)
    _, sts = excerpt(page('''
Nevada's governor, Brian Sandoval, a Republican, said Tuesday that he had voted for Mr. Rubio, but cautioned against viewing that as an endorsement.
'''))
    assert not [st for st in sts if st.text == "as an endorsement"], [st.text for st in sts]


def test_eager_infinitive_needs_a_clause_not_an_object_or_a_work():
    # PolNeAR test huff-post_2016-11-02: "Obama went on to praise Clinton." (no words); bbc-news/entertainment/386:
    # "... and went on to write and executive produce seven seasons of the cult TV series." (authorship)
    _, sts = excerpt(page('''
Barack Obama went on to praise Clinton. “She is so much better qualified than the other guy,” he said.

Joss Whedon created the character of Buffy. He did not give up on the Slayer and went on to write and executive produce seven seasons of the cult TV series.
'''))
    assert not [st for st in sts if st.text in ("Clinton", "Clinton.")], [st.text for st in sts]
    assert not said(sts, "executive produce")
    assert [w for w, _, _ in said(sts, "so much better qualified")] == ["Barack Obama"]


def test_advisers_to_a_candidate_are_no_one_named():
    # PolNeAR train nyt_2016-02-25: "Advisers to Mr. Rubio are quick to point out that he has placed second ..."
    _, sts = excerpt(page('''
Mr. Rubio could still find a way to the nomination.

Advisers to Mr. Rubio are quick to point out that he has placed second in the last two contests, no matter how slim the margin.
'''))
    assert not [w for w, _, _ in said(sts, "placed second") if w and "Rubio" in w]


def test_an_aide_to_someone_speaks_for_no_one_named_and_closes_no_words():
    # reuters21578 reut2-002 #387: "... has urged Congress to give the farm credit system a few more months ..., a
    # senior aide to Foley said." (the aide's frame no part of the words); reut2-000 #180: '"...," an aide to
    # Agriculture Secretary Richard Lyng said.' is not Lyng's
    _, sts = excerpt(page('''
House Majority leader Thomas Foley (D-Wash.) has urged Congress to give the farm credit system a few more months to reorganize itself before rushing into a federal rescue of the system, a senior aide to Foley said.
'''))
    assert not [st for st in sts if "aide" in st.text], [st.text for st in sts]
    _, sts = excerpt(page('''
Agriculture Secretary Richard Lyng met farm leaders on Tuesday.

"The grain companies are trying to get this fired up again," an aide to Agriculture Secretary Richard Lyng said.
'''))
    assert not said(sts, "fired up again")


def test_a_place_after_cautions_is_the_clauses_subject():
    # https://calgaryherald.com/news/crime/as-shootings-continue-police-chief-and-mayor-say-calgary-remains-incredibly-safe
    _, sts = excerpt(page('''
Faced with a mounting caseload of shootings and violent crime, police Chief Roger Chaffin cautions Calgary remains an "incredibly safe city," but he worries the uptick has stoked fears among residents.
'''))
    found = said(sts, "incredibly safe city")
    assert [w for w, _, _ in found] == ["Roger Chaffin"], found
    assert found[0][2].startswith("Calgary remains"), found
