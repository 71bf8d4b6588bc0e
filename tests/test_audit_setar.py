"""Audit round setar: Canadian news quoting anyone (set AR's train documents: CBC News via Yahoo, Nunavut
News/North, and a PolNeAR Washington Post story for a class the set shows). Each test reads a real passage (its
page's URL in a comment) as the pipeline does and asserts what an annotator expects: who said it and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a part of the day after the day after an inverted frame's name ("said ... Rob Lloyd Thursday morning") -------

CBC_OTTAWA_WALKOUT = '''
Either way, many parents across the province were left to come up with alternative childcare arrangements for Friday.

"I think it's a difficult situation," said Ottawa parent Rob Lloyd Thursday morning. "There's arguments on both sides. I think it's a shame that the children have to suffer. That's the main thing."
'''


def test_part_of_the_day_after_the_day_closing_an_inverted_frame():
    # https://ca.news.yahoo.com/english-public-elementary-schools-closed-friday-004443818.html
    # (eval/own/docs-ar/ca/010.md)
    _, sts = excerpt(page(CBC_OTTAWA_WALKOUT))
    assert [w for w, _, _ in said(sts, "a difficult situation")] == ["Rob Lloyd"]
    assert [w for w, _, _ in said(sts, "arguments on both sides")] == ["Rob Lloyd"]


def test_part_of_the_day_dates_the_words_with_its_day():
    # (the page's date given: "Thursday" is the Thursday before a Friday's story)
    _, sts = excerpt(page(CBC_OTTAWA_WALKOUT, "2012-12-07"))
    assert [(w, d) for w, d, _ in said(sts, "a difficult situation")] == [("Rob Lloyd", "2012-12-06")]


def test_part_of_the_day_after_a_given_name_and_a_day_is_a_surname():
    # must not: '," said Julie Sunday morning.' keeps the day as a surname after a given name alone (as the rule for
    # '," said Julie Sunday, assistant deputy minister ...' does; ctvnews.ca, quotes23)
    _, sts = excerpt(page(CBC_OTTAWA_WALKOUT.replace("Ottawa parent Rob Lloyd Thursday morning", "Julie Sunday morning")))
    assert [w for w, _, _ in said(sts, "a difficult situation")] == ["Julie Sunday"]


# --- a surname that is also a place's name after words of occupation ("said ... officer Muhamud Hassan") -----------

NUNAVUT_NEWS_WATER = '''
A list of questions and answers the city distributed at the meeting stated that, "it is not typical that the public would be consulted on such a routine, operational budget decision."

"I was given a mandate when I moved to Iqaluit to try and transform the city and how we do business," said chief administrative officer Muhamud Hassan, who spent two hours fielding questions from more than a dozen residents in a full Parish Hall.
'''


def test_surname_that_is_a_place_after_occupation_words_of_an_inverted_frame():
    # https://nnsl-archive.blackpress.ca/nnsl/2015-10/oct5_15wat.html (eval/own/docs-ar/ca/002.md)
    _, sts = excerpt(page(NUNAVUT_NEWS_WATER))
    assert [w for w, _, _ in said(sts, "I was given a mandate")] == ["Muhamud Hassan"]


def test_two_places_after_occupation_words_name_no_one():
    # must not: two places' names after the occupation are no person ("said chief administrative officer New York")
    _, sts = excerpt(page(NUNAVUT_NEWS_WATER.replace("Muhamud Hassan", "New York")))
    assert not [w for w, _, _ in said(sts, "I was given a mandate") if w]


# --- "X and others said": the one named speaks ----------------------------------------------------------------------

WAPO_SANDERS_RALLY = '''
"It's my last chance to introduce my son to an honest politician," said Stacey Edwards, 31, with 13-year-old Jonathan in tow. "I've been a fan of Bernie for 20 years, and I'm so glad he's back."

Edwards and others said they could not support Clinton for president. "I'll go Green or I'll write in Bernie," she said.
'''


def test_named_and_others_said_is_the_one_named():
    # PolNeAR train, wash-post_2016-06-27_the-revolutionary-s-next-tactic-.txt (the class of set AR's 008, "Gordon
    # and others say there has been a lack of information ...", CTV News Northern Ontario)
    _, sts = excerpt(page(WAPO_SANDERS_RALLY))
    assert [w for w, _, _ in said(sts, "could not support Clinton")] == ["Stacey Edwards"]


def test_named_and_other_lower_case_group_is_the_one_named():
    _, sts = excerpt(page(WAPO_SANDERS_RALLY.replace("Edwards and others said", "Edwards and other supporters said")))
    assert [w for w, _, _ in said(sts, "could not support Clinton")] == ["Stacey Edwards"]


def test_body_and_others_is_not_a_person():
    # must not: a body's or a place's name before "and others" is no person named ("Toronto and others said")
    _, sts = excerpt(page(WAPO_SANDERS_RALLY.replace("Edwards and others said", "Toronto and others said")))
    assert "Toronto" not in [w for w, _, _ in said(sts, "could not support Clinton")]
    assert "Stacey Edwards" not in [w for w, _, _ in said(sts, "could not support Clinton")]


# --- ", however she said ..." opens a new frame of the same speaker ------------------------------------------------

CTV_WINNIPEG_FLOOD = '''
Wab Kinew, leader of Manitoba's opposition party, was invited on the flight and said his thoughts and support are with those suffering from the flood.

Stefanson said the ring dikes preventing flooding in communities, however she said there is a lot of water covering farmlands and everything else in the southern Manitoba.
'''


def test_however_and_a_pronoun_frame_closes_the_words_before():
    # https://winnipeg.ctvnews.ca/red-river-is-receding-more-than-2-000-evacuees-still-displaced-by-manitoba-flood-1.5904067
    # (eval/own/docs-ar/ca/011.md; "Manitoba Premier Heather Stefanson" named in the story before)
    text = "Manitoba Premier Heather Stefanson took an aerial tour Sunday.\n\n" + CTV_WINNIPEG_FLOOD
    _, sts = excerpt(page(text))
    first = said(sts, "the ring dikes")
    assert [(w, t) for w, _, t in first] == [("Heather Stefanson", "the ring dikes preventing flooding in communities")]
    assert [w for w, _, _ in said(sts, "a lot of water covering farmlands")] == ["Heather Stefanson"]


def test_however_inside_the_words_is_no_frame():
    # must not: "however" with no frame after it stays inside the words ("..., however the water is high")
    text = "Manitoba Premier Heather Stefanson took an aerial tour Sunday.\n\n" + CTV_WINNIPEG_FLOOD.replace(
        "however she said there is", "however there is")
    _, sts = excerpt(page(text))
    assert [t for _, _, t in said(sts, "the ring dikes")] == [
        "the ring dikes preventing flooding in communities, however there is a lot of water covering farmlands and "
        "everything else in the southern Manitoba"]


# --- "said as of <a day>, <words>": the words, not an adjunct of time -----------------------------------------------

REUTERS_FSLIC = '''
    "When that amount is deducted from FSLIC's reserves, FSLIC would have a deficit of over three billion dlrs as of the end of 1986," Frederick Wolf of the GAO said.

    Wolf said as of Septmember, 1986, about 85 pct of FSLIC insured savings associations were solvent, while 15 pct were insolvent.
'''


def test_as_of_a_day_and_a_comma_opens_the_words():
    # reuters21578/reut2-001.sgm, "GAO SAYS FSLIC SHOWS DEFICIT, NEEDS FUNDS" (3-MAR-1987; the class of set AR's
    # 011, "The province said as of Sunday, 33 states of local emergency have been declared ...")
    _, sts = excerpt(page(REUTERS_FSLIC))
    assert [w for w, _, _ in said(sts, "85 pct of FSLIC")] == ["Frederick Wolf"]


def test_as_of_a_day_closing_the_sentence_is_still_an_adjunct():
    # must not: '"...," Wolf said as of Monday.': the day's phrase closing the sentence is no words of his
    _, sts = excerpt(page(REUTERS_FSLIC.replace(
        "Wolf said as of Septmember, 1986, about 85 pct of FSLIC insured savings associations were solvent, while 15 "
        "pct were insolvent.", '"It is large," Wolf said as of Monday.')))
    assert [t for _, _, t in said(sts, "It is large")] == ["It is large"]
    assert not said(sts, "as of Monday")


# --- "Ste." (Sainte) of French place names ends no sentence --------------------------------------------------------

def test_ste_of_a_place_name_ends_no_sentence():
    # (eval/own/docs-ar/ca/011.md: "... peaked at Ste. Agathe, St. Adolphe and the Red River Floodway inlet on May 13.")
    from pressarchive.extract.sentences import sentences
    text = ("The province confirmed the Red River peaked at Ste. Agathe, St. Adolphe and the Red River Floodway inlet on "
            "May 13. While it is stable or declining upstream of Winnipeg, the river is still expected to remain high "
            "likely into June.")
    assert [text[a:b].split()[-1] for a, b in sentences(text)] == ["13.", "June."]


def test_a_sentence_closing_after_an_abbreviation_still_closes():
    # must not: a full stop after a real sentence end before "The" is still one ("... on Rue St. Paul. The mayor")
    from pressarchive.extract.sentences import sentences
    text = "The fire started in a shop on Ste. Catherine Street. The mayor said the street would reopen."
    assert len(sentences(text)) == 2
