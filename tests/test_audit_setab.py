"""Audit round setab: news reports of spokespeople, ministers and named bodies from outlets the other sets have few of
(set AB: Thai, Malaysian, Indonesian, Kenyan, South African, Turkish-Cypriot, Israeli, Emirati, Chinese). Each test
reads a real passage of a TRAIN document (its page's URL in a comment) as the pipeline does and asserts what an
annotator expects: who said it, when, and the words; and at least one thing that must not happen."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "the statement read" after a body's words: the body's statement -------------------------------------------------

JNS = '''
(May 6, 2024 / JNS)

The New York Times report citing an anonymous Israeli official as stating that Benjamin Netanyahu sabotaged a potential truce deal with Hamas is “a complete lie and a deliberate deception of the public,” the Prime Minister’s Office said on Monday.

“Hamas is the one that sabotages any deal by not moving one millimeter from its extreme demands that no Israeli government could accept, first and foremost that Israel withdraw from Gaza and end the war,” the statement read.

According to the Times report, an Israeli official, believed to be Netanyahu himself, released two statements on Saturday reiterating that there would be no hostage deal that would include ending the war, allegedly causing Hamas to harden its position.
'''


def test_the_statement_read_after_a_body_said_is_the_bodys():
    # https://www.jns.org/netanyahu-hamas-is-the-one-that-sabotages-any-deal/ (set AB 010, train)
    _, sts = excerpt(page(JNS, date="2024-05-06"))
    assert [(w, d) for w, d, _ in said(sts, "Hamas is the one that sabotages")] == [
        ("Prime Minister’s Office", "2024-05-06")]
    # must not: the unnamed official's statements, or the Times, speak
    assert not [st for st in sts if st.speaker and ("Times" in st.speaker.name or "official" in st.speaker.name)]


def test_the_statement_read_after_a_persons_words_is_no_ones():
    # (the same frame after a person's quotation: "the statement" is not hers; no statement rather than a wrong one)
    _, sts = excerpt(page('''
Jane Smith, the mayor, said the budget was balanced.

“We will not raise taxes this year,” the statement read.
''', date="2024-05-06"))
    assert not said(sts, "We will not raise taxes")


def test_a_quoted_predicate_after_a_participle_subject_is_one_clause():
    # (JNS, as above) the participles "citing ... as stating that" belong to the subject "The New York Times report",
    # not a frame of their own: the whole clause, partly quoted, is the office's
    _, sts = excerpt(page(JNS, date="2024-05-06"))
    got = said(sts, "a complete lie and a deliberate deception")
    assert [(w, d) for w, d, _ in got] == [("Prime Minister’s Office", "2024-05-06")]
    assert got[0][2].startswith("The New York Times report citing")
    # must not: the quoted phrase alone as the office's words
    assert not [st for st in sts if st.text.startswith("a complete lie")]


# --- "saying that ..., after claiming that ...": two statements of one speaker --------------------------------------

PRACHATAI = '''
The Thai junta is trying hard to press other countries to extradite political exiles for allegedly defaming the revered Thai monarchy, saying that they should think twice about their long term relations with Thailand, after claiming that the exiles caused the biggest single day loss on the Thai stock market.

The attempt to crack down on lèse majesté political exiles came after Col Sansern Kaewkamnerd, the junta's spokesman, directly accused a Thai journalist living in self-imposed exile, Jom Petpradab, of spreading rumours about the Thai King’s health, which caused the Stock Exchange of Thailand (SET) to plunge dramatically on Monday.
'''


def test_after_claiming_that_starts_a_second_statement():
    # https://prachataienglish.com/node/4621 (set AB 001, train)
    _, sts = excerpt(page(PRACHATAI))
    first = said(sts, "think twice about their long term relations")
    assert [w for w, _, _ in first] == ["Thai junta"]
    # must not: the second claim run on into the first
    assert "after claiming" not in first[0][2] and "stock market" not in first[0][2]
    assert [w for w, _, _ in said(sts, "the exiles caused the biggest single day loss")] == ["Thai junta"]


# --- "Wednesday (22/4)": a weekday with its day and month in brackets, as Indonesian copy writes it -----------------

VOI = '''
JAKARTA - Foreign Minister (Menlu) Sugiono considers the presence of US warships in the region is not new. According to the Minister of Foreign Affairs, such patrols are common and cannot be immediately seen as a sign that Indonesia is entering a new escalation vortex.

Sugiono made the statement at the Presidential Palace Complex in Jakarta, Wednesday (22/4), when asked by reporters about concerns about rising tensions around the Malacca Strait.

"I think they are used to it, patrolling in the area. There is something called Freedom of Navigation Patrol. It's not new, it's not something new," said Sugiono.
'''


def test_weekday_with_day_and_month_in_brackets_dates_the_occasion():
    # https://voi.id/en/berita/571706 (set A docs/id/038.md, train). The stored copy prints no date (its gold dates are
    # null, as below); given the page a day (Thursday 23 April 2026), "Wednesday (22/4)" is the day before, the day
    # of the occasion the statement was made at, not the page's
    _, sts = excerpt(page(VOI, date="2026-04-23"))
    assert [(w, d) for w, d, _ in said(sts, "they are used to it")] == [("Sugiono", "2026-04-22")]
    # must not: on the undated page, a weekday gives no day (no year to count from)
    _, sts = excerpt(page(VOI))
    assert [(w, d) for w, d, _ in said(sts, "they are used to it")] == [("Sugiono", None)]


# --- "the release said" after a body announced, no release named before; a magazine's words after it --------------

WYOMING = '''
Former Alaska Gov. Sarah Palin had been scheduled to attend the event in Casper, Wyo., but on Thursday, the Republican Party of Wyoming announced she wasn’t coming.

“The Donald Trump campaign has informed the Wyoming Republican Party that Sarah Palin, the scheduled surrogate speaker for the presidential candidate, will not be attending the State GOP Convention,” the release said. “Former Gov. Palin was scheduled to speak to the convention delegates Saturday morning between 10-11 a.m. along with presidential candidate Ted Cruz and John Kasich surrogate Gov. Butch Otter of Idaho.”

“The Trump campaign has not indicated whether another one of Trump’s surrogates will be in Casper this Saturday morning,” the release added.

No reason has been given by the Trump campaign as to why Palin will not be present at the convention.

Wyoming will select 23 of its 29 delegates Saturday at the state convention. Even before Palin’s withdrawal, Cruz was favored to win most if not all of the delegates.

” … in the case of Wyoming, the Cruz train has already left the station,” wrote Time magazine. “Cruz’s domination in the county conventions followed his campaign’s aggressive organizing in the state’s March 1 precinct caucuses, and set the stage for another likely rout this weekend. (Of the 1,590 votes cast in the March 12 county convention, 1128 were for Cruz.)”
'''


def test_the_release_said_after_a_body_announced_and_a_magazines_words_after():
    # polnear/train/text/west-journal_2016-04-15_breaking-trump-campaign-just-mad.txt
    _, sts = excerpt(page(WYOMING))
    for words in ("The Donald Trump campaign has informed", "another one of Trump’s surrogates"):
        assert [w for w, _, _ in said(sts, words)] == ["Republican Party of Wyoming"]
    # must not: Time magazine's words, their opening mark astray, given to the party that spoke last
    assert not said(sts, "Cruz’s domination in the county conventions")


# --- the frame's own adjunct after the words' closing mark --------------------------------------------------------

def test_gerund_adjunct_after_the_closing_mark_is_no_part_of_the_words():
    # polnear/train/text/usa-today_2016-05-18_in-kentucky-democrats-battling-i.txt (the class of TNA's 'Gen Prayut
    # said briefly that “It’s the matter of Hong Kong,” before leaving reporters to his office.', tna.mcot.net 352682)
    _, sts = excerpt(page('''
Clinton, during a town hall meeting in Columbus, Ohio, said she was "going to put a lot of coal miners and coal companies out of business," while trying to explain her plan to sink $30 billion into Appalachia to rebuild the economy. Her opponents seized on those words, which appear to have harmed her.
'''))
    got = said(sts, "coal miners and coal companies")
    assert [w for w, _, _ in got] == ["Clinton"]
    # must not: the reporter's "while trying to explain her plan" run on into her words
    assert "while trying" not in got[0][2] and "Appalachia" not in got[0][2]
