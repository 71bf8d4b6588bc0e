"""Audit round setn (held-out set N, eval/own/SOURCE-n.md): English news reports of spokespeople from South and
South-East Asian outlets. Each test reads a real passage of a TRAIN document of set N (its page's URL in a comment)
as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "the FO spokesperson": the spokesperson the text named at that body ------------------------------------------

GNN = '''
Islamabad: The Foreign Office spokesperson has said that the attack on the Jaffar Express was also carried out by a leadership based abroad and India is behind this train terrorism.

Addressing a weekly briefing at the Foreign Office, Spokesperson Shafqat Ali Khan stated: “We have just completed the rescue operation on the Jaffar Express terrorism. The attack was also carried out by a leadership based abroad and India is behind the attack”.

The spokesperson added that the terrorists involved in the recent terrorism in Balochistan were in contact with their associates in Afghanistan.

“We do not discuss diplomatic contacts in this way in a public forum. In the past too, we have been sharing full details of such incidents with Afghanistan. This is a never-ending process that continues,” the FO spokesperson said further.

He also stated that our main priority in Afghanistan is the promotion of friendly and close relations.
'''


def test_initials_of_the_body_named_where_a_bare_spokesperson_was_introduced():
    # https://gnnhd.tv/news/44768/india-responsible-for-jaffar-express-terrorism-fo-spokesperson (set N 014)
    _, sts = excerpt(page(GNN))
    assert [w for w, _, _ in said(sts, "We do not discuss diplomatic contacts")] == ["Shafqat Ali Khan"]
    assert [w for w, _, _ in said(sts, "our main priority in Afghanistan")] == ["Shafqat Ali Khan"]
    assert not [st for st in sts if st.speaker and st.speaker.name in ("FO", "Foreign Office")]


def test_a_bare_spokesperson_of_another_body_is_not_the_fo_spokesperson():
    # (the same page, the sentence that introduces the spokesperson naming another body): no guess
    text = GNN.replace("at the Foreign Office, Spokesperson", "at the Interior Ministry, Spokesperson")
    _, sts = excerpt(page(text))
    assert [w for w, _, _ in said(sts, "We do not discuss diplomatic contacts")] != ["Shafqat Ali Khan"]


# --- "X's alleged N": an adjective, not "X has alleged" ------------------------------------------------------------

AAJ = '''
Foreign Office’s Spokesperson Mumtaz Zahra Baloch has said that the upcoming visit of the US officials was part of the routine.

“Our only issue is the presence of safe havens for the [outlawed] TTP in the neighbouring country. We will keep pressuring them to take action against terrorist groups,” she said.

On India’s alleged assassination plots of Sikh leaders in the US and Canada, she said that India has carried out assassinations and abductions all over the South Asia region, especially in Pakistan.
'''


def test_alleged_after_a_possessive_is_no_frame():
    # https://english.aaj.tv/news/30342878/fo-spokesperson-says-us-delegation-visit-to-pakistan-a-routine-matter
    # (set N 013)
    _, sts = excerpt(page(AAJ))
    assert [w for w, _, _ in said(sts, "India has carried out assassinations")] == ["Mumtaz Zahra Baloch"]
    assert not [st for st in sts if st.speaker and st.speaker.name in ("On India", "India")]
    assert not [st for st in sts if st.text.startswith("assassination plots")]


# --- a title naming its body, then the name, set off by commas after a quotation ----------------------------------

def test_title_of_a_body_with_its_initials_before_the_name_after_a_quote():
    # https://www.deccanchronicle.com/nation/current-affairs/200619/india-rejects-claim-of-having-agreed-to-hold-talks-with-pakistan.html
    # (set N 002)
    _, sts = excerpt(page('''
New Delhi: India on Thursday rejected claims of having responded to Islamabad's call for dialogue and clarified that New Delhi seeks normal and cooperative relations with all neighbours, including Pakistan.

"As per the established diplomatic practice, PM and EAM have responded to the congratulatory messages received from their counterparts in Pakistan. In their messages, they have highlighted that India seeks normal and cooperative relations with all neighbours, including Pakistan," spokesperson for Ministry of External Affairs (MEA), Raveesh Kumar, said.
''', date="2019-06-20"))
    (st,) = [st for st in sts if "As per the established diplomatic practice" in st.text]
    assert (st.speaker.name, st.said_on) == ("Raveesh Kumar", "2019-06-20")
    assert st.text.endswith("including Pakistan,") or st.text.endswith("including Pakistan")
    assert not [st for st in sts if st.text.startswith("In their messages")]
    assert not [st for st in sts if "spokesperson for Ministry" in st.text]


# --- the Taipei Times: a participle opening the sentence, an agency citing a leader, a name in its own script -------

TAIPEI_2016 = '''
Minister of Foreign Affairs David Lee’s (李大維) remarks that ties with some diplomatic allies are facing a crisis do not refer to any specific nations, but are rather a reiteration of Taipei’s diplomatic predicament and the ministry’s long-standing goals, ministry spokeswoman Eleanor Wang (王珮玲) said yesterday.

“Our nation is facing a special situation, which is why the ministry constantly faces challenges,” Wang told a routine news conference.

Echoing comments by Lee at the legislature in Taipei, Wang said the nation’s diplomatic personnel do not have the right to be pessimistic, and must persist in their endeavors to fortify the nation’s ties with its allies and develop substantial relationships with partner nations.
'''


def test_plural_noun_after_an_opening_participle_is_its_object():
    # https://www.taipeitimes.com/News/taiwan/archives/2016/07/06/2003650459 (set N 008)
    _, sts = excerpt(page(TAIPEI_2016, date="2016-07-06"))
    assert [(w, d) for w, d, _ in said(sts, "do not have the right to be pessimistic")] == \
        [("Eleanor Wang", "2016-07-05")]
    assert not [st for st in sts if st.cue == "comments" or st.text.startswith("by Lee")]


TAIPEI_2022 = '''
The Ministry of Foreign Affairs yesterday denounced Russian President Vladimir Putin for disparaging Taiwan’s sovereignty by saying that Taiwan issues are “China’s internal affairs.”

Xinhua news agency cited Putin as telling Chinese President Xi Jinping (習近平) during a telephone call on Wednesday that Russia opposed any interference from external forces in China’s internal affairs, such as in Xinjiang, Hong Kong and Taiwan.

Ou said that Taiwanese elect their government in free and fair elections, adding that only the government in Taipei can represent Taiwan.
'''


def test_cited_as_telling_the_one_cited_speaks_on_the_day_of_the_call():
    # https://www.taipeitimes.com/News/front/archives/2022/06/17/2003780022 (set N 007)
    _, sts = excerpt(page(TAIPEI_2022, date="2022-06-17"))
    (st,) = [st for st in sts if "opposed any interference" in st.text]
    assert st.speaker.name in ("Vladimir Putin", "Putin") and st.said_on == "2022-06-15"
    assert st.text.startswith("Russia opposed")     # not "(習近平) during a telephone call ..."
    assert not [st for st in sts if st.speaker and "Xinhua" in st.speaker.name]
    assert [d for _, d, _ in said(sts, "only the government in Taipei")] == ["2022-06-16"]


# --- a full date between a verb of judgement's object and what it is for dates the verb ----------------------------

def test_full_date_after_the_object_of_urged():
    # https://www.straitstimes.com/asia/se-asia/indonesia-calls-break-in-at-melbournes-indonesian-embassy-a-criminal-act-urges
    # (set N 004; the page prints no publication date: the caption's date is the urging's)
    _, sts = excerpt(page('''
Indonesian Foreign Minister Retno Marsudi urged Australia on Jan 7, 2017, to "immediately investigate and legally process" the perpetrators behind the flying of the outlawed Papuan Morning Star flag at the Indonesian embassy in Melbourne. REUTERS FILE PHOTO
'''))
    assert [(w, d) for w, d, _ in said(sts, "immediately investigate")] == [("Retno Marsudi", "2017-01-07")]


def test_full_date_inside_what_was_urged_is_not_the_urging():
    # (the same frame, the date inside the words urged: the page's day, not the elections')
    _, sts = excerpt(page('''
Foreign Minister Retno Marsudi urged the government to hold elections on January 7, 2017, to calm tensions.
''', date="2019-03-05"))
    assert [d for _, d, _ in said(sts, "hold elections")] != ["2017-01-07"]


# --- "the statement of X that ...": X's words, as "remarks by X that ..." -------------------------------------------

def test_statement_of_a_named_speaker_that():
    # https://philstar.com/headlines/2023/09/14/2296269/pcgs-resolve-protect-wps-unwavering-despite-doubts-capabilities-official/amp
    # (set N 011)
    _, sts = excerpt(page('''
Col. Medel Aguilar, spokesperson of the AFP, said they were “aware” that assets from the US Navy were monitoring the resupply mission, which the Chinese Coast Guard had attempted to block.

Tarriela echoed the statement of President Ferdinand “Bongbong” Marcos Jr. that the disputes in the South China Sea should not be reduced to a mere competition between two influential nations.
''', date="2023-09-14"))
    whose = [w for w, _, _ in said(sts, "should not be reduced to a mere competition")]
    assert len(whose) == 1 and "Marcos" in whose[0]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Medel Aguilar" and "reduced" in st.text]


def test_statement_of_intent_names_no_speaker():
    # (a noun after "statement of" that is no speaker: nothing)
    _, sts = excerpt(page('''
The ministry issued a statement of intent that the talks would resume in March.
''', date="2023-09-14"))
    assert not [st for st in sts if st.speaker and st.speaker.name.lower() == "intent"]


# --- "the Council of Ministers statement called on ...": the body whose statement it is ---------------------------

def test_statement_named_by_a_body_with_small_words_speaks_for_it():
    # https://www.phnompenhpost.com/national/thai-govt-disavows-media-tale (set N 005)
    _, sts = excerpt(page('''
The Press and Quick Reaction Unit at the Council of Ministers on Monday issued a statement denying a report in the Bangkok Post asserting that two Thais had crossed the border into Cambodia on June 23.

In addition to arguing that there was no evidence that the two fugitives were in Cambodia, the Council of Ministers statement called on the Thai government to end its “malicious campaign to fault Cambodia”, and accused it of “fanning acts of provocation against the Kingdom of Cambodia”.
'''))
    assert [w for w, _, _ in said(sts, "malicious campaign to fault Cambodia")] == ["Council of Ministers"]
    assert [w for w, _, _ in said(sts, "fanning acts of provocation")] == ["Council of Ministers"]


def test_statement_named_by_a_title_is_no_body():
    # (the same frame, a person's title before "statement": no body "Secretary of State")
    _, sts = excerpt(page('''
The Secretary of State statement called on the Thai government to end its “malicious campaign to fault Cambodia”.
'''))
    assert not [st for st in sts if st.speaker and st.speaker.name == "Secretary of State"]


# --- "He said, as always, ...": a set phrase opening the words, no background clause ------------------------------

MEA_2020 = '''
India today dismissed the claim of Pakistan Prime Minister’s Special assistant on national security that New Delhi has sent a message to Islamabad indicating a desire for talks between the two countries.

Briefing media virtually, MEA Spokesperson Anurag Srivastava said, we have seen reports on interview of a senior Pakistani official to an India media outlet and he has commented on India’s internal matters.

He said, as always, this is an effort of present Pakistan Government to divert attention from domestic failures and mislead its domestic constituents by pulling India into headlines on a daily basis.
'''


def test_as_always_after_said_opens_the_words():
    # https://theindianawaaz.com/india-dismisses-pakistans-claim-that-new-delhi-sent-message-indicating-desire-for-talks/
    # (set N 001)
    _, sts = excerpt(page(MEA_2020, date="2020-10-15"))
    assert [(w, d) for w, d, _ in said(sts, "divert attention from domestic failures")] == \
        [("Anurag Srivastava", "2020-10-15")]


def test_as_clause_of_background_after_the_frame_is_still_no_words():
    # (the same frame with an "as" clause of background after it: the words are before the frame)
    _, sts = excerpt(page('''
MEA Spokesperson Anurag Srivastava addressed a weekly briefing on Thursday.

Pakistan continues to support cross border terrorism, Srivastava said on Thursday, as the two countries traded charges at the United Nations.
''', date="2020-10-15"))
    assert [t for _, _, t in said(sts, "Pakistan continues to support")] == ["Pakistan continues to support cross border terrorism"]
    assert not [st for st in sts if st.text.startswith("as the two countries")]
