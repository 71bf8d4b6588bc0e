"""Audit round bbc21: the WORK pages of the UK political news rounds (bbc15, bbc19, bbc20: BBC, the Independent,
PoliticsHome, LabourList, HuffPost UK ...), read against main's statements. Each test is a real passage (the address
or corpus file in a comment), what an annotator marks and what must not be."""
from test_audit_cases import excerpt
from test_audit_bbc19 import said, who
from test_audit_seed10 import page


# --- a peer known by title and one name keeps the title ("Lord Holme", not "Holme") ----------------------------------

def test_peer_named_by_title_keeps_it():
    # bbc-news/politics/348 (bbc15): "Chairman Lord Holme argued that prime ministers should not have the right of
    # veto ..." (eval/own SOURCE-d, SOURCE-g: peers as the text names them)
    _, sts = excerpt(page('''
Broadcasters should fix a date for a pre-election televised debate between the three main political leaders, according to the Hansard Society.

It would then be up to Tony Blair, Michael Howard and Charles Kennedy to decide whether to take part, the non-partisan charity said. Chairman Lord Holme argued that prime ministers should not have the right of veto on a matter "of public interest". The broadcasters should make the decision to go ahead, he said.

If Mr Blair did not want to take part, the broadcasters could go ahead with an empty chair or cancel the event and explain their reasons why, Lord Holme said.
'''))
    assert who(sts, "should not have the right of veto") == ["Lord Holme"]
    assert who(sts, "go ahead with an empty chair") == ["Lord Holme"]


def test_peer_title_most_used_and_not_a_commoner():
    # http://www.independent.co.uk/news/government-defeat-over-peers-1072865.html (bbc19): "Lord Cranborne" twice in
    # the narration, "Viscount Cranborne" once inside Lord Richard's quote: the title the text uses most
    _, sts = excerpt(page('''
Speaking during the debate, Lord Richard, the former Lords leader, stressed that the purpose of reform should be end the current "virtually unicameral system" by improving the second chamber's legitimacy.

The Labour peer added: "Perhaps if Viscount Cranborne and I had been left alone, who knows what might have happened?"

Lord Cranborne was sacked as Opposition leader in the Lords by William Hague.

Opening the debate, Lord Cranborne echoed Lord Richard's concern that Lord Wakeham should not accept the "by now notorious" passage in the Government's White Paper.

"If the House of Lords in its reformed state is to perform that essential and urgent service for the Commons, its composition must above all command universal authority and respect, and be independent,"  he said.
'''))
    assert who(sts, "virtually unicameral system") == ["Lord Richard"]
    assert who(sts, "must above all command universal authority") == ["Lord Cranborne"]
    # a surname the text also gives a commoner's honorific is left bare (two people, or no peer)
    _, sts = excerpt(page('''
Mr Holme, a councillor, said the plan was "a disgrace". Lady Holme did not comment.
'''))
    assert who(sts, "a disgrace") in (["Holme"], ["Mr Holme"])


# --- an interview's answers listed under bullets, each after its topic or the question put ---------------------------

def test_bulleted_answers_after_a_topic_or_question():
    # https://labourlist.org/2022/05/sunday-shows-starmer-hoping-to-make-gains-from-clapped-out-conservatives/ (bbc19)
    _, sts = excerpt(page('''
Sunday shows: Starmer hoping to make gains from “clapped-out” Conservatives

Sophy Ridge on Sunday

Labour leader Keir Starmer told viewers that his party is looking to “make gains” at the local elections next week, describing the Conservatives as the “dying drones” of a “clapped-out government”.

  • Asked what success in the local elections would look like: “We want to make gains. We want to hold the good seats that we’ve got.”

  • On Scotland: “There have been some recent suggestions that we might overtake the Conservatives… Whether it’s in Scotland or anywhere else in the country, we have to earn every vote.”

  • He added: “More work to do, of course. We’re going to fight for every vote in these elections.”
'''))
    assert who(sts, "We want to hold the good seats") == ["Keir Starmer"]
    assert who(sts, "we have to earn every vote") == ["Keir Starmer"]
    assert who(sts, "fight for every vote") == ["Keir Starmer"]
    # the label is no part of the words
    assert not [t for _, t in said(sts, "earn every vote") if "Scotland:" in t or t.startswith("On ")]


# --- a content cut off at a relative pronoun, its clause after "she said" -------------------------------------------

def test_content_cut_at_a_relative_pronoun_is_no_statement():
    # https://feeds.bbci.co.uk/news/uk-politics-48713978 (bbc20): "... WhatsApp messages which she said were sent to her
    # by a male Tory MP." is no statement "Antoinette Sandbach shared a screenshot of WhatsApp messages which"
    _, sts = excerpt(page('''
Tory leadership: Probe after MP called 'disgrace' by colleague

  • Published
Official portrait of Antoinette Sandbach Conservative MP for EddisburyImage source, UK Parliament
Image caption,

Antoinette Sandbach has been a Conservative MP for Eddisbury in Cheshire since 2015

The government's chief whip has promised to investigate messages sent to a female Conservative MP by a colleague in which she was was called a "disgrace" and told to quit the party.

In a now-deleted tweet, Antoinette Sandbach shared a screenshot of WhatsApp messages which she said were sent to her by a male Tory MP.

"You too are a disgrace. Time you left the party I think," they read.

On Thursday, she shared the phone messages on Twitter, and said: "Barely is the ink dry on the results and the dark ops begin. This is from a male Conservative MP to me as I sat on the train home."
''', url="https://feeds.bbci.co.uk/news/uk-politics-48713978"))
    assert not [t for _, t in said(sts, "shared a screenshot")]
    assert not [t for _, t in said(sts, "") if t.rstrip().endswith("which")]
    assert who(sts, "Barely is the ink dry") == ["Antoinette Sandbach"]


# --- a dash between the frame's verb and the words is no part of them -------------------------------------------------

def test_dash_after_the_verb_is_no_part_of_the_words():
    # bbc-news/politics/360 (bbc15): "As Tory spokesman Oliver Letwin said - any chancellor would use his pre-election
    # budget to offer some vote winning sweeteners, wouldn't he."
    _, sts = excerpt(page('''
Will the Budget bring out smiling voters?

As Tory spokesman Oliver Letwin said - any chancellor would use his pre-election budget to offer some vote winning sweeteners, wouldn't he.

And everyone does, indeed, expect Gordon Brown to do just that in his last budget before the expected polling day of 5 May.
'''))
    hits = said(sts, "any chancellor would use")
    assert [n for n, _ in hits] == ["Oliver Letwin"]
    assert hits[0][1].startswith("any chancellor would use"), hits
