"""Audit round bbc23: UK political news (BBC News politics, the Guardian, the Independent, Sky News and PA copy, the
Herald, HuffPost UK, LBC; pages of the search tool's stored copies, navigation kept), read against main's statements.
Each test is a real passage (the address in a comment), what an annotator marks and what must not be."""
from test_audit_cases import excerpt
from test_audit_bbc19 import said, who
from test_audit_seed10 import page


def days(statements, marker: str):
    return [st.said_on for st in statements if marker in st.text]


# --- dates: BBC Radio 4's Today programme is no day --------------------------------------------------------------

def test_the_today_programme_is_no_day():
    # http://www.pressreader.com/uk/daily-mail/20171124/281599535806860 (the Daily Mail of 24 November 2017): the
    # interview was "yesterday"; "told BBC Radio 4’s Today programme" names a programme, not the 24th
    _, sts = excerpt(page('''
JOHN McDonnell yesterday tried to blame ‘trite’ journalism after he was unable to say how much Labour’s plans to borrow billions of pounds would cost Britain.

The Shadow Chancellor was asked nine times in a radio interview about the spiralling interest payments his party might saddle the country with.

In an excruciating exchange, a flustered Mr McDonnell claimed he did not know the details because he needed his iPad or an adviser to tell him.

The Marxist told BBC Radio 4’s Today programme: ‘The type of journalism where you go into an interview and someone asks you a question on a particular figure, to be honest, is a trite form of journalism.That’s why we have iPads, and that’s why I have advisers, etc.’

The Tories last night warned that his inability to come clean about the cost of Labour’s planned borrowing binge showed why the party is not fit to govern. Mr McDonnell and Jeremy Corbyn have trumpeted plans to pump £500billion into infrastructure if they get into Downing Street.

But yesterday the Shadow Chancellor could not say how much more it would cost to service the national debt as a result of his plans for extra borrowing.
''', "2017-11-24", "http://www.pressreader.com/uk/daily-mail/20171124/281599535806860"))
    assert days(sts, "he did not know the details") == ["2017-11-23"]
    assert days(sts, "trite form of journalism") == ["2017-11-23"]
    # ... while a sentence opening "Today," is still the day of the report
    _, sts = excerpt(page('''
Today, Shadow Chancellor John McDonnell said the party would borrow only to invest.
''', "2017-11-24"))
    assert days(sts, "borrow only to invest") == ["2017-11-24"]


# --- who a title refers to ---------------------------------------------------------------------------------------

def test_prime_minister_is_not_the_speaker_who_spoke_of_him():
    # https://huffingtonpost.co.uk/amp/entry/keir-starmer-nadhim-zahawi-misled-parliament-bbc_uk_6260f80be4b0e900dcd1dd9e
    # Starmer's own words speak of "the prime minister" (Boris Johnson): "The prime minister replied" is not Starmer
    _, sts = excerpt(page('''
Starmer, basing his comments off reports from a meeting of Conservative MPs on Tuesday evening, said to Johnson during PMQs: “The prime minister also accused the BBC of not being critical enough of Putin.”

The prime minister replied, “I said nothing of the kind”, and called for Starmer to “withdraw what he just said because it has absolutely no basis or foundation in truth”.
'''))
    assert who(sts, "also accused the BBC") == ["Keir Starmer"]
    assert "Keir Starmer" not in who(sts, "I said nothing of the kind")
    assert "Keir Starmer" not in who(sts, "no basis or foundation")


def test_a_described_speaker_is_not_the_one_who_replies_next():
    # https://huffingtonpost.co.uk/amp/entry/keir-starmer-nadhim-zahawi-misled-parliament-bbc_uk_6260f80be4b0e900dcd1dd9e
    # "The cabinet minister said: ..." (Zahawi) is not Kay Burley, whose frame answers it
    _, sts = excerpt(page('''
The education secretary claimed Keir Starmer misled parliament when he got “overexcited” while hitting out at the prime minister in the Commons.

Nadhim Zahawi alleged that the leader of the opposition was wrong when he accused Boris Johnson of criticising the BBC over its Ukraine coverage during Wednesday’s PMQs.

Speaking to Sky News on Thursday, Zahawi said Starmer “just wanted to play politics” when it came to handling partygate.

The cabinet minister said: “He, probably inadvertently because he got overexcited, and started accusing the prime minister.”

Sky News’ Kay Burley replied: “Are you suggesting the leader of the opposition has misled parliament?”
'''))
    assert "Kay Burley" not in who(sts, "probably inadvertently")
    assert who(sts, "Are you suggesting") == ["Kay Burley"]


def test_a_party_is_no_she():
    # https://feeds.bbci.co.uk/news/uk-wales-politics-59668448 (BBC News): "Plaid Cymru" is a party, not a person the
    # presiding officer's "she" could be; "It added:" is the party
    _, sts = excerpt(page('''
Plaid Cymru's leader could face monthly questions in the Senedd, after the deal between the Welsh government and Plaid.

The Senedd's presiding officer has raised the possibility, after the signing of the cooperation agreement.

Under changes announced by Elin Jones, Plaid leader Adam Price will still be able to ask three questions in First Minister's Questions.

But she said she does not "expect those questions to be used to promote any policy areas covered by the agreement".

"Questions to any ministers should focus on scrutiny, as such I expect the leader of Plaid Cymru to frame questions accordingly," she said in a statement.

Plaid Cymru said the cooperation agreement, which included "radical policies" on free school meals for all primary children and measures to tackle the housing crisis, would "benefit the people of Wales".

It added: "We look forward to an innovative, collaborative way of working in the Senedd - co-operating with the Welsh government in areas of shared interest whilst continuing to be an effective and constructive opposition."
'''))
    assert who(sts, "expect those questions") == ["Elin Jones"]
    assert who(sts, "should focus on scrutiny") == ["Elin Jones"]
    assert who(sts, "benefit the people of Wales") == ["Plaid Cymru"]
    assert who(sts, "We look forward to an innovative") == ["Plaid Cymru"]


# --- what is no statement ----------------------------------------------------------------------------------------

def test_apology_for_named_remarks_says_nothing():
    # https://www.bbc.com/news/uk-politics-12064969: "have also apologised for their remarks, a Lib Dem spokesman
    # said"; https://pukstaging.politics.co.uk/?p=27056: "Mr Burstow has since apologised for the comments, insisting
    # the prime minister had his “full trust”" (the insisting is his statement)
    _, sts = excerpt(page('''
Transport Minister Norman Baker and Deputy Leader of the House, David Heath, have also apologised for their remarks, a Lib Dem spokesman said.

Care minister Paul Burstow went further, saying: “I don’t want you to trust David Cameron.”

Mr Burstow has since apologised for the comments, insisting the prime minister had his “full trust”.
'''))
    assert not [st for st in sts if st.text in ("for their remarks", "for the comments")], said(sts, "for ")
    assert who(sts, "had his “full trust”") == ["Paul Burstow"]
    # ... while an apology for a deed done says what (filters.apology_without_cause)
    _, sts = excerpt(page('''
Transport Minister Norman Baker apologised for failing to inform the public in advance.
'''))
    assert who(sts, "for failing to inform") == ["Norman Baker"]


# --- where the words end: another speaker after "while" -----------------------------------------------------------

def test_while_another_titled_speaker_said_ends_the_words():
    # https://pukstaging.politics.co.uk/?p=27056: two speakers, the second titled in lower case
    _, sts = excerpt(page('''
Transport minister Norman Baker said he did not like George Osborne “very much”, while deputy leader of the Commons David Heath said the chancellor “has a capacity to get up one’s nose, doesn’t he?”
'''))
    assert said(sts, "did not like George Osborne") == [("Norman Baker", "he did not like George Osborne “very much”")]
    assert who(sts, "has a capacity to get up") == ["David Heath"]
    # https://the-independent.com/news/uk/alister-jack-snp-scottish-government-mps-scottish-secretary-b2537994.html:
    # after a closing quotation mark, an unnamed member of a named body
    _, sts = excerpt(page('''
During a back and forth in the Commons, Alister Jack said the Tories “absolutely do not fear an election” while an SNP MP accused the Westminster Government of “gaslighting” Scottish voters.
'''))
    assert said(sts, "do not fear an election") == [("Alister Jack", "the Tories “absolutely do not fear an election”")]


# --- who a description refers to: a member of a named body, the members named together ----------------------------

def test_newest_member_of_a_party_is_the_person_named_last():
    # https://www.fosse107.co.uk/news/national-news/senior-conservative-robert-jenrick-defects-to-reform-after-badenoch-sacks-him
    # (Sky News copy): "The newest former Tory MP member of Reform" is Jenrick, named last; not the party Reform, nor
    # Farage, the last speaker
    _, sts = excerpt(page('''
Former senior Tory Robert Jenrick has defected to Reform UK after being sacked by Kemi Badenoch.

Mr Farage then announced Mr Jenrick was defecting to Reform, although he said he did not know that was going to happen hours before, as he thanked Ms Badenoch for speeding up Mr Jenrick's defection.

He welcomed Mr Jenrick to the stage, however, he did not appear straight away, and there were a few awkward minutes before he did.

The newest former Tory MP member of Reform then launched a scathing attack on the Tories, saying they "don't have the stomach for the radical change this country needs".

"I can't kid myself anymore," he said.
'''))
    assert who(sts, "don't have the stomach") == ["Robert Jenrick"]
    assert who(sts, "kid myself") == ["Robert Jenrick"]


def test_the_two_senior_members_of_a_party_are_the_two_named():
    # https://www.bbc.com/news/uk-politics-12064969: "The two senior Lib Dems" are Baker and Heath, not the party; the
    # audience told ("undercover reporters") is no part of what they said
    _, sts = excerpt(page('''
Transport Minister Norman Baker and Deputy Leader of the House, David Heath, have also apologised for their remarks, a Lib Dem spokesman said.

The two senior Lib Dems told undercover reporters they voted in favour of tuition fees even though they opposed the policy.
'''))
    assert sorted(said(sts, "voted in favour")) == [
        ("David Heath", "they voted in favour of tuition fees even though they opposed the policy"),
        ("Norman Baker", "they voted in favour of tuition fees even though they opposed the policy")]


def test_outlets_journalist_told_is_no_part_of_the_words():
    # https://www.fosse107.co.uk/news/national-news/senior-conservative-robert-jenrick-defects-to-reform-after-badenoch-sacks-him
    _, sts = excerpt(page('''
Just moments before his defection was announced, Ms Badenoch told Sky News political editor Beth Rigby many Tory and Reform people had been telling her Mr Jenrick was about to defect.
'''))
    assert [t for _, t in said(sts, "Reform people")] == [
        "many Tory and Reform people had been telling her Mr Jenrick was about to defect"]


def test_member_of_the_senedd_letters_are_no_part_of_the_name():
    # https://msd11.gn.apc.org/node/4889 (Morning Star): "Rhun ap Iorwerth MS", "Andrew RT Davies MS"; the words "he
    # added" after are ap Iorwerth's, not the first minister's named before
    _, sts = excerpt(page('''
WELSH first minister Vaughan Gething was dealt another blow today after Plaid Cymru ended its co-operation agreement with the Labour government with immediate effect.

Leader Rhun ap Iorwerth MS praised the constructive response to Brexit, the pandemic and Tory government but said “since becoming leader, I’ve been determined to hold the Labour Welsh government firmly to account.”

“I remain deeply concerned that the First Minister has failed to pay back the £200,000 donation to his leadership campaign from a company convicted of environmental offences, and believe it demonstrates a significant lack of judgement,” he added.

Welsh Conservatives leader Andrew RT Davies MS said Plaid Cymru’s decision was “simply an attempt to save face.”
'''))
    assert who(sts, "since becoming leader") == ["Rhun ap Iorwerth"]
    assert who(sts, "I remain deeply concerned") == ["Rhun ap Iorwerth"]
    assert who(sts, "attempt to save face") == ["Andrew RT Davies"]


# --- interviews written up: the programme and the journalist are not the politician, nor the reverse --------------

def test_programme_is_no_person_its_presenter_could_be():
    # https://www.theneweuropean.co.uk/brexit-news-i-have-not-failed-says-john-mcdonnell-as-he-discusses-71748/: a
    # caption names "the Andrew Marr Show"; "Andrew Marr" and his "He" are the presenter, not the programme
    _, sts = excerpt(page('''
Shadow chancellor bullish against accusations of failure

Shadow Chancellor John McDonnell on the Andrew Marr Show. Photograph: Jeff Overs/BBC/PA Wire. - Credit: PA

The outgoing shadow chancellor of the exchequer John McDonnell says he has made progress during his tenure, despite the underwhelming election result which renders Labour a vastly weakened force.

In what Andrew Marr acknowledged to be McDonnell’s final interview with him as shadow chancellor, the commentator pulled no punches.

He said the politician “failed”, paying reference to a previous claim by McDonnell that “fermenting the overthrow of capitalism is my full time job.”
'''))
    assert who(sts, "the politician “failed”") == ["Andrew Marr"]
    assert not [st for st in sts if st.speaker and "Show" in st.speaker.name]


def test_outlets_host_is_the_journalist_named_with_the_outlet():
    # https://www.huffingtonpost.co.uk/entry/sophy-ridge-skewers-minister-tory-defection-migration-labour_uk_663c7479e4b07664ada0d422
    _, sts = excerpt(page('''
Sky News’ Sophy Ridge made a very good point when asking a government minister about Natalie Elphicke’s recent defection to Labour.

Last night, science secretary Michelle Donelan said her defection to Labour over immigration was therefore “completely and utterly nonsensical”.

“I don’t think that’s about our plan at all,” Donelan said.

The miniter said it was more about Elphicke’s judgement and that government’s plan was already getting illegal immigration down by a third.

The Sky News host said: “Sorry, illegal immigration is down by a third? What stats are those?”
'''))
    assert who(sts, "What stats are those") == ["Sophy Ridge"]


def test_a_journalist_is_no_politician_named_by_office():
    # https://www.bluewheelbarrowfarm.ca/blog/8kdaja40980P1cedd36.htm (HuffPost UK copy): "The former PM and current
    # foreign secretary" (Cameron, named only in Ridge's words) is neither the presenter who spoke last nor "health
    # secretary Victoria Atkins"
    _, sts = excerpt(page('''
Sophy Ridge interviewing Victoria Atkins on Tuesday evening SkyNews

Sophy Ridge skewered health secretary Victoria Atkins over the 14 years the Conservatives have been promising – and failing – to reduce migration.

The SkyNews presenter pointed out that not only is that pledge unfulfilled, but migration numbers have only increased.

ridge began: “I’m old enough to remember Cameron promised it was going to be tens of thousands (coming into the country).

“How’s that pledge going?”

The former PM and current foreign secretary said in 2010 that a net migration of 200,000 was too much – it is now three times that number.
'''))
    assert who(sts, "pledge unfulfilled") == ["Sophy Ridge"]
    assert not [n for n in who(sts, "net migration of 200,000") if n in ("Sophy Ridge", "Victoria Atkins")]


# --- frames: a participle's colon; a quotation after another office-holder's sentence ------------------------------

def test_participle_with_a_colon_frames_without_a_comma():
    # https://heraldscotland.com/news/18931972.alister-jack-brands-snp-campaigning-organisation-independence-masquerading-party-government
    _, sts = excerpt(page('''
SNP MP Hannah Bardell hit back at the comments saying: “The Secretary of State would do well to remember that the SNP is a democratically elected party of Government in Scotland.”

She referred to the latest trend in independence polls which shows an increase in support for independence saying: “Does the Secretary of State believe that his Government’s disastrous Internal Market Bill has contributed to this rise in support for the SNP and Scottish independence?”
'''))
    assert who(sts, "would do well to remember") == ["Hannah Bardell"]
    assert who(sts, "disastrous Internal Market Bill") == ["Hannah Bardell"]


def test_quotation_after_another_office_holders_sentence_is_not_the_last_speakers():
    # https://britbrief.co.uk/politics/devolution/plaid-cymru-welsh-first-minister-has-no-influence.html: the first
    # minister's answer after "In her response, the First Minister defended her record ..." is not ap Iorwerth's
    _, sts = excerpt(page('''
Baroness Eluned Morgan, the Welsh First Minister, has faced sharp criticism in the Senedd, with Plaid Cymru leader Rhun ap Iorwerth accusing her of having no influence on her Labour colleagues in Westminster.

The Plaid Cymru leader was direct in his assessment of the First Minister's sway over the UK Labour leadership. "This First Minister clearly has no influence on her Labour colleagues at Westminster and misery is what those two Labour governments are inflicting on the people of Wales week after week," he asserted.

In her response, the First Minister defended her record and her engagement with the UK government. "I have listed a whole raft of things where I think we should be looking for support from the Chancellor."
'''))
    assert who(sts, "clearly has no influence") == ["Rhun ap Iorwerth"]
    assert "Rhun ap Iorwerth" not in who(sts, "I have listed a whole raft")


# --- what is not said (yet), and where the words end --------------------------------------------------------------

def test_what_someone_is_expected_to_say_or_could_not_say_is_no_statement():
    # https://politicsbrexitforum.com/threads/defence-secrerary-denies-boris-johnson-said-let-covid-bodies-pile-high.2591
    _, sts = excerpt(page('''
Simon Case, the cabinet secretary, is expected to say his inquiry into the leak last autumn is still “live” when he appears before the Commons public administration and constitutional affairs committee (PACAC).
'''))
    assert said(sts, "still “live”") == []
    # http://www.pressreader.com/uk/daily-mail/20171124/281599535806860 (the rules and the learned model alike)
    _, sts = excerpt(page('''
JOHN McDonnell yesterday tried to blame ‘trite’ journalism after he was unable to say how much Labour’s plans to borrow billions of pounds would cost Britain.
'''))
    assert said(sts, "would cost Britain") == []


def test_words_end_where_although_he_said_begins():
    # https://www.fosse107.co.uk/news/national-news/senior-conservative-robert-jenrick-defects-to-reform-after-badenoch-sacks-him
    _, sts = excerpt(page('''
Mr Farage then announced Mr Jenrick was defecting to Reform, although he said he did not know that was going to happen hours before.
'''))
    assert [t for _, t in said(sts, "defecting to Reform")] == ["Mr Jenrick was defecting to Reform"]
    assert [t for _, t in said(sts, "did not know")] == ["he did not know that was going to happen hours before"]


def test_continued_by_saying_reports_the_words_after_that():
    # https://www.theneweuropean.co.uk/brexit-news-i-have-not-failed-says-john-mcdonnell-as-he-discusses-71748/
    _, sts = excerpt(page('''
Shadow Chancellor John McDonnell was bullish in response, arguing that his socialist messages have cut through.

He continued by saying that Labour have “forced the tories to invest more than they would like…on a scale that they never wanted to.”
'''))
    hits = said(sts, "forced the tories")
    assert [t for _, t in hits] == ["Labour have “forced the tories to invest more than they would like…on a scale that "
                                    "they never wanted to.”"], hits


def test_he_after_a_fronted_clause_is_not_a_woman_named_in_it():
    # https://huffingtonpost.co.uk/entry/chris-pincher-allegations-boris-johnson_uk_62c289f1e4b00a9334ea16f9: "As
    # Nugent pushed on ..., he claimed ..., adding that ..." is Will Quince, not Sally Nugent
    _, sts = excerpt(page('''
Will Quince repeatedly faced questions over the language he used this morning.

BBC Breakfast’s Sally Nugent also picked up on the language use Quince was using, pointing out: “You have spoken to people in Downing Street to clarify the situation about what the prime minister knew and when.”

Quince repeated that the prime minister was not aware of any “specific allegation or complaint”.

As Nugent pushed on what Johnson might have known about more “general” allegations, he claimed, “you’re talking about gossip,” adding that no professional organisation would act on gossip.
'''))
    assert who(sts, "no professional organisation") == ["Will Quince"]


def test_quoted_words_of_a_relative_clause_end_before_the_main_predicate():
    # https://www.bbc.com/news/uk-politics-12064969: what Burstow told the fake constituents is his direct quote, not
    # a reported clause running on into "has told the BBC ..."
    _, sts = excerpt(page('''
Paul Burstow, who told the two fake constituents "I don't want you to trust David Cameron" has told the BBC he is "embarrassed" by the comments.
'''))
    assert [(st.speaker.name, st.kind, st.text) for st in sts if "trust David Cameron" in st.text] == [
        ("Paul Burstow", "direct", "I don't want you to trust David Cameron")]


def test_plaid_alone_is_not_the_welsh_party_and_a_suffix_keeps_its_person():
    # reuters21578 reut2-001.sgm #506: "Plaid Pantries" is no Plaid Cymru ("..., it said" is the buyer)
    _, sts = excerpt(page('''
Convenient Food Mart Inc said it has tentatively agreed to buy all the outstanding stock of Plaid Pantries Inc and two associated businesses in Oregon and Washington for undisclosed terms.

Plaid Pantries owns and operates 161 convenience stores in the Portland and Seattle areas. The other business are two companies involved in the wholesale distribution of groceries and health and beauty aids, it said.
'''))
    assert "Plaid Cymru" not in [st.speaker.name for st in sts if st.speaker]
    # PolNeAR huff-post_2016-10-14_donald-trump-jr-women-who-can-t-: "Trump Jr." is not Donald Trump
    _, sts = excerpt(page('''
“If you can’t handle it, then you don’t belong in the workforce,” Donald Trump’s son told The Opie and Anthony Show in a 2013 interview.

“You should go maybe teach kindergarten,” he said.

Trump Jr. later joked that saying he’d been harassed would be “my get rich quick scheme.”
'''))
    assert who(sts, "get rich quick") == ["Trump Jr."]


def test_even_though_inside_a_dash_aside_is_no_new_frame():
    # PolNeAR nyt_2016-08-18_trump-hires-conservative-website: no statement of "he had acknowledged" running past the
    # aside's closing dash
    _, sts = excerpt(page('''
But it indicates that the candidate - who has chafed at making the types of changes his current aides have asked for, even though he had acknowledged they would need to occur - has decided to embrace his aggressive style for the duration of the race.
'''))
    assert said(sts, "need to occur") == []


def test_reported_claim_ends_before_a_name_said_colon_without_comma():
    # https://uk.news.yahoo.com/victoria-derbyshire-confronts-tory-minister-with-list-of-false-statements---is-this-how-desperate-you-are-142340128.html
    # (the comma before "Derbyshire said:" left out): Sunak's claim is not Derbyshire's answer too
    _, sts = excerpt(page('''
Referring to Rishi Sunak's claim that he would halt plans for people to be forced to split rubbish into numerous piles Derbyshire said: "There was never a proposal to use seven bins."
'''))
    assert [t for _, t in said(sts, "numerous piles")] == [
        "he would halt plans for people to be forced to split rubbish into numerous piles"]


def test_object_then_colon_then_the_words_said():
    # https://www.spectator.co.uk/article/may-takes-some-hits-but-looks-safe-for-now: what she deplored, then her
    # words after the colon, a direct quotation
    _, sts = excerpt(page('''
Home Secretary Theresa May made a statement on the border checks.

Mrs May responded by deploring the partisan tone of Cooper’s remarks: “I must say I regret that statement from the shadow Home Secretary”.
'''))
    assert [(st.kind, st.text) for st in sts if "regret that statement" in st.text] == [
        ("direct", "I must say I regret that statement from the shadow Home Secretary")]
