"""Audit round seed17: English news reports of what spokespeople and officials said, from Vietnamese, Chinese,
Korean, Japanese and Philippine outlets and US ones reporting such spokespeople. Each test reads a real passage (its
page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- words after "said" that only tell how it was said: the quotation is the statement -----------------------------

def test_language_after_said_leaves_the_quotation_its_statement():
    # https://www.inquirer.net/?p=452573
    _, sts = excerpt(page('''
PCG spokesperson for the WPS Commodore Jay Tarriela made the pronouncement in a discussion following the free screening of the “Food Delivery: Fresh from the West Philippine Sea” documentary in the House of Representatives on Wednesday.

“If there is one thing the Congress can provide the Philippine Coast Guard, that would be more vessels to make sure that the coast guard is there to ensure that Filipino fisherfolk will not be harassed,” Tarriela said partly in Filipino.
'''))
    assert [(w, st.kind) for w, _, _ in said(sts, "more vessels") for st in sts if "more vessels" in st.text] == \
        [("Jay Tarriela", "direct")]
    assert said(sts, "partly") == []


def test_participle_of_reference_after_said_leaves_the_quotation():
    # https://plenglish.com/news/2024/07/19/china-rejects-content-of-japans-defense-white-paper
    _, sts = excerpt(page('''
Defense Ministry Spokesman Zhang Xiaogang condemned the content of the Japanese document related to tensions in the Taiwan Strait and the China-Russia joint maritime patrol.

“The defense white paper is filled with cliches, misleading the international community and providing pretexts for its military buildup,” he said referring to the text.
''', "2024-07-19"))
    assert [w for w, _, _ in said(sts, "filled with cliches")] == ["Zhang Xiaogang"]
    assert said(sts, "referring") == []


# --- a file photo's caption tells an earlier occasion, not the day of what the report quotes ------------------------

def test_file_photo_caption_dates_no_statement():
    # https://www.inquirer.net/?p=452573
    _, sts = excerpt(page('''
Tarriela to Congress: More PCG patrol vessels needed for West PH Sea

Philippine Coast Guard spokesperson for the West Philippine Sea Commodore Jay Tarriela holds a press briefing on Tuesday, May 6, 2025, in Manila. — File photo by Noy Morcoso/INQUIRER.net

MANILA, Philippines — Congress could help the Philippine Coast Guard (PCG) ensure the safety of Filipino fisherfolk in the West Philippine Sea (WPS) by helping the agency acquire more 97-meter multirole response vessels.

PCG spokesperson for the WPS Commodore Jay Tarriela made the pronouncement in a discussion following the free screening of the “Food Delivery: Fresh from the West Philippine Sea” documentary in the House of Representatives on Wednesday.

According to the PCG official, they received many testimonies from fishermen from Zambales, Pangasinan, Mindoro, and Palawan, saying that the Chinese Coast Guard “hesitates” to harass and bully them when Philippine authorities are present where they fish.

Tarriela revealed that the PCG only has two multirole response vessels as big as BRP Teresa Magbanua, manufactured by Japan, and the other one is BRP Melchora Aquino (MRRV-9702).
'''))
    found = said(sts, "testimonies") + said(sts, "two multirole")
    assert [w for w, _, _ in found] == ["Jay Tarriela", "Jay Tarriela"]
    assert [d for _, d, _ in found] == [None, None]


# --- a stored copy's date stamp run into the first sentence; Xinhua's story-end mark and address day -----------------

def test_stored_date_stamp_is_no_part_of_the_first_statement():
    # https://vietnamnews.vn/politics-laws/1625757/61-vietnamese-citizens-identified-in-myanmar-s-bust-of-scam-casinos-foreign-ministry.html
    _, sts = excerpt(page('''
date 2023-10-26 HÀ NỘI — 61 Vietnamese citizens have been identified so far among the nearly 200 foreign nationals rescued by Myanmar authorities from scam casino operations, spokeswoman for the Ministry of Foreign Affairs Phạm Thu Hằng said on Thursday.

Responding to the press queries, Hằng said in recent days, the Vietnamese Embassy in Myanmar and the Consular Department of the Ministry of Foreign Affairs have received information from the authorities in Myanmar about the nearly 200 foreign citizens.
''', "2023-10-26"))
    (lead,) = said(sts, "61 Vietnamese citizens")
    assert lead[0] == "Phạm Thu Hằng" and lead[1] == "2023-10-26"
    assert "2023-10-26" not in lead[2]


def test_stored_date_stamp_with_a_short_rest_is_still_the_header_line():
    # (the KBS form kept: " date 2024-09-13 Photo : YONHAP News" dates the page; test_dates9)
    from pressarchive.clean import split_stored_stamp
    assert split_stored_stamp(" date 2024-09-13 Photo : YONHAP News\n\nText") == " date 2024-09-13 Photo : YONHAP News\n\nText"
    assert split_stored_stamp("date 2025-01-24 China's Foreign Ministry spokesperson Mao Ning hopes that the Philippines "
                              "will stop it.").startswith("date 2025-01-24\n\nChina's")


def test_xinhua_address_day_and_story_end_mark():
    # https://english.news.cn/20230412/993b07ae587b4b388ac964b58bf3c0b2/c.html (no date printed but the address's and
    # the year-less dateline's; the last paragraph closed by Xinhua's "■")
    doc, sts = excerpt(page('''
BEIJING, April 12 (Xinhua) -- The Democratic Progressive Party (DPP) authority's provocative actions to seek "independence" in collusion with external forces have posed the biggest threat to peace and stability in the Taiwan Strait, a Chinese mainland spokesperson said Wednesday.

Zhu Fenglian, spokesperson for the Taiwan Affairs Office of the State Council, made the remarks in response to a question concerning factors hindering Taiwan's economic development at a press conference.

Without a stable situation in the Taiwan Strait and peaceful development of cross-Strait relations, it is impossible for Taiwan to have a stable and sound investment and business environment, which will have a direct impact on the economic development of the island and the immediate interests of its residents, Zhu said. ■
''', url="https://english.news.cn/20230412/993b07ae587b4b388ac964b58bf3c0b2/c.html"))
    assert doc.published[:10] == "2023-04-12"
    assert [(w, d) for w, d, _ in said(sts, "biggest threat")] == [("Zhu Fenglian", "2023-04-12")]
    assert [(w, d) for w, d, _ in said(sts, "Without a stable situation")] == [("Zhu Fenglian", "2023-04-12")]


# --- a middle initial's full stop opens no sentence: the surname after it is no new subject --------------------------

def test_surname_after_a_middle_initial_in_a_photo_credit_is_no_antecedent():
    # https://www.defense.gov/News/News-Stories/Article/Article/2845661/china-remains-pacing-challenge-for-us-pentagon-press-secretary-says/
    _, sts = excerpt(page('''
The secretary of defense believes that China is a pacing challenge for the Defense Department, the Pentagon Press Secretary John F. Kirby said during a news conference today.

Drone flies at night.

An MV-22B Osprey from the 31st Marine Expeditionary Unit prepares to land on the flight deck of the forward-deployed amphibious assault ship USS America during night flight operations in the East China Sea, June 26, 2021.

Photo By: Navy Petty Officer 2nd Class Vincent E. Zline

VIRIN: 210626-N-RU810-1334M

Although China is developing capabilities that could potentially threaten the security and stability of neighboring nations in the region and globally, the department views that nation as a pacing challenge, not a pacing threat, he said.
'''))
    assert [w for w, _, _ in said(sts, "pacing threat")] == ["John F. Kirby"]


# --- "the <body> official" refers back to the speaker just named --------------------------------------------------

def test_the_body_official_after_a_named_spokesman_is_that_spokesman():
    # https://maharlika.tv/tag/philippine-coast-guard/
    _, sts = excerpt(page('''
Agency spokesperson Matthew Miller cited an international tribunal 2016 ruling that China has “no lawful maritime claims” to the waters around Ayungin, which is “clearly within the Philippines exclusive economic zone.”

“As provided under the 1982 Law of the Sea Convention, the 2016 arbitral decision is final and legally binding on the PRC and the Philippines, and the United States calls upon the PRC to abide by the ruling and desist from its dangerous and destabilizing conduct,” Miller said in a press conference.

He added that the US-Philippines Mutual Defense Treaty extends to armed attacks on Philippine vessels, including those of the Coast Guard, anywhere in the South China Sea.

The agreement requires Washington to support Manila in the event of an attack.

But Miller declined to say whether the treaty could be triggered by the latest incident.

“I’m not going to speculate or get out ahead of any discussions with – in this regard,” the US State Department official said.
'''))
    assert [w for w, _, _ in said(sts, "not going to speculate")] == ["Matthew Miller"]


def test_an_unnamed_body_official_stays_unnamed():
    # (the same noun introduced unnamed: "A Foreign Ministry official said ..." then "the Foreign Ministry official")
    _, sts = excerpt(page('''
Foreign Minister Yoon Byung-se said on Thursday that Seoul would keep the door open for dialogue.

A Foreign Ministry official said the government is currently working on a plan.

"We are watching closely," the Foreign Ministry official said.
'''))
    assert [w for w, _, _ in said(sts, "watching closely")] in ([], [None])


# --- an undated period inside a fronted occasion: no day ------------------------------------------------------------

def test_period_inside_a_fronted_occasion_leaves_the_statement_undated():
    # https://m.koreaherald.com/view.php?ud=20170918000785 (Monday 18 September 2017)
    _, sts = excerpt(page('''
Cheong Wa Dae on Monday urged South Korean media outlets to be cautious in reporting matters that concern national security and North Korea, ahead of President Moon Jae-in’s departure for New York.

In his keynote speech at the Eastern Economic Forum held earlier this month in Vladivostok, Moon said that a gas pipe line could be built from Russia, through North Korea and into South Korea, if issues surrounding the rogue regime are resolved.
''', "2017-09-18"))
    assert [(w, d) for w, d, _ in said(sts, "gas pipe line")] == [("Moon Jae-in", None)]
    assert [d for _, d, _ in said(sts, "to be cautious")] == ["2017-09-18"]


# --- a second quotation coordinated after a first one ("and added, "..."") ------------------------------------------

def test_quotation_added_after_a_statements_quotation_is_the_issuers():
    # https://cm.asiae.co.kr/en/article/2025072114190971005
    _, sts = excerpt(page('''
Spokesperson Kang Yujeong stated on July 21 that it is extremely important how sincerely one conveys an attitude of apology.

On the previous day, Secretary Kang Junwook issued a statement saying, "I have deeply hurt the public who suffered for months under martial law with the content and expressions in my book," and added, "I sincerely apologize."
'''))
    assert [(w, st.kind) for st in sts for w in [st.speaker.name] if "deeply hurt" in st.text] == \
        [("Kang Junwook", "direct")]
    assert [(w, t) for w, _, t in said(sts, "sincerely apologize")] == [("Kang Junwook", "I sincerely apologize.")]


def test_quotation_added_after_a_said_quotation():
    _, sts = excerpt(page('''
Secretary Kang Junwook said, "I have deeply hurt the public," and added, "I sincerely apologize."
'''))
    assert [w for w, _, _ in said(sts, "sincerely apologize")] == ["Kang Junwook"]


# --- a title's abbreviation keeps its name: the surname later is that person's ---------------------------------------

def test_surname_after_a_name_titled_by_an_abbreviation():
    # https://mb.com.ph/2025/2/5/tarriela-lectures-marcoleta-on-wps-it-s-not-a-fabrication
    _, sts = excerpt(page('''
Commo. Jay Tarriela, Philippine Coast Guard (PCG) spokesperson for WPS, had this to say to SAGIP Party-list Rep. Rodante Marcoleta on Tuesday, Feb. 4, after the latter claimed that the water which forms part of the broader South China Sea (SCS) is not real.

During a House tri-committee hearing which tackled the prevalence of fake news and deepfakes online, Marcoleta stated that there was a need to educate Filipinos on the complex issues surrounding the South China Sea (SCS).
''', "2025-02-05"))
    assert [w for w, _, _ in said(sts, "need to educate")] == ["Rodante Marcoleta"]


# --- a visit's date over a story whose address gives an earlier month dates nothing ---------------------------------

def test_visit_stamp_after_the_addresss_month_dates_nothing():
    # https://www.nknews.org/2018/01/north-korea-asked-seoul-to-limit-local-media-questioning-of-hyon-song-wol-mou/
    doc, sts = excerpt(page('''
April 05, 2020

North Korea asked Seoul to limit local media questioning of Hyon Song Wol: MOU
South Korean reporters demand gov't apologize for NIS interference in coverage
North Korea asked the South to limit the exposure to the press a visiting cultural delegation would face, Seoul's Ministry of Unification (MOU) said on Monday.“It can be understood in the context that North Korea wants to check facilities quietly and calmly, rather than the [South Korean] government making the decision,” unification ministry spokesperson Baik Tae-hyun told assembled media.
''', url="https://www.nknews.org/2018/01/north-korea-asked-seoul-to-limit-local-media-questioning-of-hyon-song-wol-mou/"))
    assert doc.published is None
    assert [(w, d) for w, d, _ in said(sts, "check facilities")] == [("Baik Tae-hyun", None)]


# --- a bare noun warned against is no statement ----------------------------------------------------------------------

def test_warning_against_a_bare_noun_is_no_statement():
    # https://usasianpost.com/?p=117087
    _, sts = excerpt(page('''
Defense Secretary Gilberto Teodoro Jr. said Monday that the Philippines will not alter its position on the West Philippine Sea.

Teodoro also warned against disinformation, citing false claims such as the supposed towing of the BRP Sierra Madre from Ayungin and online posts suggesting that Batanes is part of China.

He also warned against any attempt to change the status quo by force.
'''))
    assert said(sts, "disinformation") == []
    assert [w for w, _, _ in said(sts, "status quo by force")] == ["Gilberto Teodoro Jr."]
