"""Audit round setbh: news reports of spokespeople from Korean, Japanese, Philippine and Chinese outlets (set BH's
train documents: Yonhap, The Japan News, Global Times, KBS World, The Korea Times, The Japan Times, PTV News printing
PNA, The Asahi Shimbun). Each test reads a real passage (its page's URL or file in a comment) as the pipeline does and
asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page
from test_audit_setaz import PNA_PASSPORTS


# --- "Kihara, who replaced ... in a Cabinet reshuffle Wednesday, highlighted ...": the relative clause's day ---------

JT_KIHARA = '''
New Defense Minister Minoru Kihara said Sunday that he is “very concerned” about China’s rapid military buildup and moves in the East and South China seas, calling trilateral security cooperation between Japan, South Korea and the United States “the cornerstone” of Tokyo’s response to an increasingly tense regional environment that also includes North Korea and Russia.

Kihara, who replaced his predecessor, Yasukazu Hamada, in a Cabinet reshuffle Wednesday, highlighted the need for continuity as Japan continues to shed some of the postwar constraints on its military amid a number of growing threats.

“In the face of the most severe and complicated security environment since the end of World War II, I would like to maintain the direction of my predecessor to fundamentally strengthen our defense capabilities,” he told an NHK television program.
'''


def said(statements, marker: str):
    return [(st.speaker.name if st.speaker else None, st.said_on, st.text) for st in statements if marker in st.text]


def test_a_day_closing_a_relative_clause_of_the_subject_dates_its_act():
    # https://japantimes.co.jp/news/2023/09/17/japan/politics/japan-defense-minister-minoru-kihara-china
    # (eval/own/docs-bh/jp/008.md; Sunday 17 September 2023): the reshuffle was Wednesday's, the words the Sunday
    # programme's; not the 13th
    _, sts = excerpt(page(JT_KIHARA, date="2023-09-17"))
    assert [(who, day) for who, day, _ in said(sts, "need for continuity")] == [("Minoru Kihara", "2023-09-17")]
    # must not: a weekday closing an aside of the occasion (no relative clause) still dates the verb after it
    # (https://northboundasia.com/2019/01/14/..., eval/own/docs-az/ph/004.md)
    _, sts = excerpt(page(PNA_PASSPORTS, date="2019-01-14"))
    assert [(who, day) for who, day, _ in said(sts, "previous contractor")] == [("Teodoro Locsin Jr.", "2019-01-09")]


# --- "..., a day after X and Y held a summit.": the reporter's timeline closing the words ---------------------------

def test_a_span_of_days_after_anothers_act_closes_the_words():
    # https://en.yna.co.kr/view/AEN20230914006400325 (eval/own/docs-bh/kr/001.md): when the ministry warned, not
    # what it said
    _, sts = excerpt(page('''
SEOUL, Sept. 14 (Yonhap) -- South Korea's foreign ministry on Thursday warned that a potential arms deal between Pyongyang and Moscow would violate U.N. Security Council resolutions, a day after North Korean leader Kim Jong-un and Russian President Vladimir Putin held a summit.

Lim Soo-suk, a spokesperson for the ministry, told reporters that South Korea plans to consult with the United States and other friendly nations on response measures if a potential military cooperation deal between North Korea and Russia poses a serious threat to South Korea.
''', date="2023-09-14"))
    assert [(who, day, text) for who, day, text in said(sts, "arms deal")] == \
        [("South Korea's foreign ministry", "2023-09-14",
          "a potential arms deal between Pyongyang and Moscow would violate U.N. Security Council resolutions")]
    # must not: days counted inside the words, no comma before them, stay the speaker's
    # (bbc-news/politics/157.txt)
    _, sts = excerpt(page('''
He said on Friday he hoped to be elected party leader before Christmas. "I think that is sufficient time for us to put in process what is necessary... in time for us to fight and have a significant impact upon the General Election." But a UKIP spokesman said that would be impossible under the party's constitution, which requires 70 days before any leadership ballot can take place.
'''))
    assert any(text.endswith("which requires 70 days before any leadership ballot can take place")
               for _, _, text in said(sts, "impossible under the party's constitution"))


# --- "The ministry stated its stance Thursday in response to ...": a stance named, nothing said ----------------------

def test_a_possessed_noun_then_the_frames_day_and_occasion_says_nothing():
    # https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=198843 (eval/own/docs-bh/kr/005.md): what
    # follows "stated" is its stance, the day and what it answered; no words of the ministry's
    _, sts = excerpt(page('''
The unification ministry has spurned criticism that it’s making premature moves in responding to issues related to North Korea.The ministry stated its stance Thursday in response to questions about comments made earlier by national security adviser Wi Sung-lac, who suggested that North Korea’s recent remarks disparaging South Korea were triggered by officials speaking too soon about potential inter-Korean progress.Kim Yo-jong, the powerful sister of North Korean leader Kim Jong-un, issued a statement Wednesday dismissing claims made by the South Korean government that Pyongyang was leaving room for communication over recent drone incursions into the North.
'''))
    assert said(sts, "its stance") == []
    # must not: a possessed noun with what it holds, its day closing it, is said (bbc-news/sport/243.txt)
    _, sts = excerpt(page('''
Liverpool chief executive Rick Parry insists the club will never sell Steven Gerrard amid reports Chelsea will renew their bid to lure him from Anfield.

Gerrard reiterated his desire to win trophies with the Reds after his superb Champions League winner on Wednesday.
'''))
    assert [who for who, _, _ in said(sts, "his desire to win trophies")] == ["Steven Gerrard"]


# --- "However, the president objected ..., describing it as "..."": the judgement of the clause's subject -----------

def test_describing_as_after_a_connective_is_the_subjects_judgement():
    # https://m.koreatimes.co.kr/pages/article.asp?newsIdx=374327 (eval/own/docs-bh/kr/007.md): "However," opens
    # the sentence before its subject, "the president" (Yoon); "describing it as" passes his judgement
    _, sts = excerpt(page('''
President Yoon Suk Yeol apologized to the public for his wife Kim Keon Hee's acceptance of a Christian Dior bag from a pastor in 2022, during a press conference to commemorate the second anniversary of his presidency, Thursday.

This was the first time he publicly apologized for the issue, as he had previously expressed regret rather than offering a formal apology.

However, the president objected the opposition's push to launch a special counsel probe on the issue and a separate allegation about Kim's involvement in a stock manipulation scandal, describing it as "political maneuvering to conceal the truth."
'''))
    assert [(who, text) for who, _, text in said(sts, "political maneuvering")] == \
        [("Yoon Suk Yeol", 'it as "political maneuvering to conceal the truth."')]
    # must not: "describing how ...", no judgement "as", after an unnamed speaker's frame, names no one
    # (polnear/train/text/nyt_2016-03-21_factory-workers-feel-sting-of-gl.txt)
    _, sts = excerpt(page('''
''This is strictly a business decision,'' a Carrier executive tells employees, describing how their 1,400 jobs making furnaces and heating equipment will be sent to Mexico. Workers there typically earn about $19 a day - less than what many on the assembly line here make in an hour.
''', date="2016-03-21"))
    assert said(sts, "1,400 jobs") == []


# --- "Hayashi said about the invitation on a TV program aired ... on Nov. 21": the programme dates its words --------

def test_a_broadcast_programme_the_words_were_said_on_dates_them():
    # https://www.asahi.com/ajw/articles/14486681 (eval/own/docs-bh/jp/011.md; stamped November 22, 2021): "on a TV
    # program" is where Hayashi spoke, not what he answered; its day dates his words there
    _, sts = excerpt(page('''
Foreign Minister Yoshimasa Hayashi said his Chinese counterpart, Wang Yi, asked him to visit China, a country increasingly under global scrutiny over its human rights record.

“Nothing has been decided at this point,” Hayashi said about the invitation on a TV program aired by Fuji Television Network Inc. on Nov. 21.
''', date="2021-11-22"))
    assert [(who, day) for who, day, _ in said(sts, "Nothing has been decided")] == \
        [("Yoshimasa Hayashi", "2021-11-21")]
    # must not: the day inside what was commented on is still not the comment's
    # (https://www.thesundaily.my/local/complaint-against-rtm-not-on-my-instruction-loke-updated-NA552917)
    _, sts = excerpt(page('''
KUALA LUMPUR: Transport Minister Anthony Loke Siew Fook has denied instructing his aide to issue a statement on an allegation that Radio Televisyen Malaysia (RTM) had not broadcast a report on the minister.

Commenting on the incident where a woman was attacked and robbed in a lift of the MRT Taman Mutiara station in Cheras last Thursday, Loke said the ministry would discuss with Prasarana Malaysia Bhd to identify possible improvement of safety measures at all stations.
''', date="2019-02-19"))
    assert [(w, d) for w, d, _ in said(sts, "Prasarana")] == [("Anthony Loke Siew Fook", "2019-02-19")]


# --- "had previously expressed regret rather than offering a formal apology": a bare feeling --------------------------

def test_a_feeling_named_then_what_was_not_done_instead_says_nothing():
    # https://m.koreatimes.co.kr/pages/article.asp?newsIdx=374327 (eval/own/docs-bh/kr/007.md): "regret" is all that
    # was expressed; "rather than offering a formal apology" is the reporter's contrast, no words of Yoon's
    _, sts = excerpt(page('''
President Yoon Suk Yeol apologized to the public for his wife Kim Keon Hee's acceptance of a Christian Dior bag from a pastor in 2022, during a press conference to commemorate the second anniversary of his presidency, Thursday.

This was the first time he publicly apologized for the issue, as he had previously expressed regret rather than offering a formal apology.
'''))
    assert said(sts, "regret") == []
    # must not: a feeling with what it holds is said (https://www.apdnews.com/article/7a53ed2,
    # eval/own/docs-az/cn/010.md)
    _, sts = excerpt(page('''
At a meeting with Taiwanese entrepreneurs, Xi said, "The mainland has a large population, a broad market and a wide scope of industries, so it is big enough for Taiwanese products and enterprises."

He also expressed hope that entrepreneurs would continue to contribute to economic cooperation and peaceful development of cross-Strait relations.
'''))
    assert [who for who, _, _ in said(sts, "entrepreneurs would continue")] == ["Xi"]
