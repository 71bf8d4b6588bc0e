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
