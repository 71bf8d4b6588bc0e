"""Audit round bbc19: UK political news as BBC politics, the Guardian, Sky News, the Independent, HuffPost UK and the
press agencies' copy print it (pages of the search tool's stored copies, navigation kept), read against their
statements. Each test is a real passage (the address in a comment), what an annotator marks and what must not be."""
from test_audit_cases import excerpt
from test_audit_seed10 import page


def said(statements, marker: str):
    """(speaker name, text) of the statements whose text holds marker."""
    return [(st.speaker.name if st.speaker else None, st.text) for st in statements if marker in st.text]


def who(statements, marker: str):
    return [name for name, _ in said(statements, marker)]


# --- "a spokesman for the Prime Minister" and "Mr Johnson's press secretary" are the office -----------------------

def test_spokesman_for_the_prime_minister_is_downing_street():
    # http://broradio.fm/bro-radio/johnson-fed-up-with-media-stories-from-allies (Sky News copy)
    _, sts = excerpt(page('''
Mr Johnson has been accused of undermining the PM by putting forward his own vision for Brexit.

A spokesman for the Prime Minister said on Monday that Mrs May has full confidence in Mr Hammond and Mr Johnson.

He said: “I never discuss whether reshuffles are or are not taking place. But as the Prime Minister said yesterday in the Sunday Times, she has a fantastic Cabinet.”
'''))
    assert who(sts, "full confidence in Mr Hammond") == ["Downing Street"]     # (no statement at all before)
    assert who(sts, "I never discuss whether reshuffles") == ["Downing Street"]     # (not Boris Johnson)


def test_prime_ministers_press_secretary_is_downing_street():
    # https://londonglossy.com/boris-johnson-determined-to-fight-any-no-confidence-vote-and-next-uk-election/
    _, sts = excerpt(page('''
But the anger levelled at the British prime minister was not contained to just one wing of the Conservative Party, and Mr Johnson’s press secretary said he would have further meetings with MPs on Wednesday as he attempted to shore up support on his backbenches.

Referring to Mr Wakeford, the press secretary said: “I think we’re obviously sorry to see a colleague – who was elected by constituents, who voted for a Boris Johnson-led government – leave and attempt to put Keir Starmer into No 10, which will be a disaster for the country.”

After Mr Johnson said in the Commons the Tories had won in Bury South once and would again, the press secretary said the British prime minister would lead his party into the next election.

When asked if Mr Johnson would also fight any no confidence vote in him by his party and whether he was the best man for the job, the press secretary said: “Yes.”

She said: “Our focus is very clear in terms of delivering the ambitious agenda that we have set out, that we were elected on in 2019, and we want to contin
'''))
    for marker in ("further meetings with MPs", "obviously sorry to see a colleague", "would lead his party into",
                   "Our focus is very clear"):
        assert who(sts, marker) == ["Downing Street"], (marker, said(sts, marker))
    assert who(sts, "the Tories had won in Bury South") == ["Boris Johnson"]


def test_press_secretary_alone_is_no_office_never_named():
    # (the same page without the line naming whose press secretary: "the press secretary" is no one's office)
    _, sts = excerpt(page('''
When asked if Mr Johnson would also fight any no confidence vote in him by his party, the press secretary said the prime minister would fight on.
'''))
    assert "Downing Street" not in who(sts, "would fight on")


# --- "the minister" after an interviewer's line, and the description of a person named without a title -----------

def test_the_minister_replying_is_not_the_presenter():
    # https://huffingtonpost.co.uk/entry/minister-furious-on-live-radio-amid-tax-promise-criticism_uk_6724829ae4b0871068fec4f2
    _, sts = excerpt(page('''
Darren Jones hit out at a journalist on Times Radio this morning after she recalled how Labour promised not to raise taxes for working people before the election.
But the new government’s Budget – unveiled on Wednesday – was the biggest tax-raising statement of its kind in UK history.
Chancellor Rachel Reeves wanted to raise £40bn through her fiscal announcement, in an attempt to plug the ”£22bn black hole” Labour says the Tories left behind in the government finances.
So Times Radio presenter Chloe Tilley asked the chief secretary to the Treasury, Jones, about how that contends with the party’s promises not to increase taxes for the working person.
She said: “The Conservatives came on this programme every single day and said Labour would raise taxes, the [think tank] Institute for Fiscal Studies said there was a ‘conspiracy of silence’ from both Labour and the Tories during that general election campaign.
“Do you want to admit now that you weren’t honest, and actually you said things that, understandably, you felt you had to say to be elected – but maybe you weren’t fully truthful in that election campaign?”
Jones furiously hit back: “No, with respect, I refute that in the strongest terms.
“I will never accept the idea that I’m being dishonest with the British people because that is absolutely not how I operate.”
As the presenter tried to cut in and say it was not her accusations, he continued: “No, you’ve accused me of dishonesty!”
Tilley replied: “No, I haven’t, the Institute for Fiscal Studies has! To be clear I’m not accused you of anything.”
“Well you’ve just asked me to apologise for being dishonest,” the minister replied.
“No, I asked you if you wanted to,” she said.
Jones replied: “And I’m not willing to, because I haven’t been dishonest. And it’s really important when commentators suggest this about politicians, that you give them the chance to say clearly why that issn’t the case.”
'''))
    assert who(sts, "asked me to apologise") == ["Darren Jones"]
    assert who(sts, "I asked you if you wanted to") == ["Chloe Tilley"]
    assert who(sts, "the Institute for Fiscal Studies has") == ["Chloe Tilley"]


def test_the_minister_a_description_named_back():
    # https://huffingtonpost.co.uk/entry/victoria-derbyshire-roasts-tory-minister-over-tax-claims_uk_6683bacfe4b038babc7cbfd4
    # ("Derbyshire then interrupted Philp to tell him" shortened to "Derbyshire then said": see the last test)
    _, sts = excerpt(page('''
Victoria Derbyshire accused a Tory minister of “literally making things up” as the pair clashed over Labour’s tax plans.
Chris Philp had just repeated heavily-contested claims that a Labour government will put up taxes by £2,000 per household over the next five years.
The policing minister was appearing on BBC Two’s Newsnight programme with just three days to go until the general election.
He said: “We’ve seen from the analysis that was done and debated extensively four or five weeks ago that there are those 19 Labour spending pledges.”
Derbyshire then said: “Those figures, as you know, have been widely ridiculed.”
The furious minister then hit back: “Hang on, he was talking about the totals.”
But Derbyshire then asked: “Mr Philp, is this how desperate you are now? You’re literally making things up.”
The minister then replied: “Well that’s absolute nonsense.”
'''))
    assert who(sts, "We’ve seen from the analysis") == ["Chris Philp"]     # (none: "The policing minister" unnamed)
    assert who(sts, "he was talking about the totals") == ["Chris Philp"]
    assert who(sts, "absolute nonsense") == ["Chris Philp"]
    assert who(sts, "widely ridiculed") == ["Victoria Derbyshire"]
    assert who(sts, "how desperate you are now") == ["Victoria Derbyshire"]


def test_a_description_after_another_sentence_is_someone_new():
    # (the rule's other side: a "The ..." description not right after the sentence the named man opened is someone
    # unnamed, as before; cf. quotes12's "Saskatchewan’s agriculture minister was at the Johnstone farm")
    _, sts = excerpt(page('''
Chris Philp repeated the claims on Monday. The figures were widely ridiculed by economists.
The party treasurer was at the meeting but left early. He said: “We will look at the accounts again.”
'''))
    assert who(sts, "look at the accounts again") in ([], [None])


# --- the words put to someone are not his --------------------------------------------------------------------------

def test_question_put_to_a_speaker_is_not_his_statement():
    # https://wellnessmaster.com/?cat=5737&paged=6 (HuffPost UK)
    _, sts = excerpt(page('''
Challenged over the report on the BBC’s Sunday with Laura Kuenssberg programme, Jonathan Ashworth said Elphicke had dismissed it as “nonsense”.

“If Robert Buckland has evidence or has more to say then let’s hear what he says,” Ashworth, the shadow paymaster general, said.

But he was asked: “Don’t these allegations start to create a sense maybe Keir Starmer and the Labour leadership team have made an error of judgement?”

Ashworth said: “No, no, no, no, no, no.”
'''))
    assert said(sts, "Don’t these allegations") == []
    assert who(sts, "No, no, no") == ["Jonathan Ashworth"]
    assert who(sts, "let’s hear what he says") == ["Jonathan Ashworth"]


# --- a peer named by his title alone opens the sentence: "he said" is his -----------------------------------------

def test_peer_named_by_title_alone_is_the_pronouns_referent():
    # http://www.independent.co.uk/news/government-defeat-over-peers-1072865.html
    _, sts = excerpt(page('''
Speaking during the debate, Lord Richard, the former Lords leader, stressed that the purpose of reform should be end the current "virtually unicameral system" by improving the second chamber's legitimacy.

Lord Cranborne was sacked as Opposition leader in the Lords by William Hague after he secretly negotiated a deal with Lord Weatherill, the chairman of the crossbenchers, to retain 91 hereditaries beyond stage one of reform.

Opening the debate, Lord Cranborne echoed Lord Richard's concern that Lord Wakeham should not accept the "by now notorious" passage in the Government's White Paper calling for significantly reduced powers for the Lords.

"If the House of Lords in its reformed state is to perform that essential and urgent service for the Commons, its composition must above all command universal authority and respect, and be independent,"  he said.

He added: "We will need to use our existing powers to the full from time to time in a reformed House."
'''))
    assert who(sts, "virtually unicameral system") == ["Lord Richard"]
    assert who(sts, "command universal authority") == ["Lord Cranborne"]
    assert who(sts, "use our existing powers") == ["Lord Cranborne"]


def test_lord_mayor_is_no_peer():
    # (the peer's rule's other side: an office, not a peer's title)
    _, sts = excerpt(page('''
Sadiq Khan said the city would bid again.

Lord Mayor was the title he wanted. "We will win it next time," he said.
'''))
    assert "Mayor" not in who(sts, "We will win it next time")


# --- "he" inside a sentence whose subject is "the minister" --------------------------------------------------------

def test_pronoun_in_a_sentence_opened_by_the_minister_is_his():
    # https://huffingtonpost.co.uk/amp/entry/minister-bats-back-worries-over-market-reaction-to-budget_uk_67249486e4b0871068fed002
    _, sts = excerpt(page('''
Minister Darren Jones rejected claims that the UK is back in “Liz Truss” territory two days after Labour unveiled its historic Budget.
LBC presenter Nick Ferrari put it to Jones that “the Budget’s unravelling” amid concerns about the markets’ response.
But Jones said no, laughing, adding: “It’s a normal thing for the markets to react to a Budget.”
Ferrari replied: “We now have the pound at the lowest level against the [US] dollar for two months.”
But the minister stood by his assessment from earlier this week, where he promised the UK would not return to “Liz Truss territory”.
He added: “We’re absolutely not in that territory!”
Ferrari replied: “No we’re not, but why have the markets taken the turn that they have?”
'''))
    assert who(sts, "would not return to") == ["Darren Jones"]     # (not Nick Ferrari, who spoke last)
    assert who(sts, "absolutely not in that territory") == ["Darren Jones"]
    assert who(sts, "lowest level against the") == ["Nick Ferrari"]
    assert who(sts, "why have the markets taken") == ["Nick Ferrari"]


# --- a quotation set off as a block without marks after "She said:" ------------------------------------------------

def test_paragraph_set_off_after_a_colon_frame_is_the_speakers():
    # https://in-site.xyz/insight/braverman-admits-as-many-as-80000-people-could-cross-channel-on-small-boats-this-year-uk-politics-live/
    # (a copy of a Guardian live blog)
    _, sts = excerpt(page('''
In an interview on the Today programme Yvette Cooper, the shadow home secretary, said Labour did want to stop small boat crossings. But she said the goverment was being “irresponsible” because it was trying to address the problem with policies that would not work. She said:

I think that they are being irresponsible in the way they’re doing this.

Continue reading…
'''))
    assert said(sts, "I think that they are being irresponsible") == \
        [("Yvette Cooper", "I think that they are being irresponsible in the way they’re doing this.")]
    assert said(sts, "Continue reading") == []


def test_block_after_a_colon_needs_a_frame_and_no_marks():
    # (the rule's other side: a list after a colon that frames no one's words, and a paragraph with its own quotation)
    _, sts = excerpt(page('''
The measures announced on Monday include the following:

Asylum seekers will lose their housing if they work illegally or break the law.

Home Secretary Shabana Mahmood said:

“We will restore order and control to our borders.”
'''))
    assert said(sts, "Asylum seekers will lose") == []
    assert who(sts, "restore order and control") == ["Shabana Mahmood"]


# --- allies of someone named are unnamed people -------------------------------------------------------------------

def test_allies_of_a_named_man_are_no_speaker():
    # https://orottr.best/article/politics-latest-skip-fire-self-destroying-bonkersness-leaked-whatsapps-show-tories-turning-on-each-other-over-johnson-allegations
    # (a Sky News live page)
    _, sts = excerpt(page('''
It is rumoured that Nadine Dorries, Nigel Adams and Sir Alok Sharma have been granted peerages in Mr Johnson's resignation honours that are expected to be announced at any time.

This afternoon, The Telegraph reported claims from allies of Mr Johnson that they could resign from the Commons earlier than expected, which would bring forward those by-elections and create an unwanted headache for Rishi Sunak.

Former culture secretary Nadine Dorries tweeted: "Hacks need to go and have a lie down. Not been mentioned or discussed. Not happening."
'''))
    assert said(sts, "they could resign from the Commons") == []     # (not Boris Johnson's words)
    assert who(sts, "Hacks need to go") == ["Nadine Dorries"]


# --- a programme named for its weekday tells the interview's day -------------------------------------------------

def test_sunday_programme_dates_the_interview():
    # https://www.dailymail.co.uk/news/article-13609773/Labour-vow-tackle-economic-national-security-threat-say-posed-Reform-Nigel-Farages-party-chairman-declares-new-governments-real-opposition.html
    # (published Sunday 7 July 2024; Tice spoke "last night", Reynolds on the Sunday programme: not Tice's day)
    _, sts = excerpt(page('''
Labour has vowed to tackle Reform UK head-on as a senior minister branded Nigel Farage's agenda as a threat to 'economic and national security'.

Business Secretary Jonathan Reynolds said his party would now 'come for them', after Prime Minister Sir Keir Starmer largely ignored the party's rise during the campaign.

Mr Reynolds told the BBC's Sunday with Laura Kuenssberg: 'I met in this election good people who were telling me they were thinking about voting Reform.'

But the party's chairman Richard Tice last night told GB News Reform UK were now the 'real opposition' to Labour.
''', date="2024-07-07"))
    days = {st.text[:30]: st.said_on for st in sts}
    assert days["I met in this election good pe"] == "2024-07-07"
    assert days["his party would now 'come for "] == "2024-07-07"
    assert days["were now the 'real opposition'"] == "2024-07-06"


def test_weekday_with_a_name_outside_a_programme_adds_no_day():
    # (the rule's other side: "on Sunday with Laura" needs no programme; "Sunday with" after no possessive is no
    # programme: the report's own day stays)
    _, sts = excerpt(page('''
Mr Reynolds said his party would now come for them, speaking at a rally where he spent Sunday with Angela Rayner and party activists.
''', date="2024-07-09"))
    assert [st.said_on for st in sts if "come for them" in st.text] != ["2024-07-07"]
