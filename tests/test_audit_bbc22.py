"""Audit round bbc22: UK political news (BBC News politics, the Guardian, the Independent, Sky News copy, HuffPost UK,
PA copy, Reuters and AP political wire copy; pages of the search tool's stored copies, navigation kept), read against
main's statements. Each test is a real passage (the address in a comment), what an annotator marks and what must not
be."""
from test_audit_cases import excerpt
from test_audit_bbc19 import said, who
from test_audit_seed10 import page


# --- names: a Welsh patronymic "ap", a party's possessive before a full name -----------------------------------------

def test_welsh_ap_is_part_of_the_name():
    # https://newsio.com/2025/05/07/plaid-cymru-ready-to-form-next-government-in-wales-says-leader-rhun-ap-iorwerth
    # (Sky News copy): "Rhun ap Iorwerth", "Mr ap Iorwerth" is one person, not "Iorwerth"
    _, sts = excerpt(page('''
Plaid Cymru leader Rhun ap Iorwerth has said his party is “ready to form a government” in Wales.

Speaking alongside supporters outside the Senedd in Cardiff Bay, Mr ap Iorwerth said his party was “ready to govern” and that the “hard work” had now begun.

“People know that Plaid Cymru is the only credible pro-Wales government that they can choose to offer us a fresh start as a nation next year,” he added.
'''))
    for marker in ("ready to form a government", "ready to govern", "only credible pro-Wales government"):
        assert who(sts, marker) == ["Rhun ap Iorwerth"], (marker, said(sts, marker))


def test_party_possessive_before_a_full_name_introduces_the_person():
    # https://huffingtonpost.co.uk/entry/wes-streeting-keir-starmer-misleading-parliament_uk_62612894e4b08393e1c12020:
    # "Labour’s Wes Streeting" introduces Wes Streeting; "Streeting said:" is his (no statement at all before)
    _, sts = excerpt(page('''
Starmer has since withdrawn his comment from yesterday’s PMQs, even though Labour’s Wes Streeting fiercely defended him over it this morning.

Speaking to Sky News’ Kay Burley, Streeting said: “This is just a joke, right?

“Boris Johnson on his way to India acknowledged that his own spokesperson had misled journalists, however inadvertently, about what had happened at a meeting of Conservative MPs.”

Back on Sky News, Streeting said: “Instead of writing letters to Keir Starmer, maybe the Conservative Party will write letters to the prime minister’s spokesperson and clear that up.”
'''))
    assert who(sts, "This is just a joke") == ["Wes Streeting"]
    assert who(sts, "Instead of writing letters") == ["Wes Streeting"]


# --- a title for the person just named: "the former Tory minister", "Labour's deputy leader", "the Labour MP" ----------

def test_former_title_is_the_last_speaker_whose_office_was_given():
    # https://www.theneweuropean.co.uk/top-stories/sam-gyimah-on-radio-4-today-1-6413742: the Lib Dem business
    # spokesman is "the former Tory minister" (a past office, not another current one)
    _, sts = excerpt(page('''
Speaking to BBC Radio 4's Today programme, the Lib Dem business spokesman Sam Gyimah was commenting on comments they would not put Labour or the Tories in the government.

He was asked if that was even the case if Jeremy Corbyn looked like he was able to form a government.

Gyimah explained: "We had an opportunity to put Jeremy Corbyn into Downing Street in September to get a People's Vote, but we didn't. We didn't do it then, we wouldn't do it now."

Pressed on if his party would support Labour without Jeremy Corbyn, the former Tory minister said: "The Labour Party is now a hard-left Labour Party and in terms of their values are diametrically opposed to us.
'''))
    assert who(sts, "hard-left Labour Party") == ["Sam Gyimah"]


def test_former_title_before_a_relative_clause_is_the_person_just_named():
    # https://the-independent.com/news/uk/politics/tory-mp-defection-lib-dems-brexit-boris-johnson-majority-phillip-lee-a9030576.html
    _, sts = excerpt(page('''
Dr Phillip Lee said he feels “politically homeless” over his party’s shift towards a no-deal Brexit following Boris Johnson’s election as Conservative leader.

The former justice minister, who has thrown his weight behind The Independent’s calls for a Final Say referendum, warned the Tories could lose voters if the party leads the UK out of the EU without a deal.
'''))
    assert who(sts, "could lose voters") == ["Phillip Lee"]


def test_former_title_is_not_the_last_speaker_its_words_name():
    # (the rule's limit; PolNeAR's Washington Post, wash-post_2016-01-20_fiorina-pushed-ahead-and-paid-a-: "the former
    # HP executive told The Washington Post, Fiorina would lead ..." is someone else, the words naming her)
    _, sts = excerpt(page('''
Carly Fiorina, the former HP chief, said she was proud of the merger.

And yet every Friday, from 8 a.m. to noon, the former HP executive told The Washington Post, Fiorina would lead a committee meeting in which she would decide on regional real estate holdings.
'''))
    assert "Carly Fiorina" not in who(sts, "would lead a committee meeting")


def test_title_after_a_fronted_clause_naming_another_is_the_last_speaker():
    # https://labourlist.org/2022/01/rayner-calls-for-investigation-into-shocking-claims-of-no-10-blackmail: William
    # Wragg named inside "Reacting to the statement by ..." is not who "Labour's deputy leader" is
    _, sts = excerpt(page('''
Angela Rayner has described the accusations by a senior Tory backbencher against government whips as “grave and shocking” claims of “bullying, blackmail, and misuse of public money” that must be “investigated thoroughly”.

Reacting to the statement by William Wragg today, Labour’s deputy leader said: “The idea that areas of our country will be starved of funding because their MPs don’t fall into line to prop up this failing Prime Minister is disgusting.”
'''))
    assert who(sts, "starved of funding") == ["Angela Rayner"]


def test_meanwhile_a_person_opening_a_sentence_still_blocks_the_title():
    # (the rule's limit: a person who opens a sentence of his own since the last speaker is who the title may be;
    # "Meanwhile Labour backbencher Stephen Pound labelled ... The MP for Ealing North claimed" stays Pound's)
    _, sts = excerpt(page('''
Angela Rayner has described the accusations as “grave and shocking”.

William Wragg, the Tory chair of the public accounts committee, has called for an inquiry. Labour’s deputy leader said: “The idea is disgusting.”
'''))
    assert who(sts, "The idea is disgusting") != ["Angela Rayner"]


def test_lead_title_under_a_headline_is_the_person_the_next_paragraph_opens_with():
    # https://huffingtonpost.co.uk/amp/entry/yvette-cooper-tears-into-total-chaos-and-tells-tories-they-are-a-disgrace_uk_63510da5e4b051268c514452
    # the standfirst's "the Labour MP" under the headline line; the next paragraph opens with her name and an
    # irregular past ("tore")
    _, sts = excerpt(page('''
Yvette Cooper Tears Into 'Total Chaos' And Tells Tories They Are A 'Disgrace'

"Nothing would surprise us at the moment because this is total chaos," the Labour MP said.

Yvette Cooper tore into the government’s “total chaos” today, telling the Tories: “This is a disgrace!”

The Labour MP demanded to know who was taking decisions on national security after ex-home secretary Suella Braverman quit yesterday.
'''))
    assert who(sts, "Nothing would surprise us") == ["Yvette Cooper"]


def test_lead_title_under_a_heading_that_names_someone_else_is_no_one():
    # (the rule's limit: under heading lines only the person they name; a held-out page of an earlier round lost a
    # speaker to the person opening the next paragraph without it)
    _, sts = excerpt(page('''
Tories In Turmoil Over Budget Plans

"Nothing would surprise us at the moment because this is total chaos," the Labour MP said.

Yvette Cooper tore into the government’s “total chaos” today.
'''))
    assert "Yvette Cooper" not in who(sts, "Nothing would surprise us")


def test_sentence_connective_is_no_title_of_the_name_after_it():
    # http://prem.s40.xrea.com/labour-now-has-a-top-team-ready-for-government-says-yvette-cooper/ (the Guardian's
    # copy): "And Yvette Cooper" has no title "And"; "the new shadow home secretary" is she, not Ed Miliband (named
    # later as the leader she served under)
    _, sts = excerpt(page('''
It was one of the most eye-catching moves in Keir Starmer’s shadow cabinet reshuffle, marking a comeback for a former cabinet minister who first cut her teeth in government under Tony Blair.

And Yvette Cooper has wasted little time putting herself at the forefront of her party’s pitch to win the next general election.

In an interview with the Guardian, the new shadow home secretary said Labour now had a top team that “could be in government tomorrow”, and could credibly challenge the Tories on law and order.

Cooper was shadow home secretary during Ed Miliband’s leadership, before returning to the backbenches as chair of the home affairs select committee for the past five years.
'''))
    assert who(sts, "now had a top team") == ["Yvette Cooper"]


# --- unnamed sources: "a source close to X", a vague source's second predicate ------------------------------------------

def test_source_close_to_a_person_is_not_that_person():
    # https://www.yorkshirepost.co.uk/news/politics/lib-dem-defies-cameron-call-lansley-lose-cabinet-job-1908730
    _, sts = excerpt(page('''
However, Lib Dem deputy leader Simon Hughes broke ranks to say Mr Lansley should be shifted from his post.

A source close to Deputy Prime Minister Nick Clegg stressed that Mr Hughes had been expressing a personal opinion.
'''))
    assert said(sts, "expressing a personal opinion") == []


def test_vague_sources_second_predicate_is_no_bodys():
    # http://www.heytoday.co.uk/uk-news/tories-angry-over-majority-lie/ (PA copy): "A senior Lib Dem source ...
    # but added:" is the unnamed source, not the Liberal Democrats; the Conservative spokesman is the party's
    _, sts = excerpt(page('''
A Conservative spokesman said: “This is 100%, definitely not true. The Prime Minister has repeatedly made clear we only need to win 23 seats to get a majority and he is totally focused on winning that majority.”

A senior Lib Dem source said the party would not comment on private conversations, but added: “Nick is a close confidant of Paul. I don’t think he would make this stuff up.”
'''))
    assert who(sts, "definitely not true") == ["Conservative Party"]
    assert said(sts, "close confidant of Paul") == []


# --- where the words end: another's frame after "although", "- as", ", X replied:", ", said the paper" ----------------

def test_content_ends_before_another_frame_after_although():
    # http://news.bbc.co.uk/2/hi/uk_news/politics/3518617.stm
    _, sts = excerpt(page('''
Lembit Opik, the Lib Dem spokesman on Wales, described the leak as "sub-optimal" although the party said at least it allowed some debate of plans.
'''))
    assert said(sts, "sub-optimal") == [("Lembit Opik", 'the leak as "sub-optimal"')]


def test_content_ends_before_another_frame_after_a_dash_and_as():
    # https://www.bbc.co.uk/news/uk-politics-16976199
    _, sts = excerpt(page('''
Health Secretary Andrew Lansley says the government is "committed" to the NHS bill, amid reports that three Tory cabinet ministers have concerns.

He denied that he personally had lost Conservative support - as Labour said the bill should be dropped.
'''))
    assert said(sts, "lost Conservative support") == [("Andrew Lansley", "he personally had lost Conservative support")]
    assert who(sts, "the bill should be dropped") == ["Labour"]


def test_content_ends_before_the_next_speakers_colon_frame():
    # https://www.theguardian.com/politics/2010/dec/23/tories-enemy-liberal-democrat-backbencher
    _, sts = excerpt(page('''
Sanders, who raised his concerns in a post on his blog yesterday, told BBC Radio 4's Today programme this morning: "What is the point of being a separate political party if you don't consider that there are opponents to you?"

When the presenter, James Naughtie, suggested that Sanders thought the Lib Dems were better off in coalition, because they were making a difference, even though the Tories were still their "enemy", Sanders replied: "Got it in one, Jim."
'''))
    assert all("Got it in one" not in text for name, text in said(sts, "better off in coalition"))
    assert who(sts, "Got it in one") == ["Sanders"]


def test_content_ends_before_the_papers_inverted_frame():
    # https://www.belfasttelegraph.co.uk/news/uk/lib-dem-recordings-voice-unease-28577713.html (PA copy)
    _, sts = excerpt(page('''
Scottish Secretary Michael Moore said that cutting Child Benefit for higher-rate taxpayers was "blatantly not a consistent and fair thing to do", while Business Minister Ed Davey said he was "gobsmacked" by the decision, and Pensions Minister Steve Webb said he had written to Chancellor George Osborne seeking changes to the policy because "the details aren't right", reported the Daily Telegraph.

Berwickshire MP Mr Moore described the increase in tuition fees to a maximum £9,000 as "the biggest, ugliest, most horrific thing in all of this... a car crash, a train wreck", said the paper.
'''))
    assert [n for n, t in said(sts, "the details aren't right") if "Telegraph" not in t] == ["Steve Webb"]
    assert [n for n, t in said(sts, "a train wreck") if "said the paper" not in t] == ["Michael Moore"]


# --- who is no person: an event closing the sentence before "He" ---------------------------------------------------

def test_event_after_the_is_no_person_for_he():
    # http://www.heytoday.co.uk/uk-news/tories-angry-over-majority-lie/: "the General Election." is no one
    _, sts = excerpt(page('''
Appearing on BBC News’s Victoria Derbyshire programme, Lord Scriven said Mr Clegg had told him of Mr Cameron’s view shortly before Parliament was dissolved in March for the General Election.

He said he had decided to speak out after reading a report in the Daily Telegraph that the Tories were targeting a series of Lib Dem-held marginals.
'''))
    assert who(sts, "decided to speak out") == ["Lord Scriven"]


# --- frames: "protested:", "told a committee of lawmakers" ----------------------------------------------------------

def test_protested_colon_frames_the_quotation():
    # http://www.independent.co.uk/news/politics-labour-and-bbc-in-new-bust-up-1288961.html
    _, sts = excerpt(page('''
Mr Hill warned that if interviewers continued to interrupt ministers, blocking out the message, they faced the risk of the party refusing to supply ministers to the programme.

But Mr Hill protested: "They know that that assertion is ridiculous. The question of which social security minister goes on their programme is a matter for the department, not the Labour Party."
'''))
    assert who(sts, "that assertion is ridiculous") == ["Hill"]


def test_told_a_committee_of_lawmakers_is_the_audience():
    # https://www.qatar-tribune.com/news-details/id/163893 (Reuters copy)
    _, sts = excerpt(page('''
There is an under appreciation of the risk Britain could leave the European Union without a deal later this year, brexit minister Stephen Barclay said on Wednesday.

“There is an under appreciation that no deal can still happen,” he told a committee of lawmakers from the House of Lords, the upper house of parliament.
''', "2019-05-16"))
    assert who(sts, "no deal can still happen") == ["Stephen Barclay"]
    assert said(sts, "lawmakers from the House of Lords") == []
