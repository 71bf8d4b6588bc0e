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


# --- a speech verb's -s form that is a plural noun: "remarks ... are", "comments ... have", "brands include" ------------

ARGENTINA = '''
Argentina’s Foreign Ministry issued a statement condemning British Defence Minister Liam Fox’s earlier remarks, in which he stated that the UK has the political will and military means to defend the Islands.

“The Argentine Government strongly condemns British Defence Minister Liam Fox’s regrettable statements on the Malvinas Islands,” the statement reads.

“Argentina will never accept such bellicose provocations and will continue to comply with its obligations as a responsible member of the international community,” it reads.

The statements concludes by warning that “in times in which the world is still struggling with the aftermath of a grave financial crisis, the Defence Minister remarks regarding military spending are particularly unfortunate, since those resources could be spent in benefit of the population. History is filled with false leaders that appeal to a false nationalism as a distraction to their internal issues. We also know the outcome of that.
'''


def test_remarks_with_their_own_predicate_frame_nothing():
    # https://en.mercopress.com/2011/06/28/argentina-strongly-condemns-british-defence-secretary-s-bellicose-statements
    # (own set K train, docs-k/ar/010)
    _, sts = excerpt(page(ARGENTINA, date="2011-06-28"))
    assert [w for w, _, _ in said(sts, "strongly condemns British Defence Minister")] == ["Argentina’s Foreign Ministry"]
    # must not: "remarks" read as the Defence Minister's verb, the Ministry's judgement of them his words
    assert not [w for w, _, _ in said(sts, "are particularly unfortunate") if w == "Liam Fox"]


def test_comments_from_officials_with_their_verb_frame_nothing():
    # bbc-news/business/066, bbc-news/tech/235
    _, sts = excerpt(page('''
The European Central Bank left rates on hold. In the eurozone, comments from senior officials have recently focused on the threat of inflation, prompting fears that interest rates may rise.

Consumer comments and reviews were also proving popular with shoppers keen to find out who had the most reliable customer service.
''', date="2005-02-03"))
    # must not: a plural noun read as a verb, its subject a speaker
    assert not said(sts, "have recently focused on the threat of inflation")
    assert not said(sts, "reviews were also proving popular")


def test_brands_include_is_a_plural_noun():
    # bbc-news/business/369, bbc-news/business/435
    _, sts = excerpt(page('''
Fosters bought 18.8% of Southcorp, the global winemaker behind the Penfolds, Lindemans and Rosemount brands, for 4.17 Australian dollars per share. A bid at that price would value the company at A$3.1bn ($2.4bn; £1.25bn ). Fosters said it was currently in discussions "which may lead to a major corporate announcement".

Inbev bought out another partner in August 2004. Inbev brands include Bass, Stella Artois, Hoegaarden and Staropramen.
''', date="2005-01-17"))
    assert [w for w, _, _ in said(sts, "it was currently in discussions")] == ["Fosters"]
    # must not: "brands" read as a verb, the brand its speaker and the reporter's sums its words
    assert not said(sts, "for 4.17 Australian dollars")
    assert not said(sts, "A bid at that price")
    assert not said(sts, "Bass, Stella Artois")


def test_brands_as_a_verb_still_frames():
    # must not (the other way): "brands such criticisms as ..." is the verb (bbc-news/politics, Michael Howard)
    _, sts = excerpt(page('''
Conservative leader Michael Howard said Labour was "rattled". The Tory leader brands such criticisms as "absolutely rubbish".
''', date="2005-02-03"))
    assert [w for w, _, _ in said(sts, "such criticisms")] == ["Michael Howard"]


# --- a frame set between commas after the words' own subject: the name inside the commas speaks ---------------------

SEXTON = '''
Scenes from Donald Trump’s rally at the Greensboro Coliseum in North Carolina Tuesday will keep the writer Jared Sexton, who teaches at Georgia Southern University, awake at night.

To Sexton, who has made something of a study of Trump rallies, Tuesday marked a turning point. He had attended four previous Trump events since he began following presidential campaigns from both parties last year.

Greensboro, Sexton said, made him question who is steering the angry — and at times violent — rhetoric that has become a staple of Trump’s campaign.

Trump, Sexton said, has created a “strange, reality-bending political correctness-free zone.”
'''


def test_name_inside_an_inserted_frame_speaks():
    # polnear/train/text/huff-post_2016-06-17_trump-s-supporters-may-be-the-re.txt
    _, sts = excerpt(page(SEXTON, date="2016-06-17"))
    assert [w for w, _, _ in said(sts, "made him question who is steering")] == ["Jared Sexton"]
    assert [w for w, _, _ in said(sts, "has created a")] == ["Jared Sexton"]
    # must not: the fronted subject of the reported clause, a place or the candidate, is its speaker
    assert not [w for w, _, _ in said(sts, "has created a") if w == "Donald Trump"]


def test_apposition_before_said_comma_stays_the_subject():
    # must not (the other way): a title in apposition between commas is no one inside an inserted frame
    # (bbc-news/business shape: "X, BA's chief executive, said")
    _, sts = excerpt(page('''
Rod Eddington, BA's chief executive, said, "We are pleased with the results." The idea, says BT, is to shape a new market.
''', date="2005-02-07"))
    assert [w for w, _, _ in said(sts, "We are pleased")] == ["Rod Eddington"]
    assert [w for w, _, _ in said(sts, "to shape a new market")] == ["BT"]


def test_they_after_experts_studying_something_is_no_body():
    # bbc-news/politics/090 (own set A train): a participle says which experts, and "forecast" is their past
    _, sts = excerpt(page('''
It is likely also that nuclear power will be needed for possibly several decades. Sepa predict that the two methods will remain as energy sources until climate change is under control. Experts studying the seas off Scotland's west coast have already forecast more devastating weather of the type which caused havoc across the country last month.

They predicted that damaging storms will become more frequent. Researchers from the University of the Highlands and Islands and Southampton have been looking at wave heights in the Atlantic over the last nine years.
''', date="2005-02-17"))
    assert [w for w, _, _ in said(sts, "the two methods will remain")] == ["Sepa"]
    # must not: the experts' forecast is Sepa's, the body that spoke before them
    assert not [w for w, _, _ in said(sts, "damaging storms will become more frequent") if w]


# --- "it" after a report: the report going on, not the body or place named last ---------------------------------------

def test_it_after_said_the_report_is_the_report():
    # bbc-news/tech/158
    _, sts = excerpt(page('''
A study by analysts Jupiter Research suggested that broadband was challenging television viewing habits. In homes with broadband, 40% said they were spending less time watching TV. The threat to TV was greatest in countries where broadband was on the up, in particular the UK, France and Spain, said the report. It said TV companies faced a major long-term threat over the next five years, with broadband predicted to grow from 19% to 37% of households by 2009.
''', date="2005-01-28"))
    # must not: the report's words are Spain's, the last name in its sentence
    assert not [w for w, _, _ in said(sts, "TV companies faced a major long-term threat") if w]


def test_it_after_a_report_by_analysts_is_the_report():
    # bbc-news/tech/059
    _, sts = excerpt(page('''
People are also likely to be put off watching TV on such small screens, said Gartner. Digital video recorders, like Europe's Sky+ box, and video-on-demand services mean people have much more control over what TV they watch. A report by analysts InStat/MDR has predicted that smartphone shipments will grow by 44% over the next five years. It says that smartphones will make up 117 million out of 833 million handsets shipped globally by 2009.
''', date="2005-01-11"))
    assert [w for w, _, _ in said(sts, "put off watching TV")] == ["Gartner"]
    # must not: the report's figures are Gartner's, the last body that spoke
    assert not [w for w, _, _ in said(sts, "smartphones will make up 117 million") if w]


def test_it_after_a_bodys_statement_closing_a_sentence_stays_the_body():
    # must not (the other way): "said the statement" of a body's statement is the body speaking; "It claimed ..."
    # stays the body's (reuters21578/reut2-000.sgm#107 shape)
    _, sts = excerpt(page('''
Iran said on Sunday its forces had captured new positions. "The Iraqi government was spreading extensive propaganda on the resistance power of its army," said the statement. It claimed massive victories in the seven-week offensive.
''', date="1987-02-26"))
    assert [w for w, _, _ in said(sts, "massive victories")] == ["Iran"]


# --- a person opening a sentence after a fronted "Reached by ...," is its subject, whom "he" next names ------------------

HAMMOND = '''
The state’s Republican national committeeman, John Hammond, has vocally called to reject Trump as well.

“I am supporting the Draft Mitch Daniels for President at the convention,” said Nick Barbknecht, a candidate for alternate from the state’s 2nd District, who is also the district GOP vice chairman.

Reached by POLITICO, Hammond, the Indiana national committeeman, hesitated to repeat his previous criticism of the New York mogul. He agreed that Trump may struggle to win support among Indiana’s delegates, but he said that sentiment will change rapidly if it looks like Trump can win in November.
'''


def test_he_after_reached_by_a_paper_name_opening_the_sentence():
    # polnear/train/text/politico_2016-04-09_trump-s-getting-trounced-in-indi.txt
    _, sts = excerpt(page(HAMMOND, date="2016-04-09"))
    assert [w for w, _, _ in said(sts, "Trump may struggle to win support")] == ["John Hammond"]
    assert [w for w, _, _ in said(sts, "sentiment will change rapidly")] == ["John Hammond"]
    # must not: "he" is the last speaker, past the person the sentence before opened with
    assert not [w for w, _, _ in said(sts, "sentiment will change rapidly") if w == "Nick Barbknecht"]


# --- "according to Democratic and independent analysts": a group left unnamed, not the party -------------------------

def test_according_to_coordinated_adjectives_of_a_vague_group():
    # polnear/train/text/politico_2016-03-23_sanders-scrambles-to-keep-pace-w.txt
    _, sts = excerpt(page('''
As it currently stands, Sanders needs to considerably outperform current projections in other large states like Pennsylvania, according to Democratic and independent analysts.
''', date="2016-10-31"))
    # must not: the first adjective of the group read as a party that spoke
    assert not [w for w, _, _ in said(sts, "needs to considerably outperform") if w]


def test_according_to_a_firm_and_analysts_stays_the_firm():
    # must not (the other way): a body's name before "and independent analysts" is still a source
    _, sts = excerpt(page('''
The plan will cost 5 billion dollars, according to Moody's and independent analysts.
''', date="2016-10-31"))
    assert [w for w, _, _ in said(sts, "The plan will cost")] == ["Moody"]
