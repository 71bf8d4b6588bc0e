"""Audit round bbc14: BBC politics articles (shared/corpora/bbc-news/politics, none in the dev set, eval/own, earlier
audit tests or the bbc8/bbc10/bbc12 rounds), read against their statements. Each test is a real passage (the corpus
file named), what an annotator marks."""
from test_audit_cases import excerpt
from test_audit_seed10 import page
from test_hard_cases import assert_speaker, load, near, show, the, who  # noqa: F401  (the shared helpers)


def test_former_holder_of_a_title_is_not_the_bare_title():
    # politics/389: "The chancellor said that the EU's planned changes in the growth and stability pact ... would force
    # Britain to run a budget surplus ..." (Gordon Brown) while the text later introduces "ex-Conservative chancellor Ken
    # Clarke": a title held once is no referent of "the chancellor"
    doc, statements = load("bbc-news/politics/389.txt", "The chancellor said that the EU's planned changes")
    assert_speaker(the(doc, statements, "the EU's planned changes in the growth"), "Gordon Brown", "indirect")
    assert_speaker(the(doc, statements, "make it difficult for a low debt country"), "Gordon Brown")
    assert_speaker(the(doc, statements, "he would meet his own fiscal budget rule"), "Gordon Brown")
    # ... and Ken Clarke keeps his own words
    assert_speaker(the(doc, statements, "political give and take would replace"), "Ken Clarke")


def test_no_speaker_opens_with_a_preposition():
    # politics/389: 'But the chancellor said Mr Fallon was "impugning the integrity" of the Office of National
    # Statistics and said the decision had been made completely independently.' (one speaker, the chancellor; no
    # "of the Office of National" speaking)
    doc, statements = load("bbc-news/politics/389.txt", "impugning the integrity")
    hits = [st for st in statements if "made completely independently" in st.text]
    assert [who(st) for st in hits] == ["Gordon Brown"], show(hits)


def test_prime_ministers_spokesman_is_downing_street():
    # politics/042: "On Monday, Tony Blair's official spokesman declined to say whether the prime minister backed the
    # plans. He said: "What's important is that there's a process going on ..."" (GUIDELINES: the office)
    doc, statements = load("bbc-news/politics/042.txt", "official spokesman declined to say")
    assert_speaker(the(doc, statements, "What's important is that there's a process"), "Downing Street", "direct")
    # politics/209: 'A spokesman for Mr Blair said the Prime Minister expected the conference to discuss "a
    # comprehensive, co-ordinated ..."'
    doc, statements = load("bbc-news/politics/209.txt", "A spokesman for Mr Blair said")
    assert_speaker(the(doc, statements, "the Prime Minister expected the conference"), "Downing Street")


def test_participle_aside_listing_companions_is_no_joint_subject():
    # politics/370: "Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said many Roma had good reason to
    # want to leave the Czech Republic because of persecution. But she said they were treated more sceptically ..."
    doc, statements = load("bbc-news/politics/370.txt", "Lady Hale, sitting with")
    hits = [st for st in statements if "many Roma had good reason" in st.text]
    assert [who(st) for st in hits] == ["Lady Hale"], show(hits)
    assert_speaker(the(doc, statements, "they were treated more sceptically"), "Lady Hale")


def test_clause_subject_after_said_is_no_inverted_speaker():
    # politics/370: 'But the chairman of Migration Watch UK, Sir Andrew Green, said the House of Lords decision was a
    # "step in the wrong direction". "The basic point is that the government has a duty to control our borders ..."'
    # ("said the House of Lords decision was" is no inverted frame of the words before it)
    doc, statements = load("bbc-news/politics/370.txt", "Sir Andrew Green, said")
    st = the(doc, statements, "step in the wrong direction")
    assert st.text == 'the House of Lords decision was a "step in the wrong direction"', show([st])
    assert_speaker(st, "Andrew Green", "indirect")
    assert_speaker(the(doc, statements, "The basic point is that the government"), "Andrew Green", "direct")


def test_question_word_who_is_not_the_who():
    # politics/380 (readers' comments): "Who do they think will be carrying out these public service jobs ...?" and,
    # paragraphs later, "... the consumer who while they openly welcome the idea of an increase in the minimum wage
    # are the same people who ...": neither the World Health Organization nor the party that opened a sentence far above
    doc, statements = load("bbc-news/politics/380.txt", "openly welcome the idea")
    assert not [st for st in statements if "openly welcome" in st.text or "the idea of an increase" in st.text], \
        show(near(doc, statements, "openly welcome the idea"))
    assert not [st for st in statements if who(st) == "World Health Organization"]


def test_backbencher_is_the_mp_of_a_later_title():
    # politics/133: 'Meanwhile Labour backbencher Stephen Pound labelled casino-related regeneration schemes "a pile of
    # pants". The MP for Ealing North claimed the legislation would encourage a mafia-like culture of vice and
    # corruption, in an interview on BBC Radio 4.'
    doc, statements = load("bbc-news/politics/133.txt", "The MP for Ealing North claimed")
    assert_speaker(the(doc, statements, "would encourage a mafia-like culture"), "Stephen Pound", "indirect")


def test_time_between_a_verb_and_its_particle():
    # politics/372: 'Liberal Democrat peer Lord Greaves called last week for international observers at the general
    # election - saying otherwise there could be months of court challenges ...'
    doc, statements = load("bbc-news/politics/372.txt", "Lord Greaves called last week for")
    st = the(doc, statements, "international observers at the general election")
    assert st.text == "international observers at the general election", show([st])
    assert_speaker(st, "Lord Greaves", "indirect")


def test_and_he_also_opens_a_new_frame():
    # politics/123: "Mr Martin revealed some MPs had been using their Blackberries during debates and he also cautioned
    # members against using hidden earpieces." (what he revealed ends before his next verb)
    doc, statements = load("bbc-news/politics/123.txt", "he also cautioned")
    st = the(doc, statements, "some MPs had been using their Blackberries")
    assert st.text == "some MPs had been using their Blackberries during debates", show([st])
    assert_speaker(st, "Michael Martin", "indirect")


def test_he_after_a_person_named_right_before_the_subordinator():
    # politics/007: "Dr Fox refused to discuss weekend newspaper reports that the party had repaid £500,000 to former
    # Tory Treasurer Lord Ashcroft after he said the party could not win the election. "We repay loans when they are
    # due but do not comment to individual financial matters," he said": Ashcroft's words, then Fox's again
    doc, statements = load("bbc-news/politics/007.txt", "after he said the party could not win")
    assert_speaker(the(doc, statements, "the party could not win the election"), "Lord Ashcroft", "indirect")
    assert_speaker(the(doc, statements, "We repay loans when they are due"), "Liam Fox", "direct")
    assert_speaker(the(doc, statements, "an election defeat"), "Lord Ashcroft")


def test_fronted_participle_of_a_life_before_the_subject():
    # politics/400 (an obituary): "Born in 1912 and educated at Portsmouth Northern Secondary School, Lord Callaghan
    # became a clerk at the Inland Revenue. ... When he refused to support prime minister Harold Wilson ..., he said:
    # "I am not going to resign. They will have to throw me out"." (his words, not Charles Kennedy's who spoke before)
    doc, statements = load("bbc-news/politics/400.txt", "I am not going to resign")
    st = the(doc, statements, "I am not going to resign")
    assert who(st) is not None and who(st).endswith("Callaghan"), show([st])


def test_they_after_those_left_unnamed():
    # politics/272: "He will not talk about the big breakthrough, although there are those who believe this could well
    # be the election that sees his party crossing some sort of symbolic threshold. They would argue that, by the time
    # of the election after next, the Liberal Democrats may genuinely have replaced the Tories ..." (not Labour's)
    doc, statements = load("bbc-news/politics/272.txt", "They would argue that")
    assert not [st for st in statements if "may genuinely have replaced the Tories" in st.text], \
        show(near(doc, statements, "They would argue that"))


def test_country_described_by_which_after_a_coordinator():
    # politics/064: "The internationally recognised southern part of Cyprus is an EU member, but Turkey, which occupies
    # northern Cyprus, had previously insisted it would not bow to demands to recognise the country, calling the issue
    # a "red line"." (a country speaking: its government; "which" tells it is no person)
    doc, statements = load("bbc-news/politics/064.txt", "but Turkey, which occupies")
    st = the(doc, statements, "it would not bow to demands")
    assert_speaker(st, "Turkey", "indirect")


def test_british_spelling_labelled_is_a_cue():
    # politics/133: 'Meanwhile Labour backbencher Stephen Pound labelled casino-related regeneration schemes "a pile of
    # pants".' (labelled X Y, as branded X Y)
    doc, statements = load("bbc-news/politics/133.txt", "Stephen Pound labelled")
    st = the(doc, statements, "a pile of pants")
    assert st.text == 'casino-related regeneration schemes "a pile of pants"', show([st])
    assert_speaker(st, "Stephen Pound", "indirect")


def test_they_after_a_passives_agent_ending_the_sentence_before():
    # politics/299: 'The bill, which ministers claim will tackle crime, terrorism and illegal immigration, is expected
    # to be opposed by the Liberal Democrats. ¶ They have said the scheme is "deeply flawed" and a waste of money.'
    # (the Lib Dems, not the Tories the story opened with)
    doc, statements = load("bbc-news/politics/299.txt", "They have said the scheme")
    assert_speaker(the(doc, statements, "deeply flawed"), "Liberal Democrats", "indirect")


def test_called_a_pronoun_a_quoted_noun_phrase():
    # politics/400: 'Prime Minister Tony Blair called him a "giant" of the Labour movement.' (calling X Y, the
    # quotation inside the noun phrase that ends the clause; not "called him back")
    doc, statements = load("bbc-news/politics/400.txt", 'called him a "giant"')
    st = the(doc, statements, '"giant"')
    assert st.text == 'him a "giant" of the Labour movement', show([st])
    assert_speaker(st, "Tony Blair", "indirect")
    _, sts = excerpt(page('She said she called him back "later" that day, after the meeting.'))
    assert not [st for st in sts if st.cue == "called"], show(sts)


def test_participle_after_writing_to_someone():
    # politics/396: 'Lib Dem chairman Matthew Taylor has written to the watchdog accusing Labour of a "flagrant and
    # systematic breach" of the laws governing the TPS.' (what the letter says, no comma before the participle)
    doc, statements = load("bbc-news/politics/396.txt", "has written to the watchdog accusing")
    st = the(doc, statements, "flagrant and systematic breach")
    assert st.text.startswith("Labour of a "), show([st])
    assert_speaker(st, "Matthew Taylor", "indirect")
    # politics/088: 'Lib Dem chairman Matthew Taylor has now written to the watchdog saying: "The advice we have
    # received on several previous occasions is that such phone calls are illegal."' (the quotation: direct)
    doc, statements = load("bbc-news/politics/088.txt", "has now written to the watchdog saying")
    st = the(doc, statements, "such phone calls are illegal")
    assert st.text == "The advice we have received on several previous occasions is that such phone calls are illegal.", \
        show([st])
    assert_speaker(st, "Matthew Taylor", "direct")
