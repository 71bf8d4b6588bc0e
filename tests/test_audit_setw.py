"""Audit round setw: BBC politics (shared/corpora/bbc-news/politics), the TRAIN documents of held-out set W
(eval/own/SOURCE-w.md) and passages of the rest of bbc-news where a rule of the round was checked. Each test is a
real passage (the corpus file named), what an annotator marks under GUIDELINES.md and the conventions of
SOURCE-d.md / SOURCE-g.md / SOURCE-l.md / SOURCE-w.md, and what must not be. bbc-news files carry no date: nothing is
dated."""
from test_hard_cases import assert_speaker, load, show, the


def test_a_year_between_a_body_and_its_verb_is_no_part_of_its_name():
    # politics/056 (set W train): "The Downing Street Strategy Unit in 2003 said people from Indian and Chinese
    # backgrounds were doing well on average, ... But those of Pakistani, ... it said."
    doc, sts = load("bbc-news/politics/056.txt", "Strategy Unit in 2003 said")
    st = the(doc, sts, "people from Indian and Chinese backgrounds were doing well")
    assert_speaker(st, "Downing Street Strategy Unit", "indirect")
    assert st.said_on is None
    assert_speaker(the(doc, sts, "those of Pakistani, Bangladeshi"), "Downing Street Strategy Unit")
    # ... must not: the year is no part of the name, nor of the words
    assert not [s for s in sts if s.speaker and "2003" in s.speaker.name], show(sts)
    assert not st.text.startswith("in 2003"), show([st])


def test_a_reported_sentence_with_its_own_frame_ends_an_unclosed_quote():
    # politics/198 (set W train): 'However, Mr Hayman said: "It would be totally unacceptable in my view for a chief
    # constable to say, 'I'm very sorry'. He said that police should make sure that responsible people who wanted a
    # change could benefit from more liberal legislation. "My view is that I have got a responsibility to create an
    # environment where that can happen, " he said.' (the first quote is never closed)
    doc, sts = load("bbc-news/politics/198.txt", "He said that police should make sure")
    first = the(doc, sts, "totally unacceptable in my view")
    assert_speaker(first, "Andy Hayman", "direct")
    assert first.said_on is None
    reported = the(doc, sts, "police should make sure that responsible people")
    assert_speaker(reported, "Andy Hayman", "indirect")
    assert_speaker(the(doc, sts, "My view is that I have got a responsibility"), "Andy Hayman", "direct")
    # ... must not: the reported sentence is no part of the quote before it, and its frame no part of its words
    assert "He said" not in first.text and "police should" not in first.text, show([first])
    assert not reported.text.startswith("He said"), show([reported])


def test_a_relative_clause_framing_a_judgement_is_a_statement_of_its_own():
    # politics/025 (set W train): 'She said this would counter "so-called independent" groups like Migration Watch,
    # which she described as an anti-immigration body posing as independent.' (Barbara Roche): two statements
    doc, sts = load("bbc-news/politics/025.txt", "which she described as")
    st = the(doc, sts, 'this would counter "so-called independent" groups like Migration Watch')
    assert_speaker(st, "Barbara Roche", "indirect")
    assert st.said_on is None
    judged = the(doc, sts, "an anti-immigration body posing as independent")
    assert_speaker(judged, "Barbara Roche", "indirect")
    # ... must not: the relative clause is no part of the first statement, nor its pronoun part of the second
    assert "described" not in st.text, show([st])
    assert not judged.text.startswith("which"), show([judged])


def test_a_coordinated_verb_of_speech_before_that_ends_the_words():
    # politics/245 (set W train): "Speaking in Scotland last week, Mr Blair said the aim was to preserve tradition but
    # introduce a more effective structure and hinted that a super regiment was likely." (two statements)
    doc, sts = load("bbc-news/politics/245.txt", "hinted that a super regiment")
    st = the(doc, sts, "the aim was to preserve tradition")
    assert_speaker(st, "Tony Blair", "indirect")
    assert st.said_on is None
    assert_speaker(the(doc, sts, "a super regiment was likely"), "Tony Blair", "indirect")
    # ... must not: the second verb and its clause are no part of the first statement
    assert "hinted" not in st.text and "super regiment" not in st.text, show([st])


def test_a_bare_noun_phrase_criticised_is_no_statement():
    # politics/191 (set W train): "Former Cabinet minister Clare Short has criticised the US-led tsunami aid
    # coalition, saying the UN should be leading efforts." (a compound's "-led" is no verb of the object)
    doc, sts = load("bbc-news/politics/191.txt", "has criticised the US-led")
    st = the(doc, sts, "the UN should be leading efforts")
    assert_speaker(st, "Clare Short", "indirect")
    assert st.said_on is None
    # ... must not: the coalition criticised is no statement
    assert not [s for s in sts if s.text.startswith("the US-led tsunami aid coalition")], show(sts)
    # ... while "criticised X for Y" still says what (politics/082: "... criticised the government for claiming the EU
    # constitution would make Europe easier to understand")
    doc, sts = load("bbc-news/politics/082.txt", "criticised the government for claiming")
    assert the(doc, sts, "the government for claiming the EU constitution").speaker is not None


def test_the_speakers_own_clause_after_but_goes_on_after_a_mid_sentence_frame():
    # politics/234 (set W train): "The best performing police services would get more cash and extra freedoms, he
    # said, but he would not shirk from stepping in where the public was being failed." (David Blunkett; two)
    doc, sts = load("bbc-news/politics/234.txt", "he would not shirk")
    first = the(doc, sts, "The best performing police services would get more cash")
    assert_speaker(first, "David Blunkett", "indirect")
    assert first.said_on is None
    second = the(doc, sts, "he would not shirk from stepping in")
    assert_speaker(second, "David Blunkett", "indirect")
    # ... must not: the frame and "but" are no part of either
    assert "he said" not in first.text and not second.text.startswith("but"), show([first, second])


def test_a_judgement_closes_the_words_before_the_reporters_next_clause():
    # politics/334 (set W train): "Labour has already branded the proposal unworkable but party strategists have seen
    # the Tories seizing a poll advantage over the issue."
    doc, sts = load("bbc-news/politics/334.txt", "branded the proposal unworkable")
    st = the(doc, sts, "the proposal unworkable")
    assert_speaker(st, "Labour", "indirect")
    assert st.said_on is None
    # ... must not: the strategists' seeing is no part of what Labour said
    assert "strategists" not in st.text, show([st])




def test_a_partys_demand_named_by_its_modifier_is_the_partys_statement():
    # politics/198 (set W train): "His comments come after the Liberal Democrats backed Tory demands that the
    # government's plans be put on hold." and politics/335 (set W train): "But he brushed off Labour suggestions a
    # vote for his party would mean letting the Tories in "by the back door"."
    doc, sts = load("bbc-news/politics/198.txt", "backed Tory demands that")
    st = the(doc, sts, "the government's plans be put on hold")
    assert_speaker(st, "Conservative Party", "indirect")
    assert st.said_on is None
    doc, sts = load("bbc-news/politics/335.txt", "brushed off Labour suggestions")
    assert_speaker(the(doc, sts, "a vote for his party would mean letting the Tories in"), "Labour", "indirect")
    # ... must not: the one who backed or brushed off the demand is not its speaker
    assert not [s for s in sts if "by the back door" in s.text and s.speaker and s.speaker.name == "Charles Kennedy"], \
        show(sts)


def test_three_bodies_listed_before_the_verb_each_speak():
    # politics/385 (set L train, seen this round): "Campaign groups including Friends of the Earth, the World
    # Development Movement, and War on Want said UK government policy on free trade was a major barrier to fighting
    # poverty." (one statement per body, the same words)
    doc, sts = load("bbc-news/politics/385.txt", "War on Want said")
    said = [s for s in sts if "was a major barrier to fighting poverty" in s.text]
    assert sorted(s.speaker.name for s in said if s.speaker) == \
        ["Friends of the Earth", "War on Want", "World Development Movement"], show(said)
    assert all(s.said_on is None and s.kind == "indirect" for s in said), show(said)
    # ... must not: "Friends of the Earth" is no person "Earth", nor the kind of bodies a speaker
    assert not [s for s in sts if s.speaker and s.speaker.name in ("Earth", "Campaign groups")], show(sts)
