"""Audit round bbc12: BBC politics articles (shared/corpora/bbc-news/politics, none in the dev set, eval/own, earlier
audit tests or the bbc8/bbc10 rounds), read against their statements. Each test is a real passage (the corpus file
named), what an annotator marks."""
from test_hard_cases import assert_speaker, load, near, show, the  # noqa: F401  (the shared helpers)


def test_named_body_without_an_organisation_word():
    # politics/188: "Scotland Yard said the policing operation had been reviewed. ... "We cannot discuss who was
    # responsible for the documents, ...," said the spokesman." (the Met by its headquarters, organizations.yml)
    doc, statements = load("bbc-news/politics/188.txt", "Scotland Yard said the policing operation")
    assert_speaker(the(doc, statements, "the policing operation had been reviewed"), "Scotland Yard", "indirect")
    assert_speaker(the(doc, statements, "We cannot discuss who was responsible"), "Scotland Yard", "direct")
    # politics/131: "Fairford Coach Action, representing more than 80 people who appealed against the police
    # actions, say they are prepared to take their case to the European Court of Human Rights." (not "Action")
    doc, statements = load("bbc-news/politics/131.txt", "Fairford Coach Action, representing")
    assert_speaker(the(doc, statements, "prepared to take their case"), "Fairford Coach Action")


def test_campaign_named_by_its_aim_is_a_body():
    # politics/369: 'Stop Stansted Expansion said the White Paper, published in December 2003, was "fundamentally
    # flawed" and did not follow the proper consultation process.'
    doc, statements = load("bbc-news/politics/369.txt", "Stop Stansted Expansion said the White Paper")
    assert_speaker(the(doc, statements, "fundamentally flawed"), "Stop Stansted Expansion", "indirect")


def test_relative_who_said_without_a_comma():
    # politics/277: "The premier was responding to a challenge from Tory leader Michael Howard who said Labour would
    # raise taxes in its post-election Budget." (the answering frame says nothing of its own; Howard's words)
    doc, statements = load("bbc-news/politics/277.txt", "Michael Howard who said Labour")
    st = the(doc, statements, "Labour would raise taxes")
    assert st.text == "Labour would raise taxes in its post-election Budget", show([st])
    assert_speaker(st, "Michael Howard", "indirect")
    # politics/332: "He was responding to Tory spokesman Julian Lewis who said the ads were part of a wider trend of
    # smearing the party." and 'The posters were labelled a "big misjudgement" by the Conservatives who said
    # Labour's "first shot in the election has badly backfired".'
    doc, statements = load("bbc-news/politics/332.txt", "Julian Lewis who said the ads")
    assert_speaker(the(doc, statements, "the ads were part of a wider trend of smearing"), "Julian Lewis")
    assert_speaker(the(doc, statements, "first shot in the election has badly backfired"), "Conservative Party")


def test_relative_who_without_a_comma_needs_the_name_right_before_it():
    # politics/120: "That was a message repeated by Home Secretary Charles Clarke who said the matter should now be
    # left to lie." (the name itself before "who")
    doc, statements = load("bbc-news/politics/120.txt", "Charles Clarke who said")
    assert_speaker(the(doc, statements, "the matter should now be left to lie"), "Charles Clarke")


def test_they_after_an_unnamed_group_is_no_body_named_before():
    # politics/092: "Labour sees nuisance behaviour as a key election issue ... A year ago, ministers launched their
    # anti-social behaviour plan ... They will say that in the past year more than 2,600 anti-social behaviour orders
    # were issued ..." and "But researchers from Leeds University warned that ... More work needed to be done ...,
    # they argued in a the study." (neither is Labour's)
    doc, statements = load("bbc-news/politics/092.txt", "They will say that in the past year")
    assert not [st for st in statements if "2,600 anti-social behaviour orders" in st.text], show(statements)
    assert not [st for st in statements if "More work needed to be done" in st.text], show(statements)


def test_critics_of_something_are_no_body():
    # politics/092: "Critics of the government say it has announced more than 20 initiatives to tackle nuisance
    # behaviour when the real focus should be on good policing."
    doc, statements = load("bbc-news/politics/092.txt", "Critics of the government say")
    assert not [st for st in statements if "more than 20 initiatives" in st.text], show(statements)


def test_a_studys_finding_does_not_run_on_the_speakers_words():
    # politics/038: 'Ms Borthwick said reopening the line would be a prosperous move ... A study in 2000, which was
    # commissioned by the executive, ..., found that a half-hourly service from Tweedbank to Edinburgh could cover its
    # operating costs. It also found that ...'
    doc, statements = load("bbc-news/politics/038.txt", "A study in 2000, which was commissioned")
    assert_speaker(the(doc, statements, "reopening the line would be a prosperous move"), "Anne Borthwick")
    assert not [st for st in statements if "half-hourly service" in st.text], show(statements)


def test_spokesman_for_a_person_named_by_honorific():
    # politics/312: "Five public sector unions met Deputy Prime Minister John Prescott ... But a spokesman for Mr
    # Prescott warned that the changes to the local government pension scheme would have to go ahead in April."
    doc, statements = load("bbc-news/politics/312.txt", "a spokesman for Mr Prescott warned")
    assert_speaker(the(doc, statements, "would have to go ahead in April"), "John Prescott", "indirect")


def test_quoted_nickname_inside_the_subject():
    # politics/190: 'Another player who has failed to win snooker's world championship - Jimmy "the Whirlwind "
    # White - has previously admitted missing lessons, ... "Tony Meo [another player] and me used to spend all of
    # our spare time there," Mr White said'
    doc, statements = load("bbc-news/politics/190.txt", "Jimmy \"the Whirlwind \" White")
    assert_speaker(the(doc, statements, "missing lessons"), "Jimmy White")
    assert_speaker(the(doc, statements, "Tony Meo [another player]"), "Jimmy White", "direct")
    # politics/008: 'Barbara Follet, one of the so-called "Blair Babes" elected in 1997, told researchers: "I
    # remember some Conservatives - ...'
    doc, statements = load("bbc-news/politics/008.txt", "Barbara Follet, one of the so-called")
    assert_speaker(the(doc, statements, "I remember some Conservatives"), "Barbara Follet", "direct")


def test_floating_quote_after_another_person_opened_the_sentence_before():
    # politics/008: 'Former Liberal Democrat MP Jackie Ballard recalled a stream of remarks ... And ex-Tory
    # education secretary Gillian Shepherd remembered how one of her male colleagues called all women "Betty". ¶
    # "When I said, 'Look you know my name isn't Betty', he said, ...' (Shepherd's words, not Ballard's)
    doc, statements = load("bbc-news/politics/008.txt", "When I said, 'Look you know my name")
    assert not [st for st in statements if "my name isn't Betty" in st.text and st.speaker and
                st.speaker.name == "Jackie Ballard"], show(statements)
    # politics/336: '... is the dry assessment of Graham Lane ... His friend, Saxon Spence, leader of Devon county
    # Labour group, lays the blame for any lack of campaigning zeal on one issue above all others. "You cannot
    # underestimate the impact of the war in Iraq. ..."' (not Graham Lane's)
    doc, statements = load("bbc-news/politics/336.txt", "You cannot underestimate the impact")
    assert not [st for st in statements if "You cannot underestimate" in st.text and st.speaker and
                st.speaker.name == "Graham Lane"], show(statements)


def test_called_after_an_auxiliary():
    # politics/373: 'French president Jacques Chirac has called the UK's £3bn rebate from the European Union
    # "unjustified".'
    doc, statements = load("bbc-news/politics/373.txt", "Chirac has called the UK's")
    st = the(doc, statements, "unjustified")
    assert st.text.startswith("the UK's"), show([st])
    assert_speaker(st, "Jacques Chirac", "indirect")


def test_spokesman_for_a_body_then_its_description():
    # politics/312: 'A spokesman for Unison, Britain's biggest union, said after Saturday's meeting: "At least we
    # are still talking."'
    doc, statements = load("bbc-news/politics/312.txt", "A spokesman for Unison, Britain's biggest union")
    assert_speaker(the(doc, statements, "At least we are still talking"), "Unison", "direct")


def test_the_registry_title_of_the_last_speaker_is_no_unnamed_person():
    # politics/099: 'Tony Blair says his party's next manifesto will be "unremittingly New Labour" ... ¶ The prime
    # minister is trying to draw a line under speculation ... He is saying that prosperity means both individual
    # wealth and ensuring "radically improved" public services. He is also claiming Labour is more ideologically
    # united than ever.'
    doc, statements = load("bbc-news/politics/099.txt", "He is saying that prosperity")
    assert_speaker(the(doc, statements, "prosperity means both individual wealth"), "Tony Blair", "indirect")
    assert_speaker(the(doc, statements, "more ideologically united than ever"), "Tony Blair", "indirect")


def test_title_after_a_comma_less_time_clause():
    # politics/099: '... and before he left for Africa on Tuesday the chancellor told reporters: "Of course I trust
    # the prime minister."'
    doc, statements = load("bbc-news/politics/099.txt", "on Tuesday the chancellor told reporters")
    assert_speaker(the(doc, statements, "Of course I trust the prime minister"), "Gordon Brown", "direct")


def test_person_named_in_a_with_clause_before_a_participle():
    # politics/277: 'The Liberal Democrats have also launched their pre-election platform, with leader Charles
    # Kennedy saying his party was the "authentic opposition", particularly on the Iraq war, council tax and
    # university tuition fees. Labour hit back at the Tory proposals even before their publication with election
    # coordinator Alan Milburn accusing Mr Howard of producing a "fraudulent prospectus".'
    doc, statements = load("bbc-news/politics/277.txt", "with leader Charles Kennedy saying")
    st = the(doc, statements, "authentic opposition")
    assert st.text.endswith("university tuition fees"), show([st])
    assert_speaker(st, "Charles Kennedy", "indirect")
    assert_speaker(the(doc, statements, "fraudulent prospectus"), "Alan Milburn", "indirect")


def test_a_spokesman_right_after_a_bodys_own_words():
    # politics/188: "Scotland Yard said the policing operation had been reviewed. A spokesman said President
    # Musharraf's safety had not been compromised, as the papers had been handed in promptly."
    doc, statements = load("bbc-news/politics/188.txt", "A spokesman said President Musharraf")
    assert_speaker(the(doc, statements, "safety had not been compromised"), "Scotland Yard", "indirect")


def test_continuation_stops_at_someone_elses_act_or_the_reporters_hedge():
    # politics/202: '... Earlier chief constable Green questioned how his officers would be able to practically apply
    # powers allowing them to shut down problem premises.' (not Tessa Jowell's words running on)
    doc, statements = load("bbc-news/politics/202.txt", "Earlier chief constable Green questioned")
    assert not [st for st in statements if st.text.startswith("Earlier chief constable Green")], show(statements)
    # politics/170: 'GPs in Wales had feared patients could be pushed to the back of another queue.'
    doc, statements = load("bbc-news/politics/170.txt", "GPs in Wales had feared")
    assert not [st for st in statements if "GPs in Wales had feared" in st.text], show(statements)
    # politics/031: 'News of the review was released because it was thought Mr Blunkett would make the official
    # announcement in a Commons debate on Wednesday.'
    doc, statements = load("bbc-news/politics/031.txt", "because it was thought Mr Blunkett")
    assert not [st for st in statements if "News of the review was released" in st.text], show(statements)


def test_a_title_is_not_the_name_its_holder_acts_on():
    # politics/164: 'At least three people from Scotland died in the tsunami disaster ..., the first minister has
    # told MSPs. ... The first minister also praised Scottish Water for immediately flying bottled water ...' (the
    # first minister is Jack McConnell, not "Scottish Water")
    doc, statements = load("bbc-news/politics/164.txt", "The first minister also praised Scottish Water")
    assert not [st for st in statements if st.speaker and st.speaker.name == "Scottish Water"], show(statements)
    assert_speaker(the(doc, statements, "the tragedy should persuade everyone"), "Jack McConnell")
    # politics/219: "Scotland's justice minister has warned bigoted soccer fans that she wants to hit them "where it
    # hurts most" ... the minister said stopping sectarian abuse associated with Old Firm matches is a key objective."
    doc, statements = load("bbc-news/politics/219.txt", "Scotland's justice minister has warned")
    assert not [st for st in statements if st.speaker and st.speaker.name == "Old Firm"], show(statements)
