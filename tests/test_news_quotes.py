"""News that quotes anyone (set F, issue 8): grammar of reporting on real passages.

Passages come from ../shared/corpora (PolNeAR) and from the train split of our own set F (eval/own/docs-f, real
Canadian news pages, see SOURCE-f.md); never from a test split. Each test locates a passage by a distinctive
substring and asserts what a careful annotator following ../shared/eval/GUIDELINES.md expects there."""
from functools import lru_cache
from pathlib import Path

import pytest

from pressarchive.analyse import analyse
from pressarchive.models import Document
from pressarchive.read import read_documents
from pressarchive.resolve import Registry
from pressarchive.topics import Taxonomy

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
SET_F = ROOT / "eval" / "own" / "docs-f"
REGISTRY = Registry.load(ROOT / "data" / "speakers.yml")
TAXONOMY = Taxonomy.load(ROOT / "data" / "topics.yml")


@lru_cache(maxsize=None)
def statements(path: Path):
    """(body, statements) of the one document in path, read and analysed as the pipeline does."""
    _, docs = read_documents(path.read_bytes(), path.name, path.name)
    doc = next(d for d in docs if isinstance(d, Document))
    _, found = analyse(doc, path.name, REGISTRY, TAXONOMY)
    return doc.body, found


def containing(found, words):
    return [s for s in found if words in s.text]


@pytest.mark.skipif(not CORPORA.exists(), reason="shared corpora not found")
def test_a_day_after_the_verb_is_the_frames_not_the_content():
    """'"...," Rubio said Monday night.' / '..., Hasen said Friday.': the day is when it was said; the quotation
    before it is the statement, and no statement is a bare 'night' or 'Friday'."""
    path = CORPORA / "polnear" / "train" / "text" / "huff-post_2016-02-02_don-t-let-the-media-and-marco-ru.txt"
    _, found = statements(path)
    rubio = containing(found, "This is the moment they told us would never happen")
    assert rubio and rubio[0].kind == "direct" and rubio[0].speaker.name == "Marco Rubio"
    assert containing(found, "We can call this right now")[0].speaker.name == "Rick Hasen"
    assert not [s for s in found if s.text.strip() in {"night", "Friday", "Monday"}]


def test_police_rank_abbreviations_end_no_sentence():
    """'charges were laid against Cpl. Mathieu Potvin, Cst. Eric Pichette and ...' is one reported clause, and
    'spokesman Cst. Hans Ouellette said in an interview' names the speaker of the quotation before it."""
    _, found = statements(SET_F / "ca" / "019.md")
    charges = containing(found, "charges were laid against Cpl. Mathieu Potvin")
    assert charges and "provincial court on Dec. 28" in charges[0].text and charges[0].speaker.name == "RCMP"
    quote = containing(found, "RCMP members are expected to hold themselves")
    assert quote and quote[0].speaker.name == "Hans Ouellette"


def test_a_portfolio_before_a_country_names_a_body():
    """'Health Canada said ...' is the department speaking, not a person called Canada."""
    _, found = statements(SET_F / "ca" / "005.md")
    said = containing(found, "the result of a consumer complaint")
    assert said and said[0].speaker.name == "Health Canada" and said[0].speaker.kind == "organization"
    assert not [s for s in found if s.speaker.name == "Canada"]


def test_a_role_word_opening_the_sentence_is_no_part_of_the_name():
    """'Resident Marlene says ...', 'Sgt. Patrick Webb': the role is not the name."""
    _, found = statements(SET_F / "ca" / "011.md")
    said = containing(found, "noticed problems with vehicles speeding")
    assert said and said[0].speaker.name == "Marlene"


def test_he_is_the_person_just_introduced_not_one_met_before():
    """'... the spotlight was put on Coun. Dennis Nowoselsky’s part of the city. ... Kyle Bender inquired about
    food security and poverty. “...,” he said.': Bender, introduced since (and "Coun." opens no sentence)."""
    _, found = statements(SET_F / "ca" / "013.md")
    said = containing(found, "They are just important to me on a personal level")
    assert said and said[0].speaker.name == "Kyle Bender"


def test_he_after_a_subject_behind_an_opening_adjunct_and_not_the_object():
    """'In his speech, Poilievre blamed ... He said that ...' is Poilievre; 'He also accused Poilievre of saying'
    is not Poilievre (a name opening what is said is not the pronoun's referent)."""
    _, found = statements(SET_F / "ca" / "022.md")
    assert containing(found, "America could cut off Canada’s own supply of oil")[0].speaker.name == "Pierre Poilievre"
    accused = containing(found, "First Nations can pay for their own clean water")
    assert accused and accused[0].speaker.name != "Pierre Poilievre"


@pytest.mark.skipif(not CORPORA.exists(), reason="shared corpora not found")
def test_accusing_after_a_frame_is_a_statement_of_its_own():
    """'Bruce Ash criticized RNC Chairman Reince Priebus ... in an email Saturday to his panel, accusing them of
    working to scuttle the proposal ...': the accusation is Ash's own statement, cut from the clause before."""
    path = CORPORA / "polnear" / "train" / "text" / "politico_2016-04-17_rnc-rules-clash-erupts.txt"
    _, found = statements(path)
    accused = [s for s in found if s.text.startswith("them of working to scuttle the proposal")]
    assert accused and accused[0].speaker.name == "Bruce Ash"
    assert not [s for s in found if "accusing them" in s.text]


def test_accusing_after_said_that():
    """'NDP Leader John Horgan said that if Clark was serious ..., accusing her of only reacting now because of
    the election.' is two statements of Horgan (set F train 025)."""
    _, found = statements(SET_F / "ca" / "025.md")
    said = containing(found, "if Clark was serious about thermal coal")
    assert said and said[0].text.endswith("years ago") and said[0].speaker.name == "John Horgan"
    assert containing(found, "her of only reacting now")[0].speaker.name == "John Horgan"


def test_a_quotation_with_no_frame_after_someone_addressed_reporters():
    """'Doug Ford addressed reporters at the Toronto Congress Centre on Friday morning ... Here are 10
    highlights:' and then quotations under headings with no frame: Ford's words (set F train 007)."""
    _, found = statements(SET_F / "ca" / "007.md")
    budget = containing(found, "I think when it comes to the budget")
    assert budget and budget[0].kind == "direct" and budget[0].speaker.name == "Doug Ford"


def test_a_noun_phrase_condemned_is_no_statement_but_dates_the_occasion():
    """'Antonio Guterres on Sunday condemned an attack on a UN vehicle in Kabul' says no more than that (GUIDELINES:
    'condemned the attack' without content), yet its Sunday is the day of Guterres's statements after it (set A
    train 049, published on the Tuesday)."""
    _, found = statements(ROOT / "eval" / "own" / "docs" / "un" / "049.md")
    assert not [s for s in found if s.text.startswith("an attack on a UN vehicle")]
    spare = containing(found, "spare no effort to identify")
    assert spare and spare[0].said_on == "2019-11-24"


@pytest.mark.skipif(not CORPORA.exists(), reason="shared corpora not found")
def test_a_quotation_with_no_frame_after_a_paragraph_opened_by_someone_new():
    """'... Clinton told union workers in Los Angeles.' / '"He actually said ..."' / 'Trump shot back in a
    statement, saying he's "made a lot of money in down markets."' / '"Frankly, this is the kind of thinking our
    country needs ..."': the last quotation is Trump's, who opened the paragraph before it, not Clinton's."""
    path = CORPORA / "polnear" / "train" / "text" / "breitbart_2016-05-24_in-two-front-war-clinton-targets.txt"
    _, found = statements(path)
    frankly = containing(found, "Frankly, this is the kind of thinking our country needs")
    assert frankly and frankly[0].speaker.name == "Donald Trump"


def test_words_before_x_says_but_also_claims():
    """'Those "sustainable jobs" are positions in areas like carbon tech, ..., Smith says, but also claims the
    federal government isn't willing to discuss those': both clauses are Smith's, neither carries the frame
    (set F train 029)."""
    _, found = statements(SET_F / "ca" / "029.md")
    head = [s for s in found if s.text.startswith('Those "sustainable jobs" are positions')]
    claims = [s for s in found if s.text.startswith("the federal government isn't willing")]
    assert head and claims and {head[0].speaker.name, claims[0].speaker.name} == {"Danielle Smith"}


def test_a_bare_weekday_after_an_occasion_dates_it():
    """'... brought a variety of issues to their neighbourhood planning meeting Wednesday night' in a story printed
    Thursday, Feb 16, 2017: what was said at the meeting was said on Wednesday 2017-02-15 (set F train 013)."""
    _, found = statements(SET_F / "ca" / "013.md")
    said = containing(found, "Increase in taxes every year is a huge concern")
    assert said and said[0].said_on == "2017-02-15"


@pytest.mark.skipif(not CORPORA.exists(), reason="shared corpora not found")
def test_the_subject_of_a_passive_reporting_verb_is_whom_it_was_said_to():
    """'David Blunkett has been accused of using the "politics of confusion" ...': Blunkett is accused, he does not
    accuse (bbc-news/politics/193)."""
    _, found = statements(CORPORA / "bbc-news" / "politics" / "193.txt")
    assert not [s for s in found if s.text.startswith("of using the")]


@pytest.mark.parametrize("doc, words, speaker", [
    # '“...,” Ford said.' ... '“...,” he said.': Ford is met only by his surname (set F train 008)
    ("docs-f/ca/008.md", "We have an urban centre, the GTA", "Ford"),
    # an Indonesian single name: 'Foreign Minister (Menlu) Sugiono ...' then '"...," he said' (set A train 038)
    ("docs/id/038.md", "The problem is that it has never happened", "Sugiono"),
])
def test_he_after_a_lone_surname_makes_it_a_persons(doc, words, speaker):
    _, found = statements(ROOT / "eval" / "own" / doc)
    said = containing(found, words)
    assert said and said[0].speaker.name == speaker and said[0].speaker.kind == "person"
    assert {s.speaker.kind for s in found if s.speaker.name == speaker} == {"person"}


def test_a_title_named_later_and_a_standfirst_printed_twice():
    """'The assistant commissioner of the RCMP admitted mistakes were made ...' (printed twice by the page) is Peter
    Hourihan's, named later as 'said assistant commissioner Peter Hourihan' ('Edson RCMP' is nobody's name), and
    the twice-printed paragraph is one statement (set F train 016)."""
    _, found = statements(SET_F / "ca" / "016.md")
    admitted = containing(found, "mistakes were made in the early days")
    assert len(admitted) == 1 and admitted[0].speaker.name == "Peter Hourihan"


def test_a_role_with_no_article_between_commas_is_an_apposition():
    """'Greg Lachance, ward 7 resident, says crime has gotten worse.': the resident speaks (present tense, a role in
    journalese with no article; set F train 011)."""
    _, found = statements(SET_F / "ca" / "011.md")
    said = containing(found, "crime has gotten worse")
    assert said and said[0].speaker.name == "Greg Lachance" and said[0].text.startswith("crime has gotten worse")
