"""Audit round quotes22: Canadian news dense with quotes (CBC, CTV, Global News, the Canadian Press, the Toronto Star,
the National Post, Maclean's and copies of them), fresh pages from the search tool, read against their statements.
Each test is a real passage (URL in a comment), what an annotator marks and what must not be extracted."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


def speakers(sts, marker):
    return [w for w, _, _ in said(sts, marker)]


# --- a lead that only describes its speaker: the person the next paragraph names with that title --------------------

def test_lead_city_councillor_is_the_councillor_the_next_paragraph_opens_with():
    # https://webjosh.com/article/residents-worry-winnipeg-police-may-be-tuning-out-protest-noise-complaints-area-councillor-says-1644480278-19836
    _, sts = excerpt(page('''
Residents worry Winnipeg police may be tuning out protest noise complaints, area councillor says
CBC
A Winnipeg city councillor says the residents of her ward want to know why their complaints to police about the noise from a days-long protest against vaccine and mask mandates seem to be falling on deaf ears.
Coun. Sherri Rollins represents Fort Rouge-East Fort Garry, where protesters calling themselves the "Freedom Convoy" have occupied streets around the Manitoba legislature since Friday.
She says she has received countless emails, phone calls and messages from residents, mostly about the noise from a loud train whistle and honking horns, but also about alleged incidents of harassment by protesters.
'''))
    assert speakers(sts, "want to know why") == ["Sherri Rollins"]
    assert speakers(sts, "countless emails") == ["Sherri Rollins"]


def test_lead_member_of_parliament_is_the_mp_named_next_not_parliament():
    # https://unpublished.ca/news-feed-item/2026-01-06/cold-day-in-hell-bc-conservative-mp-says-he-rejected-liberal-invite-to
    _, sts = excerpt(page('''
'Cold day in hell': B.C. Conservative MP says he rejected Liberal invite to cross floor
A Conservative member of Parliament in British Columbia says the Liberals have courted him to cross the floor, but it will be a “cold day in Hell” before he betrays his party and the people who voted him into office.
In a chilly rebuke shared on Facebook , Vernon—Lake Country—Monashee MP Scott Anderson says the Liberals are “pulling out all the stops” to attract more Conservatives to their ranks.
'''))
    assert speakers(sts, "courted him") == ["Scott Anderson"]
    assert speakers(sts, "pulling out all the stops") == ["Scott Anderson"]
    assert not [w for w, _, _ in said(sts, "") if w and "Parliament" in w]


# https://globalnews.ca/news/7557490/shooting-incident-riverview-high-nb-mayor/ (captions before the lead; also read by
# test_audit_setbu)
RIVERVIEW_MAYOR = '''
Shooting incident outside of Riverview High in N.B. under control: mayor

By Karla Renic Global News
Riverview High School in Riverview, N.B.
Riverview High School in Riverview, N.B. Global News

The mayor of Riverview, N.B., tells Global News that RCMP responded to a shooting incident outside of a high school and the situation is now under control.

Mayor Ann Seamans says a shooting incident at Riverview High was reported on early Tuesday evening. She says the RCMP told her the victim’s injuries were not life-threatening and that there is no danger to the public.
'''


def test_lead_mayor_is_the_mayor_named_next_not_a_school_in_her_words():
    _, sts = excerpt(page(RIVERVIEW_MAYOR, date="2021-01-05"))
    assert speakers(sts, "now under control") == ["Ann Seamans"]
    assert speakers(sts, "early Tuesday evening") == ["Ann Seamans"]
    assert "Riverview High" not in speakers(sts, "")


# --- "the minister" is the minister named since the last speaker, not that speaker -------------------------------

def test_the_minister_is_the_minister_just_introduced_not_the_premier():
    # https://montreal.ctvnews.ca/public-transit-easier-for-mayors-to-beg-than-manage-funds-says-legault-1.6861921
    _, sts = excerpt(page('''
It's "always easier for mayors to beg" the government "than to clean up their own spending," said Quebec Premier François Legault on Thursday, under pressure from municipalities to pay off municipal transit companies' deficits.

Legault was defending Transport Minister Geneviève Guilbault, who has been criticized for her controversial statements. On Wednesday, the minister said that it was not her responsibility to manage public transit in Quebec.

"I don't trust Ms. Guilbault," said Quebec City Mayor Bruno Marchand, still irritated by the government's decision to withdraw the tramway project from his city and entrust it to the Caisse de dépôt et de placement.
''', date="2024-04-25"))
    assert [(w, d) for w, d, _ in said(sts, "not her responsibility")] == [("Geneviève Guilbault", "2024-04-24")]
    assert speakers(sts, "easier for mayors to beg") == ["François Legault"]


# --- "Mr." is no woman of that surname ------------------------------------------------------------------------------

def test_mr_surname_is_the_father_not_the_daughter_named_since():
    # https://nationalpost.com/posted-toronto/mississauga-councillor-miffed-over-conflict-talk
    _, sts = excerpt(page('''
Months before winning Mississauga’s Ward 6 council seat in a bitterly fought election, Ron Starr stepped down as head of a local development consulting firm, handing the reins to his daughter.

A week before her father officially took office, Michele Starr — using the variant spelling “Star” — sent city staff a letter on Deanlee Management’s letterhead to solicit business.

Mr. Starr, for his part, is furious at what he calls baseless rhetoric, noting he had “nothing to do” with the solicitation letter his daughter sent to the city.
'''))
    assert speakers(sts, "nothing to do") == ["Ron Starr"]


# --- a lower-case description after a name is no body ---------------------------------------------------------------

def test_lower_case_apposition_closing_on_a_company_is_the_persons():
    # https://www.canadianmanufacturing.com/regulation/nova-scotia-enacts-legislation-to-end-work-stoppages-on-mega-projects-178227/
    # (the copy stops mid-sentence: no statement rather than the company's with the name for words)
    _, sts = excerpt(page('''
Smith, whose organization represents roughly 11,000 industrial construction workers, said these types of project labour agreements are common across the country and help ensure job stability.

Paul MacLean, strategic and regulatory affairs adviser for Bear Head LNG Corp., said while the company supports the government
'''))
    assert "LNG Corp." not in speakers(sts, "")
    assert not said(sts, "Paul MacLean")
    assert speakers(sts, "common across the country") == ["Smith"]


# --- questions counted are asked, not said ----------------------------------------------------------------------------

def test_questions_counted_are_no_statement():
    # https://macleans.ca/politics/ottawa/the-public-shaming-of-conservative-mps-continues/
    _, sts = excerpt(page('''
Mr. Speaker, whether it is making up policies or fantasies about commies hiding under their beds, Conservative backbenchers can be counted on for a daily fix of fact-free statements and a trip to the twilight zone. Since the E. coli crisis began, the New Democrats have asked 33 questions about tainted meat, Conservatives not one.
'''))
    assert not said(sts, "33 questions"), said(sts, "33 questions")


# --- '"...," reads the statement from X': X's words ----------------------------------------------------------------

def test_quotation_framed_by_reads_the_statement_from_a_minister():
    # https://lethbridgeherald.com/news/lethbridge-news/2025/09/16/horner-ata-ramping-up-strike-rhetoric
    _, sts = excerpt(page('''
By Lethbridge Herald on September 16, 2025.
Both sides in the provincial teachers strike fired shots across the bough on Tuesday as tensions over strike negotiations continue to rise.
Finance Minister Nate Horner issued a statement referring to a document provided to teachers across the province by the ATA, called “Talking Points.” He complained about false accusations towards TEBA in the document, leading to ta complaint made to the Alberta Labour Relations Board by TEBA.
“The document falsely claims that the Teachers’ Employer Bargaining Association (TEBA) does not have the mandate to ‘negotiate on important issues such as class complexity, class size, support for students,” reads the statement from Horner. “There are also other statements in the document that are misleading and confusing for parents, teachers and most importantly our kids, who are explicitly targeted by these communications.”
''', date="2025-09-16"))
    assert speakers(sts, "falsely claims") == ["Nate Horner"]
    assert speakers(sts, "misleading and confusing") == ["Nate Horner"]


def test_lower_case_apposition_names_the_person_and_a_new_director_is_no_one_met():
    # Reuters-21578 reut2-001.sgm (the ISDA swaps story): the person the apposition describes speaks; "a director at
    # one U.K. merchant bank" is someone unnamed, not the managing director who spoke before
    _, sts = excerpt(page('''
"What they are proposing is really double counting," Patrick de Saint-Aignan, managing director of swaps for Morgan Stanley and Co, said. Instead, he argues, banks should either be required to hold a percentage of the face value.

"The potential risk factors are very large relative to what we had expected," said a director at one U.K. merchant bank.
'''))
    assert speakers(sts, "double counting") == ["Patrick de Saint-Aignan"]
    assert "Patrick de Saint-Aignan" not in speakers(sts, "potential risk factors")
