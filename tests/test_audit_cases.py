"""Cases found by reading random statements of text outside every gold set (issue 8, audit rounds: BBC
entertainment news, State Department releases and briefings, Zyte news pages, Reuters-21578 wire copy, BBC business
and technology, White House releases and briefings, China MFA press conferences; round 5: wire copy, interviews, UN and
EU spokespeople and other governments' pages, given as excerpts). Same method as test_hard_cases.py: a real
document read and analysed as the pipeline does, a passage found by a substring, what an annotator expects."""
from datetime import date

import pytest

from pressarchive.normalize import fold
from test_hard_cases import OWN, assert_speaker, load, load_data, load_own, near, show, the, who  # noqa: F401  (the shared helpers)


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
    # "Alliant Computer Systems Corp <ALNT> said ...", "Visual Graphics Corp <VGCA> <VGCB> said": the wire's code
    # loses its brackets with the markup; 53 Reuters statements had speakers like 'Geonex Corp GEOX', 'Co MER'
    doc, statements = load("reuters21578/reut2-003.sgm", "Alliant Computer Systems Corp")
    assert_speaker(the(doc, statements, "it has signed an agreement with"), "Alliant Computer Systems Corp", "indirect")
    doc, statements = load("reuters21578/reut2-003.sgm", "Visual Graphics Corp")
    assert statements and all(who(st) == "Visual Graphics Corp" for st in statements), show(statements)
    doc, statements = load("reuters21578/reut2-003.sgm", "Merrill Lynch and Co MER")
    assert statements and {who(st) for st in statements} == {"Merrill Lynch and Co", "Merrill Lynch"}, show(statements)
    # a lower-case "company" is no legal ending: "The biggest phone company BT says" is BT's
    doc, statements = load("bbc-news/tech/188.txt", "The biggest phone company BT says")
    assert_speaker(the(doc, statements, "it is doing what it can to monitor fraud"), "BT", "indirect")


def test_a_relative_clause_on_the_subject_holds_no_speaker():
    # "Southcorp, whose brands include Penfolds, Rosemount and Lindemans, dismissed the offer": the firm opening the
    # sentence dismissed it, not the last brand inside the clause; a "which" clause on a firm the same way, and a
    # surname before "whose" is the person (the clause about his film, his job, his department)
    doc, statements = load("bbc-news/business/451.txt", "whose brands include Penfolds")
    assert_speaker(the(doc, statements, "the offer as inadequate"), "Southcorp", "indirect")
    assert "Lindemans" not in {who(st) for st in statements}
    doc, statements = load("reuters21578/reut2-002.sgm", "VBI, which is based in Turks and Caicos Islands")
    assert_speaker(the(doc, statements, "it bought the additional shares"), "VBI Corp", "indirect")
    doc, statements = load("bbc-news/entertainment/306.txt", "Irons, whose film Being Julia")
    assert_speaker(the(doc, statements, "he had wondered whether he should attend"), "Jeremy Irons", "indirect")


def test_apposition_without_article_whose_body_has_a_lowercase_modifier():
    # '"...," said Avi Bell, senior fellow at the right-wing Kohelet Policy Forum in Israel.': the role after the
    # name is an apposition ("the right-wing" before the body's name), so the quotation is his, whole; it had been cut
    # to its last sentence as reported speech
    doc, statements = load("zyte-article-extraction/html/833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730"
                           ".html.gz", "said Avi Bell, senior fellow")
    bell = the(doc, statements, "The illegality of settlements has always been stated as a fact")
    assert_speaker(bell, "Avi Bell", "direct")
    assert bell.text.endswith("The breaking of that consensus is important")


def test_a_pronoun_object_pointing_back_is_no_statement():
    # "after the novelist Jo Walton explained them to me" (Zyte), "a day after he said them" (PolNeAR): the words
    # are given elsewhere; "them to me" is none
    doc, statements = load("zyte-article-extraction/html/851498a2b9f4f0b578ac9700c245253dbc147a06c0fb3499adebf1c2d5663c29"
                           ".html.gz", "Jo Walton explained them to me")
    assert "them to me" not in {st.text for st in statements}
    assert any(who(st) == "Jo Walton" and "tenth of the iceberg" in st.text for st in statements), show(statements)
    doc, statements = load("polnear/train/text/wash-post_2016-08-01_byline-amber-phillips.txt", "a day after he said them")
    assert not [st for st in statements if st.text.startswith("them, but")], show(statements)


def test_an_age_and_a_relative_clause_are_no_part_of_a_role():
    # "Jacob Shiansky, 24, who was visiting Manhattan from South Carolina, told me ..." (PolNeAR): the role shown was
    # "24, who was visiting Manhattan from South Carolina"; 123 roles of bbc-news and PolNeAR were an age or held one
    doc, statements = load("polnear/train/text/nyt_2016-06-17_as-its-rivals-pair-up-will-twitt.txt", "Jacob Shiansky, 24")
    shiansky = the(doc, statements, "he couldn't remember his Twitter password")
    assert shiansky.speaker.name == "Jacob Shiansky" and shiansky.speaker_role is None
    from pressarchive.resolve import worded_role
    assert worded_role("58, MP for Wantage in Oxfordshire") == "MP for Wantage in Oxfordshire"
    assert worded_role("27-year-old") is None and worded_role("32, from Wembley, London") is None
    assert worded_role("head of the ICC's anti-corruption unit, who originally made the call") == \
        "head of the ICC's anti-corruption unit"
    assert worded_role("Foreign Ministry Spokesperson") == "Foreign Ministry Spokesperson"


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


# -- issue 8, round "audit" session 2 (audit3): White House 2025-26 statements and briefings, China MFA transcripts --

def test_answer_ends_before_the_line_calling_on_the_next_reporter():
    # "MS. PSAKI: Well, we have a range of conversations with the Ukrainians. ... as they have been from the
    # beginning. / Go ahead.": the last line hands the floor on; the answer ends before it
    rel = "whitehouse-briefing-room/press-briefings/2022-01/2022-01-24-press-briefing-by-press-secretary-jen-psaki-january-24-2022.md"
    doc, statements = load(rel, "we have a range of conversations with the Ukrainians")
    st = the(doc, statements, "we have a range of conversations with the Ukrainians")
    assert_speaker(st, "Jen Psaki", "direct")
    assert st.text.endswith("as they have been from the beginning."), show([st])
    # "... I know that we are. / Zeke Miller." (a reporter called on by full name) and "... our homeland. / Monica."
    rel = "whitehouse-briefing-room/briefings-statements/2025-01/2025-01-29-press-briefing-by-press-secretary-karoline-leavitt.md"
    doc, statements = load(rel, "I hope you’re all ready to work very hard")
    st = the(doc, statements, "I hope you’re all ready to work very hard")
    assert st.text.endswith("I know that we are."), show([st])
    assert not [s for s in statements if s.text.rstrip().endswith(("\nMonica.", "\nGo ahead."))], \
        show([s for s in statements if s.text.rstrip().endswith(("\nMonica.", "\nGo ahead."))])


def test_transcript_is_dated_by_the_day_its_title_ends_with_not_by_a_related_link():
    # "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on September 14" prints no year, and the
    # only date with one on the page is a link to another briefing ("... on September 7, 2018"), taken as the
    # publication date: the answers were still given on September 14 (of that year), not on the 7th
    doc, statements = load("china-mfa-presscon-html/eng/t1595274.html", "Han Zheng will visit Russia")
    assert doc.genre == "transcript" and statements
    assert {st.said_on for st in statements} == {"2018-09-14"}, {st.said_on for st in statements}
    # "... Regular Press Conference on June12, 2018" (no space), on a page whose links date it 2018-08-31
    doc, statements = load("china-mfa-presscon-html/eng/t1568234.html", "Q:")
    assert doc.genre == "transcript" and statements
    assert {st.said_on for st in statements} == {"2018-06-12"}, {st.said_on for st in statements}


def test_headline_naming_its_issuer_before_statement_is_a_release():
    # "First Lady Melania Trump’s Statement": her own words over every paragraph ("The lies linking me with the
    # disgraceful Jeffrey Epstein need to end today."); "Good afternoon." is no statement
    rel = "whitehouse-briefing-room/briefings-statements/2026-04/2026-04-09-first-lady-melania-trump-statement.md"
    doc, statements = load(rel, "The lies linking me with the disgraceful Jeffrey Epstein")
    assert doc.genre == "release"
    assert_speaker(the(doc, statements, "need to end today"), "Melania Trump", "direct")
    assert len(statements) >= 5 and all(who(st) == who(statements[0]) for st in statements), show(statements)
    assert not [st for st in statements if st.text.startswith("Good afternoon")], show(statements[:2])
    assert {st.said_on for st in statements} == {"2026-04-09"}
    # "White House Statement on Hostage Release": one quoted paragraph, the White House's
    rel = "whitehouse-briefing-room/briefings-statements/2025-01/2025-01-25-white-house-statement-on-hostage-release.md"
    doc, statements = load(rel, "secured the release of four more Israeli hostages")
    st = the(doc, statements, "secured the release of four more Israeli hostages")
    assert "White House" in who(st), show([st])
    assert not st.text.startswith("“") and not st.text.endswith("”"), show([st])
    # "First Lady Melania Trump’s Statement on the Presidential Proclamation ...": the page reports her statement
    # ("First Lady Melania Trump issued a statement supporting ..."), its lead and closing lines are not hers
    rel = ("whitehouse-briefing-room/briefings-statements/2025-05/2025-05-07-first-lady-melania-trumps-statement-on-the-"
           "presidential-proclamation-honoring-national-foster-care-month.md")
    doc, statements = load(rel, "issued a statement supporting")
    assert not [st for st in statements if "issued a statement supporting" in st.text or "Be Best initiative supports"
                in st.text], show(statements)
    assert_speaker(the(doc, statements, "I am proud of the work I have done"), "Melania Trump", "direct")


WH = "whitehouse-briefing-room/statements-releases/"


@pytest.mark.parametrize("rel, marker, speakers", [
    # a title and a surname: "Statement by President Biden on ...", "Statement from Vice President Harris on ..."
    ("2021-03/2021-03-21-statement-by-president-biden-on-the-international-day-for-the-elimination-of-racial-"
     "discrimination.md", "standing against hate and racism", {"Joe Biden"}),
    ("2024-09/2024-09-23-statement-from-vice-president-harris-on-record-declines-in-crime.md", None, {"Kamala Harris"}),
    # "Statement By ...", "... on The Passing of ...": the headline's words in title case
    ("2023-12/2023-12-31-statement-by-vice-president-kamala-harris-on-the-passing-of-congresswoman-eddie-bernice-"
     "johnson.md", None, {"Kamala Harris"}),
    # two issuers: each paragraph is a statement of each (GUIDELINES: once per speaker)
    ("2022-01/2022-01-22-statement-by-president-joe-biden-and-vice-president-kamala-harris-on-the-49th-anniversary-"
     "of-roe-v-wade.md", "under assault as never before", {"Joe Biden", "Kamala Harris"}),
])
def test_statement_headline_with_a_title_and_surname_or_two_issuers(rel, marker, speakers):
    doc, statements = load(WH + rel, marker or "")
    assert doc.genre == "release", doc.headline
    paragraphs = {(st.start, st.end) for st in statements}
    assert statements and {who(st) for st in statements} == speakers, show(statements)
    assert len(statements) == len(paragraphs) * len(speakers), show(statements)


def test_headline_words_after_the_issuer_are_no_part_of_the_name():
    # "Statement by Vice President Kamala Harris Three Years After the Tree of Life Synagogue Shooting"
    doc, statements = load(WH + "2021-10/2021-10-27-statement-by-vice-president-kamala-harris-three-years-after-the-tree-"
                           "of-life-synagogue-shooting.md", "")
    assert statements and {who(st) for st in statements} == {"Kamala Harris"}, show(statements)


def test_message_in_the_presidents_voice_under_a_bare_title_is_his_release():
    # "National Hunting and Fishing Day" (2025): "... my Administration ...", unsigned: the President on that day
    rel = "whitehouse-briefing-room/briefings-statements/2025-09/2025-09-27-national-hunting-and-fishing-day.md"
    doc, statements = load(rel, "hunters and fishers")
    assert doc.genre == "release" and statements and {who(st) for st in statements} == {"Donald Trump"}
    # a veto message signed above "THE WHITE HOUSE," and its date: neither line is a statement
    rel = "whitehouse-briefing-room/briefings-statements/2025-12/2025-12-30-congressional-bill-h-r-131-vetoed.md"
    doc, statements = load(rel, "I am returning herewith")
    assert {who(st) for st in statements} == {"Donald Trump"}, show(statements)
    assert not [st for st in statements if st.text.isupper() or st.text.startswith("December")], show(statements[-2:])
    # a memorandum the President signs is a directive, not a statement
    rel = "whitehouse-briefing-room/statements-releases/2021-02/2021-02-04-memorandum-renewing-the-national-security-council-system.md"
    doc, statements = load(rel, "National Security Council")
    assert not [st for st in statements if st.speaker_basis == "issuer"], show(statements[:3])


def test_signature_address_and_date_lines_of_a_release_are_no_statement():
    # "Statement by the President" (a signing statement) closes with "DONALD J. TRUMP / THE WHITE HOUSE, /
    # December 18, 2025."; a message to the Congress opens with "TO THE CONGRESS OF THE UNITED STATES:"
    for rel, marker in [("briefings-statements/2025-12/2025-12-18-statement-by-the-president-7598.md", "DONALD J. TRUMP"),
                        ("statements-releases/2021-07/2021-07-20-a-letter-on-the-continuation-of-the-national-"
                         "emergency-with-respect-to-mali.md", "TO THE CONGRESS")]:
        doc, statements = load("whitehouse-briefing-room/" + rel, marker)
        assert statements and doc.genre == "release"
        assert not [st for st in statements if not any(c.islower() for c in st.text) or st.text.startswith("December")], \
            show(statements[-3:])


def test_follow_up_and_journalist_lines_are_questions_not_part_of_the_answer():
    # MFA Q/A transcripts: "A: ... I have nothing further to add. / Follow-up: Did the two sides discuss ...? / A: You
    # will find the answer in our readout ..."; "A: Did you say that ...? / Journalist explains: Some media reported ..."
    for rel, asked in [("t1580976.html", "Follow-up: Did the two sides discuss"),
                       ("t1634038.html", "Journalist explains: Some media reported")]:
        doc, statements = load("china-mfa-presscon-html/eng/" + rel, asked)
        assert not [st for st in statements if asked in st.text], show([st for st in statements if asked in st.text])
    assert [st for st in statements if "in accordance with the arrangements previously agreed" in st.text]


def test_the_presidents_message_under_a_possessive_headline_is_his_release():
    # "The President and First Lady’s Message on Ash Wednesday, 2025": unsigned, the President on that day
    rel = ("whitehouse-briefing-room/briefings-statements/2025-03/2025-03-05-the-president-and-first-ladys-message-on-"
           "ash-wednesday-2025.md")
    doc, statements = load(rel, "This Ash Wednesday")
    assert doc.genre == "release" and len(statements) >= 3, show(statements)
    assert "Donald Trump" in {who(st) for st in statements}, show(statements)


def test_a_legal_instruments_text_is_no_ones_statement():
    # The White House prints trade agreements in full ("AGREEMENT BETWEEN THE UNITED STATES OF AMERICA AND THE
    # HASHEMITE KINGDOM OF JORDAN ON RECIPROCAL TRADE"): "Jordan affirms its obligations as a member of the ILO" is a
    # clause of the instrument, and "The annexes, ..., general notes, and footnotes ..." gave one to António Guterres.
    doc, sts = load("whitehouse-briefing-room/briefings-statements/2026-07/2026-07-21-agreement-between-the-united-"
                    "states-of-america-and-the-hashemite-kingdom-of-jordan-on-reciprocal-trade.md", "affirms its obligations")
    assert sts == [], show(sts)


def test_a_guild_is_a_body():
    # "The Writers Guild of America said its members have struck ...": the guild speaks, not "America".
    doc, statements = load("reuters21578/reut2-000.sgm", "The Writers Guild of America said")
    assert_speaker(the(doc, statements, "its members have struck the news staffs"), "Writers Guild of America",
                   "indirect")


def test_a_lone_descriptive_word_is_no_speaker():
    # "He identified the ship as the Maltese-flagged Breze-47 and said the crew included six Ukranians." (set B
    # train): a compound adjective; "Ecologists are warning MSPs that ..." (BBC): a trade in the plural; "Slams
    # slanderous accusation and demands more information" (a headline of set I train): a verb, no one's name.
    for (doc, statements), word in ((load_own("docs-b/wire/032.md"), "Maltese-flagged"),
                                    (load("bbc-news/politics/090.txt", "significant intrusion"), "Ecologists"),
                                    (load_own("docs-i/th/011.md"), "Slams")):
        assert not [st for st in statements if who(st) == word], show(statements)


# -- audit round 5: wire copy, interviews, UN and EU spokespeople, other governments' pages ---------------------------
# These pages are no corpus of ours: each test carries the passage it needs as a text excerpt (the page's words as
# printed, cut to the paragraphs the case needs), read and analysed as the pipeline does.

def excerpt(text: str, name: str = "page.md"):
    """(doc, statements) of one Markdown page given as text (front matter and body), read and analysed."""
    from pressarchive.analyse import analyse
    from pressarchive.models import Document
    from pressarchive.read import read_documents
    from test_hard_cases import REGISTRY, TAXONOMY
    _, docs = read_documents(text.encode("utf-8"), name, name)
    (doc,) = [d for d in docs if isinstance(d, Document)]
    _, statements = analyse(doc, name, REGISTRY, TAXONOMY)
    for st in statements:
        assert doc.body[st.start:st.end] == st.text, (st.start, st.end, st.text)
    return doc, statements


def said(statements):
    """(speaker name, day, text) of each statement."""
    return [(st.speaker.name if st.speaker else None, st.said_on, st.text) for st in statements]


def only_statement(page: str, genre: str | None = None):
    """(speaker, day, text) of the one statement of a page (read as the genre given, when one is)."""
    doc, statements = excerpt(page)
    if genre is not None:
        assert doc.genre == genre
    found = said(statements)
    assert len(found) == 1, found
    return found[0]


NOON_BRIEFING_HEAD = """---
title: "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General"
source_url: {url}
date: {day:%Y-%m-%d}
---

Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

The following is a near-verbatim transcript of today’s noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.
"""

NOON_BRIEFING_2018_01_18 = NOON_BRIEFING_HEAD.format(url="https://press.un.org/en/2018/db180118.doc.htm",
                                                     day=date(2018, 1, 18)) + """
**Security Council

Good afternoon.  This morning, the Secretary-General spoke at the Security Council session on non-proliferation and confidence-building measures.  He said that despite Council efforts, the threat posed by weapons of mass destruction seems to be gathering force, with the situation in the Korean Peninsula being the most dangerous security challenge in the world today.  He said he was encouraged by the recent reopening of inter-Korean communication channels and added that “we need to build on these small signs of hope, and expand diplomatic efforts to achieve the peaceful denuclearization of the Korean Peninsula.”  He also reiterated his support for the Joint Comprehensive Plan of Action (JCPOA), saying its preservation is in the interest of the Iranian people and the international community at large.
"""

NOON_BRIEFING_2018_04_24 = NOON_BRIEFING_HEAD.format(url="https://press.un.org/en/2018/db180424.doc.htm",
                                                     day=date(2018, 4, 24)) + """
Good afternoon.


This morning, the Secretary-General spoke at the [General Assembly] high-level meeting on peacebuilding and sustaining peace.  He said that in a world in which many countries are experiencing violent conflict, “we need greater unity and courage — to ease the fears of the people we serve; to set the world on track to a better future; and to lay the foundations of sustainable peace and development.”

Above all, he said, sustainable, inclusive development is the world’s best preventive tool against violent conflict and instability.  He called on Member States to continue to implement the 2030 Agenda.


In Brussels, the Emergency Relief Coordinator, Mark Lowcock, spoke at the Conference on Syria, and he warned the participants that, as the number of people in urgent need of assistance continues to grow, the United Nations has exhausted its resources to respond.

Within the resources the United Nations can plausibly expect to mobilize this year, he said, we cannot meet even all the urgent needs.  Our focus is now to ensure that the 5.6 million people who are assessed as being in acute need inside Syria are reached.
"""


def test_he_after_a_time_opening_the_sentence_is_the_office_holder_named_there():
    # A noon briefing (press.un.org, 18 January and 24 April 2018): "Good afternoon.  This morning, the
    # Secretary-General spoke at ... He said that ...": the Secretary-General said it, not the spokesman who reads
    # the briefing (every "He said" was Stéphane Dujarric's, as no sentence subject was seen after "This morning,").
    for text, words in ((NOON_BRIEFING_2018_01_18, ["the threat posed by weapons", "he was encouraged",
                                                    "small signs of hope", "Joint Comprehensive Plan"]),
                        (NOON_BRIEFING_2018_04_24, ["we need greater unity", "preventive tool", "2030 Agenda"])):
        doc, sts = excerpt(text)
        for w in words:
            assert_speaker(the(doc, sts, w), "António Guterres")
        assert not [st for st in sts if who(st) == "Stéphane Dujarric"], show(sts)


def test_he_after_a_title_and_the_name_between_commas_is_that_person():
    # "In Brussels, the Emergency Relief Coordinator, Mark Lowcock, spoke at the Conference on Syria, and he warned
    # the participants that ...": Mark Lowcock's words, and so are the next paragraph's (they were the
    # Secretary-General's, the person met before).
    doc, sts = excerpt(NOON_BRIEFING_2018_04_24)
    assert_speaker(the(doc, sts, "has exhausted its resources"), "Mark Lowcock", "indirect")
    assert_speaker(the(doc, sts, "we cannot meet even all the urgent needs"), "Mark Lowcock")
    assert_speaker(the(doc, sts, "5.6 million people"), "Mark Lowcock")


def test_a_portfolio_after_responsible_for_is_no_speaker():
    # The Commission's Daily News (Brussels, 12 July 2021): "Commissioner Kyriakides, responsible for Health and Food
    # Safety, said: “...”" is Stella Kyriakides (it was 'Food Safety'), "Commissioner Breton, responsible for the
    # Internal Market said: “...”" Thierry Breton (it was 'Internal Market').
    doc, sts = excerpt("""---
title: "European Commission - Daily News"
source_url: https://www.readkong.com/page/european-commission-daily-news-7953938
---

Daily News 12 / 07 / 2021
Brussels, 12 July 2021
COVID-19 Therapeutics Strategy: Commission hosts a new EU matchmaking event to
mobilise development and production of COVID-19 therapeutics
The event, which takes place today and tomorrow, was kicked off by
opening speeches of Commissioners Thierry Breton and Stella Kyriakides. Commissioner
Kyriakides, responsible for Health and Food Safety, said: “The EU is making good progress on
vaccination with 50% of adults now fully vaccinated. But vaccines are not our only response to
COVID-19.” Commissioner Breton, responsible for the Internal
Market said: “We have reached a milestone in the EU in our fight against the pandemic: Europe has
now produced and delivered enough doses to vaccinate 70% of our adult population.”
""")
    assert_speaker(the(doc, sts, "good progress on"), "Stella Kyriakides", "direct")
    assert_speaker(the(doc, sts, "We have reached a milestone"), "Thierry Breton", "direct")


def test_a_headline_abbreviation_of_an_office_is_no_part_of_the_name():
    # France 24's interview page: "Senegal’s democratic transition ‘sends positive message to other regimes’, says
    # French FM Séjourné" then "Séjourné said: “...”": FM (foreign minister) is his office, not part of his name.
    doc, sts = excerpt("""---
title: "The Interview"
source_url: https://podcasts.apple.com/us/podcast/the-interview/id1507162061
---

Senegal’s democratic transition ‘sends positive message to other regimes’, says French FM Séjourné

Reacting to the election of Senegalese opponent Bassirou Diomaye Faye to the presidency, Séjourné said:  “I would like to say to you that the democratic process has worked. There's been a political shift, as has been the case in many countries.”
""")
    assert sts and not [st for st in sts if "FM" in (who(st) or "")], show(sts)
    assert_speaker(the(doc, sts, "the democratic process has worked"), "Séjourné", "direct")


def test_an_occasion_after_the_frame_of_a_quotation_is_no_content():
    # Yonhap (22 May 2023): '"We don't have any hostile intentions ...," Kwon told a press conference marking the
    # first anniversary of ...', and Politico's Playbook: '“Normally I don’t comment on leaks, but today I will,”
    # Schinas said after reporters asked for a reaction to a story ...': the quotations are the statements; the
    # occasion after the verb was taken for reported content and the quotation dropped.
    doc, sts = excerpt("""---
title: "(LEAD) Unification minister urges N. Korean leader to return to dialogue"
source_url: https://en.yna.co.kr/view/AEN20230522007951325
---

SEOUL, May 22 (Yonhap) -- South Korea's unification minister called on North Korean leader Kim Jong-un to cease the country's provocative acts and return to the dialogue table, stressing that Seoul has no "hostile" intentions against Pyongyang.
In a meeting with reporters, Kwon Young-se also urged the North's leader to look back on the country's worsening economic situation amid global sanctions over the North's nuclear and missile programs and serious food shortages.
"We don't have any hostile intentions against North Korea and will not seek any change of the status quo through power," Kwon told a press conference marking the first anniversary of him taking office as Seoul's top pointman on unification.
""")
    assert_speaker(the(doc, sts, "any hostile intentions against North Korea"), "Kwon Young-se", "direct")
    assert not [st for st in sts if "first anniversary" in st.text], show(sts)
    doc, sts = excerpt("""---
title: "Playbook Plus"
source_url: http://www.politico.eu/blogs/playbook-plus/
---

On the podium: Commission chief spokesman Margaritis Schinas.

Brexit leak, the sequel: “Normally I don’t comment on leaks, but today I will,” Schinas said after reporters asked for a reaction to a story in German newspaper FAZ on Sunday claiming Theresa May had “begged” Commission President Jean-Claude Juncker for help during last week’s dinner in Brussels.
""")
    assert_speaker(the(doc, sts, "Normally I don’t comment on leaks"), "Margaritis Schinas", "direct")
    assert not [st for st in sts if "reporters asked" in st.text], show(sts)


def test_whom_a_speaker_told_is_no_part_of_the_content():
    # AP (via kayhan.ir, 22 June 2018): "Syrian President Bashar Assad has told a Russian television station that he
    # thinks ..." (the content began "station that ..."), and Yonhap (14 February 2022): "Olli Heinonen, former
    # deputy director-general at the International Atomic Energy Agency, told the Voice of America (VOA) earlier
    # that there are indications ..." (it began "of America (VOA) earlier that ...").
    doc, sts = excerpt("""---
title: "Assad: Talking to Americans Waste of Time"
source_url: http://kayhan.ir/en/news/54268/assad-talking-to-americans-waste-of-time
date: 22 June 2018
---

MOSCOW (AP) – Syrian President Bashar Assad has told a Russian television station that he thinks it would be pointless to have talks with the United States.
""")
    st = the(doc, sts, "pointless to have talks")
    assert_speaker(st, "Bashar Assad", "indirect")
    assert st.text.startswith("he thinks"), show([st])
    doc, sts = excerpt("""---
title: "Seoul closely monitoring N. Korea's nuclear, missile activities: ministry"
source_url: http://www.koreaherald.com/view.php?ud=20220214000570
date: 2022-02-14
---

South Korea is keeping close tabs on North Korea's nuclear and missile activities, the unification ministry said Monday, following a news report that the secretive nation seems to be operating related facilities at its Yongbyon complex.

Olli Heinonen, former deputy director-general at the International Atomic Energy Agency, told the Voice of America (VOA) earlier that there are indications of the North having activated its plutonium and uranium enrichment facilities in Yongbyon, with snow on the roof of some of the facilities shown melting. (Yonhap)
""")
    st = the(doc, sts, "there are indications")
    assert_speaker(st, "Olli Heinonen", "indirect")
    assert st.text.startswith("there are indications"), show([st])
    assert st.said_on is None, st.said_on     # told VOA "earlier", on a day the report does not give


def test_people_named_by_their_body_are_whom_a_speaker_told():
    # A noon briefing (27 February 2018): "He told Council members that our world is facing a crisis of legitimacy,
    # ..." (the content began "members that ...").
    doc, sts = excerpt(NOON_BRIEFING_HEAD.format(
        url="https://www.globalsecurity.org/military/library/news/2018/02/mil-180227-unbrief01.htm",
        day=date(2018, 2, 27)) + """
The Secretary-General this morning spoke at the Economic and Social Council and discussed the challenges facing the 2030 Agenda for Sustainable Development.  He told Council members that our world is facing a crisis of legitimacy, of confidence and of trust.
""")
    st = the(doc, sts, "crisis of legitimacy")
    assert_speaker(st, "António Guterres", "indirect")
    assert st.text.startswith("our world is facing"), show([st])


@pytest.mark.parametrize("page, words, speaker", [
    # the Kantei (5 November 2013): the Deputy Chief Cabinet Secretary stands in for Suga
    ("""---
title: "Press Conference by the Chief Cabinet Secretary"
source_url: http://japan.kantei.go.jp/tyoukanpress/201311/05_a.html
date: Tuesday, November 5, 2013 (AM)
---

Press Conference by the Deputy Chief Cabinet Secretary (Excerpt)

[Provisional Translation]

REPORTER: The New York Times has reported that Japan is included among the countries targeted in the intelligence gathering activities of the U.S. National Security Agency (NSA). What is your understanding of the facts?

DEPUTY CHIEF CABINET SECRETARY KATO: I am aware that this was reported. However, in view of our relationship with the U.S., I would like to refrain from stating any opinions that are based on what has been reported.

With regard to the issue of the U.S. NSA's collection of communications records, Japan and the U.S. have maintained communication as appropriate. Furthermore, given the present circumstances, we have requested that the U.S. establish even closer communication with us.
""", "I am aware that this was reported", "Kato"),
    # Malacañang (24 October 2016): "PRESIDENTIAL SPOKESPERSON ABELLA:", "SEC. TAGUIWALO:"
    ("""---
title: "Press Conference of Presidential Spokesperson Ernesto Abella with Social Welfare Secretary Judy Taguiwalo and Agriculture Secretary Emmanuel Piñol"
source_url: https://mirror.pcoo.gov.ph/oct-24-2016-press-conference-of-presidential-spokesperson-ernesto-abella-with-social-welfare-secretary-judy-taguiwalo-and-agriculture-secretary-emmanuel-pinol/
date: 24 October 2016
---

PRESIDENTIAL SPOKESPERSON ABELLA: Hello, good morning. It’s a very exciting time to be back with you guys. This morning it’s going to be a very substantial time. We have invited two of the Cabinet secretaries who are deeply, deeply involved in the disaster relief.

Ladies and gentlemen of the Malacañang Press Corps, let us all give a warm welcome to the DSWD chief: Secretary Ms. Judy Taguiwalo.

SEC. TAGUIWALO: Thank you. Magandang umaga sa ating lahat. I am honored to be here for the first time to have this dialogue with the members of the Malacañang Press.
""", "I am honored to be here", "Judy Taguiwalo"),
    # the Presidential Communications Office: "DA SEC. LAUREL JR.:" (the department's acronym, then the title)
    ("""---
title: "Press Briefing of Ms. Daphne Oseña-Paez with Department of Agriculture Secretary Francisco Tiu Laurel Jr."
source_url: https://mirror.pco.gov.ph/press-briefing/press-briefing-of-ms-daphne-osena-paez-with-department-of-agriculture-secretary-francisco-tiu-laurel-jr/
---

MS. OSEÑA-PAEZ: To tell us more about this, we have with us Department of Agriculture Secretary Francisco Tiu Laurel Jr. Good morning, Secretary Laurel.

DA SEC. LAUREL JR.: Good morning, Daphne.

MS. OSEÑA-PAEZ: Go ahead with the briefing about the three-year plan.

DA SEC. LAUREL JR.: Well, basically, our three-year plan is to invest heavily in post-harvest facilities and to have more recovery for our products and hopefully to lower the cost, partly to lower the cost of rice and corn.
""", "our three-year plan is to invest heavily", "Francisco Tiu Laurel Jr"),
    # Australia's Foreign Minister: a doorstop, and "Foreign Minister:" answering after "Journalist:"
    ("""---
title: "Doorstop following G20 Foreign Ministers’ Meeting"
source_url: https://www.foreignminister.gov.au/minister/penny-wong/transcript/doorstop-following-g20-foreign-ministers-meeting
---

Doorstop following G20 Foreign Ministers’ Meeting

  • Transcript E&OE
Subjects: Former Japanese Prime Minister Abe, G20, meeting with Chinese Foreign Minister, Russia’s invasion of Ukraine.

Penny Wong, Minister for Foreign Affairs: I want to start by expressing my sympathy and my thoughts, and the sympathy and thoughts of the Australian people and the Australian Government to the people of Japan following the passing of former Prime Minister Abe. Mr Abe has been the closest of friends to Australia.
""", "closest of friends to Australia", "Penny Wong"),
    ("""---
title: "Press Conference Jakarta"
source_url: https://www.foreignminister.gov.au/minister/penny-wong/transcript/press-conference-jakarta-0
---

Press Conference Jakarta

  • Transcript E&OE
Subjects: Indonesia and ASEAN’s importance to Australia; Australia’s commitment to a peaceful, stable region; Condemnation of North Korea's testing of an ICBM.

Penny Wong, Foreign Minister: Thanks everyone for coming. I had the opportunity to meet this morning with President Widodo of Indonesia. It was great to see him again so soon after his recent visit to Sydney.

I'm happy to take questions.

Journalist: Minister, at the East Asia forum what were the key topics that were most discussed?

Foreign Minister: Well obviously these forums are held in closed session but what I would say to you is I think it is fairly evident from the position countries take, and your observation of the region.
""", "these forums are held in closed session", "Penny Wong"),
    # the French ministry's translation of a radio interview: "Q. – ..." then "THE MINISTER – ..."
    ("""---
title: "Central African Republic - Interview given by M. Pascal Canfin, Minister Delegate for Development, to RFI"
source_url: https://franceintheus.org/spip.php?article5202
date: January 6, 2014
---

Interview given by M. Pascal Canfin, Minister Delegate for Development, to RFI (excerpts)

Paris, January 6, 2014

Q. – The Minister [Delegate] for Relations with Parliament explained a few days ago that a short extraordinary session would be convened before the local elections to decide whether to extend the military operation. Did the government, in a way, underestimate the difficulties of the operation?

THE MINISTER – It’s a month since the operation began. It’s not only a French operation, it’s an international operation under United Nations mandate…

Q. – Which France is spearheading!

THE MINISTER – France is spearheading it, but let me remind you there are more African soldiers than French soldiers on the ground.
""", "there are more African soldiers", "Pascal Canfin"),
])
def test_answers_under_other_governments_labels_are_the_officials(page, words, speaker):
    # Labels no transcript of ours had: the answers were missed, and their sentences given to whoever they named
    # ('we have requested that the U.S. ...' was the U.S.'s; the journalist's question was 'Parliament''s).
    doc, sts = excerpt(page)
    assert doc.genre == "transcript", show(sts)
    st = the(doc, sts, words)
    assert fold(who(st)).endswith(fold(speaker)), show([st])
    assert st.kind == "direct" and st.speaker_basis == "transcript", show([st])
    assert all(st.speaker_basis == "transcript" for st in sts), show(sts)


def test_a_frame_in_the_past_perfect_is_not_dated_by_the_report():
    # Mehr News (5 June 2019): "Iranian Foreign Minister Mohammad Javad Zarif condemned on Monday ..., noting that
    # “...”" is Monday's; "US Secretary of State Mike Pompeo had said that ..." and "Foreign Ministry Spokesman Abbas
    # Mousavi had said in response to Pompeo that “...”" were said before, on a day the report does not give: no
    # date (both had the publication day).
    doc, sts = excerpt("""---
title: "Trump insults the Iranian nation, says there is always chance"
source_url: https://en.mehrnews.com/news/146098/Trump-insults-the-Iranian-nation-says-there-is-always-chance
date: 2019-06-05
---

Iranian Foreign Minister Mohammad Javad Zarif condemned on Monday US ‘economic terrorism’ against the Iranian nation, noting that “And war and talks—with or without preconditions—don't go together.”

The remarks came as US Secretary of State Mike Pompeo had said that Washington is keen to hold negotiations with Iran "with no preconditions".

Foreign Ministry Spokesman Abbas Mousavi had said in response to Pompeo that “The word-play and expression of hidden goals in the form of new words does not matter to the Islamic Republic of Iran, what matters is the change of US overall approach and practical behavior toward the Iranian nation.”
""")
    assert the(doc, sts, "war and talks").said_on == "2019-06-03"
    for words, speaker in (("keen to hold negotiations", "Pompeo"), ("The word-play", "Abbas Mousavi")):
        st = the(doc, sts, words)
        assert speaker in who(st) and st.said_on is None, show([st]) + f" said_on={st.said_on}"


def test_two_honourable_ministers_issuing_one_statement_each_speak_it_on_its_date_line():
    # Global Affairs Canada (reposted 1 May 2018): "April 28, 2018 – Ottawa, Ontario" / "The Honourable Chrystia
    # Freeland, Minister of Foreign Affairs, and the Honourable Harjit S. Sajjan, Minister of National Defence,
    # issued the following statement:" / four quoted paragraphs: each paragraph once per minister, said on April 28
    # (nothing was found: the line was too long for an issuer line, and 'Freeland' read as a noun, no name).
    doc, sts = excerpt("""---
title: "Canada to participate in initiative to counter North Korea’s maritime sanctions evasion"
source_url: https://panopticnews.com/gatewaygazette/canada-to-participate-in-initiative-to-counter-north-koreas-maritime-sanctions-evasion/
date: 2018-05-01
---

April 28, 2018 – Ottawa, Ontario

The Honourable Chrystia Freeland, Minister of Foreign Affairs, and the Honourable Harjit S. Sajjan, Minister of National Defence, issued the following statement:

“Canada is committed to peace and security on the Korean Peninsula and believes that a diplomatic solution to the North Korea crisis is essential and possible. We welcome recent statements by North Korea announcing a reported suspension of nuclear tests and intercontinental ballistic missile launches.

“Canada’s participation in this coordinated effort is a demonstration of the international solidarity in support of peace and security on the Korean Peninsula.”

Quick facts
""")
    for words in ("Canada is committed to peace", "Canada’s participation in this coordinated effort"):
        found = [st for st in sts if words in st.text]
        assert sorted(who(st) for st in found) == ["Chrystia Freeland", "Harjit S. Sajjan"], show(sts)
        assert all(st.said_on == "2018-04-28" and st.kind == "direct" for st in found), show(found)


def test_the_occasion_set_off_after_an_inverted_frame_is_no_content():
    # UN Geneva press briefing (2025): "There were reports of nine men having been executed in Iran since the
    # beginning of the conflict, Mr. Al-Kheetan said, responding to another question.": the clause before the frame
    # is what he said ('responding to another question' was taken for it).
    doc, sts = excerpt("""---
title: "UN Geneva Press Briefing"
source_url: https://www.ungeneva.org/ru/news-media/press-briefing/2025/06/un-geneva-press-briefing-4
---

Responding to questions from the media, Thameen Al-Kheetan, for the Office of the High Commissioner for Human Rights (OHCHR), said that the OHCHR was not in a position to confirm the number of casualties in Iran caused by Israeli attacks. Targeting the Evin prison in Iran was a grave breach of international humanitarian law as the prison was not a military target. The attack on the prison had led to a number of injuries; the prison was holding a number of political prisoners, he added. There were reports of nine men having been executed in Iran since the beginning of the conflict, Mr. Al-Kheetan said, responding to another question.
""")
    assert_speaker(the(doc, sts, "nine men having been executed"), "Thameen Al-Kheetan", "indirect")
    assert not [st for st in sts if "responding to another question" in st.text], show(sts)


def test_eyewitnesses_are_no_named_source():
    # A noon briefing (7 June 2016): "Eyewitnesses have described how armed groups operating in support of the
    # Iraqi security forces are intercepting people ...": people left unnamed (it was a speaker 'Eyewitnesses').
    doc, sts = excerpt(NOON_BRIEFING_HEAD.format(
        url="https://www.globalsecurity.org/military/library/news/2016/06/mil-160607-unbrief01.htm", day=date(2016, 6, 7)) + """
UN High Commissioner for Human Rights, Zeid Ra'ad al Hussein, urged the Iraqi Government today to take immediate measures to ensure that all people fleeing the Da'esh-occupied city of Fallujah are treated in strict accordance with international human rights and international humanitarian law.  He said that there are extremely distressing, credible reports that some people who survive the terrifying experience of escaping Da'esh then face severe physical abuse once they reach the other side.

Eyewitnesses have described how armed groups operating in support of the Iraqi security forces are intercepting people fleeing the conflict, separating the men and teenage boys from the women and children, and detaining the men for "security screening", which, in some cases, degenerates into physical violations and other forms of abuse, apparently in order to elicit confessions.
""")
    assert_speaker(the(doc, sts, "extremely distressing, credible reports"), "Zeid Ra'ad al Hussein", "indirect")
    assert not [st for st in sts if "armed groups operating" in st.text], show(sts)


# Inquirer via topnewsphil (16 June 2023), four of its paragraphs.
MARCOS_DA_PAGE = """---
title: "Bongbong Marcos says no one volunteering for DA chief"
source_url: https://www.topnewsphil.com/bongbong-marcos-says-no-one-volunteering-for-da-chief-ayaw-akong-paalisin/
date: 2023-06-16
---

MANILA, Philippines — President Ferdinand “Bongbong” Marcos Jr. on Friday said that he was waiting for volunteers for Secretary of the Department of Agriculture (DA), quipping that he was not allowed to leave the post.

According to Marcos, the DA had to respond to the crisis in food supplies, prices, fertilizer costs and more.

Marcos also said that he wanted food prices to remain affordable, adding that farmers should make a good living.

“Until those are accomplished, I suppose you will just have to put up with me as the DA secretary,” said Marcos Jr.
"""


def test_a_clause_after_according_to_x_is_no_description_of_x():
    # Inquirer via topnewsphil (16 June 2023): "According to Marcos, the DA had to respond to the crisis in food
    # supplies, prices, fertilizer costs and more.": the clause is what he said, not an apposition after his name
    # (the content was 'prices, fertilizer costs and more').
    doc, sts = excerpt(MARCOS_DA_PAGE)
    st = the(doc, sts, "fertilizer costs")
    assert st.text.startswith("the DA had to respond"), show([st])
    assert "Marcos" in who(st), show([st])


def test_a_verb_form_after_an_article_describes_a_noun():
    # The Department of Agriculture (17 April 2018): "The decision of President Rodrigo Roa Duterte to place the
    # National Food Authority (NFA), ... and the Fertilizer and Pesticides Authority (FPA) will be an added task and
    # challenge to the Department of Agriculture.": nothing was added by anyone (it was the Philippine Coconut
    # Authority's statement).
    doc, sts = excerpt("""---
title: "NFA, PCA, FPA under DA again"
source_url: https://da.gov.ph/nfa-pca-fpa-under-da-again
date: April 17, 2018
---

The decision of President Rodrigo Roa Duterte to place the National Food Authority (NFA), the Philippine Coconut Authority (PCA) and the Fertilizer and Pesticides Authority (FPA) will be an added task and challenge to the Department of Agriculture.
""")
    assert sts == [], show(sts)


def test_a_bulleted_summary_opening_with_a_verb_names_no_one():
    # AP's "Highlights of President Barack Obama's interview Friday": bullets with no subject, "Expressed confidence
    # that Congress will vote ... but acknowledged that he'll have to agree to additional spending cuts." ('Expressed'
    # was a speaker).
    doc, sts = excerpt("""---
title: "Highlights of Obama's interview with AP"
source_url: https://townhall.com/news/us/2011/04/16/highlights-of-obamas-interview-with-ap-n921745
date: Apr 16, 2011 5:35 AM
---

Highlights of President Barack Obama's interview Friday with The Associated Press:


Expressed confidence that Congress will vote to raise the limit on the nation's debt but acknowledged that he'll have to agree to additional spending cuts.
""")
    assert not [st for st in sts if who(st) == "Expressed"], show(sts)


def test_the_photo_credit_after_a_caption_is_no_part_of_it():
    # Politico's Playbook Plus: "Martin Schulz called for an end to EU accession talks with Turkey | Emmanuel
    # Dunand/AFP via Getty Images" over the story: the caption reports Schulz; the credit ran into his words.
    doc, sts = excerpt("""---
title: "Today at Commission: Turkey and diversity"
source_url: https://www.politico.eu/blogs/playbook-plus/2017/09/today-at-commission-turkey-and-diversity/
---

Martin Schulz called for an end to EU accession talks with Turkey | Emmanuel Dunand/AFP via Getty Images

After a week of tense Brexit negotiations, the European Commission was keen to move on and talk about a whole host of other subjects.

“I was not there,” Schinas answered when asked to confirm Barnier’s comment, which was given in French.
""")
    assert "Getty Images" not in doc.body and not [st for st in sts if "Getty" in st.text], show(sts)
    st = the(doc, sts, "an end to EU accession talks")
    assert_speaker(st, "Martin Schulz", "indirect")
    assert st.text == "an end to EU accession talks with Turkey", show([st])
    assert_speaker(the(doc, sts, "I was not there"), "Schinas", "direct")


def test_people_somewhere_are_not_the_place_they_are_in():
    # UNOG briefing (23 October 2012): "Governments in states bordering Syria also estimated there were tens of
    # thousands more Syrians who had not yet registered.": unnamed governments (it was Syria's statement); Melissa
    # Fleming's briefing goes on.
    doc, sts = excerpt("""---
title: "UNOG press briefing"
source_url: http://unog.ch/unog/website/news_media.nsf/(httpBriefingsLatest_en)/951BC8AEC2FD2B87C1257AA0004AED76?OpenDocument
date: 23 October 2012
---

Melissa Fleming for the Office of the High Commissioner for Refugees (UNHCR) said as of yesterday the number of refugees registered in Lebanon was 101,283. Turkey and Jordan already had refugee populations in excess of this figure, and region-wide the number had climbed to more than 358,000. Governments in states bordering Syria also estimated there were tens of thousands more Syrians who had not yet registered.

However, the recent unrest in Lebanon had temporarily disrupted UNHCR operations, including registration of refugees in Tripoli, Akar, Beirut and Saida in southern Lebanon. She said that UNHCR was assessing the security situation and hoped to resume all operations as soon as conditions allowed.
""")
    assert not [st for st in sts if who(st) == "Syria"], show(sts)
    assert_speaker(the(doc, sts, "assessing the security situation"), "Melissa Fleming", "indirect")


def test_a_surname_with_a_generational_suffix_is_the_person_named_before():
    # Inquirer via topnewsphil (16 June 2023): "President Ferdinand “Bongbong” Marcos Jr. on Friday said ..." then
    # "“Until those are accomplished, I suppose you will just have to put up with me as the DA secretary,” said Marcos
    # Jr.": the same speaker (a second one, 'Marcos Jr.', was made).
    doc, sts = excerpt(MARCOS_DA_PAGE)
    first, last = the(doc, sts, "waiting for volunteers"), the(doc, sts, "Until those are accomplished")
    assert who(last) == who(first) and "Ferdinand" in who(first), show([first, last])


NOON_BRIEFING_2014_07_16 = """---
title: "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General"
source_url: https://www.globalsecurity.org/military/library/news/2014/07/mil-140716-unbrief01.htm
date: 16 July 2014
---

Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

16 July 2014

The following is a near-verbatim transcript of today's noon briefing by Farhan Haq, Deputy Spokesman for the Secretary-General.

Good afternoon.

**Secretary-General's Travels

The Secretary-General is in Santo Domingo in the Dominican Republic today. This morning, he addressed a joint session of the Congress. He stressed the Dominican Republic's important contributions in achieving the Millennium Development Goals. He also noted that President Medina had asked for assistance with expanding education and equal opportunities, creating decent jobs and combating inequality and said the UN stood ready to work with the country.

At a press conference before leaving Haiti, the Secretary-General said that the security situation in the country has improved markedly, but serious challenges remain. He said he is especially concerned that Haiti's political transition could suffer a regression. He emphasized that the holding of inclusive elections in October is essential for the continuity of parliament in 2015, and for the consolidation of democracy and the rule of law. His remarks are online.
"""


def test_the_spokesman_for_the_secretary_general_is_not_the_secretary_general():
    # Farhan Haq, "Deputy Spokesman for the Secretary-General", reads a noon briefing (16 July 2014): "The
    # Secretary-General is in Santo Domingo ... He stressed ...". Ban Ki-moon's words: the deputy spokesman's role
    # names whom he serves, it makes him no holder of the title; "is in Santo Domingo" is no statement read out; the
    # heading above ("**Secretary-General's Travels") is no part of the sentence's subject; and "His remarks are
    # online" points to a text (it was a statement of Ban's). Every statement here was Farhan Haq's.
    doc, sts = excerpt(NOON_BRIEFING_2014_07_16)
    for words in ("important contributions", "the UN stood ready", "security situation in the country",
                  "especially concerned", "inclusive elections"):
        assert_speaker(the(doc, sts, words), "Ban Ki-moon")
    assert not [st for st in sts if who(st) == "Farhan Haq" or "online" in st.text], show(sts)


def test_members_listed_between_dashes_are_no_subject_and_a_time_is_no_content():
    # A noon briefing (24 July 2017): "Over the weekend, the envoys of the Middle East Quartet – comprising the
    # European Union, the Russian Federation, the United Nations and the United States – expressed concern about
    # ...": the Quartet's envoys, not the last two members named (the United Nations and the United States each had
    # three statements); and "As the Mission announced last week, ..." gave the Mission a statement 'last week'.
    doc, sts = excerpt("""---
title: "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General"
source_url: https://www.globalsecurity.org/military/library/news/2017/07/mil-170724-unbrief01.htm
date: 24 July 2017
---

The following is a near-verbatim transcript of today's noon briefing by Farhan Haq, Deputy Spokesman for the Secretary-General.

Today's attack comes just one year after the 23 July 2016 attack in Dehmazang Square, which killed and injured hundreds of people exercising their right to the freedoms of assembly and expression.  As the Mission announced last week, suicide and complex attacks by anti-Government forces have been the leading cause of civilian casualties.

**Middle East

Over the weekend, the envoys of the Middle East Quartet – comprising the European Union, the Russian Federation, the United Nations and the United States – expressed concern about the violence in and around the Old City of Jerusalem.  Noting the particular sensitivities surrounding the holy sites in Jerusalem, and the need to ensure security, the Quartet envoys call on all to demonstrate maximum restraint, refrain from provocative actions and work towards de-escalating the situation.
""")
    assert not [st for st in sts if who(st) in ("United Nations", "United States", "European Union")], show(sts)
    assert not [st for st in sts if st.text.strip() == "last week"], show(sts)
    assert_speaker(the(doc, sts, "concern about the violence"), "Middle East Quartet", "indirect")


def test_an_answer_ends_before_the_next_topic_of_the_pages_index():
    # The Kantei's press conferences list each topic as a bullet over its questions: "DEPUTY CHIEF CABINET SECRETARY
    # KATO: On behalf of ... personnel decisions." then "• The issue related to wiretapping allegation of the U.S.
    # NSA" then "REPORTER: ...": the bullet is no part of Kato's opening statement.
    doc, sts = excerpt("""---
title: "Press Conference by the Chief Cabinet Secretary"
source_url: http://japan.kantei.go.jp/tyoukanpress/201311/05_a.html
date: Tuesday, November 5, 2013 (AM)
---

Opening Statement by Deputy Chief Cabinet Secretary Kato

  • The overview of the Cabinet meeting

DEPUTY CHIEF CABINET SECRETARY KATO: On behalf of Chief Cabinet Secretary Suga who has Diet engagements, I will be giving the press conference. First, I would like to give an overview of the Cabinet meeting. The meeting approved 16 general and other measures, draft bills, a cabinet order, and personnel decisions.


  • The issue related to wiretapping allegation of the U.S. NSA

REPORTER: The New York Times has reported that Japan is included among the countries targeted in the intelligence gathering activities of the U.S. National Security Agency (NSA). What is your understanding of the facts?

DEPUTY CHIEF CABINET SECRETARY KATO: I am aware that this was reported.
""")
    st = the(doc, sts, "On behalf of Chief Cabinet Secretary Suga")
    assert st.text.endswith("personnel decisions."), show([st])


def test_quoted_words_in_the_next_sentence_run_on_the_reported_statement():
    # "The foreign secretary said the right to life was the "most important liberty" ... Law lords were "simply wrong"
    # to imply the men were being held arbitrarily.": no frame of its own, the speaker's words quoted, backshifted
    doc, statements = load("bbc-news/politics/040.txt", "simply wrong")
    assert_speaker(the(doc, statements, 'Law lords were "simply wrong" to imply'), "Jack Straw", "indirect")
    # ... and the backshifted sentence after it runs on too (Kennedy: "... merely a "sticking plaster" ... The Lib Dem
    # plan for a local income tax would benefit ...")
    doc, statements = load("bbc-news/politics/363.txt", "sticking plaster")
    assert_speaker(the(doc, statements, 'was merely a "sticking plaster"'), "Charles Kennedy", "indirect")
    assert_speaker(the(doc, statements, "would benefit the typical household"), "Charles Kennedy", "indirect")
    # not the reporter's account of events around a stock phrase: 'The Britons were detained as part of the US-led
    # "war on terror".' after Straw told the Commons the US had agreed to release them
    doc, statements = load("bbc-news/politics/205.txt", "were detained as part of")
    assert not [st for st in statements if "were detained" in st.text], show(statements)
    # nor a hedge on what a government is thought to fear: "Washington is thought to fear it would lead to ..."
    doc, statements = load("bbc-news/politics/058.txt", "is thought to fear")
    assert_speaker(the(doc, statements, '"intense discussions" were taking place'), "Jack Straw", "indirect")
    assert not [st for st in statements if "thought to fear" in st.text], show(statements)


def test_words_running_on_keep_the_voice_of_a_body_s_spokesman():
    # "A Labour Party spokesman told the BBC News website ... But that did not happen for "voter identification"
    # calls. "When we ask ...," he said.": "he" is still the spokesman, so Labour
    doc, statements = load("bbc-news/politics/088.txt", "voter identification")
    assert_speaker(the(doc, statements, "But that did not happen"), "Labour", "indirect")
    assert_speaker(the(doc, statements, "When we ask which party they will vote for"), "Labour", "direct")


def test_reporters_aside_after_a_dash_ends_the_reported_words():
    # "... Sharon said he had not seen "the slightest step" the Palestinians were working to end terror attacks - though
    # he acknowledged Palestinian leaders were in the middle of an election campaign ...": two statements, the
    # second framed by "acknowledged", neither running into the other
    doc, statements = load("bbc-news/politics/149.txt", "though he acknowledged")
    st = the(doc, statements, "the slightest step")
    assert_speaker(st, "Ariel Sharon", "indirect")
    assert st.text.endswith("to end terror attacks"), show([st])
    assert_speaker(the(doc, statements, "were in the middle of an election campaign"), "Ariel Sharon", "indirect")
    # "... "rather dashing lover" - although she denied having personal experience": the denial is the reporter's
    doc, statements = load("bbc-news/politics/013.txt", "although she denied")
    assert not [st for st in statements if "although she denied" in st.text], show(statements)


def test_the_lead_describes_the_speaker_the_next_sentence_names():
    # "It comes after Pakistan's High Commissioner to Britain said some Pakistanis should integrate more. Dr Maleeha
    # Lodhi said people could not expect ...": the next sentence opens with her name, framing her own words
    doc, statements = load("bbc-news/politics/155.txt", "integrate more")
    assert_speaker(the(doc, statements, "some Pakistanis should integrate more"), "Maleeha Lodhi", "indirect")
    # "A UK Independence Party MEP suggested Germany saw the EU as an 'empire' ... Mike Nattrass, UKIP's deputy
    # leader, made the comments to an audience ..."
    doc, statements = load("bbc-news/politics/292.txt", "cheaper than using tanks")
    assert_speaker(the(doc, statements, "Germany saw the EU as an 'empire'"), "Mike Nattrass", "indirect")
    # not a person the next sentence names with another office, doing something else: "The Mid-Bedfordshire MP had
    # denied a claim ... Conservative leader Michael Howard has now accepted the MP's resignation"
    doc, statements = load("bbc-news/politics/410.txt", "Mid-Bedfordshire MP")
    assert not [st for st in statements if who(st) == "Michael Howard"], show(statements)
    # nor someone named after "But": "The Lib Dem leader said ... But Mr Clarke said he had supported the plans"
    doc, statements = load("bbc-news/politics/049.txt", "good opportunity")
    assert not [st for st in statements if "good opportunity" in st.text and who(st) == "Charles Clarke"], \
        show(statements)


def test_an_executive_named_with_a_proper_modifier_is_a_body():
    # "But the Scottish Executive has insisted Mr McConnell was speaking about adults ...": the executive, not the
    # first minister it speaks of; "The Health and Safety Executive said it was trying ..."
    doc, statements = load("bbc-news/politics/094.txt", "Scottish Executive has insisted")
    assert_speaker(the(doc, statements, "Mr McConnell was speaking about adults"), "Scottish Executive", "indirect")
    doc, statements = load("bbc-news/politics/162.txt", "Health and Safety Executive said")
    assert_speaker(the(doc, statements, "trying to get workers more involved"), "Health and Safety Executive",
                   "indirect")
    # "..., claimed the union organisation." (the TUC) after the HSE spoke: a body of that kind, never the last one
    # speaking, which is no union
    st = [st for st in statements if st.text.startswith("Safety representatives were often ignored")]
    assert not [s for s in st if who(s) == "Health and Safety Executive"], show(st)


def test_time_then_subject_then_relative_clause():
    # "Last year MAB, which opposed the war in Iraq, urged Muslims not to vote for Labour in the European elections.":
    # the time opens the clause without a comma, the relative clause is the body's aside
    doc, statements = load("bbc-news/politics/062.txt", "Last year MAB")
    assert_speaker(the(doc, statements, "Muslims not to vote for Labour"), "Muslim Association of Britain", "indirect")
    # the aside is no statement and no part of one: MAB opposing the war is an act, not words
    assert not [st for st in statements if "opposed the war" in st.text], show(statements)


def test_participle_after_a_subject_with_an_apposition_or_but():
    # "But Oliver Letwin, for the Tories, attacked government red tape and debt, dubbing Mr Brown "Sir Wastealot".":
    # the participle's subject is Letwin, past "But" and his apposition; not Mr Brown, its object
    doc, statements = load("bbc-news/politics/128.txt", "Sir Wastealot")
    assert_speaker(the(doc, statements, "Sir Wastealot"), "Oliver Letwin", "indirect")
    # "But the government refused to back Lord Dubs' Succession to the Crown Bill, saying it was too complex ..."
    doc, statements = load("bbc-news/politics/073.txt", "too complex and raised")
    st = the(doc, statements, "it was too complex and raised too many constitutional issues")
    assert who(st) not in (None, "Dubs", "Lord Dubs"), show([st])


def test_a_noun_of_speech_as_the_object_of_another_speakers_verb_is_its_owners_statement_too():
    # "And he confirmed Mr Blair's insistence that no poll date had yet been set.": Milburn confirmed, Blair insisted
    doc, statements = load("bbc-news/politics/350.txt", "insistence that no poll date")
    assert_speaker(the(doc, statements, "insistence that no poll date"), "Alan Milburn", "indirect")
    st = [s for s in statements if s.text == "no poll date had yet been set"]
    assert len(st) == 1 and who(st[0]) == "Tony Blair", show(near(doc, statements, "insistence that"))
    # not a claim standing as the subject of a speaker's clause: "Michael Howard has said a claim by Peter Hain that
    # the Tory leader is acting like an "attack mongrel" shows Labour is "rattled" by the opposition"
    doc, statements = load("bbc-news/politics/408.txt", "attack mongrel")
    assert not [s for s in statements if who(s) == "Peter Hain" and "rattled" in s.text], show(statements)


def test_it_after_a_document_or_a_joint_statement_is_no_body():
    # "The Prevention of Terrorism Bill was published on Tuesday. It proposes "control orders" ...": the bill; and
    # "the Tories and Lib Dems have jointly tabled a motion opposing the new bill, saying ... It argues decisions
    # should be taken on a higher standard of proof ...": the motion, neither party
    doc, statements = load("bbc-news/politics/182.txt", "It argues decisions")
    assert not [st for st in statements if "control orders" in st.text or "higher standard of proof" in st.text], \
        show(statements)
    # the joint statement itself stays both parties'
    assert {who(st) for st in statements if "excessive" in st.text} == {"Conservative Party", "Liberal Democrats"}
    # "The report is published by the Efficiency in Government Unit ... It says before a new public body is set up
    # ...": the report, not the Conservative Party quoted before it
    doc, statements = load("bbc-news/politics/085.txt", "It says before a new public body")
    assert not [st for st in statements if st.text.startswith("before a new public body")], show(statements)


def test_a_title_after_another_person_is_introduced_is_not_the_last_speakers():
    # "She told the Guardian ... Meanwhile Labour backbencher Stephen Pound labelled ... The MP for Ealing North
    # claimed the legislation would encourage a mafia-like culture ...": not Tessa Jowell, who spoke last
    doc, statements = load("bbc-news/politics/133.txt", "The MP for Ealing North")
    assert not [st for st in statements if "mafia-like" in st.text and who(st) == "Tessa Jowell"], show(statements)
    # "Gordon Brown has outlined ... The premier insisted Mr Brown will have a key role ...": the premier is not Brown
    doc, statements = load("bbc-news/politics/107.txt", "The premier insisted")
    assert not [st for st in statements if "key role in Labour" in st.text and who(st) == "Gordon Brown"], \
        show(statements)
    # the elegant variation right after the speaker, no one else named between, stays his: "Mr Wyatt ... The MP for
    # Sittingbourne and Sheppey said ..."
    doc, statements = load("bbc-news/politics/415.txt", "trying very hard")
    assert_speaker(the(doc, statements, "trying very hard"), "Derek Wyatt", "indirect")


def test_tory_and_lib_dem_in_a_title_are_the_registrys_parties():
    # "The Tory leader supports a reduction ... and has said current rules are "tantamount to abortion on demand"":
    # Michael Howard, the Conservative leader (was Charles Kennedy); "The Lib Dem leader said ..." is Charles Kennedy
    doc, statements = load("bbc-news/politics/405.txt", "tantamount to abortion")
    assert_speaker(the(doc, statements, "tantamount to abortion"), "Michael Howard", "indirect")
    doc, statements = load("bbc-news/politics/049.txt", "good opportunity")
    assert_speaker(the(doc, statements, "resignation was a \"good opportunity\""), "Charles Kennedy", "indirect")
    # "As the Tory leader declared, ..." after "Neither Mr Howard nor Mr Letwin would say ...": Howard, not Letwin
    doc, statements = load("bbc-news/politics/344.txt", "As the Tory leader declared")
    assert_speaker(the(doc, statements, "real economic policy divide"), "Michael Howard", "indirect")


def test_and_then_a_bodys_own_frame_ends_the_reported_words():
    # "The Conservatives say the two men are behaving like squabbling schoolboys and the Liberal Democrats claim
    # personal ambition is obstructing good government.": the Lib Dems' claim is no part of the Tories' words
    doc, statements = load("bbc-news/politics/257.txt", "squabbling schoolboys")
    st = the(doc, statements, "squabbling schoolboys")
    assert_speaker(st, "Conservative Party", "indirect")
    assert "personal ambition" not in st.text, show([st])


def test_a_title_of_another_office_than_the_last_speakers_known_one_is_someone_else():
    # "... Mr Kennedy has been under fire ... On Saturday, the Lib Dem chief executive said it was "just a cock-up"
    # that Mr Kennedy and his colleagues missed the vote": not Kennedy, the party's leader
    doc, statements = load("bbc-news/politics/417.txt", "just a cock-up")
    assert not [st for st in statements if "cock-up" in st.text and who(st) == "Charles Kennedy"], show(statements)
    # "On the fourth day of his six-day tour of Africa, the UK chancellor predicted a vaccine could be found by
    # 2012 ...": the chancellor Gordon Brown, as before
    doc, statements = load("bbc-news/politics/366.txt", "the UK chancellor predicted")
    assert_speaker(the(doc, statements, "a vaccine could be found by 2012"), "Gordon Brown", "indirect")


def test_words_naming_the_speaker_as_mr_x_are_not_his():
    # "But the claim was denied by UKIP spokesman, who said: "Mr Hockney's accusations are like his sense of political
    # morals - empty."": not Damian Hockney's words, though he spoke last
    doc, statements = load("bbc-news/politics/325.txt", "political morals")
    assert not [st for st in statements if "political morals" in st.text and who(st) == "Damian Hockney"], \
        show(statements)
    # "The former finance officer said Mr Ebbers knew about the improper accounting entries ...": not Ebbers
    doc, statements = load("bbc-news/business/196.txt", "Mr Ebbers knew about")
    assert not [st for st in statements if "Mr Ebbers knew" in st.text and who(st) == "Bernie Ebbers"], \
        show(statements)
    # a speaker's words naming someone else by title stay his: Hockney's own statements are kept
    assert_speaker(the(*load("bbc-news/politics/325.txt", "political morals"), "Mr Hulme-Cross and himself"),
                   "Damian Hockney", "indirect")


def test_a_shadow_office_is_not_the_office():
    # "The chancellor meanwhile insisted his spending plans were "affordable"": Gordon Brown, not the shadow
    # chancellor Oliver Letwin; "The Foreign Secretary told the BBC: ..." is Jack Straw, not the shadow foreign
    # secretary Michael Ancram quoted before
    doc, statements = load("bbc-news/politics/387.txt", "spending plans were")
    assert_speaker(the(doc, statements, 'his spending plans were "affordable"'), "Gordon Brown", "indirect")
    doc, statements = load("bbc-news/politics/394.txt", "I was making the observation")
    assert_speaker(the(doc, statements, "I was making the observation"), "Jack Straw", "direct")
    assert_speaker(the(doc, statements, "We have fought a very positive campaign"), "Michael Ancram", "direct")


def test_mr_and_a_given_name_is_no_first_name_match():
    # "Sacked MP Howard Flight ... Mr Howard insisted he had played by the party's rules. The Tory leader, who argues
    # he is ensuring honesty, said: ...": Michael Howard, the Tory leader, not Howard Flight
    doc, statements = load("bbc-news/politics/399.txt", "Mr Howard insisted")
    assert_speaker(the(doc, statements, "he had played by the party's rules"), "Michael Howard", "indirect")
    assert_speaker(the(doc, statements, "We do not say one thing in private"), "Michael Howard", "direct")
    # "Mr Flight says he will not stand down ..." stays Howard Flight's
    assert_speaker(the(doc, statements, "he will not stand down as a candidate"), "Howard Flight", "indirect")


def test_according_to_opening_the_clause_without_a_comma():
    # "According to Mr Peston the prime minister said: "Help me to get through the year and I will then stand
    # down."": Tony Blair, not Frank Field quoted before (the adjunct is no part of the subject)
    doc, statements = load("bbc-news/politics/218.txt", "According to Mr Peston the prime minister")
    assert_speaker(the(doc, statements, "Help me to get through the year"), "Tony Blair", "direct")


def test_a_role_in_capitals_after_the_is_a_title_not_a_body():
    # "Mr Flight says he will not stand down ... The MP, who is consulting his lawyers, told BBC News: "They selected
    # me ..."": Howard Flight, not a body called "MP"
    doc, statements = load("bbc-news/politics/399.txt", "The MP, who is consulting")
    assert_speaker(the(doc, statements, "They selected me"), "Howard Flight", "direct")
    # "The MEP said his party would only admit foreigners ...": no speaker called "MEP"
    doc, statements = load("bbc-news/politics/237.txt", "The MEP said")
    assert not [st for st in statements if who(st) == "MEP"], show(statements)


def test_a_portfolio_with_and_before_a_name_is_one_title():
    # "..., Work and Pensions Secretary Alan Johnson has warned.": one person, not a body "Work" and him
    doc, statements = load("bbc-news/politics/116.txt", "Work and Pensions Secretary Alan Johnson")
    assert not [st for st in statements if who(st) == "Work"], show(statements)
    assert_speaker(the(doc, statements, "Ministers would not rule out scrapping"), "Alan Johnson", "indirect")
    # two people stay two: "Douglas and Agriculture Minister Colin Moyle said in a joint statement ..."
    doc, statements = load("reuters21578/reut2-001.sgm", "Douglas and Agriculture Minister Colin Moyle")
    assert {who(st) for st in statements if "major refinancing arrangements" in st.text} == \
        {"Roger Douglas", "Colin Moyle"}, show(statements)


def test_a_nationality_before_a_name_is_no_part_of_it():
    # "The Times on Monday said Australian Lynton Crosby told the party leader ... But Mr Crosby said in a statement:
    # "I have never had any such conversation..."": Lynton Crosby
    doc, statements = load("bbc-news/politics/212.txt", "Australian Lynton Crosby")
    assert_speaker(the(doc, statements, "I have never had any such conversation"), "Lynton Crosby", "direct")


def test_a_hyphenated_surname_with_an_apostrophe_is_one_word():
    # "..., Cardinal Cormac Murphy-O'Connor has said.": the cardinal, not someone called "Connor"
    doc, statements = load("bbc-news/politics/060.txt", "Murphy-O'Connor has said")
    st = the(doc, statements, "should have been used to reduce poverty")
    assert_speaker(st, "Cormac Murphy-O'Connor", "indirect")
    assert not [s for s in statements if who(s) == "Connor"], show(statements)


def test_who_after_a_named_person_is_that_person():
    # "Mr Chirac will miss an address to the summit from Iraqi interim leader Iyad Allawi, who this week criticised
    # nations which took a "spectator" role to Iraq's reconstruction."
    doc, statements = load("bbc-news/politics/126.txt", "who this week criticised")
    assert_speaker(the(doc, statements, '"spectator" role'), "Iyad Allawi", "indirect")
    # "His claims were denied by Foreign Secretary Jack Straw, who accused the Tories of "running scared" of debate.
    # EU cooperation would help ...": Straw, and what runs on after him is his, not the shadow foreign secretary's
    doc, statements = load("bbc-news/politics/082.txt", "running scared")
    assert_speaker(the(doc, statements, "running scared"), "Jack Straw", "indirect")
    assert_speaker(the(doc, statements, "EU cooperation would help"), "Jack Straw", "indirect")
    # an author is no speaker: '"...," said Ros Coward, who wrote the authorised biography of Diana'
    doc, statements = load("bbc-news/politics/104.txt", "who wrote the authorised biography")
    assert not [st for st in statements if st.text.startswith("the authorised biography")], show(statements)


def test_mr_and_a_surname_is_the_registry_person_whose_party_the_text_names():
    # "The Conservative Party Co-Chairman said ... Mr Howard said Britain should take its fair share of the world's
    # "genuine refugees"": Michael Howard, the registry's Conservative leader, not a speaker called "Howard"
    doc, statements = load("bbc-news/politics/220.txt", "genuine refugees")
    assert_speaker(the(doc, statements, "genuine refugees"), "Michael Howard", "indirect")


def test_a_tag_before_a_given_name_and_surname_is_no_part_of_the_name():
    # "Lib Dem Norman Baker", "Unison Dave Prentis", "New Yorker Dick Morris": the person, not the tag
    doc, statements = load("bbc-news/politics/146.txt", "Norman Baker")
    assert any(who(st) == "Norman Baker" for st in statements), show(statements)
    assert not [st for st in statements if (who(st) or "").startswith("Lib Dem")], show(statements)
    doc, statements = load("bbc-news/politics/267.txt", "Dick Morris")
    assert {who(st) for st in statements} == {"Dick Morris"}, show(statements)
    # a three-word name keeps its first word when it is a given name: "Former Conservative leader Iain Duncan Smith,
    # one of the chief critics of the plans, condemned ..." introduces Iain Duncan Smith
    from pressarchive.resolve import Resolver
    from test_hard_cases import REGISTRY
    doc, statements = load("bbc-news/politics/180.txt", "Iain Duncan Smith")
    assert "Iain Duncan Smith" in {name for _, name, _, _ in Resolver(doc.body, REGISTRY).introductions}


# Issue 8, dates on seed-like news (round: English reports of spokespeople from Kenyan, Gulf, Nigerian, Turkish and US
# outlets, read against publication dates): the day a statement was said, not the day its page was posted.

GARGASH_FUJAIRAH = """---
title: "Gargash: Probe into sabotage of ships near Fujairah coast will be complete in days"
source_url: https://gulfnews.com/uae/government/gargash-probe-into-sabotage-of-ships-near-fujairah-coast-will-be-complete-in-days-1.1557942256841
date: 2019-05-15
---

Dubai: UAE Minister of State for Foreign Affairs Dr Anwar Gargash said at a press conference on Wednesday evening that the UAE was working with its partners to conclude the investigation into acts of sabotage against four oil tankers off the coast of Fujairah on Sunday. He added the country will show restraint and is committed to de-escalation during a "difficult situation" caused by Iranian behaviour in the region.

Gargash said he would not speculate about who was behind Sunday's sabotage acts on four vessels near Fujairah emirate while an investigation was underway and due to be completed within days.

"We need to emphasise caution and good judgment. It is easy to throw accusations but it is a difficult situation and we need wisdom, there are serious issues and among them is Iranian behaviour, which led the region to this situation," he said, mentioning concern about Iran's missiles and regional policy.
"""


def test_a_weekdays_own_briefing_with_no_article_dates_what_was_said_there():
    # A blog post of Saturday, May 13, 2017: "Sean Spicer would neither confirm nor deny during Friday's press
    # briefing that ...", then his answers in that briefing: said on Friday the 12th, not the day of the post
    doc, sts = excerpt("""---
title: "WH Spox Spicer Won't Confirm Or Deny Recording Devices"
source_url: http://mediaconfidential.blogspot.com/2017/05/wh-spox-spicer-wont-confirm-or-deny.html
date: 2017-05-13
---

Saturday, May 13, 2017

White House press secretary Sean Spicer would neither confirm nor deny during Friday's press briefing that President Donald Trump has recorded audio of his private White House conversations, including his January dinner with ousted FBI Director James Comey.

The first series of questions Spicer faced in the briefing centered around the tweet.

"I've talked to the president" about that tweet, Spicer said. "The president has nothing further to add to that."

"As I mentioned, the president has nothing further to add to that," Spicer said.

"As I've said for the third time, there's nothing further to add to that," Spicer responded.
""")
    spicer = [st for st in sts if who(st) == "Sean Spicer"]
    assert len(spicer) >= 3 and {st.said_on for st in spicer} == {"2017-05-12"}, show(sts)
    # a weekday's own event that is no occasion of speaking dates nothing: "Sunday's sabotage acts" is the day of
    # the attack; Gargash spoke at his press conference on Wednesday, the day of the report
    doc, sts = excerpt(GARGASH_FUJAIRAH)
    gargash = [st for st in sts if who(st) == "Anwar Gargash"]
    assert len(gargash) >= 3 and {st.said_on for st in gargash} == {"2019-05-15"}, show(sts)


def test_the_occasion_of_remarks_answered_is_not_the_day_of_the_answer():
    # "The Turkish Foreign Ministry said Wednesday ... In a written statement, spokesman Hami Aksoy responded to a
    # question regarding the remarks made by French President Emmanuel Macron ... during a speech at the European
    # Parliament on Tuesday.": Tuesday is Macron's speech; Aksoy's words are of Wednesday, the ministry's statement
    doc, sts = excerpt("""---
title: "Turkish Foreign Ministry responds to Macron on Balkans"
source_url: http://www.worldbulletin.net/haberler/201232/turkish-foreign-ministry-responds-to-macron-on-balkans
date: 2017-09-14
---

World Bulletin / News Desk
The Turkish Foreign Ministry said Wednesday that French president's statement on the Balkans is "not constructive".
In a written statement, spokesman Hami Aksoy responded to a question regarding the remarks made by French President Emmanuel Macron about Turkey and the Balkans during a speech at the European Parliament on Tuesday.
Aksoy said Macron, similarly to a speech he made last year, has "used expressions in the European Parliament about the Balkans being an area of rivalry for the EU, Turkey and the Russian Federation".
"This understanding that views the Balkans as a sphere of influence is not constructive," Aksoy stressed.
"With this objective, we continue to support membership of all countries in the region to European and Euro-Atlantic institutions," he added.
""")
    aksoy = [st for st in sts if who(st) == "Hami Aksoy"]
    assert len(aksoy) >= 3 and {st.said_on for st in aksoy} == {"2017-09-13"}, show(sts)
    assert "2017-09-12" not in {st.said_on for st in sts}, show(sts)
    # the speaker's own remarks at his own press conference keep their day: "Sheikh Abdullah made the remarks on
    # Sunday during a joint press conference with Heiko Maas" (a Monday report)
    doc, sts = excerpt("""---
title: "UAE welcomes efforts to defuse tension, maintain stability in the region, says Abdullah bin Zayed"
source_url: https://www.emirates247.com/news/emirates/uae-welcomes-efforts-to-defuse-tension-maintain-stability-in-the-region-says-abdullah-bin-zayed-2019-06-10-1.685136
date: 2019-06-10
---

The UAE welcomes any efforts to defuse tension in the region and looks forward to see a calm, stable, developed and forward looking Middle East in the future, said H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation.

Sheikh Abdullah made the remarks on Sunday during a joint press conference with Heiko Maas, German Foreign Minister, who is currently on an official visit to the UAE.

On the attack on four tankers off Fujairah and within the UAE's territorial waters, he said it was not only an attack against the UAE, but also against the global maritime safety and the countries whose flags were flown by the vessels, such as Saudi Arabia and Norway.
""")
    assert the(doc, sts, "not only an attack against the UAE").said_on == "2019-06-09", show(sts)


def test_a_press_conference_with_long_names_before_its_day_dates_it():
    # A Monday report (WAM): "This statement was made by Foreign Minister Sheikh Abdullah bin Zayed during a joint press
    # conference with his Saudi counterpart Adel Al Jubeir and Secretary-General of the Arab League Dr. Nabil Al Arabi
    # in Cairo on Sunday.": what he said there was said on Sunday, not on the day of the report
    doc, sts = excerpt("""---
title: "UAE renews solidarity with Saudi Arabia"
source_url: https://www.emirates247.com/news/region/uae-renews-solidarity-with-saudi-arabia-2016-01-11-1.616746
date: 2016-01-11
---

By Wam

The United Arab Emirates has reiterated full support to Saudi Arabia against Iranian interference in its internal affairs and the readiness to take further steps in support of the Kingdom.

This statement was made by Foreign Minister Sheikh Abdullah bin Zayed during a joint press conference with his Saudi counterpart Adel Al Jubeir and Secretary-General of the Arab League Dr. Nabil Al Arabi in Cairo on Sunday.

The press conference was held at the end of the extraordinary meeting of the Arab foreign ministers, chaired by Sheikh Abdullah.

"The foreign ministers affirmed that we as Arabs, do not want a conflict, a confrontation or even a war with Iran. We rather seek to drive development for our countries, our peoples and our region," Sheikh Abdullah said.

"I think we will continue to be in this situation but we want normal relations with Iran and it is for them to prove they are sincere as well, not only by words, but also by tangible action."
""")
    assert the(doc, sts, "we as Arabs, do not want a conflict").said_on == "2016-01-10", show(sts)
    assert "2016-01-11" not in {st.said_on for st in sts}, show(sts)
    # not a day after a clause the press conference opens ("... at a press conference on Wednesday evening that the
    # UAE was working with its partners to conclude the investigation into ... tankers ... on Sunday"): Wednesday
    doc, sts = excerpt(GARGASH_FUJAIRAH)
    assert the(doc, sts, "working with its partners").said_on == "2019-05-15", show(sts)


def test_a_weekday_after_the_place_of_the_saying_dates_it():
    # Xinhua copy on china.org.cn, posted Friday 26 March 2004: "..., Foreign Ministry spokesman Kong Quan said in
    # Beijing Thursday.": said on Thursday the 25th, as are his next words at that briefing
    doc, sts = excerpt("""---
title: "China lodges representation with Vietnam over Nansha tourism"
source_url: http://china.org.cn/archive/2004-03/26/content_1091326.htm
date: 2004-03-26
---

China has lodged solemn representation with Vietnam over its attempt to open "a tourist route" by boat to the Nansha Islands and launch tourist activities in the upcoming April, Foreign Ministry spokesman Kong Quan said in Beijing Thursday.
Kong told a regular news briefing that China has indisputable sovereignty over the Nansha Islands and surrounding waters and the move taken by Vietnam has infringed on China's territorial sovereignty.
"We hope relevant countries honor the consensus and respect the principles set forth in the Declaration on the Conduct of Parties in the South China Sea Between China and the Association of Southeastern Asian Nations (ASEAN)," he said.
""")
    assert the(doc, sts, "solemn representation").said_on == "2004-03-25", show(sts)
    assert {st.said_on for st in sts} == {"2004-03-25"}, show(sts)
    # a weekday after no verb of speech dates nothing said: "His comments came after North Korea Sunday fired
    # short-range projectiles" (IANS, Monday 9 February 2015): Lim spoke on Monday, the day South Korea "said"
    doc, sts = excerpt("""---
title: "Seoul to sternly respond to North Korean provocations"
source_url: https://business-standard.com/amp/article/news-ians/seoul-to-sternly-respond-to-north-korean-provocations-115020900221_1.html
date: 2015-02-09
---

South Korea Monday said that it will sternly respond to possible provocations from North Korea, which fired short-range projectiles Sunday.

Unification Ministry spokesman Lim Byeong-cheol told a press briefing that the government will sternly deal with North Korean provocations while continuing to monitor changes in Pyongyang's attitude and situations, Xinhua reported.

His comments came after North Korea Sunday fired short-range projectiles, presumed to be tactical missiles, into the eastern waters.

Meanwhile, Lim said it would be hard for the family reunion event to be held in the Lunar New Year holiday that falls in February.
""")
    lim = [st for st in sts if who(st) == "Lim Byeong-cheol"]
    assert len(lim) >= 2 and {st.said_on for st in lim} == {"2015-02-09"}, show(sts)


def test_a_wire_dateline_is_the_reports_day_not_the_day_of_the_verb():
    # Yonhap's lead (oananews.org/node/32150, published Tue 2008-11-25): "SEOUL, Nov. 24 (Yonhap) -- South Korea on
    # Monday expressed regret over North Korea's announcement ...". Of the sentence's two dates only "on Monday"
    # dates the verb; "Nov. 24" is the dateline's (the report's day): a story filed on the 26th about "said Monday"
    # is of the 24th, not the 26th.
    from pressarchive.dates import DocumentDates
    lead = ("SEOUL, Nov. 24 (Yonhap) -- South Korea on Monday expressed regret over North Korea's announcement that "
            "it will take retaliatory steps beginning next week.")
    framed = DocumentDates(lead, "2008-11-25").framed(0, len(lead))
    assert framed == [("2008-11-24", "relative")], framed
    filed_later = lead.replace("Nov. 24", "Nov. 26").replace("on Monday expressed", "expressed Monday")
    assert DocumentDates(filed_later, "2008-11-26").framed(0, len(filed_later)) == [("2008-11-24", "relative")]


def test_a_wire_dateline_still_dates_a_sentence_no_other_day_dates():
    # "REPEAT FROM LATE FRIDAY / WASHINGTON, Feb 27 - The USDA said it is lifting the limited cross-compliance
    # requirement for 1987 crop oats." (published 1987-03-02): said on the dateline's day, not on the repeat's.
    doc, statements = load("reuters21578/reut2-000.sgm", "limited cross-compliance requirement")
    st = the(doc, statements, "lifting the limited cross-compliance requirement")
    assert st.said_on == "1987-02-27", (st.said_on, st.date_basis)


# -- round 6 (lead): the document's "we", a share of a group, a timeline's month ------------------------------------

G7_2024 = "whitehouse-briefing-room/statements-releases/2024-02/2024-02-24-g7-leaders-statement-7.md"


def test_a_joint_statements_we_is_the_body_it_names_itself_never_a_body_it_condemns():
    # "We the Leaders of the Group of Seven (G7) met today ... We strongly condemn Russia’s continuous brutal
    # attacks": "we" had been Russia (the newest body opening a sentence), and later the World Bank.
    doc, sts = load(G7_2024, "We strongly condemn")
    condemned = the(doc, sts, "Russia’s continuous brutal attacks on civilians")
    assert_speaker(condemned, "G7", "indirect")
    assert not [st for st in sts if who(st) in ("Russia", "World Bank") and st.speaker_basis == "pronoun"], show(sts)


def test_we_the_ministers_of_a_list_of_countries_is_their_group_not_the_last_country():
    # "We, the G7 Foreign Ministers of Canada, France, ..., and the United States of America, and the High
    # Representative of the European Union reiterate our profound condemnation ...": not 'America'
    doc, sts = load("state-dept-press-releases-rss/press-releases-2022-03.rss", "We, the G7 Foreign Ministers")
    assert_speaker(the(doc, sts, "our profound condemnation of Russia"), "G7", "indirect")
    assert not [st for st in sts if who(st) == "America"], show(sts)


def test_we_with_no_body_naming_itself_is_no_one():
    # A fact sheet in the White House's voice: "In contrast, about 80% of House Republicans recently proposed a
    # budget that would cut ..." is no statement (a share of a group names no one), and no "we" is a body named before.
    doc, sts = load("whitehouse-briefing-room/statements-releases/2024-04/2024-04-03-fact-sheet-house-republicans-"
                    "propose-severely-undermining-fight-against-opioid-crisis-in-latest-extreme-budget-proposal.md",
                    "about 80% of House Republicans")
    sentence = doc.body.index("about 80% of House Republicans")
    sentence = (sentence, doc.body.index(".", sentence))
    assert not [st for st in sts if st.start < sentence[1] and sentence[0] < st.end], show(sts)
    assert not [st for st in sts if st.speaker_role and "80" in st.speaker_role], show(sts)


@pytest.mark.parametrize("phrase", ["about 80% of House Republicans", "Most of the Cabinet", "Three-quarters of Republicans",
                                    "60 per cent of voters", "half of Labour MPs"])
def test_a_share_of_a_group_is_a_vague_source(phrase):
    from pressarchive.extract.mentions import VAGUE_SOURCE, parse_np, tokens
    assert parse_np(tokens(phrase)) is VAGUE_SOURCE


@pytest.mark.parametrize("phrase", ["the Group of Seven", "the Council of Europe", "the Ministry of Defence"])
def test_a_name_with_of_is_no_share(phrase):
    from pressarchive.extract.mentions import parse_np, tokens
    assert parse_np(tokens(phrase)).kind == "body"


def test_a_timeline_items_month_dates_nothing_to_the_day():
    # A fact sheet's timeline: "August 2022: The U.S. Attorney’s Office for the Southern District of Texas announced
    # the conviction of ...": said in August 2022, on no day the text gives; not the fact sheet's day (2022-10-13).
    doc, sts = load("whitehouse-briefing-room/statements-releases/2022-10/2022-10-13-fact-sheet-second-meeting-of-the-"
                    "u-s-mexico-high-level-security-dialogue.md", "August 2022: The U.S. Attorney")
    st = the(doc, sts, "the conviction of Osiel Cárdenas Salinas")
    assert st.said_on is None and st.date_basis == "period", show([st])


def test_a_quoted_word_inside_the_wording_has_no_frame_after_it():
    # "... while Labour criticised "extravagant" Tory promises on policing.": "Tory promises" is a noun phrase, not
    # '"...," Tory promises' (the one-word quotation had been the Conservative Party's, cue 'promises').
    doc, sts = load("bbc-news/politics/347.txt", "criticised \"extravagant\" Tory promises")
    assert not [st for st in sts if st.cue == "promises"], show(sts)
    assert not [st for st in sts if st.text.strip(" \"") == "extravagant"], show(sts)


def test_a_poll_conducted_for_a_body_is_a_document_not_the_body():
    # "Eight out of 10 voters do not trust politicians to tell the truth, a new poll conducted for the BBC suggests.":
    # the poll's finding, not the BBC's statement (GUIDELINES rule 1: the content of documents).
    doc, sts = load("bbc-news/politics/403.txt", "a new poll conducted for the BBC suggests")
    assert not [st for st in sts if who(st) == "BBC"], show(sts)


@pytest.mark.parametrize("phrase", ["a new poll conducted for the BBC", "A report by Human Rights Watch",
                                    "the latest figures from the ONS", "a study published by the IMF"])
def test_findings_of_a_body_are_a_vague_source(phrase):
    from pressarchive.extract.mentions import VAGUE_SOURCE, parse_np, tokens
    assert parse_np(tokens(phrase)) is VAGUE_SOURCE


@pytest.mark.parametrize("phrase", ["The Office for National Statistics", "The Economic Research Council"])
def test_a_body_named_with_a_findings_word_still_speaks(phrase):
    from pressarchive.extract.mentions import parse_np, tokens
    assert parse_np(tokens(phrase)).kind == "body"


FLU_SHOTS = "zyte-article-extraction/html/abd9d6291b6bfae0c3ffad8ab7623b482c6da46face0271dc42af6324d8f0ce5.html.gz"
TRADE_WAR = "zyte-article-extraction/html/702d1da63b8e064cb70617620e45c2d116b4912c9bc9d518dcf5ce54bb8057ed.html.gz"


def test_a_month_gone_by_and_at_the_time_date_nothing_to_the_day():
    # A report of 2019-11-20: "In August, CBP announced that it would not be vaccinating migrant families ... At the
    # time, the agency said in a statement that it chose not to ...": both in August, on no day the text gives; not
    # the day of publication. A statement of the report's own day keeps it.
    doc, sts = load(FLU_SHOTS, "In August, CBP announced")
    for words in ("it would not be vaccinating migrant families", "it chose not to provide the vaccinations"):
        st = the(doc, sts, words)
        assert_speaker(st, "CBP")
        assert st.said_on is None and st.date_basis == "period", show([st])
    assert [st for st in sts if st.said_on == "2019-11-20"], show(sts)


def test_he_before_a_given_name_is_a_chinese_family_name_not_a_pronoun():
    # '“... what is the additional incentive of implementing this deal on the Chinese part?” He Jianxiong, the former
    # executive director for China at the International Monetary Fund, said at a Nov. 6 event at the Peterson
    # Institute in Washington.': his words (they had floated to Zippy Duvall, quoted paragraphs before), said on Nov. 6.
    doc, sts = load(TRADE_WAR, "He Jianxiong, the former executive director")
    st = the(doc, sts, "Without rolling back some of the tariffs")
    assert_speaker(st, "He Jianxiong", "direct")
    assert st.said_on == "2019-11-06", show([st])


def test_the_president_is_the_head_of_state_the_text_names_not_the_president_of_a_body():
    # "Zippy Duvall, the president of the American Farm Bureau, said ..." and later "The president announced the
    # Phase 1 trade deal during a meeting in the Oval Office" in a report about "President Trump".
    doc, sts = load(TRADE_WAR, "The president announced the Phase 1 trade deal")
    assert_speaker(the(doc, sts, "the Phase 1 trade deal"), "Donald Trump")
    assert_speaker(the(doc, sts, "farmers faced"), "Zippy Duvall")


def test_a_long_sentence_after_a_question_is_its_frame_only_when_it_says_nothing_itself():
    # '... President Lee replied, "What do we need such a thing for?" After that, some media outlets reported that
    # ...': the question stays the President's; the next sentence is no frame of it.
    doc, sts = load_own("docs-j/kr/004.md")
    assert_speaker(the(doc, sts, "What do we need such a thing for?"), "Lee")


@pytest.mark.parametrize("marker, words, speaker", [
    ("Ericsson Corp, the U.S. unit of LM Ericsson", "it won a 1.4 mln dlr contract", "Ericsson Corp"),
    ("FFB Corp, parent of the First Federal Bank", "it declared an initial quarterly dividend", "FFB Corp"),
])
def test_a_body_related_to_another_in_an_apposition_is_the_one_that_speaks(marker, words, speaker):
    # "Ericsson Corp, the U.S. unit of LM Ericsson Telephone Co of Sweden, said it won ...": not a body named "U.S.
    # unit of LM Ericsson Telephone Co of Sweden"; "FFB Corp, parent of the First Federal Bank of Connecticut FSB,
    # said": not "Connecticut FSB".
    doc, sts = load("reuters21578/reut2-002.sgm", marker)
    assert_speaker(the(doc, sts, words), speaker)


def test_an_occupation_a_name_and_the_firm_after_of_is_the_person():
    # '"There's so much complexity ...," said analyst Victor Krueger of the Gartner Group.': not the Gartner Group.
    doc, sts = load("reuters21578/reut2-002.sgm", "said analyst Victor Krueger of the Gartner Group")
    assert_speaker(the(doc, sts, "There's so much complexity"), "Victor Krueger", "direct")


def test_a_negated_passive_verb_of_saying_frames_nothing():
    # "Last time it was put together, in 2010, China was not mentioned; Russia was a partner, ...": China said nothing.
    doc, sts = load("state-dept-press-releases-rss/press-releases-2021-06.rss", "China was not mentioned;")
    assert not [st for st in sts if who(st) == "China"], show(sts)


FACT_SHEETS = "whitehouse-briefing-room/statements-releases/"
CLIMATE_FORUM = FACT_SHEETS + "2023-04/2023-04-20-fact-sheet-president-biden-to-catalyze-global-climate-action-through-" \
    "the-major-economies-forum-on-energy-and-climate.md"
MAUI = FACT_SHEETS + "2024-08/2024-08-08-fact-sheet-one-year-after-maui-wildfires-biden-harris-administration-" \
    "continues-comprehensive-support-for-hawaii-families-and-communities.md"


@pytest.mark.parametrize("rel, marker, words", [
    (CLIMATE_FORUM, "Last week, the U.S. Environmental Protection Agency proposed", "new vehicle emissions standards"),
    (MAUI, "The U.S. Department of the Interior also recently announced", "a $20 million investment to bolster"),
])
def test_last_week_and_recently_give_no_day(rel, marker, words):
    # White House fact sheets: "Last week, the U.S. Environmental Protection Agency proposed new vehicle emissions
    # standards ..." (2023-04-20), "The U.S. Department of the Interior also recently announced a $20 million
    # investment ..." (2024-08-08): said on a day before the report that the text does not give; not its day.
    doc, sts = load(rel, marker)
    st = the(doc, sts, words)
    assert st.said_on is None and st.date_basis == "period", show([st])


# -- round 6: fresh news reports of spokespeople (Philippine, Korean, Chinese, Japanese, UK outlets), as excerpts ----

def test_rank_between_a_body_and_a_name_and_a_news_forums_day():
    # tribune.net.ph (2024-12-01, a Sunday): "In a news forum on Saturday in Quezon City, PCG spokesperson for the
    # West Philippine Sea (WPS) Commodore Jay Tarriela said ...": the rank ends the body's words, so the person
    # speaks (not 'West Philippine Sea Commodore Jay Tarriela'), and the forum's Saturday dates what he said
    doc, sts = excerpt("""---
title: "Sino research ships transit EEZ — PCG"
source_url: https://tribune.net.ph/amp/story/2024/12/01/sino-research-ships-transit-eez-pcg
date: "2024-12-01"
---

The Philippine Coast Guard (PCG) confirmed the presence of Chinese marine scientific research (MSR) vessels near the country’s exclusive economic zone (EEZ).

In a news forum on Saturday in Quezon City, PCG spokesperson for the West Philippine Sea (WPS) Commodore Jay Tarriela said three Chinese MSR vessels—the Xiang Yang Hong 3, Jia Geng, and Xiang Yang Hong 10—were detected on 17 November, sailing 257 nautical miles northeast of Santa Ana, Cagayan.

He said the vessels were observed twice within the 200-nautical-mile limit of the Philippines’ EEZ.
""")
    for words in ("three Chinese MSR vessels", "observed twice within"):
        st = the(doc, sts, words)
        assert_speaker(st, "Jay Tarriela", "indirect")
        assert st.said_on == "2024-11-30", (st.said_on, st.date_basis)
    assert not [st for st in sts if "Sea" in (who(st) or "")], show(sts)


def test_publication_date_with_the_days_dot():
    # mobile.teletrader.com prints "Wednesday, 21. October 2020 13:03" above the story: the publication day, so
    # "noted on Wednesday" is 2020-10-21 (no date at all before)
    from pressarchive.clean import parse_dateline
    assert parse_dateline("Wednesday, 21. October 2020 13:03") == "2020-10-21T13:03"
    assert parse_dateline("2. March") is None
    doc, sts = excerpt("""---
title: "US wrong for treating China as opponent - FM"
source_url: http://mobile.teletrader.com/news_detail.aspx?id=53539711
date: "Wednesday, 21. October 2020"
---

The United States made "a strategic misjudgment" by treating China as an opponent, Chinese Foreign Ministry spokesman Zhao Lijian (pictured) noted on Wednesday, adding that Beijing has no intention of "replacing or provoking" any country.
""")
    st = the(doc, sts, "strategic misjudgment")
    assert_speaker(st, "Zhao Lijian", "indirect")
    assert st.said_on == "2020-10-21", (doc.published, st.said_on, st.date_basis)


def test_an_unnamed_spokesman_of_the_lead_is_the_one_the_report_names_later():
    # Korea Herald (2017-10-10): "..., a foreign ministry spokesman said Tuesday." then "Noh Kyu-duk, foreign
    # ministry spokesman, told a regular press briefing": Seoul's spokesman, never the State Department's
    # spokesperson of that day (Heather Nauert), whom the registry holds for "foreign ministry spokesman"
    doc, sts = excerpt("""---
title: "S. Korea stays 'fully' ready for N. Korean provocations"
source_url: https://m.koreaherald.com/amp/view.php?ud=20171010000818
date: "Oct. 10, 2017"
---

South Korea stays "fully" ready for any provocation by North Korea as concerns remain high that the reclusive state could carry out provocative acts to mark one of its major political events, a foreign ministry spokesman said Tuesday.

"At a time when the North is publicly threatening additional provocations, our government is paying close attention to the possibility ... and remains fully ready for them," Noh Kyu-duk, foreign ministry spokesman, told a regular press briefing.

In his recent tweet, US President Donald Trump apparently suggested military options against the North by saying that "only one thing will work" to end Pyongyang's nuclear program.
""")
    st = the(doc, sts, "fully\" ready for any provocation")
    assert_speaker(st, "Noh Kyu-duk", "indirect")
    assert st.said_on == "2017-10-10"
    assert not [s for s in sts if who(s) == "Heather Nauert"], show(sts)


def test_japanese_ministry_label_with_the_surname_in_capitals():
    # mofa.go.jp press conference (2019-11-01): "Kyodo News, TAKAO: ..." asks, "Mr. MOTEGI Toshimitsu, Minister
    # for Foreign Affairs: ..." answers. The answer is the minister's; what Abe "stated" inside the question is not a
    # statement of the page (it was nothing read before: no label named anyone)
    doc, sts = excerpt("""---
title: "Press Conference by Foreign Minister MOTEGI Toshimitsu"
source_url: https://www.mofa.go.jp/press/kaiken/kaiken4e_000712.html
date: "Friday, November 1, 2019"
---

Press Conference by Foreign Minister MOTEGI Toshimitsu

Friday, November 1, 2019, 1:46 p.m. Ministry of Foreign Affairs

Ballistic Missile Launch by North Korea

Kyodo News, TAKAO: I would like to ask about the ballistic missile launch by North Korea yesterday. Prime Minister Abe stated that he strongly condemns the launch of objects by North Korea, which was determined to be ballistic missiles, as a threat to regional peace and security. Based on this incident, do you believe there is a need to hold a Japan-U.S. Summit Telephone Talk?

Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: North Korea’s ballistic missile launch yesterday violates the related Security Council Resolutions and is extremely regrettable. The Government of Japan immediately issued a severe protest and strong criticism to North Korea through the embassy route in Beijing.

What actions will North Korea take going forward? Nothing has been decided at present.
""")
    assert doc.genre == "transcript"
    st = the(doc, sts, "violates the related Security Council Resolutions")
    assert_speaker(st, "Motegi Toshimitsu", "direct")
    assert st.said_on == "2019-11-01"
    assert not [s for s in sts if "strongly condemns" in s.text], show(sts)


def test_an_acronym_after_an_article_is_no_name_in_capitals():
    # ukpol.co.uk (FCDO release of 9 August 2024): "An FCDO spokesperson said:" is no label of a person 'An FCDO'
    doc, sts = excerpt("""---
title: "UK statement – Israel’s revocation of Norwegian diplomats’ status"
source_url: https://www.ukpol.co.uk/tag/foreign-office/page/96
date: "9 August 2024"
---

The press release issued by the Foreign Office on 9 August 2024.

An FCDO spokesperson said:

We are deeply concerned by Israel’s decision to revoke the diplomatic status of 8 Norwegian diplomats dealing with the Palestinian Authority. We urge Israel to reconsider.
""")
    assert not [s for s in sts if "An FCDO" in (who(s) or "")], show(sts)


def test_asserting_frames_more_speech_and_speaking_during_tells_the_occasion():
    # thetransparency.uk (2023-08-30, a Wednesday): "X emphasized that A, asserting that ‘B’, speaking during a daily
    # press briefing in Beijing on Wednesday.": A ends before ", asserting", B before ", speaking during"; Wednesday
    # dates both
    doc, sts = excerpt("""---
title: "China: ‘HK, Xinjiang, Tibet are China’s internal affairs’ – MOFA spox"
source_url: https://thetransparency.uk/2023/08/30/china-hk-xinjiang-tibet-are-chinas-internal-affairs
date: "2023-08-30"
---

During British Foreign Secretary James Cleverly’s visit to China, Ministry of Foreign Affairs spokesperson Wang Wenbin emphasized that affairs relating to Hong Kong, Xinjiang and Tibet are China’s internal affairs, asserting that ‘other countries have no right to interfere’, speaking during a daily press briefing in Beijing on Wednesday.
""")
    st = the(doc, sts, "are China’s internal affairs")
    assert_speaker(st, "Wang Wenbin", "indirect")
    assert st.text.endswith("internal affairs"), show([st])
    rest = the(doc, sts, "no right to interfere")
    assert "speaking" not in rest.text and "Wednesday" not in rest.text, show([rest])
    assert {st.said_on, rest.said_on} == {"2023-08-30"}


def test_surname_first_label_names_the_same_press_secretary_and_a_bare_opening_is_no_statement():
    # own train docs/jp/022.md (mofa.go.jp, 2021-04-28): "Mr. YOSHIDA Tomoyuki, Press Secretary: Please excuse me for
    # my long absence. ... I do not have anything in particular to announce." then "Asahi Shimbun, Abe: ..." and
    # "Press Secretary Yoshida: Your question is about ...": the later label is his (his surname comes first), the
    # courtesies before the first question are no statement, nor the topic's heading after them
    doc, sts = load_own("docs/jp/022.md")
    assert doc.genre == "transcript"
    st = the(doc, sts, "Your question is about the English edition of Newsweek")
    assert_speaker(st, "YOSHIDA Tomoyuki", "direct")
    assert not [s for s in sts if "long absence" in s.text or s.text.startswith("Prime Minister Suga’s Appearance")], \
        show(sts)


def test_a_date_of_the_clause_before_but_does_not_date_the_saying():
    # manilastandard.net (PCG briefing on Saturday, 2024-11-30): "More than 80 Chinese vessels were monitored in
    # Pag-asa Island’s territorial sea on Nov. 27 but Tarriela said it might have been due to bad weather.": Nov. 27
    # is the day of the monitoring, not of what Tarriela said
    from pressarchive.dates import DocumentDates
    text = ("More than 80 Chinese vessels were monitored in Pag-asa Island’s territorial sea on Nov. 27 but Tarriela "
            "said it might have been due to bad weather.")
    start = text.index("it might")
    assert DocumentDates(text, "2024-11-30").framed(0, len(text), exclude=[(start, len(text) - 1)]) == []
    # the day set before the frame itself still dates it
    framed = "On Nov. 27, Tarriela said it might have been due to bad weather."
    assert DocumentDates(framed, "2024-11-30").framed(0, len(framed)) == [("2024-11-27", "explicit")]


def test_the_pms_of_a_lobby_briefing_summary_is_downing_street_on_the_day_heading_it():
    # downingstreetsays.com/page/69 (no publication date): "» Tuesday, December 4, 2012" then "Asked about Cabinet
    # discussions on broadband, the PMS said that ...": the Prime Minister's Spokesman is the office (GUIDELINES),
    # also by the lobby's initials (PMS, PMOS), and the day line over the page dates what follows it
    doc, sts = excerpt("""---
title: "Downing Street Says..."
source_url: http://downingstreetsays.com/page/69
---

Downing Street Says...

» Tuesday, December 4, 2012

Asked about Cabinet discussions on broadband, the PMS said that discussions were relatively short but the Government was looking to meet its commitments on broadband.

Briefing took place at 10:00 | Read whole briefing | Comments (0)

Chinese Visas

Questioned on Chinese visas for the UK, the PMS said that Chinese people were increasingly coming to the UK for business reasons and tourism.
""")
    for words in ("discussions were relatively short", "increasingly coming to the UK"):
        st = the(doc, sts, words)
        assert_speaker(st, "Downing Street", "indirect")
        assert st.said_on == "2012-12-04", (st.said_on, st.date_basis)


def test_a_sentence_ends_after_a_closing_guillemet():
    # newstube.ru (Lu Kang, MFA briefing): 'Kang said that «China would like to solve ... equality and respect.» He
    # added that ...': the first statement ends with the guillemet, the next sentence is his added one
    doc, sts = excerpt("""---
title: "China: Beijing urges US to refrain from provocation as trade talks begin"
source_url: https://www.newstube.ru/media/china-beijing-urges-us-to-refrain-from-provocation-as-trade-talks-begin
---

Chinese Ministry of Foreign Affairs spokesperson Lu Kang urged the US to «create a good atmosphere» for governmental trade talks, during a press conference in Beijing on Monday. Commenting on the ongoing trade talks between Chinese and US officials in Beijing, Kang said that «China would like to solve the economic and trade frictions on the base of equality and respect.» He added that Chinese government was always convinced that «the trade war is not good for both sides, or even for the rest of the world.»
""")
    st = the(doc, sts, "solve the economic and trade frictions")
    assert_speaker(st, "Lu Kang")
    assert "He added" not in st.text and "trade war" not in st.text, show([st])
    assert_speaker(the(doc, sts, "the trade war is not good"), "Lu Kang")


def test_the_sentence_before_x_made_the_statement_is_xs():
    # baobinhduong.vn (VOV copy): the lead "Vietnam respects and positively develops relations with partner countries
    # ..." is framed by the next sentence, "Foreign Ministry spokesperson Le Hai Binh made the statement when
    # responding to reporters’ queries ... at a regular press briefing in Hanoi on September 10.", and the quotation
    # after it with no frame is his too (both missed before)
    doc, sts = excerpt("""---
title: "Vietnam respects positive ties with partner nations"
source_url: https://baobinhduong.vn/en/vietnam-respects-positive-ties-with-partner-nations-a126796.html
date: "2015-09-11"
---

Vietnam respects and positively develops relations with partner countries for the benefit of the Vietnamese people and interests of partner countries for peace, stability, cooperation and development in the Asia-Pacific region, especially with neighboring countries and within the ASEAN.

Foreign Ministry spokesperson Le Hai Binh made the statement when responding to reporters’ queries about the Philippine press reporting that Manila wants to upgrade its relations with Vietnam to a strategic partnership at a regular press briefing in Hanoi on September 10.

"In our relations with the Philippines, we are consistent with a foreign policy of intensive international integration in developing ties with the Philippines. We believe that the bilateral friendship cooperation will positively contribute to peace, stability, cooperation and development in Southeast Asia and the Asia Pacific.”
""")
    lead = the(doc, sts, "positively develops relations with partner countries")
    assert_speaker(lead, "Le Hai Binh", "indirect")
    assert lead.said_on == "2015-09-10", (lead.said_on, lead.date_basis)
    assert_speaker(the(doc, sts, "we are consistent with a foreign policy"), "Le Hai Binh", "direct")



def test_a_sentence_framed_by_an_unnamed_source_is_not_given_whole_to_who_made_the_comments():
    # bbc-news/business/087: "..., never made accounting decisions, a witness has told jurors. David Myers made the
    # comments under questioning ...": the sentence has a frame of its own; it is not all Myers's words
    doc, statements = load("bbc-news/business/087.txt", "David Myers made the comments")
    assert not [st for st in statements if "a witness has told jurors" in st.text and who(st) == "David Myers"], \
        show(statements[:4])


def test_a_markdown_page_without_a_date_field_is_dated_by_its_header_date_line():
    # ukpol.co.uk (front matter with no date): "Below is a press release issued by the Foreign and Commonwealth Office
    # on 13/11/2019." over "A Foreign & Commonwealth Office spokesperson said: “...”": the release of 13 November
    # 2019, as the same page as plain text is read
    doc, sts = excerpt("""---
title: "Foreign and Commonwealth Office – 2019 Press Release on the Situation in Bolivia"
source_url: https://www.ukpol.co.uk/latest-posts/page/13589
---

Foreign and Commonwealth Office – 2019 Press Release on the Situation in Bolivia

Below is a press release issued by the Foreign and Commonwealth Office on 13/11/2019.

A statement from the Foreign & Commonwealth Office following Jeanine Áñez becoming interim President of Bolivia.

A Foreign & Commonwealth Office spokesperson said:

“The United Kingdom congratulates Jeanine Áñez on taking on her new responsibilities as interim President of Bolivia. We welcome Ms Áñez’s appointment and her declared intention to hold elections soon.”
""")
    assert (doc.published or "")[:10] == "2019-11-13"
    st = the(doc, sts, "congratulates Jeanine Áñez")
    assert st.said_on == "2019-11-13", (st.said_on, st.date_basis)


def test_a_numeric_date_beside_a_us_time_zone_is_month_first():
    # agenparl.eu's copy of a State Department briefing prints "10/11/2022 07:54 PM EDT" (October 11), while
    # "Updated: 16-09-2021 17:40 IST" and the UK's "13/11/2019" are day first
    from pressarchive.clean import parse_dateline
    assert parse_dateline("10/11/2022 07:54 PM EDT") == "2022-10-11"
    assert parse_dateline("Updated: 16-09-2021 17:40 IST") == "2021-09-16"
    assert parse_dateline("Below is a press release issued by the Foreign and Commonwealth Office on 13/11/2019.") == \
        "2019-11-13"


def test_one_yearless_date_line_over_an_undated_page_dates_nothing():
    # bbc-news/sport/378 ("Ireland v USA (Sat) / Saturday 20 November / Lansdowne Road, Dublin"): the match day, with
    # no year but the one the text recalls ("in 2000"): not the day O'Sullivan spoke (a dated line of its own, with
    # its year, would be: see the lobby briefing summary above)
    doc, statements = load("bbc-news/sport/378.txt", "said O'Sullivan")
    st = the(doc, statements, "will have them very organised")
    assert st.said_on is None, (st.said_on, st.date_basis)


def test_words_cut_off_at_a_subordinator_are_no_statement():
    # "That happened when Lucy wrote to his Parliamentary office saying she believed he was her father.": the learned
    # model proposed 'That happened when' as Lucy's words; what she wrote stays hers.
    doc, sts = load("bbc-news/politics/113.txt", "That happened when Lucy wrote")
    assert not [st for st in sts if st.text.strip() == "That happened when"], show(sts)
    assert_speaker(the(doc, sts, "she believed he was her father"), "Lucy")


def test_lives_claimed_are_not_words_said():
    # A presidential message: "... and the raging Revolutionary War claimed the lives of his mother and two brothers by
    # his early teens.": no statement of the war's (the paragraph is the President's, as the message is his).
    doc, sts = load("whitehouse-briefing-room/briefings-statements/2026-03/2026-03-15-america-250-presidential-message-"
                    "on-the-birthday-of-president-andrew-jackson.md", "Revolutionary War claimed the lives")
    assert not [st for st in sts if st.cue == "claimed" or who(st) == "Revolutionary War"], show(sts)
    assert_speaker(the(doc, sts, "Revolutionary War claimed the lives"), "Donald Trump")


def test_a_briefers_opening_with_nothing_at_the_top_is_no_statement():
    # "MR PRICE: Good afternoon. I’ve actually come emptyhanded today, don’t have anything at the top, and I see we’re
    # also empty in front, so I don’t know what to do. (Laughter.)": no statement; his answers after it are.
    doc, sts = load("state-dept-press-releases-rss/press-releases-2021-08.rss", "come emptyhanded today")
    assert not [st for st in sts if "emptyhanded" in st.text], show(sts)
    assert [st for st in sts if who(st) == "Ned Price"], show(sts)


ZYTE_MOON = "zyte-article-extraction/html/c50845a7158af12ee75acea301a3ea0dad1e848d6b9dbdb43ba7f2d825b2528b.html.gz"


def test_a_possessive_role_in_apposition_is_the_persons_not_a_body():
    # '"The CLPS initiative was designed to ...," Thomas Zurbuchen, NASA's associate administrator of the Science
    # Mission Directorate, said in the statement. "As we build a steady cadence of deliveries, ..."': both his, not
    # a body named "Science Mission Directorate" (the role after the possessive is a person's title).
    doc, sts = load(ZYTE_MOON, "Thomas Zurbuchen, NASA")
    assert_speaker(the(doc, sts, "The CLPS initiative was designed"), "Thomas Zurbuchen", "direct")
    assert_speaker(the(doc, sts, "As we build a steady cadence of deliveries"), "Thomas Zurbuchen", "direct")


# Audit round 7 (issue 8): fresh news reports of spokespeople, other queries than round 6's.

def test_a_year_naming_a_treaty_after_the_gives_no_year_and_a_speaker_title_before_a_name_is_a_title():
    # Korea JoongAng Daily (no date on the page): "National Assembly Speaker Moon Hee-sang's remarks" introduces
    # Moon Hee-sang ("Speaker" heads his name, as "Senator" does); "In an interview with Bloomberg on Feb. 8, Moon
    # urged ..." takes no year from "the 1965 Korea-Japan treaty" (it was 1965-02-08 and "Moon")
    doc, sts = excerpt("""---
title: "Korea, Japan squabble over Kono's complaint"
source_url: https://koreajoongangdaily.joins.com/2019/02/17/politics/Korea-Japan-squabble-over-Konos-complaint/3059523.html
---

Bickering between Seoul and Tokyo continued Sunday, as their foreign ministers offered different accounts of a recent meeting on a top Korean legislator's remarks that the Japanese emperor must apologize for the country's wartime sexual slavery of Korean women.

Japanese Foreign Minister Taro Kono said Sunday that he complained to his Korean counterpart, Kang Kyung-wha, about National Assembly Speaker Moon Hee-sang's remarks during a ministerial meeting in Munich, Friday. Kang, however, said Kono did no such thing.

In an interview with Bloomberg on Feb. 8, Moon urged Japanese Emperor Akihito to offer a personal apology to the victims of the sexual slavery. "Isn't he the son of the main culprit of war crimes?" Moon said in the interview. "So, if a person like that holds the hands of the elderly and says he's really sorry, then that one word will resolve matters once and for all."

At the latest foreign ministerial talks, Kang and Kono apparently discussed a series of sensitive issues that concern already precarious bilateral relations between the two East Asian neighbors. Kono also asked for bilateral talks under the 1965 Korea-Japan treaty on war-related claim rights.
""")
    # (since dates15 the page takes the day its address carries, 2019/02/17: Feb. 8 is of 2019, not of 1965)
    assert doc.published[:10] == "2019-02-17"
    for key in ("Japanese Emperor Akihito to offer", "son of the main culprit", "holds the hands of the elderly"):
        st = the(doc, sts, key)
        assert_speaker(st, "Moon Hee-sang")
        assert st.said_on in (None, "2019-02-08"), (key, st.said_on, st.date_basis)     # (the quotes: undated)
    # ... with the text's years its own: none but the treaty's
    from pressarchive.dates import YEAR, _in_a_name
    assert [_in_a_name(doc.body, m) for m in YEAR.finditer(doc.body)] == [True]


def test_a_gerund_after_an_inverted_frame_is_no_content_and_a_frame_inside_another_frames_words_ends_with_them():
    # ecns.cn: "The world does not need a "Group of One" ..., Foreign Ministry spokesman Wang Wenbin warned on
    # Wednesday in denouncing a G7 statement that grossly interfered with ...": the words are before the frame (the
    # "that" is the G7 statement's relative clause: 'grossly interfered with China's internal affairs' was his)
    doc, sts = excerpt("""---
title: "World does not need 'Group of One': FM spokesman"
source_url: http://ecns.cn/news/2023-04-20/detail-ihcnqkua2840292.shtml
---

Foreign Ministry spokesman Wang Wenbin speaks during a regular news briefing in Beijing, April 19, 2023. (Photo/fmprc.gov.cn)

The world does not need a "Group of One" dictating to the rest of it, Foreign Ministry spokesman Wang Wenbin warned on Wednesday in denouncing a G7 statement that grossly interfered with China's internal affairs.

Speaking at a regular news conference in Beijing, Wang added that it is dangerous to seek the so-called "solidarity" of a few at the cost of a divided world.
""")
    st = the(doc, sts, "does not need a")
    assert_speaker(st, "Wang Wenbin", "indirect")
    assert "denouncing" not in st.text and "interfered" not in st.text, st.text
    assert not [s for s in sts if "grossly interfered" in s.text], show(sts)
    # KUNA: "Japan has urged again the Chinese government to ..., Chief Cabinet Secretary Osamu Fujimura said
    # Tuesday, as ...": Fujimura's words, and Japan's inside them (a framed statement of its own) ending with them,
    # not running across his frame
    doc, sts = excerpt("""---
title: "Japan urges China to protect Japanese nationals"
source_url: https://www.kuna.net.kw/ArticlePrintPage.aspx?id=2263122&language=en
---

TOKYO, Sept 18 (KUNA) -- Japan has urged again the Chinese government to take every possible measure to protect Japanese nationals and prevent further damage to Japanese companies in China, Chief Cabinet Secretary Osamu Fujimura said Tuesday, as anti-Japan protests spread to over 100 cities across the country.

"China should calmly respond to anti-Japan demonstrations from a broader point of view, as Japanese companies play a significant role in the Chinese economy and its employment," the top government spokesman told a news conference.
""")
    assert_speaker(the(doc, sts, "Japan has urged again"), "Osamu Fujimura", "indirect")
    assert not [s for s in sts if "Fujimura said" in s.text], show(sts)
    assert [who(s) for s in sts if s.text.startswith("again the Chinese government")] == ["Japan"], show(sts)


VOV_THI_TU = """---
title: "Vietnam asks related parties to respect its national sovereignty"
source_url: https://vovworld.vn./en-US/news/vietnam-asks-related-parties-to-respect-its-national-sovereignty-987035.vov
---

(VOVWORLD) - Vietnamese Foreign Ministry spokeswoman Le Thi Thu Hang has repeated Vietnam's opposition to violation of sovereign rights and jurisdiction rights of Vietnam in Truong Sa (Spratly) and Hoang Sa (Paracel) archipelagoes.

During an online press conference in Hanoi on Thursday, the spokeswoman asked parties to respect the rights of coastal countries in line with international law. She responded to the Philippine's recent announcement to repair and upgrade runways and other facilities on Thi Tu Island, part of Vietnam's Truong Sa archipelago. Hang says, 'As repeatedly asserted, Vietnam has sufficient historic evidence and legal grounds about its sovereign rights and jurisdiction over Hoang Sa and Truong Sa archipelagos in line with international law. All acts of violation of Vietnam's national sovereignty and related rights in Truong Sa archipelago are illegal and invalid. Vietnam asks related parties to respect its national sovereignty, international law, comply with the DOC, UNCLOS 1982, not complicating the situation and contributing positively to peace in the East Sea, as well as facilitating negotiation for the COC.'
"""


def test_what_was_answered_or_denied_named_and_no_more_is_no_statement():
    # VOV: "She responded to the Philippine's recent announcement to repair and upgrade runways ...": what she
    # answered, not what she said (her words follow: "Hang says, '...'")
    doc, sts = excerpt(VOV_THI_TU)
    assert not [s for s in sts if s.cue == "responded"], show(sts)
    # Evening Standard: "But health minister Stephen Kinnock flatly denied the claim." (his words follow in quotes)
    doc, sts = excerpt("""---
title: "Britain expels Russian diplomat and spouse in tit-for-tat retaliation"
source_url: https://iframe.standard.co.uk/news/politics/britain-expels-russian-diplomat-spouse-titfortat-retaliation-b1216307.html
---

Mr Kelin had alleged that the UK was a barrier to ending the conflict.

"At the moment the UK is at the head of those who are resisting a quick peace," he said last week.

But health minister Stephen Kinnock flatly denied the claim.

"It's absolutely vital that we remember this war could end tomorrow if Russia were to withdraw," he stressed.
""")
    assert not [s for s in sts if s.text == "the claim"], show(sts)
    assert_speaker(the(doc, sts, "this war could end tomorrow"), "Stephen Kinnock", "direct")
    assert_speaker(the(doc, sts, "the UK was a barrier"), "Kelin")


def test_a_quotation_in_single_marks_after_a_comma_is_one_direct_statement():
    # VOV: "Hang says, 'As repeatedly asserted, ... law. All acts ... are illegal and invalid. Vietnam asks related
    # parties to respect ... for the COC.'": one quotation in single marks, Hang's (it stopped at the first full stop,
    # and "Vietnam asks ..." inside it was Vietnam's); the apostrophes of "Vietnam's" and "Philippine's" open none
    doc, sts = excerpt(VOV_THI_TU)
    st = the(doc, sts, "As repeatedly asserted")
    assert_speaker(st, "Le Thi Thu Hang", "direct")
    assert st.text.endswith("facilitating negotiation for the COC."), st.text
    assert not [s for s in sts if who(s) == "Vietnam"], show(sts)


def test_a_headline_verb_opens_no_name_and_words_end_before_another_s_saying_they_answer():
    # NTD ("US Spokesperson Urges China Take 3 Steps" printed over the story): "The U.S. spokesperson added" is the
    # State Department named before, not 'Urges China Take'; "is responding with its first requests" says nothing
    # yet
    doc, sts = excerpt("""---
title: "US Spokesperson Urges China Take 3 Steps"
source_url: https://www.ntd.com/us-spokesperson-urges-china-take-3-steps_453629.html
---

US Spokesperson Urges China Take 3 Steps

NTD Newsroom

As the Chinese ambassador calls for cooperation, the U.S. state department is responding with its first requests.

On April 7, the U.S. State Department told Beijing to put its words into action and requested they do three things.

The U.S. spokesperson added, "true cooperation requires transparency and real actions, not just rhetoric."

A netizen from Hongkong responded saying: "I don't think (the) CCP (Chinese Communist Party) will tell the truth willingly because they have been spreading hate and lies for the past 70 years."
""")
    st = the(doc, sts, "true cooperation requires transparency")
    # (the registry's name for it since "the U.S. State Department" finds its entry: wire13)
    assert "state department" in fold(who(st)) or who(st) == "US Department of State", show([st])
    assert not [s for s in sts if "Urges" in who(s)], show(sts)
    assert not [s for s in sts if s.text.startswith("with its first requests")], show(sts)
    # Reuters: "China said it would not tolerate provocation after Japan's top government spokesman said on Tuesday
    # Japan might station government workers on disputed islands ...": China's words end before the answered saying
    doc, sts = excerpt("""---
title: "China says won't tolerate provocation after Japan comments on disputed isles"
source_url: http://in.reuters.com/article/japan-china-idINL3N0H61XL20130910
date: "2013-09-10"
---

TOKYO/BEIJING, Sept 10 China said it would not tolerate provocation after Japan's top government spokesman said on Tuesday Japan might station government workers on disputed islands in the East China Sea to defend its sovereignty.

Relations between the world's second- and third-biggest economies have been strained over the uninhabited isles which Japan controls but both countries claim.
""")
    assert_speaker(the(doc, sts, "it would not tolerate provocation"), "China")
    assert not [s for s in sts if "station government workers" in s.text and who(s) == "China"], show(sts)


def test_an_answered_saying_is_no_relative_clause_and_a_rejecting_inside_anothers_words_keeps_its_span():
    # (the checks of corpora against the two rules above) bbc-news/politics/100: "he was sent there after being
    # interrogated by a British man who said he was from MI6, ...": a relative clause, Mubanga's words, not an
    # answered saying; reuters21578 0937: "... to rebuild reserves after losses last autumn and said the underlying
    # rise was still relatively modest": a second frame, not a saying answered
    doc, sts = load("bbc-news/politics/100.txt", "interrogated by a British man")
    assert "who said he was from MI6" in the(doc, sts, "he was sent there").text
    doc, sts = load("reuters21578/reut2-000.sgm", "the underlying rise was still relatively modest")
    assert_speaker(the(doc, sts, "the underlying rise was still relatively modest"), "Treasury")
    # bbc-news/politics/355: "It was because he had rejected previous Lib Dem proposals, ..., that Britain's economy
    # was successful, claimed Mr Brown.": the rejecting inside Brown's words is an act, no statement of its own
    doc, sts = load("bbc-news/politics/355.txt", "It was because he had rejected")
    assert not [s for s in sts if s.text.startswith("previous Lib Dem proposals")], show(sts)


def test_a_lead_opened_by_a_numeric_wire_dateline_dates_an_undated_markdown_page():
    # theaseandaily.com (front matter with no date): "18-2-2024 (MANILA) The Philippine Coast Guard (PCG) has
    # expressed alarm ..." is the report of 18 February 2024, so "during a news forum in Quezon City on Saturday" is
    # the 17th (it was undated)
    doc, sts = excerpt("""---
title: "Philippine Coast Guard Raises Concerns Over Chinese Vessels' Dangerous Maneuvers in the West Philippine Sea"
source_url: https://theaseandaily.com/philippine-coast-guard-raises-concerns-over-chinese-vessels-dangerous-maneuvers-in-the-west-philippine-sea
---

18-2-2024 (MANILA) The Philippine Coast Guard (PCG) has expressed alarm as Chinese vessels continue to engage in risky maneuvers in the West Philippine Sea, despite the presence of PCG and Philippine maritime assets.

Commodore Jay Tarriela, PCG spokesman for the West Philippine Sea, revealed during a news forum in Quezon City on Saturday that they have closely monitored four Chinese vessels, specifically CCG 3063 and 3064, which were deployed to guard the southeast entrance of Bajo de Masinloc.
""")
    assert (doc.published or "")[:10] == "2024-02-18"
    st = the(doc, sts, "closely monitored four Chinese vessels")
    assert_speaker(st, "Jay Tarriela")
    assert st.said_on == "2024-02-17", (st.said_on, st.date_basis)


MEA_BRIEFING_2019_11_21 = """---
title: "Transcript of Weekly Media Briefing by Official Spokesperson (November 21, 2019)"
source_url: https://www.mea.gov.in/media-briefings.htm?dtl/32089/Transcript_of_Weekly_Media_Briefing_by_Official_Spokesperson_November_21_2019
date: 2019-11-22
---

Official Spokesperson, Shri Raveesh Kumar: Friends, Namaskar, good afternoon. I don’t have any announcements to make so I open the floor to questions.

Question: On Monday we saw reports from Pakistani media that they have arrested two Indians, any update on that? Has India approached Pakistani government for consular access?

Official Spokesperson, Shri Raveesh Kumar: Are there any related question to this?

Question: There is a similar report coming from Germany of an Indian couple who are accused of spying and are being tried. Do you have some details of that as well?

Official Spokesperson, Shri Raveesh Kumar: You will have to give me some details at least, name and when.

Question Contd.: They are charged of spying on some Sikh community.

Question: I was just wondering if there was any other kind of update on the consular access for Kulbhushan Jadhav and if we could get a broad overview of consular access to other Indian prisoners, are there any other difficulties we are facing?

Official Spokesperson, Shri Raveesh Kumar: On this particular case, you have seen reports that there were two Indian nationals, Mr. Prashant Vaindam and Varilal, we believe that they have inadvertently crossed over to Pakistan sometime in 2016 – 17 and when we were told about this incident we actually had informed to Pakistani side through note-verbal which means we had officially taken up the matter with them.
"""

MEA_BRIEFING_2024_03_15 = """---
title: "Transcript of Weekly Media Briefing by the Official Spokesperson (March 15, 2024)"
source_url: https://meacms.mea.gov.in/media-briefings.htm?dtl/37712/Transcript+of+Weekly+Media+Briefing+by+the+Official+Spokesperson+March+15+2024
date: 2024-03-15
---

Shri Randhir Jaiswal, Official Spokesperson: Good afternoon ladies and gentlemen. Welcome to this press engagement once again. I have no announcements to make. So let's open the floor for questions.

Rishabh: Sir, good evening. Rishabh from Times Now. Sir, early this morning the State Department of United States have made a comment on Citizenship Amendment Act saying that US is concerned about the implementation of CAA. Any response from MEA?

Shri Randhir Jaiswal, Official Spokesperson: Okay. So any more questions regarding CAA, so that we can club it all together?

Speaker: Sir, a similar question. Actually the Taliban Spokesperson has also come up with a concern saying that the CAA should be for all persecuted people irrespective of religion.

Shri Randhir Jaiswal, Official Spokesperson: The Citizenship Amendment Act is an internal matter of India. We are of the view that the statement of the US State Department on the implementation of the CAA is misplaced, misinformed and unwarranted.
"""


def test_indias_briefing_label_with_the_title_before_the_name_and_its_openings():
    # mea.gov.in transcripts label the spokesperson "Official Spokesperson, Shri Raveesh Kumar:" (2019) as well as
    # "Shri Randhir Jaiswal, Official Spokesperson:" (2024): both are the spokesperson's answers, said on the day the
    # title names; the greeting with nothing to announce, "open the floor" and "any more questions regarding CAA"
    # hand the floor on and are no statements
    doc, sts = excerpt(MEA_BRIEFING_2019_11_21)
    st = the(doc, sts, "two Indian nationals, Mr. Prashant Vaindam")
    assert_speaker(st, "Raveesh Kumar", "direct")
    assert st.said_on == "2019-11-21"
    assert not [s for s in sts if "Namaskar" in s.text or "open the floor" in s.text], show(sts)
    doc, sts = excerpt(MEA_BRIEFING_2024_03_15)
    st = the(doc, sts, "internal matter of India")
    assert_speaker(st, "Randhir Jaiswal", "direct")
    assert [s.text for s in sts] == [st.text], show(sts)


def test_a_plural_noun_before_of_is_no_second_frame():
    # voxnews.al (EU spokesperson Peter Stano on the Banjska attack): "Stano emphasized that the EU will not comment
    # every day on the statements and remarks of everyone from the region." "remarks of" is a noun: the content runs
    # to the sentence's end and no second statement starts at "of everyone"
    page = """---
title: "Stano: EU's position is clear, what happened on Sunday in Banjska was a terrorist act"
source_url: https://www.voxnews.al/english/kosovabota/stano-qendrimi-i-be-se-eshte-i-qarte-te-dielen-u-krye--terrorist--i49211
---

The spokesperson of the European Union, Peter Stano, stated today that the position of the EU is that what happened in Banjska, Kosovo, is a terrorist act and indicated that all those responsible for that attack should be brought to justice and held accountable for to.

Stano emphasized that the EU will not comment every day on the statements and remarks of everyone from the region.
"""
    doc, sts = excerpt(page)
    st = the(doc, sts, "will not comment every day")
    assert_speaker(st, "Peter Stano", "indirect")
    assert st.text.endswith("remarks of everyone from the region"), st.text
    assert not [s for s in sts if s.text.startswith("of everyone")], show(sts)


def test_a_labelled_publication_date_wins_over_a_masthead_date_above_it():
    # facenfacts.com (scraped 2024-04-15): the masthead prints the day of the visit ("Monday, Apr 15th 2024"), the
    # byline the article's own date in a day-comma-month form ("PUBLISHED: 05, Jan 2024, 14:39 pm IST")
    text = """Monday, Apr 15th 2024
Trending News

Randhir Jaiswal succceeds Arindam Bagchi as the new MEA Spokesperson, briefs on Iran, China, Red Sea & Qatar Naval officers sentence

By Priti Prakash | PUBLISHED: 05, Jan 2024, 14:39 pm IST | UPDATED: 09, Jan 2024, 20:00 pm IST

Randhir Jaiswal succceeds Arindam Bagchi as the new MEA Spokesperson, briefs on Iran, China, Red Sea & Qatar Naval officers sentence  Photo Credit: Priti Prakash

New Delhi: Randhir Jaiswal, an officer of the 1998 batch of the Indian Foreign Service, succeeds the previous spokesperson, Arindam Bagchi. The new MEA spokesperson previously served as consul general in New York in July 2020.
"""
    doc, _ = analysed_text(text)
    assert doc.published == "2024-01-05"
    assert doc.headline.startswith("Randhir Jaiswal succceeds Arindam Bagchi")
    assert doc.body.startswith("New Delhi: Randhir Jaiswal"), doc.body[:80]


SINGAPORE_MFA_2014_04_10 = """---
title: "MFA Press Statement: Senior Parliamentary Secretary for Foreign Affairs and Culture, Community and Youth Sam Tan's Comments in response to media queries on a Straits Times interview"
source_url: https://mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2014/04/MFA-Press-Statement-Senior-Parliamentary-Secretary-for-Foreign-Affairs_20140410_1
date: 2014-04-10
---

Responding to press queries about a Straits Times interview (‘Lessons from an unfortunate event’ on 5 April 2014) with the Chairman of the Government Parliamentary Committee for Defence and Foreign Affairs, Dr Lim Wee Kiak, in which he said that the Malaysian authorities could have done better in managing the MH370 incident, Senior Parliamentary Secretary (Foreign Affairs) and Senior Parliamentary Secretary (Culture, Community and Youth) Sam Tan said:

“The Singapore Government position has been clearly set out in the remarks by Minister for Foreign Affairs and Minister for Law K Shanmugam to the Foreign Correspondents Association on 28 March 2014, as well as by Prime Minister Lee Hsien Loong to the editors of the Asia News Network on 9 April 2014. It is an unprecedented and very difficult situation and, as Prime Minister Lee said, the Malaysian Government has done a ‘manful job’.

Singapore deployed aircraft and ships in the search and rescue operations, and has conveyed that we stand ready to provide further support as needed.

Dr Lim Wee Kiak’s remarks do not represent the views of the Singapore Government.”

Travel Page
"""


def test_a_quotation_after_a_colon_runs_over_paragraphs_to_its_one_closing_mark():
    # mfa.gov.sg: 'Sam Tan said:' then one opening mark, three paragraphs, one closing mark. The middle paragraph is
    # Sam Tan's words, not a statement of "Singapore"; "in which he said" in the interview's description is Dr Lim's
    doc, sts = excerpt(SINGAPORE_MFA_2014_04_10)
    st = the(doc, sts, "The Singapore Government position")
    assert_speaker(st, "Sam Tan", "direct")
    assert "stand ready to provide further support" in st.text and st.text.rstrip(".").endswith("views of the Singapore Government")
    assert len(sts) == 2, show(sts)
    lim = the(doc, sts, "could have done better")
    assert_speaker(lim, "Lim Wee Kiak", "indirect")
    assert lim.speaker_role is None or "which" not in lim.speaker_role, lim.speaker_role


def test_a_quotation_left_open_with_marks_in_the_next_paragraphs_stays_in_its_paragraph():
    # the run-on needs the later paragraph's only mark to close it: a new quotation there keeps them apart
    from pressarchive.extract.quotes import find_quotes
    body = ('The minister said:\n\n“We will act now.\n\nThe opposition said “it is too late” and walked out.\n\n'
            'Nothing more was said.')
    (q,) = [q for q in find_quotes(body) if body[q.start:].startswith("We will")]
    assert body[q.start:q.end].rstrip() == "We will act now."


def test_the_release_wire_date_line_of_public_technologies_is_month_first():
    # pubt.io copy of a Singapore MFA written reply: "01/13/2026 | Press release | Distributed by Public on
    # 01/13/2026 09:24"; its numeric dates are month first, as "02/03/2026" is 3 February
    from pressarchive.clean import parse_dateline
    assert parse_dateline("01/13/2026 | Press release | Distributed by Public on 01/13/2026 09:24") == "2026-01-13"
    assert parse_dateline("02/03/2026 | Press release | Distributed by Public on 02/03/2026 09:24") == "2026-02-03"


def test_a_transcription_services_timed_labels_and_an_undated_copy_of_a_briefing():
    # rev.com: "Matthew Miller (00:41):" on a line of its own, his words in the paragraphs after it, "Speaker 2
    # (01:28):" a reporter's; the title's "5/2/24" is May 2 (posted May 6), not February 5
    page = """May 6, 2024

U.S. State Department Press Briefing 5/2/24

State Department Spokesperson Matthew Miller leads the State Department Briefing on 5/02/24. Read the transcript here.

Speaker 2 (00:02):

As things stand now, how does the international community keep the bar from being lowered in setting the stage for future conflicts in the Middle East and globally to allow for the bombing of schools, and hospitals, and ambulances?

Matthew Miller (00:41):

So, I’d say we absolutely do not want the bar to be lowered. The bar should be the same standards should be applied to every conflict everywhere in the world, including in this one.

Speaker 2 (01:28):

Do there need to be penalties to make sure that happens?

Matthew Miller (01:31):

International humanitarian law needs to be enforced. Absolutely. That is true. That is the position of the United States everywhere in the world. Go ahead.
"""
    doc, sts = analysed_text(page)
    assert [s.speaker.name for s in sts] == ["Matthew Miller", "Matthew Miller"], show(sts)
    assert {s.said_on for s in sts} == {"2024-05-02"}
    assert not [s for s in sts if "penalties" in s.text or "international community keep" in s.text]
    # newsvirl.xyz copy of "Department Press Briefing – July 12, 2023" (no publication date, no full name): "MR
    # MILLER:" is the Department Spokesperson in office on the day the title gives; a cut-off "But it is – it is – it
    # is —" is no statement
    page = """USA News

Department Press Briefing – July 12, 2023

2:34 p.m. EDT

MR MILLER: Thank you – do not have any opening comments, so Matt?

QUESTION: So what can you tell us about this hack, the – this infiltration of at least State Department e-mail hacks?

MR MILLER: I can say that last month the State Department detected anomalous activity. We did two things immediately.

QUESTION: Okay. Just – but what – I mean, what does that mean?

MR MILLER: But it is – it is – it is —

MR MILLER: It is activity in which an actor is attempting to or successful in breaching our systems.
"""
    doc, sts = analysed_text(page)
    st = the(doc, sts, "detected anomalous activity")
    assert st.speaker.name == "Matthew Miller" and st.said_on == "2023-07-12", (st.speaker, st.said_on)
    assert not [s for s in sts if s.text.startswith("But it is")], show(sts)


def analysed_text(text: str, name: str = "page.txt"):
    """(doc, statements) of a plain-text page, read and analysed as ingest does."""
    from pressarchive.analyse import analyse
    from pressarchive.read import read_documents
    from test_hard_cases import REGISTRY, TAXONOMY
    _, docs = read_documents(text.encode("utf-8"), name, name)
    (doc,) = list(docs)
    _, statements = analyse(doc, name, REGISTRY, TAXONOMY)
    return doc, statements


def test_she_is_not_a_man_named_by_a_photo_credit():
    # globalnews.ca/news/5699494 (2019-07-29): a caption ends with the photographer's credit "Callum Smith / Global
    # News"; the next "She said ..." is Cathy Manuel's, not Callum Smith's (a man's given name)
    page = """---
title: "Moncton neighbourhood in need for ‘critically important’ watch program following break-in, theft"
source_url: "https://globalnews.ca/news/5699494/moncton-neighbourhood-in-need-for-critically-important-watch-program-following-break-in-theft/"
date: 2019-07-29
---

Cathy Manuel, a resident of the city’s old west end, said she’s angry “someone violated my security,” after she allegedly someone broke into her home while she was sleeping.

“Everything was open, drawers were open, pantry was open, door to the basement was open,” she said. “Also, the door to the backyard and to the garage was open.”

Cathy Manuel says she awoke to noises that came from someone who broke into her home. Callum Smith / Global News

She said she left the garage door open by mistake as she’s been in the midst of a landscaping project.

“Not a lot was stolen from me,” she says. “It still feels like a violation of my person, of my property and very much an intrusion on my privacy.”
"""
    doc, sts = excerpt(page)
    for words in ("she left the garage door open", "Not a lot was stolen"):
        assert_speaker(the(doc, sts, words), "Cathy Manuel")


def test_a_street_is_no_speaker_and_downing_street_still_is():
    # cbc.ca (Toronto, "Residents demand answers over gunplay on Riverdale street"): "... people who live on Degrassi
    # Street and First Avenue near Gerrard Street East and Broadview Avenue are fearful." then Matt's words; "He said he
    # went outside ..." is Matt's, not "Gerrard Street East"'s
    from pressarchive.speaker_names import is_place
    page = """---
title: "Residents demand answers over gunplay on Riverdale street"
source_url: https://www.cbc.ca/news/canada/toronto/residents-demand-answers-over-gunplay-on-riverdale-street-1.4194111
---

There are no reports of anyone being injured but people who live on Degrassi Street and First Avenue near Gerrard Street East and Broadview Avenue are fearful.

"It's almost scarier not knowing what happened or what led up to this," said Matt, who heard gunfire erupt close to his home in the early hours of June 17.

CBC Toronto has agreed to withhold Matt's last name over safety concerns.

"It sounded like fireworks going off. Everyone [living on the street] came out of their homes," Matt recalled.

He said he went outside to speak to a police officer who told him that "six shell casings" were found in the intersection.
"""
    doc, sts = excerpt(page)
    assert_speaker(the(doc, sts, "he went outside to speak to a police officer"), "Matt")
    assert is_place("Gerrard Street East") and is_place("Broadview Avenue")
    assert not is_place("Downing Street") and not is_place("Graham Lane")


def test_an_apposition_of_names_closed_by_a_lower_case_title():
    # bbc-news/business/380: "Monica Chadha, BBC Delhi reporter, said air travel in India had increased by almost 20%
    # ...": the apposition has no article, its title word comes last
    doc, statements = load("bbc-news/business/380.txt", "Monica Chadha")
    assert_speaker(the(doc, statements, "air travel in India had increased"), "Monica Chadha", "indirect")


def test_she_stays_with_the_last_speaker_whom_no_one_else_fits():
    # own train docs/pk/062.md (thenews.com.pk): "FO Spokesperson Mumtaz Zahra Baloch said this ... She said, “I would
    # advise you ...”": gender-guesser calls "Mumtaz" a man's name, but nobody else in the text fits "she"
    doc, sts = load_own("docs/pk/062.md")
    assert_speaker(the(doc, sts, "I would advise you to get more details"), "Mumtaz Zahra Baloch", "direct")
    # bbc-news/politics/094: "He said:" after Margaret Davidson spoke is Jack McConnell, the man the text is about
    doc, sts = load("bbc-news/politics/094.txt", "I hope I'm not going to be seen as preaching")
    assert_speaker(the(doc, sts, "I hope I'm not going to be seen as preaching"), "Jack McConnell")


def test_a_reprints_closing_credit_dates_the_page_and_an_age_is_no_body():
    # a People's Daily reprint of Kyodo copy (2002): no date at the top, "(People's Daily June 4, 2002)" closing it;
    # "Fukuda on Monday said" is June 3. "The 65-year-old lawmaker in the ruling Liberal Democratic Party (LDP) said"
    # describes someone named before: never a body called "65-year-old lawmaker in the ruling ..."
    text = """Japanese government spokesman Yasuo Fukuda admitted Monday he was the unnamed ''top government official'' cited by media as suggesting a possible change in Japan's ''three non-nuclear principles,'' but added what he meant to say was not fully reflected in the reports.
Fukuda on Monday said, ''I meant it could be possible that Japanese people discuss the nation's security on any level in line with international situations and times...but I did not indicate any (specific) direction that the government should take in the future.''
The 65-year-old lawmaker in the ruling Liberal Democratic Party (LDP) said that in his Friday comments, ''I also wanted the younger reporters to think about the future (in terms of national security).''
(People's Daily June 4, 2002)
"""
    doc, sts = analysed_text(text)
    assert doc.published == "2002-06-04"
    st = the(doc, sts, "I meant it could be possible")
    assert_speaker(st, "Yasuo Fukuda", "direct")
    assert st.said_on == "2002-06-03"
    assert not [s for s in sts if "year-old" in (s.speaker.name if s.speaker else "")], show(sts)
    from pressarchive.clean import FOOT_CREDIT
    assert FOOT_CREDIT.match("(Xinhua, May 4, 2016)") and not FOOT_CREDIT.match("(Photo taken June 4, 2002)")


def test_a_year_after_a_names_acronym_gives_no_year_to_a_date():
    # vietnamnet-like page with no publication date (dates8 audit): "... made the statement at the press conference on
    # April 8 ... in line with international law and the UN Convention on the Law of the Sea (UNCLOS) 1982.": 1982 is
    # the convention's, so "April 8" has no year and no day is given
    from pressarchive.dates import DocumentDates
    text = ("MoFA's Spokesperson Le Thi Thu Hang made the statement at the press conference on April 8 when answering a "
            "question. It is in line with international law and the UN Convention on the Law of the Sea (UNCLOS) 1982.")
    assert DocumentDates(text, None).phrases == []
    assert [p[2] for p in DocumentDates(text + " Copyright 2019", None).phrases] == ["2019-04-08"]


def test_the_office_of_a_title_holder_speaks_as_a_body():
    # bbc-news/business/415: "UK house prices dipped slightly in November, the Office of the Deputy Prime Minister
    # (ODPM) has said."; Yonhap: "The office of President Moon Jae-in said ..." is the office, not Moon
    from pressarchive.extract.mentions import parse_np, tokens
    doc, statements = load("bbc-news/business/415.txt", "UK house prices dipped slightly")
    assert_speaker(the(doc, statements, "UK house prices dipped slightly"), "Office of the Deputy Prime Minister")
    m = parse_np(tuple(tokens("The office of President Moon Jae-in")))
    assert (m.kind, m.name) == ("body", "Office of President Moon Jae-in")
    m = parse_np(tuple(tokens("the Office of the United Nations High Commissioner for Human Rights")))
    assert (m.kind, m.name) == ("body", "Office of the United Nations High Commissioner for Human Rights")


def test_a_source_span_over_a_whole_clause_is_its_subject():
    # whitehouse-briefing-room 2026-04-03: "First Lady Melania Trump previewed the 2026 White House Easter Egg Roll,
    # announcing an expanded lineup ...": the tagger's source span ran to the comma, and "Easter Egg Roll" had been
    # the speaker with the role "First Lady Melania Trump previewed the 2026 White House"
    from pressarchive.extract.learned import source_mention
    rel = ("whitehouse-briefing-room/briefings-statements/2026-04/"
           "2026-04-03-first-lady-melania-trump-previews-2026-white-house-easter-egg-roll-activities.md")
    doc, statements = load(rel, "announcing an expanded lineup")
    assert_speaker(the(doc, statements, "an expanded lineup of exciting activities"), "Melania Trump")
    text = "The embattled minister said"
    assert source_mention(text, 0, len("The embattled minister")).text == "The embattled minister"


def test_the_rest_of_a_bodys_name_introduces_nobody():
    # whitehouse-briefing-room 2022-07-08 fact sheet: "The Secretary of HHS has already directed the HHS Office for
    # Civil Rights to take initial steps ...": "Civil Rights" had been a person, and "The Secretary of HHS ...
    # announced nearly $3 million" was given to that person
    rel = ("whitehouse-briefing-room/statements-releases/2022-07/2022-07-08-fact-sheet-president-biden-to-sign-"
           "executive-order-protecting-access-to-reproductive-health-care-services.md")
    doc, statements = load(rel, "nearly $3 million in new funding")
    assert "Office for Civil Rights" in doc.body
    assert not [s for s in statements if s.speaker and s.speaker.name == "Civil Rights"], show(statements)


# -- the lead's round of 3 December on Zyte news pages and BBC news (text no gold set holds) --------------------------
TAYLOR = "zyte-article-extraction/html/70cb2d5bca75ab5a8f6bb378a38a52f882f6bda508de93b12502e74936d86ff2.html.gz"


def test_a_mostly_male_given_name_does_not_rule_she_out():
    # BBC Newsbeat on Zyte: "Then, last week, Taylor Swift posted on Twitter accusing Big Machine ... ¶ She claimed the
    # label thought ... ¶ "I just want to be able to perform my own music," she said.": gender-guesser has Taylor as
    # 'mostly_male' (no gender to rule "she" out by), and "Then, last week," opens the sentence whose subject she is
    from pressarchive.gazetteer import given_names
    doc, statements = load(TAYLOR, "I just want to be able to perform my own music")
    assert given_names().get("taylor") == "a" and given_names().get("john") == "m"
    for marker in ("the label thought the performance", "I just want to be able to perform", "That's it.",
                   "holding back permission", "worst case scenario"):
        assert_speaker(the(doc, statements, marker), "Taylor Swift")


def test_the_quote_after_an_unknown_they_is_theirs_not_the_last_speakers():
    # the same page: '"At no point did we say Taylor could not perform ...," they said in a statement on their website
    # last Friday. ¶ "In fact, we do not have the right to keep her from performing live anywhere."' ("they": Big
    # Machine, met only as a name): not Taylor Swift's
    doc, statements = load(TAYLOR, "In fact, we do not have the right")
    assert not [s for s in statements if "we do not have the right" in s.text or "It should be noted" in s.text], \
        show(statements)


def test_adding_a_goal_is_no_statement():
    # Zyte (AP, hockey round-up): "rookie Emil Bemstrom added a goal and an assist, and Columbus beat Montreal";
    # BBC sport 278: "Joe Cole added a second with a 20-yard shot in injury-time"
    doc, statements = load("bbc-news/sport/278.txt", "20-yard shot in injury-time")
    assert not [s for s in statements if "20-yard shot" in s.text], show(statements)
    page = "---\ntitle: Isles\n---\n\nForeign Minister Wang Yi added a new law would be passed next year.\n"
    _, found = excerpt(page)
    assert said(found) == [("Wang Yi", None, "a new law would be passed next year")]


def test_a_participle_after_a_quote_names_its_object_not_the_speaker():
    # bbc-news/entertainment/175: 'Keys said she was "very excited", describing Charles as "an artist I admire, miss and
    # respect". "I know that this is going to be a very touching and memorable moment," she said.'
    doc, statements = load("bbc-news/entertainment/175.txt", "describing Charles as")
    assert all(s.speaker.name == "Alicia Keys" for s in statements if s.start < doc.body.index("Sir Paul")), \
        show(statements)
    assert_speaker(the(doc, statements, "very touching and memorable moment"), "Alicia Keys")


def test_an_apposition_with_a_second_description_after_and():
    # Zyte (ScienceAlert): '"Numerical experiments of this kind are particularly successful ...," Dylan Nelson, a
    # postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study,
    # said in a statement. "In our simulation, ..."': Nelson's, not the last speaker's (Paul Torrey)
    rel = "zyte-article-extraction/html/3c5bf8db4272925bf1dd5713fc325e179fd0d1cc6fb8c77aa2d917cfd2518a32.html.gz"
    doc, statements = load(rel, "Numerical experiments of this kind")
    assert_speaker(the(doc, statements, "Numerical experiments of this kind"), "Dylan Nelson")
    assert_speaker(the(doc, statements, "In our simulation, we see phenomena"), "Dylan Nelson")


def test_he_of_a_bodys_spokesman_goes_on_being_the_body():
    # bbc-news/politics/377: 'A spokesman for the British Casino Association ... said ... He said the way the licences
    # ... "The UK industry is one of the world's most respected," he said. "We have the lowest level ..."'; and
    # bbc-news/politics/088: "... Lib Dem chairman Matthew Taylor has now written to the watchdog saying: ... He says
    # evidence from local Lib Dem parties ...": someone who opened a sentence since is the "he"
    doc, statements = load("bbc-news/politics/377.txt", "The UK industry is one of the world's most respected")
    for marker in ("The UK industry is one of the world's most respected", "We have the lowest level"):
        assert_speaker(the(doc, statements, marker), "British Casino Association")
    doc, statements = load("bbc-news/politics/088.txt", "He says evidence from local Lib Dem parties")
    assert_speaker(the(doc, statements, "evidence from local Lib Dem parties"), "Matthew Taylor")


def test_a_name_glued_by_a_pages_pop_ups_is_no_speaker():
    # The Hill on Zyte: "... Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders ..." (name cards run together)
    from pressarchive.speaker_names import why_not_a_speaker
    assert why_not_a_speaker("Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders", "person") == "run_together"
    assert why_not_a_speaker("Ron DeSantis", "person") is None and why_not_a_speaker("BlackRock", "organization") is None


def test_said_last_night_dates_the_words_to_the_day_before():
    # Reuters-21578 reut2-003 (NEWID 2595, 11 March 1987): "Ecuador energy and mines minister Javier Espinosa Teran
    # said last night his country needs 120 mln dlrs ...": the night is the frame's, the day before the wire's
    doc, statements = load("reuters21578/reut2-003.sgm", "said last night his country needs")
    st = the(doc, statements, "his country needs 120 mln dlrs")
    assert st.text.startswith("his country needs") and st.said_on == "1987-03-10"
    page = "---\ntitle: x\ndate: 1987-03-11\n---\n\nFinance Minister Maria Lopez said this morning the budget is balanced.\n"
    _, found = excerpt(page)
    assert said(found) == [("Maria Lopez", "1987-03-11", "the budget is balanced")]


def test_the_vietnamese_family_name_to_is_no_preposition():
    # vietnam.vn, "Dak Lak gun attack: 26 suspects arrested"
    # (https://vietnam.vn/en/vu-dung-sung-tan-cong-tai-dak-lak-da-bat-giu-26-doi-tuong-lien-quan; a page of the
    # seed10 round's held-out sample, used after its figures were taken): "Lieutenant General To An Xo" had been "An Xo"
    page = ("---\ntitle: \"Dak Lak gun attack: 26 suspects arrested\"\n---\n\n"
            "Earlier, on the same morning, Lieutenant General To An Xo said that Dak Lak Provincial Police had arrested "
            "22 subjects related to the gun attack on the People's Committee Headquarters of Ea Tieu Commune.\n")
    _, found = excerpt(page)
    assert [s for s, _, _ in said(found)] == ["To An Xo"]
    from pressarchive.extract.mentions import parse_np, tokens
    assert parse_np(tuple(tokens("General Secretary To Lam"))).name == "To Lam"
    m = parse_np(tuple(tokens("US Ambassador To Vietnam Marc Knapper")))
    assert m.name == "Marc Knapper"


# -- the lead's round of 3 December (third session) ------------------------------------------------------------------

def test_hinted_that_and_stating_that_frame_speech():
    # bbc-news/sport/110: "Robben had been expected to be out for six weeks, but Meersseman hinted that the winger
    # could be fit for the vital Stamford Bridge game on 8 March." ("hinted" had been no cue: the clause was lost)
    doc, statements = load("bbc-news/sport/110.txt", "Meersseman hinted that")
    st = the(doc, statements, "the winger could be fit for the vital Stamford Bridge game")
    assert_speaker(st, "Jean Pierre Meersseman", "indirect")
    # ", stating that" frames what the subject of the clause said ("stating" had been read as no verb, like "states")
    from pressarchive.extract.lexicon import CUE_FORMS, MODEL_CUE_FORMS
    assert CUE_FORMS["stating"] == "state" and "stating" not in MODEL_CUE_FORMS and "states" not in CUE_FORMS
    # (no page of the corpora posts this way; the forms as news copy prints them) "posted on X on Tuesday" dates the
    # post, and a post on a platform opens its quotation with a colon ("posted" alone is no cue: 'posted profits')
    page = ("---\ntitle: x\ndate: 2024-05-02\n---\n\nMr Kishida posted a message on X on Tuesday, stating that he was "
            "\"deeply saddened\" by the news.\n\nGovernor Gavin Newsom posted on X on Monday: \"We will sue.\"\n\n"
            "The company posted record profits on Monday: \"a great quarter\", analysts wrote.\n")
    _, found = excerpt(page)
    assert said(found) == [("Kishida", "2024-04-30", "he was \"deeply saddened\" by the news"),
                           ("Gavin Newsom", "2024-04-29", "We will sue.")]


def test_a_day_inside_a_reported_clause_without_that_dates_no_post():
    # bbc-news/tech/133 (undated): "Ms Simonetti announced on her blog she had been fired on 1 November." The day is the
    # firing's; read as the post's, it had dated every statement of the story to a 1 November of a year the text
    # mentions for a debt ("2007")
    doc, statements = load("bbc-news/tech/133.txt", "announced on her blog she had been fired")
    assert statements and not [st for st in statements if st.said_on], show(statements)
    page = ("---\ntitle: x\ndate: 2024-05-02\n---\n\nMs Ellen Simonetti said on her blog on Tuesday she had been fired "
            "on 1 March.\n")
    _, found = excerpt(page)     # the occasion of a post on one's blog is the frame's, like "in a statement"
    assert said(found) == [("Ellen Simonetti", "2024-04-30", "she had been fired on 1 March")]


def test_an_indian_agency_and_its_city_decorate_a_date_line():
    # The Hindu, "West Bengal Ministers do not pick calls even if we ring 10 times" (https://www.thehindu.com/news/
    # national/other-states/west-bengal-ministers-do-not-pick-calls-even-if-we-ring-10-times-union-minister-pratima-
    # bhoumik/article65715760.ece; a page of the dates11 round's held-out sample, used after its figures were taken):
    # the story's date line "PTI New Delhi August 02, 2022 16:12 IST" had not been read, and Bhoumik's words in Lok
    # Sabha were undated
    from pressarchive.clean import parse_printed_date
    assert parse_printed_date("PTI New Delhi August 02, 2022 16:12 IST") == "2022-08-02"
    assert parse_printed_date("IANS Mumbai | March 3, 2021") == "2021-03-03"
    assert parse_printed_date("The PTI said on August 02, 2022 it would") is None
    page = ("---\ntitle: x\n---\n\nPTI New Delhi August 02, 2022 16:12 IST\n\n\"Even if we call 10 times, Ministers in West "
            "Bengal do not pick the calls...That is the situation,\" Union Minister Pratima Bhoumik said in Lok Sabha "
            "while replying to queries on the implementation of a Central government scheme in the State.\n")
    doc, found = excerpt(page)
    assert doc.published == "2022-08-02" and [(s, d) for s, d, _ in said(found)] == [("Pratima Bhoumik", "2022-08-02")]


def test_a_named_owners_statement_speaks_with_the_owners_voice():
    # bbc-news/business/458: '"I apologise to all who have suffered so much damage as a result of my schemes ...," Mr
    # Tanzi's statement said. "It is my duty to collaborate fully with prosecutors ..."' (no statement had been found:
    # "statement" is no speaker; the second quotation had gone to Tanzi only as the last speaker's)
    doc, statements = load("bbc-news/business/458.txt", "Mr Tanzi's statement said")
    assert_speaker(the(doc, statements, "I apologise to all who have suffered"), "Calisto Tanzi", "direct")
    assert_speaker(the(doc, statements, "It is my duty to collaborate fully"), "Calisto Tanzi", "direct")
    from pressarchive.extract.mentions import VAGUE_SOURCE, parse_np, tokens
    assert parse_np(tuple(tokens("the company's statement"))) is VAGUE_SOURCE     # no one named
    assert parse_np(tuple(tokens("the report's statement"))) is VAGUE_SOURCE


# -- the lead's round of 3 December (fourth session) -----------------------------------------------------------------

def test_a_portfolio_listed_with_commas_is_one_ministry_not_its_last_words():
    # Kyodo, "Japan's transport ministry warns JAL over recent safety incidents" (http://japaneselovedolls.net/
    # 8fc53e68f6b2-japans-transport-ministry-warns-jal-over-recent-safety-incidents.html): the comma-split subject had
    # made "Transport" the speaker
    page = ("---\ntitle: x\ndate: 2024-05-27\n---\n\nThe Ministry of Land, Infrastructure, Transport and Tourism urged "
            "the company to report to the ministry on the measures it was putting in place to prevent similar "
            "incidents from happening again by June 11.\n")
    _, found = excerpt(page)
    assert [s for s, _, _ in said(found)] == ["Ministry of Land, Infrastructure, Transport and Tourism"]
    from pressarchive.extract.mentions import parse_np, tokens
    m = parse_np(tokens("Minister of Economy, Trade and Industry Yasutoshi Nishimura"))
    assert (m.name, m.role) == ("Yasutoshi Nishimura", "Minister of Economy, Trade and Industry")
    # a list of people after a title is no portfolio: its commas still part the mentions
    glued = lambda text: [t[0] for t in tokens(text) if t[0] != "," and t[0].endswith(",")]
    assert glued("the Ministry of Health, Labour and Welfare said") == ["Health,"]
    assert glued("Secretary of State, John Kerry and Hillary Clinton said") == []
    assert glued("the Department of Health, NHS England and Public Health England said") == []


def test_a_portfolio_before_the_title_leaves_the_minister_named_as_the_subject():
    # Yomiuri Shimbun on daily8.com (https://www.daily8.com/en/hashtag/LaborandWelfareMinistry, 27 May 2025): the
    # minister opening the sentence before '"...," he said' had been missed behind the portfolio's commas, and "he"
    # went to the Prime Minister named earlier; "According to the Health, Labor and Welfare Ministry" gave nothing
    page = ("---\ntitle: x\ndate: 2025-05-27\n---\n\nThe approximately 400 attendees also included Prime Minister Shigeru "
            "Ishiba, government officials and representatives of surviving families, as this year marks 80 years since "
            "the end of the war.\n\nHealth, Labor and Welfare Minister Takamaro Fukuoka referred to the government's "
            "project to locate war dead remains in his address at the ceremony. 'We will make the utmost effort to "
            "ensure that the remains of as many people as possible can return to their hometowns quickly,' he said. "
            "According to the Health, Labor and Welfare Ministry, the remains of about 1.12 million people out of the "
            "approximately 2.4 million war dead who died outside Japan have not been recovered.\n")
    _, found = excerpt(page)
    assert [(st.speaker.name, st.speaker.role, st.text[:20]) for st in found] == [
        ("Takamaro Fukuoka", "Health, Labor and Welfare Minister", "We will make the utm"),
        ("Health, Labor and Welfare Ministry", None, "the remains of about")]


def test_a_kyodo_dateline_with_its_agency_and_a_double_dash_opens_no_content():
    page = ("---\ntitle: x\ndate: 2023-05-10\n---\n\nTOKYO (Kyodo) -- Japan will tighten export controls on chip "
            "equipment, the Ministry of Economy, Trade and Industry said Wednesday.\n")
    assert only_statement(page) == ("Ministry of Economy, Trade and Industry", "2023-05-10",
                                    "Japan will tighten export controls on chip equipment")


def test_a_round_up_lead_names_its_person_after_the_titles():
    # data/whitehouse-briefing-room/statements-releases/2023-08/2023-08-30-what-they-are-saying-elected-officials-...:
    # "Senate Majority Leader, New York Senator Chuck Schumer: “...”" had given no statement (the first piece, a
    # title, is no name); 19 of the release's reactions gained their speaker
    page = ("---\ntitle: WHAT THEY ARE SAYING\ndate: 2023-08-30\n---\n\nSee below for what they are saying:\n\n"
            "Senate Majority Leader, New York Senator Chuck Schumer: “For years, politicians promised to take on the "
            "big drug companies and empower Medicare to negotiate lower drug prices for consumers. With the Inflation "
            "Reduction Act, Democrats have delivered.” [Tweet, 8/29/23]\n\n"
            "Senate Majority Whip, Illinois Senator Dick Durbin: “After decades of empty promises, @POTUS & "
            "Congressional Dems are successfully forcing down drug prices.” [Tweet, 8/29/23]\n\n"
            "Chairwoman, Senate Agriculture, Nutrition and Forestry Committee, Michigan Senator Debbie Stabenow: “The "
            "Inflation Reduction Act is delivering real results for Michiganders like Pam Bloink.” [Tweet, 8/29/23]\n")
    _, found = excerpt(page)
    assert [(st.speaker.name, st.speaker.role) for st in found] == [
        ("Chuck Schumer", "Senate Majority Leader, New York Senator"),
        ("Dick Durbin", "Senate Majority Whip, Illinois Senator"),
        ("Debbie Stabenow", "Chairwoman, Senate Agriculture, Nutrition and Forestry Committee, Michigan Senator")]


def test_on_an_undated_page_a_day_without_its_year_is_nearest_the_latest_day_printed_in_full():
    # vietnam.vn, "South Korea summons Russian ambassador ..." (https://www.vietnam.vn/en/han-quoc-trieu-dai-su-nga-
    # phan-doi-binh-luan-ve-quan-diem-cua-tong-thong-yoon-ve-trieu-tien; own train set H, undated): "February 3"
    # had taken the latest year mentioned (2023, of "Earlier, on December 31, 2023"), eleven months before that day
    from pressarchive.dates import DocumentDates
    body = ("The South Korean Foreign Ministry on February 3 summoned Russian Ambassador to South Korea Georgy Zinoviev "
            "to protest a recent statement by a Russian Foreign Ministry official.\n\nEarlier, on December 31, 2023, "
            "President Yoon described North Korea as \"the only country in the world that has legalized a policy of "
            "using nuclear weapons for preemptive strikes\".\n")
    assert [d for _, _, d, _ in DocumentDates(body, None).phrases] == ["2024-02-03", "2023-12-31"]
    # with a publication date, or with the month's year printed elsewhere, the year is read as before
    assert [d for _, _, d, _ in DocumentDates(body, "2024-02-05").phrases] == ["2024-02-03", "2023-12-31"]
    assert DocumentDates(body + "\nIn February 2023 it had done so.\n", None).phrases[0][2] == "2023-02-03"
    # a day a month before a later (future) date printed in full stays in that year
    ahead = "The party met on February 3 to prepare for the election of March 10, 2024.\n"
    assert DocumentDates(ahead, None).phrases[0][2] == "2024-02-03"


def test_a_participle_after_ones_own_letter_or_statement_reports_its_words():
    # bbc-news/business/188: "Qwest chairman Richard Notebaert sent a letter to MCI's board on Thursday saying that it
    # plans to submit a new offer ..." (no comma before the participle: nothing had been found)
    doc, statements = load("bbc-news/business/188.txt", "sent a letter to MCI's board")
    assert_speaker(the(doc, statements, "it plans to submit a new offer"), "Richard Notebaert", "indirect")
    page = ("---\ntitle: x\ndate: 2024-05-02\n---\n\nThe WeWorkers Coalition sent a letter to the city council on "
            "Monday stating that the new rules would hurt gig workers.\n\nThe ministry released a report saying growth "
            "slowed.\n")
    assert [s for s, _, _ in said(excerpt(page)[1])] == ["WeWorkers Coalition"]     # a report is a document's words


def test_an_irregular_past_opens_the_clause_a_participle_hangs_on():
    # bbc-news/business/440: "Treasury Secretary John Snow put a brave face on the news, saying it was a sign of strong
    # economic expansion. "The economy is growing ..."" ("put" was no finite verb: no subject, and the quotation after
    # it went to the speaker before, Brian Taylor of Wells Fargo)
    doc, statements = load("bbc-news/business/440.txt", "put a brave face on the news")
    assert_speaker(the(doc, statements, "it was a sign of strong economic expansion"), "John Snow", "indirect")
    assert_speaker(the(doc, statements, "The economy is growing at such a fast rate"), "John Snow", "direct")


def test_according_to_it_is_the_body_named_before_and_a_bullet_is_no_part_of_a_subject():
    # news24, "'Nefarious stunt': Limpopo dept denies issuing statement on Phala Phala" (https://www.news24.com/news24/
    # SouthAfrica/News/nefarious-stunt-limpopo-dept-denies-issuing-statement-on-phala-phala-20221207; own train set I):
    # "According to it, ..." had given nothing (only "him" and "her" were read), and the bulleted "• The department
    # said ..." had made "• The department" a speaker
    page = ("---\ntitle: x\ndate: 2022-12-07\n---\n\nThe Limpopo economic development department says it did not "
            "disseminate official information about the sale of buffaloes from Phala Phala farm.\n\n• The department "
            "said it was investigating the matter to identify the responsible officials.\n\nThe Limpopo Department of "
            "Economic Development, Environment and Tourism has added its voice to the Phala Phala scandal.\n\nAccording "
            "to it, information on the sale of buffaloes from President Cyril Ramaphosa's Phala Phala farm, purportedly "
            "from its officials, may have been released to \"advance their political or ulterior motives\".\n")
    found = said(excerpt(page)[1])
    assert [s for s, _, _ in found] == ["Limpopo economic development department"] * 2 + [
        "Limpopo Department of Economic Development, Environment and Tourism"]
    assert found[2][2].startswith("information on the sale of buffaloes")


def test_claimed_responsibility_is_an_act_owned_not_words_said():
    # own train set A, docs/un/049 (a UN News report of an attack in Kabul): "... the Taliban and the Islamic State
    # group are active in the capital and have claimed responsibility for previous attacks." had been a statement
    from pressarchive.extract.filters import not_a_statement
    assert not_a_statement("responsibility for previous attacks", "claimed") == "claimed_not_said"
    assert not_a_statement("credit for the rescue", "claimed") is not None
    assert not_a_statement("that the rescue was theirs", "claimed") is None


def test_an_offices_letters_after_a_bodys_letters_name_the_holder():
    # ABS-CBN, https://news.abs-cbn.com/news/12/14/22/defense-dept-slams-reported-swarming-of-chinese-vessels-in-wps
    # (own train set B, docs-b/wire/052): '"The Philippines remains committed
    # to ...," the DND OIC added.' after "DND officer-in-charge Jose Faustino Jr." had been a person named "DND OIC"
    page = ("---\ntitle: x\ndate: 2022-12-13\n---\n\nDespite the reported swarming, DND officer-in-charge Jose Faustino "
            "Jr. maintained that Philippine military forces would continue to conduct routine maritime and aerial "
            "patrols in the WPS.\n\n\"The Philippines remains committed to maintaining a rules-based order in the West "
            "Philippine Sea and the larger South China Sea,\" the DND OIC added.\n")
    assert [s for s, _, _ in said(excerpt(page)[1])] == ["Jose Faustino Jr."] * 2
    from pressarchive.extract.mentions import parse_np, tokens
    assert parse_np(tuple(tokens("the NSA"))).kind != "title"     # the letters alone may be the US agency


def test_a_verb_of_speech_coordinated_with_a_finite_verb_shares_its_subject():
    # bbc-news/tech/138: "Internet monitoring firm WebSideStory has charted the growing population of people using the
    # Firefox browser and says it is responsible for ..." had been a body named "Internet"; bbc-news/politics/169: "Lib
    # Dem MP Lembit Opik said ministers had invented ... and asked how police were supposed to interpret the rules"
    doc, statements = load("bbc-news/tech/138.txt", "has charted the growing population")
    assert_speaker(the(doc, statements, "it is responsible for slowly eroding"), "WebSideStory", "indirect")
    doc, statements = load("bbc-news/politics/169.txt", "and asked how police were supposed")
    assert_speaker(the(doc, statements, "how police were supposed to interpret the rules"), "Lembit Opik", "indirect")
    # not inside a subordinate clause, nor a clause the finite verbs miss (bbc-news/sport/209: "And the French
    # international defender believes Mourinho is perfectly suited ... and says ..." is not Mourinho's)
    doc, statements = load("bbc-news/sport/209.txt", "believes Mourinho is perfectly suited")
    assert not [st for st in statements if "managerial expertise will prevent" in st.text and
                st.speaker.name == "Jose Mourinho"], show(statements)


def test_a_seat_after_from_is_part_of_the_title_not_of_the_name():
    from pressarchive.extract.mentions import parse_np, tokens
    m = parse_np(tuple(tokens("BJP member from West Bengal S. S. Ahluwalia")))
    assert (m.name, m.role) == ("S. S. Ahluwalia", "BJP member from West Bengal")
    m = parse_np(tuple(tokens("Congress member from Kerala Shashi Tharoor")))
    assert (m.name, m.role) == ("Shashi Tharoor", "Congress member from Kerala")
    page = ("---\ntitle: x\ndate: 2024-05-02\n---\n\nBJP member from West Bengal S. S. Ahluwalia raised the issue in the "
            "House and asked whether the government would act against the officials.\n")
    assert [s for s, _, _ in said(excerpt(page)[1])] == ["S. S. Ahluwalia"]     # (it had been "BJP")


def test_a_second_verb_of_speech_after_a_that_clause_is_the_first_ones_subjects():
    # own train set I, docs-i/in/001 (Indian MEA briefing reported): 'He clarified that before any deportation, the
    # Indian government must verify the nationality of the individuals involved and added, "Any talk of numbers at
    # this stage is premature. ..."' had given the quotation to "the Indian government" (the clause's subject) as
    # well as to the spokesperson
    page = ("---\ntitle: x\ndate: 2025-01-31\n---\n\nSpokesperson Randhir Jaiswal spoke to reporters.\n\nHe clarified "
            "that before any deportation, the Indian government must verify the nationality of the individuals "
            "involved and added, \"Any talk of numbers at this stage is premature.\"\n")
    found = said(excerpt(page)[1])
    assert {s for s, _, _ in found} == {"Randhir Jaiswal"} and len(found) == 2, found


def test_calling_something_a_judgement_without_quotation_marks_says_it():
    # own train set A, docs/ru/085 (Russia's MFA briefing reported): "She called all the misinformation generated by
    # Turkey about alleged Russian air strikes hitting the civilian population a lie." had given nothing (only a quoted
    # judgement was read, called_frames); bbc-news/business/164: Yukos "called the sale illegal"
    page = ("---\ntitle: x\ndate: 2015-11-27\n---\n\nRussian Foreign Ministry spokeswoman Maria Zakharova spoke on "
            "Friday.\n\nShe called all the misinformation generated by Turkey about alleged Russian air strikes hitting "
            "the civilian population a lie.\n\nHe called the police a few minutes later.\n\nThis is what is called a "
            "lie.\n")
    assert said(excerpt(page)[1]) == [("Maria Zakharova", "2015-11-27", "all the misinformation generated by Turkey "
                                       "about alleged Russian air strikes hitting the civilian population a lie")]
    doc, statements = load("bbc-news/business/164.txt", "the sale illegal")
    assert_speaker(the(doc, statements, "the sale illegal"), "Yukos", "indirect")


def test_number_10_said_is_downing_street():
    # bbc-news/politics/095: 'Number 10 said ministers were interested in governing and not a "soap opera"' (bbc12
    # found it missed: "10" ended the capitalised run, and no subject was found)
    doc, statements = load("bbc-news/politics/095.txt", "Number 10 said ministers were interested")
    assert_speaker(the(doc, statements, "ministers were interested in governing"), "Downing Street", "indirect")


def test_a_body_after_its_owners_possessive_is_named_without_the_owner():
    # bbc-news/business/317 ("Manchester's Trafford Centre said ..."), politics/325 ("Robert Kilroy Silk's Veritas
    # Party"): speaker names with a possessive in them (issue 8); not a country's ministry, nor an office named by
    # its holder
    doc, statements = load("bbc-news/business/317.txt", "the biggest Christmas to date")
    assert_speaker(the(doc, statements, "the biggest Christmas to date"), "Trafford Centre", "indirect")
    from pressarchive.speaker_names import repair
    assert repair("Robert Kilroy Silk's Veritas Party", "organization") == "Veritas Party"
    assert repair("China's Ministry of Commerce", "organization") == "China's Ministry of Commerce"
    assert repair("Information Commissioner's Office", "organization") == "Information Commissioner's Office"


# -- the lead's round of 3 December (fifth session) ------------------------------------------------------------------
SCHWAEBISCHE_ZEITUNG = """---
title: "Foreign Minister Westerwelle in an interview with the Schwäbische Zeitung"
date: 2012-05-26
source_url: https://www.auswaertiges-amt.de/en/newsroom/news/120526-bm-schwaebische-zeitung/250252
---

26.05.2012 - Interview

The following interview on foreign policy issues such as Afghanistan, the NATO Summit, Libya and Europe appeared in \
the Schwäbische Zeitung online on 25 May and an abridged version in the print edition on 26 May:

Federal Foreign Minister, we’re just flying back from Chicago after the NATO Summit. Are you happy with the outcome?

We managed to do what was possible at the Summit. But of course the hard slog is still to come.

And where will that be done? In Afghanistan or on disarmament?

We all know that we are not able and do not want to stay in Afghanistan forever. So we need to implement the \
transfer of security responsibility and the withdrawal which has commenced in a serious and responsible manner.
"""
NRZ_INTERVIEW = """---
title: "“I am looking forward to President Obama's visit”"
date: 2013-06-19
source_url: https://www.auswaertiges-amt.de/en/newsroom/news/130619-bm-nrz/256374
---

19.06.2013 - Interview

In an interview with the Neue Ruhr Zeitung (NRZ), Foreign Minister Westerwelle talks about the US President’s visit \
to Berlin, the situation of Russian civil society and the situation in Turkey, Syria and Iran.

Are you disappointed by Barack Obama?

No. I am looking forward to his visit. It confirms that the United States sees Germany and Europe as key Alliance \
partners and partners with shared values.

Under Obama’s Presidency, the Internet is being trawled for information about foreigners, even the facebook posts of \
young Germans wanting to work as an au pair in the United States are being read. Surely that is something that \
shocks an FDP Foreign Minister.

To my mind, we need to talk about these questions with the US Administration in a friendly but open manner.

Supposedly, Interior Minister Friedrich wants to follow in America’s footsteps with Internet surveillance and \
increase the budget here. Does that make your hair stand on end?

As a champion of civil rights, Justice Minister Leutheusser-Schnarrenberger will take great care to ensure we strike \
the right balance.
"""


def test_an_interview_without_labels_gives_each_answer_to_the_interviewee():
    # The German Foreign Office prints its minister's interviews with the questions in bold and no labels: in the text,
    # questions and answers alternate (own train set B, docs-b/interviews/034 had given nothing). A question ends in
    # "?", or speaks to or of the interviewee with no first person ("Surely that is something that shocks an FDP
    # Foreign Minister."); the journalist's words are never the minister's.
    doc, statements = excerpt(SCHWAEBISCHE_ZEITUNG)
    assert doc.genre == "transcript"
    assert [(s, d, t[:30]) for s, d, t in said(statements)] == [
        ("Westerwelle", "2012-05-26", "We managed to do what was poss"),
        ("Westerwelle", "2012-05-26", "We all know that we are not ab")]
    assert statements[0].speaker.role == "Foreign Minister"
    found = said(excerpt(NRZ_INTERVIEW)[1])
    assert [t[:20] for _, _, t in found] == ["No. I am looking for", "To my mind, we need ", "As a champion of civ"]
    assert not any("Obama’s Presidency" in t or "?" in t for _, _, t in found)
    page = (OWN / "docs-b/interviews/034.md").read_text(encoding="utf-8")
    found = said(excerpt(page)[1])
    assert [(s, t[:25]) for s, _, t in found] == [("Westerwelle", "The term “turning point” "),
                                                  ("Westerwelle", "Can we Europeans preserve")]


def test_a_news_report_of_an_interview_is_no_unlabelled_interview():
    # a report that quotes a few questions stays a news report: the questions must make up a share of the paragraphs
    page = ("---\ntitle: \"Interview with Foreign Minister Heiko Maas\"\ndate: 2021-01-29\n---\n\n"
            "Foreign Minister Heiko Maas gave an interview to Reuters on Friday.\n\nWhat will the new US administration "
            "change for you?\n\nMaas said Europe was ready to work with Washington again. He said the talks would begin "
            "in February.\n\nThe minister travels to Brussels next week. The talks there cover Ukraine and Afghanistan "
            "and the budget.\n\nNATO defence ministers meet in late February. Their agenda has not been published and "
            "is expected next week.\n\nWhy does it matter?\n\nDiplomats in Berlin expect a long debate on the withdrawal "
            "of troops from the country.\n\nOfficials have given no date for the meeting of the foreign ministers of "
            "the EU states.\n\nThe ministry has published the full text on its website this morning.\n")
    doc, statements = excerpt(page)
    assert doc.genre != "transcript"
    assert all(st.kind == "indirect" for st in statements), said(statements)


def test_a_briefing_opening_greeting_is_no_statement_and_no_part_of_the_announcements():
    # China's defence ministry (own train set A, docs/cn/113 and 115): "Friends from the media, welcome to this
    # month’s regular press conference of the Ministry of National Defense ... I do not have any information to
    # announce at the top. ¶ Now the floor is open for questions." had been a statement of Ren Guoqiang; the greeting
    # before four announcements had opened the first one
    doc, statements = load_own("docs/cn/113.md")
    assert not any("Friends from the media" in st.text or "floor is open" in st.text for st in statements), \
        said(statements)
    assert [st.speaker.name for st in statements] == ["Ren Guoqiang"]
    doc, statements = load_own("docs/cn/115.md")
    assert statements[0].text.startswith("The first announcement is about the visit"), said(statements)[:1]
    # ... but a welcome of someone's words is an answer, whole: "We have noted and welcome these positive remarks by
    # Prime Minister Morrison." (China MFA, 14 November 2018) had been cut off as a greeting
    doc, statements = load("china-mfa-presscon-html/eng/t1613116.html", "We have noted and welcome these positive")
    st = the(doc, statements, "As members of the Asia-Pacific family")
    assert st.text.startswith("We have noted and welcome these positive remarks by Prime Minister Morrison."), st.text
    assert who(st) == "Hua Chunying"


def test_a_surname_that_is_also_a_title_word_is_the_person_named_before():
    # bbc-news/sport/044: "Banned American sprinter Kelli White says ..." then '"He's the one who told me ...," White
    # said': "White" (a title word, as in "White House") had parsed as a body and made a speaker "White" of 8
    # statements; bbc-news/sport/369: "Jake White claimed the coaching award ... said White"
    doc, statements = load("bbc-news/sport/044.txt", "He's the one who told me")
    assert {who(st) for st in statements} == {"Kelli White"}, show(statements)
    doc, statements = load("bbc-news/sport/369.txt", "Schalk's emergence as a major force")
    assert who(the(doc, statements, "Schalk's emergence as a major force")) == "Jake White"
    # ... and policymakers are no one in particular: "Policymakers in Europe have blamed ..." (a capitalised plural
    # had been a surname)
    from pressarchive.extract.mentions import VAGUE_SOURCE, parse_np, tokens
    assert parse_np(tokens("Policymakers in Europe")) is VAGUE_SOURCE


def test_as_before_an_office_opens_no_clause_between_a_subject_and_its_second_verb():
    # data/ (State Department readout, August 2022): "Secretary Blinken congratulated Foreign Minister Reinsalu on his
    # appointment as Foreign Minister and highlighted the strength of the partnership ..." had given the words to a
    # speaker "Foreign": "as" had read as a subordinate clause's opening, hiding the sentence's subject
    # (the readout's paragraph is also the spokesperson's own statement: "The below is attributable to Spokesperson
    # Ned Price:")
    doc, statements = load("state-dept-press-releases-rss/press-releases-2022-08.rss", "appointment as Foreign Minister")
    reported = [st for st in statements if "the strength of the partnership between Estonia" in st.text and
                st.kind == "indirect"]
    assert [who(st) for st in reported] == ["Antony J. Blinken"], show(reported)
    from pressarchive.extract.indirect import CLAUSE_BREAK
    assert CLAUSE_BREAK.search("as Mr Blair arrived") and CLAUSE_BREAK.search("as well as")


def test_a_preposition_opening_a_sentence_is_no_speaker():
    # reuters21578/reut2-000.sgm (article 767): "Under a previously announced merger agreement, each share of Second
    # National's common stock will be converted ..." had made a speaker "Under" ("under" is a title word, as in "Under
    # Secretary")
    page = ("---\ntitle: x\ndate: 1987-02-26\n---\n\nUnion National Corp said it signed a definitive agreement under "
            "which its First National Bank and Trust Co of Washington unit will merge with Second National Bank of "
            "Masontown. Under a previously announced merger agreement, each share of Second National's common stock "
            "will be converted into 25 shares of Union National common.\n")
    assert [s for s, _, _ in said(excerpt(page)[1])] == ["Union National Corp"]


def test_has_since_between_a_subject_and_its_verb():
    # own train set I, docs-i/my/007 (The Star, Malaysia): "Ismail Sabri has since denied this and disclosed that he
    # has tested negative twice since the meeting." had given nothing ("since" stood between the subject and verb);
    # the short form of a Malay name (given and father's name) is the person named in full before
    doc, statements = load_own("docs-i/my/007.md")
    st = the(doc, statements, "he has tested negative twice")
    assert who(st) == "Ismail Sabri Yaakob", who(st)


# -- the lead's round of 3 December (sixth session): interviews Singapore's ministries print as transcripts -----------

# Excerpts of the pages (the passages the tests need), as a scraper saves them: front matter, then the text.
SINGAPORE_INTERVIEWS = {
    'sg-shanmugam-smh.md': '''---
title: Transcript of Sydney Morning Herald’s Interview with Mr K Shanmugam, Minister for Home Affairs and Minister for Law, on 15 September 2022
source_url: https://www.mha.gov.sg/mediaroom/speeches/transcript-of-sydney-morning-herald-interview-with-mr-k-shanmugam-on-15-september-2022
date: 2022-09-19
---
Transcript of Sydney Morning Herald’s Interview with Mr K Shanmugam, Minister for Home Affairs and Minister for Law, on 15 September 2022

Published: 19 September 2022

Question: So, I've got a few things to run through. But firstly, Singapore’s stance on drugs and the death penalty is gaining a lot of attention internationally this year and some condemnation. I mean, how do you…

Minister: Chris, I’ll put it this way. I put it this way to Bloomberg when they asked me. Four or five newspaper articles quoting the same three or four activists, does not amount to international pressure. When there was a gathering in Singapore to protest, there were 400 people who turned up, according to the organisers. Survey after survey shows that more than 80% of Singaporeans support the death penalty. So, domestically there is overwhelming support.

Question: The European Union?

Minister: The European Union has an ideological focus on the death penalty, but I would like to ask them if they have a better solution. The chief of the largest police union in Netherlands says that Netherlands is effectively a narco state. What about the people who die of drugs? So, when the European Union is able to tell us there is a better solution, we will listen.
''',
    'sg-balakrishnan-cna.md': '''---
title: CNA "In Conversation" Interview with Minister for Foreign Affairs Dr Vivian Balakrishnan, 23 June 2020
source_url: https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2020/06/20200623---Min-CNA-In-Conversation
date: 2020-06-24
---
CNA "In Conversation" Interview with Minister for Foreign Affairs Dr Vivian Balakrishnan, 23 June 2020

24 June 2020

Presenter (Diana Ser): From tit-for-tat accusations over the coronavirus origins, to current talk of cutting of ties from each other, these few months of the COVID-19 pandemic have exacerbated US-China relations.

Hello there, I’m Diana Ser. In this special edition of In Conversation, I am joined by Minister for Foreign Affairs, Dr Vivian Balakrishnan.

Minister: Thanks.

Diana Ser: Minister thank you for joining me on this rainy day. Let us start with the two elephants in the room, the US and China.  Some observers are already calling it a “new Cold War”.  What is your assessment of the new US-China reality?

Minister: Well I’m afraid we’re going into a very difficult phase. It is a zero-sum game. One appears to want to remain on top. Question is whether the US will compete and collaborate with China in order to solve the larger, longer-term problems of the world, or whether it will do everything in order to keep China in secondary position.

Diana Ser: Do you think this is due to real ideological differences? Or is it a distraction from domestic responses to the pandemic?

Minister: I think it is both. The differences are real, and the pandemic has made them sharper.
''',
    'sg-goh-wrapup.md': '''---
title: Transcript of Senior Minister Goh Chok Tong's Wrap-up Interview with Singapore Media on 18 April 2011 in Beijing
source_url: https://docslib.org/doc/6235887/transcript-of-senior-minister-goh-chok-tongs-wrap-up-interview-with-singapore-media-on-18-april-2011-in-beijing-q-mr-goh
---
TRANSCRIPT OF SENIOR MINISTER ’S WRAP-UP INTERVIEW WITH MEDIA ON 18 APRIL 2011 IN BEIJING

Q: “Mr Goh, could you just give us an overview of the highlights of your trip and specifically, you can talk about today’s meetings with Zhou Xiaochuan and Wen Jiabao?”

Mr Goh: “Well, I think let me start with Boao Forum. There, the theme, as you know, was inclusive growth and that's a very important topic because that’s a topic which Singapore is also talking about for some years now. So, that is my take from my visits to the various places.

“For my meeting with Governor Zhou and Premier Wen, we discussed the area of financial cooperation. Now, China would like, I believe China has to, over time, internationalize the renminbi.”

Q: “Is there a better way to communicate with the majority population who don’t seem to understand?”

Mr Goh: “The majority of the population is not very concerned. All they want is can we produce jobs for them? These are the issues which are of concern to them and these are the issues which the government is addressing.”
''',
    'sg-balakrishnan-cna938.md': '''---
title: Edited Transcript of Minister for Foreign Affairs Dr. Vivian Balakrishnan’s Radio Interview on CNA938 ‘Asia First’ Programme, 8 November 2019
source_url: https://www.singaporenewstribe.com/edited-transcript-of-minister-for-foreign-affairs-dr-vivian-balakrishnans-radio-interview-on-cna938-asia-first-programme-8-november-2019/
date: 2019-11-09
---
Edited Transcript of Minister for Foreign Affairs Dr. Vivian Balakrishnan’s Radio Interview on CNA938 ‘Asia First’ Programme, 8 November 2019

Yasmin Jonkers (CNA938): Good morning. This is ‘Asia First’ on CNA938 with John Yip and Yasmin Jonkers. The world is increasingly complex and global outlook remains uncertain.

John Yip (CNA938): Yes, the global consensus on free trade, economic integration and globalisation is fraying, thanks to the rising protectionism, populism and nationalism.

Yasmin Jonkers: And to find out how all this fits into Singapore’s own pursuit of a place in the sun, we have with us, the Minister for Foreign Affairs, Dr. Vivian Balakrishnan in the studio. Dr. Balakrishnan, hello.

Minister: Hi, good morning.

Yasmin Jonkers: Good morning. When was the last time you were on a radio interview?

Minister: It’s been a few years. I think the most recent interview was on TV. Slightly different experience.

Yasmin Jonkers: You used to host on TV.

Minister: Well, I was the presenter, and I discovered presenting on TV is more difficult than debating, even more difficult than being in Parliament.
''',
    'au-wong-sky.md': '''---
title: Sky News First Edition With Peter Stefanovic
source_url: https://www.miragenews.com/sky-news-first-edition-with-peter-stefanovic-1455147
date: 2025-05-06
---
Sky News First Edition With Peter Stefanovic

Department of Foreign Affairs and Trade

PETER STEFANOVIC, HOST: Joining us live is the Foreign Minister, Penny Wong. Minister, good to see you this morning. Thank you for your time. Before we get into the post-mortem of the election, I'd just like to ask you about this. What's your response to this move?

PENNY WONG, FOREIGN MINISTER: Well, first, my principled response is Australia continues to call for a ceasefire. We want to see the hostages returned and we want to see humanitarian aid delivered. The humanitarian situation in Gaza is catastrophic.

STEFANOVIC: Do you think the election result justified your stance on Israel and Gaza?

FOREIGN MINISTER: Look, I don't think that was a central issue in the campaign. I think that Australians were very focused on cost of living, were very focused on issues that were relevant to their lives.

STEFANOVIC: On trade, a few items of note from firstly, the US and also the EU today. Is that a fair trade if it's true?

FOREIGN MINISTER: I wanted to say broadly, when we announced our response to tariffs, you will recall, we laid out a set of principles and a set of responses that we would put in place, and one of them was continued trade diversification.
''',
    'in-jaishankar-india-today.md': '''---
title: Transcript of Interview of External Affairs Minister at India Today Conclave 2021 (October 08, 2021)
source_url: https://fsi.mea.gov.in/interviews.htm?dtl/34366/Transcript_of_Interview_of_External_Affairs_Minister_at_India_Today_Conclave_2021_October_08_2021
date: 2021-10-09
---
Media Center

Transcript of Interview of External Affairs Minister at India Today Conclave 2021 (October 08, 2021)

October 09, 2021

Rahul Kanwal: Good evening. India has always had to navigate a very complex neighborhood. But rarely before in time, has our country had to face so many simultaneous, global headwinds.

Ladies and gentlemen, join me in welcoming for his conclave debut in New Delhi, the External Affairs Minister of India. Dr. Subramanian Jaishankar. Can we have a warm round of applause please.

Rahul Kanwal: Dr. Jaishankar, welcome. Let me start by asking you about your reading of the current situation in Afghanistan. How are you working towards recalibrating India's relationship with the new Afghanistan in light of the reality of the Taliban Takeover in Kabul, Dr. Jaishankar?

External Affairs Minister, Dr. S. Jaishankar: Yes, yes. First of all, thank you Rahul. It is good to be with all of you today. Look, the situation in Afghanistan is still unfolding. There is still a lot of lack of clarity. Obviously, some of the more visible changes are apparent.

Rahul Kanwal: And what about the border with China?

External Affairs Minister, Dr. S. Jaishankar: We have been very clear that the relationship cannot be normal while the border is not.
''',
    'in-jaishankar-rising-bharat.md': '''---
title: Full transcript of S Jaishankar's interview at Rising Bharat Summit 2025
source_url: https://www.moneycontrol.com/news/india/full-transcript-of-s-jaishankar-s-address-at-rising-bharat-summit-2025-12990069.html
date: 2025-04-09
---
Full transcript of S Jaishankar's interview at Rising Bharat Summit 2025

At the Rising Bharat Summit 2025, India’s External Affairs Minister, Dr. S. Jaishankar, looked back on his almost six years in office, reaching a key milestone as the longest-serving Foreign Minister since Jawaharlal Nehru.

Zakka Jacob:

Thank you very much for joining us at the Rising Bharat Summit. You've come here every time we've had a Rising Bharat Summit, so this is your third edition here. Does that hold any special significance for you?

S. Jaishankar:

This sounds like one of Elon Musk's…

Zakka Jacob:

That's the number of days he's been External Affairs Minister. What do you think has been Indian foreign policy's singular achievement in these last six years? One thing, if you were to name it.

S. Jaishankar:

I would say, you know, this is Bharat Rising. So how do you manage the process of rise under extremely turbulent conditions?
''',
}


def open_page(name):
    return SINGAPORE_INTERVIEWS[name]


def test_interview_labelled_minister_and_question_is_the_headline_s_minister():
    # https://www.mha.gov.sg/mediaroom/speeches/transcript-of-sydney-morning-herald-interview-with-mr-k-shanmugam-on-15-september-2022
    # "Question:" / "Minister:" turns; the minister named once, in the headline, with his title after a comma. Had
    # given nothing: the title was not read as his, so "Minister:" was nobody's.
    doc, sts = excerpt(open_page("sg-shanmugam-smh.md"))
    assert doc.genre == "transcript"
    assert {(w, d) for w, d, _ in said(sts)} == {("K Shanmugam", "2022-09-15")}      # the interview's day, not the page's
    assert any(t.startswith("The European Union has an ideological focus") for _, _, t in said(sts))
    assert not any("Bloomberg when they asked" in t for w, _, t in said(sts) if w != "K Shanmugam")


def test_interview_host_with_a_recurring_name_label_asks_the_questions():
    # https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2020/06/20200623---Min-CNA-In-Conversation
    # "Diana Ser:" asks, turn after turn; "Minister:" answers. Had given her questions to "I’m Diana Ser" and the
    # minister's answers to no one.
    doc, sts = excerpt(open_page("sg-balakrishnan-cna.md"))
    assert {w for w, _, _ in said(sts)} == {"Vivian Balakrishnan"}
    assert any(t.startswith("Well I’m afraid we’re going into a very difficult phase") for _, _, t in said(sts))
    assert all(d == "2020-06-23" for _, d, _ in said(sts))
    # his title ends before the honorific: "Minister for Foreign Affairs Dr Vivian Balakrishnan"
    assert {st.speaker.role for st in sts} == {"Minister for Foreign Affairs"}


def test_radio_interview_hosts_the_headline_does_not_name_are_no_speakers():
    # https://www.singaporenewstribe.com/edited-transcript-of-minister-for-foreign-affairs-dr-vivian-balakrishnans-radio-interview-on-cna938-asia-first-programme-8-november-2019/
    # "Edited Transcript of Minister for Foreign Affairs Dr. Vivian Balakrishnan’s Radio Interview ...": the hosts'
    # recurring labels ("Yasmin Jonkers:") are not his, even when few of their turns end in a question mark
    doc, sts = excerpt(open_page("sg-balakrishnan-cna938.md"))
    assert {(w, d) for w, d, _ in said(sts)} == {("Vivian Balakrishnan", "2019-11-08")}
    assert not any("You used to host on TV" in t for _, _, t in said(sts))


def test_family_name_first_label_and_quoted_answers():
    # https://docslib.org/doc/6235887/transcript-of-senior-minister-goh-chok-tongs-wrap-up-interview-with-singapore-media-on-18-april-2011-in-beijing-q-mr-goh
    # "Q:" / "Mr Goh:" (the family name first: Goh Chok Tong), answers printed inside quotation marks, the day in the
    # title before the place ("on 18 April 2011 in Beijing"). Had given the answers, labels and all, to
    # "Goh Chok Tong S".
    doc, sts = excerpt(open_page("sg-goh-wrapup.md"))
    assert {(w, d) for w, d, _ in said(sts)} == {("Goh Chok Tong", "2011-04-18")}
    assert not any(t.startswith("Mr Goh:") or "could you just give us an overview" in t for _, _, t in said(sts))


def test_interview_labels_in_capitals_name_the_minister():
    # https://www.miragenews.com/sky-news-first-edition-with-peter-stefanovic-1455147 (Australia's foreign ministry):
    # "PENNY WONG, FOREIGN MINISTER:" once, then "FOREIGN MINISTER:"; the host "PETER STEFANOVIC, HOST:", then
    # "STEFANOVIC:". The headline names no one. Had given nothing: a name in capitals was read as no name.
    doc, sts = excerpt(open_page("au-wong-sky.md"))
    assert {w for w, _, _ in said(sts)} == {"Penny Wong"}
    assert len(sts) == 3 and sts[0].text.startswith("Well, first, my principled response")
    assert not any("Do you think the election result" in t for _, _, t in said(sts))


def test_label_with_the_title_before_the_name_and_a_bracketed_day():
    # https://fsi.mea.gov.in/interviews.htm?dtl/34366/Transcript_of_Interview_of_External_Affairs_Minister_at_India_Today_Conclave_2021_October_08_2021
    # "External Affairs Minister, Dr. S. Jaishankar:" (the title first, as India's ministry prints it) answers
    # "Rahul Kanwal:"; the headline gives the day in brackets. Had given nothing.
    doc, sts = excerpt(open_page("in-jaishankar-india-today.md"))
    assert {(w, d) for w, d, _ in said(sts)} == {("S. Jaishankar", "2021-10-08")}
    assert {st.speaker.role for st in sts} == {"External Affairs Minister"}
    assert not any("Afghanistan in light of" in t for _, _, t in said(sts))


def test_interviewee_named_in_the_lede_when_neither_label_mostly_asks():
    # https://www.moneycontrol.com/news/india/full-transcript-of-s-jaishankar-s-address-at-rising-bharat-summit-2025-12990069.html
    # "Zakka Jacob:" and "S. Jaishankar:" on lines of their own, one question in two turns each: the label naming
    # the person the lede names ("India's External Affairs Minister, Dr. S. Jaishankar, looked back ...") answers.
    doc, sts = excerpt(open_page("in-jaishankar-rising-bharat.md"))
    assert [w for w, _, _ in said(sts)] == ["S. Jaishankar"]
    assert sts[0].text.startswith("I would say, you know, this is Bharat Rising")


def test_the_title_of_a_holder_named_after_the_office_s_own_of():
    # data/ (State Department readout, June 2022): "Deputy Secretary of State Wendy Sherman met today with Ukrainian
    # Deputy Foreign Minister Dmytro Senik in Seoul. The Deputy Secretary emphasized ..." is Sherman's. A rule of this
    # session ("the Mayor of Humber Arm South": a place after the title's "of", no holder) had skipped her, the words
    # after "Secretary of" read as a place, and given her words to Senik.
    doc, statements = load("state-dept-press-releases-rss/press-releases-2022-06.rss", "Deputy Foreign Minister Dmytro Senik")
    reported = [st for st in statements if st.kind == "indirect" and
                st.text.startswith("the United States’ robust, continued support for Ukraine’s sovereignty")]
    assert [who(st) for st in reported] == ["Wendy Sherman"], show(reported)


def test_a_statement_in_its_issuers_own_voice_speaks_on_its_own_day():
    # data/ (the G7 leaders' statement of 30 October 2023): "We, the Leaders of the Group of Seven (G7), stress the
    # innovative opportunities ..." names in its lead a ministers' statement "issued on September 7, 2023". A rule of
    # this session for news reports posted weeks after their lead's day (dates14) had left it undated; a lead in the
    # first person (outside quotations) is the issuer's own voice, of its own day.
    doc, statements = load("whitehouse-briefing-room/statements-releases/2023-10/"
                           "2023-10-30-g7-leaders-statement-on-the-hiroshima-ai-process.md", "We, the Leaders")
    st = the(doc, statements, "the innovative opportunities and transformative potential")
    assert st.said_on == "2023-10-30", show([st])


# -- the lead's round of 4 December: interviews whose questions lose their labels after the first ---------------------

NPR_ZARIF = '''---
title: "Transcript: NPR's Full Interview With Iranian Foreign Minister Mohammad Javad Zarif"
source_url: "https://www.everand.com/article/377270150/Transcript-Npr-s-Full-Interview-With-Iranian-Foreign-Minister-Mohammad-Javad-Zarif"
---
Transcript: NPR's Full Interview With Iranian Foreign Minister Mohammad Javad Zarif

Iranian Foreign Minister Mohammad Javad Zarif talks to Morning Edition's Steve Inskeep about U.S.-Iran relations, the Iran nuclear deal and the war in Syria. Here's the full transcript of their conversation.

Steve Inskeep: I want to follow up on a couple of things you've said on this visit. What did you mean when you said the deal is all or nothing?

Iranian Foreign Minister Mohammad Javad Zarif: Well you see, this nuclear agreement is the result of almost 12 years of posturing and negotiations, and basically two years of very intensive negotiations.

What's in the deal? Every word, almost, has been the subject of a lot of discussion. Every issue in the deal has been thoroughly negotiated. It reflects a compromise.

Do you mean to say that you will not negotiate any changes or additions to this agreement, no matter what the United States and Europe may suggest?

I believe Europe has said that they are not prepared to renegotiate this agreement and I think it's very important for the United States to realise that.
'''


def test_an_interviewers_unlabelled_question_ends_the_answer_before_it():
    # NPR labels only the first exchange; the later questions (bold on the page) come as plain paragraphs: a short
    # paragraph ending in "?" that speaks to the interviewee ("you") without "I" is the interviewer's, and the
    # paragraphs after it answer it. The interviewee's own question inside an answer ("What's in the deal? Every
    # word ...") stays his.
    doc, sts = excerpt(NPR_ZARIF)
    assert [w for w, _, _ in said(sts)] == ["Mohammad Javad Zarif"] * 2
    first, second = sts
    assert "What's in the deal? Every word" in first.text and "Do you mean to say" not in first.text
    assert second.text.startswith("I believe Europe has said") and second.question.startswith("Do you mean to say")


EEAS_READOUT = '''---
title: "EU27 call for solidarity with Greece and Cyprus, de-escalation in the East Med and dialogue with Turkey"
source_url: "http://www.parikiaki.com/2020/08/eu27-call-for-solidarity-with-greece-and-cyprus-de-escalation-in-the-east-med-and-dialogue-with-turkey/"
---
EU27 call for solidarity with Greece and Cyprus, de-escalation in the East Med and dialogue with Turkey

“The High Representative will remain in constant contact with the Ministers on these and other issues in the coming weeks, ahead of the informal Foreign Affairs Council (‘Gymnich’), which will take place on 27-28 August in Berlin”, EEAS notes.

“The Ministers discussed the situation in the Eastern Mediterranean, following a grave deterioration of the security situation in recent days. Three words reflect the outcome of the discussion: solidarity, de-escalation, and dialogue”, according to the EEAS readout.

Ministers reaffirmed the EU’s full solidarity with Greece and Cyprus, the EEAS statement said.

The talks in Berlin will be difficult, the Iran statement said.
'''


def test_a_quotation_of_several_sentences_before_according_to_is_one_and_a_bodys_readout_is_its_own():
    # A quotation of two sentences before ", according to X" had given its last sentence alone, as reported speech,
    # with the closing mark; and "the EEAS readout" was a speaker named "EEAS readout" while "the EEAS statement"
    # was no one's (a document). A named body's readout or statement speaks with its voice (GUIDELINES rule 1: "the
    # State Department said in a statement"); a statement named by a place ("the Iran statement") does not.
    doc, sts = excerpt(EEAS_READOUT)
    found = said(sts)
    assert [w for w, _, _ in found] == ["EEAS"] * 3, found
    assert sts[1].kind == "direct" and sts[1].text.startswith("The Ministers discussed") and \
        sts[1].text.endswith("and dialogue")
    assert sts[2].text == "Ministers reaffirmed the EU’s full solidarity with Greece and Cyprus"
    assert not [t for _, _, t in found if "Berlin will be difficult" in t]


# -- the lead's round of 4 December: a page dumped as plain text, like the seeds ---------------------------------------

WEBINDIA_LEKHI = '''Saturday, December 20, 2025
News

MEA provides 'technical correction' after MoS Lekhi claims not signing question attributed to her

SocialTwist Tell-a-Friend    Print this Page   COMMENT

New Delhi | December 9, 2023 6:50:36 PM IST
The Ministry of External Affairs clarified on Saturday that a question on the Sansad website being shown under the name of Union Minister of State, Meenakashi Lekhi needs 'technical correction' and instead be attributed to MoS V Muraleedharan.

The matter pertains to Lok Sabha Unstarred Question No. 980 from Friday regarding the declaration of Hamas as a 'terrorist organization'.

"We have noted that Lok Sabha Unstarred Question No. 980 answered on 8 December 2023 needs a technical correction in terms of reflecting Shri V. Muraleedharan as the Minister of State replying to the Parliament Question. This is being suitably undertaken," MEA spokesperson Arindam Bagchi said in an official statement.

This comes after MoS Lekhi denied signing any paper with the question regarding the declaration of Hamas as a terrorist organization.

"You have been misinformed as I have not signed any paper with this question and this answer," Lekhi stated on X (formerly Twitter) in reply to a post citing the report.

Later, in a press conference on Saturday, Lekhi also clarified about not signing any such paper and said that she has asked for an inquiry into the matter.

"I would like to clarify that I have not signed any paper regarding that question. I have tagged PMO and External Affairs Minister S Jaishankar regarding the breach," the MoS stated.

She added, "It has to be found out who committed this from the MEA without the signature of the concerned minister. I hope that there will be a prompt inquiry into the matter". (ANI)

 
  LATEST COMMENTS (0)
POST YOUR COMMENT
Comments Not Available
'''


def test_a_mastheads_day_is_not_the_articles_and_an_offices_letters_name_its_holder():
    # https://news.webindia123.com/news/Articles/World/20231209/4147374.html, as a scraper dumps it: the site's
    # masthead prints the day of the visit ("Saturday, December 20, 2025") above the headline, the article its own
    # date line under it. Every statement had been dated 2025-12-20. "MoS Lekhi" and "the MoS" (India's Minister of
    # State) are Meenakashi Lekhi, whom the lead names as "Union Minister of State, Meenakashi Lekhi"; they had been
    # speakers "MoS Lekhi" and "MoS". And "clarified that a question on the Sansad website ... needs 'technical
    # correction'" says something about the question: it had been read as the questions answered.
    doc, sts = excerpt(WEBINDIA_LEKHI, "page.txt")
    assert doc.published[:10] == "2023-12-09"
    found = said(sts)
    assert {d for _, d, _ in found} == {"2023-12-09"}
    assert [w for w, _, _ in found] == ["Ministry of External Affairs", "Arindam Bagchi"] + ["Meenakashi Lekhi"] * 4, found
    assert found[0][2].startswith("a question on the Sansad website being shown")


def test_a_masthead_never_dates_a_page_after_a_later_line():
    # A weekday-led date alone on a line yields to a later line only when that line's day is earlier: a masthead
    # shows the day of the visit, never a day before the article's.
    from pressarchive.clean import _publication_line
    lines = ["Saturday, December 20, 2025", "Headline of the story here", "New Delhi | December 9, 2023 6:50 PM IST"]
    assert _publication_line(lines, [(0, "2025-12-20"), (2, "2023-12-09")]) == (2, "2023-12-09")
    assert _publication_line(lines, [(0, "2025-12-20"), (2, "2026-01-02")]) == (0, "2025-12-20")
    lines[0] = "Posted Saturday, December 20, 2025"
    assert _publication_line(lines, [(0, "2025-12-20"), (2, "2023-12-09")]) == (0, "2025-12-20")


WOWKOREA_PUTIN = '''South Korean government: ”Exchanges and cooperation between Russia and North Korea should contribute to peace on the Korean Peninsula”

At a regular press conference on the 13th, a spokesman for the South Korean Ministry of Foreign Affairs said, "The government is closely monitoring the progress of President Putin's preparations for his visit to North Korea," but added, "There are no concrete plans."

"We don't think it's appropriate for us to comment on the exact schedule," said a senior official from the South Korean presidential office who is accompanying South Korean President Yoon Seok-yeol on his state visit to Kazakhstan.

"President Putin's visit to North Korea is just a few days away, and diplomatic, security and strategic dialogue between South Korea and China will take place around the same time," he said on the 12th (local time).

2024/06/13 17:05 KST
'''


def test_he_after_an_unnamed_official_s_inverted_frame_is_not_the_ministry_before():
    # https://wowkorea.live/news/read/435820.html: "he" is the senior official of the presidential office, whom the
    # page leaves unnamed (no statement), not the foreign ministry whose spokesman spoke before (the spokesman's "he"
    # would be the ministry's voice).
    doc, sts = excerpt(WOWKOREA_PUTIN, "page.txt")
    found = said(sts)
    assert [w for w, _, _ in found] == ["South Korean Ministry of Foreign Affairs"] * 2, found
    assert not [t for _, _, t in found if "just a few days away" in t]


TRIBUNE_MANALO = '''DFA: Independent policy continues

The Philippines will continue to implement the “friend to all, enemy to none” policy under the administration of President Ferdinand Marcos Jr., the Department of Foreign Affairs said Tuesday.

“We will continue to be a friend to all and enemy to none. And in the same vein, President Marcos was very clear that we will not abandon even one square inch of Philippine territory,” Foreign Secretary Enrique Manalo said in his speech at the DFA’s meet and greet event with the members of the press.

For this, the country’s top diplomat said his department is ready to enhance existing relationships, as well as exploring new ties.
'''


def test_a_bodys_name_before_the_verb_and_the_countrys_top_diplomat():
    # https://archives.tribune.net.ph/2022/08/17/dfa-independent-policy-continues/: after a quoted phrase the subject
    # had been read from "policy under President Ferdinand Marcos Jr., the Department of Foreign Affairs" as Marcos
    # with the department for his title, and the frame dropped; "the country's top diplomat" was a vague source
    # ("a diplomat"), not the foreign secretary just named.
    doc, sts = excerpt(TRIBUNE_MANALO, "page.txt")
    found = said(sts)
    assert [w for w, _, _ in found] == ["Department of Foreign Affairs", "Enrique Manalo", "Enrique Manalo"], found
    assert found[0][2].startswith("The Philippines will continue to implement")
    assert found[2][2].startswith("his department is ready to enhance existing relationships")


def test_a_body_name_closing_a_clause_is_not_taken_with_the_verbs_after_it():
    # data/ (White House, DACA's tenth anniversary): "..., the Biden-Harris Administration celebrates DACA recipients
    # and again calls on Congress to pass legislation ..." is the administration's (not a body named "Biden-Harris
    # Administration celebrates DACA recipients and").
    doc, statements = load("whitehouse-briefing-room/statements-releases/2022-06/2022-06-15-the-biden-harris-"
                           "administration-celebrates-the-contributions-of-dreamers-on-ten-year-anniversary-of-daca.md",
                           "again calls on Congress")
    st = the(doc, statements, "Congress to pass legislation to protect and honor Dreamers")
    assert who(st) == "Biden-Harris Administration", show([st])


def test_a_name_ending_in_an_own_words_noun_is_the_whole_name():
    # polnear (Huffington Post, 2016): "The Huffington Post" is a name whose last word is "Post", not a post of a
    # body called "Huffington" (the rule for "the EEAS readout" takes a lower-case noun only).
    import re
    from pressarchive.extract.mentions import parse_np

    def parsed(phrase):
        return parse_np([(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", phrase)])
    assert parsed("the Huffington Post").name == "Huffington Post"
    assert parsed("the EEAS readout").name == "EEAS"


REV_MILLER = '''State Department Press Briefing on 9/16/24

Matthew Miller (00:00):

Afternoon, everyone. Happy Monday. Let me start with some opening comments.

(00:12)
The United States remains deeply concerned by the ongoing anti-democratic actions of the Georgian government, which are incompatible with membership norms in the EU and NATO.

(01:47)
With that, Matt?

Matt (01:49):

You don't have anything on the Middle East? What do you make of the strike in Lebanon today?

Matthew Miller (01:58):

We have seen the reports. We continue to urge all parties to avoid escalation and we are working with our partners on a diplomatic resolution.
'''


def test_a_transcripts_numeric_title_day_with_one_reading_dates_an_undated_page():
    # https://rev.com/blog/transcripts/state-department-press-briefing-on-9-16-24 (as a scraper dumps it, no date
    # line): "9/16/24" can only be 16 September 2024; the answers had been undated.
    doc, sts = excerpt(REV_MILLER, "page.txt")
    found = said(sts)
    assert [(w, d) for w, d, _ in found] == [("Matthew Miller", "2024-09-16")] * 2, found
    assert not [t for _, _, t in found if "What do you make of" in t]


JOINT_STATEMENTS = '''Joint

Foreign Minister Penny Wong and her Japanese counterpart Yoko Kamikawa said in a joint statement on Monday that they were deeply concerned about the situation in the South China Sea.

The United States and Japan said in a joint statement that they would deepen cooperation.

"We will stand together," the two ministers said.

The leaders of the United States and Israel, President Joe Biden and Prime Minister Yair Lapid, met in Jerusalem on 14 July 2022. The leaders expressed appreciation to former Prime Minister Bennett for his leadership.
'''


def test_joint_statements_of_two_named_people():
    # A counterpart after a possessive is the second speaker ("Penny Wong and her Japanese counterpart Yoko Kamikawa
    # said": Kamikawa alone had spoken, with "Foreign Minister Penny Wong and her Japanese counterpart" for a title);
    # "the two ministers" are those two, not the two countries that spoke last; and "the leaders" after a sentence
    # whose subject is a group with the people in apposition are those people.
    doc, sts = excerpt(JOINT_STATEMENTS)

    def speakers(opening):
        return [w for w, _, t in said(sts) if t.startswith(opening)]
    assert speakers("they were deeply concerned") == ["Penny Wong", "Yoko Kamikawa"]
    assert speakers("they would deepen cooperation") == ["United States", "Japan"]
    assert speakers("We will stand together") == ["Penny Wong", "Yoko Kamikawa"]
    assert speakers("appreciation to former Prime Minister") == ["Joe Biden", "Yair Lapid"]


SG_INTERVIEW_TEXT = '''Transcript of Minister for Foreign Affairs Dr Vivian Balakrishnan's interview with CNA

12 March 2024

Question: Minister, how do you see the situation in the Middle East?

Minister: We are deeply concerned about the humanitarian situation in Gaza. Singapore has consistently called for an immediate ceasefire and the release of all hostages.

Question: What can Singapore do?

Minister: We will continue to provide humanitarian assistance and to work with our partners in the region for a two-state solution.
'''


def test_a_headline_in_title_case_over_its_date_line_is_no_menu():
    # A page dumped as plain text, its headline in title case right above the date: the headline had been dropped as
    # a menu line (eight words or more, mostly capitalised), the first question had become the headline, and with it
    # the interviewee: the page gave nothing. A title-case line of twenty words at most, its small words (prepositions)
    # in lower case, is a headline.
    from pressarchive.clean import is_navigation
    doc, sts = excerpt(SG_INTERVIEW_TEXT, "page.txt")
    assert doc.headline.startswith("Transcript of Minister for Foreign Affairs")
    assert [(w, d) for w, d, _ in said(sts)] == [("Vivian Balakrishnan", "2024-03-12")] * 2
    assert is_navigation("WORDS ON THE STREET 70th anniversary of Hanoi's Liberation Day Vietnam - Asia 2023 Smart City "
                         "Summit Hanoi celebrates 15 years of administrative boundary adjustment")     # (the seed's menu)
    assert is_navigation("Home News World Business Sport Opinion Culture Lifestyle Travel")


def test_a_relative_clause_whose_relative_is_the_subject_of_the_words_said():
    # The seed15 round's rule for "..., which he proposed last year with an aim at ..." (the noun before was proposed,
    # nothing after the verb said) had also dropped, on bbc-news, words said inside relative clauses whose relative is
    # the subject of the clause said, or which follow a preposition (read against the whole corpus after the merge).
    for rel, marker, speaker in [
            ("business/197.txt", "were sold cheaply to friends of the previous administration", "Viktor Yushchenko"),
            ("politics/282.txt", "would turn the clock back with spending cuts", "Tony Blair"),
            ("business/230.txt", "to be the leader of a consortium", "Yukos"),
            ("sport/187.txt", "Souness of lying", "Craig Bellamy")]:
        doc, sts = load(f"bbc-news/{rel}", marker)
        found = [who(st) for st in sts if marker in st.text]
        assert found == [speaker], (rel, found)


def test_a_long_breadcrumb_trail_is_no_headline():
    # A Kantei press conference dumped as text opens with a trail of five steps, twenty words
    # (japan.kantei.go.jp/tyoukanpress/201304/16_p.html): it had been the page's headline.
    page = ("Home >  News >  Press Conference by the Chief Cabinet Secretary >  April 2013 >  Tuesday, April 16, 2013 (PM)\n\n"
            "Press Conference by the Chief Cabinet Secretary\n\nTuesday, April 16, 2013 (PM)\n\n"
            "REPORTER: What is the Government's assessment of the possibility of a missile launch?\n\n"
            "DEPUTY CHIEF CABINET SECRETARY SEKO: I believe that now is not the time for us to dwell on hypotheticals. "
            "We must continue to remain vigilant.\n")
    doc, sts = excerpt(page, "page.txt")
    assert doc.headline == "Press Conference by the Chief Cabinet Secretary"
    assert [(w, d) for w, d, _ in said(sts)] == [("Seko", "2013-04-16")]


def test_a_relative_clause_frame_ends_before_the_main_verb():
    # "Burns, who reportedly said that ..., declined to comment further" (seed15's list of classes left): the words
    # said end at the comma before the main clause's verb, of any kind (not only a verb of speaking); a participle
    # set off inside the words is no main verb when another follows.
    doc, sts = excerpt("Title\n\nBurns, who reportedly said that the talks had been productive, declined to comment "
                       "further.\n\nJuanita Broaddrick, who says Clinton raped her in 1978, recounted the incident on "
                       "the radio.\n", "page.txt")
    assert [t for _, _, t in said(sts)] == ["the talks had been productive", "Clinton raped her in 1978"]


def test_merge_review_of_round_15_on_bbc_business():
    # Read against bbc-news after merging round 15 (the rounds had checked bbc-news/politics): "watchdog" as a body
    # noun had made "The Paris-based IEA watchdog, which advises industrialized nations on energy policy, said ..."
    # a frame of "advises" (a body's standing function, no words said) with a body named "IEA watchdog", and "the UK's
    # financial watchdog" a speaker of that name (a description, no named body); the ", claiming ..." participle had
    # given "Shareholders" (a plural noun at a sentence's start, read as a surname) a statement.
    doc, sts = load("bbc-news/business/028.txt", "which advises industrialized nations")
    assert [(who(st), st.text[:30]) for st in sts if "upward revision" in st.text] == \
        [("International Energy Agency", "the upward revision was due to")]
    doc, sts = load("bbc-news/business/263.txt", "the UK's financial watchdog has announced")
    assert not [st for st in sts if st.text.startswith("Investors who lost money")], show(sts)
    doc, sts = load("bbc-news/business/386.txt", "Shareholders have also launched lawsuits")
    assert not [st for st in sts if "false statements" in st.text], show(sts)
    doc, sts = load("bbc-news/politics/079.txt", "the UK elections watchdog has said")
    assert who(the(doc, sts, "The risk of pets and children")) == "Electoral Commission"


# -- the lead's second round of 4 December -----------------------------------------------------------------------------

def test_the_federal_reserve_is_a_body():
    # bbc-news/business/383.txt and Reuters' money-supply reports: "the Federal Reserve" had been a person called
    # "Reserve" with the title "Federal" (a title word, as in "Federal Minister").
    doc, sts = load("bbc-news/business/383.txt", "interest rates")
    assert {who(st) for st in sts if st.start == 0} == {"Federal Reserve"}, show(sts)


def test_a_sentence_that_is_only_a_frame_after_a_quotation_closed_by_a_full_stop():
    # '"..." Shannon Vinish told CTV.' (CTV, a class the quotes15 round left): the quotation ends its sentence with a full
    # stop, the next sentence is nothing but its frame; it had gone to the speaker before. Not a sentence saying more
    # ('"We will win." He said the team was ready.'), nor after a quotation framed before it ('X said: "..." Stuart
    # Rose, head of M&S, said last year its prices were too high.', bbc-news/business/184.txt).
    doc, sts = excerpt("Title\n\nThe US Federal Reserve said it would keep rates on hold.\n\n\"We have to be careful in "
                       "the suburbs.\" Shannon Vinish told CTV News.\n\n\"It is a good day.\" Smith said.\n", "page.txt")
    assert [w for w, _, _ in said(sts)] == ["US Federal Reserve", "Shannon Vinish", "Smith"]
    doc, sts = load("bbc-news/business/184.txt", "still feels very early")
    assert who(the(doc, sts, "In spite of the snow in the UK")) == "Dresdner Kleinwort Wasserstein"


def test_his_spokesman_speaks_for_the_person_his_names():
    # "But his spokesman insisted his attack on Labour was not a publicity stunt" (bbc-news/politics/276, a class the
    # bbc15 round left): a spokesman for the person "his" names is that person, as "a spokesman for Mr X" is
    # (GUIDELINES), unless the registry knows the office ("Tony Blair's spokesman" is Downing Street); the quotation
    # after "her spokesman insisted ..." had gone to the tournament chief quoted before (bbc-news/sport/478).
    doc, sts = load("bbc-news/politics/276.txt", "his attack on Labour was not a publicity stunt")
    assert who(the(doc, sts, "his attack on Labour was not a publicity stunt")) == "Duncan Bannatyne"
    doc, sts = load("bbc-news/sport/478.txt", "her spokesman insisted")
    assert who(the(doc, sts, "she had simply delayed submitting her entry")) == "Kim Clijsters"
    assert who(the(doc, sts, "The doctors are assessing her injury")) == "Kim Clijsters"
    doc, sts = excerpt("Title\n\nTony Blair spoke in London. His official spokesman said the PM was confident.\n",
                       "page.txt")
    assert [w for w, _, _ in said(sts)] == ["Downing Street"]


def test_here_before_that_is_the_frames():
    # "Funaro, who told reporters here that he wanted ..." (Reuters, 3 March 1987): "here" is where the frame was
    # said, not the first word said.
    doc, sts = excerpt("Title\n\nPrime Minister Shinzo Abe told reporters here that Japan would lodge a protest.\n",
                       "page.txt")
    assert [t for _, _, t in said(sts)] == ["Japan would lodge a protest"]


# -- the lead's round of the evening of 4 December (own train split errors) ----------------------------------------

def test_the_prime_ministers_spokesperson_capitalised_then_she():
    # downingstreetsays.com (own train set B, wire/058): "The Prime Minister’s Spokesperson updated the assembled press
    # on the European Council meeting. She said that the main agenda items would include ...": "She" is the office's
    # voice (Downing Street), not "Yvonne Fletcher", a heading line above. The opening had been read only with a
    # lower-case "spokesperson" and without "The".
    doc, sts = load_own("docs-b/wire/058.md")
    assert who(the(doc, sts, "the main agenda items would include")) == "Downing Street", show(sts)
    assert "Yvonne Fletcher" not in {who(st) for st in sts}


def test_a_name_with_a_particle_before_a_relative_who():
    # PNA (own train, ph/029): "This was revealed on Sunday (August 18, 2024) by Department of Foreign Affairs (DFA)
    # Undersecretary Eduardo de Vega, who stated that out of the 1,000 Filipinos, 356 individuals have already been
    # repatriated.": the name before "who" goes on through its particle "de"; the rules had found no speaker, and the
    # learned model alone had cut the words at the comma inside "1,000".
    doc, sts = load_own("docs/ph/029.md")
    st = the(doc, sts, "356 individuals have already been repatriated")
    assert who(st) == "Eduardo de Vega" and st.text.startswith("out of the 1,000 Filipinos, 356"), show(sts)
    assert not any(s.text.rstrip().endswith("out of the 1") for s in sts)


def test_on_the_same_day_is_the_day_the_sentence_before_tells():
    # CNA (own train, sg/119), published Wednesday 19 May 2021: "Mr Kejriwal's comment was made on Tuesday. On the same
    # day, Singapore's Health Ministry said that there was "no truth whatsoever" in the assertion": Tuesday, 18 May,
    # not the report's day. With no one day in the sentence before, no day at all.
    doc, sts = load_own("docs/sg/119.md")
    assert the(doc, sts, "no truth whatsoever").said_on == "2021-05-18"
    doc, sts = excerpt("---\ntitle: \"Talks\"\nsource_url: \"https://example.org/t\"\ndate: \"2021-05-19\"\n---\n"
                       "The envoys met on Monday and again on Tuesday.\n\nOn the same day, Foreign Minister Vivian Balakrishnan said the "
                       "talks had gone well.\n", "page.md")
    assert [(t, d) for _, d, t in said(sts)] == [("the talks had gone well", None)]


def test_medics_opening_a_sentence_are_unnamed_people():
    # Reuters (own train, wire/098): "Medics said health workers should be given priority to fill their cars": people
    # left unnamed, not a person called "Medics".
    doc, sts = load_own("docs/wire/098.md")
    assert "Medics" not in {who(st) for st in sts}, show(sts)
    assert not any("health workers should be given priority" in st.text for st in sts)


def test_a_past_verb_after_and_in_words_framed_by_saying_is_theirs():
    # Korea JoongAng Daily (own train, kr/007): "Cho Tae-yeol promised a fact-finding investigation, saying that he was
    # not briefed in advance and did not agree with the contents ...": "did not agree" goes on with "he", not with
    # "saying" (a participle takes no past-tense partner); the words had been cut at "and". A finite frame keeps its
    # cut ("... said it would review the case and declined to comment further").
    doc, sts = load_own("docs-h/kr/007.md")
    st = the(doc, sts, "he was not briefed in advance")
    assert "did not agree with the contents" in st.text, st.text
    doc, sts = excerpt("Title\n\nForeign Minister Cho Tae-yeol said the ministry would review the case and declined to "
                       "comment further.\n", "page.txt")
    assert [t for _, _, t in said(sts)] == ["the ministry would review the case"]


# -- the merge of round 17 --------------------------------------------------------------------------------------------

def test_a_firm_after_a_preposition_closing_a_paragraph_is_no_person_a_pronoun_takes():
    # Reuters (reut2-000, OPEC): '"...," said Paul Mlotok, oil analyst with Salomon Brothers Inc. ¶ He said the market's
    # earlier optimism ...': "He" is Mlotok. quotes17's rule for a person a lower-case noun introduces at a paragraph's
    # end ("... comfort to resident Cheyanne Gauthier. ¶ She said ...") had made the firm a man ("Salomon" a given name).
    doc, sts = load("reuters21578/reut2-000.sgm", "oil analyst with Salomon Brothers Inc")
    assert who(the(doc, sts, "the market's earlier optimism about OPEC")) == "Paul Mlotok", show(sts)
    assert "Salomon Brothers Inc" not in {who(st) for st in sts}


def test_a_title_abbreviation_kept_in_the_role_matches_the_title_spelt_out():
    # PolNeAR (Washington Post, 30 April 2016): "Indiana Gov. Mike Pence" ... '"I particularly want to commend Donald
    # Trump, ..." the governor said.'; "The senator from Vermont said the financial system was "corrupt"" after "Sen.
    # Bernie Sanders". seed17's rule keeps a title's abbreviation in the name run ("Rep. Rodante Marcoleta"), so the
    # role had become "Gov.", an office given, so "the governor" found no one: a title's abbreviation alone is no
    # office the text tells (lexicon title_abbreviations).
    doc, sts = load("polnear/train/text/wash-post_2016-04-30_indiana-governor-endorses-cruz-b.txt", "Pence")
    assert who(the(doc, sts, "I particularly want to commend Donald Trump")) == "Mike Pence", show(sts)
    doc, sts = load("polnear/train/text/wash-post_2016-01-18_a-sharper-tone-as-stakes-rise.txt", "Sanders")
    assert who(the(doc, sts, "the financial system was")) == "Bernie Sanders", show(sts)


# -- the lead's round 18 (night of 4 December): earlier rounds' held-out pages of rounds 15 and 16, scored only until
# -- now, taken as work pages (round 17's and 18's held-out pages, and the own test split, stay unseen) ---------------

def _page(url: str, body: str, day: str | None = None) -> str:
    dated = f'date: "{day}"\n' if day else ""
    return f'---\ntitle: "page"\nsource_url: "{url}"\n{dated}---\n{body}'


def test_the_spokesman_after_a_title_set_off_before_the_name():
    # watsupeurope.com, 2 January 2020: "South Korean Unification Ministry spokesman, Lee Sang-min, said ... “...,”
    # stressed the spokesman.": Lee Sang-min, not the registry's State Department spokesperson of that day (Morgan
    # Ortagus), found because the text mentions the US.
    doc, sts = excerpt(_page(
        "http://watsupeurope.com/news/south-korea-new-strategic-weapon-of-n-korea-will-hamper-denuclearisation-govt-spokesman/",
        "South Korean Unification Ministry spokesman, Lee Sang-min, said that North Korean plans to present “new "
        "strategic weapon” will hamper denuclearisation on the peninsula, in Seoul on Wednesday.\n\n“The South Korean "
        "government notes North Korea mentioned [that the world] will soon see a new strategic weapon. We express our "
        "stance that if North Korea indeed puts this into action, it will not help the denuclearisation negotiations "
        "and efforts to establish peace on the Korean Peninsula,” stressed the spokesman.\n\nHe also expressed his "
        "hopes that the talks between the US and North Korea will be held shortly.\n", "2020-01-02"), "page.md")
    assert who(the(doc, sts, "will soon see a new strategic weapon")) == "Lee Sang-min", show(sts)
    assert "Morgan Ortagus" not in {who(st) for st in sts}
    # ", in Seoul on Wednesday." closing the sentence is where and when he said it (Wednesday 1 January), no part of
    # his words
    st = the(doc, sts, "will hamper denuclearisation")
    assert st.text.endswith("on the peninsula") and st.said_on == "2020-01-01", (st.text, st.said_on)


def test_the_spokesperson_of_a_ministry_named_in_full_before_her_name():
    # VOV World: "Spokesperson of the Ministry of Foreign Affairs Pham Thu Hang chairs the regular press briefing on
    # March 19." then "the spokesperson said the Foreign Ministry has been closely following ...": Phạm Thu Hằng, whose
    # title is the whole run ("Foreign Affairs" alone had made "the spokesperson" the registry's other Thu Hằng).
    doc, sts = excerpt(_page(
        "https://m.vovworld.vn/en-US/news/vietnam-consistently-respects-and-ensures-freedom-of-belief-and-religion-fm-spokesperson-1476841.vov",
        "Spokesperson of the Ministry of Foreign Affairs Pham Thu Hang chairs the regular press briefing on March 19. "
        "(Photo: VNA) |\nHang made the remarks in response to reporters’ questions regarding the US Commission on "
        "International Religious Freedom (USCIRF)’s recommendation to designate Vietnam as a “country of particular "
        "concern” on religious freedom in its latest 2026 annual report.\nShe said: “These assessments are neither "
        "objective nor accurate, and are based on biased information with ill intent toward Vietnam.”\nAt the same "
        "briefing, addressing questions about the protection of Vietnamese citizens in the Middle East, the "
        "spokesperson said the Foreign Ministry has been closely following the situation and implementing necessary "
        "citizen protection measures.\n"), "page.md")
    assert {who(st) for st in sts} == {"Phạm Thu Hằng"}, show(sts)
    assert who(the(doc, sts, "closely following the situation")) == "Phạm Thu Hằng"


def test_said_capitalised_after_a_quotation_is_the_verb_not_a_given_name():
    # Baraka FM (Kenya): "“Let us not give these politicians mileage ...” Said Kiraithe." after "Government spokesperson
    # Eric Kiraithe": no new person "Said Kiraithe" for "He stated ..." to go to.
    doc, sts = excerpt(_page("https://barakafm.org/?p=29688",
        "Nairobi, KENYA: Government spokesperson Eric Kiraithe has demanded an apology from Kisumu Senator Anyang’ "
        "Nyong’o over KDF spokesman disappearance claims.\n\nAddressing journalists in Nairobi on Wednesday, Kiraithe "
        "said that the government is not in the business of drawing unnecessary attention to any politician.\n\n“Let "
        "us not give these politicians mileage by trying to concentrate in every small thing they say.” Said "
        "Kiraithe.\n\nHe stated that the country will continue regardless of whoever wins or lose the elections.\n"),
        "page.md")
    assert who(the(doc, sts, "the country will continue regardless")) == "Eric Kiraithe", show(sts)
    assert not any((who(st) or "").startswith("Said") for st in sts)


def test_afterwards_opens_a_sentence_and_calling_on_a_king_is_a_visit():
    # UN noon briefing, 11 November 2005: "Afterwards, the Secretary-General called on King Abdullah and personally
    # expressed his condolences for the terror attacks.": a visit, no statement, and "Afterwards" is nobody; "called on
    # X to ..." still urges.
    doc, sts = excerpt(_page("https://www.un.org/press/en/2005/db051111.doc.htm",
        "In remarks afterwards, the Secretary-General said he was in Amman to express his solidarity with the King, "
        "people and Government of Jordan after they suffered a terrible attack.\n\nAfterwards, the Secretary-General "
        "called on King Abdullah and personally expressed his condolences for the terror attacks.\n\nLater, the "
        "Secretary-General called on all Member States to agree on a comprehensive convention against terrorism.\n",
        "2005-11-11"), "page.md")
    assert "Afterwards" not in {who(st) for st in sts}, show(sts)
    assert not any("personally expressed his condolences" in st.text for st in sts)
    assert any("all Member States to agree on a comprehensive convention" in st.text for st in sts)


def test_a_caption_aside_here_seen_at_a_place_is_no_speaker():
    # Barriere Star Journal (Black Press): "Health Minister Adrian Dix, here seen at the Surrey Memorial Hospital in
    # Surrey in September, said his government’s plan ... has made differences in many areas": Dix, not the hospital.
    doc, sts = excerpt(_page(
        "https://www.barrierestarjournal.com/news/minister-says-bc-making-significant-progress-toward-good-health-7119333",
        "Health Minister Adrian Dix, here seen at the Surrey Memorial Hospital in Surrey in September, said his "
        "government’s plan to increase staffing in the health care system, has made differences in many areas, but "
        "added that more needs to be done. (Anna Burns/Surrey Now-Leader)\n"), "page.md")
    assert who(the(doc, sts, "has made differences in many areas")) == "Adrian Dix", show(sts)
    assert not any("Hospital" in (who(st) or "") for st in sts)


def test_datuk_seri_before_a_malay_name_then_the_given_name_alone():
    # The Rakyat Post via malaysia-today.net: "Agriculture and Agro-based Industry Minister Datuk Seri Ismail Sabri
    # Yaakob ..." then "According to Ismail, ..." and "Ismail said ...": one person, Ismail Sabri Yaakob (the
    # honorific had made the name five words long, too long to introduce anyone).
    doc, sts = excerpt(_page("https://malaysia-today.net/2015/02/03/i-will-cooperate-says-ismail-sabri",
        "(The Rakyat Post) – Agriculture and Agro-based Industry Minister Datuk Seri Ismail Sabri Yaakob is ready to "
        "cooperate with the Royal Malaysian Police (PDRM) following his statement on the price of goods yesterday.\n\n"
        "According to Ismail, he is waiting for a suitable date to give his statement to the police and he will give "
        "his full cooperation.\n\nCommenting on a statement by MCA leaders, Ismail said he did not have any issue with "
        "the party.\n"), "page.md")
    assert {who(st) for st in sts} == {"Ismail Sabri Yaakob"}, show(sts)


def test_a_noun_the_text_writes_in_lower_case_is_no_given_name_before_a_name():
    # CTV Ottawa: "Rider Natalie McNab says she is losing faith in transit." in a story of LRT "riders": Natalie McNab.
    # A word that is only a given name stays ("Rider Natalie McNab" in a text without "rider(s)" is left as written).
    body = ("Rider Natalie McNab says she is losing faith in transit.\n\nAnother rider Anna Sharkova says the delays "
            "\"are annoying. But is doesn't surprise me.\"\n")
    doc, sts = excerpt(_page("https://ottawa.ctvnews.ca/more-delays-on-lrt-saturday-1.4677885", body), "page.md")
    assert who(the(doc, sts, "she is losing faith in transit")) == "Natalie McNab", show(sts)
    doc, sts = excerpt(_page("https://ottawa.ctvnews.ca/more-delays-on-lrt-saturday-1.4677885",
                             "Rider Natalie McNab says she is losing faith in transit.\n"), "page.md")
    assert who(the(doc, sts, "she is losing faith in transit")) == "Rider Natalie McNab", show(sts)


def test_reported_words_run_on_to_the_closing_mark_of_a_quotation_they_open():
    # CTV Ottawa: 'Another rider Anna Sharkova says the delays "are annoying. But is doesn't surprise me."': one
    # indirect statement to the closing mark, not cut at the stop inside the quotation.
    doc, sts = excerpt(_page("https://ottawa.ctvnews.ca/more-delays-on-lrt-saturday-1.4677885",
        "Rider Natalie McNab says she is losing faith in transit.\n\nAnother rider Anna Sharkova says the delays \"are "
        "annoying. But is doesn't surprise me.\"\n\nTransit Commission Chair Allan Hubley says he too is experiencing "
        "a new level of frustration.\n"), "page.md")
    st = the(doc, sts, "are annoying")
    assert who(st) == "Anna Sharkova" and "doesn't surprise me" in st.text, show(sts)


def test_a_departments_secretary_with_a_place_among_his_names():
    # Manila Bulletin, 1 September 2022: "Department of Foreign Affairs (DFA) Secretary Luis Enrique Austria Manalo has
    # emphasized that ...": the secretary, Luis Enrique Austria Manalo ("Austria" is a place, and the whole run had
    # been read as one body's name).
    doc, sts = excerpt(_page(
        "https://mb.com.ph/2022/9/1/manalo-dfa-will-heed-pbbms-orders-continue-to-uphold-unclos-and-2016-un-arbitral-award",
        "Department of Foreign Affairs (DFA) Secretary Luis Enrique Austria Manalo has emphasized that his department "
        "would execute President Marcos’ ‘’marching orders’’ which is not to surrender a single inch of Philippine "
        "territory in the West Philippine Sea.\n\nAppearing before the committee on foreign affairs of the Commission "
        "on Appointments (CA) yesterday (August 31), Manalo said the DFA would also continue to defend Philippine "
        "sovereignty.\n", "2022-09-01"), "page.md")
    assert who(the(doc, sts, "his department would execute")) == "Luis Enrique Austria Manalo", show(sts)
    assert who(the(doc, sts, "continue to defend Philippine sovereignty")) == "Luis Enrique Austria Manalo"


def test_a_named_countrys_government_spokesman_is_that_government():
    # zephyrnet.com (a reprint of RT): "A UK government spokesman has refuted wide-ranging claims made by The Sunday
    # Times ..." then "The spokesman’s response comes after Cabinet minister Michael Gove acknowledged ...": the UK
    # government speaks, and Gove, named after the spokesman's possessive, is no spokesman. "A Chinese government
    # spokesman" later is China's government, not the last government named.
    doc, sts = excerpt(_page(
        "https://zephyrnet.com/protesters-are-gathering-in-several-us-states-to-oppose-stay-at-home-orders/",
        "A UK government spokesman has refuted wide-ranging claims made by The Sunday Times in a damning article that "
        "criticizes the government’s early response to the coronavirus pandemic, arguing Sunday that the article "
        "contains a “series of falsehoods” that “misrepresent” the government’s actions.\n\nThe spokesman’s response "
        "comes after Cabinet minister Michael Gove acknowledged that Prime Minister Boris Johnson did not attend five "
        "national security COBR meetings.\n\n“It is ridiculous to suggest that coronavirus only reached the UK because "
        "the Health Secretary and not the PM chaired a COBR meeting,” the spokesman said.\n\nA Chinese government "
        "spokesman said the claims about Wuhan were groundless.\n"), "page.md")
    assert who(the(doc, sts, "contains a “series of falsehoods”")) == "UK government", show(sts)
    assert who(the(doc, sts, "It is ridiculous to suggest")) == "UK government"
    assert who(the(doc, sts, "the claims about Wuhan were groundless")) == "Chinese government"


def test_an_outlets_reporter_in_lower_case_labels_a_question():
    # breakinglatest.news (a translation of the MFA transcript of 10 October 2022): "Mao Ning: We have noticed relevant
    # reports. ..." then "Reuters reporter: Follow up on the situation in Ukraine. ...": the reporter's question is no
    # part of Mao Ning's answer.
    doc, sts = excerpt(_page(
        "https://www.breakinglatest.news/news/the-ministry-of-foreign-affairs-responded-to-the-explosions-in-several-cities-in-ukraine-i-hope-the-situation-can-be-eased-as-soon-as-possible/",
        "Beijing News According to the website of the Ministry of Foreign Affairs, on October 10, Foreign Ministry "
        "spokesman Mao Ning hosted a regular press conference. Some of the transcripts of the meeting are as "
        "follows:\n\nReuters: This morning, strong explosions occurred in many cities including the capital of Ukraine, "
        "Kyiv. What is China‘s comment?\n\nMao Ning: We have noticed relevant reports. Hope the situation can be eased "
        "as soon as possible.\n\nReuters reporter: Follow up on the situation in Ukraine. You just said that China hopes "
        "that the situation will be eased as soon as possible. Is China really worried about the current situation in "
        "Ukraine?\n\nMao Ning: China has repeatedly reiterated its position on the Ukraine issue.\n", "2022-10-10"),
        "page.md")
    st = the(doc, sts, "We have noticed relevant reports")
    assert who(st) == "Mao Ning" and st.text.rstrip(" .").endswith("eased as soon as possible"), st.text
    assert not any("Follow up on the situation" in s.text for s in sts), show(sts)


def test_a_round_ups_item_headlines_are_no_statements():
    # Yonhap's weekly summary (korean-vibe.com): each item a headline line over its lead "SEOUL -- ...": "Unification
    # minister urges N. Korea to stop provocations, return to dialogue" is the desk's, Kwon's words are in the lead.
    doc, sts = excerpt(_page("https://korean-vibe.com/news/newsview.php?ncode=179564840677663",
        "SEOUL, May 27 (Yonhap) -- The following is a summary of inter-Korean news this week.\n------------\n"
        "Unification minister urges N. Korea to stop provocations, return to dialogue\nSEOUL -- Unification Minister "
        "Kwon Young-se condemned North Korea's ballistic missile launch Wednesday and warned that it would face "
        "\"strengthened deterrence\" from Seoul and Washington.\n------------\n(3rd LD) S. Korea strongly condemns N.K. "
        "missile launches as Yoon affirms U.S. extended deterrence\nSEOUL -- The office of President Yoon Suk-yeol "
        "strongly condemned North Korea's ballistic missile launches as a grave provocation Wednesday.\n"), "page.md")
    assert not any("to stop provocations, return to dialogue" in st.text for st in sts), show(sts)
    assert not any("as Yoon affirms U.S. extended deterrence" in st.text for st in sts)
    assert who(the(doc, sts, "strengthened deterrence")) == "Kwon Young-se"


def test_the_following_points_to_the_words_after_the_colon():
    # China Diplomacy (Xinhua copy), 28 June 2024: "According to Mao, Ma stressed the following during the phone
    # conversation with Campbell: ¶ Ma said that the Taiwan question is at the core of China's core interests ...
    # "Taiwan independence" is a dead end, and ... will backfire. The U.S. should fully see through ...": no statement
    # "the following", and the run-on sentences of a briefing's report stay Ma's though a term stands in marks.
    doc, sts = excerpt(_page("http://en.chinadiplomacy.org.cn/2024-06/29/content_117281892.shtml",
        "BEIJING, June 28 (Xinhua) -- China urges the United States to act on President Biden's commitment, a Chinese "
        "foreign ministry spokesperson said on Friday.\n\nSpokesperson Mao Ning made the remarks at a daily press "
        "briefing when asked to brief on the phone conversation between Chinese Executive Vice Foreign Minister Ma "
        "Zhaoxu and U.S. Deputy Secretary of State Kurt Campbell.\n\nAccording to Mao, Ma stressed the following during "
        "the phone conversation with Campbell:\n\nMa said that the Taiwan question is at the core of China's core "
        "interests, and the first red line that cannot be crossed in China-U.S. relations. \"Taiwan independence\" is a "
        "dead end, and connivance and support for \"Taiwan independence\" will backfire. The U.S. should fully see "
        "through the separatist nature of Taiwan's Democratic Progressive Party (DPP) authorities.\n", "2024-06-28"),
        "page.md")
    assert not any("the following" in st.text for st in sts), show(sts)
    assert who(the(doc, sts, "is a dead end")) == "Ma Zhaoxu"
    assert who(the(doc, sts, "should fully see through the separatist nature")) == "Ma Zhaoxu"


def test_an_undated_pages_weekday_and_day_take_the_year_they_agree_with():
    # Barriere Star Journal (Black Press), undated: "Health Minister Adrian Dix said B.C. made significant progress in
    # health care hirings between 2017 and 2022 ... Dix made these comments Tuesday (Dec. 5) during an update ...":
    # 5 December 2022 is a Monday, the year after agrees with "Tuesday": 2023-12-05 (the day had been left out).
    doc, sts = excerpt(_page(
        "https://www.barrierestarjournal.com/news/minister-says-bc-making-significant-progress-toward-good-health-7119333",
        "Health Minister Adrian Dix said B.C. made significant progress in health care hirings between 2017 and 2022, "
        "but acknowledged the province will need to do more in future.\n\nDix made these comments Tuesday (Dec. 5) "
        "during an update on his government’s health and human resources strategy launched about little more than a "
        "year ago.\n"), "page.md")
    assert doc.published is None
    assert the(doc, sts, "made significant progress in health care hirings").said_on == "2023-12-05", show(sts)


def test_an_undated_pages_weekday_is_the_day_its_caption_prints_when_they_agree():
    # thenews.com.pk, undated: the caption "... addresses a weekly press briefing at the Ministry of Foreign Affairs in
    # Islamabad, on November 17, 2022." (a Thursday) over "... Baloch said Thursday that reports of the arrest ... are
    # "false"": 17 November 2022. A day the story recalls further on dates no weekday (PolNeAR's "On July 6, 2015,
    # Sanders made the following comment:" in a story of 2016).
    body = ("Ministry of Foreign Affairs spokesperson Mumtaz Zahra Baloch addresses a weekly press briefing at the "
            "Ministry of Foreign Affairs in Islamabad, on November 17, 2022. — Facebook/foreignofficepk\n\nISLAMABAD: "
            "Foreign Office (FO) spokesperson Mumtaz Zehra Baloch said Thursday that reports of the arrest of Foreign "
            "Minister Bilawal Bhutto are \"false\" and “contrary to facts”.\n")
    doc, sts = excerpt(_page("https://www.thenews.com.pk/latest/1022672-reports-of-bilawal-bhuttos-arrest-false-contrary-to-facts-fo",
                             body), "page.md")
    assert the(doc, sts, "reports of the arrest of Foreign Minister").said_on == "2022-11-17", show(sts)
    late = ("The fact-checking site Politifact said Monday that it will have 18 fact-checkers working during the "
            "debate.\n\n" + "The site has been criticised by conservatives for years. " * 8 +
            "\n\nOn July 6, 2015, Sanders made the following comment about jobs.\n")
    doc, sts = excerpt(_page("https://example.org/politifact", late), "page.md")
    assert the(doc, sts, "18 fact-checkers").said_on is None, show(sts)


def test_an_embassy_in_a_country_is_a_body_not_a_place():
    # The form of vncn18's work pages ("A spokesperson for the Chinese Embassy in the United States said ..."): a body
    # noun before "in" names a body; the page had given no statement at all (the name ended in "States", a place's
    # head). "the Chinese Embassy in the U.S." was read already.
    doc, sts = excerpt(_page("https://example.org/embassy",
        "A spokesperson for the Chinese Embassy in the United States said on Monday that the sanctions were "
        "unjustified and China would respond firmly.\n\n\"We firmly oppose the sanctions,\" a spokesperson for the "
        "Chinese Embassy in the United States said.\n", "2023-02-07"), "page.md")
    assert {who(st) for st in sts} == {"Chinese Embassy in the United States"}, show(sts)
    assert len(sts) == 2


def test_a_groups_second_predicate_after_a_comma_is_the_groups():
    # The form of the White House readouts on wire18's work pages (obamawhitehouse.archives.gov): "President Obama spoke
    # today with Prime Minister Cameron ... The two leaders discussed the situation in Ukraine, and reiterated their
    # support for ...": both leaders, as without the comma. (With a comma inside the first predicate, "..., given its
    # failure to ..., and reiterated the need ...", still none: left.)
    doc, sts = excerpt(_page("https://example.org/readout",
        "President Obama spoke today with Prime Minister Cameron of the United Kingdom. The two leaders discussed the "
        "situation in Ukraine, and reiterated their support for the sovereignty of Ukraine.\n", "2014-07-18"), "page.md")
    assert sorted(who(st) for st in sts if "their support for the sovereignty" in st.text) == \
        ["Barack Obama", "David Cameron"], show(sts)


# -- the lead's round 19 (5 December): speaker names of the corpora that begin with a word no name has ---------------

def test_opener_glued_to_a_surname_introduces_nobody():
    # Washington Post (PolNeAR train): "Some Clinton allies suggested that ..." made "Some Clinton" a person, and
    # "Clinton has said that none of her emails were marked classified" went to that person; "Some" is written in
    # lower case elsewhere in the text and is no given name: the surname is Hillary Clinton's
    doc, sts = load("polnear/train/text/wash-post_2016-01-31_state-calls-emails-of-clinton-to.txt", "Some Clinton allies")
    assert "Some Clinton" not in {who(st) for st in sts}, show(sts)
    assert who(the(doc, sts, "none of her emails were marked classified")) == "Hillary Clinton"


def test_sentence_adverb_before_a_surname_is_no_part_of_the_name():
    # BBC sport/486: 'Again Roddick ...' then '"I'm usually pretty money in those," said Roddick.': Andy Roddick
    doc, sts = load("bbc-news/sport/486.txt", "I'm usually pretty money in those")
    assert who(the(doc, sts, "I'm usually pretty money in those")) == "Andy Roddick", show(sts)
    # Breitbart (PolNeAR train): "Maybe Trump is the Manchurian Candidate ...": "Maybe" names nobody
    doc, sts = load("polnear/train/text/breitbart_2016-05-04_ann-coulter-and-then-there-was-t.txt", "Maybe Trump")
    assert "Maybe Trump" not in {who(st) for st in sts}, show(sts)
    assert who(the(doc, sts, "crazy policy of self-deportation")) == "Donald Trump"


def test_fronted_comparison_is_no_subject():
    # Washington Post (PolNeAR train): "Like Corker, Menendez also rejected the notion that ...": Menendez rejected it
    doc, sts = load("polnear/train/text/wash-post_2016-07-16_new-iran-sanctions-bill-lacks-bi.txt", "Like Corker")
    assert "Like Corker" not in {who(st) for st in sts}, show(sts)
    assert who(the(doc, sts, "the notion that Democrats could legitimately pull away")) == "Robert Menendez"


def test_business_described_by_its_country_is_no_body_of_that_name():
    # BBC business/062: "The Australian firm said it would only break even ..." (Multiplex, named as "Multiplex Group"
    # before): no body called "Australian firm"; business/418: "A US firm has said it is in final negotiations ..."
    # names none (guidelines: an unnamed source is no statement)
    doc, sts = load("bbc-news/business/062.txt", "The Australian firm said")
    assert "Australian firm" not in {who(st) for st in sts}, show(sts)
    doc, sts = load("bbc-news/business/418.txt", "A US firm has said")
    assert not [st for st in sts if "final negotiations with luxury goods group" in st.text], show(sts)
    # ... while a body's name after the description stays its name: "the US firm Qwest"-style names are kept by
    # trailing_name, and "Finnish security firm F-Secure" is not a firm described by its country alone
    doc, sts = load("bbc-news/tech/116.txt", "Finnish security firm F-Secure")
    assert "the viruses do not do any damage to a phone" in {st.text for st in sts}, show(sts)
    # Reuters-21578: "Fidelity International Ltd, a Bermuda-based firm, said its funds bought ...": the body named before
    # the description
    doc, sts = load("reuters21578/reut2-000.sgm", "Fidelity International Ltd, a Bermuda-based firm")
    assert who(the(doc, sts, "its funds bought 68,000 LDBrinkman common shares")) == "Fidelity International Ltd"


def test_title_letters_before_a_surname_name_the_person():
    # A White House fact sheet (data/, 6 January 2025): "U.S. National Security Advisor (APNSA) Jake Sullivan met with
    # Indian National Security Advisor (NSA) Ajit Doval ... APNSA Sullivan and NSA Doval underscored ...": the letters
    # the text set in brackets before each name are titles, the speakers Jake Sullivan and Ajit Doval (both of the joint
    # words); its later "NSA Sullivan announced ..." (NSA being Doval's letters in this text) is Jake Sullivan's too
    # (since round 27: tests/test_audit_r27.py)
    rel = ("whitehouse-briefing-room/statements-releases/2025-01/2025-01-06-fact-sheet-the-united-states-and-india-"
           "committed-to-strengthening-strategic-technology-partnership.md")
    doc, sts = load_data(rel, "APNSA Sullivan and NSA Doval underscored")
    assert not [st for st in sts if who(st) == "APNSA Sullivan"], show(sts)
    joint = [who(st) for st in sts if st.text.startswith("the vital importance of our efforts")]
    assert sorted(joint) == ["Ajit Doval", "Jake Sullivan"], joint


def test_a_country_after_a_word_that_is_no_given_name_is_no_person():
    # A White House fact sheet (data/, 15 November 2024): "Through Peru’s active participation in the Americas
    # Partnership, we are ..." made a person "Through Peru", and "The United States and Peru maintain a long-standing
    # security and defense partnership" went to that person
    rel = ("whitehouse-briefing-room/statements-releases/2024-11/2024-11-15-fact-sheet-advancing-the-united-states-"
           "peru-partnership.md")
    doc, sts = load_data(rel, "Through Peru")
    assert not [st for st in sts if who(st) in ("Through Peru", "Peruvian Amazon")], show(sts)


def test_a_document_or_plan_is_no_speaker():
    # State Department (data/, March 2022): "This year’s INCSR stresses that the opioid crisis remains a global
    # challenge ...": the report's text, not a statement of the 'International Narcotics Control Strategy Report'
    doc, sts = load_data("state-dept-press-releases-rss/press-releases-2022-03.rss", "This year’s INCSR stresses")
    assert not near(doc, sts, "This year’s INCSR stresses"), show(near(doc, sts, "This year’s INCSR stresses"))
    # A joint statement (data/, 13 February 2025): "Building on the U.S.-India Roadmap for Defense Industrial
    # Cooperation" introduced a person 'U.S.-India Roadmap', to whom "India also expressed appreciation ..." went
    rel = ("whitehouse-briefing-room/briefings-statements/2025-02/2025-02-13-united-states-india-joint-leaders-"
           "statement.md")
    doc, sts = load_data(rel, "India also expressed")
    assert not [st for st in sts if "Roadmap" in (who(st) or "")], show(sts)
    assert who(the(doc, sts, "appreciation for U.S. measures taken")) == "India"


def test_and_inside_a_title_or_a_body_name_splits_no_speaker():
    # "As the Secretary’s Chief Diversity and Inclusion Officer Ambassador Gina Abercrombie-Winstanley has
    # underscored, ...": one person; "Diversity" was a second speaker (data/, July 2022)
    doc, sts = load_data("state-dept-press-releases-rss/press-releases-2022-07.rss", "Chief Diversity and Inclusion")
    said = [st for st in sts if st.text.startswith("we do not limit our commitment to disability inclusion")]
    assert [who(st) for st in said] == ["Gina Abercrombie-Winstanley"], show(said)
    assert said[0].speaker.role == "Chief Diversity and Inclusion Officer Ambassador"     # the title whole
    # "... the National Science Foundation, and the National Aeronautics and Space Administration (NASA), announced
    # their Justice40 covered programs": no 'Aeronautics', no 'Space Administration' (data/, 21 April 2023)
    rel = ("whitehouse-briefing-room/statements-releases/2023-04/2023-04-21-fact-sheet-president-biden-signs-executive-"
           "order-to-revitalize-our-nations-commitment-to-environmental-justice-for-all.md")
    doc, sts = load_data(rel, "announced their Justice40 covered programs")
    said = [who(st) for st in sts if st.text == "their Justice40 covered programs"]
    assert said == ["National Aeronautics and Space Administration"], said


def test_two_holders_of_one_plural_title():
    # "Presidents Biden and Lula announced a new partnership ...": each president (data/, G20 fact sheet, 19 November
    # 2024); 'Lula' alone had it
    rel = ("whitehouse-briefing-room/statements-releases/2024-11/2024-11-19-fact-sheet-continuing-a-legacy-of-"
           "leadership-at-the-g20.md")
    doc, sts = load_data(rel, "Presidents Biden and Lula announced")
    said = sorted(who(st) for st in sts if st.text.startswith("a new partnership to elevate ongoing bilateral"))
    assert said == ["Joe Biden", "Lula"], said


def test_a_share_of_a_group_of_no_name_is_no_speaker():
    # "Most companies respond within 15 days." (data/, 13 April 2023): no speaker, no statement
    rel = ("whitehouse-briefing-room/statements-releases/2023-04/2023-04-13-fact-sheet-fact-sheet-president-biden-"
           "announces-plan-to-expand-health-coverage-to-daca-recipients.md")
    doc, sts = load_data(rel, "Most companies respond")
    assert not [st for st in sts if who(st) == "Most companies"], show(sts)


def test_a_title_before_an_owner_is_not_the_title_of_what_he_owns():
    # CEA chairman's remarks (data/, 7 April 2025): "... ushering in President Trump’s new Golden Age." made 'Golden
    # Age' a person titled President, and "The President has promised to ..." went to it; it is Donald Trump's
    rel = ("whitehouse-briefing-room/briefings-statements/2025-04/2025-04-07-cea-chairman-steve-miran-hudson-institute-"
           "event-remarks.md")
    doc, sts = load_data(rel, "new Golden Age")
    assert not [st for st in sts if who(st) == "Golden Age"], show(sts)
    assert who(the(doc, sts, "put American workers and businesses first")) == "Donald Trump"


def test_a_portfolio_after_and_is_no_person():
    # "the U.S. Department of Housing and Urban Development (HUD)" (a fact sheet of data/, 7 May 2024): 'Urban
    # Development' is the rest of the department's name; "he called on Congress" had gone to it
    rel = ("whitehouse-briefing-room/statements-releases/2024-05/2024-05-07-fact-sheet-vice-president-harris-announces-"
           "5-5-billion-to-boost-affordable-housing-invest-in-economic-growth-build-wealth-and-address-homelessness-in-"
           "communities-throughout-america.md")
    doc, sts = load_data(rel, "Urban Development (HUD)")
    assert not [st for st in sts if who(st) == "Urban Development"], show(sts)


def test_a_zero_width_space_is_no_part_of_the_text():
    # A joint statement (data/, 21 August 2025) numbers its terms "13.\u200b The European Union reaffirms that ...": the
    # invisible character is dropped with the page's other layout, the speaker is the European Union
    rel = ("whitehouse-briefing-room/briefings-statements/2025-08/2025-08-21-joint-statement-on-a-united-states-"
           "european-union-framework-on-an-agreement-on-reciprocal-fair-and-balanced-trade.md")
    doc, sts = load_data(rel, "The European Union reaffirms")
    assert "\u200b" not in doc.body
    assert who(the(doc, sts, "U.S. conformity assessment bodies can be designated")) == "European Union"


def test_an_owners_trip_is_no_speaker():
    # State Department (data/, June 2021): "Special Representative Kim’s travel to Seoul emphasizes the fundamental
    # importance of U.S.-ROK-Japan trilateral cooperation ...": a trip, no statement of 'Seoul'
    doc, sts = load_data("state-dept-press-releases-rss/press-releases-2021-06.rss", "travel to Seoul emphasizes")
    assert not [st for st in sts if who(st) == "Seoul"], show(sts)


def test_a_share_of_a_group_names_no_speaker_nor_the_group():
    # BBC business (489): "Some Citigroup operations elsewhere ..." made "Some Citigroup" the name of the bank, whose
    # statements ("Citigroup said it would continue to co-operate fully ...") were shown under it
    doc, sts = load("bbc-news/business/489.txt", "co-operate fully with the authorities")
    assert who(the(doc, sts, "it would continue to co-operate fully with the authorities")) == "Citigroup"
    assert not [st for st in sts if (who(st) or "").startswith("Some ")], show(sts)


def test_a_clause_opener_before_a_name_is_no_part_of_it():
    # Zyte page (a laptop review): "Whatever Apple did for key stability ..." introduced 'Whatever Apple', and every
    # later "Apple says ..." took that name
    doc, sts = load("zyte-article-extraction/html/65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c"
                    ".html.gz", "Whatever Apple did")
    assert who(the(doc, sts, "individual keys can be replaced")) == "Apple"
    assert not [st for st in sts if (who(st) or "").startswith("Whatever")], show(sts)


def test_hailing_from_a_place_is_no_statement():
    # A White House release of nominees (data/, 8 June 2022): "Sandoval hails from a trailer park, the barrio of East Los
    # Angeles, and then Montebello, California, ...": a biography, no praise of anything
    rel = "whitehouse-briefing-room/statements-releases/2022-06/2022-06-08-president-biden-announces-key-nominees-19.md"
    doc, sts = load_data(rel, "Sandoval hails from")
    assert not near(doc, sts, "Sandoval hails from"), show(near(doc, sts, "Sandoval hails from"))


@pytest.mark.parametrize("rel, turn", [
    ("state-dept-press-releases-rss/press-releases-2022-05.rss", "Said and then Michele."),
    ("state-dept-press-releases-rss/press-releases-2022-05.rss", "Said, final question."),
    ("state-dept-press-releases-rss/press-releases-2022-05.rss", "We will come back to you."),
    ("state-dept-press-releases-rss/press-releases-2022-06.rss", "Sure, Russia and Serbia."),
    ("state-dept-press-releases-rss/press-releases-2022-04.rss", "Quick follow-up on Iran. Okay."),
    ("state-dept-press-releases-rss/press-releases-2021-07.rss", "Once again, I’m happy to conclude the briefing there"),
])
def test_floor_management_of_a_briefing_is_no_statement(rel, turn):
    # Ned Price's briefings (data/): a reporter called on with a word after the name, a topic taken up ("Sure,
    # Russia and Serbia."), a promise to come back to someone: the floor handed on, no answer
    doc, sts = load_data(rel, turn)
    i = doc.body.index(turn)
    assert not [st for st in sts if i <= st.start < i + len(turn)], show([st for st in sts if i <= st.start < i + 99])


def test_an_answer_ends_before_the_reporter_called_on_with_please():
    # "MR PRICE: I would refer you to the Pentagon for that. / Missy, please.": the answer without the call
    doc, sts = load_data("state-dept-press-releases-rss/press-releases-2021-08.rss", "refer you to the Pentagon for that")
    st = the(doc, sts, "I would refer you to the Pentagon for that")
    assert st.text.strip() == "I would refer you to the Pentagon for that.", show([st])


def test_a_topic_or_a_name_that_answers_stays_a_statement():
    # what looks like a call but answers: a lone place, a place after "Yes", an answer after "Sure"
    from pressarchive.extract.transcripts import _is_statement
    for answer in ("Russia.", "Yes, Russia.", "Sure, Russia has said so.", "I will come back to you on that.",
                   "That is the last one we will accept from Russia."):
        assert _is_statement(answer), answer


def test_a_quotation_after_an_unnamed_commenter_is_not_the_last_named_speakers():
    # Zyte page (NPR's reporting on plague in Beijing): '“Don't hide things like this,” one Weibo commenter said, per
    # Feng. “Let’s face whatever it is together.”': the commenter's, not the doctor Li Jifeng's named before
    doc, sts = load("zyte-article-extraction/html/ea25dd7edff4d27973600f35728f20aed5a3eedcc23257d9c3afc3d3e840c3de"
                    ".html.gz", "one Weibo commenter said")
    assert not near(doc, sts, "Let’s face whatever it is together"), show(near(doc, sts, "Let’s face whatever"))
    assert who(the(doc, sts, "plague cases need to be carefully investigated")) == "Li Jifeng"


def test_users_quoted_before_they_are_named_leave_the_named_speakers_pronoun_alone():
    # PolNeAR (Washington Post, 4 March 2016): '"It's great fun ...," one user wrote. "This is their democracy."' is
    # no word of the spokeswoman Hua Chunying named before; "Although he says he 'loves China'" is still Trump's
    rel = "polnear/train/text/wash-post_2016-03-04_in-china-wake-of-trump-s-super-t.txt"
    doc, sts = load(rel, "one user wrote")
    assert not near(doc, sts, "This is their democracy"), show(near(doc, sts, "This is their democracy"))
    assert who(the(doc, sts, "of stealing American jobs")) == "Donald Trump"


def test_a_bank_of_a_country_is_no_titled_person():
    # Reuters-21578: "National Bank of Canada said it is issuing 25 mln dlrs worth of mortgage-backed securities":
    # the bank, not a person 'Bank' titled "National" of Canada (as "President Musharraf of Pakistan" is)
    doc, sts = load("reuters21578/reut2-000.sgm", "National Bank of Canada said")
    assert who(the(doc, sts, "it is issuing 25 mln dlrs")) == "National Bank of Canada"


@pytest.mark.parametrize("marker, words, speaker", [
    # "The Bank of Japan decided ..., a central bank official said. ¶ The new guideline will go into effect on April
    # 6, the bank said.": the Bank of Japan ("of" is a small word of titles, no title cutting the name)
    ("The Bank of Japan decided", "The new guideline will go into effect on April 6", "Bank of Japan"),
    # "Sri Lanka's Central Bank offered 250 mln rupees ..., a Bank spokesman said.": the bank the words name
    ("Sri Lanka's Central Bank offered", "Sri Lanka's Central Bank offered 250 mln rupees", "Central Bank"),
    # "Great American First Savings Bank said ... ¶ The San Diego-based bank said ...": the bank named before
    ("Great American First Savings Bank said", "the gains included 6.6 mln dlrs", "Great American First Savings Bank"),
])
def test_a_bank_named_by_its_noun_is_the_bank_named_before(marker, words, speaker):
    # Reuters-21578 (March 1987): a bank named in full, then by its noun alone, was a speaker 'Bank' or 'bank'
    doc, sts = load("reuters21578/reut2-000.sgm" if "Japan" in marker or "Lanka" in marker else
                    "reuters21578/reut2-001.sgm", marker)
    assert who(the(doc, sts, words)) == speaker



TORY_PAGE = """---
title: "Toronto mayor wants masks worn in bars and restaurants during Stage 3 of the reopening process"
source_url: "https://thepostmillennial.com/category/john-tory"
site_name: "thepostmillennial.com"
---
Toronto mayor wants masks worn in bars and restaurants during Stage 3 of the reopening process

Toronto Mayor John Tory has suggested that those within the city continue to wear masks as Ontario enters Stage 3 of its plan to reopen the economy, fearing that a second wave of the coronavirus could flare up if the protocols are relaxed too much.
"""


def test_a_name_whose_surname_is_a_partys_nickname_is_a_person():
    # The Post Millennial (a list of its John Tory stories): "Toronto Mayor John Tory has suggested that ...": the
    # mayor, a person called John Tory, not a body 'Toronto Mayor John Tory' ("Tory" is also a title word: "Tory MP")
    doc, sts = excerpt(TORY_PAGE)
    (st,) = [st for st in sts if "continue to wear masks" in st.text]
    assert st.speaker.name == "John Tory" and st.speaker.kind == "person", show([st])


def test_first_before_a_title_is_part_of_it():
    # BBC politics (219): "Scotland's justice minister has warned bigoted soccer fans ..." is Cathy Jamieson, named
    # next; "Ms Jamieson and First Minister Jack McConnell met ..." gives McConnell the title First Minister, not
    # 'Minister' (read as the connective "First" before a title), which made him the justice minister
    doc, sts = load("bbc-news/politics/219.txt", "First Minister Jack McConnell")
    assert who(the(doc, sts, "where it hurts most")) == "Cathy Jamieson"


@pytest.mark.parametrize("rel, marker, words, speaker", [
    # a rating agency named with "and": one firm (the registry's one name for its forms), no speakers 'Standard',
    # 'Poor' or 'P'
    ("reuters21578/reut2-001.sgm", "reviewing MEPC Plc's two A-rated", "reviewing MEPC Plc's two", "Standard & Poor's"),
    ("reuters21578/reut2-000.sgm", "PACCAR has experienced earnings weakness", "PACCAR has experienced", "Standard & Poor's"),
    # a firm named with a demonym: no person 'Express' or 'Airways'
    ("reuters21578/reut2-000.sgm", "American Express Co, rumored", "would not go beyond the statement", "American Express"),
    ("bbc-news/business/004.txt", "British Airways", "high fuel prices for a 40% drop in profits", "British Airways"),
    # "Year-to-date, GM said ...": Reuters' figures opener, no person 'Year-to-date' with the role 'GM'
    ("reuters21578/reut2-000.sgm", "Year-to-date, GM said", "car output declined to 669,370", "GM"),
])
def test_firms_named_with_and_or_a_demonym(rel, marker, words, speaker):
    doc, sts = load(rel, marker)
    assert who(the(doc, sts, words)) == speaker


def test_a_newspaper_reporting_is_no_speaker():
    # Reuters: "The Indian Express, the country"s biggest selling paper, said: ..." and "The Journal said ...": a
    # paper's report (vague, like "the newspaper said"), no person 'Express' or 'Journal'
    for rel, marker in [("reuters21578/reut2-000.sgm", "The Indian Express, the country"),
                        ("reuters21578/reut2-003.sgm", "The Journal said")]:
        doc, sts = load(rel, marker)
        assert not [st for st in sts if who(st) in ("Express", "Indian Express", "Journal")], show(sts)


def test_a_quotation_after_an_unknown_titled_source_is_no_one_elses():
    # politico via PolNeAR: '“Are we talking about the same Nikki Haley?” the editorial board writes. “The woman who
    # says ...”': the board is no one the archive keeps, and its second quotation is not Donald Trump's, named before
    doc, sts = load("polnear/train/text/politico_2016-01-14_wsj-editorial-deport-nikki-haley.txt",
                    "the editorial board writes")
    assert not [st for st in sts if "The woman who says" in st.text], show(sts)
    assert [st for st in sts if who(st) == "Donald Trump"]     # his own words stay his


def test_a_relative_clause_after_according_to_is_no_part_of_the_words():
    # BBC business (084): "According to Standard & Poor's, which has recently upgraded Mexico's sovereign debt
    # rating, the rise in remittances helps protect ...": the words are the clause after the relative one
    doc, sts = load("bbc-news/business/084.txt", "which has recently upgraded")
    st = the(doc, sts, "the rise in remittances helps protect")
    assert st.text.startswith("the rise in remittances") and who(st) == "Standard & Poor's", show([st])


def test_setting_out_to_do_something_says_nothing():
    # White House message on the Battle of Chippawa: "America set out to forge an Army worthy of the great Republic
    # itself, entrusting that vital mission to ...": an aim, no statement of 'America' (the message stays the
    # President's); "Mr Brown set out plans for ..." (bbc-news/politics/128) still frames what he set out
    doc, sts = load_data("whitehouse-briefing-room/briefings-statements/2026-07/"
                         "2026-07-05-america-250-presidential-message-on-the-anniversary-of-the-battle-of-chippawa.md",
                         "America set out to forge")
    assert not [st for st in sts if st.kind == "indirect" and "vital mission" in st.text], show(sts)
    doc, sts = load("bbc-news/politics/128.txt", "10-year childcare strategy")
    assert who(the(doc, sts, "10-year childcare strategy")) == "Gordon Brown"


def test_a_letters_salutation_is_no_speakers_label():
    # a syndicated advice column (Zyte): "DEAR ABBY: My husband of more than 20 years ..." is a reader's letter to the
    # column, no answer of a person 'Dear Abby' in a transcript
    rel = "zyte-article-extraction/html/87438a0dacbeb979e72522f42b9020048da13dc5a079477114190c8855701b7f.html.gz"
    doc, sts = load(rel, "DEAR ABBY: My husband")
    assert not [st for st in sts if (who(st) or "").lower().startswith("dear")], show(sts)


def test_absent_opening_a_sentence_is_a_preposition_not_a_name():
    # politico via PolNeAR: "Absent Sanders' campaign health care plan, which he has not introduced, Clinton pointed to
    # ...": no person 'Absent Sanders', whom "She then asked if ..." (Rachel Maddow) had been given to
    doc, sts = load("polnear/train/text/politico_2016-01-14_clinton-says-she-won-t-rule-out-.txt", "Absent Sanders")
    assert not [st for st in sts if "Absent" in (who(st) or "")], show(sts)


def test_saying_nothing_is_no_statement():
    # politico via PolNeAR: "Rep. Mike Pompeo (R-Kans.), who has seen the messages but would say nothing about the
    # senders and content, agreed with ...": nothing said, no statement 'nothing about the senders ...'; "said nothing
    # had changed" (a clause whose subject is "nothing") stays words
    doc, sts = load("polnear/train/text/politico_2016-02-10_top-clinton-adviser-sent-top-sec.txt",
                    "would say nothing about the senders")
    assert not [st for st in sts if st.text.startswith("nothing about the senders")], show(sts)
    doc, sts = load("bbc-news/politics/045.txt", "nothing had changed in respect")
    assert [st for st in sts if st.text.startswith("nothing had changed in respect")], show(sts)
