"""Audit round setaa: set AA's train documents (eval/own/SOURCE-aa.md: State Department items, White House documents,
China MFA transcripts, Reuters wire copy). Each test reads a real passage (its corpus path in a comment) as the
pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said
from test_hard_cases import load_data, show, the, who


# --- the President's letters to Congress: his statements, each body paragraph, up to the letter's close ------------

CUBA = ("whitehouse-briefing-room/statements-releases/2022-02/2022-02-23-a-letter-to-the-speaker-of-the-house-of-"
        "representatives-and-the-president-of-the-senate-on-the-continuation-of-the-national-emergency-with-respect-to-"
        "cuba-and-of-the-emergency-authority-relating-to-t.md")


def test_a_letter_to_the_speaker_is_the_signing_presidents():
    # data/ (= shared/corpora/) whitehouse-briefing-room, set AA 004: "A Letter to the Speaker of the House of
    # Representatives and the President of the Senate, on the Continuation of the National Emergency with Respect to
    # Cuba ...", signed "JOSEPH R. BIDEN JR.", posted 2022-02-23
    doc, sts = load_data(CUBA, "There remains a need to continue this national emergency")
    st = the(doc, sts, "There remains a need to continue this national emergency")
    assert (who(st), st.said_on) == ("Joe Biden", "2022-02-23"), show(sts)
    assert len(sts) == 4 and all(who(s) == "Joe Biden" for s in sts), show(sts)
    # must not: the greeting, "Sincerely," or the signature as statements
    assert not [s for s in sts if "Dear Madam" in s.text or "Sincerely" in s.text or "BIDEN JR" in s.text], show(sts)


YEMEN = ("whitehouse-briefing-room/briefings-statements/2025-04/2025-04-22-text-of-a-letter-from-the-president-to-the-"
         "speaker-of-the-house-of-representatives-and-the-president-pro-tempore-of-the-senate.md")


def test_a_letter_printed_twice_ends_at_its_first_close():
    # data/ whitehouse-briefing-room 2025-04-22 "Text of a Letter from the President to the Speaker ... and the
    # President Pro Tempore of the Senate": the letter of March 28, 2025 to each, "Sincerely, ¶ Donald J. Trump"
    doc, sts = load_data(YEMEN, "I write to apprise you of developments in Yemen")
    st = the(doc, sts, "Houthi militants operating from bases in Yemen", "Dear Mr. Speaker")
    assert (who(st), st.said_on) == ("Donald Trump", "2025-03-28"), show(sts)
    assert len([s for s in sts if "I write to apprise you" in s.text]) == 1, show(sts)
    # must not: the signature, the second address block or its date line as statements
    assert not [s for s in sts if s.text.strip() in ("Donald J. Trump", "March 28, 2025") or "Honorable" in s.text], \
        show(sts)


# --- "they" after a pair a sentence opened with; a former holder named by his title -------------------------------

DACA = ("whitehouse-briefing-room/statements-releases/2023-04/2023-04-13-fact-sheet-fact-sheet-president-biden-"
        "announces-plan-to-expand-health-coverage-to-daca-recipients.md")


def test_they_is_the_pair_a_sentence_just_opened_with():
    # data/ whitehouse-briefing-room 2023-04-13 fact sheet: "In 2012, President Obama and then Vice President Biden
    # announced ... DACA" (first paragraph) ... "President Biden and Vice President Harris believe that health care
    # should be a right, not a privilege. Together, they promised to protect and strengthen the ACA and Medicaid"
    doc, sts = load_data(DACA, "Together, they promised")
    promised = [s for s in sts if s.text.startswith("to protect and strengthen the ACA")]
    assert sorted(who(s) for s in promised) == ["Joe Biden", "Kamala Harris"], show(sts)
    # must not: the pair of 2012 (Obama and Biden) that announced DACA
    assert not [s for s in promised if "Obama" in (who(s) or "")], show(sts)


def test_president_and_surname_of_a_former_holder_is_his_registry_name():
    # (same page, posted 2023-04-13) "In 2012, President Obama and then Vice President Biden announced the Deferred
    # Action for Childhood Arrivals (DACA) program": Barack Obama, who held the office until 2017
    doc, sts = load_data(DACA, "Together, they promised")
    daca = [s for s in sts if s.text.startswith("the Deferred Action for Childhood Arrivals")]
    assert sorted(who(s) for s in daca) == ["Barack Obama", "Joe Biden"], show(sts)
    # must not: a speaker named by the bare surname
    assert not [s for s in sts if who(s) == "Obama"], show(sts)


# --- "The full remarks by X are included below.": the paragraphs after the line are X's -----------------------------

AI_CHALLENGE = ("whitehouse-briefing-room/briefings-statements/2026-06/2026-06-09-first-lady-melania-trump-honors-"
                "americas-next-generation-of-top-ai-talent-at-historic-presidential-ai-challenge-awards-ceremony.md")


def test_remarks_announced_below_are_the_speakers_paragraphs():
    # data/ whitehouse-briefing-room 2026-06-09: a report of the ceremony and its winners, then "The full remarks by
    # First Lady Melania Trump are included below." over a title ("Open Doors to Realize Dreams") and her remarks
    doc, sts = load_data(AI_CHALLENGE, "The full remarks by First Lady Melania Trump are included below.")
    st = the(doc, sts, "It is wonderful to see this very impressive group of innovators at the White House.")
    assert (who(st), st.said_on, st.kind) == ("Melania Trump", "2026-06-09", "direct"), show(sts)
    assert the(doc, sts, "Use this chapter of your life to sail away with your dreams").text.startswith("Use this")
    # must not: the line announcing the remarks, the remarks' title or the list of winners as her words
    assert not [s for s in sts if "full remarks" in s.text or s.text.strip() == "Open Doors to Realize Dreams"
                or "Team Member" in s.text], show(sts)


TRADITION = ("whitehouse-briefing-room/briefings-statements/2026-05/2026-05-19-first-lady-melania-trump-americas-"
             "tradition-fosters-unity.md")


def test_the_first_ladys_remarks_below_are_hers_by_the_name_the_report_gives():
    # data/ whitehouse-briefing-room 2026-05-19: "First Lady Melania Trump celebrated ... at the 2026 Congressional
    # Picnic. The First Lady’s full remarks, as prepared for delivery, are below." (the title alone names her)
    doc, sts = load_data(TRADITION, "The First Lady’s full remarks, as prepared for delivery, are below.")
    st = the(doc, sts, "I have breaking news: today, the House passed the Fostering the Future Act!")
    assert (who(st), st.said_on) == ("Melania Trump", "2026-05-19"), show(sts)
    # must not: a speaker named by the title alone
    assert not [s for s in sts if who(s) in (None, "First Lady", "The First Lady")], show(sts)


FTC = ("whitehouse-briefing-room/briefings-statements/2025-06/2025-06-04-first-lady-melania-trumps-message-to-federal-"
       "trade-commission-underscores-commitment-to-child-protection-online.md")


def test_the_last_line_announcing_the_text_opens_it():
    # data/ whitehouse-briefing-room 2025-06-04: "... The full text of First Lady Melania Trump’s message is included
    # below." in the report's second paragraph, then FTC Chairman Ferguson's quotes, "Mrs. Trump’s message for the FTC
    # workshop reflects ...", and "Full Text of First Lady Melania Trump’s Message:" over the message
    doc, sts = load_data(FTC, "Full Text of First Lady Melania Trump’s Message:")
    st = the(doc, sts, "I send my greetings to those gathered at the Federal Trade Commission")
    assert (who(st), st.said_on) == ("Melania Trump", "2025-06-04"), show(sts)
    grateful = the(doc, sts, "incredibly grateful to the First Lady")
    assert who(grateful) == "Andrew Ferguson", show(sts)
    # must not: the report about her message as her words
    assert not [s for s in sts if "message for the FTC workshop reflects" in s.text], show(sts)


INDYCAR = ("whitehouse-briefing-room/briefings-statements/2026-08/2026-08-20-2-million-donation-expands-first-lady-"
           "melania-trumps-fostering-the-future-initiative-to-indiana-university-and-purdue-university.md")


def test_remarks_end_where_the_page_speaks_of_the_speaker_again():
    # data/ whitehouse-briefing-room 2026-08-20: "The First Lady’s remarks, as prepared for delivery, are below." then
    # her remarks, then the initiative's fact sheet ("Year Established First Lady Melania Trump established ...",
    # "Mrs. Trump is building a comprehensive pathway ...") and a photo credit
    doc, sts = load_data(INDYCAR, "The First Lady’s remarks, as prepared for delivery, are below.")
    st = the(doc, sts, "Good luck to all of the drivers and teams")
    assert who(st) == "Melania Trump", show(sts)
    # must not: the fact sheet after the remarks, nor the photo credit, as her words
    assert not [s for s in sts if "Mrs. Trump is building" in s.text or "Photographs" in s.text
                or "Year Established" in s.text], show(sts)


# --- an office's acronym before its title; a title-case heading among a release's paragraphs ----------------------

CEA = ("whitehouse-briefing-room/statements-releases/2022-04/2022-04-14-statement-by-cea-chair-cecilia-rouse-on-the-"
       "economic-report-of-the-president.md")


def test_statement_by_an_acronym_office_chair_is_hers_without_its_headings():
    # data/ whitehouse-briefing-room 2022-04-14 "Statement by CEA Chair Cecilia Rouse on the Economic Report of the
    # President": two paragraphs, a heading and the list of chapters, a pointer to the report
    doc, sts = load_data(CEA, "Council of Economic Advisers has released the Economic Report")
    st = the(doc, sts, "Today, I am pleased to announce that the Council of Economic Advisers")
    assert (who(st), st.said_on) == ("Cecilia Rouse", "2022-04-14"), show(sts)
    assert who(the(doc, sts, "To view the Report, visit:")) == "Cecilia Rouse", show(sts)
    # must not: the heading or the chapter titles as her statements
    assert not [s for s in sts if s.text.startswith("Chapter") or s.text == "The Economic Report of the President"], \
        show(sts)


# --- "declared that an emergency exists": a declaration's clause, not an act named -------------------------------

def test_declared_that_an_emergency_exists_is_the_presidents_declaration():
    # data/ whitehouse-briefing-room 2021-08-28 "President Joseph R. Biden, Jr. Approves Mississippi Emergency
    # Declaration": "Today, President Joseph R. Biden, Jr. declared that an emergency exists in the State of
    # Mississippi and ordered Federal assistance ..." (as dev's "declared that a major disaster exists ...")
    doc, sts = load_data("whitehouse-briefing-room/statements-releases/2021-08/2021-08-28-president-joseph-r-biden-"
                         "jr-approves-mississippi-emergency-declaration.md", "declared that an emergency exists")
    st = the(doc, sts, "an emergency exists in the State of Mississippi")
    assert (who(st), st.kind) == ("Joe Biden", "indirect"), show(sts)
    # must not: an act named alone ("declared a state of emergency") is still no statement
    _, sts2 = excerpt(page("The governor declared a state of emergency in the region on Monday.", date="2021-08-30"))
    assert not said(sts2, "state of emergency"), sts2
