"""Audit round setax: Canadian news that quotes anyone (set AX's train documents: MBC Radio, CTV News Regina, Law360
Canada, The Laval News, a CBC copy on Yahoo News Canada, the Queen's Journal). Each test reads a real passage (its page's
URL in a comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "The executive director of X, NAME, says while ..., ...": the title is the subject's, the clauses the words ------

def test_title_before_the_name_is_no_words_and_while_lightning_opens_them():
    # https://mbcradio.com/?p=15054 (eval/own/docs-ax/ca/007.md): the title set before the name is the subject's
    # apposition; "while lightning has caused ..." (a noun in -ing, no participle) and its main clause are the words
    _, sts = excerpt(page('''
About a thousand people have now fled their homes as a result of forest fires in northern Saskatchewan, but the situation is actually better than it was yesterday.

The executive director of Wildfire Management, Steve Roberts, says while lightning has caused a few more fires, the weather is helping today.
'''))
    assert said(sts, "weather is helping") == \
        [("Steve Roberts", None, "while lightning has caused a few more fires, the weather is helping today")]
    # must not: the title alone, as the words said
    assert said(sts, "executive director") == []
    # must not: "while" and a participle after a frame is still the saying's occasion, not the words (Zyte: a CNBC
    # story), and the words before it stay the words
    _, sts = excerpt(page('''
Apple was "pulled into the enterprise," CEO Tim Cook said Tuesday in a fireside chat with Salesforce founder and co-CEO Marc Benioff.

After the first iPhones shipped, people began using them for business, forcing the consumer computing giant to adapt quickly, Cook said while visiting Salesforce's Dreamforce conference in San Francisco.
'''))
    assert [t for _, _, t in said(sts, "adapt quickly")] == \
        ["After the first iPhones shipped, people began using them for business, forcing the consumer computing giant "
         "to adapt quickly"]
    assert said(sts, "Dreamforce") == []


# --- ", explaining her reason for ...": what is explained, the explanation untold --------------------------------------

def test_explaining_a_noun_phrase_is_no_statement_but_explained_quotation_and_clause_are():
    # https://regina.ctvnews.ca/rewarding-but-grueling-regina-s-city-council-reflects-on-past-4-years-following-final-meeting-together-1.7071009
    # (eval/own/docs-ax/ca/011.md)
    _, sts = excerpt(page('''
“I do care a lot about the city and I care a lot about the residents,” Stadnichuk said, explaining her reason for not seeking a second council term. “I was finding it was no part-time job.”
'''))
    assert [t for _, _, t in said(sts, "I do care")] == \
        ["I do care a lot about the city and I care a lot about the residents"]
    assert said(sts, "her reason") == []
    # must not: a quotation framed by "explained" is the words (a White House release, data/), and a clause after
    # "explained that" is (bbc-news/sport/204, bbc-news/business/330)
    _, sts = excerpt(page('''
“Today, students all over the world can visit historically important sites, learn about the past, and be inspired,” explained First Lady Melania Trump.

Uefa explained that the move "follows comprehensive studies into the sporting and medical aspects of using artificial playing surfaces".

He explained that initially, his firm is going to export building materials to Spain and United States.
'''))
    assert [w for w, _, _ in said(sts, "students all over the world")] == ["Melania Trump"]
    assert [w for w, _, _ in said(sts, "follows comprehensive studies")] == ["Uefa"]
    assert [t for _, _, t in said(sts, "export building materials")] == \
        ["initially, his firm is going to export building materials to Spain and United States"]


# --- "The French-language newspaper La Presse revealed that ...": an outlet's report ----------------------------------

def test_quebec_newspaper_reporting_is_no_speaker():
    # https://law360.ca/ca/articles/1757823/reports-of-secret-criminal-trial-have-quebec-legal-community-in-uproar
    # (eval/own/docs-ax/ca/002.md)
    _, sts = excerpt(page('''
The French-language newspaper La Presse revealed that the secret trial dealt with an informant in an organized crime probe and that the charges were laid by federal prosecutors. In a statement expressing his “deep concern” over the circumstances of the case, Quebec Justice Minister Simon Jolin-Barrette stated that the Quebec Director of Criminal and Penal Prosecutions was not involved.

Quebec Superior Court Chief Justice Jacques Fournier told Radio-Canada that he was flabbergasted and does not believe that one of his judges presided over the trial.
''', date="2022-04-05"))
    assert said(sts, "secret trial dealt with") == []
    # must not: the minister and the chief justice still speak, the outlet they told only the audience
    assert [w for w, _, _ in said(sts, "was not involved")] == ["Simon Jolin-Barrette"]
    assert [w for w, _, _ in said(sts, "flabbergasted")] == ["Jacques Fournier"]


# --- '"...," said A and B': two people named in full, one statement each -----------------------------------------------

def test_two_people_named_after_an_inverted_said_share_the_words():
    # https://www.lavalnews.ca/canadians-worried-about-closure-of-local-businesses-cfib-says/ (eval/own/docs-ax/ca/008.md)
    _, sts = excerpt(page('''
“We are in a pivotal moment for small business recovery,” said CFIB president Dan Kelly and CFIB vice-president for Quebec François Vincent.
'''))
    assert sorted(w for w, _, _ in said(sts, "pivotal moment")) == ["Dan Kelly", "François Vincent"]
    # must not: a body's name with "and" is one speaker (bbc-news), and a person and someone unnamed is the one named
    _, sts = excerpt(page('''
“The figures are encouraging,” said the Department of Trade and Industry.

“We will keep fighting,” said John Smith and his wife.
'''))
    assert [w for w, _, _ in said(sts, "encouraging")] == ["Department of Trade and Industry"]
    assert [w for w, _, _ in said(sts, "keep fighting")] == ["John Smith"]
    # ... nor a firm named after people, then its employee's title and name (Reuters-21578, reut2-002): one speaker,
    # not two people; and two people named bare are two speakers (bbc-news/tech/165)
    _, sts = excerpt(page('''
"The runup in crude oil will be a short-lived phenomenon," said Carroll McEntee and McGinley analyst Brian Singer.

"The results show that people can learn to use scalp-recorded electroencephalogram rhythms to control rapid and accurate movement of a cursor in two directions," said Jonathan Wolpaw and Dennis McFarlane.
'''))
    assert len(said(sts, "short-lived phenomenon")) == 1
    assert sorted(w for w, _, _ in said(sts, "scalp-recorded")) == ["Dennis McFarlane", "Jonathan Wolpaw"]


# --- a bare surname after two namesakes named together -----------------------------------------------------------------

def test_bare_surname_stays_with_its_person_after_two_namesakes_named_together():
    # https://ca.news.yahoo.com/moncton-byelection-pits-newcomers-against-222732567.html (eval/own/docs-ax/ca/010.md)
    _, sts = excerpt(page('''
The byelection in the city's largest ward will see Brian Hicks, the former councillor and 2016 mayoral candidate, go up against Troy Blakney, Denise LeBlanc Trites, Steve Lemay and Tim Murphy.

Murphy, who works for a transportation company and is a recent law school graduate, comes from an active political family.

He's the son of Moncton lawyer and former Liberal provincial cabinet minister Mike Murphy and recent PC Moncton South candidate and lawyer Moira Murphy.

Murphy said he'd focus on making the city more attractive for young families and businesses.
'''))
    assert [w for w, _, _ in said(sts, "he'd focus")] == ["Tim Murphy"]
    # must not: with no bare surname used for an earlier bearer, the newest namesake named still speaks
    _, sts = excerpt(page('''
Premier John Murphy opened the session on Monday.

His sister, Ann Murphy, and his cousin, Joe Murphy, attended.

Murphy said the session went well.
'''))
    assert [w for w, _, _ in said(sts, "session went well")] != ["John Murphy"]


# --- "asked that X be ...": a request with its clause ------------------------------------------------------------------

def test_asked_that_with_a_subjunctive_clause_is_a_request():
    # https://www.queensjournal.ca/story/2017-01-27/news/memorandum-approved-kingston-and-queens-begin-formal-partnership/
    # (eval/own/docs-ax/ca/004.md)
    _, sts = excerpt(page('''
There were no objections to the MOU. However, council member Liz Schell asked that a live/work hub proposal be included in future discussions between Queen’s and the City upon the success of youth retention and attraction.
''', date="2017-01-27"))
    assert [w for w, _, _ in said(sts, "live/work hub")] == ["Liz Schell"]
    # must not: "asked that question" asks, with no words of a request
    _, sts = excerpt(page('''
Reporters pressed the minister on the budget. Councillor Jane Doe asked that question again at the meeting on Monday.
'''))
    assert said(sts, "question again") == []
