"""Statements the pipeline missed on the train splits of our own sets (issue 8, recall round), sorted into classes by
why they were missed; one test per class fixed. Same method as test_hard_cases.py: a real document read and analysed
as the pipeline does, a passage found by a substring, what an annotator following GUIDELINES.md expects there, and what
must not be extracted. Documents come from ../shared/corpora and the train splits of eval/own only."""
import pytest

from test_hard_cases import CORPORA, assert_speaker, load, load_own, near, show, the, who  # noqa: F401

needs_corpora = pytest.mark.skipif(not CORPORA.exists(), reason="shared corpora not found")


def said(rel: str, words: str, speaker: str, kind: str | None = None):
    """The one statement of an own train document holding words, asserted to be the speaker's."""
    doc, sts = load_own(rel)
    st = the(doc, sts, words)
    assert_speaker(st, speaker, kind)
    return st


def test_rejecting_a_report_that_is_a_statement_of_its_content():
    # "The Thai military yesterday refuted a report that an official from the Armed Forces' Security Centre was caught
    # spying ...": the report rejected, as the military's (sets H, I, J annotate it so)
    doc, sts = load_own("docs-i/th/011.md")
    assert_speaker(the(doc, sts, "a report that an official from the Armed Forces"), "Thai military", "indirect")
    # "The Nigeria Police on Saturday debunked reports that the Federal Capital Territory was being saturated ..."
    doc, sts = load_own("docs-i/ng/013.md")
    assert_speaker(the(doc, sts, "reports that the Federal Capital Territory was being saturated"), "Nigeria Police")


def test_a_noun_phrase_refuted_is_no_statement():
    # "The spokesperson also refuted Japan's charge of China's maritime and air activities, saying: “...”": no clause
    # refuted, nothing said but what the participle's quotation says
    doc, sts = load_own("docs-h/cn/026.md")
    assert not [st for st in sts if "charge of China" in st.text], show(near(doc, sts, "also refuted", 200))
    assert [st for st in sts if st.text.startswith("Japan has hidden political agendas")], show(sts)


def test_words_another_speaker_said_that_a_rejecter_names_are_theirs():
    # "Claire Castro refuted remarks made by Senator Ronald “Bato” dela Rosa that the Palace often stirs up outdated
    # issues ...": dela Rosa's words, not Castro's
    doc, sts = load_own("docs/ph/080.md")
    st = the(doc, sts, "the Palace often stirs up outdated issues")
    assert "dela Rosa" in (who(st) or "") and st.text.startswith("the Palace"), show([st])


def test_blaming_and_lashing_out_at_someone_for_something():
    # "Thepthai Senpong, the Democrat Party leader's personal spokesman, lashed out at Pheu Thai Party MP Jatuporn
    # Promphan for protecting Cambodia ... He blamed Cambodian Prime Minister Hun Sen for releasing such news ..."
    doc, sts = load_own("docs-i/th/011.md")
    assert_speaker(the(doc, sts, "Jatuporn Promphan for protecting Cambodia"), "Thepthai Senpong", "indirect")
    st = the(doc, sts, "Hun Sen for releasing such news")
    assert_speaker(st, "Thepthai Senpong", "indirect")
    assert st.text.startswith("Cambodian Prime Minister Hun Sen"), show([st])


@pytest.mark.parametrize("rel, words, speaker", [
    # "Minister of Foreign Affairs Lin Chia-lung applauds Poland for its continued focus on the Indo-Pacific ..."
    ("docs-b/releases/073.md", "Poland for its continued focus", "Lin Chia-lung"),
    # "India on Thursday appreciated the prompt action and other security measures taken by Bangladesh ..."
    ("docs/in/007.md", "the prompt action and other security measures", "India"),
    # "He apologized for failing to inform the public in advance." (Suthep)
    ("docs/th/043.md", "for failing to inform the public in advance", "Suthep Thaugsuban"),
])
def test_applauding_appreciating_and_apologising(rel, words, speaker):
    said(rel, words, speaker, "indirect")


@needs_corpora
def test_recommending_is_speech_but_not_a_reports_or_a_reviews():
    # "Ex-chief inspector of schools Mr Tomlinson, 62, has recommended replacing A-Levels and GCSEs with a new diploma
    # system ...": his
    doc, sts = load("bbc-news/politics/156.txt", "has recommended")
    assert_speaker(the(doc, sts, "replacing A-Levels and GCSEs"), "Mike Tomlinson", "indirect")
    # "The report recommended the governing bodies of sports have a say ...": a document's, no one's
    doc, sts = load("bbc-news/politics/240.txt", "The report recommended")
    assert not [st for st in sts if "governing bodies of sports have a say" in st.text], show(sts)


@needs_corpora
def test_a_verb_of_retorting_before_that_frames_the_clause():
    # "He snapped back that the hacks knew very well what the operational reasons were for the timing of his press
    # conference.": Blair's (a verb that otherwise frames only a quotation: '," he snapped.')
    doc, sts = load("bbc-news/politics/251.txt", "snapped back that")
    st = the(doc, sts, "the hacks knew very well")
    assert_speaker(st, "Tony Blair", "indirect")
    assert st.text.startswith("the hacks") and "Well, not really" not in st.text, show([st])


@needs_corpora
def test_an_apology_says_what_only_with_its_cause():
    # "He apologized for failing to inform ..." is a statement (above); "Number 10 said an error was made but now Harry
    # had apologised the matter should be left to the palace." is none of Harry's
    doc, sts = load("bbc-news/politics/120.txt", "Harry had apologised")
    assert not [st for st in sts if who(st) and "Harry" in who(st)], show(near(doc, sts, "Harry had apologised", 200))


@needs_corpora
def test_a_verb_coordinated_with_a_cue_is_no_object_of_it():
    # "The US appreciates and wants to maintain regular human rights dialogues with Vietnam, ...": no statement
    # "and wants to maintain ..."
    doc, sts = load("seeds/001_764cb29e222343e7.txt", "The US appreciates")
    assert not [st for st in sts if st.text.startswith("and wants")], show(near(doc, sts, "The US appreciates", 200))


def test_two_verbs_of_one_object_do_not_cut_the_content():
    # "the ministry said that it strongly condemns and refutes claims in a joint statement by the foreign ministers of
    # China and Syria that denigrated ...": one statement, not a fragment "it strongly condemns" (set A train 059)
    doc, sts = load_own("docs/tw/059.md")
    assert not [st for st in sts if st.text == "it strongly condemns"], show(near(doc, sts, "strongly condemns", 200))
    assert [st for st in sts if st.text.startswith("it strongly condemns and refutes claims")], \
        show(near(doc, sts, "strongly condemns", 200))


def test_a_spokesperson_described_in_the_lead_is_the_one_named_next():
    # "A Chinese defense spokesperson on Friday said that every time "Taiwan independence" forces make provocations,
    # ... ¶ Wu Qian, a spokesperson for the Ministry of National Defense, made the remarks ..." (set J train 011)
    doc, sts = load_own("docs-j/cn/011.md")
    assert_speaker(the(doc, sts, "the countermeasures will be advanced further"), "Wu Qian", "indirect")
    # "... a Chinese foreign ministry spokesperson said Thursday it was another provocative action ..., Xinhua
    # reported. ¶ Hong Lei reiterated that ...": Hong Lei's, and the outlet's frame is no part of the words
    doc, sts = load_own("docs-h/cn/026.md")
    st = the(doc, sts, "it was another provocative action")
    assert_speaker(st, "Hong Lei", "indirect")
    assert "Xinhua" not in st.text, show([st])


@needs_corpora
def test_the_person_named_after_the_occasion_is_the_one_the_lead_described():
    # "..., Amnesty International's chief has said. ¶ In a lecture at the London School of Economics, Irene Khan said
    # human rights had been flouted ...": the lead's words are Irene Khan's
    doc, sts = load("bbc-news/politics/279.txt", "Amnesty International's chief")
    assert_speaker(the(doc, sts, "The lack of public outrage about the war on terror"), "Irene Khan", "indirect")


@pytest.mark.parametrize("rel, words, speaker", [
    # "Ouellette refused to comment on the nature of the allegations ..., adding that the details will be released
    # during the legal process." (set F train 019)
    ("docs-f/ca/019.md", "the details will be released during the legal process", "Hans Ouellette"),
    # "..., the spokesperson declined to comment on another country's assessment, adding that Seoul's evaluation was
    # based on ..." (set J train 001)
    ("docs-j/kr/001.md", "Seoul's evaluation was based on a range of information", "Kim Jun-rak"),
])
def test_adding_after_a_refusal_to_comment_is_the_refusers(rel, words, speaker):
    st = said(rel, words, speaker, "indirect")
    assert st.text.startswith(words), show([st])


def test_a_pronoun_before_a_saying_participle_is_not_taken_for_the_last_speaker():
    # "Qin was China's previous ambassador ... He spoke earlier on Tuesday at his first press conference as minister,
    # saying Taiwan is an internal Chinese issue ...": not the words of Jeff Liu, quoted before (set A train 058)
    doc, sts = load_own("docs/tw/058.md")
    assert not [st for st in sts if "internal Chinese issue" in st.text and who(st) == "Jeff Liu"], \
        show(near(doc, sts, "internal Chinese issue", 300))


def test_a_participle_after_quoted_words_or_and_is_a_statement_of_its_own():
    # '... condemned CCG's use of water cannon ... as well as their "unprovoked acts of coercion and dangerous
    # maneuvers," saying it "has put the lives of our personnel at risk."' (set A train 142)
    doc, sts = load_own("docs/ph/142.md")
    said = the(doc, sts, "has put the lives of our personnel at risk", "saying it")
    assert_speaker(said, "Ronnie Gil Gavan")
    assert said.text.startswith("it"), show([said])
    assert not [st for st in sts if st.cue == "condemned" and "saying" in st.text], show(sts)
    # "..., saying he rejected the country’s aggressive rhetoric towards New Zealand and saying the country’s people
    # would be better served ...": two statements (set B train wire 080)
    doc, sts = load_own("docs-b/wire/080.md")
    first = the(doc, sts, "he rejected the country’s aggressive rhetoric")
    assert first.text.endswith("towards New Zealand"), show([first])
    assert_speaker(the(doc, sts, "the country’s people would be better served"), "Winston Peters")


@needs_corpora
def test_a_reporters_apposition_after_a_dash_is_no_part_of_the_words():
    # "Mr Kilroy-Silk told them he had not left the UKIP group - a move he announced shortly after the meeting."
    doc, sts = load("bbc-news/politics/292.txt", "he had not left the UKIP group")
    st = the(doc, sts, "he had not left the UKIP group")
    assert_speaker(st, "Robert Kilroy-Silk", "indirect")
    assert "a move he announced" not in st.text, show([st])


def test_a_countrys_side_is_the_country_speaking():
    # "The Ukrainian side described the group’s visit as ‘illegal’." (set H train cn/002): Ukraine's words
    doc, sts = load_own("docs-h/cn/002.md")
    assert_speaker(the(doc, sts, "the group’s visit as ‘illegal’"), "Ukraine", "indirect")
    # ... and "the other side" is no country
    from pressarchive.extract.mentions import parse_np
    assert parse_np([("the", 0, 3), ("other", 4, 9), ("side", 10, 14)]) is None


def test_a_participle_in_the_frames_adjunct_is_anothers_frame():
    # '"China rejects distortion ...," spokesperson Mao Ning said at a press briefing when answering a question on the
    # Pentagon saying that it could not confirm China collected real-time data ...': the Pentagon's words, never Mao
    # Ning's (set B train wire 076)
    doc, sts = load_own("docs-b/wire/076.md")
    assert not [st for st in sts if "could not confirm China collected" in st.text and who(st) == "Mao Ning"], \
        show(near(doc, sts, "hyping up", 400))


def test_words_before_an_inverted_frame_and_its_elaborating_participle():
    # "However, it has identified certain external terrorism risks that may harm its national security, Viet said,
    # elaborating that there are several objects often targeted by terrorists ...": two statements of Viet's, the
    # first not swallowed by the participle (set J train vn/019)
    doc, sts = load_own("docs-j/vn/019.md")
    first = the(doc, sts, "it has identified certain external terrorism risks")
    assert_speaker(first, "Pham Ngoc Viet", "indirect")
    assert "elaborating" not in first.text, show([first])
    assert_speaker(the(doc, sts, "there are several objects often targeted by terrorists"), "Pham Ngoc Viet")


def test_an_apposition_with_a_relative_clause_describes_the_speaker():
    # "Julian Jessop, an economist who provided informal advice to Truss during her leadership campaign, said the
    # economy was at risk of falling into a “doom loop”." (set A train wire 097)
    doc, sts = load_own("docs/wire/097.md")
    st = the(doc, sts, "the economy was at risk of falling into")
    assert_speaker(st, "Julian Jessop", "indirect")
    assert not [s for s in sts if who(s) and "Truss" in who(s) and "doom loop" in s.text], show(sts)


def test_the_reporters_background_after_the_words_is_no_part_of_them():
    # "Mao Ning also said that the country’s position on Ukraine was ‘consistent and clear’, following a row over singer
    # Wang Fan performing the Soviet song ‘Katyusha’ ..." (set H train cn/002)
    doc, sts = load_own("docs-h/cn/002.md")
    st = the(doc, sts, "the country’s position on Ukraine was")
    assert_speaker(st, "Mao Ning", "indirect")
    assert "following a row" not in st.text, show([st])


def test_where_the_words_were_printed_is_no_part_of_them():
    # '... Singapore's Health Ministry said that there was "no truth whatsoever" in the assertion, which was carried by
    # Indian news outlets Hindustan Times and NDTV.' (set A train sg/119)
    doc, sts = load_own("docs/sg/119.md")
    st = the(doc, sts, "no truth whatsoever")
    assert "Hindustan Times" not in st.text, show([st])


@pytest.mark.parametrize("rel, words, speaker", [
    # "In a statement issued on Thursday, the Cypriot Ministry of Foreign Affairs denied that “...” ¶ “The Ministry of
    # Foreign Affairs rejects claims that ...,” the statement added." (set B train wire 031)
    ("docs-b/wire/031.md", "The Ministry of Foreign Affairs rejects claims", "Cypriot Ministry of Foreign Affairs"),
    # "Wisma Putra in a statement today said ... ¶ “In this regard, an internal investigation is being carried out
    # ...,” the statement said. — Bernama" (set A train my/092)
    ("docs/my/092.md", "an internal investigation is being carried out", "Wisma Putra"),
])
def test_the_statement_just_reported_speaks_for_its_issuer(rel, words, speaker):
    st = said(rel, words, speaker, "direct")
    assert "statement" not in st.text.split()[-3:], show([st])


def test_a_statement_no_one_issued_before_is_no_ones():
    # '"The unauthorized products include ...," said the February news release.' after '..., he added.' (a Health Canada
    # media officer's email): the release is not the officer's, and no statement frame before names its issuer
    doc, sts = load_own("docs-f/ca/005.md")
    assert not [st for st in sts if "prescription-strength vitamin D3" in st.text and who(st) == "Nicholas Janveau"], \
        show(near(doc, sts, "vitamin D3", 200))


@needs_corpora
def test_the_new_cues_keep_to_what_they_say():
    # Reuters: "Goodyear Chairman Robert Mercer lashed out at corporate raiders and takeover specialists, accusing them
    # of ...": no statement 'corporate raiders and takeover specialists' (whom, without what for)
    doc, sts = load("reuters21578/reut2-001.sgm", "lashed out at corporate raiders")
    assert not [st for st in sts if st.text == "corporate raiders and takeover specialists"], show(sts)
    # "... it is evaluating a plan to satisfy its obligations under its 10-7/8 pct subordinated notes but gave no
    # details": 'notes' is no verb coordinated with 'gave'; the refusal is no part of the words
    doc, sts = load("reuters21578/reut2-000.sgm", "subordinated notes but gave no details")
    st = the(doc, sts, "it is evaluating a plan")
    assert "gave no details" not in st.text, show([st])
    # "... the three month average book-to-bill ratio, which was reported earlier than expected, reflected a downward
    # revision ...": a relative clause inside the words does not end them
    doc, sts = load("reuters21578/reut2-002.sgm", "which was reported earlier than expected")
    ratio = [st for st in sts if st.text.startswith("the three month average book-to-bill ratio")]
    assert ratio and all("downward revision" in st.text for st in ratio), show(ratio or sts)


@needs_corpora
def test_a_statement_frame_whose_issuer_is_unnamed_gives_no_one():
    # Zyte: "The company flat-out denied the allegations in a statement shared to its website. ¶ “As Taylor Swift's
    # partner for over a decade, we were shocked ...”": the company's words (unnamed here), never Taylor Swift's, the
    # last person who spoke
    rel = "zyte-article-extraction/html/eb62ac8425e5573947ecde962d14433d18e5725cc4a8c908fe22f678e96a65a1.html.gz"
    doc, sts = load(rel, "we were shocked to see her tumblr statements")
    assert not [st for st in sts if "we were shocked" in st.text and who(st) == "Taylor Swift"], \
        show(near(doc, sts, "we were shocked", 300))


# -- second round (recall2) ---------------------------------------------------------------------------------------

def test_bare_police_is_the_force_the_text_named():
    # "Peel Regional Police responded to a call ... but police said a coroner has requested an autopsy ...":
    # the force named before (set F annotates these as Peel Regional Police's)
    said("docs-f/ca/026.md", "a coroner has requested an autopsy", "Peel Regional Police", "indirect")
    said("docs-f/ca/026.md", "the homicide bureau is not investigating", "Peel Regional Police", "indirect")
    # a caption names "Royal Canadian Mounted Police", the text speaks of "The RCMP": "Police say the charges stem
    # from ..." is the RCMP's, by the name it speaks by
    said("docs-f/ca/019.md", "the charges stem from an investigation", "RCMP", "indirect")


@needs_corpora
def test_bare_police_with_no_force_named_or_as_a_company_is_no_one():
    # "He had decided to support the plans as the police said they would help fight terror ...": no force named,
    # no statement of anyone's
    doc, sts = load("bbc-news/politics/141.txt", "as the police said they would help")
    assert not [st for st in sts if "help fight terror" in st.text], show(near(doc, sts, "as the police said", 200))
    # Reuters: "Police told reporters it was alleged ... A Kleinwort Benson spokesman declined to comment on the case
    # but the company said in a statement ...": the company is Kleinwort Benson, never the police that spoke before
    doc, sts = load("reuters21578/reut2-000.sgm", "Police told reporters it was alleged the former clerk")
    assert_speaker(the(doc, sts, "it was alleged the former clerk"), "Australian police", "indirect")
    assert not [st for st in sts if "unrelated to" in st.text and "police" in (who(st) or "").lower()], \
        show(near(doc, sts, "the company said in a statement", 200))


def test_single_quotation_marks_in_copy_without_double_ones():
    # Global News quotes with single marks: "'I said that I wasn't going to do the interview at that time,' Brodie
    # told CKNW host Scott Shantz." and a quotation running on over paragraphs each opened by a mark
    st = said("docs-f/ca/023.md", "I said that I wasn't going to do the interview", "Malcolm Brodie", "direct")
    assert st.text == "I said that I wasn't going to do the interview at that time", show([st])
    st = said("docs-f/ca/023.md", "And then he went away", "Malcolm Brodie", "direct")
    assert "the camera was up quite near my face" in st.text, show([st])
    # an apostrophe inside a word or a scare quote inside reported speech is no quotation of its own
    doc, sts = load_own("docs-f/ca/023.md")
    st = the(doc, sts, "he was reacting to the camera being")
    assert st.kind == "indirect" and "prearranged" in st.text, show([st])


@needs_corpora
def test_a_sentence_closed_by_a_mark_never_opened_after_a_frame_is_the_speakers_quotation():
    # '“The idea ... is utter nonsense,” he said. They are at every NSC meeting and are welcome to attend the principal
    # meetings as well.”': the opening mark lost; the sentence is Spicer's quotation
    said("docs-h/us/011.md", "They are at every NSC meeting", "Sean Spicer", "direct")
    # '... entered waters of Huangyan Dao without Chinese permission ... China Coast Guard took necessary measures to
    # expel them in accordance with the law.'' ¶ '' China urges ...,'' he added.'
    said("docs/ph/146.md", "China Coast Guard took necessary measures to expel them", "Lin Jian", "direct")
    # BBC: 'He said Mr Straw was "naive beyond belief" if he accepted ... weapons. The French want the embargo lifted
    # ...; the Chinese want it lifted because they want to buy arms and battlefield technology from Europe." When he
    # was in Tokyo ...'
    doc, sts = load("bbc-news/politics/386.txt", "The French want the embargo lifted")
    st = the(doc, sts, "The French want the embargo lifted")
    assert_speaker(st, "Michael Ancram", "direct")
    assert "When he was in Tokyo" not in st.text, show([st])
    # not when the sentence before closes a quotation itself: 'said, “What has been reported in the American media
    # right now is not a confirmed fact.” Finding out the facts is the first priority.”' (which words are quoted is
    # unclear)
    doc, sts = load_own("docs-j/kr/005.md")
    assert not [st for st in sts if st.text.startswith("Finding out the facts")], \
        show(near(doc, sts, "Finding out the facts", 100))


def test_a_closing_shaped_mark_glued_between_a_full_stop_and_a_capital_opens_a_quotation():
    # '... assuring that they are “monitoring the situation” as “situation is still evolving”.”As far as India is
    # concerned, interests of people of Bangladesh are foremost in our mind,” said Randhir Jaiswal.'
    st = said("docs-i/in/002.md", "As far as India is concerned", "Randhir Jaiswal", "direct")
    assert st.text.startswith("As far as India") and "assuring" not in st.text, show([st])


@needs_corpora
def test_a_contrasting_clause_after_a_postposed_frame_is_not_what_it_says():
    # "About 70 victims of a mass kidnapping ... have been released, a ministry spokesman said Wednesday, but officials
    # were unable to say how many remained captive.": the words before the frame, the spokesman named next (with a
    # particle joined to the surname: Basil al-Khatib, not "Basil al")
    st = said("docs-b/wire/028.md", "About 70 victims of a mass kidnapping", "Basil al-Khatib", "indirect")
    assert "officials were unable" not in st.text, show([st])
    # Reuters: "Producers submitted bids to enter 11 to 12 mln acres into the program, Milton Hertz, ... said at a
    # congressional hearing yesterday. ¶ Not all the bids will be accepted, Hertz said, but enrollment is expected to
    # be high."
    doc, sts = load("reuters21578/reut2-003.sgm", "Not all the bids will be accepted")
    assert_speaker(the(doc, sts, "Not all the bids will be accepted"), "Milton Hertz", "indirect")
    assert not [st for st in sts if st.text.startswith("but enrollment")], show(near(doc, sts, "Not all the bids", 0))


def test_a_country_of_two_words_speaks_and_what_it_expressed_concern_about_is_the_clause():
    # "South Korea on Friday expressed concerns that some foreign media outlets' "groundless" reports could hamper
    # inter-Korean relations, apparently pointing to a Japanese report on ...": South Korea (no person of that name)
    # said the clause after "concerns that"; the reporter's guess after "apparently" is no part of it
    st = said("docs/kr/011.md", "reports could hamper inter-Korean relations", "South Korea", "indirect")
    assert st.text.startswith("some foreign media outlets") and "apparently" not in st.text, show([st])


@needs_corpora
def test_what_one_expressed_hope_or_concern_that_is_the_clause():
    # Reuters: "He also expressed concern that the combined companies might be required by the government's conditions
    # to license some of its technology ...": the clause, not "concern that ..."
    doc, sts = load("reuters21578/reut2-002.sgm", "He also expressed concern that the combined companies")
    st = the(doc, sts, "the combined companies might be required")
    assert st.text.startswith("the combined companies"), show([st])


@needs_corpora
def test_a_country_of_two_words_is_no_person_and_how_it_was_said_is_no_statement():
    # Reuters: "Ivory Coast today predicted that the present coffee price crash ... would not last long" (a country,
    # dropped as a person no one could resolve), then '"An initiative from IACO is likely very soon," he said without
    # elaborating.': no statement "without elaborating"
    doc, sts = load("reuters21578/reut2-001.sgm", "Ivory Coast today predicted that")
    assert_speaker(the(doc, sts, "the present coffee price crash"), "Ivory Coast", "indirect")
    assert not [st for st in sts if st.text.startswith("without elaborating")], \
        show(near(doc, sts, "without elaborating", 100))


def test_the_headline_printed_again_over_the_text_is_no_statement():
    # mofa.gov.vn prints its title again above the text: "Viet Nam asks China to immediately and unconditionally
    # release all fishermen" is the page's title, not a statement of Viet Nam's the page reports
    doc, sts = load_own("docs/vn/134.md")
    assert not [st for st in sts if st.text.startswith("China to immediately")], show(sts)


@needs_corpora
def test_a_closing_shaped_mark_after_a_colon_opens_the_quotation_of_that_frame():
    # Zyte: 'Another reportedly said: ”Bird flu in the year of the rooster... swine fever in the year of the pig. Next
    # year is the year of the rat...the plague is coming.”': the (unnamed) user's quotation, opened the wrong way;
    # never a sentence of it closed by a lost mark and given to the official named before (Fan Mengguang)
    rel = "zyte-article-extraction/html/ba4dfe2d3e817ff7b8b01172ccc307850fc5469bcdd26c3c48ca046cb88ab7cf.html.gz"
    doc, sts = load(rel, "Another reportedly said")
    assert not [st for st in sts if "the plague is coming" in st.text], show(near(doc, sts, "Another reportedly", 100))
