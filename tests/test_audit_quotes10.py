"""Audit round quotes10: Canadian news pages (CBC, CTV, Global News, Canadian Press copies ...) for missed quotes,
wrong speakers and false statements. Every case is a real passage (its URL in a comment); each asserts what the fix
changed."""
from test_audit_quotes8 import page
from test_hard_cases import show, the, who  # noqa: F401


def test_a_surname_before_the_full_name_is_the_person_named_later():
    # https://edmonton.connectfm.ca/news/post/year-end-interview-b-c-premier-eby-reflects-on-tense-2024-election: the
    # photo caption says "Eby noted ...", the story then names "BC Premier David Eby"
    doc, sts = page("Year-end interview: B.C. Premier Eby reflects on tense 2024 election",
                    "https://edmonton.connectfm.ca/news/post/year-end-interview-b-c-premier-eby-reflects-on-tense-2024-election", """
Eby noted that the message from voters was clear that they are giving them another chance, but they need to do a better job for the community.(The Canadian Press)

BC Premier David Eby described this year’s election as the most challenging of his political career in an interview at the end of the year. He said it was the election from which he learned the most throughout his entire career.
""")
    st = the(doc, sts, "giving them another chance")
    assert who(st) == "David Eby", show(sts)
    assert {who(s) for s in sts} == {"David Eby"}, show(sts)


def test_a_provincial_legislators_title_and_party_are_no_part_of_the_name():
    # https://www.winnipegfreepress.com/breakingnews/2019/04/04/premier-has-ulterior-motive-to-call-early-election-kinew-tells-business-breakfast:
    # "NDP MLA Wab Kinew" is Wab Kinew (the headline's "Kinew" too), not a person called "NDP MLA Wab Kinew" nor "Kinew"
    doc, sts = page("Premier has ulterior motive to call early election, Kinew tells business breakfast",
                    "https://www.winnipegfreepress.com/breakingnews/2019/04/04/premier-has-ulterior-motive-to-call-early-election-kinew-tells-business-breakfast", """
Premier has ulterior motive to call early election, Kinew tells business breakfast

Opposition leader and NDP MLA Wab Kinew isn’t buying the Progressive Conservative government’s rationale linked to the possibility of an early provincial election, and he told a room of more than 100 local business and community leaders what he thinks is really going on.

Premier Brian Pallister has hinted in the past week that he may call a provincial election earlier than the fall of 2020, suggesting Manitobans would rather celebrate the province’s 150th birthday next year than go to the polls.

“I don’t buy that reason,” Kinew said Thursday. “You want my honest answer (which) is I think there’s a strong likelihood that the economy moves into recession next year and that the closure of the emergency rooms are going to be a disaster and Pallister wants to go to the polls before those two begin.”
""")
    assert who(the(doc, sts, "I don’t buy that reason")) == "Wab Kinew", show(sts)
    assert who(the(doc, sts, "You want my honest answer")) == "Wab Kinew", show(sts)


def test_he_of_a_main_clause_after_a_fronted_clause_is_that_clauses_subject():
    # http://www.hockeyinsideout.com/news/leafs-6-habs-0-post-game-reaction-video: Plekanec's answer, not Therrien's
    doc, sts = page("Leafs 6, Habs 0: Post-game reaction (Video)",
                    "http://www.hockeyinsideout.com/news/leafs-6-habs-0-post-game-reaction-video", """
Therrien also said the team hopes the league reviews an incident involving Leafs forward Colton Orr who appeared to extend a knee to take down Canadiens forward Tomas Plekanec.

“When you have Colton Orr pull his knee on Plekanec, what are you going to say? Pretty clear, we hope the league is going to review that,” Therrien said.

When Plekanec was asked after the game if he thought it was an intentional attempt to injure, he said he didn’t know, he hadn’t seen the replay.
""")
    assert who(the(doc, sts, "he didn’t know")) == "Tomas Plekanec", show(sts)
    assert who(the(doc, sts, "Pretty clear, we hope")) != "Tomas Plekanec", show(sts)


def test_a_spokesperson_for_the_police_force_is_the_force_named_before():
    # https://atlantic.ctvnews.ca/residents-of-cape-breton-seniors-complex-worried-after-break-ins-vandalism-1.7107565
    doc, sts = page("Residents of Cape Breton seniors complex worried after break-ins, vandalism",
                    "https://atlantic.ctvnews.ca/residents-of-cape-breton-seniors-complex-worried-after-break-ins-vandalism-1.7107565", """
Cape Breton Regional Police confirmed to CTV Atlantic on Tuesday that they have responded to several complaints about unwanted youth in and around the building.

A spokesperson for the police force added they have assigned extra presence to the area to try and identify the youth, and prevent further problems.
""")
    st = the(doc, sts, "assigned extra presence")
    assert who(st) == "Cape Breton Regional Police", show(sts)


def test_a_spokesperson_for_the_health_authority_is_the_body_of_that_kind_named_before():
    # https://todayincanada.ca/?p=65074 (CBC): "the health authority" is Nova Scotia Health, named in the minister's
    # words just before
    doc, sts = page("Emergency department closures", "https://todayincanada.ca/?p=65074", """
“I am very confident in that,” Michelle Thompson said in an interview Wednesday.

“I think it’s part of the mandate of the work that Nova Scotia Health does.”

Legislation passed by the Progressive Conservatives last year did away with the Emergency Department Accountability Act. Among other things, the legislation mandated an annual report showing the total number of hours each emergency department in the province was closed.

But there was also the requirement for the community meetings, and details about those sessions were included in the annual reports. A spokesperson for the health authority said in a statement that officials have continued to hold meetings throughout the province to provide updates on health care and that those meetings “could include emergency department closures if applicable.”
""")
    st = the(doc, sts, "officials have continued to hold meetings")
    assert who(st) == "Nova Scotia Health", show(sts)


def test_a_quote_framed_by_said_of_what_it_was_about_is_direct_and_the_topic_no_content():
    # https://evdomada.ca/?p=1527780 (Sturgeon County wildfire news conference)
    doc, sts = page("Sturgeon County wildfire", "https://evdomada.ca/?p=1527780", """
Alanna Hnatiw, the mayor of Sturgeon County, also spoke at Wednesday’s news conference.

“It’s been a tireless fight against really difficult conditions,” she said of the wildfire situation that was sparked by an off-highway vehicle fire on the weekend. “There has been devastation.”
""")
    st = the(doc, sts, "tireless fight")
    assert who(st) == "Alanna Hnatiw" and st.kind == "direct", show(sts)
    assert not [s for s in sts if s.text.startswith("of the wildfire")], show(sts)


def test_a_standfirst_quoted_in_single_marks_and_framed_says_day_after():
    # http://amp.cbc.ca/news/canada/manitoba/premier-designate-wab-kinew-election-news-conference-1.6986337
    doc, sts = page("'I've got your back': Manitoba premier-designate Wab Kinew offers support to strikers",
                    "http://amp.cbc.ca/news/canada/manitoba/premier-designate-wab-kinew-election-news-conference-1.6986337", """
Manitoba's premier-designate Wab Kinew thanked the public for its trust, thanked the leaders of his rival parties and then committed support to striking MPI workers and health-care workers.

'This is the most difficult thing that I've ever done in my life,' Kinew says day after election victory

"Everything we do in health care has to start with the people," he said, standing at the foot of the Manitoba Legislative Building's grand staircase on Wednesday.
""")
    st = the(doc, sts, "the most difficult thing")
    assert who(st) == "Wab Kinew" and st.kind == "direct", show(sts)
    assert not [s for s in sts if s.text.startswith("day after")], show(sts)


def test_a_person_whose_apposition_is_a_role_with_a_body_speaks_not_the_body():
    # https://webjosh.com/article/residents-west-of-edmonton-under-evacuation-orders-due-to-out-of-control-wildfire-1682921899-249
    # (CBC): "Derrick Forsythe, information officer with Alberta Wildfire, said" is Forsythe, not "Alberta Wildfire"
    doc, sts = page("Residents west of Edmonton under evacuation orders due to out-of-control wildfire",
                    "https://webjosh.com/article/residents-west-of-edmonton-under-evacuation-orders-due-to-out-of-control-wildfire-1682921899-249", """
Both Parkland County and the neighbouring Yellowhead County have declared a state of local emergency.

Derrick Forsythe, information officer with Alberta Wildfire, said there are technically two fires burning in the area. As of 10 a.m., one of them was 330 hectares and the other was 3,000 hectares.

"With conditions so dry, people should take heed of the notices being sent from the municipality for evacuations to get out of harm's way," he told CBC on Sunday.
""")
    assert who(the(doc, sts, "technically two fires")) == "Derrick Forsythe", show(sts)
    assert who(the(doc, sts, "take heed of the notices")) == "Derrick Forsythe", show(sts)


def test_the_release_said_goes_on_with_the_body_that_said_it_in_a_news_release():
    # https://www.cbc.ca/news/canada/manitoba/rcmp-officer-charged-breach-trust-iiu-investigation-1.6219851
    doc, sts = page("RCMP officer charged with breach of trust",
                    "https://www.cbc.ca/news/canada/manitoba/rcmp-officer-charged-breach-trust-iiu-investigation-1.6219851", """
The charges are related to an incident that allegedly happened on June 27 in the Flin Flon, Man., area, the Independent Investigation Unit of Manitoba said in a Thursday news release.

RCMP received a report on July 7 about an alleged sexual assault by an on-duty RCMP officer. They reported it the next day to the investigative unit, which investigates serious incidents involving police in Manitoba.

Following an investigation, the police watchdog determined there are reasonable grounds to believe a criminal offence occurred and authorized a charge of breach of trust under the Criminal Code, the unit's news release says.

He is set to appear in Manitoba provincial court on Nov. 23 in The Pas.

No other details have been made public. The investigative unit is not releasing any further information about the incident as it is now before the court, the release said.
""")
    unit = "Independent Investigation Unit of Manitoba"
    assert who(the(doc, sts, "reasonable grounds to believe")) == unit, show(sts)
    assert who(the(doc, sts, "not releasing any further information")) == unit, show(sts)


def test_according_to_a_statement_from_a_body_and_its_name_before_an_adverb():
    # https://winnipegsun.com/news/crime/rcmp-officer-charged-following-iiu-investigation-into-alleged-sexual-assault
    doc, sts = page("RCMP officer charged following IIU investigation into alleged sexual assault",
                    "https://winnipegsun.com/news/crime/rcmp-officer-charged-following-iiu-investigation-into-alleged-sexual-assault", """
The Independent Investigation Unit (IIU) first advised it had launched an investigation in late July into an allegation that an off-duty RCMP officer in nothern Manitoba had committed a sexual assault on a minor.

The IIU conducted a thorough and independent investigation into the circumstances of this incident, according to a statement from the IIU Monday.
""")
    assert who(the(doc, sts, "had launched an investigation")) == "Independent Investigation Unit", show(sts)
    assert who(the(doc, sts, "conducted a thorough and independent")) == "Independent Investigation Unit", show(sts)


def test_the_agency_after_a_headline_naming_the_body_is_that_body():
    # https://www.thesudburystar.com/news/local-news/lots-of-snow-for-sudbury-today-and-wednesday: the headline printed
    # over the text names Environment Canada; "the agency said" after it is Environment Canada
    doc, sts = page("Environment Canada says Sudburians should expect ‘significant’ snowfall today and Wednesday",
                    "https://www.thesudburystar.com/news/local-news/lots-of-snow-for-sudbury-today-and-wednesday", """
Environment Canada says Sudburians should expect ‘significant’ snowfall today and Wednesday

“Snow from a trough approaching from the west will arrive today, with many areas receiving several centimetres by this evening,” the agency said. “The snow will become a bit lighter tonight, but then intensify again on Wednesday as a Colorado low passes by just to the south of the regions.”

Total snowfall amounts of 15 to 25 cm are likely today through Wednesday across the region, Environment Canada said.
""")
    assert who(the(doc, sts, "Snow from a trough")) == "Environment Canada", show(sts)
    assert who(the(doc, sts, "The snow will become a bit lighter")) == "Environment Canada", show(sts)
    assert not [s for s in sts if "Sudburians should expect" in s.text], show(sts)


def test_a_lead_describing_a_minister_whose_name_frames_the_quote_after_it():
    # https://todayincanada.ca/?p=65074 (CBC)
    doc, sts = page("Emergency department closures", "https://todayincanada.ca/?p=65074", """
Nova Scotia’s health minister says public meetings in communities with a pattern of emergency department closures will continue, despite her government repealing legislation last year that included a requirement for the meetings.

“I am very confident in that,” Michelle Thompson said in an interview Wednesday.
""")
    assert who(the(doc, sts, "public meetings in communities")) == "Michelle Thompson", show(sts)


def test_a_body_named_for_its_city_speaks_as_a_body():
    # https://calgary.ctvnews.ca/calgary-council-to-talk-budget-with-tax-increases-on-the-table-1.6161587
    doc, sts = page("Calgary council to talk budget with tax increases on the table",
                    "https://calgary.ctvnews.ca/calgary-council-to-talk-budget-with-tax-increases-on-the-table-1.6161587", """
Advocates in the affordability and active transportation sectors hope there are changes in those sectors.

Bike Calgary says there isn't enough money allocated to help improve mobility, cut emissions and establish safer routes to schools.

"We see active transportation being underfunded," said Molli Bennett, Bike Calgary president.
""")
    assert who(the(doc, sts, "enough money allocated")) == "Bike Calgary", show(sts)
    assert who(the(doc, sts, "being underfunded")) == "Molli Bennett", show(sts)


def test_a_quotation_closed_by_two_right_single_marks():
    # https://leaderpost.com/news/high-profile-cases-pose-unique-challenges/wcm/ac95d2a2-c0cb-4403-b8a2-69d2a47e1b58/amp/
    doc, sts = page("High-profile cases pose unique challenges",
                    "https://leaderpost.com/news/high-profile-cases-pose-unique-challenges/wcm/ac95d2a2-c0cb-4403-b8a2-69d2a47e1b58/amp/", """
It is difficult to say what impact the public scrutiny has on a criminal trial, says Montreal lawyer Marie-Hélène Giroux, who represented former Saskatchewan Roughriders linebacker Trevis Smith.

“In a city like Regina where everybody knows everybody, and especially — I lived it personally — when it comes to the football team where everybody has words to say, it would be difficult to find either a jury that would be completely impartial or a judge that would not have heard about what is going on,’’ Giroux said.

“The higher the case profile, I think the more dangerous it is that the person will be tried in the court of public opinion. The courts have to be aware of that, judges have to be aware of that and the lawyers have to be aware of that and careful about that.’’
""")
    st = the(doc, sts, "In a city like Regina")
    assert st.kind == "direct" and st.text.startswith("In a city") and not st.text.endswith("’"), show(sts)
    assert who(the(doc, sts, "The higher the case profile")) == "Marie-Hélène Giroux", show(sts)


def test_a_place_after_a_preposition_is_no_subject_of_a_coordinated_says():
    # https://dailyhive.com/montreal/emergency-act-quebec-legault-declines: the premier's words, once, not also
    # the Sûreté du Québec's (named before)
    doc, sts = page("Legault says Quebec doesn't want Emergency Act invoked in province",
                    "https://dailyhive.com/montreal/emergency-act-quebec-legault-declines", """
Premier François Legault says he told Prime Minister Justin Trudeau that Quebec does not need the Emergency Act to be invoked in the province.

While speaking with journalists at a news conference in Longueuil, Legault says he was “very clear” with Trudeau that the federal Emergency Act “must not apply in Quebec.”

“I think we don’t need it,” he justified. “So far, we’re able with the Sûreté du Québec to keep control [on provincial protests], and I think that at this moment, it would not help the social climate.”

The premier acknowledged that there is “a lot of pressure” in Quebec right now and says he’s away that “part of the population want that we move forward, so I think we have to be very careful, and I don’t think we need it in Quebec.”
""")
    hits = [s for s in sts if "part of the population" in s.text]
    assert [who(s) for s in hits] == ["François Legault"], show(sts)


def test_a_sentence_ends_before_a_quotation_opening_on_the_reporters_bracket():
    # https://edmonton.ctvnews.ca/officials-urge-albertans-to-make-evacuation-plans-as-fire-activity-intensifies-1.6397610
    doc, sts = page("Officials urge Albertans to make evacuation plans as fire activity intensifies",
                    "https://edmonton.ctvnews.ca/officials-urge-albertans-to-make-evacuation-plans-as-fire-activity-intensifies-1.6397610", """
"Preparing in advance can help keep you and your loved ones safe," said Bre Hutchinson, Alberta Emergency Management executive director. "[It's] important to create an emergency plan for yourself and your family that everyone understands.

"Talk about what you would do, where you would go, how you would stay in touch if you were not together or not at home when an evacuation order is issued."
""")
    st = the(doc, sts, "important to create an emergency plan")
    assert who(st) == "Bre Hutchinson" and st.text.endswith("is issued."), show(sts)


def test_a_canadian_news_outlets_estimate_is_no_statement():
    # https://www.atinitonews.com/2023/05/out-of-control-wildfires-force-thousands-more-albertans-to-flee/ (CBC copy)
    doc, sts = page("Out-of-control wildfires force thousands more Albertans to flee",
                    "https://www.atinitonews.com/2023/05/out-of-control-wildfires-force-thousands-more-albertans-to-flee/", """
With so many evacuations underway, it’s difficult to quantify how many people have had to leave their homes, but CBC News estimates that number is more than 20,000. And conditions aren’t likely to improve in the short term.

“We’re expecting very warm weather and extremely strong winds, particularly in the northern half of the province,” Christie Tucker, information unit manager with Alberta Wildfire, told a news conference Friday morning.
""")
    assert not [s for s in sts if "20,000" in s.text], show(sts)
    assert who(the(doc, sts, "very warm weather")) == "Christie Tucker", show(sts)


def test_he_after_a_lone_surname_frame_with_a_subordinate_speaker_is_the_main_frames_speaker():
    # https://tnc.news/?p=117486: the page never gives Poilievre's first name; "he" is Poilievre, not Trudeau (named in
    # a "since" clause) nor Christy Clark (the last of a list of names in the object)
    doc, sts = page("Poilievre press conference", "https://tnc.news/?p=117486", """
“They’re all just like Justin,” Poilievre told reporters in Ottawa during his first press conference since Prime Minister Justin Trudeau announced he would be resigning once the Liberal party had elected a new leader.

“In the next election I will be running against Justin Trudeau, whether his name is Justin Trudeau or his name is Chrystia Freeland or carbon tax Carney or carbon tax Clark, they will all be Justin Trudeau,” he said on Thursday.

Poilievre then listed off potential candidates Mark Carney, Chrystia Freeland and Christy Clark, all of who could potentially serve as the new leader of the Liberals, citing each of their long-standing alignment with Trudeau’s policies.

“I’m calling on Justin Trudeau to do what he has the legal power to do, he can do it without his caucus supporting him,” he said.

The Conservative leader said such changes would make Canada’s economy more independent and less vulnerable to threats from abroad.
""")
    assert who(the(doc, sts, "In the next election I will be running")) == "Poilievre", show(sts)
    assert who(the(doc, sts, "I’m calling on Justin Trudeau")) == "Poilievre", show(sts)
    assert who(the(doc, sts, "such changes would make")) == "Poilievre", show(sts)


def test_what_a_sentence_opening_frame_says_may_open_with_a_while_clause():
    # https://evdomada.ca/?p=1527780 (Sturgeon County wildfire news conference)
    doc, sts = page("Sturgeon County wildfire", "https://evdomada.ca/?p=1527780", """
“We do expect that we will see some significant fire activity,” Chad Moore, Sturgeon County’s fire chief, told reporters at a news conference held via video call on Wednesday morning.

The fire, which started Saturday, has destroyed a farmhouse. Moore said crews would be attempting to survey damage on Wednesday and could not provide a further update as of morning. He said while an official estimate of the fire’s current size was expected later on Wednesday, as of the morning he believed it was likely approaching 2,000 hectares.
""")
    assert who(the(doc, sts, "likely approaching 2,000 hectares")) == "Chad Moore", show(sts)


def test_the_agents_of_a_participle_are_no_subject_of_a_documents_calls_for():
    # https://globalnews.ca/news/10878244/calgary-city-councillors-amendments-budget-spending/amp
    doc, sts = page("Calgary city councillors amendments budget spending",
                    "https://globalnews.ca/news/10878244/calgary-city-councillors-amendments-budget-spending/amp", """
“We really wanted to make sure we weren’t impacting transit, safety, front-line services,” Sharp said.

One of the amendments listed in the news release, proposed by Sharp and McLean, calls for the consolidation of the the Chief Administrative Officer (CAO) and Chief Operating Officer (COO) positions to “eliminate redundant, high-cost roles and save taxpayer dollars.”
""")
    assert not [s for s in sts if "consolidation" in s.text], show(sts)
