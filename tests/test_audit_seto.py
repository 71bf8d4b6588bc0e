"""Audit round seto (set O: Canadian news quoting anyone, third batch). Each test reads a real passage of a TRAIN
document of set O (its page's URL in a comment) as the pipeline does and asserts what an annotator expects: who said
it, when, and the words, and one thing that must not happen."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a number with thousands separators is one word: its comma closes no apposition ----------------------------------

CTV_ORTIS = '''
Former Canadian diplomat Michael Kovrig, who was detained for years in China, is among those urging a judge to avoid a harsh prison sentence for Cameron Jay Ortis, convicted of breaching Canada's secrets law.

Kovrig, who spent more than 1,000 days in Chinese custody, says in the letter that only those who have experienced long-term confinement can truly appreciate the excruciating toll it takes on a person.

Prosecutor Judy Kliewer told Justice Robert Maranger the sentence must send a message to the public and Canada's partners that revealing classified material has consequences.
'''


def test_thousands_comma_inside_a_relative_clause_before_says():
    # https://www.ctvnews.ca/politics/convicted-ex-rcmp-official-facing-decades-in-prison-gets-support-from-kovrig-1.6721039
    _, sts = excerpt(page(CTV_ORTIS, date="2024-01-26"))
    assert [(w, d) for w, d, _ in said(sts, "only those who have experienced long-term confinement")] == \
        [("Michael Kovrig", "2024-01-26")]
    assert [w for w, _, _ in said(sts, "the sentence must send a message")] == ["Judy Kliewer"]
    # must not: the number's halves are no words of a subject or a statement
    assert not [st for st in sts if st.text.startswith("000") or (st.speaker and "000" in st.speaker.name)]


def test_thousands_comma_tokens():
    from pressarchive.extract.mentions import tokens
    assert [t[0] for t in tokens("spent more than 1,000 days, then 12,345,678")] == \
        ["spent", "more", "than", "1,000", "days", ",", "then", "12,345,678"]
    # must not: a list of years or a day and a year glued are no number
    assert [t[0] for t in tokens("in 2001, 2006 and May 5,2020")] == \
        ["in", "2001", ",", "2006", "and", "May", "5", ",", "2020"]


# --- "'...,' she said, but added CLAUSE": the quotation's speaker adds it ---------------------------------------------

NNSL_HOUSING = '''
Iqaluit (May 29/06) - Where's the housing money going? It's the best-kept secret in Nunavut: how $200 million in federal money earmarked for badly-needed housing will be spent.

Housing minister Olayuk Akesuk flatly refused to discuss it in an interview Thursday.

At the Nunavut Housing Corporation, Peter Scott, the president, would only say: "we're working on it."

Hall Beach mayor Paul Haulli said housing shortages are a problem everywhere in the territory.

"It's a problem, but it's a little better here now," he said.

Resolute mayor Susan Salluviniq said her community should see a five-unit building built this summer. "It should help," she said, but added Resolute could still use some single-family houses.
'''


def test_but_added_after_a_quotation_frame():
    # https://nnsl-archive.blackpress.ca/nnsl/2006-05/may29_06hm.html
    _, sts = excerpt(page(NNSL_HOUSING, date="2006-05-29"))
    assert [(w, t) for w, _, t in said(sts, "single-family houses")] == \
        [("Susan Salluviniq", "Resolute could still use some single-family houses")]
    assert [(w, t) for w, _, t in said(sts, "It should help")] == [("Susan Salluviniq", "It should help")]
    # must not: the mayor heard before her gets it
    assert not [st for st in sts if st.speaker and st.speaker.name == "Paul Haulli" and "Resolute" in st.text]


def test_would_only_say_frames_a_quotation():
    # (same page) "Peter Scott, the president, would only say: "we're working on it.""
    _, sts = excerpt(page(NNSL_HOUSING, date="2006-05-29"))
    # (no day asserted: the page gives none for his words; the pipeline carries the minister's "Thursday" over)
    assert [(w, t) for w, _, t in said(sts, "working on it")] == [("Peter Scott", "we're working on it.")]
    # must not: a refusal to discuss is no statement of the minister
    assert not [st for st in sts if st.speaker and st.speaker.name == "Olayuk Akesuk"]


# --- "Place (Mon DD/YY) - ": a dateline, not a speaker -----------------------------------------------------------------

NNSL_FONTANA = '''
Iqaluit (Aug 22/05) - The federal minister of labour and housing arrived in Iqaluit on Friday without any new money, but promised that short term relief is on the way for the Nunavut housing crisis.

"Hopefully by the fall, we can come to some sort of short-term arrangement. The need is imminent," said Joe Fontana, during a stop on his Northern tour.

"It is a crisis, there is an incredible need here," said Fontana. "The greatest need is here in the North."
'''


def test_bracketed_day_dateline_is_no_speaker():
    # https://nnsl-archive.blackpress.ca/nnsl/2005-08/aug22_05hs.html
    _, sts = excerpt(page(NNSL_FONTANA, date="2005-08-22"))
    assert [w for w, _, _ in said(sts, "The need is imminent")] == ["Joe Fontana"]
    assert [w for w, _, _ in said(sts, "incredible need")] == ["Joe Fontana"]
    # must not: the dateline's place says what the minister promised
    assert not [st for st in sts if st.speaker and st.speaker.name == "Iqaluit"]


# --- a person a sentence opens without speaking, then "he said": a described athlete or resident, a possessive's apposed
# --- name -------------------------------------------------------------------------------------------------------------

BBC_GRAMMYS = '''
In 2003, Stewart said he was "astounded" he had never won a Grammy - but "they tend not to give it to the British unless you're Sting". There were few other high-profile British victors this year.

Beach Boys veteran Brian Wilson was another first-time winner - for best rock instrumental performance. "It represents triumph and achievement in music that I feel that I deserved, and I'm really glad I won," he said.
'''


def test_described_veteran_opening_a_sentence_is_the_pronouns_person():
    # bbc-news/entertainment/264.txt
    _, sts = excerpt(page(BBC_GRAMMYS))
    assert [w for w, _, _ in said(sts, "It represents triumph")] == ["Brian Wilson"]
    # must not: the band the run of capitals opens with, nor the singer heard before
    assert not [st for st in sts if st.speaker and st.speaker.name in ("Beach Boys", "Rod Stewart", "Stewart")
                and "triumph" in st.text]


BBC_WADA = '''
The pair were cleared of charges relating to missing dope tests by the Greek Athletics Federation last week. Wada chairman Dick Pound said: "I am convinced the IAAF will appeal against the decision, and we will support them. "But if they accept the federation's ruling we will go before the Court of Arbitration for Sport," he added. Kenteris's lawyer, Gregory Ioannidis, reacted angrily to Pound's comments. "Comments like these only help to embarrass the sporting governing bodies, create a hostage situation for the IAAF and strengthen our case further," he said.
'''


def test_possessive_description_then_apposed_name_is_the_pronouns_person():
    # bbc-news/sport/079.txt
    _, sts = excerpt(page(BBC_WADA, date="2005-01-21"))
    assert [(w, d) for w, d, _ in said(sts, "Comments like these")] == [("Gregory Ioannidis", "2005-01-21")]
    assert [w for w, _, _ in said(sts, "Court of Arbitration")] == ["Dick Pound"]
    # must not: the athlete whose possessive opens the sentence
    assert not [st for st in sts if st.speaker and "Kenteris" in st.speaker.name]
