"""Audit round wire13 (issue 8): statement, speaker and date errors that recur on wire copy and government releases
(State Department readouts reprinted by outlets, White House statements, gov.uk news releases, other governments'
foreign-ministry statements, Reuters/AP/AFP copy). Each test reads a real passage (its page's URL in a comment) as
the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a readout "The below is attributable to Spokesperson ...": the spokesperson's paragraphs ----------------------

def test_below_is_attributable_to_a_spokesperson():
    # https://www.einpresswire.com/article/625283766/secretary-blinken-s-call-with-israeli-minister-of-foreign-affairs-cohen
    doc, sts = excerpt(page('''
Secretary Blinken’s Call with Israeli Minister of Foreign Affairs Cohen

The below is attributable to Principal Deputy Spokesperson Vedant Patel:

Secretary of State Antony J. Blinken spoke with Israeli Minister of Foreign Affairs Eli Cohen this evening and reaffirmed the importance of the enduring U.S. – Israel bilateral relationship. The Secretary and the Foreign Minister discussed shared challenges including Iran, as well as efforts to advance mutual interests, such as Israel’s further regional integration. The Secretary reiterated the continued U.S. commitment to a two-state solution, welcomed recent efforts to de-escalate tensions between Israelis and Palestinians through meetings in Aqaba and Sharm el-Sheikh, and emphasized the importance of refraining from unilateral actions that exacerbate tensions.
'''))
    assert doc.genre == "release"
    assert [w for w, _, _ in said(sts, "spoke with Israeli Minister")] == ["Vedant Patel"]
    # the Secretary, by title, in the readout's paragraph: his words, each predicate of the list its own statement
    assert [w for w, _, t in said(sts, "") if t == "the continued U.S. commitment to a two-state solution"] == \
        ["Antony J. Blinken"]
    assert [w for w, _, t in said(sts, "") if t.startswith("recent efforts to de-escalate")] == ["Antony J. Blinken"]
    assert [w for w, _, t in said(sts, "") if t.startswith("the importance of refraining")] == ["Antony J. Blinken"]


def test_attributable_line_after_a_reprinting_outlets_dateline():
    # https://stl.news/secretary-blinkens-call-with-ukrainian-foreign-minister-kuleba/441752/ (1 April 2021)
    doc, sts = excerpt(page('''
Washington, DC (STL.News) The following is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken spoke by phone with Ukrainian Foreign Minister Dmytro Kuleba. The Secretary affirmed the United States’ unwavering support for Ukraine’s sovereignty and territorial integrity in the face of Russia’s ongoing aggression in the Donbas and Crimea. He expressed concern about the security situation in eastern Ukraine and offered condolences on the recent loss of four Ukrainian soldiers. Secretary Blinken highlighted the importance of advancing rule of law and economic reforms to strengthen Ukraine’s democratic institutions and further its Euro-Atlantic integration.
''', date="2021-04-01"))
    assert doc.genre == "release"
    assert [w for w, _, _ in said(sts, "spoke by phone")] == ["Ned Price"]
    assert [w for w, _, t in said(sts, "") if t.startswith("the United States’ unwavering support")] == \
        ["Antony J. Blinken"]


# --- a list of the official's predicates: one statement each, dated by the call the readout tells -----------------

def test_list_of_predicates_in_a_readout_and_the_day_of_the_call():
    # https://www.einpresswire.com/article/616363474/secretary-blinken-s-call-with-french-foreign-minister-colonna
    # (released 10 February 2023: "spoke yesterday" is 9 February)
    doc, sts = excerpt(page('''
Secretary Blinken’s Call with French Foreign Minister Colonna

The below is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken spoke yesterday with French Foreign Minister Catherine Colonna.  They discussed ongoing support to the people and government of Ukraine as they fight back against Russia’s brutal war.  They also discussed mutual concerns over Iran’s nuclear program and ongoing human rights violations.  Secretary Blinken emphasized deep concern over the escalation of Israeli-Palestinian tensions, reaffirmed the U.S. commitment to a two-state solution, and briefed Foreign Minister Colonna on his recent visit to Israel and the West Bank.  The two also discussed ongoing negotiations between Armenia and Azerbaijan.
''', date="2023-02-10"))
    assert [(w, d) for w, d, _ in said(sts, "spoke yesterday")] == [("Ned Price", "2023-02-10")]
    assert [(w, d, t) for w, d, t in said(sts, "") if w == "Antony J. Blinken"] == [
        ("Antony J. Blinken", "2023-02-09", "deep concern over the escalation of Israeli-Palestinian tensions"),
        ("Antony J. Blinken", "2023-02-09", "the U.S. commitment to a two-state solution")]


# --- a gov.uk release: each "X said:" introduces its own paragraphs, the release's voice resumes after them --------

def test_govuk_release_speakers_said_colon_blocks():
    # https://www.ukpol.co.uk/category/press-releases/page/1117 (Cabinet Office press release, 3 October 2022)
    doc, sts = excerpt(page('''
The press release issued by the Cabinet Office on 3 October 2022.

Elizabeth Walmsley, Stephen Cohen, Christopher Pilgrim and Atul Devani have been appointed as Commissioners as part of the Civil Service Commission.

The new Civil Service Commissioners have been appointed after an open competition which took place in 2022.

The Chancellor of the Duchy of Lancaster, Nadim Zahawi said:

I would like to congratulate the four new commissioners on their appointments. They bring a variety of expertise that will help ensure that civil servants are recruited on merit and on the basis of fair and open competition, helping safeguard an impartial Civil Service.

Baroness Gisela Stuart, the First Civil Service Commissioner, said:

I am delighted that Atul, Christopher, Elizabeth and Stephen will be joining our board of Civil Service Commissioners. I look forward to working with them as Commissioners, helping to ensure we have an effective Civil Service, appointed on merit, to develop and deliver government services across the country.
''', date="2022-10-03"))
    assert [w for w, _, _ in said(sts, "I would like to congratulate")] == ["Nadim Zahawi"]
    assert [w for w, _, _ in said(sts, "I am delighted that Atul")] == ["Gisela Stuart"]


def test_govuk_release_name_between_commas_and_the_voice_after_the_quotation():
    # https://www.ukpol.co.uk/category/press-releases/page/900 (Department for Education, 22 December 2022)
    _, sts = excerpt(page('''
The press release issued by the Department for Education on 22 December 2022.

To continue supporting families most in need, the Government has confirmed over £200m in funding for local authorities for the programme in 2023, enabling every local authority across England to continue to provide for their communities.

Speaking at a Holiday Activities and Food club in Guildford today, Education Secretary, Gillian Keegan, said:

Giving children access to nutritious meals and fun, enriching activities over the holidays supports children’s mental, physical and social development and offers them opportunities that they may otherwise not have, whilst helping parents who may not be able to afford similar childcare.

It’s fantastic to see that over half a million children benefitted from the programme over the summer, and I’m delighted to announce the continuation of the programme into 2023.
''', date="2022-12-22"))
    assert [(w, d) for w, d, _ in said(sts, "Giving children access")] == [("Gillian Keegan", "2022-12-22")]
    assert [w for w, _, _ in said(sts, "I’m delighted to announce")] == ["Gillian Keegan"]
    # https://www.ukpol.co.uk/category/press-releases/page/397 (Department for Work and Pensions, 23 February 2024)
    _, sts = excerpt(page('''
The press release issued by the Department for Work and Pensions on 23 February 2024.

The DWP today set out plans to ensure the £1.4 trillion held by pension schemes delivers for savers and the economy.

Minister for Pensions, Paul Maynard said:

We are in a welcome position with DB pension schemes enjoying high levels of funding, and we want to make this money work harder for savers and the wider economy. I welcome industry views on our plans to reform the pensions market.

Over the last decade most DB schemes have become better funded, with the average scheme having a funding level of 113% in 2022, compared to 104% in 2010. This has led to an aggregate surplus of £200 billion.
''', date="2024-02-23"))
    assert [w for w, _, _ in said(sts, "We are in a welcome position")] == ["Paul Maynard"]
    assert said(sts, "Over the last decade") == []      # the release's own voice, no one's statement


def test_statement_printed_without_its_full_stop_under_its_line():
    # https://www.ukpol.co.uk/category/press-releases/page/570 (Department for Business and Trade, 31 August 2023)
    _, sts = excerpt(page('''
The press release issued by the Department for Business and Trade on 31 August 2023.

A statement from the department in response to the Supreme Court’s Judgement in the case of Paccar Inc. and others vs. Competition Tribunal and others.

Following the Supreme Court’s judgement of 26 July 2023 in the case of Paccar Inc. and others vs. Competition Tribunal and others , the Department for Business and Trade has released the following statement:

The Department is aware of the Supreme Court decision in Paccar and is looking at all available options to bring clarity to all interested parties
''', date="2023-08-31"))
    assert [(w, d) for w, d, _ in said(sts, "The Department is aware")] == \
        [("Department for Business and Trade", "2023-08-31")]


# --- "He said:" after an unnamed insider is the insider's, not the chief executive's named before -------------------

def test_pronoun_after_an_unnamed_insider_of_a_named_body():
    # https://www.thisismoney.co.uk/money/news/article-1720402/Lloyds-fury-over-threat-to-sell-more-branches.html
    _, sts = excerpt(page('''
Lloyds chief executive Antonio Horta-Osorio is understood to be incensed that his bank was singled out by the ICB for its large 25% share of the current account market.

One Lloyds insider contrasted the way its share of the current account market was regarded in comparison with Royal Bank of Scotland in the small business sector.

He said: 'What is the difference between our 25% in current accounts and RBS's 24% share of small businesses? The only difference seems to be that it is too late to do anything about RBS.'
'''))
    assert [w for w, _, _ in said(sts, "What is the difference") if w] == []


# --- a verb that speaks only with a clause: with a noun phrase it keeps; a frame yet to come is no statement --------

def test_relative_clause_maintains_a_fleet_is_no_statement():
    # https://www.seattletimes.com/nation-world/live-updates-russia-scraps-age-limit-for-joining-military/ (AP)
    _, sts = excerpt(page('''
Earlier Wednesday, the Russia military said Mariupol’s port was functioning again after three months of fighting. The Defense Ministry spokesman said the military first had to clear the port of mines.

The Russian military, which maintains a naval fleet in the Black Sea, has effectively blocked commercial shipping at Ukrainian ports.
'''))
    assert said(sts, "naval fleet") == [] and said(sts, "blocked commercial shipping") == []
    assert [w for w, _, _ in said(sts, "port was functioning again")] != []


def test_body_going_to_announce_told_by_an_unnamed_source():
    # https://tass.com/world/1394851
    _, sts = excerpt(page('''
LONDON, January 29. /TASS/. The British Foreign Office is going to announce the tightening of sanctions against Russia on Monday, January 31, an informed source in the circles close to the British government told TASS on Friday.

On January 26, UK Foreign Secretary Liz Truss announced that the government of the United Kingdom is preparing to submit a new bill in the coming days to tighten anti-Russian sanctions.
'''))
    assert said(sts, "tightening of sanctions") == []
    assert [w for w, _, _ in said(sts, "preparing to submit a new bill")] == ["Liz Truss"]


# --- a quotation of several sentences before "said X, <role> of Y": one direct statement of X ----------------------

def test_multi_sentence_quote_before_said_name_and_role_without_article():
    # http://moroccotomorrow.org/france-shames-algeria-over-claims-of-diplomatic-tension-between-paris-and-rabat
    _, sts = excerpt(page('''
France flatly rejected on Saturday claims by the Algerian state-owned new agency APS that diplomatic tension between Paris and Rabat led to the postponement of French Foreign Minister Jean-Marc Ayrault’s week-end visit to Morocco.

“I categorically deny (the claims by APS;) this is not the case. This is a technical postponement that is in no way linked to any political tension. France-Morocco relationships are booming,” said Romain Nadal, spokesperson of the French Foreign Ministry.
'''))
    assert [(w, t[:22]) for w, _, t in said(sts, "booming")] == [("Romain Nadal", "I categorically deny (")]


# --- a country's ministry by its possessive keeps its owner; the U.S. State Department with dotted initials -------

def test_country_possessive_foreign_ministry_and_dotted_state_department():
    # https://www.reuters.com/article/us-usa-russia-lavrov-pompeo/russias-lavrov-uss-pompeo-discuss-syria-koreas-by-phone-russian-ministry-idUSKBN1JE1SE
    _, sts = excerpt(page('''
MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Mike Pompeo spoke by telephone on Monday and discussed Syria and problems of the Korean peninsula, Russia’s foreign ministry said.

They also spoke about the schedule of political contacts between Moscow and Washington in the near future and bilateral relations, the ministry said in a statement.

Pompeo “reemphasized the U.S. commitment to the southwest ceasefire arrangement that was approved by President Trump and President Putin one year ago,” the U.S. State Department said in a statement.
''', date="2018-06-18"))
    assert [(w, d) for w, d, _ in said(sts, "spoke by telephone")] == \
        [("Russia’s foreign ministry", "2018-06-18")]
    assert [w for w, _, _ in said(sts, "schedule of political contacts")] == ["Russia’s foreign ministry"]
    assert [w for w, _, _ in said(sts, "southwest ceasefire")] == ["US Department of State"]


def test_country_possessive_capitalised_ministry_keeps_its_owner():
    # (the same Reuters copy as reprinted with capitals: "Russia’s Foreign Ministry said")
    _, sts = excerpt(page('''
MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Mike Pompeo spoke by telephone on Monday and discussed Syria and problems of the Korean peninsula, Russia’s Foreign Ministry said.
''', date="2018-06-18"))
    assert [w for w, _, _ in said(sts, "spoke by telephone")] == ["Russia’s Foreign Ministry"]


# --- an agency's credit with the desk's initials closes the last paragraph, no part of the words -------------------

def test_agency_credit_with_initials_is_no_part_of_the_words():
    # http://environmentalnews.blogspot.com/2007/03/best-answer-to-granite-ban-question-is.html (Channel NewsAsia)
    _, sts = excerpt(page('''
SINGAPORE : Defence Minister Teo Chee Hean said it is best to seek clarifications from Indonesia on recent comments about a possible ban on the export of granite to Singapore.

When asked a similar question earlier this month following Indonesia's sand ban on Singapore, Mr Teo had said the Armed Forces of both countries have a long history of cooperation, including training and exercises going back to the 1970s. - CNA /ls
''', date="2007-03-13"))
    assert [t.endswith("going back to the 1970s") for w, _, t in said(sts, "long history of cooperation")] == [True]


# --- a company's chief telling shareholders, then the background: the words are before the frame ------------------

def test_told_shareholders_in_a_place_then_the_backdrop():
    # http://www.reuters.com/article/hsbc-agm-buyback-idUSL3N17L31V (Reuters, 18 April 2016, a Monday)
    _, sts = excerpt(page('''
HONG KONG, April 18 (Reuters) - HSBC Holdings is studying the possibility of buying back its shares, its Chief Executive Stuart Gulliver told shareholders in Hong Kong on Monday, against the backdrop of a sharp drop in the share price of Europe’s biggest bank.
''', date="2016-04-18"))
    assert [(w, d, t) for w, d, t in said(sts, "")] == \
        [("Stuart Gulliver", "2016-04-18", "HSBC Holdings is studying the possibility of buying back its shares")]


# --- "the bank" after a bank named "First ..."; its initials alone name it later -------------------------------------

def test_bank_named_first_and_its_initials():
    # https://business-gurus.com/2023/02/16/ceo-of-standard-chartered-says-the-bank-is-absolutely-not-up-for-sale/
    _, sts = excerpt(page('''
The remarks follow First Abu Dhabi Bank’s Friday statement that it was not reviewing any bids for Standard Chartered.

“First Abu Dhabi Bank PJSC notes the recent press speculation in relation to Standard Chartered and re-iterates that it is not evaluating a possible offer for Standard Chartered,” the bank said in a statement.

The largest lender in the United Arab Emirates, FAB, declared in January that it had once considered making a bid for StanChart but was no longer considering it.
''', date="2023-02-16"))
    assert [w for w, _, _ in said(sts, "notes the recent press speculation")] == ["First Abu Dhabi Bank"]
    assert [w for w, _, _ in said(sts, "once considered making a bid")] == ["First Abu Dhabi Bank"]
