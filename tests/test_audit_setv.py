"""Audit round setv: set V's train documents (news reports of spokespeople from US, UK and Asian outlets). Each test
reads a real passage of a TRAIN document (its page's URL in a comment) as the pipeline does and asserts what an
annotator expects: who said it, when, and the words -- and what must not happen."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a caption's "Photo: CREDIT" is no part of the name before it ---------------------------------------------------

GT_LIN = '''
Chinese Foreign Ministry spokesperson Lin Jian Photo: VCG

In response to an inquiry about the White House's statement claiming China now faces up to a 245 percent tariff on imports to the US as a result of its retaliatory actions, Chinese Foreign Ministry spokesperson Lin Jian responded on Wednesday that "you can ask the US side for the specific tax rate figures."

Lin said on Wednesday's press briefing that China has repeatedly stated its solemn position on the tariff issue. The tariff war was initiated by the US.

Lin added that China's position has always been very clear. Tariff and trade wars have no winner.
'''


def test_caption_credit_after_a_name_is_no_part_of_it():
    # https://globaltimes.cn/page/202504/1332226.shtml (set V 008)
    _, sts = excerpt(page(GT_LIN))
    assert [w for w, _, _ in said(sts, "solemn position on the tariff issue")] == ["Lin Jian"]
    assert [w for w, _, _ in said(sts, "position has always been very clear")] == ["Lin Jian"]
    assert not [st for st in sts if st.speaker and "Photo" in st.speaker.name]


def test_caption_credit_of_a_body_after_a_name():
    # https://www.globaltimes.cn/page/202507/1338052.shtml (set V 007)
    _, sts = excerpt(page('''
Chinese Foreign Ministry Spokesperson Mao Ning Photo: Ministry of Foreign Affairs

When asked to comment on a new tariff, Foreign Ministry spokesperson Mao Ning said on Thursday that China's position on this issue is very clear. "We also always believe that there is no winner in tariff wars or trade wars," said Mao.
'''))
    assert [w for w, _, _ in said(sts, "no winner in tariff wars")] == ["Mao Ning"]
    assert not [st for st in sts if st.speaker and ("Photo" in st.speaker.name or "Ministry of Foreign" in
                                                    st.speaker.name and st.speaker.name != "Ministry of Foreign Affairs")]


# --- "..., according to X, adding that / saying ...": X's words on both sides ---------------------------------------

JT = '''
Japan's top uniformed officer of the Defense Ministry said Thursday that recent activities by China's navy, including fighter jets taking off and landing on an aircraft carrier near the southern prefecture of Okinawa, are "a security concern."

Gen. Koji Yamazaki, chief of the ministry's Joint Staff, aired a strong sense of caution against the activities "held in waters close to Japan" with the aim of "bolstering navigating capabilities of the aircraft carrier in the Pacific region" when speaking at a news conference in Tokyo.

The remarks came as Self-Defense Forces vessels and aircraft have kept a vigilant watch for the Chinese navy's flotilla, including the aircraft carrier Liaoning, missile destroyers and a supply ship. In early May, they sailed from the East China Sea to the Pacific Ocean through waters between Okinawa's main island and Miyako Island.

The Liaoning was deployed about 150 kilometers south of Ishigaki Island in the prefecture at one point, according to the ministry, adding that fighter jets took off and landed on the vessel for the eighth straight day through Tuesday.

The Liaoning remained in the area as of Thursday, according to Yamazaki, saying he "took seriously" that the Chinese navy operates "near Taiwan and the southwestern region" of Japan.
'''


def test_participle_after_according_to_is_the_sources():
    # https://www.japantimes.co.jp/news/2022/05/12/national/china-carrier-concern/ (set V 011)
    _, sts = excerpt(page(JT, date="2022-05-12"))
    assert [w for w, _, _ in said(sts, "fighter jets took off and landed on the vessel")] == ["Defense Ministry"] or \
        [w for w, _, _ in said(sts, "fighter jets took off and landed on the vessel")] == ["Ministry of Defense"]
    assert [w for w, _, _ in said(sts, "took seriously")] == ["Koji Yamazaki"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Liaoning"]


def test_words_before_according_to_when_a_participle_follows_the_source():
    # (same page) "The Liaoning remained in the area as of Thursday, according to Yamazaki, saying ...": the clause
    # before is Yamazaki's; the participle's words a second statement, not the according-to's content
    _, sts = excerpt(page(JT, date="2022-05-12"))
    assert [(w, t) for w, _, t in said(sts, "remained in the area")] == \
        [("Koji Yamazaki", "The Liaoning remained in the area as of Thursday")]
    assert not [st for st in sts if st.text.startswith("saying")]
    assert [w for w, _, _ in said(sts, "was deployed about 150 kilometers")] in (["Defense Ministry"],
                                                                                ["Ministry of Defense"])


# --- "instructed X to ...": an instruction is speech, with its addressee and infinitive ----------------------------

KBS = '''
Photo : YONHAP News

The foreign ministry convened a second meeting on Monday to assess the situation in Venezuela and review the safety of South Korean nationals following a recent U.S. military strike.Second Vice Foreign Minister Kim Jina, who chaired the meeting, reviewed the situation in Venezuela and the status of South Koreans staying there. She stressed the need to take all necessary measures to ensure their safety amid heightened political uncertainty.The ministry said that as of 9 p.m. Monday, no casualties or injuries involving South Korean nationals had been reported.Kim noted that the government established four evacuation hubs in Venezuela last year, equipped with emergency food, medical supplies and satellite communication equipment, and said additional support would be provided if necessary.She instructed the ministry and local diplomatic missions to maintain close communication and thoroughly prepare evacuation and withdrawal plans in case the situation deteriorates.The vice minister also urged officials to continue advising South Koreans currently in Venezuela to leave the country as soon as flights resume, and to encourage those planning to travel there to cancel or postpone their trips.
'''


def test_instructed_addressee_to_do_is_a_statement():
    # https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=198607 (set V 014)
    _, sts = excerpt(page(KBS))
    assert [w for w, _, _ in said(sts, "local diplomatic missions to maintain close communication")] == ["Kim Jina"]
    assert [w for w, _, _ in said(sts, "additional support would be provided")] == ["Kim Jina"]


def test_instructed_without_an_instruction_is_none():
    # must not: "as instructed" and a passive "were instructed to" are no instruction of the subject's
    _, sts = excerpt(page('''
The ministry said on Monday that staff would leave the embassy as instructed by the government.

Residents were instructed to stay indoors until the storm passes, the Japan Meteorological Agency said.
''', date="2024-10-07"))
    assert not [st for st in sts if (st.cue or "").lower() == "instructed"]


# --- an interviewer's quoted question is no statement --------------------------------------------------------------

BREITBART = '''
During an interview with CBS on Monday, FEMA Deputy Administrator Erik Hooks stated that “there is absolutely enough money for FEMA and the federal family to execute on the response and recovery for Hurricane Helene and the storms that are yet to come, Hurricane Milton, which is also in focus for us.”

Hooks said, “Well, first of all, let me say that there is absolutely enough money for FEMA and the federal family to execute on the response and recovery for Hurricane Helene. Due to the nature of hurricanes being more complex and severe, they are very, very costly.”

Co-host Adriana Diaz then asked, “Well, then why would Secretary Mayorkas say that you don’t have enough money for the entire hurricane season?”
'''


def test_interviewers_question_is_no_statement():
    # https://www.breitbart.com/clips/2024/10/07/fema-deputy-admin-we-have-enough-money-to-handle-storms-yet-to-come-mayorkas-wanted-to-be-prepared/
    # (set V 013)
    _, sts = excerpt(page(BREITBART, date="2024-10-07"))
    assert not said(sts, "why would Secretary Mayorkas say")
    assert [(w, d) for w, d, _ in said(sts, "very, very costly")] == [("Erik Hooks", "2024-10-07")]


def test_a_speakers_own_question_is_still_a_statement():
    # must not drop a question a speaker asks who is no interviewer (a rhetorical question is a statement)
    _, sts = excerpt(page('''
FEMA Deputy Administrator Erik Hooks said on Monday that the agency had enough money. He asked, “Why would anyone believe that the money was sent to the migrant program?”
''', date="2024-10-07"))
    assert [w for w, _, _ in said(sts, "Why would anyone believe")] == ["Erik Hooks"]


def test_standing_or_perfect_instruction_is_none():
    # must not: a rule in force ("instructs") or a course of action told in the perfect are no occasion's words
    # (reuters21578/reut2-001.sgm#935; a NYT story of the PolNeAR corpus)
    _, sts = excerpt(page('''
A senior ministry official welcomed the scheme and said it may encourage new lending to developing countries.

The ministry instructs banks to establish reserves for up to five pct of their loans to 35 financially troubled countries, but it only grants tax breaks on reserves.

Mrs. Clinton's campaign has largely ignored Mr. Weiner's connection so far, and has instructed campaign surrogates to avoid discussing his role.
'''))
    assert not said(sts, "banks to establish reserves")
    assert not said(sts, "campaign surrogates to avoid")


def test_a_bodys_instruction_to_its_staff_is_none():
    # must not: "the Foreign Ministry instructed the Vietnamese Embassy in Beijing to urgently contact ..." is a body's
    # order to its own staff, an act (set A vn/136, a VietnamPlus page)
    _, sts = excerpt(page('''
Earlier, on July 5, the Foreign Ministry instructed the Vietnamese Embassy in Beijing to urgently contact relevant Chinese agencies to verify information on the incident.
''', date="2014-07-07"))
    assert not said(sts, "urgently contact relevant Chinese agencies")


# --- "X's announcement on Wednesday that ...", "X's statement claiming ...", "X's remark that ...": X's words ---------

def test_owned_speech_noun_with_its_day_or_a_participle():
    # https://www.globaltimes.cn/page/202507/1338052.shtml and https://globaltimes.cn/page/202504/1332226.shtml
    # (set V 007, 008)
    _, sts = excerpt(page('''
When asked to comment on US President Donald Trump's announcement on Wednesday that a 50 percent tariff would be imposed on imported copper on the grounds of national security, Foreign Ministry spokesperson Mao Ning said on Thursday that China's position on this issue is very clear.

In response to an inquiry about the White House's statement claiming China now faces up to a 245 percent tariff on imports to the US as a result of its retaliatory actions, Chinese Foreign Ministry spokesperson Lin Jian responded on Wednesday that "you can ask the US side for the specific tax rate figures."

Also in response to a question regarding White House press secretary Karoline Leavitt's remark that "the ball is in China's court: China needs to make a deal with us, we don't have to make a deal with them," Lin reiterated that it is the US that initiated the tariff war.
''', date="2025-04-17"))
    assert [w for w, _, _ in said(sts, "50 percent tariff would be imposed")] == ["Donald Trump"]
    assert [w.removeprefix("The ") for w, _, _ in said(sts, "245 percent tariff")] == ["White House"]
    assert [w for w, _, _ in said(sts, "the ball is in China's court")] == ["Karoline Leavitt"]
    # must not: the spokesperson's own words stay hers and end before the owned clause's speaker is given them
    assert [w for w, _, _ in said(sts, "position on this issue is very clear")] == ["Mao Ning"]
    assert not [t for _, _, t in said(sts, "50 percent tariff") if "Mao Ning" in t]


def test_owned_speech_noun_opening_the_sentence_is_none():
    # must not: the noun is the sentence's subject and its clause runs into the reporter's predicate
    # (shared/corpora/polnear politico_2016-06-13_terrorism-experts-rebuke-trump-p.txt)
    _, sts = excerpt(page('''
Donald Trump's assertion Monday that more airstrikes are needed in Iraq and Syria to prevent terrorist attacks like the mass shooting in Orlando drew rebukes from the Pentagon and others across the political spectrum.

Democrats were outraged by Comey's announcement Friday that the bureau was reviewing more emails.
'''))
    assert not said(sts, "drew rebukes")
    assert [t for _, _, t in said(sts, "reviewing more emails")] == ["the bureau was reviewing more emails"]


# --- a lead's described official, named by the next sentence's opening name and apposition --------------------------

def test_lead_official_named_by_the_next_sentences_name_and_apposition():
    # https://www.japantimes.co.jp/news/2022/05/12/national/china-carrier-concern/ (set V 011)
    _, sts = excerpt(page(JT, date="2022-05-12"))
    assert [(w, d) for w, d, _ in said(sts, "recent activities by China's navy")] == [("Koji Yamazaki", "2022-05-12")]


def test_lead_official_not_named_by_a_name_of_another_office():
    # must not: the next sentence's name with another office's apposition is not the lead's official
    _, sts = excerpt(page('''
Japan's top uniformed officer of the Defense Ministry said Thursday that recent activities by China's navy are "a security concern."

Fumio Kishida, the prime minister, met reporters at his office in Tokyo.
''', date="2022-05-12"))
    assert not [st for st in sts if st.speaker and st.speaker.name == "Fumio Kishida"]


# --- reported words end at a full stop glued to a quotation mark ---------------------------------------------------

def test_reported_words_end_before_a_glued_quotation():
    # https://www.globaltimes.cn/page/202507/1338052.shtml (set V 007): "... is very clear."We have always ..."
    _, sts = excerpt(page('''
When asked to comment on a new tariff, Foreign Ministry spokesperson Mao Ning said on Thursday that China's position on this issue is very clear."We have always opposed overstretching the concept of national security. We also always believe that there is no winner in tariff wars or trade wars, and the abuse of tariffs is not in the interest of any party," said Mao.Global Times
'''))
    assert [t for _, _, t in said(sts, "position on this issue")] == ["China's position on this issue is very clear"]
    assert [(w, st_kind) for w, st_kind in [(st.speaker.name, st.kind) for st in sts if "overstretching" in st.text]] \
        == [("Mao Ning", "direct")]


def test_glued_closing_mark_ends_the_words_after_it():
    # must not: a closing mark glued to the next sentence does not carry the words on into it
    _, sts = excerpt(page('''
Foreign Ministry spokesman Lu Kang said the talks were "constructive."He added that more meetings would follow.
'''))
    assert not [st for st in sts if "constructive" in st.text and "He added" in st.text]


# --- a participle set off by a comma before the subject is no name -------------------------------------------------

def test_opening_participle_before_the_subject_is_no_name():
    # shared/corpora/polnear/train/text/wash-post_2016-01-18_a-sharper-tone-as-stakes-rise.txt
    _, sts = excerpt(page('''
Sanders pointed to the polls, cracking a smile as he noted that when the campaign began Clinton had a roughly 50-point lead over the then-little-known senator from Vermont.

Frustrated, Sanders said he "cannot walk down the street" without reporters asking him to attack Hillary Clinton.
''', date="2016-01-18"))
    assert [w for w, _, _ in said(sts, "cannot walk down the street")] == ["Sanders"] or \
        [w for w, _, _ in said(sts, "cannot walk down the street")] == ["Bernie Sanders"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Frustrated"]


def test_a_name_set_off_by_a_comma_stays_a_name():
    # must not: a name the lists hold before its apposition is still the speaker ("Kelly, a spokeswoman, said")
    _, sts = excerpt(page('''
Kelly, a spokeswoman for the company, said the plant would close next year.
'''))
    assert [w for w, _, _ in said(sts, "the plant would close")] == ["Kelly"]
