"""Audit round quotes11: Canadian news pages (CBC, CTV, Global News, Canadian Press copies ...) read statement by
statement against the page. Every case is a real passage (its URL in a comment); each asserts what the fix changed."""
from test_audit_cases import excerpt
from test_hard_cases import show, the, who  # noqa: F401

HEAD = """---
title: "{title}"
source_url: "{url}"
---
"""


def page(title, url, body):
    return excerpt(HEAD.format(title=title, url=url) + body.lstrip("\n"))


def test_a_quotation_after_an_unnamed_speakers_frame_is_not_the_speaker_before():
    # https://calgary.ctvnews.ca/calgary-police-shoot-suspect-in-northwest-neighbourhood-of-highwood-1.6264633: the
    # paragraphs after '"...," the woman told CTV News' are the anonymous resident's, not the Calgary Police Service's
    doc, sts = page("Calgary police shoot suspect in northwest neighbourhood of Highwood",
                    "https://calgary.ctvnews.ca/calgary-police-shoot-suspect-in-northwest-neighbourhood-of-highwood-1.6264633", """
Calgary police shoot suspect in northwest neighbourhood of Highwood

The Calgary Police Service asked residents of a northwest neighbourhood to shelter in their homes as officers responded to a situation Wednesday morning involving a firearm.

Police say a confrontation occurred between officers and the suspect and a CPS member fired a shot that struck the man. The gunshot victim was transported to hospital by ambulance in stable condition.

The Alberta Serious Incident Response Team (ASIRT) is investigating the actions of the officer who shot the suspect.

A resident of the area who wished to remain anonymous says her daughter saw the moving truck driving erratically Wednesday morning.

"She was wondering what the heck is this guy or this person doing?" the woman told CTV News, adding that once police arrived, she told her family to stay away from the front of the house.

"About 20 minutes later, we heard gunshots and when we looked outside, there was a SWAT team and more police coming."

"It does worry us a bit."
""")
    assert not [s for s in sts if "About 20 minutes later" in s.text or "worry us a bit" in s.text], show(sts)
    assert who(the(doc, sts, "a confrontation occurred")) == "Calgary Police Service", show(sts)


def test_a_quotation_after_a_frame_of_vague_doctors_is_not_the_office_before():
    # https://calgary.citynews.ca/2024/01/09/canadian-er-doctor-says-wait-times-are-the-worst-its-ever-been/
    doc, sts = page("Canadian ER doctor says wait times are the ‘worst it’s ever been’",
                    "https://calgary.citynews.ca/2024/01/09/canadian-er-doctor-says-wait-times-are-the-worst-its-ever-been/", """
“We’ve got people dying in waiting rooms because we don’t have a place to put them,” said Dr. Howlett. “People being resuscitated on an ambulance stretcher or a floor. Those things have happened.”

When asked about ER doctors’ concerns, Ontario Health Minister Sylvia Jones’s office said, “In the past year, we have added over 17,000 nurses and 2,400 new physicians,” and that the government is “investing $44 million to help emergency departments stay open.”

The positions have been added by breaking down barriers for internationally and interprovincially educated healthcare workers and launching the largest medical school expansion in over 15 years.

But doctors say the biggest factor in the ER wait times is not staffing but a lack of hospital beds for patients.

“We’ve been saying this is a crisis for a long time, but we’re just waking up now. It’s late.”
""")
    assert not [s for s in sts if "waking up now" in s.text], show(sts)
    assert [s for s in sts if "17,000 nurses" in s.text], show(sts)


def test_a_quotation_running_on_after_its_own_frame_keeps_its_speaker():
    # https://www.tbnewswatch.com/local-news/silent-vigil-398414: the frame of the quotation before is the speaker's own
    doc, sts = page("Silent vigil", "https://www.tbnewswatch.com/local-news/silent-vigil-398414", """
“We’re not just here for her. We’re here for everybody,” said Gaspar. “We need to step up to the plate, not just our mayor, but as a community we have to say this is enough.”
""")
    assert who(the(doc, sts, "We need to step up")) == "Gaspar", show(sts)


def test_a_police_force_is_named_within_one_sentence():
    # https://vancouverisland.ctvnews.ca/neighbours-armed-with-garden-tools-stop-break-in-suspect-in-cedar-b-c-police-say-1.6254706:
    # "... from Nanaimo RCMP. ¶ Police said" is the Nanaimo RCMP (no "Nanaimo RCMP. Police")
    doc, sts = page("Neighbours armed with 'garden tools' stop break-in suspect in Cedar, B.C., police say",
                    "https://vancouverisland.ctvnews.ca/neighbours-armed-with-garden-tools-stop-break-in-suspect-in-cedar-b-c-police-say-1.6254706", """
The incident occurred in Cedar, B.C., on Jan. 25. Around 6 p.m. that day, police arrested the suspect in the 1700 block of Woobank Road, according to a news release from Nanaimo RCMP.

Police said "numerous officers" responded to 911 calls around 3 p.m. when a homeowner in the 2400 block of Yellow Point Road found an intruder in his home.

Officers searched the area with a police dog, but were unable to find the suspect until they received more 911 calls, RCMP said.
""")
    assert who(the(doc, sts, "numerous officers")) == "Nanaimo RCMP", show(sts)
    assert not [s for s in sts if "Police" in (who(s) or "")], show(sts)


def test_a_police_service_named_after_the_headline_is_not_glued_to_it():
    # https://calgary.ctvnews.ca/calgary-police-shoot-suspect-in-northwest-neighbourhood-of-highwood-1.6264633
    doc, sts = page("Calgary police shoot suspect in northwest neighbourhood of Highwood",
                    "https://calgary.ctvnews.ca/calgary-police-shoot-suspect-in-northwest-neighbourhood-of-highwood-1.6264633", """
Calgary police shoot suspect in northwest neighbourhood of Highwood

The Calgary Police Service asked residents of a northwest neighbourhood to shelter in their homes as officers responded to a situation Wednesday morning involving a firearm.

Police were called to the 200 block of Hendon Drive N.W., in the community of Highwood, as part of a response that began at around 4 a.m.

Police say a confrontation occurred between officers and the suspect and a CPS member fired a shot that struck the man.
""")
    assert who(the(doc, sts, "a confrontation occurred")) == "Calgary Police Service", show(sts)


def test_an_occasion_after_following_closes_the_frame_of_the_quotation():
    # https://canadanewsmedia.ca/canucks-5-golden-knights-4-ot-much-more-moxie-to-prove-point-take-two-points-the-province/
    doc, sts = page("Canucks 5, Golden Knights 4 (OT)",
                    "https://canadanewsmedia.ca/canucks-5-golden-knights-4-ot-much-more-moxie-to-prove-point-take-two-points-the-province/", """
“It’s hard,” Jay Beagle admitted following the morning skate. “We’re all competing and we’re all urgent — obviously. But can we raise that? We have to be better and that’s every single one of us.
""")
    st = the(doc, sts, "It’s hard")
    assert who(st) == "Jay Beagle" and st.kind == "direct" and st.text == "It’s hard", show(sts)
    assert not [s for s in sts if "following the morning skate" in s.text], show(sts)


def test_a_name_then_a_lower_case_role_then_the_body_speaks_as_the_person():
    # https://kitchener.ctvnews.ca/he-was-running-out-with-fire-on-his-t-shirt-witnesses-describe-waterloo-townhouse-fire-1.6047537
    doc, sts = page("'He was running out with fire on his T-shirt': Witnesses describe Waterloo townhouse fire",
                    "https://kitchener.ctvnews.ca/he-was-running-out-with-fire-on-his-t-shirt-witnesses-describe-waterloo-townhouse-fire-1.6047537", """
The Ontario Fire Marshal (OFM) arrived on scene Sunday, and has been looking into what caused the fire.

“I believe we have it narrowed down to an area of the garage where it started but there’s a couple of things we’re looking into as far as causation,” Jordan Froese, provincial fire investigator, OFM, told CTV News.
""")
    st = the(doc, sts, "narrowed down to an area")
    assert who(st) == "Jordan Froese" and st.kind == "direct" and not st.text.startswith("“"), show(sts)


def test_neighbours_opening_a_sentence_are_no_one_named():
    # https://calgary.ctvnews.ca/gun-shots-interrupt-spring-morning-in-northeast-calgary-1.6367091
    doc, sts = page("Gun shots interrupt spring morning in northeast Calgary",
                    "https://calgary.ctvnews.ca/gun-shots-interrupt-spring-morning-in-northeast-calgary-1.6367091", """
Police are on the look out for a suspect after a spring morning in northeast Calgary was interrupted by gunfire Saturday.

Neighbours tell CTV News they spotted a driver shoot twice at another vehicle just after 11 a.m. in the community of Castleridge.

"I was inside the house and heard a pop," said Chris Roach. "Which sounded like a car backfiring and felt a slight vibration of my house.
""")
    assert not [s for s in sts if "spotted a driver" in s.text], show(sts)
    assert who(the(doc, sts, "heard a pop")) == "Chris Roach", show(sts)


def test_the_mayor_charged_after_a_quotation_frames_it():
    # https://www.theglobeandmail.com/news/national/mayor-talks-tough-to-striking-unions/article1223453/
    doc, sts = page("Mayor talks tough to striking unions",
                    "https://www.theglobeandmail.com/news/national/mayor-talks-tough-to-striking-unions/article1223453/", """
Using tough words as the city strike nears the one-month mark, Toronto Mayor David Miller vowed to "pursue every legal remedy" to allow residents, as well as strikers returning to work, to cross picket lines without harassment.

With the offices operating at reduced levels using non-union staff, the delays "are illegal, and are hurting the most vulnerable people," the mayor charged.

Since the strike began June 22, the city has won two court injunctions. Two men were charged with mischief.
""")
    assert who(the(doc, sts, "hurting the most vulnerable people")) == "David Miller", show(sts)
    assert not [s for s in sts if "mischief" in s.text], show(sts)


def test_the_office_of_a_person_named_speaks_for_that_person():
    # https://calgary.citynews.ca/2024/01/09/canadian-er-doctor-says-wait-times-are-the-worst-its-ever-been/
    doc, sts = page("Canadian ER doctor says wait times are the ‘worst it’s ever been’",
                    "https://calgary.citynews.ca/2024/01/09/canadian-er-doctor-says-wait-times-are-the-worst-its-ever-been/", """
When asked about ER doctors’ concerns, Ontario Health Minister Sylvia Jones’s office said, “In the past year, we have added over 17,000 nurses and 2,400 new physicians,” and that the government is “investing $44 million to help emergency departments stay open.”
""")
    assert who(the(doc, sts, "17,000 nurses")) == "Sylvia Jones", show(sts)


def test_a_quotation_after_the_statements_own_frame_stays_the_issuers():
    # https://webjosh.com/article/ontario-principals-council-defends-staff-at-toronto-middle-school-accused-of-racism-1678330946-6064:
    # "the council's statement said" frames the quotation before; the one after runs on from it (the statement is
    # no unnamed speaker)
    doc, sts = page("Ontario Principals Council defends staff at Toronto middle school accused of racism",
                    "https://webjosh.com/article/ontario-principals-council-defends-staff-at-toronto-middle-school-accused-of-racism-1678330946-6064", """
The comments from the Ontario Principals Council came a day after the Parents of Black Children advocacy group said it received reports from two parents of Black students at John Fisher Public School, which alleged the children were detained in a small "isolation room" in separate occasions.

In a statement issued Wednesday, the council said it is confident evidence will show a Black student at the centre of the initial Toronto District School Board investigation was never placed or locked in a small room, as his mother alleged.

"We have become increasingly concerned about deliberately false narratives aimed at destroying the reputations and lives of dedicated educators," the council's statement said.

"We are confident that once this incident is thoroughly investigated, the evidence will show that the student in question was never placed in the room depicted in the media reports, let alone with a closed or locked door."
""")
    st = the(doc, sts, "We are confident that once this incident")
    assert who(st) == who(the(doc, sts, "increasingly concerned")) == "Ontario Principals Council", show(sts)


def test_an_officer_of_the_police_service_named_before_is_not_the_service():
    # https://nz.news.yahoo.com/2-men-dead-man-custody-190737583.html: "Police say" after "Parliament Street." is the
    # Toronto Police Service the detective speaks for, neither "Parliament Street. Police" nor the detective
    doc, sts = page("2 men dead, 1 arrested after 'terrifying' daytime shooting in Toronto, police say",
                    "https://nz.news.yahoo.com/2-men-dead-man-custody-190737583.html", """
All four people involved, the three victims and one suspect, are related, according to Det.-Sgt. Tiffany Castell of the Toronto Police Service. Castell declined to say how the four are related.

The incident happened in Regent Park, in the area of Dundas Street E., and Parliament Street. Police say they received several 911 calls about gunshots at about 1:30 p.m.
""")
    assert who(the(doc, sts, "several 911 calls")) == "Toronto Police Service", show(sts)


SCORE_URL = "https://www.thescore.com/mlb/news/3353454"
SCORE_PAGE = """
"It feels like the sky is falling right now, and it's f-----g not," Schneider told reporters Wednesday following the Blue Jays' 7-1 loss to the Boston Red Sox. "We've got 90 wins, and we're in the playoffs, and if the season ended today, you're winning the AL East.

"We're not losing because of umpires. We're losing because we're not scoring enough runs," Schneider said, according to Sportsnet's Ben Nicholson-Smith.

He added, "I don't want to feed into the narrative that the umpires are screwing us because they're not. We're not scoring enough runs."

Although the Yankees are now tied with Toronto for the division lead, the Blue Jays own tiebreakers over New York and Boston. The Jays have also assured themselves of playing postseason baseball, having clinched Sunday in Kansas City.
"""


def test_a_day_and_an_occasion_after_told_reporters_close_the_frame():
    # https://www.thescore.com/mlb/news/3353454
    doc, sts = page("Jays' Schneider calm after latest loss", SCORE_URL, SCORE_PAGE)
    st = the(doc, sts, "the sky is falling")
    assert who(st) == "Schneider" and st.kind == "direct", show(sts)
    assert not [s for s in sts if "7-1 loss" in s.text], show(sts)


def test_a_reporter_relaying_a_framed_quotation_is_no_speaker():
    # https://www.thescore.com/mlb/news/3353454: '"...," Schneider said, according to Sportsnet's Ben Nicholson-Smith.'
    doc, sts = page("Jays' Schneider calm after latest loss", SCORE_URL, SCORE_PAGE)
    assert "Nicholson-Smith" not in " ".join(who(s) or "" for s in sts), show(sts)
    assert who(the(doc, sts, "feed into the narrative")) == "Schneider", show(sts)


def test_assured_themselves_of_is_nothing_said():
    # https://www.thescore.com/mlb/news/3353454
    doc, sts = page("Jays' Schneider calm after latest loss", SCORE_URL, SCORE_PAGE)
    assert not [s for s in sts if "postseason baseball" in s.text], show(sts)


def test_a_time_relation_after_the_frame_is_no_content():
    # https://bc.ctvnews.ca/turpel-lafond-won-t-sue-cbc-over-cree-heritage-report-that-took-heavy-toll-lawyer-1.6979420
    doc, sts = page("Turpel-Lafond won't sue CBC over Cree heritage report that took 'heavy toll': lawyer",
                    "https://bc.ctvnews.ca/turpel-lafond-won-t-sue-cbc-over-cree-heritage-report-that-took-heavy-toll-lawyer-1.6979420", """
Instead, Mary Ellen Turpel-Lafond wants to “get on with her life,” lawyer David Wotherspoon said Friday, a day after the release of an agreed statement of facts between his client and the society that said an independent geneticist found she "most likely" had very recent ancestors with substantial Indigenous DNA.

"She's not interested in looking backwards. She wants to go forward," Wotherspoon said in a phone interview.
""")
    assert not [s for s in sts if "a day after the release" in s.text], show(sts)
    assert who(the(doc, sts, "interested in looking backwards")) == "David Wotherspoon", show(sts)
