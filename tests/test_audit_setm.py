"""Audit round setm: Canadian news that quotes anyone (set M's TRAIN documents: Global News, CBC, Halifax Examiner,
Law Times, CTV, copies of Star and Canadian Press stories). Each test reads a real passage (its page's URL in a
comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a party's possessive before a member's full name; "she" after a man spoke ---------------------------------------

CTV_BYELECTION = '''
COPE's Sean Orr and OneCity's Lucy Maloney are seen in images from their candidate websites.

Vancouver’s newest city councillors say their decisive byelection victories have given them a mandate to push back on the “harmful policies” and “worst ideas” championed by Mayor Ken Sim and his ABC party.

The unofficial results show COPE’s Sean Orr and OneCity’s Lucy Maloney each received more than three times the votes than the candidates running under the mayor’s banner. Both spoke to CTV News Sunday, after a byelection that saw thousands standing in hours-long lines to cast their ballots.

The willingness to wait, Orr said, shows how committed voters were to bringing change to City Hall.

“People stood in line for three hours to really send a message to Ken Sim and ABC that what they’re doing isn’t working,” Orr said.

“I’m so proud of Vancouver for sticking it out, waiting in line for three hours and showing that they care, that Vancouver means something to us.”

While Sim and his party still have a majority on council, the relatively dismal showing for ABC’s candidates is something Maloney agrees reflects a dissatisfaction with the status quo.

“It’s really a decisive victory for progressives in in Vancouver. The people of Vancouver have made their views very strongly felt about the performance of this mayor and his party. They have said loud and clear that ABC and Ken Sim have been moving in the wrong direction,” she said.
'''


def test_party_possessive_before_a_full_name_introduces_the_member():
    # https://vancouver.ctvnews.ca/vancouver/article/vancouvers-newly-elected-city-councillors-say-they-have-a-mandate-to-push-back-against-ken-sim-abc
    _, sts = excerpt(page(CTV_BYELECTION))
    assert [w for w, _, _ in said(sts, "People stood in line")] == ["Sean Orr"]
    assert [w for w, _, _ in said(sts, "shows how committed voters")] == ["Sean Orr"]
    assert not [st for st in sts if st.speaker and st.speaker.name in ("Orr", "COPE's Sean Orr", "COPE")]


def test_she_after_a_man_spoke_is_the_woman_named_last():
    # (same page) "she said" after Sean Orr's words: Lucy Maloney, named just before, not Ken Sim (a given name of
    # either gender, named inside Orr's words and in the sentence before)
    _, sts = excerpt(page(CTV_BYELECTION))
    assert [w for w, _, _ in said(sts, "decisive victory for progressives")] == ["Lucy Maloney"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Ken Sim"]


def test_interviewer_after_an_outlets_possessive_is_introduced_by_no_owner_rule():
    # must not: "told CNN's Jake Tapper" introduces no one the next "he said" could name (the outlet's presenter)
    _, sts = excerpt(page('''
Mayor Tom Hill said the city would appeal the ruling.

“We will not give up,” Hill told CNN’s Jake Tapper on Sunday.

“This is about our residents,” he said.
''', date="2024-05-06"))
    assert [w for w, _, _ in said(sts, "This is about our residents")] == ["Tom Hill"]


# --- "told the crowd of more than a thousand": the audience, not what was told --------------------------------------

def test_crowd_of_a_number_is_the_audience_of_the_quotation():
    # https://bc.ctvnews.ca/new-vancouver-mayor-tempers-expectations-in-first-state-of-the-city-address-1.6244997
    _, sts = excerpt(page('''
In his first major speech as Vancouver mayor, Ken Sim delivered a State of the City address at a Vancouver Board of Trade luncheon at the Fairmont Hotel Vancouver Thursday.

Sim played to the pro-business crowd by starting off riffing about the city being “open for business” on his watch.

"The next four years are going to be about awakening the giants of Vancouver industry,” he told the crowd of more than a thousand.
'''))
    assert [(w, t) for w, _, t in said(sts, "awakening the giants")] == [
        ("Ken Sim", "The next four years are going to be about awakening the giants of Vancouver industry")]
    assert not said(sts, "more than a thousand")     # must not: the crowd's size as words told


# --- a calendar day after the verb: the frame's day, not the words ---------------------------------------------------

LAYOFFS = '''
These are some of the companies which have so far laid off Canadian workers in 2024:

Canada Goose Holdings Inc.: The Toronto-based luxury apparel maker said in March that it was laying off 17 per cent of its global corporate workforce to put the company “in a better position for scaling.”

Cascades Inc.: The paper and packing company said on Feb. 13 that it was closing three plants in a move that would affect 310 employees.
'''


def test_short_month_day_after_said_dates_the_words_and_stays_out_of_them():
    # https://canadanewsmedia.ca/these-companies-have-laid-off-canadian-workers-in-2024/amp ("said on Feb. 13 that")
    _, sts = excerpt(page(LAYOFFS, date="2024-03-20"))
    assert [(w, d, t) for w, d, t in said(sts, "closing three plants")] == [
        ("Cascades Inc.", "2024-02-13", "it was closing three plants in a move that would affect 310 employees")]
    assert not said(sts, "Feb. 13")     # must not: the frame's day inside the words


def test_calendar_day_without_that_opens_no_adjunct_only_frame():
    # (the same frame in wire style, with no "that": "said on March 8 the plan was ready" is words, not an adjunct)
    _, sts = excerpt(page("Finance Minister Chrystia Freeland said on March 8 the plan was ready.\n\n"
                          "Finance Minister Chrystia Freeland said March 8 that the budget would balance.", date="2024-03-20"))
    assert [(w, d, t) for w, d, t in said(sts, "plan was ready")] == [
        ("Chrystia Freeland", "2024-03-08", "the plan was ready")]
    assert [(d, t) for _, d, t in said(sts, "budget would balance")] == [("2024-03-08", "the budget would balance")]


# --- a dash closing the question before the speaker ----------------------------------------------------------------

def test_dash_aside_closes_the_question_before_the_speaker():
    # https://www.cbc.ca/news/canada/saskatoon/saskatchewan-covid-19-paul-merriman-flut-shot-1.6210804
    _, sts = excerpt(page('''
Saskatchewan Health Minister Paul Merriman says the province is not asking the federal government for assistance because Saskatchewan's health-care system has enough workers to handle its load of patients with and without COVID-19.

Merriman took questions from reporters Thursday after receiving his seasonal flu shot at a pharmacy in Regina Thursday.

Asked why the Saskatchewan government is not requesting health-care staff from Ottawa — a move confirmed Wednesday by the Saskatchewan Public Safety Agency — Merriman replied, "because the Saskatchewan Health Authority is telling me they have the resources in place to meet our needs."
'''))
    assert [w for w, _, _ in said(sts, "telling me they have the resources")] == ["Paul Merriman"]
    assert not said(sts, "not requesting health-care staff")     # must not: the question put to him


def test_question_still_open_at_the_subject_stays_the_question():
    # must not: "Asked whether Mr Pirapan had told him ... Gen Prayut said" with no comma or dash: still the question
    _, sts = excerpt(page('Asked whether the mayor had told him about the plan Smith said "no comment" to reporters, '
                          'and left.'))
    assert not [st for st in sts if st.speaker and st.speaker.name == "Smith" and "plan" in st.text]


# --- a business described, not named: the company its paragraph names ----------------------------------------------

def test_described_business_is_the_company_its_paragraph_names():
    # https://canadanewsmedia.ca/these-companies-have-laid-off-canadian-workers-in-2024/amp
    _, sts = excerpt(page('''
These are some of the companies which have so far laid off Canadian workers in 2024:

BCE Inc.: The Montreal-based telecommunications giant said on Feb. 8 it was cutting 4,800 jobs “at all levels of the company,” although some of the job losses were to come from vacancies and natural attrition rather than layoffs.

BlackBerry Ltd.: The Waterloo, Ont.-based technology company announced plans to cut an unspecified number of jobs on Feb. 12 as it worked to separate two of its business divisions.
''' + LAYOFFS.split("2024:", 1)[1], date="2024-03-20"))
    assert [(w, d) for w, d, _ in said(sts, "cutting 4,800 jobs")] == [("BCE Inc.", "2024-02-08")]
    assert [w for w, _, _ in said(sts, "plans to cut an unspecified number")] == ["BlackBerry Ltd."]
    assert [(w, d) for w, d, _ in said(sts, "17 per cent")] == [("Canada Goose Holdings Inc.", None)]   # "in March"
    assert not [st for st in sts if st.speaker and st.speaker.name.endswith(("maker", "company", "giant"))]


def test_described_business_with_two_companies_or_none_named_is_no_one():
    # must not: two companies named before "The company said" (which spoke is not told by the suffix), and a business
    # described by its seat with no company named in its paragraph ("The Toronto-based company", vague as before)
    _, sts = excerpt(page('''
Shares of Acme Corp. rose after it agreed to buy Widget Ltd. for $2 billion. The company said the deal would close in June.

The Toronto-based company said it would hire 200 people.
''', date="2024-03-20"))
    assert not said(sts, "deal would close")
    assert not said(sts, "hire 200 people")


# --- a participle after "instead" or "before": another statement of the same speaker --------------------------------

def test_instead_saying_ends_the_words_and_frames_more():
    # https://blackcanadianmedia.ca/canada-post-confirms-laying-off-striking-postal-workers-its-a-scare-tactic-union-says
    _, sts = excerpt(page('''
In a statement to the Star, Canada Post said the layoffs are temporary.

Earlier in November, Canada Post issued a lockout notice but said it didn’t intend to lock out employees, instead saying the notice would allow the company to make changes to its operations in order to respond to the effects of a strike.
'''))
    assert [(w, t) for w, _, t in said(sts, "lock out employees")] == [("Canada Post", "it didn’t intend to lock out employees")]
    assert [w for w, _, _ in said(sts, "the notice would allow")] == ["Canada Post"]
    assert not [t for _, _, t in said(sts, "lock out employees") if "instead" in t]     # must not: one run-on span


def test_before_acknowledging_after_a_quotation_frames_the_clause():
    # https://bc.ctvnews.ca/new-vancouver-mayor-tempers-expectations-in-first-state-of-the-city-address-1.6244997
    _, sts = excerpt(page('''
In his first major speech as Vancouver mayor, Ken Sim delivered a State of the City address at a Vancouver Board of Trade luncheon at the Fairmont Hotel Vancouver Thursday.

“We’re going to be bold and we’re going to fund the hiring of a hundred mental health nurses, and if and when the program shows success we will go back to the province and show them an operational case for why they should be funding it,” he said, before acknowledging City of Vancouver taxpayers will be on the hook for hiring, training and paying the 100 mental health professionals.
'''))
    assert [(w, t) for w, _, t in said(sts, "on the hook")] == [
        ("Ken Sim", "City of Vancouver taxpayers will be on the hook for hiring, training and paying the 100 mental "
                    "health professionals")]
    assert not said(sts, "before acknowledging")     # must not: the frame inside the words


# --- an office won, not yet taken: "-elect" is a title -------------------------------------------------------------

def test_elect_titles_are_titles_not_names():
    # (vancouver.ctvnews.ca, set M: "the new councillor-elect says he can imagine a path forward")
    _, sts = excerpt(page('''
“People stood in line for three hours to really send a message to Ken Sim and ABC that what they’re doing isn’t working,” COPE’s Sean Orr said.

The new councillor-elect says he can imagine a path forward – if Sim sees the byelection as a wake-up call.

Mayor-elect Olivia Chow said the city would review the budget.
'''))
    assert [w for w, _, _ in said(sts, "imagine a path forward")] == ["Sean Orr"]
    assert [w for w, _, _ in said(sts, "review the budget")] == ["Olivia Chow"]
    assert not [st for st in sts if st.speaker and "elect" in st.speaker.name.lower()]


# --- a municipality named by its kind and place; a province's department by its portfolio ---------------------------

def test_city_of_a_place_is_the_municipality_and_the_city_after_it():
    # https://montreal.ctvnews.ca/police-step-up-patrols-as-kirkland-residents-worry-over-string-of-crimes-1.7000909
    # (quotes20's page; a "City of X said" is set M's kind of named body: Global News' Winnipeg council story names
    # the city's bodies so)
    _, sts = excerpt(page('''
"A lot of footage that was gathered by the Montreal police. We're all looking at it, piece by piece," said Montreal spokesperson Jean-Pierre Brabant.

The City of Kirkland said it will not comment to media while the investigation is ongoing.

The city said patrols would continue through the weekend.
'''))
    assert [w for w, _, _ in said(sts, "will not comment")] == ["City of Kirkland"]
    assert [w for w, _, _ in said(sts, "patrols would continue")] == ["City of Kirkland"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Kirkland"]     # must not: a surname "Kirkland"


def test_the_city_with_no_municipality_named_is_no_one():
    # must not: "the city said" after another body spoke is not that body (Canada Post is no city)
    _, sts = excerpt(page('''
In a statement to the Star, Canada Post said the layoffs are temporary.

The city said the bridge will reopen Friday.
'''))
    assert not said(sts, "bridge will reopen")


def test_province_and_portfolio_name_a_department_not_a_bare_title():
    # (Canadian provinces' departments: "a spokesperson for Manitoba Health said ...", CBC's style in set M's
    # Saskatchewan story for the SHA; the minister's office stays the minister's: quotes11's CityNews page)
    _, sts = excerpt(page('''
In an email to Global News, a spokesperson for Manitoba Health said the department is monitoring the situation.

When asked about ER doctors’ concerns, Ontario Health Minister Sylvia Jones’s office said, “In the past year, we have added over 17,000 nurses and 2,400 new physicians,” and that the government is “investing $44 million to help emergency departments stay open.”
'''))
    assert [w for w, _, _ in said(sts, "monitoring the situation")] == ["Manitoba Health"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Ontario Health"]


# --- a short sentence quoted that opens with a possessive is words, not a reported object ---------------------------

def test_quoted_sentence_opening_with_our_is_a_statement():
    # (found by probing set M's kind of news: '“We’re disappointed,” Chen said. “Our members deserve better.”' lost its
    # second quotation to the filter of reported objects, "denied its authenticity"); the first two paragraphs are the
    # real passage, the last one the probe's short form (not the page's words):
    # https://motorcycleaccidenttorontotoday.ca/3-children-among-victims-of-intimate-partner-shooting-in-northern-ontario-police-say
    _, sts = excerpt(page('''
A local school board — the Algoma District School Board — said three of its students had died.

“The grief the families, friends, and loved ones of the victims are facing is unimaginable. Our hearts go out to them,” Chief Hugh Stevenson wrote in a statement.

“We have to act now,” Stevenson said. “Our hearts go out.”
'''))
    assert [w for w, _, _ in said(sts, "Our hearts go out to them")] == ["Hugh Stevenson"]
    assert [(w, t) for w, _, t in said(sts, "Our hearts go out.")] == [("Hugh Stevenson", "Our hearts go out.")]


def test_reported_possessed_noun_stays_no_statement():
    # must not: the filter still holds for reported speech ("Ms Busadee later denied its authenticity")
    _, sts = excerpt(page("Thai government spokeswoman Busadee Santipitaks later denied its authenticity."))
    assert not said(sts, "its authenticity")


# --- court news: a court's justice, and "said outside court that" ----------------------------------------------------

def test_court_before_justice_leaves_the_judges_name():
    # (a probe of set M's kind of court news, in the forms of the Ottawa Citizen's "Ontario Court Justice David
    # Paciocco has stayed ..." and the Brantford Expositor's '“...,” said Justice Gethin Edward.'; not a page's words)
    _, sts = excerpt(page('''
Ontario Superior Court Justice Michael Code sentenced the man to 12 years.

“This was a brutal and senseless crime,” Code said in his decision.
'''))
    assert [w for w, _, _ in said(sts, "brutal and senseless")] == ["Michael Code"]
    # must not: "the Department of Justice" keeps its name (no judge "Justice" after a department)
    _, sts = excerpt(page("The Department of Justice said the review was complete."))
    assert [w for w, _, _ in said(sts, "review was complete")] == ["Department of Justice"]


def test_outside_court_is_where_not_what():
    # (the same probe: "The victim’s mother, Linda Reid, said outside court that she was relieved.")
    _, sts = excerpt(page("The victim’s mother, Linda Reid, said outside court that she was relieved.\n\n"
                          "Defence lawyer John Smith said outside experts agree that the plan works."))
    assert [t for _, _, t in said(sts, "relieved")] == ["she was relieved"]
    # must not: "outside experts" is the subject of what was said, no place of the frame
    assert [t for _, _, t in said(sts, "the plan works")] == ["outside experts agree that the plan works"]


# --- "called X “Y”" after a name set off by commas ------------------------------------------------------------------

def test_called_after_a_name_set_off_by_commas():
    # (a probe of set M's kind of news, in the form of CTV's "NDP health critic, France Gelinas" (quotes11's page):
    # not a page's words)
    _, sts = excerpt(page("The NDP’s health critic, France Gélinas, called the closures “horrifying.”"))
    assert [(w, t) for w, _, t in said(sts, "horrifying")] == [("France Gélinas", "the closures “horrifying.”")]
    # must not: a thing named after its author ("a novel by John Smith, called “The Road.”")
    _, sts = excerpt(page("He read a novel by John Smith, called “The Road.”"))
    assert not sts
