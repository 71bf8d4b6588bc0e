"""Audit round setbl: UK political news (set BL's train documents: The Independent, politics.co.uk, the Redditch
Advertiser printing PA, Capital FM Scotland, the Evening Standard, the Morning Star, Reuters, HuffPost UK). Each test
reads a real passage (its page's URL or file in a comment) as the pipeline does and asserts what an annotator expects:
who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "..., her spokesman said": the one person the words name, whose office the registry knows ---------------------

MAY_EU = '''
LONDON, Oct 23 (Reuters) - British Prime Minister Theresa May’s meeting with European Union officials last week was “constructive and friendly”, her spokesman said on Monday when asked about an unflattering newspaper account of the meeting in a German newspaper.

“I think you’re referring to a newspaper article with no quotes in it, but I have no comment whatsoever on that,” the spokesman said. He referred to a joint statement issued following the meeting last week which said the talks were “constructive and friendly.” (Reporting by William James. Editing by Andrew MacAskill)
'''


def test_her_spokesman_after_words_naming_the_prime_minister_is_downing_street():
    # https://in.reuters.com/article/britain-eu-may/uk-pm-mays-meeting-with-eu-officials-constructive-and-friendly-
    # spokesman-idINL9N1IW01J (eval/own/docs-bl/wire/010.md): before, "her" found nobody before the words and both
    # statements were dropped
    _, sts = excerpt(page(MAY_EU, date="2017-10-23"))
    assert said(sts, "constructive and friendly”") == [
        ("Downing Street", "2017-10-23", "British Prime Minister Theresa May’s meeting with European Union officials "
                                         "last week was “constructive and friendly”")]
    assert [who for who, _, _ in said(sts, "no comment whatsoever")] == ["Downing Street"]
    # must not: a person the registry knows no spokesman's office for is not made the speaker; the spokesman named
    # next speaks (https://www.manila-shimbun.com/ja/category/jaglish/news240538.html; eval/own/docs-ad/ph/010.md)
    _, sts = excerpt(page('''
President Rodrigo Duterte was not ill and he just had "a private time", his spokesman said on why he skipped an event in Malacanang on Wednesday.

"He did not really have a day off, so the President decided to have private time," said Presidential Spokesperson Harry Roque in a press briefing Thursday.
''', date="2018-10-05"))
    assert "Rodrigo Duterte" not in [who for who, _, _ in said(sts, "a private time")]
    # ... nor a person of the other gender ("his" after words naming Theresa May; the Reuters lead reworded)
    _, sts = excerpt(page('''
LONDON (Reuters) - Britain will push ahead with its talks with Theresa May, his spokesman said on Monday.
''', date="2017-10-23"))
    assert said(sts, "push ahead") == []


# --- "The department said": the government department the text named last -----------------------------------------

FCO_RUSSIA = '''
Your support makes all the difference.British nationals who are still in Russia have been told they should leave if it is not essential they stay in the country.

The Foreign Office updated its advice on Saturday to say Britons should use the remaining commercial routes to flee the nation.

A post on the Foreign Office website said: “If your presence in Russia is not essential, we strongly advise that you consider leaving by remaining commercial routes.”

The department said it may not be possible to fly directly to the UK, or via EU countries, but that travelling via the Middle East or Turkey may be possible.
'''


def test_the_department_is_the_government_department_named_before():
    # https://independent.co.uk/news/uk/home-news/uk-nationals-russia-foreign-office-b2029272.html
    # (eval/own/docs-bl/national/001.md): before, "the department" found no body (a "Department for Education" named
    # before became a body called "Department")
    _, sts = excerpt(page(FCO_RUSSIA))
    assert [who for who, _, _ in said(sts, "fly directly to the UK")] == ["Foreign Office"]
    # must not: a department named in lower case before stays the one "the department" refers to
    # (https://www.news24.com/news24/SouthAfrica/News/nefarious-stunt-limpopo-dept-denies-issuing-statement-on-phala-
    # phala-20221207; eval/own/docs-i/za/023.md)
    _, sts = excerpt(page('''
The Limpopo economic development department says it did not disseminate official information about the sale of buffaloes from Phala Phala farm.

• The Limpopo economic development department has distanced itself from a "communiqué" that seemingly represents its comments on the sale of buffaloes from President Cyril Ramaphosa's Phala Phala farm.

• It contained an allegation that the department had not received an application from Phala Phala to export the 20 buffaloes.

• The department said it was investigating the matter to identify the responsible officials.
''', date="2022-12-07"))
    assert [who for who, _, _ in said(sts, "investigating the matter")] == ["Limpopo economic development department"]
    # ... and a sentence opener before a department's name is no part of it (the Independent passage reworded)
    _, sts = excerpt(page('''
Meanwhile, Home Office officials updated the advice on Saturday.

The department said it may not be possible to fly directly to the UK.
'''))
    assert [who for who, _, _ in said(sts, "fly directly")] == ["Home Office"]
