"""Audit round setq: Canadian news that quotes anyone (set Q, fourth sample: Winnipeg transit, B.C. wildfires, the
Oilers, N.L. schools, Saskatchewan emergency rooms). Each test reads a real passage of a TRAIN document of set Q (its
page's URL in a comment) as the pipeline does and asserts who said what, and what is no statement."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- '"...," began X': a verb of beginning frames a quotation it follows ----------------------------------------------

SPORTSNET = '''
EDMONTON — It was the post-game comment heard ‘round the Edmonton Oilers’ world.

Before, however, you mistake a savvy coaching audible for a quote being simply lost in translation, fear not. The Oilers plays took it the same way you did — like they need to dig in and want this thing more than they showed on Saturday against the Sharks.

“I think I can speak for everyone in our room. We all care,” began Darnell Nurse, who is emerging as one of the true young leaders on this team. “The coaches care, management cares, players care. We all have a strong want to make this something special. We all have that passion, that drive.
'''


def test_began_frames_the_quotation_before_it_and_the_one_after():
    # https://www.sportsnet.ca/hockey/nhl/oilers-need-dig-prove-can-play-hitchcocks-style/ (set Q 005, train)
    _, sts = excerpt(page(SPORTSNET))
    assert [w for w, _, _ in said(sts, "I think I can speak for everyone")] == ["Darnell Nurse"]
    assert [w for w, _, _ in said(sts, "management cares, players care")] == ["Darnell Nurse"]
    # must not: the writer's sentence about the players is nobody's statement
    assert not said(sts, "took it the same way you did")


def test_began_away_from_a_quotation_is_no_frame():
    # (same page, the verb in the writer's narrative) "began" frames speech only beside a quotation
    _, sts = excerpt(page('''
Head coach Ken Hitchcock began the video session on Monday morning after a 5-2 loss to San Jose.

The players began to dig in after the loss, Hitchcock said.
'''))
    assert not said(sts, "the video session")
    assert [w for w, _, _ in said(sts, "The players began to dig in")] == ["Ken Hitchcock"]


# --- "Speakers say ...": the people who spoke at a rally are no named source ----------------------------------------

def test_speakers_at_a_rally_are_no_source():
    # https://www.saltwire.com//nova-scotia/news/dozens-rally-at-confederation-building-for-safe-school-reopening-in-newfoundland-and-labrador-491912/
    # (set Q 008, train)
    _, sts = excerpt(page('''
Speakers say province's plan leaves too many questions, especially when it comes to class sizes, distancing requirements

ST. JOHN'S, N.L. — Dozens of teachers and parents rallied at Confederation Building on Tuesday, calling for more government action to reopen schools safely.

“The first and most important thing is to reduce classroom sizes,” said organizer Jillian Reid.

Reid says if parents and staff aren’t satisfied, the government should consider a delay in the school year.
'''))
    assert not said(sts, "leaves too many questions")
    assert not [st for st in sts if st.speaker and st.speaker.name == "Speakers"]
    assert [w for w, _, _ in said(sts, "reduce classroom sizes")] == ["Jillian Reid"]
    assert [w for w, _, _ in said(sts, "should consider a delay")] == ["Jillian Reid"]


# --- a quotation as a paragraph of its own, then "X said it on Saturday night, ...": X's words ---------------------

def test_said_it_on_an_occasion_frames_the_quotation_before():
    # https://www.sportsnet.ca/hockey/nhl/oilers-need-dig-prove-can-play-hitchcocks-style/ (set Q 005, train)
    _, sts = excerpt(page('''
EDMONTON — It was the post-game comment heard ‘round the Edmonton Oilers’ world.

“At this time of year, the coaches can’t want it more than the players.”

Head coach Ken Hitchcock said it on Saturday night, after a woeful home-ice performance in a 5-2 loss to San Jose, and his players had a full day off on Sunday to allow that thought to ruminate. To chew on it a bit, let it rate around their brains before walking back into Hitchcock’s video room on Monday morning.

“It was quiet, at the start,” said Hitchcock. “I think they were expecting something different.”
'''))
    assert [w for w, _, _ in said(sts, "At this time of year")] == ["Ken Hitchcock"]
    assert [w for w, _, _ in said(sts, "It was quiet")] == ["Ken Hitchcock"]
    # must not: the writer's narrative in the framing sentence is no statement
    assert not said(sts, "full day off")


def test_said_it_would_is_a_clause_not_a_pointer_to_the_quotation():
    # (the same construction with "it" the subject of a clause: the quotation before stays unattributed)
    _, sts = excerpt(page('''
EDMONTON — It was the post-game comment heard ‘round the Edmonton Oilers’ world.

“At this time of year, the coaches can’t want it more than the players.”

The team said it would hold a full practice on Monday after a day off on Sunday.
'''))
    assert [w for w, _, _ in said(sts, "hold a full practice")] in ([], [None])
    assert not [w for w, _, _ in said(sts, "At this time of year") if w]


# --- "At the time SUN said ...": a fixed time adverbial with no comma, then a body's acronym ----------------------

NURSES = '''
The Saskatchewan Union of Nurses (SUN) says the situation at Royal University Hospital in Saskatoon was terrible Monday, with 100 people waiting for care and more than 50 in the emergency room waiting for beds to be available.

RUH saw a similar situation last fall, when 90 people were waiting in the emergency room with only 31 beds available. At the time SUN said nine of the city’s 15 ambulances were lined up outside the hospital that night.
'''


def test_acronym_after_a_comma_less_time_adverbial_is_the_speaker():
    # https://healthit.my.id/sask-nurses-union-president-says-emergency-rooms-in-the-province-are-collapsing.html
    # (CBC Saskatoon's story; set Q 011, train)
    _, sts = excerpt(page(NURSES))
    assert [w for w, _, _ in said(sts, "nine of the city’s 15 ambulances")] == ["Saskatchewan Union of Nurses"]
    # must not: the adverbial is no part of the speaker, and the writer's sentence before is no statement
    assert not [st for st in sts if st.speaker and "time" in st.speaker.name.lower()]
    assert not said(sts, "90 people were waiting")


# --- "as he denied the CBC access to ...": a grant refused, whoever it was refused to, is no denial said -------------

LAW_TIMES = '''
"The administration of justice thrives on exposure to light and withers under a cloud of secrecy," wrote Justice Morris Fish, in the SCC's Toronto Star Newspapers v. Ontario ruling this summer.

"Public access will be barred only when the appropriate court, in the exercise of its discretion, concludes that disclosure would subvert the ends of justice or unduly impair its proper administration," said Fish, in applying the Dagenais/Mentuck test.

Provincial court Justice Bruce Duncan ruled that the "principles of open justice have been fully observed," as he denied the CBC access to audio and videotaped statements made by two teenage sisters on trial in Brampton on charges of murdering their mother.
'''


def test_denied_someone_access_is_an_act_not_a_denial():
    # https://www.lawtimesnews.com/article/open-court-principle-under-fire-8510/ (set M 005, train)
    _, sts = excerpt(page(LAW_TIMES))
    # must not: the access the judge refused is nobody's statement, least of all the other judge's
    assert not said(sts, "access to audio")
    assert [w for w, _, _ in said(sts, "thrives on exposure to light")] == ["Morris Fish"]
    assert [w for w, _, _ in said(sts, "Public access will be barred")] == ["Morris Fish"]


def test_denied_an_accusation_is_still_a_denial():
    # (a denial with content stays one: "denied the CBC's report that ...")
    _, sts = excerpt(page('''
Provincial court Justice Bruce Duncan denied reports that the sisters' statements had been leaked to bloggers.
'''))
    assert [w for w, _, _ in said(sts, "had been leaked to bloggers")] == ["Bruce Duncan"]


# --- "The federal minister of labour and housing ..., but promised that ...": a lower-case portfolio with its level --

NUNAVUT = '''
Kent Driscoll Northern News Services

Iqaluit (Aug 22/05) - The federal minister of labour and housing arrived in Iqaluit on Friday without any new money, but promised that short term relief is on the way for the Nunavut housing crisis.

"Hopefully by the fall, we can come to some sort of short-term arrangement. The need is imminent," said Joe Fontana, during a stop on his Northern tour.

Olayuk Akesuk, minister responsible for Nunavut housing, was happy to see Fontana arrive in the territory, with or without the cash.
'''


def test_lower_case_minister_with_level_and_portfolio_is_named_next():
    # https://nnsl-archive.blackpress.ca/nnsl/2005-08/aug22_05hs.html (set O 002, train)
    _, sts = excerpt(page(NUNAVUT, date="2005-08-22"))
    # (said the Friday he arrived: the day of the first predicate dates the second, after ", but")
    assert [(w, d) for w, d, _ in said(sts, "short term relief is on the way")] == [("Joe Fontana", "2005-08-19")]
    assert [w for w, _, _ in said(sts, "Hopefully by the fall")] == ["Joe Fontana"]
    # must not: the other minister, named after, takes none of it; his gladness is no statement
    assert not said(sts, "happy to see Fontana")
    assert not [st for st in sts if st.speaker and st.speaker.name == "Olayuk Akesuk"]


def test_a_day_before_another_speakers_contrast_dates_nothing_of_theirs():
    # (same page's construction with another subject after "but": the Friday is the minister's arrival only)
    _, sts = excerpt(page('''
Iqaluit (Aug 22/05) - Joe Fontana arrived in Iqaluit on Friday without any new money, but Olayuk Akesuk said the territory still needs at least 100 new units.
''', date="2005-08-22"))
    assert [(w, d) for w, d, _ in said(sts, "still needs at least 100")] != [("Olayuk Akesuk", "2005-08-19")]


# --- '," said an email from X at ...' / '," said a statement from the RCMP.': the issuer after an inverted cue -----

SUDBURY = '''
Health Canada said the recent decision to seize and remove certain products from Sudbury health food stores was the result of a consumer complaint and that no person became ill or injured from the products.

"The department becomes aware of potential non-compliances through many ways including consumer or industry complaints, referrals of shipments at the border, international regulatory partners, or pro-active compliance monitoring activities such as market surveys," said an email from Nicholas Janveau at the Health Canada media office in Ottawa.

"Health Canada received a consumer complaint alleging the sale and advertisement of unauthorized health products at Paris Natural Foods and Durham Natural Foods in Sudbury, Ontario," he added.
'''


def test_said_an_email_from_a_named_writer():
    # https://www.sudbury.com/local-news/no-one-sickened-by-products-seized-at-local-natural-food-stores-6667051
    # (set F 005, train)
    _, sts = excerpt(page(SUDBURY))
    assert [w for w, _, _ in said(sts, "The department becomes aware")] == ["Nicholas Janveau"]
    assert [w for w, _, _ in said(sts, "received a consumer complaint")] == ["Nicholas Janveau"]
    # must not: the place of his office is no part of the speaker, nor is the email a speaker
    assert not [st for st in sts if st.speaker and ("Ottawa" in st.speaker.name or "email" in st.speaker.name.lower())]


def test_said_the_release_alone_names_no_one():
    # (the same inverted cue with no issuer named: a vague document, nobody's words by this rule)
    _, sts = excerpt(page('''
"Health Canada seized unauthorized health products from two natural food stores in Sudbury, Ontario," said the release.
'''))
    assert not [st for st in sts if st.speaker and "release" in st.speaker.name.lower()]


# --- "X has referred to Y as Z": a name given, speech with content; never without "as" ----------------------------

def test_referred_to_as_is_speech():
    # https://globalnews.ca/news/8609840/winnipeg-council-freedom-protest-specia-meeting (set M 001, train)
    _, sts = excerpt(page('''
Mayor Brian Bowman called the emergency meeting of council after making public statements Tuesday urging police to enforce laws after hearing multiple reports from constituents about noise, traffic and safety concerns in the area of the Manitoba Legislature.

Bowman has referred to the ongoing protest — which is in solidarity with the larger, so-called “Freedom Convoy” in Ottawa — as an occupation.
'''))
    assert [w for w, _, _ in said(sts, "as an occupation")] == ["Brian Bowman"]
    # (also over a relative clause set off by commas; polnear/train/text/breitbart_2016-03-02_christie-s-shell-shocked-
    # look-st.txt)
    _, sts = excerpt(page('''
New Jersey Governor Chris Christie stood behind Donald Trump on Tuesday.

Christie refers to the candidate, who is supposedly his longtime friend, as “Mr. Trump,” while Trump refers to the governor as “Chris.”
'''))
    assert [w for w, _, _ in said(sts, "as “Mr. Trump,”")] == ["Chris Christie"]


def test_referred_to_without_as_or_as_a_participle_is_no_frame():
    # https://news.bbc.co.uk (bbc-news/business/196.txt): the participle's aside keeps the quotation around it his
    _, sts = excerpt(page('''
Attorney Reid Weingarten has attempted to portray Mr Sullivan as a liar and on Thursday quizzed him about his decision to commit fraud to meet analysts' profit estimates. "At that point in time," Mr Sullivan said, referring to the first false entries in late 2000, "I knew it was wrong and I knew it was against the law, but I thought we would get through it in the short term."

Mr Sullivan referred to the first false entries again.
'''))
    assert [w for w, _, _ in said(sts, "I knew it was wrong")] == ["Sullivan"]     # (the excerpt names no first name)
    # must not: the entries referred to are nobody's statement
    assert not said(sts, "the first false entries again")


def test_referred_to_with_an_as_past_the_objects_comma_is_no_naming():
    # (the "as" of a later clause names nothing the verb referred to: "referred to X, suggesting ... as ...")
    _, sts = excerpt(page('''
Mayor Brian Bowman called the emergency meeting of council on Tuesday.

Bowman then referred to the protesters outside, suggesting they saw themselves as part of the larger convoy.
'''))
    assert not said(sts, "the protesters outside")


# --- '... “at all levels of the company,” although some of the job losses ...': the reporter's concession ----------

def test_concession_after_the_closing_mark_is_no_part_of_the_words():
    # https://canadanewsmedia.ca/these-companies-have-laid-off-canadian-workers-in-2024/amp (set M 007, train)
    _, sts = excerpt(page('''
BCE Inc.: The Montreal-based telecommunications giant said on Feb. 8 it was cutting 4,800 jobs “at all levels of the company,” although some of the job losses were to come from vacancies and natural attrition rather than layoffs.
''', date="2024-03-01"))
    assert [(w, t) for w, _, t in said(sts, "4,800 jobs")] == \
        [("BCE Inc.", "it was cutting 4,800 jobs “at all levels of the company,”")]
    # must not: the reporter's concession is nobody's words
    assert not said(sts, "natural attrition")


def test_concession_inside_the_speakers_own_clause_stays():
    # (no closing mark before it: the speaker's own "although" is the speaker's)
    _, sts = excerpt(page('''
BCE Inc. said on Feb. 8 it was cutting 4,800 jobs, although some of the job losses were to come from vacancies.
''', date="2024-03-01"))
    assert [w for w, _, t in said(sts, "4,800 jobs") if "vacancies" in t] == ["BCE Inc."]
