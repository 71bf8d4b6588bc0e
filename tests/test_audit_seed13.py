"""Seed round seed13: statement, speaker and date errors that recur on English-language news reports of what official
spokespeople said, from East Asian outlets (Xinhua, China Daily, Jiji, Nikkei, NHK, Yonhap, Korea Times, VNA, VOV).
Each test reads a real passage (its page's URL in a comment) as the pipeline does and asserts what an annotator
expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "on Tuesday" before a reporting verb is the day of the saying, not a subject answered ---------------------------

def test_unnamed_official_on_a_weekday_dates_the_named_speakers_after_him():
    # http://www.ecns.cn/news/society/2022-11-23/detail-ihchchpu5656284.shtml (Xinhua, 04:28 on Wednesday 23 November)
    _, sts = excerpt(page('''
China stresses scientific, precise COVID-19 response: health official

A Chinese health official on Tuesday warned against any slackening in epidemic prevention and control and stressed science-based and precise COVID-19 response.

Mi Feng, spokesperson for the National Health Commission, said China faces a grave and complex COVID-19 situation with a wider spread and more transmission chains of the virus.

In response, health authorities have sent task forces to guide local governments in fully implementing the recently released 20 measures for optimizing China's COVID-19 response, according to Hu Xiang, an official from the national administration of disease prevention and control.
''', date="2022-11-23"))
    assert [(w, d) for w, d, _ in said(sts, "grave and complex")] == [("Mi Feng", "2022-11-22")]
    assert [(w, d) for w, d, _ in said(sts, "task forces")] == [("Hu Xiang", "2022-11-22")]


# --- "On the night of June 12," opening a sentence dates its verb, however long the subject ----------------------------

def test_on_the_night_of_a_day_opening_the_sentence_dates_the_speaker():
    # https://jmh.usembassy.gov/201606142238/ (Nikkei evening edition of 13 June 2016)
    _, sts = excerpt(page('''
On the night of June 12, Koichi Ito, a minister at the Japanese Embassy in Beijing, called on Xiao Qian, director general of the Department of Asian Affairs of the Chinese Foreign Ministry, and lodged a protest over the passage of a Chinese warship through the contiguous zone surrounding the Senkaku Islands. Ito expressed "serious concern" and strongly called on Xiao to prevent similar incidents, saying, "Japan cannot in any way accept China's assertions and actions." A Chinese warship traversed waters near the Senkakus early on the morning of June 9.
''', date="2016-06-13"))
    assert [(w, d) for w, d, _ in said(sts, "cannot in any way")] == [("Koichi Ito", "2016-06-12")]


def test_a_protest_lodged_on_a_day_is_an_occasion_of_its_speaker():
    # the same passage, its visit told with "met" (no reporting verb): the protest lodged is the occasion
    _, sts = excerpt(page('''
On the night of June 12, Koichi Ito, a minister at the Japanese Embassy in Beijing, met Xiao Qian and lodged a protest over the passage of a Chinese warship through the contiguous zone surrounding the Senkaku Islands. Ito expressed "serious concern" and strongly called on Xiao to prevent similar incidents, saying, "Japan cannot in any way accept China's assertions and actions."
''', date="2016-06-13"))
    assert [(w, d) for w, d, _ in said(sts, "cannot in any way")] == [("Koichi Ito", "2016-06-12")]


# --- "the X spokesperson" is the person set off as that body's spokesperson, never one named after "cited" ------------

def test_body_spokesperson_is_the_person_with_that_title_set_off_after_the_name():
    # https://www.vietnam.vn/en/som-dua-hai-du-an-benh-vien-bach-mai-co-so-2-viet-duc-co-so-2-vao-hoat-dong-theo-doi-chat-che-thong-tin-ve-virus-viem-phoi-o-trung-quoc
    # (Nhan Dan)
    _, sts = excerpt(page('''
* Major General Hoang Anh Tuyen, Deputy Chief of the Office and Spokesperson of the Ministry of Public Security , stated that the dissemination of false information, even slander and distortion, on social media is truly worrying.

The spokesperson for the Ministry of Public Security cited the case of Ms. Nguyen Phuong Hang, General Director of Dai Nam Joint Stock Company, who was tried and sentenced to prison in early 2024 for "abusing democratic freedoms to infringe upon the interests of the State, the legitimate rights and interests of organizations and individuals" for making statements and posting them on social media. Regarding the information circulating on social media related to high-ranking leaders of Asia Commercial Bank (ACB ), Mr. Tuyen stated: "The police have not received any complaints from the parties involved in this case."

According to the Ministry of Public Security spokesperson, regarding the approach to handling this issue, first and foremost, it is necessary to strengthen propaganda, dissemination, and education on the internet to ensure ethical, civilized, and honest behavior.
'''))
    assert [w for w, _, _ in said(sts, "strengthen propaganda")] == ["Hoang Anh Tuyen"]
    assert not [w for w, _, _ in sts_speakers(sts) if w == "Nguyen Phuong Hang"]


def sts_speakers(sts):
    return [(st.speaker.name if st.speaker else None, st.said_on, st.text) for st in sts]


# --- two titles of one person joined by "and" after an inverted "said" ----------------------------------------------

def test_said_minister_and_chairman_of_an_office_then_the_name():
    # https://www.vietnamnewsgazette.com/government-discusses-socio-economic-development-in-january/ (VOV5)
    _, sts = excerpt(page('''
Government discusses socio-economic development in January

(VOVWORLD) - The government is doing all it can to assure a safe, happy Tet for all citizens, said Minister and Chairman of the Government Office Mai Tien Dung at a press conference in Hanoi on Thursday to announce the outcomes of the first cabinet meeting of 2019.

Mr. Dung summarized socio-economic development in January which saw an additional 4 billion USD to the foreign reserves.

Deputy Minister of Information and Communication Hoang Vinh Bao said 53% of mobile phone service subscribers have switched networks but were able to keep their old number.
'''))
    # the speaker named after both titles, and the outlet's dateline no part of what he said
    assert [(w, t) for w, _, t in said(sts, "safe, happy Tet")] == [
        ("Mai Tien Dung", "The government is doing all it can to assure a safe, happy Tet for all citizens")]


# --- a dateline of a place with its country in brackets and the outlets after the day ------------------------------

def test_dateline_with_country_in_brackets_is_no_part_of_the_statement():
    # https://www.bignewsnetwork.com/news/272172602/north-korea-missile-tests-pose-a-serious-threat-to-japan-global-community-says-hirokazu-matsuno-secretary-general-of-japanese-government
    _, sts = excerpt(page('''
Tokyo [Japan], January 14 (ANI/Sputnik): North Korea's missile tests pose a serious threat to Japan and the global community, Hirokazu Matsuno, secretary-general of the Japanese Government, said on Friday.
''', date="2022-01-15"))
    assert [(w, d, t) for w, d, t in said(sts, "serious threat")] == [
        ("Hirokazu Matsuno", "2022-01-14", "North Korea's missile tests pose a serious threat to Japan and the global community")]


# --- countries joined into an adjective, a word hanging on a dateline's dash: no speakers ----------------------------

def test_country_pair_of_a_summit_and_a_dateline_fragment_are_no_speakers():
    # https://sana.sy/en/?p=329005 (SANA, after Xinhua)
    _, sts = excerpt(page('''
Tokyo, SANA- China has lodged serious representations with the Japanese side over the negative China-related statement issued after the Japan-U.S. summit and urges Japan to stop interfering in China's internal affairs to avoid greater damage to China-Japan relations, Xinhua quoted Chinese Embassy spokesperson as saying .

The spokesperson of the Chinese Embassy in Japan made the remarks when asked to comment on the negative content concerning China in the latest U.S.-Japan joint leaders' statement.

The spokesperson said that Japan ignored China's repeated dissuasion and insisted on wantonly manipulating China-related issues in the Japan-U.S. leaders' meeting and joint statement, seriously interfering in China's internal affairs and harming China's interests.
'''))
    names = {st.speaker.name for st in sts if st.speaker}
    assert not names & {"Japan-U.S.", "SANA- China", "U.S.-Japan"}


# --- a kin apposition: "She" is the sister described, not the leader named in her apposition; "the official" is the
# --- unnamed one who opened the report, not the last person named -------------------------------------------------

KBS_MINISTRY = '''
Written: 2022-04-05 14:01:03Updated: 2022-04-05 15:10:57

Ministry 'Gravely Aware' of N. Korea's Claim of being Nuclear Weapon State

The ministry in charge of inter-Korean affairs said that it is "gravely aware" of recent comments from North Korea referring to its nuclear capabilities and its claimed status as a nuclear weapon state.

An official from the unification ministry on Tuesday addressed remarks by Kim Yo-jong, the sister of regime leader Kim Jong-un, who issued her second statement in a span of three days, saying the North will have to mobilize its nuclear combat force if the South initiates a cross-border military confrontation.

She also reiterated that the North is a nuclear weapons state.

The official said Seoul will focus on peacefully managing security on the Korean Peninsula as the South navigates a change of government and the North prepares for major anniversaries.

Despite Pyongyang's reference to being a nuclear power state, the official did acknowledge the de-escalating tone in part of Kim's latest remarks, in which she stated that the South is not the North's principal enemy.
'''


def test_she_after_a_kin_apposition_is_the_sister_not_the_leader():
    # http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=168759 (KBS, 5 April 2022)
    _, sts = excerpt(page(KBS_MINISTRY, date="2022-04-05"))
    assert [w for w, _, _ in said(sts, "nuclear weapons state")] == ["Kim Yo-jong"]
    assert "Kim Jong-un" not in {st.speaker.name for st in sts if st.speaker}


def test_the_official_is_the_unnamed_one_not_the_person_named_last():
    # the same page: an unnamed unification ministry official speaks, not Kim Yo-jong (nor "Despite Pyongyang")
    _, sts = excerpt(page(KBS_MINISTRY, date="2022-04-05"))
    assert said(sts, "peacefully managing security") == []
    assert said(sts, "de-escalating tone") == []


# --- "quoted X as telling reporters this morning:" then a quotation: all of it, direct; "DM" is no part of a name ----

def test_quoted_as_telling_reporters_then_a_colon_and_a_quotation():
    # https://jmh.usembassy.gov/2017112996011/ (Japanese press digest)
    _, sts = excerpt(page('''
NHK quoted PM Abe as telling reporters this morning: "North Korea has once again fired a ballistic missile. Considering the flight trajectory, it could be an ICBM. The government continuously tracked the missile and took appropriate measures to deal with the crisis." The network also reported that DM Onodera told reporters that the missile can be regarded as an ICBM.
'''))
    abe = said(sts, "once again fired")
    assert [(w, t) for w, _, t in abe] == [("Abe", "North Korea has once again fired a ballistic missile. Considering "
                                           "the flight trajectory, it could be an ICBM. The government continuously "
                                           "tracked the missile and took appropriate measures to deal with the crisis.")]
    assert [w for w, _, _ in said(sts, "can be regarded")] == ["Onodera"]


# --- '"...," Moon said while being briefed on ...': the quotation is what he said, not the time adjunct --------------

def test_said_while_being_briefed_is_no_content():
    # http://www.koreatimes.co.kr/www/nation/2017/08/205_235521.html (Korea Times)
    _, sts = excerpt(page('''
President Moon Jae-in called on the nation's armed forces Monday to undertake strong structural reform so they can immediately carry out offensive operations in the case of a North Korean attack.

"I call on the military to strongly push for structural reform to accommodate the modern warfare environment in which the military can immediately shift to the offense if North Korea conducts a provocation that crosses a line or attacks Seoul and its surrounding areas," Moon said while being briefed on policy plans from the Ministry of National Defense and the Ministry of Patriots and Veterans Affairs.
'''))
    assert said(sts, "being briefed") == []
    assert [w for w, _, _ in said(sts, "I call on the military")] == ["Moon Jae-in"]


# --- "X made the statement" after a sentence whose only cue word is an infinitive of action ("to maintain peace") ----

def test_made_the_statement_after_an_infinitive_of_action():
    # https://vovworld.vn/en-US/news/dm-phung-quang-thanh-china-urged-to-exercise-restraint-239886.vov (VOV)
    _, sts = excerpt(page('''
(VOV) - Vietnam consistently pursues a policy of defending its national sovereignty through peaceful means, within the constraints of international law, including the 1982 UN Convention on the Law of the Sea (UNCLOS) and the 2002 ASEAN-China Declaration on the Conduct of Parties in the East Sea (DOC), so as to maintain peace, stability, security, safety and freedom of navigation and aviation in the East Sea. Vietnamese Defense Minister Phung Quang Thanh made the statement at a meeting Tuesday with his Chinese counterpart Chang Wanquan on the sidelines of the 8th ASEAN Defense Ministers Meeting (ADMM-8) now taking place in Myanmar's capital Nay Pyi Taw.
'''))
    found = said(sts, "consistently pursues")
    assert [w for w, _, _ in found] == ["Phung Quang Thanh"]
    assert found[0][2].startswith("Vietnam consistently pursues")     # the outlet's "(VOV) -" no part of it


def test_citing_after_the_frame_is_no_content():
    # http://en.people.cn./n3/2023/1202/c90000-20105174.html (Xinhua), its lead told of a spokesperson
    _, sts = excerpt(page('''
BEIJING, Dec. 2 (Xinhua) -- The current acute respiratory diseases reported in China are all caused by known pathogens, and no new infectious diseases caused by new viruses or bacteria have been identified, a Chinese mainland spokesperson said Saturday, citing monitoring results.

Mi Feng, a spokesperson for the National Health Commission, made the remarks during a press conference.
''', date="2023-12-02"))
    assert said(sts, "citing") == []
    assert [(w, d) for w, d, _ in said(sts, "known pathogens")] == [("Mi Feng", "2023-12-02")]


# --- what was answered, named with a phrase in scare quotes; a person called on (visited): no statements -----------

def test_responded_to_a_list_with_scare_quotes_is_what_was_answered():
    # https://ycnews.com/?p=9417 (Taiwan Affairs Office briefing of 25 November)
    _, sts = excerpt(page('''
November 25 The Taiwan Affairs Office of the State Council held a regular press conference in Beijing on the 25th. Spokesperson Zhu Fenglian responded to the list of stubborn people in "Taiwan independence" and official exchanges between Taiwan and the United States and other hot issues on both sides of the Taiwan Strait.

On the same day, reporters from different media asked about the list of stubborn people in "Taiwan independence" five times. Zhu Fenglian said that the mainland will continue to take precise crackdown measures to severely punish the stubborn elements of "Taiwan independence" and their financial owners and other major supporters in accordance with the law.
'''))
    assert said(sts, "list of stubborn people") == []
    assert [w for w, _, _ in said(sts, "precise crackdown")] == ["Zhu Fenglian"]


def test_called_on_a_person_set_off_by_an_apposition_is_a_visit():
    # https://jmh.usembassy.gov/201606142238/ (Nikkei evening edition of 13 June 2016)
    _, sts = excerpt(page('''
On the night of June 12, Koichi Ito, a minister at the Japanese Embassy in Beijing, called on Xiao Qian, director general of the Department of Asian Affairs of the Chinese Foreign Ministry, and lodged a protest over the passage of a Chinese warship through the contiguous zone surrounding the Senkaku Islands. Ito expressed "serious concern" and strongly called on Xiao to prevent similar incidents, saying, "Japan cannot in any way accept China's assertions and actions."
''', date="2016-06-13"))
    assert said(sts, "Xiao Qian") == []
    assert [(w, d) for w, d, _ in said(sts, "prevent similar incidents")] == [("Koichi Ito", "2016-06-12")]


# --- an unnamed official's frame closing the lead, the official named next as the one who made the remarks ---------

def test_unnamed_official_then_named_official_made_the_remarks():
    # http://en.people.cn./n3/2023/1202/c90000-20105174.html (Xinhua, Saturday 2 December 2023)
    _, sts = excerpt(page('''
BEIJING, Dec. 2 (Xinhua) -- The current acute respiratory diseases reported in China are all caused by known pathogens, and no new infectious diseases caused by new viruses or bacteria have been identified, a health official said Saturday, citing monitoring results.

Mi Feng, a spokesperson for the National Health Commission, made the remarks during a press conference.
''', date="2023-12-02"))
    assert [(w, d, t) for w, d, t in said(sts, "known pathogens")] == [
        ("Mi Feng", "2023-12-02", "The current acute respiratory diseases reported in China are all caused by known "
         "pathogens, and no new infectious diseases caused by new viruses or bacteria have been identified")]


def test_unnamed_witness_then_a_named_person_made_the_comments_stays_unattributed():
    # the rule's bound (made_by_frames): someone named without an official's title made other comments
    _, sts = excerpt(page('''
Police found the body near the river, a witness has told jurors. David Myers made the comments on the first day of the trial at Leeds Crown Court.
'''))
    assert said(sts, "body near the river") == []


def test_the_spokesperson_after_an_unnamed_one_in_the_lead_is_the_one_named_since():
    # https://english.rednet.cn/content/646747/51/12458550.html (seed10's page): the unnamed-official rule's bound
    _, sts = excerpt(page('''
A Chinese defense spokesperson on Thursday urged the United States to immediately cease making irresponsible comments about and slandering the Chinese military.

The Chinese military has been dealing with air and maritime encounters with foreign military forces in accordance with laws and regulations, and has always been a staunch force for world peace, said Tan Kefei, spokesperson for China's Ministry of National Defense, in response to a media inquiry about the recent comments from the United States Department of Defense concerning the Chinese military.

China firmly upholds the freedom of navigation and overflight by all countries in accordance with international law, and safeguards the security of sea passages, as noted in the white paper titled "China's National Defense in the New Era," the spokesperson said.
''', date="2023-03-17"))
    assert [w for w, _, _ in said(sts, "freedom of navigation")] == ["Tan Kefei"]
