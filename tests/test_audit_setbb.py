"""Audit round setbb: Canadian news that quotes anyone, the fifteenth sample (set BB's train documents: CTV News
London and Ottawa, the Canadian Press via the Summerland Review, SooToday and paNOW, CTV News Kitchener on
iHeartRadio, the Sherwood Park News, True North). Each test reads a real passage (its page's URL in a comment) as the
pipeline does and asserts what an annotator expects: who said it, when, and the words; and a must-not case from
another document."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- 'called the process "very uneventful," though she stressed ...': a clause opener after the comma in the mark ----

SOOTODAY_VACCINES = '''
Nurses were first in line for the Pfizer-BioNTech shot in Nova Scotia and Newfoundland and Labrador, while Prince Edward Island administered the vaccine first to workers at a long-term care home and Manitoba bestowed the honour on an ICU doctor.

"It's an early Christmas present," said Ellen Foley-Vick, a public health nurse who was first to receive the vaccine in St. John's, N.L.

Masked onlookers applauded as she stood up and proclaimed that the shot didn't hurt a bit.

Haley Avery, who was among the first nurses to get the shot at Dalhousie University in Halifax, called the process "very uneventful," though she stressed she was excited and grateful to be vaccinated.

"There is certainly an element of trying to set a good example," Avery said.
'''


def test_called_quotation_ends_at_its_comma_before_a_clause_opener():
    # https://www.sootoday.com/national-news/more-provinces-administer-first-covid-19-vaccines-as-cases-mount-3188237
    # (eval/own/docs-bb/ca/005.md): the comma inside the closing mark ends the clause when "though" (grammar.yml
    # clause_openers_only) opens the next one, as a comma after the mark does; the "stressed" clause stays her second
    # statement
    _, sts = excerpt(page(SOOTODAY_VACCINES))
    assert [(who, text) for who, _, text in said(sts, "uneventful")] == \
        [("Haley Avery", 'the process "very uneventful,"')]
    assert [who for who, _, _ in said(sts, "grateful to be vaccinated")] == ["Haley Avery"]
    # must not: a name a thing is called, its comma in the mark followed by a participle of the writer's, is no one's
    # words (polnear/train/text/wash-post_2016-02-21_oregon-occupier-uses-st-amendmen.txt)
    _, sts = excerpt(page('''
In his YouTube dispatches, Santilli wears a suit and tie in videos he calls "Consumer Advocate TV," pointing to bottles of Coca-Cola and telling viewers that high-fructose corn syrup is poison.
''', date="2016-02-21"))
    assert said(sts, "Consumer Advocate") == []


# --- 'she stood up and proclaimed that the shot didn't hurt a bit': "proclaim" frames a "that" clause ---------------

def test_proclaimed_that_is_a_statement():
    # https://www.sootoday.com/national-news/more-provinces-administer-first-covid-19-vaccines-as-cases-mount-3188237
    # (eval/own/docs-bb/ca/005.md): "proclaimed that" with its clause is the nurse's claim aloud (verbs.yml
    # that_clause_cues), "she" the nurse just quoted
    _, sts = excerpt(page(SOOTODAY_VACCINES))
    assert [(who, text) for who, _, text in said(sts, "hurt a bit")] == \
        [("Ellen Foley-Vick", "the shot didn't hurt a bit")]
    # must not: "proclaimed" with a noun phrase is an act, no words (china-mfa-presscon-html/eng/t1628225.html, the
    # reporter's sentence)
    _, sts = excerpt(page('''
On January 8, Madagascar's High Constitutional Court proclaimed Andry Rajoelina winner of the country's presidential election. He won 55.66 percent of the votes.
''', date="2019-01-09"))
    assert said(sts, "Rajoelina") == []


# --- 'Rachel Notley, who called the projected targets “a fantasy.”': the relative "who" calling --------------------

TNC_TARGETS = '''
“Bringing forward a climate plan of this nature is insane — that’s the only word for it. This will result in devastating economic consequences all across the country, for our largest industry, at the same time with no environmental impact of any significance,” said Nixon in response to the report.

The sentiments were echoed by Alberta NDP leader Rachel Notley, who called the projected targets “a fantasy.”

“It’s a fantasy. We’re not going to get there. There are practical physical limits on how quickly facilities can be constructed or upgraded or projects even approved,” said Notley.
'''


def test_relative_who_after_a_name_calls():
    # https://tnc.news/2022/03/30/fed-plan-to-cut-oil-and-gas-emissions-by-42-is-insane-alberta-environment-minister
    # (eval/own/docs-bb/ca/011.md): "who" right after the name's comma is the name calling the targets by the
    # quoted words (indirect._relative_who_calls); before, the relative pronoun between name and verb dropped it
    _, sts = excerpt(page(TNC_TARGETS, date="2022-03-30"))
    assert [(who, text) for who, _, text in said(sts, "projected targets")] == \
        [("Rachel Notley", "the projected targets “a fantasy.”")]
    # must not: "who" after people the text does not name calls nothing of theirs a statement
    # (polnear/train/text/nyt_2016-04-18_for-news-outlets-feeling-the-squ.txt)
    _, sts = excerpt(page('''
Once ratings come into the picture, will reporters still want to pursue those smaller stories? And will their editors, who once called these stories ''spinach,'' want to publish them?
''', date="2016-04-18"))
    assert said(sts, "spinach") == []
