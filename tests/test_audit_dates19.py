"""Audit round dates19: the day each statement was said, and who said it, on English news reports of officials'
statements from many countries (Kremlin, Pakistani Foreign Office, Kenyan, Ghanaian, Brazilian and Korean copy, a
forum's reprint of UPI). Each test reads a real passage (its page's URL in a comment) as the pipeline does and asserts
what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a forum poster's join date is no publication date -------------------------------------------------------------

def test_forum_posters_join_date_is_not_the_posts_day():
    # https://world-defense.com/threads/north-south-korea-news-updates-discussions.3747/page-7 ("Staff member / Nov
    # 17, 2017 / 24,463 1,293 0" is the poster's join date and counters; the post reprints UPI of 3 January 2018)
    doc, sts = excerpt(page('''
North & South Korea News, Updates & Discussions | Page 7 | World Defense

North & South Korea News, Updates & Discussions


Staff member
Nov 17, 2017
24,463 1,293 0
South and North Korea make contact on communication line
By UPI Staff | Jan. 03, 2018


SEOUL, South Korea, Jan. 3 (UPI) -- South and North Korea made contact on a re-established communication channel running through the truce village of Panmunjom on Wednesday.

The phone call on Wednesday did not address major policy issues, but instead "checked technical issues of the communication line," the ministry said.

Ri Son-kwon, chairman of the North's Committee for the Peaceful Reunification of the Fatherland, said the hotline would be used to discuss practical matters on dispatching a North Korean delegation to the Games.
'''))
    assert doc.published[:10] == "2018-01-03"
    assert [d for _, d, _ in said(sts, "hotline would be used")] == ["2018-01-03"]


# --- a caption's "yesterday" dates the words of those it shows -----------------------------------------------------

def test_caption_yesterday_dates_the_people_it_names():
    # https://www.standardmedia.co.ke/article/2001333750/cabinet-not-divided-at-all-say-css (13 July 2019: the CSs
    # spoke at Suswa on the 12th; their words tell no day of their own)
    doc, sts = excerpt(page('''
Cabinet not divided at all, say CSs

Cabinet Secretaries Eugene Wamalwa (Devolution) and Keriako Tobiko (Environment) at Suswa yesterday. [Robert Kiplagat, Standard]

Two Cabinet Secretaries have rubbished claims of a division in the Cabinet, saying they were more united than ever before. Environment CS Keriako Tobiko and his Devolution counterpart Eugene Wamalwa said the claims were baseless. “I have been reading in the media that the Cabinet is divided. I want to state that there is no division at all. We are all united behind President Uhuru Kenyatta,” said Tobiko. The two spoke at Duka Moja in Narok East. Wamalwa said for the three times he has served as a minister, he has never seen a more united Cabinet.
''', date="2019-07-13"))
    assert {d for _, d, _ in said(sts, "no division at all")} == {"2019-07-12"}
    assert {d for _, d, _ in said(sts, "more united Cabinet")} == {"2019-07-12"}


def test_caption_of_a_dated_photo_dates_nothing():
    # https://m-en.yna.co.kr/ (a Yonhap caption's full date is the photo's, an earlier one: "taken April 3, 2023")
    doc, sts = excerpt(page('''
Unification ministry

SEOUL, April 12 (Yonhap) -- The unification ministry said it will explore cooperation with a third country if there is a need for emergency contact with Pyongyang, Unification Minister Kwon Young-se said.

This photo, taken April 3, 2023, shows Unification Minister Kwon Young-se speaking at a plenary session at the National Assembly. (Yonhap)
''', date="2023-04-12"))
    assert "2023-04-03" not in {d for _, d, _ in said(sts, "")}


# --- a statement's day after who signed it and whom it went to -----------------------------------------------------

def test_statement_copied_to_the_agency_on_a_weekday():
    # https://www.ghanabusinessnews.com/2018/05/10/ministry-of-energy-intervenes-in-gcmc-impasse/ (Thursday 10 May
    # 2018: the statement went to GNA on Wednesday the 9th; the board's meeting of May 8 is no occasion of it)
    doc, sts = excerpt(page('''
Ministry of Energy intervenes in GCMC impasse

The Ministry of Energy says it is working with the State Enterprises Commission (SEC) to address the impasse at the Ghana Cylinder Manufacturing Company (GCMC) Limited.

This was made known in a statement signed by Mr Lawrence Apaalse, the Chief Director of the Ministry of Energy and copied to the Ghana News Agency on Wednesday.

It also come to the notice of the Ministry that the Board of the GCMC has in a meeting held on May 8, 2018, suspended the CEO of the Company.
''', date="2018-05-10"))
    assert [(w, d) for w, d, _ in said(sts, "impasse at the Ghana")] == [("Ministry of Energy", "2018-05-09")]


# --- the spokesman, not a name his subject's clause comments on ----------------------------------------------------

def test_spokesperson_while_commenting_on_a_named_leader():
    # https://archive.pakistantoday.com.pk/2016/08/25/taking-necessary-steps-against-atrocities-in-indian-held-kashmir-foreign-office/
    doc, sts = excerpt(page('''
Taking necessary steps against atrocities in Indian-held Kashmir: Foreign Office

The Foreign Office on Thursday said that the government of Pakistan was taking all steps against the Indian atrocities in occupied Kashmir.

The spokesperson while commenting on MQM Chief Altaf Hussain said that the Interior Ministry had contacted British authorities to discuss the issue with them.
''', date="2016-08-25"))
    assert [w for w, _, _ in said(sts, "Interior Ministry had contacted")] == ["Foreign Office"]


def test_title_after_a_participle_clause_listing_names():
    # https://www.anews.com.tr/world/2023/05/05/kremlin-avoids-commenting-on-wagners-threat-to-withdraw-from-ukraine-battlefield
    doc, sts = excerpt(page('''
Kremlin avoids commenting on Wagner's threat to withdraw from Ukraine battlefield

Kremlin spokesman Dmitry Peskov on Friday avoided commenting on the statement by the head of the private military company Wagner threatening to withdraw from the battlefield in the Ukrainian town of Bakhmut, saying the matter is related to a "special military operation" of Russia.

Commenting on the presidential decree temporarily placing the assets of two foreign companies, German Uniper, and Finnish Fortum, under external management, the Kremlin spokesman said it was done in response to the seizure of Russian assets abroad.

He also announced that Kyrgyzstan's President Sadyr Zhaparov will visit Moscow on May 8-9, but did not confirm the visit of Armenian Prime Minister Nikol Pashinyan.
''', date="2023-05-05"))
    assert [w for w, _, _ in said(sts, "seizure of Russian assets")] == ["Dmitry Peskov"]
    assert [w for w, _, _ in said(sts, "Zhaparov will visit")] == ["Dmitry Peskov"]


# --- a title-case headline's verb is no part of a name -------------------------------------------------------------

def test_headline_says_ends_the_name():
    # https://www.eurasiareview.com/06012023-brazil-lula-says-officials-who-make-mistake-will-be-kindly-asked-to-leave/
    doc, sts = excerpt(page('''
Brazil: Lula Says Officials Who ‘Make Mistake’ Will Be Kindly Asked To Leave

At the beginning of his first meeting with the entire government team this Friday, President Luiz Inácio Lula da Silva committed to being honest with the Brazilian people.

Regarding his rapport with the ministers, Lula vowed loyalty, promising to act like an older brother or a father. “I won’t leave any of you by the wayside,” he said.
'''))
    assert {w for w, _, _ in said(sts, "")} == {"Luiz Inácio Lula da Silva"}


# --- the spokesman the lead leaves unnamed, named as the next sentence's speaker -----------------------------------

def test_unnamed_spokesman_of_the_lead_named_next():
    # https://ifpnews.com/iran-iaea-report-unfair-not-reflecting-realities/amp ("The spokesman" and "He" further on
    # are Khatibzadeh, not the ministry)
    doc, sts = excerpt(page('''
Iran: IAEA report unfair, not reflecting realities

Iran’s Foreign Ministry Spokesman says the Monday report by the International Atomic Energy Agency on Iran does not reflect the reality of its talks with Tehran.
Saeed Khatibzadeh says the report is identical to the one IAEA Director General Rafael Grossi hastily delivered to the European Parliament, before the third round of negotiations with Iran.
He said the same haste is also seen in the latest report, which he dismissed as “unfair”.
The spokesman also dismissed comments by some US officials, which he said are made in response to the domestic issues of the country.
He said what matters for Iran is the message conveyed through the normal channels between Tehran and Washington, stressing that the US has so far failed to offer the responses expected by Iran.
'''))
    assert {w for w, _, _ in said(sts, "what matters for Iran")} == {"Saeed Khatibzadeh"}
    assert {w for w, _, _ in said(sts, "the report is identical")} == {"Saeed Khatibzadeh"}


# --- "disclosed this at ..." points back at words given elsewhere --------------------------------------------------

def test_disclosed_this_at_a_hearing_is_no_statement():
    # https://naijablitznews.com/index.php/2024/07/15/nigeria-loses-9bn-annually-to-illegal-mining-reps/
    doc, sts = excerpt(page('''
Nigeria Loses $9bn Annually To Illegal Mining – Reps

The House of Representatives has said that Nigeria loses $9 billion annually to illegal mining, while only 3 percent royalty is paid by few licensed miners in the country.

Chairman, House Commitee on Solid Mineral, Rep. Jonathan Gaza disclosed this at a public hearing organized by the House Commitee on Solid Minerals Development on the need to investigate illegal mining in the solid mineral sector on Monday in Abuja.
''', date="2024-07-15"))
    assert said(sts, "this at a public hearing") == []


# --- a second predicate after a list over commas: the sentence's subject -------------------------------------------

def test_second_predicate_after_a_thanked_list():
    # https://www.kbc.co.ke/cs-wamalwa-hands-over-devolution-docket-to-incoming-cs-charles-keter/
    doc, sts = excerpt(page('''
CS Wamalwa hands over Devolution docket to incoming CS Charles Keter

Outgoing Cabinet Secretary (CS) for Devolution, ASAL and Special Programmes Eugene Wamalwa Thursday handed over Devolution docket to incoming CS, Charles Keter, formerly of Energy.

Wamalwa thanked the Council of Governors in particular Nanok, Oparanya and Wambora, for improving intergovernmental relations, during his tenure and urged the Council to continue with the spirit of consultation and collaboration of the two levels of Government.
''', date="2021-10-14"))
    assert [w for w, _, _ in said(sts, "spirit of consultation")] == ["Eugene Wamalwa"]


# --- Kenya's "the CS", a Cabinet Secretary ----------------------------------------------------------------------

def test_the_cs_is_the_cabinet_secretary():
    # https://www.kbc.co.ke/cs-wamalwa-hands-over-devolution-docket-to-incoming-cs-charles-keter/ ("The CS" is
    # Wamalwa, not a body "CS")
    doc, sts = excerpt(page('''
CS Wamalwa hands over Devolution docket to incoming CS Charles Keter

Outgoing Cabinet Secretary (CS) for Devolution, ASAL and Special Programmes Eugene Wamalwa Thursday handed over Devolution docket to incoming CS, Charles Keter, formerly of Energy.

CS Wamalwa, thanked the President Uhuru Kenyatta for honouring him to Head the Devolution docket for the last four years.

He further stated that Devolution and reforms under the President Uhuru’s leadership has seen an end to the era of exclusion and marginalisation.

The CS revealed that due to the ongoing drought that was declared a national disaster by President Uhuru Kenyatta, the National Treasury has approved a Budget of Sh 2 million for relief food procurement by the Ministry.
''', date="2021-10-14"))
    assert [w.split()[-1] for w, _, _ in said(sts, "National Treasury has approved")] == ["Wamalwa"]
    assert [w.split()[-1] for w, _, _ in said(sts, "era of exclusion")] == ["Wamalwa"]


# --- a title and its country before the name is no content ---------------------------------------------------------

def test_title_of_a_country_before_the_name_is_not_what_was_said():
    # https://cmio.org/en/world/latin-america/831736-lula-announces-the-last-ministers-of-his-government-in-brazil-news
    doc, sts = excerpt(page('''
Lula announces the last ministers of his government in Brazil | News

The president-elect of Brazil, Luiz Inácio Lula da Silva, announced this Thursday the names of the remaining ministers who will be part of his cabinet, after having released 21 names a few days ago.
''', date="2022-12-30"))
    assert said(sts, "The president-elect of Brazil") == []
