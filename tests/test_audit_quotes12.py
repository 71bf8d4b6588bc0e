"""Audit round quotes12: Canadian news pages (CBC, CTV, Global News, Canadian Press copies, local radio and papers)
read statement by statement against the page. Every case is a real passage (its URL in a comment); each asserts what
the fix changed."""
from test_audit_quotes11 import page     # (a page of front matter and body, read and analysed)
from test_hard_cases import show, the, who


def test_a_pronoun_after_a_sentence_naming_someone_as_its_complement_is_that_person():
    # https://www.mix1037fm.com/2018/03/28/59154/: "He tells Mix News" is Keith Janzen, whom the sentence before names
    # ("... was Keith Janzen."), not "Fort McMurray" of the dateline (a place, no one's name)
    doc, sts = page("Concerns Arising From Residents Over Certain Firebreak Rehabilitation",
                    "https://www.mix1037fm.com/2018/03/28/59154/", """
Fort McMurray, AB, Canada / MIX 103.7

One neighbourhood’s petition is being rejected by the municipality.

On Tuesday, Administration told Wood Buffalo Council the petition isn’t sufficient enough to warrant any change as they would need around 10 per cent of Fort McMurray’s population to sign before it could be considered.

The only resident who spoke directly to council was Keith Janzen. He tells Mix News their biggest concern is the lack of privacy the project is leaving them.

“We have the links trails right behind – when we had trees we would see the odd head go past now you see a hundred people a day in the summertime going through your backyard.”
""")
    assert who(the(doc, sts, "their biggest concern")) == "Keith Janzen", show(sts)
    assert who(the(doc, sts, "links trails right behind")) == "Keith Janzen", show(sts)


def test_a_pronoun_after_a_glued_heading_and_a_name_is_the_person_named():
    # https://www.daily8.com/en/hashtag/GerardHowell (a CBC story printed as one paragraph, its sub-heading glued to
    # the next sentence): "She told Radio-Canada" is the councillor just named, not Eileen Howell who spoke before
    doc, sts = page("'People's nerves are frazzled': C.B.N evacuees say they're living in fear",
                    "https://www.daily8.com/en/hashtag/GerardHowell", """
Gerard and Eileen Howell evacuated their Northern Bay home on Saturday. "This time tomorrow my house could be gone," Gerard Howell said on Saturday. Eileen Howell said the most important thing is that everyone is safe. "You can replace everything else. You can't replace a life," she said. Conception Bay North resident Scott Chandler told Radio-Canada that he already knows his home is gone. "I'm just glad that the community got out safely," he said. He said he used to live in High Level, Alta., and he was evacuated from that community for more than two weeks due to a wildfire a few years ago. 12 fires, 3 evacuations this year Susan Rose is a town councillor in Small Point-Adam's Cove-Blackhead-Broad Cove. She told Radio-Canada on Friday that this is the area's 12th fire since May. On May 7, the town had its first evacuation.
""")
    assert who(the(doc, sts, "12th fire since May")) == "Susan Rose", show(sts)


def test_a_quotation_with_a_contracted_subject_pronoun_is_a_clause():
    # https://winnipeg.ctvnews.ca/two-councillors-who-endorsed-glen-murray-ousted-from-mayor-s-inner-circle-1.6136207:
    # '"To work collaboratively with levels of government – I'm confident," Lukes said.' was dropped as no clause
    # (its "I'm" not read as the subject "I"); and "Chief Peguis Trail", a road, is nobody to resolve a title to
    doc, sts = page("Two councillors who endorsed Glen Murray ousted from mayor's inner circle",
                    "https://winnipeg.ctvnews.ca/two-councillors-who-endorsed-glen-murray-ousted-from-mayor-s-inner-circle-1.6136207", """
Winnipeg's new mayor has announced who will be in his inner circle, leaving some members who endorsed his opponent Glen Murray on the outside looking in.

Those councillors include Janice Lukes (Waverley West), Sherri Rollins (Fort Rouge-East Fort Garry), Brian Mayes (St. Vital), John Orlikow (River Heights-Fort Garry), and Markus Chambers (St. Norbert-Seine River).

As infrastructure chair, Lukes will play a key role in trying to secure funding for the mayor's pledges to widen Kenaston Boulevard and extend Chief Peguis Trail.

"To work collaboratively with levels of government – I'm confident," Lukes said.
""")
    assert who(the(doc, sts, "work collaboratively")) == "Janice Lukes", show(sts)
    assert not [s for s in sts if who(s) == "Peguis Trail"], show(sts)


def test_an_inverted_frame_with_a_three_word_occupation_names_its_speaker():
    # https://www.torontosun.com/2015/07/24/bc-wildfires-update-evacuation-order-lifted-for-west-kelowna-residents
    doc, sts = page("B.C. wildfires update: Evacuation order lifted for West Kelowna residents",
                    "https://www.torontosun.com/2015/07/24/bc-wildfires-update-evacuation-order-lifted-for-west-kelowna-residents", """
Next door to the centre, the Canadian Disaster Animal Response Team offered to help families with pets.

Luckily, staff had to care for only a few dogs, including one while a couple went for dinner, said logistics section chief Melina Grant.
""")
    assert who(the(doc, sts, "care for only a few dogs")) == "Melina Grant", show(sts)


def test_an_officer_of_a_named_force_is_the_officer_and_bare_police_is_the_force_named_most():
    # https://www.cbc.ca/news/canada/toronto/toronto-panel-truck-arrest-1.7065524: "Insp. Maher Abdel-Malik of the
    # Toronto Police Service" is the inspector (not a body of that whole name); "Police said" is the Toronto force the
    # story is about, not York Regional Police whose helicopter it names last
    doc, sts = page("", "https://www.cbc.ca/news/canada/toronto/toronto-panel-truck-arrest-1.7065524?cmp=rss", """
Toronto police have arrested a man believed to have stabbed an off-duty officer at a Scarborough Best Buy two weeks ago after a pursuit involving cruisers and a helicopter downtown on Wednesday.

Insp. Maher Abdel-Malik of the Toronto Police Service said investigators from 43 Division in plain clothes were following up on their investigation into the Dec. 6 stabbing on Wednesday when they located the suspect in a stolen U-Haul truck.

Emergency Task Force officers tracked the driver using the cruisers on the ground following from a distance and a helicopter overhead from York Regional Police, he said.

Police said the pursuit ended at Church and Carlton streets.

"This was the safest moment to take the vehicle out," Abdel-Malik said. "This was, in fact, the best location."

Some police officers suffered minor injuries.

Police said the driver may have collided with several vehicles in Toronto and Durham Region.
""")
    assert who(the(doc, sts, "investigators from 43 Division")) == "Maher Abdel-Malik", show(sts)
    assert who(the(doc, sts, "pursuit ended")) == "Toronto Police Service", show(sts)
    assert who(the(doc, sts, "may have collided")) == "Toronto Police Service", show(sts)


def test_a_news_release_from_a_body_named_before_is_that_bodys():
    # https://www.cbc.ca/news/canada/nova-scotia/emergency-room-wait-times-nova-scotia-delays-summer-patient-volume-1.6106265
    doc, sts = page("Nova Scotia Health warns of longer emergency room wait times this summer",
                    "https://www.cbc.ca/news/canada/nova-scotia/emergency-room-wait-times-nova-scotia-delays-summer-patient-volume-1.6106265", """
Nova Scotia Health says emergency departments throughout the province are seeing higher numbers of patients than they did before the third wave of COVID-19, so wait times may be longer this summer.

But a news release from the health authority on Friday said Nova Scotians who are experiencing a medical emergency should not hesitate to visit their nearest emergency department.
""")
    assert who(the(doc, sts, "should not hesitate")) == "Nova Scotia Health", show(sts)


def test_a_leads_description_named_two_sentences_on_by_the_same_title():
    # https://www.mapleridgenews.com/news/wildfires-4500-british-columbians-on-evacuation-order/: "BC Wildfire
    # Service’s operations director" (no article) is Cliff Chapman, whose frame two sentences on gives that body
    doc, sts = page("WILDFIRES: 4,500 British Columbians on evacuation order",
                    "https://www.mapleridgenews.com/news/wildfires-4500-british-columbians-on-evacuation-order/", """
Now is not the time to ignore evacuation orders, says BC Wildfire Service’s operations director.

This messages comes as more than 4,500 people in B.C. are on evacuation order and 23,500 are on evacuation alert.

BC Wildfire Service’s Cliff Chapman said there were people not adhering to evacuation orders Thursday night, and there were a couple of instances where wildfire service staff and RCMP had to go back into evacuation zones to get people out.
""")
    assert who(the(doc, sts, "Now is not the time")) == "Cliff Chapman", show(sts)


def test_a_second_predicate_after_a_short_aside_keeps_the_clauses_subject():
    # https://www.thestar.com/sports/raptors/2019/05/27/blue-jays-happy-to-get-caught-up-in-raptors-celebrations.html
    doc, sts = page("", "https://www.thestar.com/sports/raptors/2019/05/27/blue-jays-happy-to-get-caught-up-in-raptors-celebrations.html", """
Many of the Jays were caught up in the celebrations. Outfielder Jonathan Davis caught the game at a restaurant with catcher Danny Jansen, among others, and said he had never experienced anything like the way Raptors fans packed the streets after the game. “It was unbelievable,” Davis said.
""")
    assert who(the(doc, sts, "never experienced anything")) == "Jonathan Davis", show(sts)


def test_a_participle_after_a_released_statement_reports_its_content():
    # https://tbnewswatch.com/local-news/fort-william-first-nation-sets-curfew-stepping-back-from-full-closure-2194945:
    # "released a statement Monday afternoon warning the community would close ...": what the statement warned (the
    # community is the clause's subject, not the one warned)
    doc, sts = page("", "https://tbnewswatch.com/local-news/fort-william-first-nation-sets-curfew-stepping-back-from-full-closure-2194945", """
FORT WILLIAM FIRST NATION – Access to Fort William First Nation will not be closed to the public, at least for now. But Chief Peter Collins says that step remains a real possibility in the coming days.

Collins released a statement Monday afternoon warning the community would close to the general public, allowing only members and community members in, with exceptions for those who work on reserve. At a meeting Monday night, band council did not approve that step.
""")
    st = the(doc, sts, "would close to the general public")
    assert who(st) == "Peter Collins" and st.text.startswith("the community would close"), show(sts)


def test_a_clause_after_the_frames_time_and_comma_is_said_whole():
    # https://atlantic.ctvnews.ca/safety-concerns-around-january-butane-leak-in-saint-john-neighbourhood-1.3878310:
    # "said on Monday, they have seen no butane readings that would ...": the "that" is the readings' relative
    # pronoun, not the frame's (the content was cut to "would raise safety concerns ...")
    doc, sts = page("", "https://atlantic.ctvnews.ca/safety-concerns-around-january-butane-leak-in-saint-john-neighbourhood-1.3878310", """
Neighbours say they should have access to the butane monitoring results.

A spokesman for the Saint John Fire Department said on Monday, they have seen no butane readings that would raise safety concerns in the neighbourhood.
""")
    st = the(doc, sts, "safety concerns in the neighbourhood")
    assert st.text.startswith("they have seen no butane readings"), show(sts)
    assert who(st) == "Saint John Fire Department", show(sts)


def test_a_photo_caption_glued_into_the_paragraph_is_no_part_of_the_words():
    # https://london.ctvnews.ca/grocery-cart-economics-hits-home-1.5754660: the caption glued between "consumers." and
    # the quotation ('consumers.CEO and President ... (Bryan Bicknell / CTV News)“Which is ...,” he said.')
    doc, sts = page("Grocery cart economics hits home", "https://london.ctvnews.ca/grocery-cart-economics-hits-home-1.5754660", """
It’s not just shoppers with the bottom blues. At Berries Market in south London, CEO and President Husam Mohammad said he gets hit with bigger bills from suppliers, which he in turn has no choice but to pass along to consumers.CEO and President of Berries Market, Husam Mohammad, Jan. 25, 2022. (Bryan Bicknell / CTV News)“Which is unbelievable for the customer,” he said. He added that he understands their frustration.
""")
    st = the(doc, sts, "bigger bills from suppliers")
    assert st.text.endswith("to pass along to consumers"), show(sts)
    st = the(doc, sts, "unbelievable for the customer")
    assert st.kind == "direct" and st.text == "Which is unbelievable for the customer" and who(st) == "Husam Mohammad", \
        show(sts)


def test_a_place_and_title_name_the_chief_by_the_words_of_his_title():
    # https://mbcradio.com/?p=43121: "The Cumberland House Chief" is "Cumberland House Cree Nation Chief Rene Chaboyer"
    doc, sts = page("", "https://mbcradio.com/?p=43121", """
Cumberland House Cree Nation Chief Rene Chaboyer says he believes arson is behind a fire that destroyed the First Nation’s band office Monday.

The building housed a number of services critical to the First Nation including daycare, finance, housing, income assistance and post-secondary student support.

The Cumberland House Chief said the band office was constructed in the 1980s and employs about 20 people.
""")
    assert who(the(doc, sts, "constructed in the 1980s")) == "Rene Chaboyer", show(sts)


def test_telling_an_outlet_after_a_comma_is_a_second_statement():
    # https://windsor.ctvnews.ca/it-s-going-to-be-tough-report-predicts-grocery-store-prices-to-keep-rising-1.6181909
    doc, sts = page("'It's going to be tough': Report predicts grocery store prices to keep rising",
                    "https://windsor.ctvnews.ca/it-s-going-to-be-tough-report-predicts-grocery-store-prices-to-keep-rising-1.6181909", """
La Stella Supermarket on Erie Street owner Jimmy Pugliese said in an interview that it’s best to keep an eye out for deals, telling CTV News it’s difficult to keep prices down.
""")
    assert the(doc, sts, "keep an eye out").text == "it’s best to keep an eye out for deals", show(sts)
    st = the(doc, sts, "difficult to keep prices down")
    assert st.text == "it’s difficult to keep prices down" and who(st) == "Jimmy Pugliese", show(sts)


def test_a_quotations_frame_may_end_in_the_day_and_what_the_speaker_did_or_a_laugh():
    # https://winnipeg.ctvnews.ca/manitoba-ndp-promises-to-search-landfill-for-first-nations-women-if-elected-1.6512155:
    # the adjunct after '," Kinew said Wednesday' was taken for what he said, and the quotation lost
    doc, sts = page("Manitoba NDP promises to search landfill for First Nations women if elected",
                    "https://winnipeg.ctvnews.ca/manitoba-ndp-promises-to-search-landfill-for-first-nations-women-if-elected-1.6512155", """
Wab Kinew said his government would "100 per cent" support a search of the privately run Prairie Green Landfill for the remains of Morgan Harris and Marcedes Myran, but he stopped short of offering funding commitments.

"Searching the landfill is an important step towards delivering justice in Manitoba," Kinew said Wednesday after responding to journalists questions at an unrelated press conference outlining some of the NDP's economic priorities ahead of the election on Oct. 3.
""")
    st = the(doc, sts, "important step towards delivering justice")
    assert st.kind == "direct" and who(st) == "Wab Kinew", show(sts)
    assert not [s for s in sts if s.text.startswith("after responding")], show(sts)
    # https://leaderspirit.news/?p=98194 (a copy of a Toronto story): '," Reaves said with a laugh.'
    doc, sts = page("Maple Leafs suit up for fan-filled outdoor practice", "https://leaderspirit.news/?p=98194", """
But it was forward Ryan Reaves who delivered the straight goods on the TTC experience that brought the Maple Leafs to Nathan Philips Square.

“It was like a petting zoo, to be honest with you,” Reaves said with a laugh. He had taken public transit to a practice before, when he played in New York. “But yeah, that was the first time with that many fans, for sure,” he said.
""")
    st = the(doc, sts, "petting zoo")
    assert st.kind == "direct" and who(st) == "Ryan Reaves", show(sts)


def test_a_quotation_after_an_inverted_frame_between_two_is_the_same_speakers():
    # https://www.tsn.ca/nhl/masters-toronto-maple-leafs-change-their-frame-of-mind-with-more-urgency-needed-1.1948430:
    # '"...," said coach Sheldon Keefe, "but when ..."' (the second quotation was lost); and "the 25-year-old from
    # Markham, Ont." is Marner, the subject of the sentence before (the province no apposition of its own)
    doc, sts = page("Leafs change their 'frame of mind' with more urgency needed",
                    "https://www.tsn.ca/nhl/masters-toronto-maple-leafs-change-their-frame-of-mind-with-more-urgency-needed-1.1948430", """
The Maple Leafs held a 20-minute practice on Wednesday as they regrouped following a 7-3 blowout loss in Game 1 of their first-round series against the Tampa Bay Lightning.

"There's adjustments always to be made," said coach Sheldon Keefe, "but when your frame of mind changes a lot of things just kind of snap back into place. Obviously, we weren't anywhere near ourselves yesterday."

"That's something that we've really tried to emphasize this year is getting on our toes to start games and we didn't do that last night," said winger Mitch Marner.

Marner insisted there was no change in the mood around the team.

"Same as always, man," the 25-year-old from Markham, Ont., said. "We're all happy to be here."
""")
    st = the(doc, sts, "frame of mind changes")
    assert st.kind == "direct" and who(st) == "Sheldon Keefe", show(sts)
    assert who(the(doc, sts, "Same as always")) == "Mitch Marner", show(sts)


def test_an_unnamed_age_after_another_speaker_is_no_one():
    # (the guard of the case above, on a made-up passage of a court story's usual shape: the 34-year-old is never
    # named, the officer spoke two paragraphs before)
    doc, sts = page("", "https://example.org/", """
"We are pleased that the suspect was located," said Const. Gary O’Brien.

The suspect, who has no fixed address, was also the subject of four outstanding warrants from North Cowichan. He was held overnight and appeared in court on Friday, where a judge heard that he had lived in the area for years and had worked at a local mill before losing his job last spring.

"I didn't do anything wrong," the 34-year-old told the court.
""")
    assert not [s for s in sts if "anything wrong" in s.text and who(s)], show(sts)


def test_a_head_coach_opening_a_list_item_is_the_he_of_his_quotations_not_the_team():
    # http://www.tsn.ca/leafs-dressing-room-divided-over-world-junior-final-1.644625: "Head coach Mike Babcock" (a
    # coach's title, the item's dash dropped) is the "he" of '“...,” he said'; "Maple Leafs" is a team, no person; and
    # "he reiterated that Thursday" said nothing new
    doc, sts = page("", "http://www.tsn.ca/leafs-dressing-room-divided-over-world-junior-final-1.644625", """
TSN Maple Leafs reporter Kristen Shilton checks in with news and notes from Maple Leafs practices and game-day skates. The Maple Leafs held a practice at Prudential Center in Newark, N.J. on Thursday.

- Head coach Mike Babcock wasn’t happy with his team’s effort overall against Washington on Tuesday night, and he reiterated that Thursday. “I didn’t like our game last game. To me, we weren’t even close,” he said.
""")
    assert who(the(doc, sts, "weren’t even close")) == "Mike Babcock", show(sts)
    assert not [s for s in sts if s.text.strip(". ") == "Thursday"], show(sts)


def test_what_someone_may_have_appreciated_is_no_statement_and_telling_reporters_frames_a_quotation():
    # https://www.tsn.ca/babcock-encouraged-by-leafs-reaction-to-latest-loss-1.973318
    doc, sts = page("", "https://www.tsn.ca/babcock-encouraged-by-leafs-reaction-to-latest-loss-1.973318", """
Frederik Andersen was first to speak up, telling reporters post-game that, “we’ve got to figure out who wants to commit to playing for this team.” The fiery words were a departure for the soft-spoken goaltender, but his teammates said on Friday they reflected feelings throughout the dressing room.

Babcock may not have appreciated Andersen’s choice of platform, but he was impressed with the message.
""")
    assert not [s for s in sts if "choice of platform" in s.text], show(sts)
    assert who(the(doc, sts, "who wants to commit")) == "Frederik Andersen", show(sts)


def test_a_reports_finding_does_not_run_on_the_statement_before():
    # https://winnipeg.ctvnews.ca/manitoba-premier-apologizes-meets-with-families-about-searching-landfill-for-remains-1.6619202
    doc, sts = page("", "https://winnipeg.ctvnews.ca/manitoba-premier-apologizes-meets-with-families-about-searching-landfill-for-remains-1.6619202", """
The Tories took out ads, including large billboards, promising they would "stand firm" in opposing a search due safety concerns outlined in a feasibility study funded by the federal government. The report found a search would be possible but that toxic materials could pose a risk to workers.
""")
    assert not [s for s in sts if "search would be possible" in s.text], show(sts)


def test_concerns_voiced_at_a_hearing_say_nothing_of_what_they_were():
    # http://thedrivefm.ca/traffic-safety-concerns-voiced-planned-affordable-housing-kimberley/
    doc, sts = page("", "http://thedrivefm.ca/traffic-safety-concerns-voiced-planned-affordable-housing-kimberley/", """
A Kimberley resident thinks heavy equipment traffic on Church Avenue could put residents of an affordable housing project at risk.

Gail McFarlane voiced her concerns at a public hearing for the development Monday.

“Our street is very narrow. Its not two full lanes with shoulders,” McFarlane says.
""")
    assert not [s for s in sts if "public hearing" in s.text], show(sts)
    assert who(the(doc, sts, "very narrow")) == "Gail McFarlane", show(sts)


def test_the_operations_centre_is_the_emergency_operations_body_named_before():
    # https://medicinehatnews.com/news/national-news/2023/08/17/wildfire-evacuations-ordered-for-thousands-of-people-in-west-kelowna-bc
    doc, sts = page("Wildfire evacuations ordered for thousands of people in West Kelowna, B.C.",
                    "https://medicinehatnews.com/news/national-news/2023/08/17/wildfire-evacuations-ordered-for-thousands-of-people-in-west-kelowna-bc", """
Hundreds of properties were ordered to evacuate late Thursday under threat from a wildfire near the city of West Kelowna, B.C., which has been placed under a state of emergency.

Central Okanagan Emergency Operations ordered the evacuation of close to a thousand homes, representing about 2,500 people, with thousands of other properties placed on alert and residents warned to be ready to leave at a moment’s notice.

“Tactical evacuation is already underway,” the operations centre said in a statement, adding that residents subject to the evacuation orders must leave immediately.
""")
    assert who(the(doc, sts, "Tactical evacuation")) == "Central Okanagan Emergency Operations", show(sts)
    assert who(the(doc, sts, "must leave immediately")) == "Central Okanagan Emergency Operations", show(sts)
