"""Cases found by reading random statements of text outside every gold set (issue 8, round "audit": BBC
entertainment news and State Department releases and briefings). Same method as test_hard_cases.py: a real
document read and analysed as the pipeline does, a passage found by a substring, what an annotator expects."""
import pytest

from test_hard_cases import assert_speaker, load, near, show, the, who  # noqa: F401  (the shared helpers)


def test_occupation_opening_a_sentence_is_no_part_of_the_name():
    # "Actor Leonardo DiCaprio's ...": 'Actor' describes him, and "DiCaprio said" resolves to Leonardo DiCaprio
    doc, statements = load("bbc-news/entertainment/337.txt", "DiCaprio said")
    assert_speaker(the(doc, statements, "lifetime achievement award"), "Leonardo DiCaprio", "direct")


def test_hyphenated_occupation_opening_the_text():
    # "Film-maker Spike Lee says black representation is stronger than ever ...", then "Lee told them ..."
    doc, statements = load("bbc-news/entertainment/052.txt", "Lee told them")
    assert not [st for st in statements if "Film-maker" in (who(st) or "")], show(statements)
    assert any(who(st) == "Spike Lee" for st in statements), show(statements)


def test_occupation_before_a_name_the_surname_then_refers_to():
    # "Singer George Michael has said ..." then "Michael said that ...": George Michael, not 'Singer George Michael'
    doc, statements = load("bbc-news/entertainment/269.txt", "Michael said that")
    assert_speaker(the(doc, statements, "two decades of fame"), "George Michael", "indirect")


def test_last_item_of_a_dash_list_is_no_signature():
    # a BBC page ending in a list of critics' picks ("- Jonathan Ross, Film 2005: Film - Sideways; ..."): the
    # last item is not a release's signature, so the report is no release of Jonathan Ross
    doc, statements = load("bbc-news/entertainment/368.txt", "- Jonathan Ross, Film 2005")
    assert doc.genre != "release"
    assert not [st for st in statements if who(st) == "Jonathan Ross"], show(statements)
    assert_speaker(the(doc, statements, "The form going in to the Oscars"), "Tim Dams", "direct")


def test_closing_ground_rules_of_a_call_are_no_statement():
    # "Excellent. Well, thank you ... for tuning in. Just a reminder this call was on the record with ... And with
    # that, the embargo is lifted. Talk to you soon.": the moderator closing the call, not an answer
    rel = "state-dept-press-releases-rss/press-releases-2022-07.rss"
    doc, statements = load(rel, "the embargo is lifted")
    assert not near(doc, statements, "the embargo is lifted"), show(near(doc, statements, "the embargo is lifted"))
    # the answers of the same call stay statements
    assert [st for st in statements if "candid exchange" in st.text]


def test_interjection_and_acknowledgement_is_no_statement():
    # "QUESTION: I am here. / MR PRICE: Ah, great." (a caller found on the line): a bare acknowledgement
    doc, statements = load("state-dept-press-releases-rss/press-releases-2021-06.rss", "It does not sound like we have Nick")
    i = doc.body.index("It does not sound like we have Nick")
    assert not [st for st in statements if i < st.start < i + 120 and st.text.startswith("Ah")], show(statements[:3])


def test_owner_in_the_plural_possessive_is_no_part_of_the_name():
    # "said Sky Networks' Sophie Turner Laing": the company's person, named without the company
    doc, statements = load("bbc-news/entertainment/059.txt", "Sophie Turner Laing")
    assert_speaker(the(doc, statements, "Sky is the natural place"), "Sophie Turner Laing", "direct")
    # '"...," said Ladbrokes' Warren Lush.' (a first name that is also a place: Warren, Michigan)
    doc, statements = load("bbc-news/entertainment/223.txt", "Ladbrokes' Warren Lush")
    assert_speaker(the(doc, statements, "Sheila is favourite"), "Warren Lush", "direct")


def test_reported_clause_ends_where_another_named_person_thinks_otherwise():
    # "Mr Karger said the comic might boost younger viewers, but Mike Goodridge thought Rock's humour could ...":
    # Karger's words end before "but"; Goodridge's view is not Karger's
    doc, statements = load("bbc-news/entertainment/367.txt", "Mr Karger said")
    st = the(doc, statements, "might boost younger viewers")
    assert_speaker(st, "Dave Karger", "indirect")
    assert "Goodridge" not in st.text, show([st])


@pytest.mark.xfail(strict=True, reason="a rule for it (filters.written_work) lowered PolNeAR named strict 0.474 -> 0.473: "
                   "PolNeAR annotates 'wrote a memoir' as an attribution; today 'an episode of ...' is Gervais's statement")
def test_a_work_written_is_authorship_not_speech():
    # "The Office's Ricky Gervais is writing an episode of hit US cartoon The Simpsons": no statement
    doc, statements = load("bbc-news/entertainment/196.txt", "is writing an episode")
    assert not [st for st in statements if st.text.startswith("an episode")], show(statements)
    # "Harry Connick Jr wrote the score for a musical ...", "Richard Adler ... writing two new songs": neither
    doc, statements = load("bbc-news/entertainment/232.txt", "wrote the score")
    assert not [st for st in statements if st.text.startswith(("the score", "two new songs"))], show(statements)


def test_courtesies_closing_an_interview_are_no_statement():
    # "QUESTION: Secretary Blinken, good luck this week. Thank you for your time this morning. / SECRETARY BLINKEN:
    # Thanks, Margaret. Good to be with you.": a courtesy, not an answer
    doc, statements = load("state-dept-press-releases-rss/press-releases-2022-02.rss", "good luck this week")
    assert not [st for st in statements if "Good to be with you" in st.text], show(statements[-3:])
    # "QUESTION: Yeah, no, you’re not going to be able to get away with that. / MR PRICE: I appreciate that."
    doc, statements = load("state-dept-press-releases-rss/press-releases-2021-07.rss", "get away with that")
    assert not [st for st in statements if st.text == "I appreciate that."], show(statements[:3])


PLAGUE = "zyte-article-extraction/html/ba4dfe2d3e817ff7b8b01172ccc307850fc5469bcdd26c3c48ca046cb88ab7cf.html.gz"


def test_a_link_line_is_no_part_of_the_story():
    # "READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing": another story's headline
    # (the page's own extraction keeps it); it is dropped, so no "China" says "Two diagnosed ...".
    doc, sts = load(PLAGUE, "Another reportedly said")
    assert "READ MORE" not in doc.body
    assert "Two diagnosed with disease in Beijing" not in doc.body
    assert "Pneumonic plague is known for its effects on the respiratory system" in doc.body     # the story stays


def test_words_of_an_unnamed_user_an_agency_reports_are_not_the_agencys():
    # 'According to AFP, one user on Weibo, ..., posted: “I just want to know ...”' and 'Another reportedly said:
    # ”Bird flu ...”': unnamed people's words, neither AFP's nor a person called "Another".
    doc, sts = load(PLAGUE, "Another reportedly said")
    assert not [s for s in sts if who(s) in ("AFP", "Another")], show(sts)
    assert_speaker(the(doc, sts, "isolated and unrelated"), "Fan Mengguang", "indirect")


# -- issue 8, round "audit" session 2: Reuters-21578 wire copy, BBC business and technology news ----------------

def test_stock_code_after_a_company_name_is_no_part_of_it():
    # "Hillsdown Holdings Plc HLDN.L said ...", "Norcros NCRO.L Plc said ...": Reuters prints the company's
    # instrument code after (or inside) its name; the speaker is the company as named, without the code
    doc, statements = load("reuters21578/reut2-003.sgm", "Hillsdown Holdings Plc HLDN.L said")
    assert_speaker(the(doc, statements, "early results for 1987 were encouraging"), "Hillsdown Holdings Plc", "indirect")
    doc, statements = load("reuters21578/reut2-003.sgm", "Norcros NCRO.L Plc")
    assert statements and all(who(st) == "Norcros Plc" for st in statements), show(statements)
    # "Benetton Group Spa [BTOM.MI] said ...": the code in brackets (this document once stopped the analysis with an
    # IndexError on the name "Benetton Group Spa [ ]")
    doc, statements = load("reuters21578/reut2-000.sgm", "Benetton Group Spa [BTOM.MI]")
    assert_speaker(the(doc, statements, "reached agreement with textiles concern"), "Benetton Group Spa", "indirect")


def test_place_after_a_spokesperson_says_where_not_who():
    # "A spokesman for the state Chilean Copper Commission in Santiago confirmed ...": the commission speaks,
    # not Santiago; "a spokeswoman for the St David's Shopping Centre in Cardiff said ...": not Cardiff
    doc, statements = load("reuters21578/reut2-002.sgm", "Chilean Copper Commission in Santiago")
    st = the(doc, statements, "there had been no damage at Chuquicamata")
    assert "Chilean Copper Commission" in who(st), show([st])
    doc, statements = load("bbc-news/business/317.txt", "St David's Shopping Centre in Cardiff")
    st = the(doc, statements, "its busiest day of the year")
    assert who(st) != "Cardiff" and "David's Shopping Centre" in who(st), show([st])
    # "an unnamed woman from Georgia" names nobody: no statement of Georgia
    doc, statements = load("bbc-news/tech/037.txt", "unnamed woman from Georgia")
    assert not [st for st in statements if who(st) == "Georgia"], show(statements)


def test_news_agency_reporting_is_no_speaker():
    # "The Iranian news agency IRNA, received in London, said the troops ...", "IRNA said the Iranian forces ...":
    # a news agency reports (GUIDELINES rule 1, like "Xinhua said"), and London is where it was received
    doc, statements = load("reuters21578/reut2-001.sgm", "The Iranian news agency IRNA, received in London")
    assert not [st for st in statements if who(st) in ("IRNA", "London")], show(statements)
    assert_speaker(the(doc, statements, "its troops repulsed heavy Iraqi counter-attacks"), "Iran", "indirect")
    # "Hungary is to devalue the forint ..., the official news agency MTI said"
    doc, statements = load("reuters21578/reut2-003.sgm", "the official news agency MTI")
    assert not [st for st in statements if who(st) == "MTI"], show(statements)


def test_what_an_unnamed_source_goes_on_to_say_is_nobody_s():
    # 'It added: "China must understand ..." According to the Financial Times' China correspondent, the new rules
    # highlight ... This is despite Beijing's decision to open ...': the last sentence runs on from the
    # correspondent's report (no statement), not from the regulator quoted before it
    doc, statements = load("bbc-news/tech/384.txt", "This is despite Beijing")
    assert not [st for st in statements if st.text.startswith("This is despite")], show(statements)
    assert_speaker(the(doc, statements, "China must understand the political tendencies"), "SARFT", "direct")


def test_occasion_opening_the_clause_without_a_comma():
    # "In a statement Google said the feature was still only in beta ...": the occasion, then the body speaking
    doc, statements = load("bbc-news/tech/010.txt", "In a statement Google said")
    assert_speaker(the(doc, statements, "was still only in beta"), "Google", "indirect")
    # "In a statement Rostenkowski said the estate tax deduction ...", then "He said ...": Dan Rostenkowski both times
    doc, statements = load("reuters21578/reut2-000.sgm", "In a statement Rostenkowski said")
    assert_speaker(the(doc, statements, "was too broad and would have cost"), "Dan Rostenkowski", "indirect")
    assert_speaker(the(doc, statements, "designed to avoid sham transactions"), "Dan Rostenkowski", "indirect")


def test_clause_whose_subject_stands_outside_the_quotation_marks():
    # 'Google said the feature, available only in the US, "adds useful links".': one indirect statement, the
    # subject and its apposition included (GUIDELINES: a clause only partly in quotation marks)
    doc, statements = load("bbc-news/tech/010.txt", "available only in the US")
    st = the(doc, statements, "adds useful links")
    assert_speaker(st, "Google", "indirect")
    assert st.text.startswith("the feature, available only in the US"), show([st])
    # and what follows in the reporter's voice ("But some users are concerned that ...") is nobody's statement
    assert not [s for s in statements if s.text.startswith("But some users")], show(statements)
    # 'He said that FBI Director William Webster, his new nominee to head the CIA, "understands ..."'
    doc, statements = load("reuters21578/reut2-001.sgm", "his new nominee to head the CIA")
    st = the(doc, statements, "understands the meaning of")
    assert st.kind == "indirect" and st.text.startswith("FBI Director William Webster"), show([st])


def test_the_one_quoted_as_saying_speaks():
    # "They quoted an Iranian soldier, Hamid Dehqani, as saying heavy rainfall ...": the soldier, named in apposition
    doc, statements = load("reuters21578/reut2-001.sgm", "Hamid Dehqani, as saying")
    assert_speaker(the(doc, statements, "heavy rainfall during the past few days"), "Hamid Dehqani", "indirect")
    # '"...," PAP quoted Baka as saying.': Baka, not the agency quoting him
    doc, statements = load("reuters21578/reut2-000.sgm", "PAP quoted Baka as saying")
    assert_speaker(the(doc, statements, "Much attention was given to the Polish delegation"), "Wladyslaw Baka", "direct")
    # "The paper quoted unnamed industry sources as saying American will buy ...": no one named, no statement
    doc, statements = load("reuters21578/reut2-000.sgm", "quoted unnamed industry sources as saying")
    assert not [st for st in statements if st.text.startswith("American will buy")], show(statements)
    # "The head of ..., Murilo Rubens Habbema, was quoted today as saying that ...": the passive stays his
    doc, statements = load("reuters21578/reut2-002.sgm", "was quoted today as saying")
    i = doc.body.index("was quoted today as saying")
    assert [st for st in statements if st.start > i and st.start < i + 80 and who(st) == "Murilo Rubens Habbema"], \
        show(statements)


def test_according_to_a_name_after_lower_case_words_describing_it():
    # "According to technology analysts IDC, a fifth of all hard drives ...": IDC (the words describe it)
    doc, statements = load("bbc-news/tech/220.txt", "According to technology analysts IDC")
    assert_speaker(the(doc, statements, "a fifth of all hard drives"), "IDC", "indirect")
    # "..., according to tourism minister Sontaya Kunplome."
    doc, statements = load("bbc-news/business/260.txt", "according to tourism minister Sontaya Kunplome")
    assert_speaker(the(doc, statements, "in earnings from tourism"), "Sontaya Kunplome", "indirect")


def test_firm_named_with_a_comma():
    # "Sears, Roebuck and Co said revenues of its Merchandise Group ...": the comma is in the firm's name, no
    # apposition ('Roebuck and Co'); "It said ..." is the same firm
    doc, statements = load("reuters21578/reut2-002.sgm", "Sears, Roebuck and Co said revenues")
    assert_speaker(the(doc, statements, "revenues of its Merchandise Group"), "Sears, Roebuck and Co", "indirect")
    assert_speaker(the(doc, statements, "domestic sales were led by"), "Sears, Roebuck and Co", "indirect")


def test_a_sentence_about_the_speaker_is_no_continuation_of_the_speaker():
    # 'President Chavez added that Brazil's Petrobras could join soon ... President Chavez is an ardent promoter of
    # the concept of a South American oil company, which could include ...': the reporter describing him
    doc, statements = load("bbc-news/business/080.txt", "President Chavez is an ardent promoter")
    assert not [st for st in statements if st.text.startswith("President Chavez is")], show(statements)
    # '..., said Mr Trainor, though work still needed to be done ... He was sceptical that fuel cells would ...'
    doc, statements = load("bbc-news/tech/367.txt", "He was sceptical that fuel cells")
    assert not [st for st in statements if st.text.startswith("He was sceptical")], show(statements)
    # while 'He said he wanted to increase the 2005-6 budget ... Within that figure, taxation would rise to ...'
    # still runs on in Khatami's words
    doc, statements = load("bbc-news/business/412.txt", "Within that figure, taxation would rise")
    assert_speaker(the(doc, statements, "Within that figure, taxation would rise"), "Mohammad Khatami", "indirect")


def test_wire_frame_without_that_keeps_its_occasion_and_day():
    # "IRNA said today a group of its reporters visited ...", "... said in a statement the offer was on the basis of
    # 700p ...": wire copy leaves out "that"; the day and the occasion are the frame's, not the content's
    doc, statements = load("reuters21578/reut2-000.sgm", "in a statement the offer was on the basis of 700p")
    st = the(doc, statements, "the offer was on the basis of 700p")
    assert st.text.startswith("the offer was"), show([st])
    doc, statements = load("reuters21578/reut2-003.sgm", "today its forces had crushed an Iranian attack")
    hits = [st for st in statements if "its forces had crushed an Iranian attack" in st.text]
    assert hits and all(st.text.startswith("its forces") for st in hits), show(hits)


def test_unnamed_people_at_a_named_body_stay_unnamed():
    # "An existing New York Stock Exchange, NYSE, rule might be used ..., sources at the London Exchange said.":
    # unnamed sources (SOURCE-e: "central bank officials" are vague), not the London Exchange speaking
    doc, statements = load("reuters21578/reut2-003.sgm", "sources at the London Exchange said")
    assert not [st for st in statements if st.text.startswith("An existing New York Stock Exchange")], show(statements)


def test_double_hyphen_is_a_dash_not_part_of_a_name():
    # "At five other airports--Dallas-Fort Worth, Boston, Denver, Newark and Philadelphia--Dole said she would
    # grant ...": Elizabeth Dole (named before), not 'Philadelphia--Dole'
    doc, statements = load("reuters21578/reut2-003.sgm", "Philadelphia--Dole said")
    assert_speaker(the(doc, statements, "she would grant conditional immunity"), "Elizabeth Dole", "indirect")
