"""Audit round r30: precision. Extra statements, wrong speakers and wrong dates of the pooled TRAIN splits and of the
shared corpora, by class. Each test reads a real passage (its page's URL, own-set path or corpus path in a comment) as
the pipeline does and asserts what an annotator expects: who said it, when, and the words; and at least one thing
that must not happen."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "they" after an unnamed group that said something: the group, no body named before ----------------------------

EC_SUGAR = '''
The European Community Commission has told EC member states that it is not prepared to discuss EC sugar prices while sugar traders threaten to make a huge sale into intervention stocks to protest against its policies, Commission sources said.

"Our position is that we are not willing to discuss the problems of market prices at a time when traders are making threats," one source said.

The sources said the Commission's view was made clear at a meeting of its sugar management committee today.

They said French, West German and Dutch officials had informed the committee that traders in their countries intended to sell just over 850,000 tonnes of sugar into EC intervention stocks.
'''


def test_they_after_the_sources_said_is_no_body():
    # reuters21578/reut2-003.sgm#928
    _, sts = excerpt(page(EC_SUGAR, date="1987-03-19"))
    # must not: what the unnamed sources said is the Commission's, through "They said"
    assert not [w for w, _, _ in said(sts, "French, West German and Dutch officials") if w]


BANK_OF_SPAIN = '''
The Bank of Spain has extended the reserve requirement for banks to their convertible peseta funds in an attempt to curb speculation in short-term capital which is currently fuelling money supply growth.

In a statement issued late last night, the central bank said convertible peseta accounts, funds which are not subject to exchange controls, would also be subject to a 19 pct reserve requirement with effect from Friday.

Convertible peseta funds had been previously exempt from reserve requirements.

Banking sources say the high real interest rates on offer now -- around eight pct for overnight funds -- have attracted a large influx of speculative foreign capital which is threatening the government's monetary targets.

They say this influx is largely responsible for Spain's principal measure of money supply, the broad-based liquid assets in public hands (ALP), to have grown by an estimated 17 pct annualised rate in February.
'''


def test_they_after_banking_sources_say_is_no_body():
    # reuters21578/reut2-003.sgm#524
    _, sts = excerpt(page(BANK_OF_SPAIN, date="1987-03-18"))
    assert [w for w, _, _ in said(sts, "convertible peseta accounts")] == ["Bank of Spain"]
    # must not: the banking sources' words, through "They say", are the central bank's
    assert not [w for w, _, _ in said(sts, "this influx is largely responsible") if w]


def test_they_after_a_body_still_the_body():
    # must not (the other way): "they" after a body that spoke, with no unnamed group since, stays the body's
    # (reuters21578/reut2-000.sgm#912 shape: "Police told reporters ... They said ...")
    _, sts = excerpt(page('''
The Federal Reserve said on Tuesday it would keep interest rates unchanged. They said the economy was growing at a moderate pace.
''', date="1987-03-18"))
    assert [w for w, _, _ in said(sts, "the economy was growing")] == ["Federal Reserve"]


def test_they_after_the_mps_of_a_committee_is_the_committee():
    # must not (the other way): members of a legislature speak as their committee, "They" after "MPs said" stays
    # the committee's (bbc-news/politics/048)
    _, sts = excerpt(page('''
Sloppy wording of the draft animal welfare bill could leave anglers facing court even though it was not intended, the environment select committee said. The MPs said they were "concerned" the government had not consulted directly on its plans to improve animal welfare. They raised complex and emotive issues which needed to be resolved, MPs said.

They called for a "cast-iron guarantee" that the government consults on any plans to regulate animal industries like pet fairs and game bird rearing.
''', date="2004-12-10"))
    assert [w for w, _, _ in said(sts, "cast-iron guarantee")] == ["environment select committee"]
