"""Audit round setbe: news reports of spokespeople from European, Middle Eastern, African and Latin American outlets
(set BE's train documents: 9News Nigeria, ANSA English, Nairobi News, Interfax-Ukraine, the Latin American Herald
Tribune, Turkey Tribune, IRNA English, Al Ghad's English page). Each test reads a real passage (its page's URL or file
in a comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


MAMER_BRIEFING = '''
The European Commission refrains from announcing the exact date and composition of the group of European commissioners who will visit Ukraine, for security reasons.

Representative of the European Commission Eric Mamer said at a briefing in Brussels on Monday, answering a question about a possible so-called "designated survivor", that not the whole Board would go to Ukraine and a specific list hasn’t been announced yet. He added that there will be the majority of the Board members, but not all members will be in Ukraine to participate in this particular meeting.

He noted that the European Commission is in a very close contact with the Ukrainian authorities when it comes to all measures that should be taken to ensure that a safe meeting will take place.
'''


# --- "Representative of the European Commission Eric Mamer": the body's last word ends the title -----------------

def test_a_bodys_last_word_ends_the_title_before_the_holders_name():
    # https://en.interfax.com.ua/news/general/887981.html (eval/own/docs-be/eu/005.md): "Commission" (a body's word,
    # also a given name in the name lists) after the title word "European" is no first word of the speaker's name
    _, sts = excerpt(page(MAMER_BRIEFING, date="2023-01-30"))
    assert [who for who, _, _ in said(sts, "whole Board")] == ["Eric Mamer"]
    assert [who for who, _, _ in said(sts, "majority of the Board")] == ["Eric Mamer"]
    assert [who for who, _, _ in said(sts, "close contact")] == ["Eric Mamer"]
    # ... also two such words: "the German Federal Network Agency Jochen Homann" (china-mfa-presscon-html/eng/
    # t1655697.html's question, read here as a report)
    _, sts = excerpt(page('''
In his recent remarks, Chairman of the German Federal Network Agency Jochen Homann said that no equipment supplier, including Huawei, should or may legally be excluded.
''', date="2019-03-08"))
    assert [who for who, _, _ in said(sts, "equipment supplier")] == ["Jochen Homann"]
    # must not: a firm's name whose first word is a body's word, no title before it, stays the firm's whole name
    # (reuters21578/reut2-002.sgm: "Societe Shell Chimie", "Shell" also a given name in the lists)
    _, sts = excerpt(page('''
The company said the results were in line with its targets for the second year of its three-year recovery programme.

Meanwhile, Societe Shell Chimie said it also returned to profit in 1986, for the first time since 1976, posting net profit of 160 mln francs against a 1985 loss of 57 mln. No other details were available.
''', date="1987-03-05"))
    assert [who for who, _, _ in said(sts, "returned to profit")] == ["Societe Shell Chimie"]


# --- "said at ..., answering a question about a possible so-called "designated survivor", that ...": the words -----

def test_a_quoted_term_inside_an_answering_phrase_before_that():
    # https://en.interfax.com.ua/news/general/887981.html (eval/own/docs-be/eu/005.md): the participle's phrase
    # between the verb and "that" may hold a term in quotation marks; what was said starts after "that"
    _, sts = excerpt(page(MAMER_BRIEFING, date="2023-01-30"))
    assert said(sts, "whole Board") == \
        [("Eric Mamer", "2023-01-30",
          "not the whole Board would go to Ukraine and a specific list hasn’t been announced yet")]
    # must not: a quotation that is the words themselves, right after the verb, stays the words (seeds/
    # 001_764cb29e222343e7.txt)
    _, sts = excerpt(page('''
In reply to reporters’ questions on Vietnam’s reaction to the US report, the spokesperson Le Hai Binh affirmed: “Ensuring human rights is a focus in all socio-economic policies of Vietnam.”
''', date="2014-02-28"))
    assert [text for _, _, text in said(sts, "human rights")] == \
        ["Ensuring human rights is a focus in all socio-economic policies of Vietnam."]

