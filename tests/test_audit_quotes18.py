"""Audit round quotes18: speaker and statement errors on Canadian news full of quotations (CTV, CBC, Global News, the
Canadian Press, the National Post, the Winnipeg Free Press, the Vancouver Sun, the Calgary Herald, SaltWire). Each
test reads a real passage (its page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a photo credit closing a caption is no one "he" or "she" can be -------------------------------------------------

def test_a_photographer_after_the_outlets_slash_is_not_she():
    # http://calgaryherald.com/news/local-news/calgary-police-under-scrutiny-for-unprincipled-practices
    doc, sts = excerpt(page('''
The statement follows a CBC News report on a letter sent by Susan Hughson, executive director of the Alberta Serious Incident Response Team, to Chief Roger Chaffin in January 2016 criticizing two Calgary Police Service practices when officers are under criminal investigation.

Susan Hughson , executive director of ASIRT, or the Alberta Serious Incident Response Team. Shaughn Butts / Postmedia

According to the report, Hughson took aim at what she called an “unprincipled practice” of disclosing evidence to the lawyer of the subject officer while the investigation is still underway.

She also criticized the practice of the police service accepting proffered statements from officers who are under criminal investigation.
'''))
    assert [w for w, _, _ in said(sts, "accepting proffered statements")] == ["Susan Hughson"]     # (not Shaughn Butts)


def test_a_photographer_after_the_canadian_press_is_not_he():
    # https://winnipeg.ctvnews.ca/a-milestone-kinew-and-stefanson-meet-for-premier-to-premier-meeting-1.6590752
    doc, sts = excerpt(page('''
Premier Designate Wab Kinew stepped foot inside the office he will call home at the Manitoba legislature to meet with the outgoing premier.

After a few minutes, Kinew emerged and said they're still working towards a hard date on when he'll officially take office.

Manitoba Premier-Elect Wab Kinew, walks to the Premier's office to meet with outgoing Manitoba Premier Heather Stefanson in Winnipeg, Thursday, Oct. 5, 2023. THE CANADIAN PRESS/David Lipnowski

“It's a new day in Manitoba, and I just feel so honoured to walk into the premier's office at the legislature for the first time with a mandate from the people,” he said.
'''))
    assert [w for w, _, _ in said(sts, "a new day in Manitoba")] == ["Wab Kinew"]     # (not David Lipnowski)
    # "Premier Designate": an office won, not yet taken, no part of the name
    assert [w for w, _, _ in said(sts, "a hard date")] == ["Wab Kinew"]


def test_a_slash_inside_a_title_still_introduces_the_name_after_it():
    # bbc-news/entertainment/153.txt: the album "Speakerboxxx/The Love Below, which ..." closes no caption line
    from pressarchive.resolve import _photo_credit
    body = "Their double CD album Speakerboxxx/The Love Below, which saw Andre 3000 produce one disc."
    start = body.index("The Love")
    assert not _photo_credit(body, start, start + len("The Love Below"))
    body = "Stefanson in Winnipeg, Thursday, Oct. 5, 2023. THE CANADIAN PRESS/David Lipnowski\n\nNext"
    start = body.index("David")
    assert _photo_credit(body, start, start + len("David Lipnowski"))


# --- a judge titled after the court's name ---------------------------------------------------------------------------

def test_a_superior_court_justice_is_the_judge_not_a_body():
    # https://globalnews.ca/news/436973/ontario-judge-chastises-quebec-over-useless-and-inflammatory-sentencing-report/
    doc, sts = excerpt(page('''
“[I]nstead of receiving something useful … the court [was] delivered a diatribe by a highly partisan and poorly trained probation officer,” Ontario Superior Court Justice Deena Baltman wrote in a March 19 decision sentencing a Montreal man on prostitution-related charges in Brampton, Ont.

Judge Baltman wrote that she repeatedly asked the parole officer to submit the report in English.
'''))
    assert [w for w, _, _ in said(sts, "delivered a diatribe")] == ["Deena Baltman"]
    assert [w for w, _, _ in said(sts, "submit the report in English")] == ["Deena Baltman"]


def test_the_department_of_justice_still_speaks_as_a_body():
    # bbc-news/tech/075.txt ("The US Department of Justice said the two men operated ...")
    doc, sts = excerpt(page('''
The US Department of Justice said the two men operated the central hubs in a piracy community.
'''))
    assert [w for w, _, _ in said(sts, "central hubs")] == ["US Department of Justice"]


# --- a surname that is a title word: "King said", "Nurse said" ------------------------------------------------------

def test_a_surname_that_is_a_title_word_is_the_person_named_before():
    # https://www.saltwire.com/newfoundland-labrador/news/personally-attacking-judges-not-appropriate-law-group-says-127852/
    doc, sts = excerpt(page('''
Mike King understands how people in this province can get upset about certain sentencing decisions handed down in criminal court cases.

But the CBA said the personal attack on Goodridge “is inappropriate and threatens judicial independence.”

“This is a very emotional issue,” King said. “It can be quite upsetting if you don’t understand the way the justice system works.”
'''))
    assert [w for w, _, _ in said(sts, "very emotional issue")] == ["Mike King"]
    assert [w for w, _, _ in said(sts, "quite upsetting")] == ["Mike King"]     # (not the CBA, which spoke before)


def test_nurse_is_the_coachs_surname():
    # https://www.cbc.ca/sports/basketball/nba/nba-toronto-raptors-denver-nuggets-recap-1.5962629
    doc, sts = excerpt(page('''
Three nights after Pascal Siakam's verbal outburst, Raptors coach Nick Nurse says there's no rift between the two.

The Raptors were trailing by 16 points through three quarters on Sunday, and Nurse said he put in "some energy guys" to try to claw back.
'''))
    assert [w for w, _, _ in said(sts, "energy guys")] == ["Nick Nurse"]     # (not a body called "Nurse")


# --- an interview's answers: the one interviewed, by surname after "interviewed" ------------------------------------

def test_the_person_a_reporter_interviewed_answers_not_the_reporters_beat():
    # https://vancouversun.com/news/local-news/b-c-health-minister-adrian-dix-says-urgent-care-centres-st-pauls-hospital-leading-priorities
    text = '''---
title: "B.C. Health Minister Adrian Dix says urgent care centres, St. Paul's Hospital, leading priorities"
source_url: "https://vancouversun.com/news/local-news/b-c-health-minister-adrian-dix-says-urgent-care-centres"
---
B.C. Health Minister Adrian Dix says urgent care centres, St. Paul's Hospital, leading priorities

Health Issues reporter Pamela Fayerman interviewed Dix once before the budget update and again after its release.

B.C. Health Minister Adrian Dix, 53, was born in Ottawa and grew up on the west side of Vancouver. The condensed interview is below.

Q: Are you leery of reporters because of past controversies? It would be regrettable if that were the case.

A: No, I’m totally the opposite of that. I’ve got to be out there more than anyone. We’ll be talking regularly.
'''
    doc, sts = excerpt(text)
    assert [w for w, _, _ in said(sts, "totally the opposite")] == ["Adrian Dix"]     # (not "Issues")


# --- a player's surname labelling his answer -------------------------------------------------------------------------

def test_surnames_label_the_answers_of_players_named_in_the_lede():
    # http://nationalpost.com/sports/basketball/nba/toronto-raptors-on-game-7-inspirational-fan-support-and-kyle-lowrys-future
    doc, sts = excerpt(page('''
A day after the Toronto Raptors lost a heartbreaking Game 7 to the Brooklyn Nets, their key players met with the media to discuss the season. The starters — Kyle Lowry, DeMar DeRozan, Terrence Ross, Amir Johnson and Jonas Valanciunas — and the key reserves — Patrick Patterson and Greivis Vasquez — spoke on a variety of topics.

Here were some of the highlights:

On Dwane Casey, who does not have a contract for next year
Ross: “I’ve built a relationship with Casey. He’s been a great coach. I’d like him to come back.”

DeRozan: “He’s been consistent. He’s been the same Dwane Casey since he’s been here. He’s a great dude.”
'''))
    assert [w for w, _, _ in said(sts, "He’s been consistent")] == ["DeMar DeRozan"]


def test_a_lone_capitalised_word_before_a_colon_is_no_speaker():
    # (a surname label needs the full name before it: a topic's "Overview: “...”" is no one)
    doc, sts = excerpt(page('''
The council met on Monday.

Overview: “The budget will be tabled next week and debated in March.”
'''))
    assert [w for w, _, _ in said(sts, "tabled next week")] in ([], [None])


# --- the scene or the sitting after "said" is no part of what was said --------------------------------------------

def test_a_past_participle_of_the_scene_after_he_said():
    # https://www.winnipegfreepress.com/breakingnews/2019/12/10/premier-makes-pitch-for-bold-action-in-2020
    doc, sts = excerpt(page('''
Premier Brian Pallister’s holiday gift to media this year wasn’t the usual one-on-one, year-end interviews.

“I think in 2019, we saw what happens when I’m less than careful with my comments. I’m pretty direct,” he said, seated in an armchair in front of more than a dozen reporters at the legislature building.
''', date="2019-12-10"))
    assert [w for w, _, _ in said(sts, "less than careful")] == ["Brian Pallister"]
    assert not said(sts, "armchair")


def test_following_question_period_is_the_occasion():
    # http://www.fftimes.com/authors/steve-lambert?page=2 (The Canadian Press)
    doc, sts = excerpt(page('''
WINNIPEG—Manitoba Premier Brian Pallister says he doesn't have to explain his work habits.

“I work harder than any premier that's been around here for a long, long time. I don't have to defend my work ethic to you or anyone else,” Pallister said following question period yesterday.
'''))
    assert [w for w, _, _ in said(sts, "I work harder")] == ["Brian Pallister"]
    assert not said(sts, "question period")
    # the dateline glued to its em dash is no part of the words
    assert [t for _, _, t in said(sts, "work habits")] == ["he doesn't have to explain his work habits"]


# --- bare "police" after the one force the story names by its city -------------------------------------------------

def test_police_after_toronto_police_is_that_force():
    # https://toronto.ctvnews.ca/police-searching-for-suspect-on-bike-after-suspicious-death-of-man-in-his-60s-in-toronto-1.6701251
    doc, sts = excerpt(page('''
Toronto police are searching for a suspect on a bike after the “suspicious death” of a man in his 60s in Toronto’s west end on Tuesday.

“Investigations are dynamic, and information can change as witnesses are interviewed and video surveillance is reviewed,” police explained.
'''))
    assert [w for w, _, _ in said(sts, "Investigations are dynamic")] == ["Toronto police"]


def test_police_after_two_cities_forces_stays_unattributed():
    doc, sts = excerpt(page('''
Toronto police and Ottawa police are searching for a suspect.

“Investigations are dynamic,” police explained.
'''))
    assert [w for w, _, _ in said(sts, "Investigations are dynamic")] in ([], [None])


# --- a spokesperson described by the body spoken for is not another body's spokesperson named next ----------------

def test_a_city_spokesperson_is_not_the_police_spokesperson_named_next():
    # (the Calgary Herald's "a Calgary police spokesman said he knew the men personally"; CTV's "Toronto police
    # spokesperson Meaghan Gray")
    doc, sts = excerpt(page('''
A spokesperson for the City of Winnipeg said the park will close in May.

Toronto police spokesperson Meaghan Gray said the shooting was targeted.
'''))
    assert [w for w, _, _ in said(sts, "the park will close")] == ["City of Winnipeg"]
    doc, sts = excerpt(page('''
A city spokesperson said the bridge will reopen Friday.

Toronto police spokesperson Meaghan Gray said the shooting was targeted.
'''))
    assert [w for w, _, _ in said(sts, "the bridge will reopen")] in ([], [None])     # (not Meaghan Gray)


def test_an_unnamed_police_spokesman_speaks_for_the_force():
    # https://calgaryherald.com/news/local-news/calgary-police-under-scrutiny-for-praising-officers-charged-with-kidnapping
    doc, sts = excerpt(page('''
At a news conference this month announcing kidnapping and assault charges against three officers, a Calgary police spokesman said he knew the men personally, describing them as “excellent” and “incredible people.”

Toronto police spokesperson Meaghan Gray said the shooting was targeted.
'''))
    assert [w for w, _, _ in said(sts, "knew the men personally")] == ["Calgary police"]


def test_a_spokesperson_named_next_for_the_same_body_still_speaks():
    doc, sts = excerpt(page('''
A Toronto police spokesperson said the shooting was targeted.

Toronto police spokesperson Meaghan Gray said the suspect fled on foot.
'''))
    assert [w for w, _, _ in said(sts, "the shooting was targeted")] == ["Meaghan Gray"]


# --- a scrum's highlights, each answer under its topic ---------------------------------------------------------------

def test_answers_under_topic_lines_are_the_premiers():
    # https://winnipegsun.com/news/provincial/plenty-to-reflect-on-for-premier
    doc, sts = excerpt(page('''
From provincial cost-cutting to highly publicized battles for federal funds, Manitoba Premier Brian Pallister generated plenty of headlines throughout 2017.

With a notable injury and some hotly criticized high heels comments along the way, the premier had plenty to reflect on during a recent year-end scrum with media. Here’s a glimpse of some of the most interesting comments he made.

On whether he is reconsidering running in the 2020 provincial election …

“I have no second thoughts. I’ve never been more focused in my entire life.”

On whether he’d assure municipalities that they’ll receive some share of marijuana tax revenues …

“We’ll do the proper analysis on cost estimates at the appropriate time.”
'''))
    assert [w for w, _, _ in said(sts, "no second thoughts")] == ["Brian Pallister"]
    assert [w for w, _, _ in said(sts, "proper analysis")] == ["Brian Pallister"]


def test_a_topic_line_with_two_titled_people_named_gives_no_one():
    doc, sts = excerpt(page('''
Manitoba Premier Brian Pallister and Winnipeg Mayor Brian Bowman met on Friday.

On the budget …

“We’ll do the proper analysis on cost estimates at the appropriate time.”
'''))
    assert [w for w, _, _ in said(sts, "proper analysis")] in ([], [None])


def test_according_to_police_is_the_force_named_before():
    # https://toronto.ctvnews.ca/siu-investigating-after-two-toronto-police-officers-fired-their-guns-during-car-theft-call-in-little-italy-1.6436614
    doc, sts = excerpt(page('''
Ontario’s police watchdog is investigating after two Toronto police officers discharged their firearms in the city’s west end on Sunday afternoon while responding to reports of a car theft.

According to police, officers were called to the area of College Street and Roxton Road, east of Ossington Avenue, just before noon on Sunday for reports that a vehicle had been stolen.
'''))
    assert [w for w, _, _ in said(sts, "officers were called")] == ["Toronto police"]
    # ... and no one when the text names no force
    doc, sts = excerpt(page('''
Officers were called to the park before noon, according to police.
'''))
    assert [w for w, _, _ in said(sts, "Officers were called")] in ([], [None])


# --- '," the press release read.' after the release reported before ------------------------------------------------

def test_the_press_release_read_is_its_issuers():
    # https://toronto.ctvnews.ca/siu-investigating-after-two-toronto-police-officers-fired-their-guns-during-car-theft-call-in-little-italy-1.6436614
    doc, sts = excerpt(page('''
Ontario’s Special Investigations Unit (SIU) clarified in a press release Sunday evening that two officers had discharged their firearms “at the vehicle” during the arrest.

“An interaction ensued with the vehicle occupants, and two officers discharged their firearms at the vehicle. The vehicle fled the scene,” the press release read.
'''))
    assert [w for w, _, _ in said(sts, "An interaction ensued")] == ["Special Investigations Unit"]


def test_a_bullet_opening_the_words_is_no_part_of_them():
    # https://edmonton.taproot.news/briefs/2022/02/18/headlines
    doc, sts = excerpt(page('''
  • The "confidential" plane owned by the Edmonton Police Service was never meant to be a secret, Deputy Chief Kevin Brezinski said on Thursday.
''', date="2022-02-18"))
    assert [t for _, _, t in said(sts, "confidential")] == ['The "confidential" plane owned by the Edmonton Police Service was never meant to be a secret']
