"""Audit round r26a: classes seen on set N and O train documents and the shared corpora. Each test reads a real
passage (its page or corpus path in a comment) as the pipeline does and asserts who said what and when."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a name ending in a word that is also a title's abbreviation ("Sen", "Gov", "Rep") -----------------------------

HUN_SEN = '''
The EU warned Cambodia that it would withdraw the Everything But Arms (EBA) preferential trade status for Cambodia, citing the latter's oppression over the opposition, NGOs and media. On February 11, Cambodian Prime Minister Hun Sen said the country does not bow to EU's pressure and called on his people to protect Cambodia's independence, sovereignty and peace.
'''


def test_titled_name_ending_in_sen_is_a_person():
    # data/china-mfa-presscon-html/eng/t1743902.html (Geng Shuang's briefing of February 12, 2020; a question's words,
    # read here as a news page's)
    _, sts = excerpt(page(HUN_SEN, date="2020-02-12"))
    hits = [st for st in sts if "does not bow to EU's pressure" in st.text]
    assert [(st.speaker.name, st.speaker.kind, st.said_on) for st in hits] == [("Hun Sen", "person", "2020-02-11")]
    # must not: a body called "Cambodian Prime Minister Hun Sen" ("Sen" read as "Sen.", a senator's title)
    assert not [st for st in sts if st.speaker and "Sen" in st.speaker.name and st.speaker.kind == "organization"]
    assert [st.speaker.name for st in sts if "withdraw the Everything But Arms" in st.text] == ["European Union"]


# --- a clause partly quoted, with a frame of its own inside, framed again after the quotation ----------------------

TAIPEI = '''
The Ministry of Foreign Affairs yesterday denounced Russian President Vladimir Putin for disparaging Taiwan’s sovereignty by saying that Taiwan issues are “China’s internal affairs.”

The ministry strongly condemned Putin’s “false” remarks that “undermined the sovereignty of the Republic of China,” ministry spokeswoman Joanne Ou (歐江安) told a news briefing.

Xinhua news agency cited Putin as telling Chinese President Xi Jinping (習近平) during a telephone call on Wednesday that Russia opposed any interference from external forces in China’s internal affairs, such as in Xinjiang, Hong Kong and Taiwan.
'''


def test_clause_partly_quoted_with_inner_frame_is_the_outer_speakers():
    # https://www.taipeitimes.com/News/front/archives/2022/06/17/2003780022 (set N train, docs-n/tw/007.md)
    _, sts = excerpt(page(TAIPEI, date="2022-06-17"))
    ou = [st for st in sts if st.speaker and st.speaker.name == "Joanne Ou"]
    assert [(st.kind, st.said_on) for st in ou] == [("indirect", "2022-06-16")]
    assert ou[0].text.startswith("The ministry strongly condemned Putin’s “false” remarks") and \
        "undermined the sovereignty of the Republic of China" in ou[0].text
    # must not: the quoted phrase alone as Ou's direct quote, as if the clause before it were the ministry's only
    assert not [st for st in sts if st.kind == "direct" and st.text.startswith("undermined the sovereignty")]


def test_quotation_opening_its_sentence_stays_direct():
    # (same page's kind of frame, a quotation that is all the words: direct) must not turn indirect
    _, sts = excerpt(page('''
“Taiwan is a sovereign country,” ministry spokeswoman Joanne Ou told a news briefing yesterday.
''', date="2022-06-17"))
    assert [(st.speaker.name, st.kind, st.text) for st in sts] == [("Joanne Ou", "direct", "Taiwan is a sovereign country")]


# --- a lede's unnamed official, named as the one speaking in the next paragraph ------------------------------------

PCG = '''
MANILA, Philippines — A Philippine Coast Guard official affirmed the organization’s commitment to protecting the country’s territory despite doubts cast on its capabilities to conduct missions independently.

Commodore Jay Tarriela, PCG spokesperson for the West Philippine Sea, said the Coast Guard will continue to serve and protect the country’s exclusive economic zone “irrespective of any external assistance.”
'''


def test_lede_official_named_next_paragraph_by_the_bodys_initials():
    # https://philstar.com/headlines/2023/09/14/2296269/ (set N train, docs-n/ph/011.md)
    _, sts = excerpt(page(PCG, date="2023-09-14"))
    assert [w for w, _, _ in said(sts, "the organization’s commitment to protecting the country’s territory")] == \
        ["Jay Tarriela"]
    assert [w for w, _, _ in said(sts, "the Coast Guard will continue to serve")] == ["Jay Tarriela"]


def test_lede_official_not_given_to_the_person_the_next_paragraph_is_about():
    # must not: https://www.ytn.co.kr/en/news/news_view.php?key=202412171527492264 (set H train, docs-h/kr/007.md): the next paragraph is about Deputy
    # Spokesperson Yoo, who does not speak there; the unnamed Foreign Ministry official's words stay no one's
    _, sts = excerpt(page('''
A Foreign Ministry official said Yoo is currently in a normal state of work, and explained that he has not been excluded from his job yet, and that the results of the investigation will also determine whether to take personnel measures.

Deputy Spokesperson Yoo was previously found to have sent foreign reporters a statement to Yoon Suk Yeol's declaration of emergency martial law, such as the president's decision to worship the liberal democratic constitutional order or that it was an inevitable response.
''', date="2024-12-17"))
    assert not said(sts, "currently in a normal state of work")


# --- "is reporting that": a body's own figures, told as they come; an outlet's reporting is no speaker's ----------

NSP = '''
Thousands of customers in Nova Scotia remain without electricity one day after a powerful winter storm blew through parts of the Maritimes.

Nova Scotia Power is reporting that just under 7,000 customers are still off the grid as of 9:30 a.m.

The outages are scattered across the province, however the majority are in Lunenburg County on the South Shore.
'''


def test_body_is_reporting_that_frames_its_words():
    # https://www.iheartradio.ca/580-cfra/news/scattered-outages-across-nova-scotia-one-day-after-storm-blows-through-maritimes-1.16945731
    # (set O train, docs-o/ca/010.md; The Canadian Press)
    _, sts = excerpt(page(NSP, date="2022-01-16"))
    assert [(w, d) for w, d, _ in said(sts, "just under 7,000 customers are still off the grid")] == \
        [("Nova Scotia Power", "2022-01-16")]
    # must not: the reporter's own sentences after it
    assert not said(sts, "scattered across the province")


def test_outlet_is_reporting_that_is_no_statement():
    # data/state-dept-press-releases-rss/press-releases-2021-08.rss (a question at a State Department briefing, read
    # as a page): "Al Jazeera is reporting that ...": a news outlet's report, no statement of the outlet's
    _, sts = excerpt(page('''
And just to follow up, the – Al Jazeera is reporting that the head of the Afghan Reconciliation Committee is saying the Taliban was not showing seriousness in the peace talks and it’s clear that they don’t believe in a political solution.
''', date="2021-08-03"))
    assert not [st for st in sts if st.speaker and "Jazeera" in st.speaker.name]
