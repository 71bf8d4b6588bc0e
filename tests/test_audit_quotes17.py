"""Audit round quotes17: statement and speaker errors on Canadian news that quotes anyone (CBC, CTV, Global News, The
Canadian Press, the National Post, the Halifax Examiner, newstalk1010, oilersnation.com). Each test reads a real passage
(its page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a capitalised list inside a name, broken by commas, speaks once: no body "Energy", "Wastewater" ---------------

def test_a_union_named_with_a_list_is_no_second_speaker():
    # https://www.cbc.ca/news/canada/manitoba/striking-winnipeg-free-press-workers-to-consider-potential-deal-1.703611
    doc, sts = excerpt(page('''
Mary Agnes Welch, spokeswoman for the Communication, Energy and Paperworkers Union, says the union is not recommending the offer, but felt it was up to the members to have their say.
'''))
    # (not "Energy", "Paperworkers Union"; "Mary", a given name of either sex, no modifier glued onto "Agnes Welch")
    assert [w for w, _, _ in said(sts, "not recommending the offer")] == ["Mary Agnes Welch"]


def test_modifiers_glued_onto_a_name_still_go():
    from pressarchive.speaker_names import drop_glued_modifiers
    assert drop_glued_modifiers(["Agriculture", "Tom", "Vilsack"]) == ["Tom", "Vilsack"]
    assert drop_glued_modifiers(["Mary", "Agnes", "Welch"]) == ["Mary", "Agnes", "Welch"]
    # bbc-news/sport/412.txt: "Wing Christophe Dominici says ..." (a rugby wing, "Wing" a given name of either sex too)
    assert drop_glued_modifiers(["Wing", "Christophe", "Dominici"]) == ["Christophe", "Dominici"]


def test_a_spokeswoman_for_a_body_of_two_words_joined_by_and_is_the_person():
    doc, sts = excerpt(page('''
Mary Welch, spokeswoman for the Communication and Paperworkers Union, says the union is not recommending the offer.
'''))
    assert [w for w, _, _ in said(sts, "not recommending")] == ["Mary Welch"]


def test_a_directors_portfolio_listed_before_her_name():
    # https://london.ctvnews.ca/old-north-residents-say-city-hall-fix-for-infrastructure-fell-flat-1.6337002
    doc, sts = excerpt(page('''
In a letter to one resident obtained by CTV News, the city’s director of Water, Wastewater and Stormwater Ashley Rammeloo, said that experiences with COVID and concerns about an additional wave resulted in some projects not having an in-person meeting.
'''))
    assert [w for w, _, _ in said(sts, "experiences with COVID")] == ["Ashley Rammeloo"]     # (no "Wastewater")


def test_a_list_of_bodies_not_after_of_still_speaks():
    doc, sts = excerpt(page('''
The Conservatives, the Liberal Democrats and the Greens said the plan would fail.
'''))
    # (a list not opened by "of"/"for" is no name: its last two still speak, as before the round)
    assert sorted(w for w, _, _ in said(sts, "the plan would fail")) == ["Greens", "Liberal Democrats"]


# --- "Public Works and Transportation Minister Kim Masland": one minister of two portfolios ------------------------

def test_a_minister_of_two_portfolios_joined_by_and():
    # https://www.halifaxexaminer.ca/government/province-house/cabinet-briefs-fire-safety-moveit-hack-and-houston-has-doubts-about-atlantic-loop/
    doc, sts = excerpt(page('''
Natural Resources and Renewables Minister Tory Rushton said the province is willing to work with municipalities who want to learn more about how to protect their communities from wildfires.

Public Works and Transportation Minister Kim Masland told reporters that within the past week, the Halifax Regional Municipality has approached her department to ask about obtaining Crown land to create more exits from subdivisions.
'''))
    assert [w for w, _, _ in said(sts, "the province is willing")] == ["Rushton"]      # (not also "Natural Resources")
    assert [w for w, _, _ in said(sts, "within the past week")] == ["Kim Masland"]     # (not also "Public Works")
    assert [st.speaker.role for st in sts if "within the past week" in st.text] == [
        "Public Works and Transportation Minister"]


def test_two_ministers_joined_by_and_are_two():
    doc, sts = excerpt(page('''
Foreign Minister Penny Wong and Defence Minister Richard Marles said the talks were productive.
'''))
    assert sorted(w for w, _, _ in said(sts, "the talks were productive")) == ["Penny Wong", "Richard Marles"]


# --- other stories' headlines: a "Related" block in the story's middle, a list of links between paragraphs ---------

def test_related_headlines_in_the_middle_of_the_story_are_no_statements():
    # http://feedreader.com/observe/nationalpost.com/2013%2F09%2F16%2Fhorwath-says-its-time-for-wynne-to-start-making-good-on-promises-but-does-not-threaten-election%2F%3F+itemId=632229495?from=58394051
    doc, sts = excerpt(page('''
Horwath would not say which specific bills she and Wynne talked about, but complained afterwards about the Liberals’ lack of new legislative initiatives.

“I was hoping to get something more firm in terms of an understanding of what their plans are,” she said.

Related

Matt Gurney: Sure, Ontario’s deficit is huge. But isn’t this fresh corn fantastic?

Theirs to recover: Why Ontario’s fiscal ‘time bomb’ is still not defused

Randy Hillier says he didn’t leak the email Tim Hudak fired him for

The two leaders did not talk about the possibility of a fall election, added Horwath, who declined to say exactly how long the NDP would wait for the Liberals to keep their promises.
'''))
    assert not said(sts, "leak the email")
    assert not any(st.speaker and st.speaker.name == "Randy Hillier" for st in sts)
    assert said(sts, "The two leaders did not talk")
    assert "Related" not in doc.body


def test_a_related_heading_before_the_storys_sentences_stays():
    doc, sts = excerpt(page('''
Related

Mayor Olivia Chow said the road would reopen on Monday.
'''))
    assert said(sts, "the road would reopen")


def test_a_list_of_links_between_two_paragraphs_is_no_statement_and_no_antecedent():
    # http://35.201.78.98/news/canada/calgary/canadian-olympic-athletes-arrive-calgary-1.4552163 (CBC)
    doc, sts = excerpt(page('''
Among them were bronze medal winner Kaillie Humphries, who was happy with her performance, but also agreed with a suggestion by CBC's Helen Upperton — herself a former silver medal winner in 2010 — that all that may have stood between the bronze and a gold for Canada was their equipment.
"Equipment played a very, very big part in this race," Humphries said.
- Expect new details on 2026 Olympic bid in next 2 weeks, Nenshi says
- Whither the 2026 Olympic bid? Calgary mulls its options to host another Games
"The way that this track is designed, and the type of race that it is, it was always going to be close racing," she added. "It was going to take the [fast] start, it was going to take the drive, [and] it was going to take the [best] equipment.
'''))
    assert not said(sts, "Expect new details")
    assert [w for w, _, _ in said(sts, "The way that this track")] == ["Kaillie Humphries"]     # (not "Nenshi")


def test_a_list_introduced_by_a_colon_stays():
    # http://treaty4news.com/2016/09/rcmp-urge-residents-not-to-take-the-law-into-their-own-hands/
    from pressarchive.read.markdown import markdown_to_text
    text = markdown_to_text('''Sgt. LeBlanc also added that if people observe or suspect a crime, for their own safety and the safety of others, to:

- Report it to police immediately
- Do not chase or pursue suspects or suspect vehicles

Leave a Reply''')
    assert "Report it to police immediately" in text


# --- readers' comments after the story -----------------------------------------------------------------------------

def test_readers_comments_after_the_story_are_no_statements():
    # http://www.newstalk1010.com/news/2014/03/21/watch-opposition-snap-back-at-premier
    doc, sts = excerpt(page('''
NDP house leader Gilles Bisson also pointed to the cancellations.

With the NDP helping to pass the minority Liberal budget twice, Bisson won't come right out and say his party will vote a minority Liberal budget down after the Premier's attacks. That would trigger an election.

He says it's all in the Premier's hands, who he says is focused on doing what's best for her party not residents.

The Tories have already said they will not support it.

Leave a comment:

showing all comments · Subscribe to comments
  1. Frankie posted on 03/21/2014 02:36 PM
    Wynne's comments that the other parties are reckless and we're in good hands with the Liberals suggest she must be on crack or some other hallucinogen and should be investigated.

    I wonder if that's what Horvath told her to say as it's obvious to all but the idiots that continue to vote Liberal that Wynne is Horvath's b***h. When Horvath says "jump" Wynne asks "how high?"
'''))
    assert said(sts, "all in the Premier's hands")
    assert not said(sts, "reckless") and not said(sts, "how high")


def test_cbcs_comment_rules_are_no_statement():
    # https://www.cbc.ca/news/canada/montreal/hydro-qu%C3%A9bec-customers-without-power-1.6821747
    doc, sts = excerpt(page('''
"The network's protection mechanisms reacted correctly, which led to the outages," said spokesperson Cendrix Bouchard.
Bouchard said service would be restored "gradually," but a more specific restoration time has not been provided.
He also said the utility is investigating the reasons behind Tuesday's failure.
More to come.
With files from Radio-Canada
Comments
To encourage thoughtful and respectful conversations, first and last names will appear with each submission to CBC/Radio-Canada's online communities (except in children and youth-oriented communities). Pseudonyms will no longer be permitted.
By submitting a comment, you accept that CBC has the right to reproduce and publish that comment in whole or in part, in any manner CBC chooses. Please note that CBC does not endorse the opinions expressed in comments. Comments on this story are moderated according to our Submission Guidelines. Comments are welcome while open. We reserve the right to close comments at any time.
''', date="2023-04-25"))
    assert said(sts, "investigating the reasons")
    assert not said(sts, "moderated")


def test_a_comments_line_before_the_story_stays():
    doc, sts = excerpt(page('''
Comments

Mayor Olivia Chow said the road would reopen on Monday.
'''))
    assert said(sts, "the road would reopen")


# --- a sports site's "The Quotes": a name alone over that person's answers -------------------------------------------

def test_answers_under_a_name_line_are_that_persons():
    # https://oilersnation.com/news/amp/clips-and-quotes-defence-unavailable-as-edmonton-oilers-lost-9-5-to-calgary-flames
    doc, sts = excerpt(page('''
On a night where the Edmonton Oilers were able to put up five, they gave up nine — all at even-strength. It was an electric night to say the least, but the Oilers made it ever-so-hard on themselves. I have the Wrap Up here.

The Clips

The Quotes

Zach Hyman

On the game: “We played bad, we played poorly. I think it was nine even-strength goals against, right? All-around poor performance.”
On where to go from here: “You regroup, right? I’s a one-off. you learn from it, you remember it. We’ll be ready for Monday.”

Jay Woodcroft

On the collapse of the Oilers’ 5×5 play: “Clearly not good enough. We went away from script, we went away from what our game plan was and we paid the price for it. Nine even-strength goals — not good enough.”
'''))
    assert [w for w, _, _ in said(sts, "We played bad")] == ["Zach Hyman"]
    assert [w for w, _, _ in said(sts, "You regroup")] == ["Zach Hyman"]
    assert [w for w, _, _ in said(sts, "Clearly not good enough")] == ["Jay Woodcroft"]     # (not Hyman, who spoke
                                                                                           # last)


def test_an_answer_under_a_heading_that_names_no_person_is_nobodys_from_it():
    from pressarchive.resolve import NAME_LINE
    assert NAME_LINE.fullmatch("Zach Hyman") and not NAME_LINE.fullmatch("The Quotes: after the game")


# --- the deputy mayor is not "the mayor" ------------------------------------------------------------------------------

def test_the_mayor_is_not_the_deputy_mayor_who_spoke_before():
    # https://nationalpost.com/posted-toronto/council-supports-toronto-police
    doc, sts = excerpt(page('''
Behind the united front there was some nuance, with several councillors raising questions about police tactics. Deputy Mayor Joe Pantalone (Trinity-Spadina) asked “Why were people stuck for four hours in a police cordon in the pouring rain? Sure there was a better way.”

And Mayor David Miller made a point of singling out the exemplary behaviour of the Toronto Police, behaviour he says is exemplary because of the strong civilian oversight of the Toronto Police. The mayor suggested that some other police may have made less wise decisions when they were in town for the G20, noting, “Our police were partnered with the OPP and RCMP, who are not lucky enough to have the same civilian oversight as the Toronto Police.”
'''))
    assert [w for w, _, _ in said(sts, "less wise decisions")] == ["David Miller"]     # (not Joe Pantalone)
    assert [w for w, _, _ in said(sts, "Our police were partnered")] == ["David Miller"]
    assert [w for w, _, _ in said(sts, "Why were people stuck")] == ["Joe Pantalone"]


def test_a_deputys_role_fits_only_a_deputys_title():
    from pressarchive.resolve import _role_matches
    assert not _role_matches("deputy mayor", "mayor")
    assert _role_matches("deputy mayor", "deputy mayor")
    assert not _role_matches("vice-president", "president")
    assert _role_matches("mayor", "mayor")


# --- a headline printed again over its story on a list of stories ----------------------------------------------------

def test_a_headline_line_with_its_present_frame_is_no_statement():
    # https://www.daily8.com/en/hashtag/VicPD (CTV News)
    doc, sts = excerpt(page('''
Reported kidnapping was actually bachelor party prank, Victoria police say

CTV News

time3 days ago

A significant police response was marshalled in response to reports of a potential kidnapping in Victoria last week. 'A few hours later officers identified several individuals associated with the vehicle and determined that the situation was, in fact, just a bachelor party prank,' VicPD Staff Sgt. Shawn Robson said.
'''))
    assert not said(sts, "Reported kidnapping")
    assert [w for w, _, _ in said(sts, "A few hours later")] == ["Shawn Robson"]


def test_a_sentence_with_a_postposed_present_frame_in_a_story_stays():
    doc, sts = excerpt(page('''
The road will reopen on Monday, Mayor Olivia Chow says.
'''))
    assert [w for w, _, _ in said(sts, "The road will reopen")] == ["Olivia Chow"]


# --- a participle of no saying after a postposed frame: the words are those before the frame -------------------------

def test_a_participle_after_a_postposed_frame_is_no_statement():
    # https://montreal.ctvnews.ca/fewer-than-2-000-hydro-qu%C3%A9bec-customers-without-power-after-storms-caused-new-outages-1.6481655
    doc, sts = excerpt(page('''
As of Sunday morning, fewer than 2,000 clients who lost power due to Thursday's storm were still without electricity, said hydro spokesman Francis Labbé.

The remaining areas without power since Thursday's storm involved the most complex repairs and each individual outage was only affecting a few households, Labbé said, slowing reconnection work.
'''))
    assert not said(sts, "slowing reconnection work")
    found = said(sts, "The remaining areas")
    assert [w for w, _, _ in found] == ["Francis Labbé"] and found[0][2].endswith("only affecting a few households")


def test_a_saying_participle_after_a_postposed_frame_is_still_said():
    doc, sts = excerpt(page('''
The repairs were complex, Francis Labbé said, adding that crews would work through the night.
'''))
    assert said(sts, "The repairs were complex") and said(sts, "crews would work through the night")


# --- "She said" after a resident named at a paragraph's end is the resident -----------------------------------------

def test_she_after_a_resident_named_closing_the_paragraph_before():
    # https://ca.news.yahoo.com/keeping-watch-security-cameras-monitor-120000536.html (CBC)
    doc, sts = excerpt(page('''
"This is more safety and security related, as well as making the day-to-day life of our community better through new technology," Coun. Amila Gammana told CBC News last week.

Faces and licence plates captured on the livestreams will be blurred automatically, but that doesn't bring much comfort to resident Cheyanne Gauthier.

She said cameras would be more useful in back alleys and residential areas, instead of places like the skate park, Rotary Park and the Omniplex parking lot.
'''))
    assert [w for w, _, _ in said(sts, "cameras would be more useful")] == ["Cheyanne Gauthier"]   # (not Gammana)


def test_she_after_a_sentence_closed_by_a_title_and_name_stays_the_speakers():
    doc, sts = excerpt(page('''
"We will keep going," Mayor Olivia Chow told reporters.

The plan was first proposed by Deputy Mayor Jennifer McKelvie.

She said the city would hire more staff.
'''))
    assert [w for w, _, _ in said(sts, "hire more staff")] == ["Olivia Chow"]    # (a title, not a lower-case noun)


# --- "according to Maine's Department of Environmental Protection": the body's whole name after an inverted cue -----

def test_a_body_after_a_possessive_place_keeps_its_of_phrase():
    # http://plawiuk.blogspot.com/search?max-results=10&reverse-paginate=true&updated-max=2023-05-03T18%3A58%3A00-07%3A00
    # (The Canadian Press)
    doc, sts = excerpt(page('''
Officials sent a notice of violation to the railway after heavy construction equipment deployed to access the crash site caused a "significant amount of sediment" to enter local waters in violation of a pollution control law, according to Maine's Department of Environmental Protection.

"Culverts were crushed and dirt has been shifted in and around a number of streams as a result of heavy machinery using the forest management roads," the department said in a release Friday.
''', date="2023-05-03"))
    assert [w for w, _, _ in said(sts, "Officials sent a notice")] == ["Department of Environmental Protection"]
    assert [w for w, _, _ in said(sts, "Culverts were crushed")] == ["Department of Environmental Protection"]


def test_a_person_of_a_magazine_after_an_inverted_cue_is_still_the_person():
    doc, sts = excerpt(page('''
The market will recover, said Andreas Adriano of Latin Trade Magazine.
'''))
    assert [w for w, _, _ in said(sts, "The market will recover")] == ["Andreas Adriano"]


# --- "won't come right out and say": nothing said ---------------------------------------------------------------------

def test_wont_come_right_out_and_say_is_nothing_said():
    # http://www.newstalk1010.com/news/2014/03/21/watch-opposition-snap-back-at-premier
    doc, sts = excerpt(page('''
NDP house leader Gilles Bisson also pointed to the cancellations.

With the NDP helping to pass the minority Liberal budget twice, Bisson won't come right out and say his party will vote a minority Liberal budget down after the Premier's attacks. That would trigger an election.

He says it's all in the Premier's hands, who he says is focused on doing what's best for her party not residents.
''', date="2014-03-21"))
    assert not said(sts, "his party will vote") and not said(sts, "trigger an election")
    assert [w for w, _, _ in said(sts, "all in the Premier's hands")] == ["Gilles Bisson"]


def test_wont_say_is_nothing_said_and_said_he_wont_is_said():
    doc, sts = excerpt(page('''
Premier Doug Ford won't say whether the budget will balance. Ford said he won't raise taxes.
'''))
    assert not said(sts, "the budget will balance")
    assert said(sts, "he won't raise taxes")


def test_a_gerund_opening_the_clause_after_a_mid_sentence_frame_is_said():
    # bbc-news/tech/023.txt
    doc, sts = excerpt(page('''
The laser links also take far less time to set up and get working, said Mr Sridharan. By contrast, he said, digging up roads and laying cables can take weeks or months.
'''))
    assert [w for w, _, _ in said(sts, "digging up roads")] == ["Sridharan"]


def test_a_participle_with_a_that_clause_after_a_postposed_frame_is_said():
    # bbc-news/business/141.txt
    doc, sts = excerpt(page('''
Typically it takes about three years from when a decision is taken before a new model hits the streets, Mr Panke said, implying that a BMW crossover could be on the market by 2008.
'''))
    assert said(sts, "a BMW crossover could be on the market")


# --- "X's report was shelved and he told the Examiner ...": the pronoun after "and" closing a clause ------------------

def test_a_pronoun_after_and_closing_a_clause_frames_the_words():
    # https://www.halifaxexaminer.ca/government/province-house/cabinet-briefs-fire-safety-moveit-hack-and-houston-has-doubts-about-atlantic-loop/
    doc, sts = excerpt(page('''
Paul Irving said the report had been ready for years.

Irving’s report was shelved and he told the Examiner there was “no political will” in 2004 to get it going.
'''))
    assert [w for w, _, _ in said(sts, "no political will")] == ["Paul Irving"]


def test_two_people_joined_by_and_with_a_pronoun_stay_unframed_by_the_rule():
    from pressarchive.extract.subjects import _pronoun_after_clause_and
    from pressarchive.extract.mentions import tokens
    assert _pronoun_after_clause_and(tokens("Irving’s report was shelved and he", 0))
    assert not _pronoun_after_clause_and(tokens("His wife and he", 0))
