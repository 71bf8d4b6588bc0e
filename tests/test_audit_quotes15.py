"""Audit round quotes15: statement and speaker errors on Canadian news that quotes anyone (CTV, CBC, Global News, The
Canadian Press, the Montreal Gazette and Calgary Herald as daily8.com copies them, the Winnipeg Free Press, the Toronto
Star, iHeartRadio, the Epoch Times). Each test reads a real passage (its page's URL in a comment) as the pipeline does
and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a full name closed by a possessive ("Tim Houston's Progressive Conservatives") introduces its person ------------

def test_a_name_closed_by_a_possessive_introduces_the_person():
    # https://atlantic.ctvnews.ca/nova-scotia-premier-tones-down-rhetoric-toward-ottawa-in-end-of-year-interview-1.7157919
    doc, sts = excerpt(page('''
Tim Houston's Progressive Conservatives were returned to power Nov. 26, capturing 43 of the legislature's 55 seats after a campaign during which he attacked Prime Minister Justin Trudeau's Liberal government on a number of fronts.

But in a recent end-of-year interview with The Canadian Press, Houston was more conciliatory, saying a Dec. 9 meeting at his Halifax office with Trudeau was conducted with "a spirit of collaboration."

"We started to see right away that the tone was different," he said, adding that whatever comes of Trudeau's leadership of the Liberal party, Nova Scotia will retain its important relationship with the federal government.

"I would say they were more open-minded to looking at different ways we could finance it (the isthmus project), so I will let that unfold," said Houston.
'''))
    assert [w for w, _, _ in said(sts, "spirit of collaboration")] == ["Tim Houston"]    # ("But in ..., Houston")
    assert [w for w, _, _ in said(sts, "We started to see")] == ["Tim Houston"]          # (not Trudeau)
    assert [w for w, _, _ in said(sts, "I would say they were")] == ["Tim Houston"]


def test_a_lone_possessive_word_before_a_name_is_no_person():
    from pressarchive.resolve import _possessive_person_end
    assert _possessive_person_end(["Tim", "Houston's", "Progressive", "Conservatives"]) == 2
    assert _possessive_person_end(["Chrysler's", "New", "York"]) is None
    assert _possessive_person_end(["Tim", "Houston's"]) is None     # (the run is the name: nothing after it)


# --- single-quoted copy: a quotation inside one closes with it ("explain.''"), "the premier said" after a standfirst --

def test_single_quoted_copy_whose_inner_quotation_closes_with_two_apostrophes():
    # https://test.daily8.com/en/article/a7d254e8849914a9b299aafe9e1f5e1f (Montreal Gazette)
    doc, sts = excerpt(page('''
QUEBEC — Facing criticism over reforms on everything from doctors' salaries to the CAQ government's energy policy and with Quebecers feeling the pinch in their pocketbooks, Premier François Legault vowed on Friday to soldier on and seek a new mandate in 2026.

'It's not easy for all governments in the world,' Legault said at a news conference wrapping up what has been a rocky winter sitting of the National Assembly. 'It's not easy. Its easy to say it's the fault of the government.

'I think it's normal. But when you look at the facts, we did better than Ontario and the rest of Canada for increases in salaries and disposable income. But people don't feel it. They say 'I don't feel I have more money. I count on you to explain.''

Referring to his other challenges, Legault said: 'What's important for me is not popularity. It's about results. I'm proud of the results.'

'I think he has to take a long walk on the grass,' interim Liberal leader Marc Tanguay added, in a reference to former prime minister Pierre Trudeau's famous walk in the snow in February 1984 where he decided to resign.
'''))
    assert said(sts, "It's not easy for all governments") == [
        ("François Legault", None, "It's not easy for all governments in the world")]
    run_on = said(sts, "I think it's normal")
    assert [w for w, _, _ in run_on] == ["François Legault"] and run_on[0][2].startswith("It's not easy. Its easy")
    assert said(sts, "What's important") == [
        ("François Legault", None, "What's important for me is not popularity. It's about results. I'm proud of the "
                                   "results.")]
    assert said(sts, "long walk") == [("Marc Tanguay", None, "I think he has to take a long walk on the grass")]
    assert not said(sts, "in a reference to")     # (the words after the inverted frame are no statement)


def test_a_single_quoted_standfirst_framed_by_the_premier():
    # https://montrealgazette.com/news/quebec/francois-legault-says-he-believes-his-environment-minister-can-improve
    doc, sts = excerpt(page('''
'In general, I am satisfied with all the ministers. It's normal for some of them to be still working at mastering their files,' the premier said.

Quebec Premier François Legault reads a book with young Sara De Montigny during a visit at the St-Justine Hospital on Friday. Paul Chiasson / THE CANADIAN PRESS

Premier François Legault says he still has confidence in his environment minister, MarieChantal Chassé, and says she will improve over time.
'''))
    assert said(sts, "In general") == [
        ("François Legault", None, "In general, I am satisfied with all the ministers. It's normal for some of them to "
                                   "be still working at mastering their files")]


def test_a_framed_quote_after_the_premier_opens_its_own_paragraph():
    from pressarchive.extract.quotes import _framed_quote_at
    body = '"It is not easy," the premier said.'
    assert _framed_quote_at(body, 0, len(body))
    assert _framed_quote_at('"It is not easy," the former premier said.', 0, 42)


# --- Markdown lines printed one a paragraph with no blank line between: each its own paragraph ------------------------

def test_lines_of_a_page_without_blank_lines_are_paragraphs_when_not_hard_wrapped():
    # https://www.daily8.com/en/article/2878f8d8fb240f69ace765d384de4df1 (Calgary Herald)
    doc, sts = excerpt(page('''
Calgary Mayor Jyoti Gondek pulls no punches, proving once again how politics is a blood sport, especially if you're fighting for your political life.
'Calgarians have clearly indicated they are seeing improvements at city hall,' says Gondek.
'This business of tearing each other down and this business of saying we are a city in chaos is simply not a fact.
'When you're elected to do a job your job is to make things better, not explain about what didn't get done. Get in there and fix it and make it better.'
In Gondek's mind she has changed in the last year and a half since a poll found her approval rating in the ditch with disapproving numbers worse than any previous Calgary mayor.
'''))
    assert said(sts, "Calgarians have") == [
        ("Jyoti Gondek", None, "Calgarians have clearly indicated they are seeing improvements at city hall")]
    run_on = said(sts, "This business of tearing")
    assert [w for w, _, _ in run_on] == ["Jyoti Gondek"] and run_on[0][2].endswith("fix it and make it better.")
    assert not said(sts, "In Gondek's mind")


def test_a_quoted_paragraph_after_an_indirect_one_on_its_own_line():
    # https://www.daily8.com/en/article/60e31fc20f7420255e01b2a6d4e0fe8e (Winnipeg Free Press)
    doc, sts = excerpt(page('''
McKinnon said the incident began when police received a report of shots fired on the 100 block of Grove Street at 5:30 a.m.
KEVIN ROLLASON / FREE PRESS
Winnipeg police Const. Dani McKinnon said the area has been closed 'out of an abundance of caution.'
McKinnon said the incident is in an area where no nearby residents had to be evacuated.
'We want this to end peacefully and be resolved in a timely manner.'
'''))
    assert [t for _, _, t in said(sts, "Grove Street")] == [
        "the incident began when police received a report of shots fired on the 100 block of Grove Street at 5:30 a.m"]
    assert [w for w, _, _ in said(sts, "end peacefully")] == ["Dani McKinnon"]


def test_hard_wrapped_markdown_lines_still_join():
    from pressarchive.read.markdown import markdown_to_text
    assert markdown_to_text("One short line\nand its next line.\n\nA second paragraph.") == \
        "One short line and its next line.\n\nA second paragraph."
    long = "A sentence of words. " * 6
    assert markdown_to_text(f"{long.strip()}\nSecond line.") == f"{long.strip()}\n\nSecond line."
    assert markdown_to_text(f"{long.strip()}\nand it goes on.").count("\n") == 0     # (lower case: wrapped)
    # a pointer wrapped before its address stays one paragraph (whitehouse.gov fact sheets)
    assert markdown_to_text("Read the full report here:\n<https://example.org/" + "x" * 100 + ".pdf>").count("\n") == 0


# --- "claiming" after a clause: the clause's subject says it -----------------------------------------------------------

def test_claiming_after_a_clause_is_its_subjects_statement():
    # https://atlantic.ctvnews.ca/premier-declares-new-brunswick-is-back-as-province-faces-several-challenges-1.6267849
    doc, sts = excerpt(page('''
New Brunswick's premier touted his government's achievements Thursday, claiming it has spurred progress in health care, education, energy development and the economy.
Blaine Higgs declared to a crowd at the Fredericton Convention Centre that "New Brunswick is back, in a big way."
'''))
    assert [(w, t) for w, _, t in said(sts, "spurred progress")] == [
        ("Blaine Higgs", "it has spurred progress in health care, education, energy development and the economy")]


# --- nothing said: "revealed no details", "she didn’t say" (a curly apostrophe) ----------------------------------------

def test_revealed_no_details_is_nothing_said():
    # https://winnipeg-news.ca/?p=11272
    doc, sts = excerpt(page('''
"These members are dedicated police officers, officers who did not ever want to take a life. They reacted to the actions of this person," Winnipeg Police Service acting chief Art Stannard said.

Stannard revealed no details about the man, including his age or whether he was a tenant of the building. His next of kin has not yet been notified about his death, he said.
'''))
    assert not said(sts, "no details")
    assert [w for w, _, _ in said(sts, "next of kin")] == ["Art Stannard"]


def test_didnt_say_with_a_curly_apostrophe_is_nothing_said():
    # https://theepochtimes.com/article/toronto-city-councillors-talk-about-their-plans-for-the-coming-year-1505047
    doc, sts = excerpt(page('''
Ana Bailão is a fist time councillor but worked at City Hall before taking office. She said the election showed voters wanted change, but that doesn’t mean the new council is going to be divided.

“At the end of the day, I believe that all Councillors only wish to act in the best interest of their ward and their residents, and it is this that unites Council’s efforts above all else.” Whether that means things are going well so far, she didn’t say.
'''))
    assert not said(sts, "Whether that means")
    assert [w for w, _, _ in said(sts, "At the end of the day")] == ["Ana Bailão"]


# --- "Troy Charter, Director of Transit Operations at OC Transpo said": the person, not the body -----------------------

def test_a_name_before_a_capitalised_title_at_a_body_speaks():
    # https://www.iheartradio.ca/580-cfra/news/riders-left-out-in-the-cold-by-oc-transpo-delays-cancellations-1.8663483
    doc, sts = excerpt(page('''
A nightmare Thursday morning commute on OC Transpo left hundreds of riders to fend for themselves.

Troy Charter, Director of Transit Operations at OC Transpo said customer service was made aware of the delays and cancellations and worked to inform riders as soon as possible of changing route schedules.

"That was one of the areas in which we did see service delays; upwards of 20 minutes there, could've been longer" said Charter.
'''))
    assert [w for w, _, _ in said(sts, "customer service was made aware")] == ["Troy Charter"]
    assert [w for w, _, _ in said(sts, "upwards of 20 minutes")] == ["Troy Charter"]


# --- first names alone in a vox pop; "Cecil St." is a street ------------------------------------------------------------

def test_a_street_is_no_speaker_and_a_first_name_with_its_apposition_is():
    # https://www.thestar.com/news/gta/2014/04/14/in_wards_20_and_28_voters_fret_about_citys_reputation.html
    doc, sts = excerpt(page('''
On the front stoop of their Cecil St. house, Carolyn, Gabrielle and Robyn were sipping tea and nibbling banana bread Sunday afternoon. The young women are from Calgary, Boston and Halifax respectively.

One, Rob Ford has blotted out the sun when it comes to shining light on issues during the current mayoral campaign. Two, he has made Toronto famous for all the wrong reasons.

Robyn, a newly graduated architect, had just returned from California. Mention you’re from Canada, she said, and the first thing anyone says is “Rob Ford!”
''', date="2014-04-14"))
    assert {w for w, _, _ in said(sts, "")} == {"Robyn"}, said(sts, "")


def test_street_abbreviations_are_places():
    from pressarchive.speaker_names import why_not_a_speaker
    assert why_not_a_speaker("Cecil St", "person") == "place"
    assert why_not_a_speaker("Sarah St. John", "person") is None


# --- "Vinish, a Caswell resident who lived in Mayfair ..., says": the name before the apposition -----------------------

def test_a_name_before_an_apposition_with_a_relative_clause_speaks():
    # http://saskatoon.ctvnews.ca/you-would-not-see-this-in-the-suburbs-house-with-asbestos-has-residents-concerned-1.3619826
    doc, sts = excerpt(page('''
“We care about our property values and we care about our community.” Shannon Vinish told CTV.

Vinish, a Caswell resident who lived in Mayfair for more than ten years, says the demolished house was a boiling point for concerns she has about the neighbourhood.
'''))
    assert said(sts, "boiling point") == [
        ("Shannon Vinish", None, "the demolished house was a boiling point for concerns she has about the neighbourhood")]


# --- an interview's answers after a topic's label: "On collaboration with the Green Party: “...”" ---------------------

def test_an_answer_after_a_topics_label_is_the_interviewees():
    # https://globalnews.ca/news/4786170/year-end-interview-higgs/
    doc, sts = excerpt(page('''
New Brunswick Premier Blaine Higgs says he has the permission of the legislature to proceed with lifting the fracking moratorium in the Sussex area, and bringing forward a bill in the new year would be a “redundant exercise.”

Blaine Higgs made the comments in a wide-ranging interview with anchor Sarah Ritchie in late December. Here’s what he had to say on some key topics.

On why the legislature won’t be asked to vote on lifting the fracking moratorium:

“Why would we duplicate that effort? We didn’t bring it forward as a Throne Speech item.”

On collaboration with the Green Party: “Maybe we need a little different shade of Green here in New Brunswick.”
'''))
    assert [w for w, _, _ in said(sts, "duplicate that effort")] == ["Blaine Higgs"]
    assert [w for w, _, _ in said(sts, "different shade of Green")] == ["Blaine Higgs"]


def test_a_lead_adjunct_with_a_participle_before_the_subject_of_a_frame():
    # http://www.globaltimes.cn/content/763361.shtml (Xinhua; eval/own/docs-b/wire/046.md, train): the lead "But in a
    # statement posted on its website," before "the ministry noted that ...", and the participle after it
    doc, sts = excerpt(page('''
French foreign ministry said on Thursday media reports on the release of seven French nationals seized in northern Cameroon could not be confirmed.

But in a statement posted on its website, the ministry noted that the reports on hostages' release "could not be confirmed," warning against the "spread of premature information."
''', date="2013-02-21"))
    assert [w for w, _, _ in said(sts, "hostages' release")] == ["French foreign ministry"]
    assert [w for w, _, _ in said(sts, "premature information")] == ["French foreign ministry"]


# --- "Some in and around ..., Quispamsis, say": unnamed people, not the place ----------------------------------------

def test_some_in_a_place_is_no_speaker():
    # https://www.cbc.ca/news/canada/new-brunswick/it-s-a-great-thing-to-have-a-change-1.4890924
    doc, sts = excerpt(page('''
The first hours as premier-designate were quiet for Blaine Higgs.

Some in and around Blaine Higgs's home riding, Quispamsis, say they're happy about the transition of government that will take place in the coming days.

"I think it's good for the area," said Allen Kirkpatrick.
'''))
    assert not said(sts, "transition of government")
    assert [w for w, _, _ in said(sts, "good for the area")] == ["Allen Kirkpatrick"]


# --- "told his caucus of Progressive Conservative MLAs that": the audience is no part of the words -------------------

def test_an_audience_of_members_told_is_no_part_of_the_words():
    # https://ca.news.yahoo.com/higgs-offers-no-clues-future-110000203.html (CBC)
    doc, sts = excerpt(page('''
New Brunswick Premier Blaine Higgs defended his major moves in health and education.

Higgs made no reference to that Thursday night, though he told his caucus of Progressive Conservative MLAs that "you ran with me as team Higgs" and thanked them for sticking with him.
'''))
    assert [(w, t) for w, _, t in said(sts, "team Higgs")] == [("Blaine Higgs", "you ran with me as team Higgs")]


# --- "The Vanier resident, who's also a volunteer ..., said", "The upbeat veteran said": the person just quoted -------

def test_a_resident_described_after_her_quote_is_the_person_quoted():
    # https://amp.cbc.ca/lite/story/1.5346302
    doc, sts = excerpt(page('''
"When we are many people together, we can achieve bigger things," said Carolyn Lecorre, who uses transit to take her two-year-old daughter to daycare.

The Vanier resident, who's also a volunteer for the group, said the new system isn't helping anyone — especially those who rely solely on buses.
'''))
    assert [w for w, _, _ in said(sts, "isn't helping anyone")] == ["Carolyn Lecorre"]


def test_the_veteran_after_her_quotes_is_the_councillor():
    # https://theepochtimes.com/article/toronto-city-councillors-talk-about-their-plans-for-the-coming-year-1505047
    doc, sts = excerpt(page('''
“It’s an exciting time for Toronto right now. We have a new Mayor and in just the first week we have already approved significant changes,” said long time Councillor Frances Nunziata.

“We have finally eliminated snacks for meetings of council and community council, and this is just the beginning.”

The upbeat veteran said she is looking forward to the revised plan for Transit City, the vote to cancel the Personal Vehicle Tax, and the move to trim councillor and mayoral office budgets.
'''))
    assert [w for w, _, _ in said(sts, "revised plan for Transit City")] == ["Frances Nunziata"]


# --- "James Yachysh who lives in Parkridge says ...": a full name before a relative clause with no commas -------------

def test_a_full_name_before_a_bare_relative_clause_speaks():
    # http://www.cbc.ca/news/canada/saskatchewan/saskatoon-parkridge-residents-want-connecting-road-1.2447004
    doc, sts = excerpt(page('''
Parkridge development issue

James Yachysh who lives in Parkridge says a new road will make travel safer for anyone that passes through the area. (CBC)

Police who responded to the call said the man was injured.
'''))
    assert said(sts, "") == [
        ("James Yachysh", None, "a new road will make travel safer for anyone that passes through the area")]


# --- "Her husband, Lew Squires agreed." then a quoted paragraph: his words, not his wife's ----------------------------

def test_a_quotation_after_a_sentence_of_agreement_is_the_agreeing_persons():
    # https://www.cbc.ca/news/canada/new-brunswick/it-s-a-great-thing-to-have-a-change-1.4890924
    doc, sts = excerpt(page('''
"I think we need new blood and different ideas, so I'm for it," said Theresa Squires, who's lived in Saint John all her life.

Her husband, Lew Squires agreed.

"It's awesome, really. It's a great thing to have a change and somebody like him to be in there. It's just good."
'''))
    assert [w for w, _, _ in said(sts, "new blood")] == ["Theresa Squires"]
    assert [w for w, _, _ in said(sts, "It's awesome")] == ["Lew Squires"]


# --- "vowed on Friday to soldier on": the infinitive after the day is what was pledged --------------------------------

def test_vowed_on_a_day_to_do_something():
    # https://test.daily8.com/en/article/a7d254e8849914a9b299aafe9e1f5e1f (Montreal Gazette)
    doc, sts = excerpt(page('''
QUEBEC — Facing criticism over reforms on everything from doctors' salaries to the CAQ government's energy policy and with Quebecers feeling the pinch in their pocketbooks, Premier François Legault vowed on Friday to soldier on and seek a new mandate in 2026.
'''))
    assert [(w, t) for w, _, t in said(sts, "")] == [
        ("François Legault", "to soldier on and seek a new mandate in 2026")]


# --- "she struggled to explain what she will do": nothing said ---------------------------------------------------------

def test_struggled_to_explain_is_nothing_said():
    # https://montrealgazette.com/news/quebec/francois-legault-says-he-believes-his-environment-minister-can-improve
    doc, sts = excerpt(page('''
Premier François Legault says he still has confidence in his environment minister, MarieChantal Chassé, and says she will improve over time.

When Chassé returned from the COP24 climate change conference in Poland, she did not meet the media to explain what she had accomplished. Earlier this week she struggled to explain what she will do to the province’s Green Fund in the wake of a report saying the money was being badly managed.
'''))
    assert not said(sts, "Green Fund")


# --- "Tim Simmons, Karen Turkstra, Laura Peddle and Shirley Glauser say ...": each of the four -------------------------

def test_a_list_of_four_names_says_it_each():
    # http://www.hamiltonnews.com/community/four-trustees-leaving-public-school-board/
    doc, sts = excerpt(page('''
(Clockwise from top left) Tim Simmons, Karen Turkstra, Laura Peddle and Shirley Glauser say they are leaving the Hamilton-Wentworth District School Board at the end of this term.
'''))
    assert [w for w, _, _ in said(sts, "they are leaving")] == [
        "Tim Simmons", "Karen Turkstra", "Laura Peddle", "Shirley Glauser"]


# --- "At one point last year Higgs said ...": a time noun closes the adjunct before the name -------------------------

def test_a_name_after_a_time_adjunct_with_no_comma():
    # https://ca.news.yahoo.com/higgs-offers-no-clues-future-110000203.html (CBC)
    doc, sts = excerpt(page('''
New Brunswick Premier Blaine Higgs defended his major moves in health and education.

At one point last year Higgs said he would use the state of the province speech to announce whether he'd stay on to seek another mandate in next year's election.
'''))
    assert [(w, t) for w, _, t in said(sts, "")] == [
        ("Blaine Higgs", "he would use the state of the province speech to announce whether he'd stay on to seek "
                         "another mandate in next year's election")]


# --- "..., police said." in the lead, the force named in full only further on ------------------------------------------

def test_bare_police_before_the_one_force_named_in_full():
    # https://winnipeg-news.ca/?p=11272 (Winnipeg Free Press)
    doc, sts = excerpt(page('''
City police shot and killed an armed man inside a North Point Douglas apartment building and Manitoba’s police watchdog is investigating.

Officers responded to an apartment complex in the 800 block of Main Street around 12:30 p.m. after receiving reports of a man wielding a pair of edged weapons, police said.

“There were multiple 911 calls on this incident. The male was armed with, and swinging, edged weapons, banging on tenants’ doors,” Winnipeg Police Service acting chief Art Stannard told reporters at a news conference.
'''))
    assert [w for w, _, _ in said(sts, "Officers responded")] == ["Winnipeg Police Service"]


def test_bare_police_with_two_forces_named_stays_unattributed():
    doc, sts = excerpt(page('''
Officers responded to an apartment complex after receiving reports of a man wielding a knife, police said.

The Toronto Police Service and the York Regional Police Service are investigating together.
'''))
    assert [w for w, _, _ in said(sts, "Officers responded")] in ([], [None])


# --- a photo's caption between a resident's words and her next quotation: the quotation is still hers -----------------

def test_a_caption_between_two_statements_names_no_speaker():
    # https://www.cbc.ca/news/canada/new-brunswick/it-s-a-great-thing-to-have-a-change-1.4890924
    doc, sts = excerpt(page('''
"I think we need new blood and different ideas, so I'm for it," said Theresa Squires, who's lived in Saint John all her life.

Theresa Squires said Higgs's promise to roll back the nutrition policy in schools stuck with her.

Blaine Higgs answers questions from the media after defeating the Liberals on Friday. (James West/Canadian Press)

"I'm only a grandparent now, but I'd like to see the change in the schools, where they weren't allowed to have all this certain kind of food and everything, which I think is ridiculous. He said that he would try to bring that back."
'''))
    assert [w for w, _, _ in said(sts, "grandparent")] == ["Theresa Squires"]
    assert not said(sts, "questions from the media")


def test_a_floating_quotation_in_the_paragraph_a_first_named_person_opens():
    # https://www.thestar.com/news/gta/2014/04/14/in_wards_20_and_28_voters_fret_about_citys_reputation.html
    doc, sts = excerpt(page('''
Robyn, a newly graduated architect, had just returned from California. Mention you’re from Canada, she said, and the first thing anyone says is “Rob Ford!”

Carolyn, studying urban planning, has an 88-year-old grandfather in France. He phoned during the worst of the revelations about the mayor’s enthusiasms, alarmed at where she was living. “He asked me, Is Toronto safe?! Are you OK?”
''', date="2014-04-14"))
    assert [w for w, _, _ in said(sts, "Is Toronto safe")] == ["Carolyn"]
    assert [w for w, _, _ in said(sts, "Rob Ford")] == ["Robyn"]


def test_a_single_quoted_paragraph_after_a_paragraph_about_its_speaker():
    # https://test.daily8.com/en/article/a7d254e8849914a9b299aafe9e1f5e1f (Montreal Gazette)
    doc, sts = excerpt(page('''
Premier François Legault vowed on Friday to soldier on and seek a new mandate in 2026.

'I think he has to take a long walk on the grass,' interim Liberal leader Marc Tanguay added.

'I don't think he is the man of the situation. I think his time is past. François Legault needs to examine his conscience this summer.'

Legault was ready with an answer. He's staying and so are his ministers because he is not planning a summer cabinet shuffle.

'We got a strong team and we're staying.'
'''))
    assert [w for w, _, _ in said(sts, "man of the situation")] == ["Marc Tanguay"]
    assert [w for w, _, _ in said(sts, "strong team")] == ["François Legault"]
