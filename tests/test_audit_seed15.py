"""Audit round seed15: English news reports of what Asian foreign ministries, spokespeople and ministers said (VOV,
VietnamPlus, Xinhua, CGTN, China Daily, Yonhap, KBS, Korea Herald, Kyodo, Yomiuri, Inquirer, Manila Bulletin, Bangkok
Post, Antara, reprints of them), saved as the search tool gave them: one paragraph a line, navigation and all. Each
test reads a real passage (its page's URL in a comment) as the pipeline does and asserts what an annotator marks."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- pages saved one paragraph a line ------------------------------------------------------------------------------

def test_each_line_of_an_unwrapped_page_is_a_paragraph():
    # https://test.daily8.com/en/article/202118d136443c190a109c21eb1ba19c: the headline line ran into the lead
    # ("Foreign ministry slams Hun Manet comments Ministry spokesman Nikorndej Balankura said on Wednesday ..." as the
    # foreign ministry's words)
    _, sts = excerpt(page('''
Foreign ministry slams Hun Manet comments
Ministry spokesman Nikorndej Balankura said on Wednesday Cambodia's actions constitute interference in Thailand's internal affairs and seriously violate the Association of Southeast Asian Nations (Asean) Charter, the United Nations Charter, and international law.
Mr Nikorndej's comments came during a press conference when he was asked about comments published in the media by Cambodian Prime Minister Hun Manet where he hinted at expecting a change in the Thai leadership.
'''))
    assert [(w, st) for w, _, st in said(sts, "interference")] == [
        ("Nikorndej Balankura", "Cambodia's actions constitute interference in Thailand's internal affairs and seriously "
         "violate the Association of Southeast Asian Nations (Asean) Charter, the United Nations Charter, and "
         "international law")]
    assert not said(sts, "slams")


def test_a_headline_line_is_no_part_of_the_lead():
    # https://indiatoday.in/world/story/vietnam-demands-chinese-ship-leave-its-exclusive-economic-zone-2384541-2023-05-26
    _, sts = excerpt(page('''
Vietnam demands Chinese ship leave its exclusive economic zone
Vietnam demanded that China immediately remove the survey ship Xiang Yang Hong 10, Chinese coast guard ships and fishing vessels out of Vietnam's waters in a government statement.

Vietnam on Thursday accused a Chinese survey vessel and its escorts of violating its sovereignty, and demanded that Beijing remove the ships from its waters.
''', date="2023-05-26"))
    assert [st for _, _, st in said(sts, "Xiang Yang Hong 10")] == [
        "China immediately remove the survey ship Xiang Yang Hong 10, Chinese coast guard ships and fishing vessels out "
        "of Vietnam's waters in a government statement"]


def test_hard_wrapped_markdown_keeps_its_paragraphs():
    # data/whitehouse-briefing-room/briefings-statements/2025-05/2025-05-20-first-lady-melania-trump-welcomes-children-
    # to-the-white-house-for-take-our-daughters-and-sons-to-work-day.md: wrapped at 72 columns, an image's HTML on long
    # lines below it; the quotation is one paragraph's
    _, sts = excerpt(page('''
“It is always special to see children’s creativity and spirit on
display, especially here at the White House where so many hardworking
men and women support the success of our Nation every day,” said First
Lady Melania Trump.

<figure>
<img
sizes="(max-width: 3000px) 100vw, 3000px"
alt="First Lady Melania Trump greets parents and children participating in Take Our Daughters and Sons to Work Day on the South Lawn of the White House. (Official White House Photo by Andrea Hanks)" />
</figure>
'''))
    assert [(w, st) for w, _, st in said(sts, "children’s creativity")] == [
        ("Melania Trump", "It is always special to see children’s creativity and spirit on display, especially here at "
         "the White House where so many hardworking men and women support the success of our Nation every day")]


def test_also_read_line_is_a_link_not_a_statement():
    # https://indiatoday.in/world/story/vietnam-demands-chinese-ship-leave-its-exclusive-economic-zone-2384541-2023-05-26:
    # "ALSO READ | Frosty relations with China ... , says Biden" is another story's headline; the line after it is
    # China's words
    _, sts = excerpt(page('''
Last week Vietnam criticised recent conduct by a Chinese research ship in the same area of the Southeast Asian country's Exclusive Economic Zone (EEZ).
ALSO READ | Frosty relations with China over 'silly balloon' will thaw out 'very shortly', says Biden
China has said that scientific research is a normal activity in areas under Chinese jurisdiction.
''', date="2023-05-26"))
    assert not said(sts, "Frosty")
    assert [(w, st) for w, _, st in said(sts, "scientific research")] == [
        ("China", "scientific research is a normal activity in areas under Chinese jurisdiction")]


# --- spans -----------------------------------------------------------------------------------------------------------

def test_the_sentences_own_frame_ends_a_bodys_words():
    # https://www.koreanewsgazette.com/s-korea-expresses-regret-over-distorted-reports-on-yoon-kishida-summit/
    _, sts = excerpt(page('''
South Korea has expressed regret to Japan over a series of “distorted” reports on last week’s summit between President Yoon Suk Yeol and Prime Minister Fumio Kishida and asked that such reports not be repeated, a presidential official said Monday.
'''))
    assert [st for _, _, st in said(sts, "such reports")] == ["such reports not be repeated"]
    # http://www.zhongyishudian.com/english/2020-01/07/c_138683110.htm (Xinhua)
    _, sts = excerpt(page('''
BEIJING, Jan. 6 (Xinhua) -- China urged the United States not to abuse force and called on relevant parties to exercise restraint to prevent a spiral escalation in the Middle East and the Gulf region, a Foreign Ministry spokesperson said Monday.
''', date="2020-01-07"))
    assert not [st for st in sts if "spokesperson said" in st.text]


def test_told_a_news_briefing_when_asked_is_the_frame():
    # http://www.bazhesc.com/news/2022-12-14/detail-ihchtzzp6212591.shtml (Xinhua): the spokesperson's words are the
    # sentence before his frame; "a regular news briefing when asked ..." is where and why, not what
    _, sts = excerpt(page('''
China said both sides should take the implementation of the important consensus reached by the two heads of state in Bali, Indonesia as the main guideline for stabilizing and developing bilateral relations in the next stage, spokesperson Wang Wenbin told a regular news briefing when asked for more information about the talks.
''', date="2022-12-14"))
    assert ("Wang Wenbin", "China said both sides should take the implementation of the important consensus reached by "
            "the two heads of state in Bali, Indonesia as the main guideline for stabilizing and developing bilateral "
            "relations in the next stage") in [(w, st) for w, _, st in said(sts, "both sides")]
    assert not said(sts, "briefing when asked")


# --- speakers --------------------------------------------------------------------------------------------------------

def test_spokesman_who_made_the_remarks_is_the_leads_spokesperson():
    # http://www.zhongyishudian.com/english/2020-01/07/c_138683110.htm (Xinhua): "a Foreign Ministry spokesperson said
    # Monday. ¶ Spokesman Geng Shuang made the remarks ..." (spokesman and spokesperson: one office)
    _, sts = excerpt(page('''
BEIJING, Jan. 6 (Xinhua) -- China urged the United States not to abuse force and called on relevant parties to exercise restraint to prevent a spiral escalation in the Middle East and the Gulf region, a Foreign Ministry spokesperson said Monday.

Spokesman Geng Shuang made the remarks at a daily news briefing when asked for comments about the current situation in the region as tensions in U.S.-Iran relations are escalating.
''', date="2020-01-07"))
    assert [(w, d) for w, d, _ in said(sts, "China urged the United States")] == [("Geng Shuang", "2020-01-06")]


def test_he_is_not_the_spokeswoman():
    # https://www.bangkokpost.com/thailand/general/1830659/foreign-ministry-denies-us-tip-off: "He suggested ..." is
    # the foreign minister's, not the spokeswoman's (her title tells her gender); and her own words after it are hers
    _, sts = excerpt(page('''
Ministry spokeswoman Busadee Santipitaks was commenting on remarks by Foreign Minister Don Pramudwinai before reporters at Government House. He suggested the US had told Thailand about the attack on Thursday, a day before it happened, explaining that normally such an advisory would go through Asean, which Thailand chaired until recently.

But Ms Busadee later denied its authenticity. "The FM was misinformed," she said, saying she had rechecked with the minister and found it was not true.
'''))
    assert [w for w, _, _ in said(sts, "the US had told Thailand")] == ["Don Pramudwinai"]
    assert [w for w, _, _ in said(sts, "such an advisory")] == ["Don Pramudwinai"]
    assert [w for w, _, _ in said(sts, "The FM was misinformed")] == ["Busadee Santipitaks"]
    assert not said(sts, "authenticity")


def test_a_possessed_noun_alone_is_no_statement():
    # http://world.kbs.co.kr/service/news_view.htm?Seq_Code=149624&lang=e
    _, sts = excerpt(page('''
Motegi, however, noted the two countries’ agreement to launch discussions over Japan’s export curbs and stressed their importance.
'''))
    assert not said(sts, "their importance")
    # https://mb.com.ph/2025/2/27/castro-critics-want-me-out
    _, sts = excerpt(page('''
Castro proceeded to explain her side of the story. She said she had been representing a man who was in a legal dispute with his wife back in 2015.
'''))
    assert not said(sts, "side of the story")
    assert [w for w, _, _ in said(sts, "representing a man")] == ["Castro"]


def test_vov_image_alt_is_no_statement():
    # http://vovworld.vn/en-US/news/vietnam-protests-and-asks-china-to-stop-its-upgrade-activities-in-truong-sa-315762.vov:
    # the headline again, "- ảnh 1" and the picture's caption (not Vietnam's words "China to stop its upgrade ...")
    _, sts = excerpt(page('''
Vietnam protests and asks China to stop its upgrade activities in Truong Sa - ảnh 1
Deputy spokeswoman for the Vietnamese Foreign Ministry Pham Thu Hang

During a regular press briefing in Hanoi on Tuesday, Pham Thu Hang responded to reporters’ question regarding China’s construction and upgrade activities on Vietnam’s Truong Sa archipelago, enabling the operation of military base and airport.
'''))
    assert not said(sts, "upgrade activities in Truong Sa")


# --- a country's words through its spokesperson ----------------------------------------------------------------------

def test_countrys_demand_going_on_in_the_spokespersons_paragraph_is_hers():
    # http://vovworld.vn/en-US/news/vietnam-protests-and-asks-china-to-stop-its-upgrade-activities-in-truong-sa-315762.vov
    # (as own set A's docs/vn/070: "Vietnam absolutely opposes and requests Taiwan ..." is the spokeswoman's, whole)
    _, sts = excerpt(page('''
During a regular press briefing in Hanoi on Tuesday, Pham Thu Hang responded to reporters’ question regarding China’s construction and upgrade activities on Vietnam’s Truong Sa archipelago, enabling the operation of military base and airport.
She reiterated Vietnam’s clear and consistent view that Vietnam has sufficient legal grounds and historical evidence confirming its sovereignty over Hoang Sa (Paracel) and Truong Sa (Spratly) archipelagos. China’s construction work to expand the reefs and change the original status in Truong Sa seriously violates both Vietnam’s national sovereignty and the Declaration on Conducts of Parties in the East Sea signed between China and the ASEAN. Vietnam protests and demands China to stop the wrongful acts.
'''))
    assert [(w, st) for w, _, st in said(sts, "wrongful acts")] == [
        ("Phạm Thu Hằng", "Vietnam protests and demands China to stop the wrongful acts")]


def test_countrys_demand_inside_the_spokespersons_words_is_hers_too():
    # https://en.qdnd.vn/vietnam-s-seas-and-islands/vietnam-deeply-concerned-about-china-s-upcoming-military-drill-484315
    _, sts = excerpt(page('''
Vietnam is deeply concerned about China’s announcement of holding a military drill in the waters off the mouth of the Gulf of Tonkin, the Foreign Ministry’s spokesperson, Le Thi Thu Hang, said on August 31.

Vietnam asks China to end and to not repeat actions that complicate the situation in the East Sea, she said.
''', date="2017-08-31"))
    assert ("Lê Thị Thu Hằng", "Vietnam asks China to end and to not repeat actions that complicate the situation in "
            "the East Sea") in [(w, st) for w, _, st in said(sts, "to not repeat")]


def test_he_after_a_bodys_words_inside_the_spokespersons_is_the_spokesperson():
    # http://www.bazhesc.com/news/2022-12-14/detail-ihchtzzp6212591.shtml (Xinhua): "China called on both sides ...,
    # Wang said. ¶ China called for a rejection ..., he said." is Wang's, not the vice minister's named above
    _, sts = excerpt(page('''
Chinese Vice Foreign Minister Xie Feng held talks with U.S. Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink, and Laura Rosenberger, senior director for China affairs of the White House National Security Council, in the city of Langfang near Beijing from Dec. 11 to 12.

China said both sides should take the implementation of the important consensus reached by the two heads of state in Bali, Indonesia as the main guideline for stabilizing and developing bilateral relations in the next stage, spokesperson Wang Wenbin told a regular news briefing when asked for more information about the talks.

China called on both sides to strengthen communication, carry out mutually beneficial cooperation, and properly manage differences to put bilateral relations back on track, Wang said.

China called for a rejection of the zero-sum Cold War mentality, opposition to ideological and bloc confrontation, an end to decoupling, severing supply chains, and technological suppression, he said.
''', date="2022-12-14"))
    assert [w for w, _, _ in said(sts, "zero-sum Cold War")] == ["Wang Wenbin", "China"]   # (China's framed inside)
    assert "Xie Feng" not in [w for w, _, _ in said(sts, "")]


def test_the_official_after_an_unnamed_official_framed_the_lead_is_no_one_named():
    # https://www.koreanewsgazette.com/s-korea-expresses-regret-over-distorted-reports-on-yoon-kishida-summit/ (Yonhap):
    # "a presidential official said Monday" frames the lead and is never named; "the official said ..." is that one,
    # not Japan nor Prime Minister Kishida named before
    _, sts = excerpt(page('''
South Korea has expressed regret to Japan over a series of “distorted” reports on last week’s summit between President Yoon Suk Yeol and Prime Minister Fumio Kishida and asked that such reports not be repeated, a presidential official said Monday.
Japan’s Sankei Shimbun reported the same day that Kishida asked Yoon to faithfully implement a 2015 agreement on the issue of Korean women forced into sexual slavery for Japanese troops during World War II, as well as the lifting of restrictions on imports of seafood from Fukushima.
Other Japanese news outlets carried similar reports last week, saying the issues of the “comfort women” and South Korea’s easternmost islets of Dokdo, which Japan has repeatedly laid claim to, were raised during the summit.
“With regard to the completely groundless or distorted reports coming out of Japan after the summit, I understand that our diplomatic authorities have expressed regret and asked for a prevention of a recurrence,” the presidential official told reporters.
On whether the import restrictions were discussed, the official said he cannot disclose the details of the summit discussions.
On the issues of the comfort women and Dokdo, the official repeated Seoul’s previous statement that neither topic was discussed during the summit.
'''))
    assert not said(sts, "cannot disclose")
    assert not said(sts, "neither topic")


def test_adverb_before_that_is_the_frames():
    # same page: "He noted, however, that the subject was brought up by Japanese lawmakers ..."
    _, sts = excerpt(page('''
Foreign Minister Park Jin met reporters on Monday. He noted, however, that the subject was brought up by Japanese lawmakers during a separate meeting they had with Yoon.
'''))
    assert [st for _, _, st in said(sts, "brought up")] == [
        "the subject was brought up by Japanese lawmakers during a separate meeting they had with Yoon"]


def test_verb_of_an_object_relative_clause_frames_nothing_after_it():
    # https://koreaherald.com/view.php?ud=20140630001040: "... the Asia Infrastructure Investment Bank, which he
    # proposed last year with an aim at helping Asian countries build infrastructure." (the bank was proposed)
    _, sts = excerpt(page('''
Chinese President Xi Jinping is scheduled to make a two-day visit to Seoul later this week to meet South Korean President Park Geun-hye.
Some media have reported that Xi may bring up the issue of requesting Seoul join the Asia Infrastructure Investment Bank, which he proposed last year with an aim at helping Asian countries build infrastructure.
'''))
    assert not said(sts, "with an aim at")


def test_related_stories_closing_a_markdown_page_are_links():
    # http://en.people.cn/n3/2023/0112/c90000-10194804.html: the other stories' headlines under "Related Stories"
    # ("China urges U.S. to share XBB.1.5 data", "Chinese FM stresses importance of ...") are no statements; the
    # copyright lines after them are the site's footer
    _, sts = excerpt(page('''
BEIJING, Jan. 11 (Xinhua) -- China urges the United States to view China and China-U.S. relations objectively and rationally, a Chinese Foreign Ministry spokesperson said Wednesday.
Spokesperson Wang Wenbin made the remarks at a daily news briefing when asked to comment on the U.S. House of Representatives' setting up a committee targeting China.
(Web editor: Cai Hairuo, Liang Jun)
Photos
Related Stories
- China urges U.S. to share XBB.1.5 data
- Chinese diplomat in New York refutes irresponsible COVID reports on China
- Chinese FM stresses importance of stable China-U.S. relationship in signed article in Washington Post
- New FM vows further support for Sino-US ties
About People's Daily Online | Join Us | Contact Us
Copyright © 2023 People's Daily Online. All Rights Reserved.
Copyright © 2023 People's Daily Online. All Rights Reserved.
''', date="2023-01-12"))
    assert not said(sts, "XBB.1.5") and not said(sts, "stable China-U.S. relationship")
    assert [w for w, _, _ in said(sts, "objectively and rationally")][:1] == ["Wang Wenbin"]


def test_the_deputy_spokeswoman_after_her_countrys_words_is_she():
    # http://vovworld.vn/en-US/news/vietnam-protests-and-asks-china-to-stop-its-upgrade-activities-in-truong-sa-315762.vov:
    # "Vietnam protests and demands ..." going on in her paragraph left Vietnam the last speaker, and "the deputy
    # spokeswoman said as a member of the United Nations Security Council ..., China is expected to ..." no one's
    _, sts = excerpt(page('''
During a regular press briefing in Hanoi on Tuesday, Pham Thu Hang responded to reporters’ question regarding China’s construction and upgrade activities on Vietnam’s Truong Sa archipelago, enabling the operation of military base and airport.
She reiterated Vietnam’s clear and consistent view that Vietnam has sufficient legal grounds and historical evidence confirming its sovereignty over Hoang Sa (Paracel) and Truong Sa (Spratly) archipelagos. China’s construction work to expand the reefs and change the original status in Truong Sa seriously violates both Vietnam’s national sovereignty and the Declaration on Conducts of Parties in the East Sea signed between China and the ASEAN. Vietnam protests and demands China to stop the wrongful acts.

Regarding China’s defense budget increase this year, the deputy spokeswoman said as a member of the United Nations Security Council and an important regional country, China is expected to contribute responsibly to maintaining peace, stability, cooperation and development in the region and the world.
'''))
    assert [w for w, _, _ in said(sts, "China is expected to contribute")] == ["Phạm Thu Hằng"]


def test_dated_question_label_makes_the_spokespersons_label_an_answer():
    # http://lb7.chinadailyhk.com/article/594069: China Daily's digest of the week's briefings, "Q-Sept 23: ..." then
    # "Foreign Ministry Spokesperson Lin Jian: ..." (his answer was found nowhere)
    _, sts = excerpt(page('''
Published: 15:57, September 27, 2024
FM spokesperson on global relations
By China Daily

Editor’s note: Here are excerpts of media queries and the response of Foreign Ministry Spokesperson Lin Jian at regular press conferences in Beijing during Sept 23-25.

Q-Sept 23: At the Quad summit in the US over the weekend, US President Biden made some remarks on China. He said that China continues to act aggressively and is testing the US and its allies in the Indo-Pacific region. What’s the Foreign Ministry’s comment?

Foreign Ministry Spokesperson Lin Jian: Quad is identified as the premier regional grouping that plays a leading role in the US’ Indo-Pacific strategy. It is a tool the US uses to contain China and perpetuate US hegemony.

China believes that cooperation between countries should not target any third party or even harm their interests.
'''))
    hits = said(sts, "Quad is identified")
    assert [w for w, _, _ in hits] == ["Lin Jian"]
    assert "should not target any third party" in hits[0][2]


def test_sentence_holding_a_frame_and_its_participle_is_no_statement_of_the_frame_after_it():
    # http://www.zhongyishudian.com/english/2020-01/07/c_138683110.htm (Xinhua): "he said" and "adding" frame two
    # statements; the sentence up to "Geng said" is not a third
    _, sts = excerpt(page('''
Spokesman Geng Shuang made the remarks at a daily news briefing when asked for comments about the current situation in the region.

Power politics is always resented and short-lived, he said, adding the U.S. military adventurism goes against basic norms governing international relations and aggravates tensions and turbulence in the region, Geng said.
''', date="2020-01-07"))
    assert sorted(st for _, _, st in said(sts, "")) == [
        "Power politics is always resented and short-lived",
        "the U.S. military adventurism goes against basic norms governing international relations and aggravates "
        "tensions and turbulence in the region"]


def test_minister_of_the_lead_named_by_the_inverted_frame_after_the_next_quotation():
    # https://en.antaranews.com/news/78975/hitch-in-flight-clearance-procedure-caused-png-jets-interception-minister:
    # "..., a minister said. ¶ "There was a technical problem ...," said Foreign Affairs Minister Marty Natalegawa in
    # a press release received here on Friday." (the lead's words were no one's)
    _, sts = excerpt(page('''
Jakarta (ANTARA News) - A hitch in the observance of flight clearance procedure led the Indonesian Air Force to intercepting a jet carrying Papua New Guinea`s deputy prime minister last November 2011, a minister said.

"There was a technical problem in the observance of the procedure to clear the flight of the jet," said Foreign Affairs Minister Marty Natalegawa in a press release received here on Friday.
'''))
    assert [w for w, _, _ in said(sts, "A hitch in the observance")] == ["Marty Natalegawa"]


def test_the_spokesman_the_text_opened_with_unnamed_is_not_the_minister_named_since():
    # https://www.nationthailand.com/news/general/40058136: "The Foreign Ministry spokesman also revealed ... Sihasak
    # reaffirmed ... The spokesman also confirmed that ..." (the spokesman is no one the page names before; not
    # Sihasak, the minister)
    _, sts = excerpt(page('''
The Foreign Ministry spokesman also revealed questions raised by diplomats regarding Thailand’s position following the NSC’s decision on November 11. Sihasak reaffirmed that Thailand reserves the right to take necessary action to protect the sovereignty and territorial integrity of the country and will proceed in line with the situation on the ground.

The spokesman also confirmed that the suspension of the JD will not affect operations to suppress scam networks in Cambodia.
''', date="2025-11-12"))
    assert [w for w, _, _ in said(sts, "reserves the right")] == ["Sihasak"]
    assert "Sihasak" not in [w for w, _, _ in said(sts, "scam networks")]


def test_the_spokesman_named_before_is_still_the_named_one():
    # the same rule leaves a named spokesperson his "the spokesman said" (Xinhua, 2020-01-07)
    _, sts = excerpt(page('''
BEIJING, Jan. 6 (Xinhua) -- Foreign Ministry spokesman Geng Shuang said Monday that China urged the United States not to abuse force.

The spokesman said efforts should be made to resume dialogue and consultation as soon as possible.
''', date="2020-01-07"))
    assert [w for w, _, _ in said(sts, "resume dialogue")] == ["Geng Shuang"]


def test_caption_and_headline_lines_are_two_paragraphs():
    # https://www.scmp.com/news/asia/southeast-asia/article/3020124/vietnam-renews-demand-immediate-withdrawal-chinese-ship:
    # two short lines (a caption, a headline) are no one paragraph ("Photo: Reuters Vietnam renews ..." made a
    # speaker "Reuters Vietnam" of the later headline "Vietnam calls for Chinese vessels to leave ...")
    doc, sts = excerpt(page('''
Vietnamese foreign ministry spokeswoman Le Thi Thu Hang. Photo: Reuters
Vietnam renews demand for ‘immediate withdrawal’ of Chinese ship in disputed South China Sea
- ‘Vietnam resolutely and persistently protects our sovereign rights … by peaceful means on the basis of international laws,’ a foreign ministry spokesperson said
Topic | South China Sea
Chinese survey ship Haiyang Dizhi 8 and its escorts entered the area on July 3 to carry out seismic research. Photo: China Geological Survey
Vietnam calls for Chinese vessels to leave Vanguard Bank in South China Sea
'''))
    assert "Reuters Vietnam" not in doc.body
    assert "Reuters Vietnam" not in [w for w, _, _ in said(sts, "")]
