"""Audit round 39, the lead's classes: real passages of the shared corpora (file named in each test), what an
annotator marks under GUIDELINES.md, and what must not be. Found by reading random samples of the bbc-news
(entertainment, business, tech, sport), Reuters, Zyte, PolNeAR and data/ builds against their pages."""
from test_hard_cases import load, show, the, who


def test_a_participle_that_frames_only_quotations_before_a_colon():
    # bbc-news/entertainment/357: 'Best actor Foxx could not make the ceremony ... He apologised for not being in
    # London, joking: "Unfortunately I'm stuck driving a car in LA at gunpoint and I can't get away."': the joke is
    # Foxx's own quotation
    doc, sts = load("bbc-news/entertainment/357.txt", "joking:")
    st = the(doc, sts, "Unfortunately I'm stuck driving a car in LA at gunpoint")
    assert who(st) == "Jamie Foxx" and st.kind == "direct" and st.text.startswith("Unfortunately"), show([st])
    # must not: the apology's reported words swallow the quotation after the participle
    assert not [s for s in sts if s.kind == "indirect" and "gunpoint" in s.text], show(sts)


def test_a_name_in_a_spokespersons_words_is_not_the_spokesperson():
    # bbc-news/entertainment/186: '..., the BBC has said. ... "There are currently no plans for another series," a
    # spokeswoman said. She added ... The BBC spokeswoman said Graham Norton's Strictly Dance Fever would be a priority
    # for 2005. "That's very much on the cards for next year, ...," she said.': Norton is named in her words
    doc, sts = load("bbc-news/entertainment/186.txt", "Graham Norton's Strictly Dance Fever")
    assert who(the(doc, sts, "Strictly Dance Fever would be a priority for 2005")) == "BBC", show(sts)
    assert who(the(doc, sts, "very much on the cards for next year")) == "BBC", show(sts)
    # must not: the presenter as "the spokeswoman" anywhere (her first words, "a spokeswoman said" two sentences
    # after the BBC's, stay unattributed; "She added" after them still goes to the presenter named first: a known
    # error, docs/quality.md)
    assert all(who(s) != "Graham Norton" for s in sts), show(sts)


def test_a_place_adverb_after_an_inverted_frame_is_no_reported_speech():
    # bbc-news/entertainment/097: '"To me, really, this is the ultimate goal because one doesn't make work for the
    # elite," Gibson said backstage at the event. "To me, the people have spoken."': the quotation is his
    doc, sts = load("bbc-news/entertainment/097.txt", "Gibson said backstage")
    st = the(doc, sts, "this is the ultimate goal because one doesn't make work for the elite")
    assert who(st) == "Mel Gibson" and st.kind == "direct", show([st])
    # must not: "backstage at the event" as what he said
    assert not [s for s in sts if s.text.startswith("backstage")], show(sts)


def test_unnamed_bankers_officials_and_diplomats_are_no_minister_named_before():
    # reuters21578 (reut2-003 #488): 'Zhang Haoruo, vice minister of Foreign Economic Relations and Trade, said last
    # Friday ... ¶ A U.S. Banker said there is no evidence ... ¶ "The Bank of China is both a buyer and a seller ...,"
    # he said. ... ¶ A Ministry of Foreign Economic Relations and Trade official said ... ¶ The renminbi has matched the
    # U.S. Dollar fall, he said. ... ¶ A Western diplomat said ... ¶ "We base our assessment ...," he said.': each
    # "he" is the unnamed one who spoke last (no statement), none of them the vice minister
    doc, sts = load("reuters21578/reut2-003.sgm", "A U.S. Banker said")
    assert who(the(doc, sts, "China signed foreign loan agreements for 6.94 billion dlrs")) == "Zhang Haoruo", show(sts)
    for words in ("The Bank of China is both a buyer and a seller", "The renminbi has matched the U.S. Dollar fall",
                  "We base our assessment not on China's foreign exchange reserves"):
        assert not [s for s in sts if words in s.text], show(sts)
    # must not: a body "U.S. Banker"
    assert all(who(s) != "U.S. Banker" for s in sts), show(sts)


def test_a_learned_cue_holds_a_word_of_saying():
    # polnear/dev (usa-today 2016-09-08): 'The Clinton campaign released an ad this week showing Trump making remarks
    # viewed by some as disparaging toward the military, ...': what an ad shows is nobody's statement
    doc, sts = load("polnear/dev/text/usa-today_2016-09-08_candidates-vie-for-vets-support-.txt", "released an ad")
    assert not [s for s in sts if s.text.startswith("making remarks viewed by some")], show(sts)
    # must not: the quotation of the next paragraph, framed by "said", is still Rucker Culpepper's
    assert who(the(doc, sts, "Trump has been disrespecting our veterans and military for decades")) == \
        "Rucker Culpepper", show(sts)


def test_whom_a_speaker_told_before_a_quotation_with_no_comma():
    # reuters21578 (reut2-003 #512): 'Rha told the U.S. Chamber of Commerce "Demands that Korea carry out a drastic and
    # sudden currency revaluation ... are, I believe, extremely ill-advised." ¶ Deputy prime minister Kim Mahn-Je told a
    # meeting of local businessmen "The government's policy on the question of revaluing the won is to maintain a
    # steadfast position."': each quotation is its speaker's direct statement, the audience no part of it
    doc, sts = load("reuters21578/reut2-003.sgm", "Rha Woong-Bae")
    rha = the(doc, sts, "Demands that Korea carry out a drastic and sudden currency revaluation")
    assert who(rha) == "Rha Woong-Bae" and rha.kind == "direct" and rha.text.startswith("Demands"), show([rha])
    kim = the(doc, sts, "The government's policy on the question of revaluing the won")
    assert who(kim) == "Kim Mahn-Je" and kim.kind == "direct" and kim.text.startswith("The government"), show([kim])
    # must not: the unnamed government spokesman, who "said Korean trade minister Rha Woong-Bae's stand ...
    # underlined the government's determination", is not the minister he names
    assert not [s for s in sts if "South Korea will further open its market" in s.text], show(sts)
    assert not [s for s in sts if "We are determined not to go the way of Latin American" in s.text], show(sts)


def test_one_capitalised_banker_is_no_one_named():
    # reuters21578 (reut2-003 #493): '"A lot of small money has come back in, but the big money is holding out until
    # after April," one U.S. Banker said.': an unnamed banker (no person "U.S. Banker"); the central bank governor
    # named after him still speaks
    doc, sts = load("reuters21578/reut2-003.sgm", "one U.S. Banker said")
    assert not [s for s in sts if "the big money is holding out" in s.text], show(sts)
    assert who(the(doc, sts, "Indonesia could look forward to better economic prospects")) == "Arifin Siregar", show(sts)
