"""Audit round bbc17: BBC politics articles (shared/corpora/bbc-news/politics, none in the dev set, eval/own sets D and
G, or earlier audit tests and rounds), read against their statements, and the passages of the rest of bbc-news where
a rule of the round was checked. Each test is a real passage (the corpus file named), what an annotator marks under
GUIDELINES.md and the conventions of eval/own/SOURCE-d.md / SOURCE-g.md."""
from test_hard_cases import assert_speaker, load, near, show, the, who  # noqa: F401  (the shared helpers)


def test_the_mps_and_a_committee_of_mps_are_the_committee():
    # politics/048: "Anglers and fishermen could find themselves prosecuted ..., a committee of MPs has warned. ¶
    # Sloppy wording of the draft animal welfare bill could leave anglers facing court even though it was not
    # intended, the environment select committee said. The MPs said they were "concerned" the government had not
    # consulted directly ..." (set D: "MPs have said" in a committee's story is the committee)
    doc, statements = load("bbc-news/politics/048.txt", "a committee of MPs has warned")
    for words in ("Anglers and fishermen could find themselves prosecuted", "Sloppy wording of the draft animal",
                  'they were "concerned" the government had not consulted', 'a "cast-iron guarantee"'):
        assert_speaker(the(doc, statements, words), "environment select committee", "indirect")
    # politics/016: "A national body designed to tackle skills shortages ... should be set up, a committee of MPs has
    # said. ¶ There was an "absolute crisis" ..., the Commons science and technology committee added."
    doc, statements = load("bbc-news/politics/016.txt", "a committee of MPs has said")
    assert_speaker(the(doc, statements, "A national body designed to tackle skills shortages"),
                   "Commons science and technology committee")
    # ... but MPs in general name no one: "MPs urged the government to redraft clauses ..." (048)
    doc, statements = load("bbc-news/politics/048.txt", "MPs urged the government to redraft")
    assert not [st for st in statements if "to redraft clauses" in st.text], show(near(doc, statements, "redraft"))


def test_bare_government_in_a_british_text():
    # politics/294: "The government says unions will be consulted before any changes are made to the pension system."
    # (no institution named but "Deputy Prime Minister John Prescott"); politics/067: beside the Liberal Democrats
    doc, statements = load("bbc-news/politics/294.txt", "The government says unions will be consulted")
    assert_speaker(the(doc, statements, "unions will be consulted before any changes"), "UK government", "indirect")
    doc, statements = load("bbc-news/politics/067.txt", "The government says children cannot")
    assert_speaker(the(doc, statements, "children cannot simply be divided up"), "UK government")
    # ... not a government described by its seat: "Welsh councils should set their taxes at "reasonable levels" ...,
    # says the assembly government." (politics/101, a Welsh text naming the Liberal Democrats)
    doc, statements = load("bbc-news/politics/101.txt", "says the assembly government")
    hits = [st for st in statements if "Welsh councils should set their taxes" in st.text]
    assert all(who(st) != "UK government" for st in hits), show(hits)


def test_a_days_report_goes_on_speaking_as_it():
    # politics/372: "Thursday's report was drawn up by two committees ... It said that, with the growth of postal voting,
    # there was a strong case ... It also said about three million people eligible to vote are not registered": the
    # report's words (a document), not the government that spoke before
    doc, statements = load("bbc-news/politics/372.txt", "Thursday's report was drawn up")
    hits = [st for st in statements if "strong case to tighten up" in st.text or "three million people" in st.text]
    assert not hits, show(hits)
    assert_speaker(the(doc, statements, "it would normally invite observers"), "UK government")


def test_adverb_of_constancy_between_subject_and_verb():
    # politics/402: "Labour has always maintained Mr Brown would have a central campaign role."
    doc, statements = load("bbc-news/politics/402.txt", "Labour has always maintained")
    assert_speaker(the(doc, statements, "Mr Brown would have a central campaign role"), "Labour", "indirect")
    # business/314: "Yukos has always insisted the auction was state-sponsored theft but Russian authorities argued
    # they were imposing the law ...": the officials' words are no part of Yukos's
    doc, statements = load("bbc-news/business/314.txt", "Yukos has always insisted")
    st = the(doc, statements, "the auction was state-sponsored theft")
    assert st.text == "the auction was state-sponsored theft", show([st])
    assert_speaker(st, "Yukos")


def test_participle_after_a_pronouns_clause():
    # politics/153: "But he defended the UK's current regime, saying all systems around the world were subject to
    # abuse." (Tony Blair, quoted just before)
    doc, statements = load("bbc-news/politics/153.txt", "But he defended the UK's current regime")
    assert_speaker(the(doc, statements, "all systems around the world were subject to abuse"), "Tony Blair", "indirect")
    # politics/416: "He denied this strategy was opportunism, insisting the Lib Dem's policies ... appealed "to all
    # sides of the political spectrum"": both statements of Lord Rennard, the denial kept
    doc, statements = load("bbc-news/politics/416.txt", "He denied this strategy was opportunism")
    assert_speaker(the(doc, statements, "this strategy was opportunism"), "Lord Rennard")
    assert_speaker(the(doc, statements, "appealed \"to all sides of the political spectrum"), "Lord Rennard")


def test_a_pronouns_participle_only_after_a_speaker():
    # data/ (White House readout of 21 May 2023): "President Biden met today with Prime Minister Kishida Fumio of Japan
    # and President Yoon Suk Yeol ... He commended Prime Minister Kishida and President Yoon on their courageous work
    # ..., noting that our trilateral partnership ... are stronger": no speaker heard before "He", so no statement of
    # whoever "He" is guessed to be (it was given to President Yoon)
    from test_audit_cases import excerpt
    doc, statements = excerpt("---\ntitle: Readout of President Biden's Meeting\nsite_name: The White House\n---\n\n"
                              "President Biden met today with Prime Minister Kishida Fumio of Japan and President Yoon "
                              "Suk Yeol of the Republic of Korea in Hiroshima, Japan. He commended Prime Minister Kishida "
                              "and President Yoon on their courageous work to improve their bilateral ties, noting that "
                              "our trilateral partnership and the Indo-Pacific are stronger because of their efforts.\n")
    hits = [st for st in statements if "trilateral partnership" in st.text]
    assert all(who(st) == "Joe Biden" for st in hits), show(hits)


def test_report_in_a_paper_is_a_document():
    # politics/402: "A report in the Sunday Business claimed Mr Brown has been asked to take charge of media strategy"
    # (set D: reports are documents, not the paper speaking)
    doc, statements = load("bbc-news/politics/402.txt", "A report in the Sunday Business claimed")
    hits = [st for st in statements if "take charge of media strategy" in st.text]
    assert not hits, show(hits)


def test_said_our_correspondent():
    # politics/069: "... said BBC labour affairs correspondent Stephen Cape. ... This would allow months of tough
    # negotiations to follow, said our correspondent."
    doc, statements = load("bbc-news/politics/069.txt", "said our correspondent")
    assert_speaker(the(doc, statements, "This would allow months of tough negotiations"), "Stephen Cape", "indirect")
    # ... an aside "according to our correspondent" is no speaker a later "he said" goes back to (politics/076: Lord
    # Bach's words, '"was a little like trying to turn around a super tanker ...", he said.')
    doc, statements = load("bbc-news/politics/076.txt", "according to our correspondent")
    assert_speaker(the(doc, statements, "turn around a super tanker"), "Lord Bach")


def test_quotation_left_open_at_the_storys_end():
    # politics/367: 'But Labour spokesman Mr Kemp said: "It would be more appropriate ... not 1 January." "Let us never
    # forget that when Michael Howard was in government ... "With Labour Britain is working. Rather than alluding to
    # false promises Michael Howard should be starting 2005 with an apology ... upon the country.' (no closing mark)
    doc, statements = load("bbc-news/politics/367.txt", "Let us never forget")
    st = the(doc, statements, "Let us never forget that when Michael Howard")
    assert_speaker(st, "Fraser Kemp", "direct")
    assert st.text.endswith("inflicted upon the country."), show([st])


def test_whoever_was_told_is_no_part_of_what():
    # politics/353: "Mr Blair told prospective Labour MPs on Thursday that taking part in phone-ins and public meetings
    # could "enthuse and engage ..."": the content starts after "that"
    doc, statements = load("bbc-news/politics/353.txt", "told prospective Labour MPs on Thursday")
    st = the(doc, statements, "taking part in phone-ins")
    assert st.text.startswith("taking part in phone-ins"), show([st])
    assert_speaker(st, "Tony Blair", "indirect")
    # business/035: "... told Reuters news agency that WPP had submitted a proposal ..." (the outlet's name ran on)
    doc, statements = load("bbc-news/business/035.txt", "told Reuters news agency that")
    st = the(doc, statements, "WPP had submitted a proposal")
    assert st.text.startswith("WPP had submitted"), show([st])


def test_a_peer_named_for_a_place():
    # politics/031: 'Home Office minister Baroness Scotland said: "Murder is the most serious of crimes ..."' (the
    # quotation had been lost: "Scotland" is a place)
    doc, statements = load("bbc-news/politics/031.txt", "Baroness Scotland said")
    assert_speaker(the(doc, statements, "Murder is the most serious of crimes"), "Baroness Scotland", "direct")


def test_praise_before_a_bodys_name():
    # politics/168: "The influential Commons home affairs committee was responding ... They say the influence of drugs
    # and alcohol should be introduced as an aggravating factor ..."; tech/014: "the influential European Legal Affairs
    # Committee (JURI) said the law should be re-drafted"
    doc, statements = load("bbc-news/politics/168.txt", "The influential Commons home affairs committee")
    assert_speaker(the(doc, statements, "should be introduced as an aggravating factor"),
                   "Commons home affairs committee", "indirect")
    doc, statements = load("bbc-news/tech/014.txt", "the influential European Legal Affairs Committee")
    assert_speaker(the(doc, statements, "the law should be re-drafted"), "European Legal Affairs Committee")
