"""Audit round wire20: wire copy and official readouts as the search tool gives their pages: GOV.UK readouts that
date themselves only in their title and name their own leader only as "the Prime Minister", leaders joined by "and"
with one of them a title alone, "a statement issued by X said", a leader welcomed to a place. Each test reads a real
passage (its page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


def titled(title: str, body: str, url: str) -> str:
    """A page whose front matter gives its title and address and no date."""
    return f'---\ntitle: "{title}"\nsource_url: "{url}"\n---\n' + body.strip() + "\n"


# --- the day a GOV.UK readout's title closes on ---------------------------------------------------------------------

def test_readout_dated_by_its_title_only():
    # https://www.gov.uk/government/news/pm-meets-chancellor-merkel-5-july-2018
    doc, sts = excerpt(titled("PM meets Chancellor Merkel: 5 July 2018", '''
A Downing Street spokesperson said:

During the Prime Minister’s meeting with Chancellor Merkel in Berlin today, the two leaders held productive and positive talks across a range of topics.

The Prime Minister also looked forward to welcoming Chancellor Merkel to next week’s Western Balkans summit in London and said the event would send a strong signal of our shared commitment to the region.
''', "https://www.gov.uk/government/news/pm-meets-chancellor-merkel-5-july-2018"))
    assert doc.published[:10] == "2018-07-05"
    # the Prime Minister of that day, on that day
    assert [(w, d) for w, d, _ in said(sts, "strong signal")] == [("Theresa May", "2018-07-05")]


def test_title_without_a_closing_date_dates_nothing():
    # (the title's day must close it after a colon: "... on 5 July 2018 ..." in a title is what it is about)
    doc, _ = excerpt(titled("Statement on the 5 July 2018 summit", '''
The Prime Minister said the summit had been a success.
''', "https://example.org/page"))
    assert doc.published is None


# --- leaders joined by "and", one named by a title alone -------------------------------------------------------------

def test_prime_minister_and_president_named_by_surname_speak_together():
    # https://www.gov.uk/government/news/pms-meeting-with-president-macron-18-june-2020
    _, sts = excerpt(page('''
The Prime Minister welcomed French President Emmanuel Macron to Downing Street this afternoon to commemorate the 80th anniversary of General de Gaulle’s ‘Appel’.

The Prime Minister and President also welcomed the ongoing cooperation between the UK and France on small boats and illegal migration.

They agreed that the partnership between our countries will be crucial in overcoming the coronavirus pandemic and ensuring the global recovery is green and sustainable.

The Prime Minister and President Macron discussed the situation in Libya and agreed on the need for a UN-led political process which brings together all parties to end the conflict.
''', date="2020-06-18"))
    assert sorted(w for w, _, _ in said(sts, "partnership between our countries")) == \
        ["Boris Johnson", "Emmanuel Macron"]
    assert sorted(w for w, _, _ in said(sts, "small boats")) == ["Boris Johnson", "Emmanuel Macron"]
    # welcoming a guest to a place is no statement
    assert not said(sts, "Downing Street this afternoon")


def test_title_joined_with_a_body_is_no_pair_of_people():
    # (not "The Prime Minister and the Cabinet": a body is no person of a readout's pair)
    _, sts = excerpt(page('''
The Prime Minister and the Cabinet agreed that the plan would go ahead next week.
''', date="2020-06-18"))
    assert "Boris Johnson" not in [w for w, _, _ in said(sts, "plan would go ahead")]


def test_title_with_no_holder_that_day_is_no_one():
    # https://www.gov.uk/government/news/pms-meeting-with-president-macron-18-june-2020 (no date: no prime minister)
    _, sts = excerpt(page('''
The Prime Minister and President Macron discussed the situation in Libya and agreed on the need for a UN-led political process which brings together all parties to end the conflict.
'''))
    assert "Boris Johnson" not in [w for w, _, _ in said(sts, "UN-led political process")]


# --- "a statement issued by X" ---------------------------------------------------------------------------------------

def test_statement_issued_by_a_body_is_its_voice():
    # https://news.worldsnap.com/india/manmohan-obama-discuss-osama-killing-103249.html/amp
    _, sts = excerpt(page('''
Prime Minister Manmohan Singh spoke to US President Barack Obama late Monday on the killing of al Qaeda chief Osama bin Laden in Pakistan?s Abbottabad and the situation post the encounter, media reports said on Tuesday.

A statement issued by White House in Washington said Obama spoke to Singh to discuss the “successful American action against Osama bin Laden.” However, it did not give further details.

The White House also remained diplomatic in its statement.

“The two leaders re-affirmed their commitment to building a global, strategic partnership, including defence cooperation,” said a statement issued by the White House.
''', date="2011-05-10"))
    assert [w for w, _, _ in said(sts, "successful American action")] == ["The White House"]
    assert [w for w, _, _ in said(sts, "re-affirmed their commitment")] == ["The White House"]


def test_statement_issued_on_a_day_names_no_issuer_by_its_day():
    # (a statement issued by no one named: no speaker from "issued on Monday")
    _, sts = excerpt(page('''
A statement issued on Monday said the talks would resume.
''', date="2011-05-10"))
    assert not [w for w, _, _ in said(sts, "talks would resume") if w]


def test_prime_minister_and_the_president_condemn_and_agree_together():
    # http://brusselsmorning.com/2018/05/17/press-release-pm-call-with-president-trump-11-may-2018-6/ (wire19's page)
    _, sts = excerpt(page('''
A Downing Street spokesperson said:

The Prime Minister held a telephone call with US President Donald Trump this evening.

The Prime Minister began by congratulating the President on the safe return of three US citizens who had been held in prison in North Korea.

The two leaders looked forward to the summit which will take place between President Trump and Kim Jong-un in Singapore. The PM said the UK would continue to work with the US to keep up the pressure on North Korea to denuclearise.

The Prime Minister and the President condemned the Iranian rocket attacks against Israeli forces earlier this week, and strongly supported Israels right to defend itself against Iranian aggression. They agreed on the need for calm on all sides and on the importance of tackling Irans destabilising activity in the region.
''', date="2018-05-11"))
    assert sorted(w for w, _, _ in said(sts, "need for calm")) == ["Donald Trump", "Theresa May"]
    assert sorted(w for w, _, _ in said(sts, "Iranian rocket attacks")) == ["Donald Trump", "Theresa May"]


def test_three_joined_by_two_ands_are_no_title_pair():
    # data/state-dept-press-releases-rss/press-releases-2022-05.rss#55 ("The Deputy Secretary and Vice Foreign
    # Ministers Cho and Mori": three; the pair rule leaves them to the rules before it)
    _, sts = excerpt(page('''
Deputy Secretary of State Wendy R. Sherman spoke today with Republic of Korea Vice Foreign Minister Cho Hyun-dong and Japanese Vice Foreign Minister Mori Takeo.

The Deputy Secretary and Vice Foreign Ministers Cho and Mori reaffirmed the importance of trilateral cooperation between the United States, the ROK, and Japan in tackling pressing challenges in the region and across the globe.
''', date="2022-05-25"))
    assert said(sts, "trilateral cooperation")


def test_one_person_with_two_lower_case_titles_is_no_pair():
    # bbc-news/business/458.txt: "The founder and former boss of Parmalat" is Calisto Tanzi alone
    _, sts = excerpt(page('''
The founder and former boss of Parmalat has apologised to investors who lost money as a result of the Italian dairy firm's collapse.

Parmalat is now being run by a state appointed administrator, Enrico Bondi, who has launched lawsuits against 80 banks in an effort to recover money for the bankrupt company and its shareholders. He has alleged that these companies were aware of the true state of Parmalat's finances but continued to lend money to the company.
'''))
    assert "Calisto Tanzi" not in [w for w, _, _ in said(sts, "true state of Parmalat")]


def test_title_after_a_lower_case_modifier_is_one_of_the_pair():
    # data/state-dept-press-releases-rss/press-releases-2021-06.rss#50 ("interim Prime Minister": a title all the same)
    _, sts = excerpt(page('''
Secretary of State Antony J. Blinken met today with Libyan interim Prime Minister Abdulhamid Dabaiba in Berlin. Secretary Blinken and interim Prime Minister Dabaiba discussed the need for timely preparations for the December 24, 2021 national elections. The Secretary and interim Prime Minister also emphasized the importance of full implementation of the October 23, 2020 ceasefire agreement, including the immediate withdrawal of all foreign forces and mercenaries from Libya.
''', date="2021-06-24"))
    assert sorted(w for w, _, _ in said(sts, "ceasefire agreement")) == ["Abdulhamid Dabaiba", "Antony J. Blinken"]


# --- "had then said": an earlier occasion ---------------------------------------------------------------------------

def test_had_then_said_is_an_earlier_occasion():
    # http://www.financialexpress.com/india-news/us-president-donald-trump-speaks-to-pm-narendra-modi-5-key-highlights/520946/
    _, sts = excerpt(page('''
US President Donald Trump called up PM Narendra Modi today. This call is in return for the congratulatory message sent by PM Modi in the wake of Trump winning the US presidential elections.

1. PM Modi had then said the two nations would continue to build on the “bedrock of strong Indo-US ties”. Trump was scheduled to speak with PM Modi at 1 PM Washington DC time, which is 11:30 PM IST.
''', date="2017-01-25"))
    assert [(w, d) for w, d, _ in said(sts, "bedrock")] == [("Narendra Modi", None)]


def test_one_person_with_two_capitalised_titles_is_no_pair():
    # eval/own/docs/sg/118.md (train): Sam Tan alone holds both posts; not Lim Wee Kiak, named before, for the first
    _, sts = excerpt(page('''
In response to media queries on the interview with the Chairman of the Government Parliamentary Committee for Defence and Foreign Affairs, Dr Lim Wee Kiak, in which he said that the Malaysian authorities could have done better in managing the MH370 incident, Senior Parliamentary Secretary (Foreign Affairs) and Senior Parliamentary Secretary (Culture, Community and Youth) Sam Tan said:

“The Singapore Government position has been clearly set out in the remarks by Minister for Foreign Affairs and Minister for Law K Shanmugam to the Foreign Correspondents Association on 28 March 2014.”
''', date="2014-04-10"))
    assert [w for w, _, _ in said(sts, "Singapore Government position")] == ["Sam Tan"]


# --- "began by <participle>" in a readout -----------------------------------------------------------------------------

def test_began_by_setting_out_reports_the_subject():
    # https://www.ukpol.co.uk/tag/press-release/page/347 (10 Downing Street, 5 July 2024)
    _, sts = excerpt(page('''
PRESS RELEASE : Keir Starmer call with President Zelenskyy of Ukraine [July 2024]

The press release issued by 10 Downing Street on 5 July 2024.

The Prime Minister spoke to Ukrainian President Volodymyr Zelenskyy this afternoon.

The Prime Minister began by setting out that it was important to him to reiterate the UK’s unwavering commitment to Ukraine on his first day in office.

He added that the change of government in the UK would make no difference to the UK’s support for Ukraine, and that the UK would continue supplying the defensive support Ukraine needed in the face of Russian aggression.
''', date="2024-07-05"))
    assert [(w, t) for w, _, t in said(sts, "unwavering commitment")] == \
        [("Keir Starmer", "it was important to him to reiterate the UK’s unwavering commitment to Ukraine on his first "
                          "day in office")]
