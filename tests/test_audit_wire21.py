"""Audit round wire21: the wire-copy rounds' work pages (wire17-wire20) read again: addresses that carry the day in
forms not read before (a slug closing on yyyymmdd; day, month and year folders after the slug) and one speaker's
"Press remarks by X" (its readout rule for a host named by title alone was not merged: docs/quality.md). Each test reads a real passage (its page's URL in a comment) as
the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said
from test_audit_wire20 import titled

from pressarchive.clean import _url_day


# --- the day an address carries --------------------------------------------------------------------------------

def test_slug_closing_on_a_compact_day_dates_the_page():
    # https://www.forexlive.com/centralbank/ecbs-kazks-wont-keep-interest-rates-elevated-a-minute-longer-than-necessary-20231108/
    url = ("https://www.forexlive.com/centralbank/ecbs-kazks-wont-keep-interest-rates-elevated-a-minute-longer-than-"
           "necessary-20231108/")
    doc, sts = excerpt(titled("ECB's Kazāks: Won't Keep Interest Rates Elevated a Minute Longer Than Necessary", '''
ECB’s Kazāks: Won’t Keep Interest Rates Elevated a Minute Longer Than Necessary

The European Central Bank Governing Council member Mārtiņš Kazāks on Wednesday suggested that interest rates would be reduced as soon as it became appropriate to do so.

‘We cannot exclude the possibility that further rate increases might be necessary’, he continued.
''', url))
    assert doc.published[:10] == "2023-11-08"
    assert [(w, d) for w, d, _ in said(sts, "interest rates would be reduced")] == [("Mārtiņš Kazāks", "2023-11-08")]


def test_day_month_year_folders_after_the_slug_date_the_page():
    # https://californiasyndicate.com/biden-held-talks-with-japanese-prime-minister-kishida-in-san-francisco/17/11/2023/
    doc, sts = excerpt(titled("Biden held talks with Japanese Prime Minister Kishida in San Francisco", '''
US President Joe Biden met with Japanese Prime Minister Fumio Kishida in San Francisco, the White House said.
“They reaffirmed the importance of maintaining peace and stability in the Taiwan Strait, the Korean Peninsula, the East China Sea, and the South China Sea,” the White House said.
''', "https://californiasyndicate.com/biden-held-talks-with-japanese-prime-minister-kishida-in-san-francisco/17/11/2023/"))
    assert doc.published[:10] == "2023-11-17"
    assert [d for _, d, _ in said(sts, "Taiwan Strait")] == ["2023-11-17"]


def test_address_days_that_could_be_read_two_ways_or_are_no_day_date_nothing():
    # (05/11 may be the 5th of November or the 11th of May; a slug's number that is no day; a 13th month)
    assert _url_day("https://californiasyndicate.com/some-story/05/11/2023/") is None
    assert _url_day("https://example.org/story-20231399/") is None
    assert _url_day("https://example.org/news/item-12345678/") is None
    assert str(_url_day("https://example.org/some-story/31/01/2024/")) == "2024-01-31"


# --- one speaker's press remarks, named in the headline ----------------------------------------------------------

def test_press_remarks_by_the_headline_speaker_are_theirs_paragraph_by_paragraph():
    # https://www.pressclub.be/press-releases/foreign-affairs-council-press-remarks-by-high-representative-josep-borrell-after-the-meeting/
    _, sts = excerpt(titled("Foreign Affairs Council: Press remarks by High Representative Josep Borrell after the meeting",
                            '''
Press Releases Foreign Affairs Council: Press remarks by High Representative Josep Borrell after the meeting

Foreign Affairs Council: Press remarks by High Representative Josep Borrell after the meeting

Today, the first priority of the European Union is to support Ukraine facing this brutal invasion.

Putin is losing. Putin is losing politically and morally. In spite of that, he continues the escalation, including [through] indiscriminate attacks on civilian targets across the whole of Ukraine, as we have seen this morning.
''', "https://www.pressclub.be/press-releases/foreign-affairs-council-press-remarks-by-high-representative-josep-"
     "borrell-after-the-meeting/"))
    assert [w for w, _, _ in said(sts, "first priority of the European Union")] == ["Josep Borrell"]
    assert [w for w, _, _ in said(sts, "Putin is losing politically")] == ["Josep Borrell"]
    # the headline repeated over the remarks is none of them
    assert not said(sts, "Press remarks by")


def test_remarks_by_a_president_are_left_to_the_transcript_reader():
    # (only "Press remarks by ...": "Remarks by President Biden ..." is a White House transcript of turns)
    from pressarchive.extract.transcripts import _press_remarks_as_statement
    assert _press_remarks_as_statement("Remarks by President Biden Before Marine One Departure") == \
        "Remarks by President Biden Before Marine One Departure"
    assert _press_remarks_as_statement("Foreign Affairs Council: Press remarks by High Representative Josep Borrell "
                                       "after the meeting").startswith("Statement by High Representative Josep Borrell")
