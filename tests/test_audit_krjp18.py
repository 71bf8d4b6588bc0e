"""Audit round krjp18: English news reports of spokespeople and officials from Korean, Japanese and Philippine outlets
(Yonhap, KBS, Korea Herald, Jiji via nippon.com, Kyodo via BusinessGhana), read against their statements. Each test is
a real passage (URL in a comment), what an annotator marks."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


def test_trailing_frame_of_the_unification_ministry():
    # https://en.yna.co.kr/view/AEN20211112006200325 (Yonhap's weekly summary, Friday 12 November 2021): a lower-case
    # ministry named by its portfolio ("unification") after a possessive frames the words before it, as "Seoul's
    # foreign ministry said" does
    _, sts = excerpt(page('''
SEOUL, Nov. 12 (Yonhap) -- The following is a summary of inter-Korean news this week.
------------
Seoul monitoring N. Korea's move to mark 10th anniv. of Kim's leadership: ministry
SEOUL -- South Korea is monitoring the possibility of North Korea holding a major event to celebrate the 10th anniversary of leader Kim Jong-un's rise to power, Seoul's unification ministry said Friday.
Kim assumed power in December 2011, following the sudden death of his late father and former leader Kim Jong-il.
''', url="https://en.yna.co.kr/view/AEN20211112006200325"))
    assert [(w, d) for w, d, _ in said(sts, "holding a major event")] == [("Seoul's unification ministry", "2021-11-12")]
    # https://www.koreanewsgazette.com/summary-of-inter-korean-news-this-week/ ("SEOUL, June 9 (Yonhap)", no year
    # anywhere): the fronted subject too, undated
    _, sts = excerpt(page('''
SEOUL, June 9 (Yonhap) -- The following is a summary of inter-Korean news this week.

------------

(LEAD) S. Korea offers to return body of presumed N. Korean man found near western island

SEOUL -- South Korea's unification ministry said Friday it plans to send back the body of a presumed North Korean man found near a western island in May.
'''))
    assert [(w, d) for w, d, _ in said(sts, "send back the body")] == [("South Korea's unification ministry", None)]


def test_relative_named_in_a_kin_apposition_with_a_capitalised_title():
    # http://world.kbs.co.kr/service/news_view.htm?Seq_Code=158197&lang=e: "Kim" after "Kim Yo-jong, the sister of
    # North Korean leader Kim Jong-un" is she, not her brother named in her apposition
    _, sts = excerpt(page('''
Foreign Ministry Spokesperson Choi Young-sam relayed the position in a regular media briefing on Thursday a day after Kim Yo-jong, the sister of North Korean leader Kim Jong-un, issued harsh criticism of Kang for questioning Pyongyang’s claim that the nation has had zero COVID-19 cases.
Choi said Kang made the remarks while emphasizing the need for international cooperation, including with North Korea, to cope with the virus.
Kim berated Kang in a statement carried by the North's official Korean Central News Agency(KCNA), accusing the minister of being eager to further chill inter-Korean relations with her “impudent” remarks.
Kim, the first vice director of the Central Committee of the ruling Workers' Party, also said she will never forget Kang's words and she might have to pay dearly for them.
'''))
    assert [w for w, _, _ in said(sts, "further chill inter-Korean")] == ["Kim Yo-jong"]
    assert [w for w, _, _ in said(sts, "never forget Kang's words")] == ["Kim Yo-jong"]
    assert [w for w, _, _ in said(sts, "Kang made the remarks")] == ["Choi Young-sam"]


def test_family_name_first_named_in_full_only_later():
    # https://news.kbs.co.kr/news/pc/view/view.do?ncd=8100940 (KBS News 9, 2024-11-08): "President Yoon" speaks before
    # the report names him in full as "[President Yoon Suk Yeol: ...]", the family name first
    _, sts = excerpt(page('''
[Anchor]

President Yoon mentioned the issue of communication methods, such as the use of personal phones, as one of the backgrounds for the various allegations and controversies that have arisen, and stated that he would make changes.

He was firm regarding the special investigation into First Lady Kim Keon-hee.

He stated that it is unconstitutional and cannot be accepted.

[Report]

[President Yoon Suk Yeol: "It should have been completely changed according to the protocols of previous presidents, but because I didn't do it myself, if we go to the root cause of these issues, it lies with me..."]
''', date="2024-11-08"))
    for marker in ("the issue of communication methods", "he would make changes", "it is unconstitutional"):
        assert [w for w, _, _ in said(sts, marker)] == ["Yoon Suk Yeol"], marker
    # http://www.koreaherald.com/view.php?ud=20180430000800: "Kang told reporters" before the caption's "South Korean
    # Foreign Minister Kang Kyung-hwa"; and "she answered" is Kang's, not Kim Yo-jong's, whom the question names
    _, sts = excerpt(page('''
When President Moon Jae-in introduced Kang to Kim as the country’s first female foreign minister at Panmunjeom, Kim said he had seen her on television many times, Kang told reporters on Monday.
|South Korean Foreign Minister Kang Kyung-hwa shakes hands with North Korean leader Kim Jong-un on Friday. (Yonhap)
TV footage confirms that Moon was seen carefully introducing Kang to Kim.
When asked if she had exchanged words with the North Korean leader’s younger sister Kim Yo-jong, she answered that she did exchange a few words with her when officials were walking around to meet one another.
Asked about the imminent talk with US Secretary of State Mike Pompeo, Kang said she is currently ”coordinating“ her visit to the US.
''', url="http://www.koreaherald.com/view.php?ud=20180430000800"))
    for marker in ("introduced Kang to Kim", "exchange a few words", "coordinating"):
        assert [w for w, _, _ in said(sts, marker)] == ["Kang Kyung-hwa"], marker
    # ... but a lone company name is no family name of a product's or unit's later full name (bbc-news/tech/084:
    # "Nintendo" before "Nintendo DS")
    _, sts = excerpt(page('''
Nintendo said 15 games would be available in the UK at launch, with prices ranging from £19 to £29.

The Nintendo DS goes on sale in Europe on 11 March.
'''))
    assert [w for w, _, _ in said(sts, "15 games would be available")] == ["Nintendo"]


def test_weekday_after_a_name_is_no_part_of_it():
    # https://businessghana.com/site/news/General/99370/Japan-lodges-strong-protest-with-China-over-disputed-islands
    # (Kyodo): "summoned Chinese Ambassador to Japan Cheng Yonghua Tuesday morning" introduces Cheng Yonghua, whom
    # "Cheng asserted" and "the ambassador told Saiki" name (not Prime Minister Shinzo Abe)
    _, sts = excerpt(page('''
Japan on Tuesday lodged a protest with China after Chinese government vessels stayed for more than half a day within what Tokyo claims as its territorial waters around a group of disputed islets in the East China Sea.
The government summoned Chinese Ambassador to Japan Cheng Yonghua Tuesday morning for the first time under Prime Minister Shinzo Abe's administration, demanding such an incident never happen again, the Foreign Ministry said in a statement.
Deputy Foreign Minister Akitaka Saiki "lodged a strong protest" with the ambassador after the four Chinese vessels passed near the Japan-administered Senkaku Islands on Monday, the ministry said.
The islands are claimed by China and Taiwan, where they are known as the Diaoyu and the Tiaoyutai, respectively.
Cheng asserted China's claims to the islands and declined to accept the Japanese demand, but the ambassador told Saiki that he would convey the message to Beijing, the ministry said.
'''))
    assert [w for w, _, t in said(sts, "he would convey the message") if t.startswith("he would")] == ["Cheng Yonghua"]
    assert [w for w, _, t in said(sts, "China's claims to the islands") if t.startswith("China's")] == ["Cheng Yonghua"]


def test_jiji_item_number_on_nippon_com_dates_the_page():
    # https://www.nippon.com/en/news/yjj2024072100289/chief-cabinet-sec-says-to-support-kishida-administration.html:
    # "Ube, Yamaguchi Pref., July 21 (Jiji Press)--... said Sunday": the item number carries the day (2024-07-21)
    doc, sts = excerpt(page('''
Ube, Yamaguchi Pref., July 21 (Jiji Press)--Japanese Chief Cabinet Secretary Yoshimasa Hayashi said Sunday he wants to firmly support the administration of Prime Minister Fumio Kishida, who seeks to be re-elected in the ruling Liberal Democratic Party's presidential election expected to be held in September.
''', url="https://www.nippon.com/en/news/yjj2024072100289/chief-cabinet-sec-says-to-support-kishida-administration.html"))
    assert doc.published[:10] == "2024-07-21"
    assert [(w, d) for w, d, _ in said(sts, "firmly support the administration")] == [("Yoshimasa Hayashi", "2024-07-21")]


def test_said_this_following_an_occasion_is_no_statement():
    # https://mb.com.ph/2022/10/06/marcos-next-press-secretary-to-be-announced-next-week-should-be-a-friend-of-the-media
    # "Marcos said this following the resignation of ...": "this" points back at the words before; what follows says
    # when, no words of his
    _, sts = excerpt(page('''
President Ferdinand "Bongbong" Marcos Jr. said that his next press secretary should be a friend of the media and someone who knows messaging well to get important information across.

Marcos said this following the resignation of lawyer Trixie Cruz-Angeles from the said post early this week due to health issues.

"We are down to a shortlist of three. So, we're trimming it down," he said.
''', date="2022-10-06"))
    assert said(sts, "following the resignation") == []
    assert [w for w, _, _ in said(sts, "shortlist of three")] == ["Ferdinand Bongbong Marcos Jr."]


def test_capital_place_and_country_dateline_is_no_part_of_the_words():
    # https://philstar.com/headlines/2013/07/25/1012001/dfa-chinese-coast-guard-raises-tension-disputed-sea/amp:
    # "MANILA, Philippines - The recent presence ..., the Department of Foreign Affairs (DFA) said Thursday."
    _, sts = excerpt(page('''
MANILA, Philippines - The recent presence of armed coast guard vessels of China in the West Philippine Sea contributes to the tension in the disputed area, the Department of Foreign Affairs (DFA) said Thursday.
DFA spokesperson Raul Hernandez deplored China's move to boost its surveillance operations around the disputed territory.
''', url="https://philstar.com/headlines/2013/07/25/1012001/dfa-chinese-coast-guard-raises-tension-disputed-sea/amp"))
    (st,) = [st for st in sts if "recent presence" in st.text]
    assert st.text.startswith("The recent presence of armed coast guard vessels"), st.text
    assert (st.speaker.name, st.said_on) == ("Department of Foreign Affairs", "2013-07-25")


def test_kin_description_as_subject_is_the_relative_not_the_one_named():
    # http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=168730 (2022-04-04): "one day after the sister of
    # regime leader Kim Jong-un slammed Seoul ...": she, named further on (Kim Yo-jong), not her brother
    _, sts = excerpt(page('''
South Korea's ministry in charge of inter-Korean affairs has called on Pyongyang to refrain from tension-raising acts, one day after the sister of regime leader Kim Jong-un slammed Seoul for referring to its preemptive strike capabilities.

Unification ministry spokesperson Lee Jong-joo on Monday strongly urged North Korea to choose the path of dialogue and cooperation, rather than tension and confrontation.

In a statement on Sunday, Kim Yo-jong warned that Seoul may face a "serious threat" for such a "senseless" remark made by defense minister Suh Wook regarding the country's preemptive strike capabilities.
''', date="2022-04-04"))
    assert [w for w, _, _ in said(sts, "referring to its preemptive strike")] == ["Kim Yo-jong"]
    # bbc-news/entertainment/043: "Attallah Shabazz, the daughter of activist Malcolm X, recalled ...": the person the
    # kin description stands in apposition to
    _, sts = excerpt(page('''
He frequently collaborated with director Spike Lee, starring in seven Lee films including Jungle Fever, Do The Right Thing and Malcolm X. Attallah Shabazz, the daughter of activist Malcolm X, recalled the famous eulogy delivered by Davis at her father's funeral.
'''))
    assert [w for w, _, _ in said(sts, "the famous eulogy")] == ["Attallah Shabazz"]
