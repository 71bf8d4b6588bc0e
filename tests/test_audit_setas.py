"""Audit round setas: news reports of spokespeople from US, UK, Indian and Thai outlets (set AS's train documents: The
Hill, Today News Africa, PoliticsHome, The Independent, City A.M., Devdiscourse, Business Standard, Pattaya Mail).
Each test reads a real passage (its page's URL in a comment) as the pipeline does and asserts what an annotator
expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said
from test_hard_cases import load


CITY_AM_RESHUFFLE = '''
The Prime Minister has given Boris Johnson and Philip Hammond her backing amid rumours they could be culled in a reshuffle, with a Downing Street spokesman saying she has "full confidence" in both.

Theresa May is thought to be poised to make a series of changes on the front benches, following a disastrous conference that was overshadowed by her pitiful keynote speech, while the foreign secretary hogged the limelight with the wrong kind of headlines.

But today her spokesman insisted she had a "fantastic cabinet", although declined to comment on whether a reshuffle was on the cards.

"The cabinet are all working together... to deliver a smooth and orderly Brexit," he said. "The Treasury, like every department in Whitehall, is working hard to deliver that smooth and orderly Brexit."

May is herself clinging onto the role, after a short-lived rebellion led by former party chairman Grant Shapps was shot down by colleagues last week.

One former minister told City A.M.: "Hammond is safe until the Budget, although of course things are changing fast. It's a tall order, but if things go well in the overall handling of the Budget that might help calm things down."
'''


# --- "One former minister told ...": someone unnamed, as "A former minister" is -------------------------------------

def test_a_title_counted_by_one_is_someone_unnamed():
    # http://www.cityam.com/273508/downing-street-backs-boris-and-hammond-but-rumours (eval/own/docs-as/uk/011.md):
    # the former minister is nobody named, not Boris Johnson (whom the registry knows as a minister) nor a speaker
    # before; better no speaker than a wrong one
    _, sts = excerpt(page(CITY_AM_RESHUFFLE))
    assert all(who is None for who, _, _ in said(sts, "Hammond is safe until the Budget")), said(sts, "Hammond is safe")
    # must not: a spokesperson still speaks for the body ("One" never counts one: the rule leaves spokespeople alone),
    # and a title holder named before is still found for "the official" -- Reuters' "One top official said" (reut2-003)
    # has no one named, before or after
    _, sts = excerpt(page('''
Central bankers said they were generally satisfied with the response to the Paris accord two weeks ago to stabilize currencies at around current levels.

Speaking after a meeting at the Bank for International Settlements (BIS), which reviewed the agreement, they also welcomed interest rates cuts in France and today's drop in British rates. One top official said the rate cuts would help to stimulate growth generally in Europe and welcomed that countries other than West Germany were seen to be helping sustain the economy.
'''))
    assert all(who is None for who, _, _ in said(sts, "the rate cuts would help")), said(sts, "the rate cuts")


# --- "Theresa May": a given name and a surname spelt as a month ---------------------------------------------------------

def test_a_given_name_before_may_is_a_person_whose_spokesman_is_her_office():
    # City A.M. (above): "her spokesman" is Theresa May's, whose spokesman the registry knows as Downing Street; the
    # words after it ("..., he said") are that spokesman's, not Boris Johnson's (the only man named before)
    _, sts = excerpt(page(CITY_AM_RESHUFFLE))
    assert [who for who, _, _ in said(sts, "fantastic cabinet")] == ["Downing Street"]
    assert [who for who, _, _ in said(sts, "The cabinet are all working together")] == ["Downing Street"]
    # must not: a weekday or a place before "May" is no person ("on Tuesday May 5", "Sydney May"): the dated
    # statement keeps its speaker and its day
    _, sts = excerpt(page('''
Foreign Minister Julie Bishop said on Tuesday May 5 that Australia would not change its position.
''', date="2015-05-06"))
    assert said(sts, "Australia would not change its position") == \
        [("Julie Bishop", "2015-05-05", "Australia would not change its position")]


# --- "..., refusing to say how long ...": a refusal, no words --------------------------------------------------------

def test_refusing_to_say_is_no_statement():
    # http://www.independent.co.uk/news/uk/politics/theresa-may-resignation-rumours-prime-minister-downing-street-terror-attacks-general-election-a7797266.html
    # (eval/own/docs-as/uk/008.md): what Hammond would not say is a question, not his words
    _, sts = excerpt(page('''
Chancellor Philip Hammond criticised Ms May’s handling of the campaign on Sunday, lamenting mistakes including a failure to focus on his party’s economic record. He also dodged a question about her future, refusing to say how long he believes she will remain in No 10.
'''))
    assert said(sts, "how long he believes") == [], said(sts, "how long")
    # must not: what he did say, in the sentence before, is still his
    assert [who for who, _, _ in said(sts, "a failure to focus on his party")] == ["Philip Hammond"]


# --- "..., although declined to comment on ...": the reporter's note of what was withheld, no subject again ----------

def test_withheld_tail_without_its_subject_ends_the_words():
    # City A.M. (above): the spokesman insisted she had a "fantastic cabinet"; that he declined to comment is the
    # reporter's note, not part of his words
    _, sts = excerpt(page(CITY_AM_RESHUFFLE))
    assert [text for _, _, text in said(sts, "fantastic cabinet")] == ['she had a "fantastic cabinet"']
    # ... so without a comma: "Pernod said it was seeking acquisitions but refused to comment on specifics."
    # (bbc-news/business/005)
    doc, sts = load("bbc-news/business/005.txt", "seeking acquisitions")
    assert [st.text for st in sts if "seeking acquisitions" in st.text] == ["it was seeking acquisitions"]
    # must not: an "although" clause that withholds nothing stays in the words: "He said the current level of taxation
    # was about right, although he would put a new 50% tax on top earners." (bbc-news/politics/301)
    doc, sts = load("bbc-news/politics/301.txt", "current level of taxation")
    assert [st.text for st in sts if "current level of taxation" in st.text] == \
        ["the current level of taxation was about right, although he would put a new 50% tax on top earners"]


# --- "..., with a Downing Street spokesman saying ...": a body, or its spokesperson, in the "with" clause -------------

def test_a_body_in_a_with_clause_says_what_its_participle_reports():
    # City A.M. (above): the spokesman of the "with" clause says she has "full confidence" in both (Downing Street);
    # "with leader Charles Kennedy saying" (a person's name) was the only form read before
    _, sts = excerpt(page(CITY_AM_RESHUFFLE))
    assert said(sts, "full confidence") == [("Downing Street", None, 'she has "full confidence" in both')]
    # so a body: "The law faces a stiff test this weekend, with the Countryside Alliance saying many hunts will be out
    # in force." (bbc-news/politics/134)
    doc, sts = load("bbc-news/politics/134.txt", "with the Countryside Alliance saying")
    assert [(st.speaker.name, st.text) for st in sts if "hunts will be out" in st.text] == \
        [("Countryside Alliance", "many hunts will be out in force")]
    # must not: figures of a body showing something are a document's, no one's words: "Growth has been rapid in
    # southeast Asia, with the World Tourism Organisation figures showing a 45% increase ..." (bbc-news/business/353)
    doc, sts = load("bbc-news/business/353.txt", "World Tourism Organisation figures")
    assert [st.text for st in sts if "45%" in st.text] == []


# --- "had dismissed a number of employers who ...": people dismissed are fired, no words rejected ----------------------

def test_people_dismissed_are_an_act_not_a_rejection():
    # https://digital-staging.thehill.com/policy/international/546793-in-departure-from-trump-state-affirms-editorial-freedom-of-voice-of/amp
    # (eval/own/docs-as/us/007.md): Michael Pack fired employees; he said nothing here
    _, sts = excerpt(page('''
The statement comes just months after former Secretary of State Mike Pompeo gave a speech at Voice of America headquarters blasting the agency.

Pompeo’s speech came as then-CEO Michael Pack had dismissed a number of employers who had complained of politicization of the agency.
'''))
    assert said(sts, "complained of politicization") == [], said(sts, "politicization")
    # must not: reports dismissed are still a rejection with content: "Tony Blair has dismissed reports he told Gordon
    # Brown he would quit before the next general election." (bbc-news/politics/218)
    doc, sts = load("bbc-news/politics/218.txt", "has dismissed reports")
    assert [(st.speaker.name, st.text) for st in sts if "Gordon Brown he would quit" in st.text][:1] == \
        [("Tony Blair", "reports he told Gordon Brown he would quit before the next general election")]

