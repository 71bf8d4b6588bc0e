"""Audit round brief19: transcripts of press briefings as scraped pages (the White House and the State Department
reprinted, Japan's MOFA, China's MFA reprinted, the Philippine Palace). Each test reads a real passage (its page's URL
in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_brief16 import titled
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a Scottish surname in a capitals label: "MR. McCLELLAN:" ------------------------------------------------------

DU = "Read the full transcript. They smell blood. This is IT.\nQ Scott, has anyone -- has the President tried to find out who outed the CIA agent? And has he fired anyone in the White House yet?\nMR. McCLELLAN: Well, Helen, that's assuming a lot of things. First of all, that is not the way this White House operates. The President expects everyone in his administration to adhere to the highest standards of conduct. No one would be authorized to do such a thing. Secondly, there -- I've seen the anonymous media reports, and if I could find out who \"anonymous\" was, it would make my life a whole lot easier. But --\nQ Does he think it didn't come from here?\nMR. McCLELLAN: But we've made it very clear that anyone -- anyone -- who has information relating to this should report that information to the Department of Justice.\nQ Does he doubt it came from the White House?\nMR. McCLELLAN: I'm sorry?\nQ Does he doubt?\nMR. McCLELLAN: Well, there's been no information that has been brought to our attention, beyond what we've seen in the media reports, to suggest White House involvement.\nQ Will the President move aggressively to see if such a transgression has occurred in the White House? Will he ask top White House officials to sign statements saying that they did not give the information?\nMR. McCLELLAN: Bill, if someone leaked classified information of this nature, the appropriate agency to look into it would be the Department of Justice. So the Department of Justice is the one that would look in matters like this.\nQ You're saying the White House won't take a proactive role?\nMR. McCLELLAN: Do you have any specific information to bring to my attention suggesting White House involvement?\nQ If you would --\nMR. McCLELLAN: I haven't seen any.\nQ Would you not want to know whether someone had leaked information of this kind?\nMR. McCLELLAN: The President has been -- I spoke for him earlier today -- the President believes leaking classified information is a very serious matter. And it should be --\nQ\n"
DU_URL = "https://du4.democraticunderground.com/discuss/duboard.php?address=104x434888&az=view_all"


def test_mc_surname_label_is_a_speakers_turn():
    # https://du4.democraticunderground.com/discuss/duboard.php?address=104x434888&az=view_all (a forum's copy of a White House briefing, no header naming the press secretary)
    doc, sts = excerpt(titled("Read the full transcript. They smell blood. This is IT.", DU, None, DU_URL))
    got = said(sts, "that's assuming a lot of things")
    assert [w for w, _, _ in got] == ["McClellan"]
    assert got[0][2].startswith("Well, Helen, that's assuming")
    assert len([st for st in sts if st.speaker and st.speaker.name == "McClellan"]) == 6
    assert not said(sts, "Does he think it didn't come from here")       # the questions ask
    assert not said(sts, "I'm sorry?")
    # nor his question back, an answer of questions only (round 47: transcripts._without_questions_back)
    assert not said(sts, "Do you have any specific information to bring to my attention")


# --- the paragraph the stored copy cuts off is the answer still ----------------------------------------------------

SOBASHIMA = "Press Conference by the Deputy Press Secretary, 8 April 2010\n- Destabilization of the situation in the Kyrgyz Republic\n- Statement by Foreign Minister Okada on the release of the U.S. Nuclear Posture Review (NPR)\n- Establishment of an investigation group on the suggested lack of documents relating to the so-called secret agreements\n- Diplomatic Bluebook 2010\n- Dispatch of a Japanese Election Observation Team for the General Elections in Sudan\n- The Fourth International Manga Award\n- VIP Visits\n- Question concerning the Japanese and U.S. Agriculture Ministers agreement to resume talks on the issue of trade in beef\n- Questions concerning the members of the investigation group related to the \"so-called\" secret agreements\n- Destabilization of the situation in the Kyrgyz Republic\n- Statement by Foreign Minister Okada on the release of the U.S. Nuclear Posture Review (NPR)\n- Establishment of an investigation group on the suggested lack of documents relating to the so-called secret agreements\n- Diplomatic Bluebook 2010\n- Dispatch of a Japanese Election Observation Team for the General Elections in Sudan\n- The Fourth International Manga Award\n- VIP Visits\n- Question concerning the Japanese and U.S. Agriculture Ministers agreement to resume talks on the issue of trade in beef\n- Questions concerning the members of the investigation group related to the \"so-called\" secret agreements\nDeputy Press Secretary Hidenobu Sobashima: Good afternoon ladies and gentlemen. We have already distributed three kinds of papers, but I have more than three topics that I would like to present to you.\nThe first is about the situation in the Kyrgyz Republic. We issued the statement by Press Secretary/Director-General for Press and Public Relations Mr. Kodama on the destabilization of the situation in the Kyrgyz Republic. Yesterday, as a result of collisions in Bishkek, the capital city of the Kyrgyz Republic, between the security forces and anti-government demonstrators, including members of the op\n"
SOBASHIMA_URL = "https://www.mofa.go.jp/announce/press/2010/4/0408_01.html"


def test_cut_off_last_paragraph_stays_in_the_labelled_turn():
    # https://www.mofa.go.jp/announce/press/2010/4/0408_01.html (the copy stops in mid-word: "members of the op")
    doc, sts = excerpt(titled("Press Conference by the Deputy Press Secretary, 8 April 2010", SOBASHIMA,
                              "2010-04-08", SOBASHIMA_URL))
    got = said(sts, "The first is about the situation in the Kyrgyz Republic")
    assert [(w, d) for w, d, _ in got] == [("Hidenobu Sobashima", "2010-04-08")]
    assert got[0][2].endswith("including members of the op")


def test_short_heading_after_a_turn_is_still_no_part_of_it():
    # (the same page cut after a topic's heading: a heading is no answer)
    text = SOBASHIMA[:SOBASHIMA.index("The first is about")] + "Diplomatic Bluebook 2010\n"
    doc, sts = excerpt(titled("Press Conference by the Deputy Press Secretary, 8 April 2010", text,
                              "2010-04-08", SOBASHIMA_URL))
    assert not said(sts, "Diplomatic Bluebook 2010")


# --- rev.com's numeric day before "Transcript" in the title ----------------------------------------------------------

MILLER = "Department of State Daily Press Briefing 2/20/24 Transcript\n\nMatthew Miller (00:04):\n\nGood afternoon, everyone. Thank you. Sorry to be late.\n\nMatt (00:09):\n\nAre you really?\n\nMatthew Miller (00:12):\n\nI am sorry to be late. You think I don\u2019t want to get on with my day as much as you do?\n\nMatt (00:15):\n\nAll right. I\u2019ll accept your apologies.\n\nMatthew Miller (00:21):\n\nThank you. Let me start with some opening comments. As we mark two years this week since Russia\u2019s full scale invasion of Ukraine, the brutality of Putin\u2019s regime is increasingly evident, both at home and abroad. The weakness and rot at the heart of the system that Putin has built was confirmed not only by Alexei Navalny death last week, but also by the fact that Russia detained close to 400 people over the weekend just for mourning his passing. The Kremlin has poisoned Navalny, imprisoned him unjustly, kept him in harsh conditions, and denied him medical care. It is the Russian government that is responsible for Navalny\u2019s death while in detention. And now in any other society, in a free democratic society, we would see openness and transparency as his family seeks more information about their beloved son, husband, and father. But of course in Russia, openness and transparency remain in short supply.\n\nWe saw further evidence of the Putin regime\u2019s brutality and disregard for human life in Avdiivka this weekend, where Ukrainian citizens bravely tried to hold off Putin\u2019s illegal invasion while facing rationed ammunition due to dwindling supplies. Unfortunately, Russia made its first notable gains in months. It is now more clear than ever what the stakes are in Ukraine. Without more support from Congress, Ukraine will not be able to replenish its air defenses and ammunition supplies to help protect itself from Russia\u2019s aggression.\n\nAs the White House announced this morning at President Biden\u2019s direction, we will be announcing a major sanctions package on Friday to hold Russia accountable for N\n"
MILLER_URL = "https://www.rev.com/blog/transcripts/department-of-state-daily-press-briefing-2-20-24-transcript/amp"
PRICE = "Jul 6, 2022\n\nState Department spokesperson Ned Price holds news briefing on 7/05/22 Transcript\n\nState Department spokesperson Ned Price holds news briefing on 7/05/22 Transcript\nRevBlogTranscriptsNed PriceState Department spokesperson Ned Price holds news briefing on 7/05/22 Transcript\n\nState Department spokesperson Ned Price holds news briefing on 7/05/22. Read the transcript here.\n\nTranscribe Your Own Content\n\nTry Rev and save time transcribing, captioning, and subtitling.\n\nNed Price: (00:01)\n\u2013 no, and I wish there were a more interesting explanation for it, but the technology just decided to fail us, but that is neither here nor there.\n\nNed Price: (00:11)\nWe\u2019ll start with this. Today, the Secretary announced Richard Nephew is our Coordinator on Global Anti-corruption. This position announced last International Anti-corruption Day will integrate and elevate the fight against corruption across all aspects of US diplomacy and foreign assistance, working closely with inter-agency and international partners.\n\nNed Price: (00:29)\nThis position demonstrates the importance the United States places on anti-corruption as a core national security interest and reiterates the central role global partnerships play in this space. So with that, happy to take your questions.\n\nMatt: (00:48)\nThat\u2019s it?\n\nNed Price: (00:48)\nThat\u2019s it.\n\nMatt: (00:48)\nWe\u2019re like a week away or 10 days away.\n\nNed Price: (00:48)\nThat is it.\n\nMatt: (00:48)\nThe road and then the holiday. All right.\n\nNed Price: (00:49)\n\nMatt: (00:50)\nSo let me start in the Middle East, there\u2019s an old expression in our profession here that, if you produce something that pisses both sides off, you\u2019re probably doing the right thing. That\u2019s a good job. You guys seem to have taken this.\n\nNed Price: (01:10)\n[inaudible 00:01:10].\n\nMatt: (01:10)\nYeah. You guys seem to have taken this to a new level in statement yesterday about the killing of Shireen Abu Akleh. No one is happy with this. The Palestinians are upset. He\n"
PRICE_URL = "https://www.rev.com/blog/transcripts/state-department-spokesperson-ned-price-holds-news-briefing-on-7-05-22-transcript"


def test_numeric_title_day_before_transcript_dates_the_answers():
    # https://www.rev.com/blog/transcripts/department-of-state-daily-press-briefing-2-20-24-transcript/amp
    doc, sts = excerpt(titled("Department of State Daily Press Briefing 2/20/24 Transcript", MILLER, None, MILLER_URL))
    got = said(sts, "As we mark two years this week since Russia’s full scale invasion")
    assert [(w, d) for w, d, _ in got] == [("Matthew Miller", "2024-02-20")]


def test_numeric_title_day_over_the_next_days_posting():
    # https://www.rev.com/blog/transcripts/state-department-spokesperson-ned-price-holds-news-briefing-on-7-05-22-transcript
    # (posted "Jul 6, 2022", the briefing of the 5th)
    doc, sts = excerpt(titled("State Department spokesperson Ned Price holds news briefing on 7/05/22 Transcript",
                              PRICE, "2022-07-06", PRICE_URL))
    got = said(sts, "Richard Nephew is our Coordinator on Global Anti-corruption")
    assert [(w, d) for w, d, _ in got] == [("Ned Price", "2022-07-05")]


# --- a reprint's title line under its own headline and stamp ----------------------------------------------------------

LINJIAN = "\u3010\u53cc\u8bed\u3011\u5916\u4ea4\u90e8\u4f8b\u884c\u8bb0\u8005\u4f1a / MFA Regular Press Conference (2024\u5e7410\u670821\u65e5)\n\n\u653f\u52a1   2024-10-22 11:05   \u5317\u4eac  \n\nForeign Ministry Spokesperson Lin Jian\u2019s \nRegular Press Conference on October 21, 2024\n\n\nCCTV: Last Saturday, the first phase of the 136th Canton Fair on-site exhibition was successfully concluded, which saw a large number of deals sealed between Chinese and foreign businesses, historic records and early harvests. We also noted that many foreign buyers were attracted by Chinese products of new quality productive forces, such as automated logistics robot, computer numerical control machine, bionic hand controlled by brain-computer interface and hydrogen-powered sharing bike. They spoke highly of China\u2019s open cooperation and sci-tech innovation. What\u2019s your comment?\n\n\nLin Jian: Indeed. The first phase of this year\u2019s Canton Fair on-site exhibition focuses on advanced manufacturing and has over 11,000 booths for \u201clittle giant\u201d enterprises that use special and sophisticated technologies to produce novel and unique products or those who have been awarded individual manufacturing champion or named national high-tech enterprise, up by 35.5 percent compared with last year. Products using cutting-edge and new technologies made in China were showcased at the event and attracted many foreign buyers. In the coming weeks there will be another two phases of Canton Fair exhibition with a total floor area of 1.55 million square meters. About 125,000 pre-registered overseas buyers from 203 countries and regions and 223 out of the top 250 global retailers have confirmed to be part of the event by October 10. We believe that both Chinese and foreign customers and exhibitors will get their ideal products and realize win-win at the Canton Fair.\n\n\nThe Canton Fair epitomizes China\u2019s continued opening up and offers a platform for the world to share in China\u2019s opportunities. There are new highlights at every Canton Fair. This not only proves the d\n"
LINJIAN_URL = "https://wxredian.com/art?id=9ad363c3cb188bc16d24d840151df19d"


def test_briefings_title_line_below_the_reprints_stamp_dates_the_answers():
    # https://wxredian.com/art?id=9ad363c3cb188bc16d24d840151df19d (stamped "2024-10-22 11:05", the briefing of the 21st)
    doc, sts = excerpt(titled("【双语】外交部例行记者会 / MFA Regular Press Conference (2024年10月21日)", LINJIAN,
                              "2024-10-22", LINJIAN_URL))
    got = said(sts, "The first phase of this year’s Canton Fair")
    assert [(w, d) for w, d, _ in got] == [("Lin Jian", "2024-10-21")]


# --- greetings that say nothing ---------------------------------------------------------------------------------------

COALITION = "Press Conference Transcript\n\nNed Price, State Department Spokesperson held forth, on January 3, on a wide range of videos. Supplementing the video above is a transcript, published by The State Department.\n\n2:03 p.m. EST\n\nMR PRICE: Happy Wednesday, everyone.\n\nQUESTION: Happy Wednesday.\n\nMR PRICE: We have two elements at the top before we turn to your questions. First, this morning, Secretary Blinken, Assistant to the President and Director of the White House Gender Policy Council Klein, and the United States Agency for International Development Administrator Power launched the first-ever whole-of-government U.S. Strategy on Global Women\u2019s Economic Security. This strategy aims to support women and girls around the world, in all their diversity, to fully, meaningfully, and equally contribute to and benefit from economic growth and global prosperity.\n\nThis strategy has four priority lines of effort. First is promoting economic competitiveness and reducing wage gaps through well-paying, quality jobs; second is advancing care infrastructure and valuing domestic work; third is promoting entrepreneurship and financial and digital inclusion, including through trade and investment; and fourth is dismantling systemic barriers to women\u2019s equitable participation in the economy.\n\nThe Department of State worked with eleven departments and agencies to develop this strategy. All of them will each formulate corresponding action plans and regularly report progress on implementation of this strategy.\n\nNext and finally, today we announce the retirement of Ambassador Philip Reeker from his role as the senior advisor for Caucasus negotiations, from the Foreign Service, effective tomorrow, January 5th. For over thirty years, Ambassador Reeker has epitomized dedication and service to the department and the people of the United States of America, including as assistant secretary of state for European and Eurasian affairs and as our charg\u00e9 d\u2019affaires at our embassy in London.\n\nAmbas\n"
COALITION_URL = "https://coalitionradionetwork.com/united-states-state-department-briefing-january-3-2023/"
ROQUE = "Press Briefing\n\nPress Briefing of Presidential Spokesperson Harry Roque\n\nEvent Press Briefing\n\n\nROCKY/PTV:  Good morning Malaca\u00f1ang Press Corps. Happy Monday, kitang-kita naman. Let\u2019s now have Presidential Spokesperson Harry Roque.\n\nSEC. ROQUE:  Good Monday morning Pilipinas and good Monday morning to the ladies and gentlemen of the Malaca\u00f1ang Press Corps.\n\nGood news! Motorist will soon be able to traverse the Plaridel Bypass Road as the project\u2019s phase 2 is nearing completion. According to the Department of Public Works and Highways, the 24.61 kilometer road project funded with assistance from the Japan International Cooperation Agency will link North Luzon Expressway in Balagtas, Bulacan and the Philippine-Japan Friendship Highway or the Maharlika Highway in San Rafael, Bulacan. Passing through the bypass road will only require a travel time of 30 minutes. The road project is expected to be inaugurated by next month.\n\nWe welcome the findings of the latest business barometer Oxford Business Group in Asean CEO Survey, where investors\u2019 sentiment and business prospects for the Philippines remain upbeat. The Philippines ranked highest in the Asean region in terms of projected gross domestic product growth, with business leaders forecasting the Philippine GDP growth between 6 to 8%. We guarantee that the Duterte administration remains on track in accelerating the country\u2019s growth rate by improving the ease of doing business to transform the country into the one of the world\u2019s leading investment destinations.\n\nGood news! We welcome the latest forecast by Moody\u2019s Analytics citing the country\u2019s economy likely to grow by 6.8% for the first quarter of the year. Moody\u2019s Analytics attributed the faster economic growth to increased investments and stronger consumer spending supported by stable inflows of remittances from Overseas Filipino Workers. The Philippines is also expected to remain as one of the Asia\u2019s fastest growing major economies over the com\n"
ROQUE_URL = "https://mirror.pcoo.gov.ph/press-briefing/press-briefing-of-presidential-spokesperson-harry-roque-3/"


def test_weekday_greeting_is_no_statement():
    # https://coalitionradionetwork.com/united-states-state-department-briefing-january-3-2023/
    doc, sts = excerpt(titled("United States State Department Briefing January 3, 2023", COALITION, None, COALITION_URL))
    assert not said(sts, "Happy Wednesday")
    assert [w for w, _, _ in said(sts, "We have two elements at the top")] == ["Ned Price"]


def test_sorry_to_be_late_is_no_statement():
    # https://www.rev.com/blog/transcripts/department-of-state-daily-press-briefing-2-20-24-transcript/amp
    doc, sts = excerpt(titled("Department of State Daily Press Briefing 2/20/24 Transcript", MILLER, None, MILLER_URL))
    assert not said(sts, "Good afternoon, everyone. Thank you. Sorry to be late.")


def test_palace_greeting_to_the_press_corps_is_cut_from_the_opening():
    # https://mirror.pcoo.gov.ph/press-briefing/press-briefing-of-presidential-spokesperson-harry-roque-3/
    doc, sts = excerpt(titled("Press Briefing of Presidential Spokesperson Harry Roque", ROQUE, None, ROQUE_URL))
    got = said(sts, "Plaridel Bypass Road")
    assert [w for w, _, _ in got] == ["Harry Roque"]
    assert got[0][2].startswith("Good news! Motorist will soon")
    assert not said(sts, "ladies and gentlemen of the Malacañang Press Corps")
    assert not said(sts, "Let’s now have Presidential Spokesperson")     # the host's introduction


def test_a_sentence_that_only_greets_with_the_press_corps_stays_when_it_says_more():
    # (a constructed variant: the same words with news in the sentence are kept)
    text = ROQUE.replace("Good Monday morning Pilipinas and good Monday morning to the ladies and gentlemen of the "
                         "Malacañang Press Corps.", "Good morning to the ladies and gentlemen of the Malacañang Press "
                         "Corps, who will travel with the President to Davao on Friday for the signing of the peace "
                         "agreement with the rebels.")
    doc, sts = excerpt(titled("Press Briefing of Presidential Spokesperson Harry Roque", text, None, ROQUE_URL))
    assert said(sts, "who will travel with the President to Davao")


# --- reporters by name and outlet in brackets, and the press corps in chorus -------------------------------------------

SANTIAGO = "Press Briefing\n\nPress Briefing by Presidential Spokesperson Harry Roque\n\nEvent Press Briefing\nLocation New Executive Building, Malaca\u00f1an Palace\n\nPRESIDENTIAL SPOKESPERSON ROQUE: Good morning. I\u2019m sure the first information that you want to know is about General Santiago.\n\nMPC: Yes.\n\nPRESIDENTIAL SPOKESPERSON ROQUE: I have not received any information on this regard. No confirmation.\n\nAlthough I\u2019ve heard that he has resigned, I have no formal information and official information in this regard. We\u2019re verifying it.\n\n\nIan Cruz (GMA-7): Good morning po, Secretary.\n\n\nMr. Cruz: Sir, nababanggit ni RJ Nieto na tila nagkamali daw yata ang Pangulo sa pagpili sa inyo, ano po ang sagot ninyo dun?\n\nPRESIDENTIAL SPOKESPERSON ROQUE: Well, it\u2019s a matter that he should address to the President because the President appointed me.\n\n[Happy birthday!]\n\nIna Andolong (CNN Philippines): Actually, sir, in relation to that, Mr. Nieto in his post, in one of his posts said nga po na he believes your appointment was a mistake and he called on his followers to share that post para daw po makarating sa Pangulo. What do you think about this, well, apparent effort to have their concern reach the President, of course, the concern being that you\u2019d be removed?\n\nPRESIDENTIAL SPOKESPERSON ROQUE: We serve at the pleasure of the President. All Cabinet members serve at the pleasure of the President.\n\nWhat I will do is I will facilitate receipt of this information by the President. I will tell the President that Mr. Nieto has said that I should be removed. I will relay that to the President.\n\nMs. Andolong: Sir, but how do you feel about the reaction that your statement on media freedom received or was received by staunch supporters of the President online, obviously, I\u2019m sure it has already reached you?\n\nPRESIDENTIAL SPOKESPERSON ROQUE: The President gave me two marching orders: Do what is right and stay to the truth.\n\nI stated what I think is right, and I stated what I think is true\n"
SANTIAGO_URL = "https://mirror.pcoo.gov.ph/press-briefing/press-briefing-presidential-spokesperson-harry-roque-3/"


def test_reporter_with_outlet_in_brackets_asks_and_is_no_part_of_the_answer():
    # https://mirror.pcoo.gov.ph/press-briefing/press-briefing-presidential-spokesperson-harry-roque-3/
    doc, sts = excerpt(titled("Press Briefing by Presidential Spokesperson Harry Roque", SANTIAGO, None, SANTIAGO_URL))
    texts = [st.text for st in sts]
    assert all("Ian Cruz" not in t and "Ina Andolong" not in t and "MPC:" not in t for t in texts)
    assert all("Ms. Andolong" not in t and "Happy birthday" not in t for t in texts)
    got = said(sts, "I have not received any information on this regard")
    assert [w for w, _, _ in got] == ["Harry Roque"]
    assert got[0][2].endswith("We’re verifying it.")
    got = said(sts, "We serve at the pleasure of the President")
    assert got[0][2].endswith("I will relay that to the President.")
    assert not said(sts, "nababanggit ni RJ Nieto")       # "Mr. Cruz:" asks again
    assert not said(sts, "how do you feel about the reaction")


# --- a reporter's question after the words it asks about is no run-on of them -------------------------------------------

QUAI = "Turkey - Q&A - Excerpts from the daily press briefing (22.01.18)\n\n\nQ : Turkish diplomacy chief Mevl\u00fct \u00c7avu\u015fo\u011flu said, with respect to the Kurdish problem, that France is on the side of the terrorists. What is France\u2019s response to those words by the Turkish minister?\n\nA : That is not what was said by Mevl\u00fct \u00c7avu\u015fo\u011flu, with whom Jean-Yves Le Drian spoke yesterday to review the overall situation in Syria.\n\nI refer you to the communiqu\u00e9 we issued yesterday following that conversation. He mentions in particular that France is mindful of Turkey\u2019s security, territory and borders.\n"
QUAI_URL = "https://www.diplomatie.gouv.fr/en/country-files/turkey/news/article/turkey-q-a-excerpts-from-the-daily-press-briefing-22-01-18"


def test_unnamed_spokespersons_answers_on_the_ministrys_site_are_the_ministrys():
    # https://www.diplomatie.gouv.fr/en/country-files/turkey/news/article/turkey-q-a-excerpts-from-the-daily-press-briefing-22-01-18
    # ("Q :" / "A :", the spokesperson never named: the ministry answers; lexicon briefing_hosts)
    doc, sts = excerpt(titled("Turkey - Q&A - Excerpts from the daily press briefing (22.01.18)", QUAI, None, QUAI_URL))
    got = said(sts, "That is not what was said by Mevlüt Çavuşoğlu")
    assert [(w, d) for w, d, _ in got] == [("Ministry for Europe and Foreign Affairs", "2018-01-22")]   # "(22.01.18)"
    assert got[0][2].endswith("France is mindful of Turkey’s security, territory and borders.")
    assert not said(sts, "What is France’s response")          # the question asks
    assert not [st for st in sts if st.speaker and st.speaker.name == "Mevlüt Çavuşoğlu"]


def test_question_after_reported_words_is_no_run_on_of_them():
    # (the same passage as a news page on another site: the reporter's question is nobody's statement)
    doc, sts = excerpt(titled("Turkey - Q&A", QUAI.replace("Q : ", "").replace("A : ", ""), None,
                              "https://example.org/turkey-q-a"))
    assert [w for w, _, _ in said(sts, "France is on the side of the terrorists")] == ["Mevlüt Çavuşoğlu"]
    assert not said(sts, "What is France’s response")


PAKISTAN = "[This is a rush transcript. This copy may not be in its final form and may be updated]\n\n\nThank you for joining us for the Weekly Briefing.\n\nForeign Minister Bilawal Bhutto Zardari is in Jordan to attend the wedding of Crown Prince Hussein at the invitation of the Royal family of Jordan.\n\nFrom Jordan, the Foreign Minister will travel to Iraq from 5th to 7th of June at the invitation of the Deputy Prime Minister and Foreign Minister Dr. Fuad Hussein. This is Foreign Minister\u2019s first visit to Iraq.\n\nDuring the visit, the Foreign Minister will meet the Iraqi leadership. In his meeting with his counterpart, the two sides will discuss a range of issues of common interest and explore avenues of bilateral cooperation.\n\nThe Foreign Minister will formally announce the establishment of Pilgrimage Centre in Karbala to facilitate Pakistani Zaireen and perform the ground-breaking of the Embassy Complex. A number of agreements are also expected to be signed related to education sector, cultural cooperation and visa facilitation.\n\nForeign Minister of the Republic of Belarus, Sergei Aleinik, visited Pakistan on a 2-day official visit. In meetings with Foreign Minister Bilawal Bhutto Zardari and Minister of State Hina Rabbani Khar wide-ranging and substantive talks were held on political, economic, technological, cultural, educational and multilateral cooperation. Two agreements were signed on the occasion \u2014 Agreement on the Abolition of Visas for holders of Diplomatic and Service Passports and Agreement between the Institute of Strategic Studies, Islamabad and the Belarus Institute of Strategic Research.\n\nForeign Secretary Dr. Asad Majeed Khan is on a two-country visit to Azerbaijan and Georgia. He concluded his visit to Azerbaijan yesterday and is now in Georgia.\n\nIn Baku, Azerbaijan, the two sides reviewed the multifaceted and historic ties. They agreed to further enhance the frequency of high-level exchanges and optimally utilize the existing institutional mechanisms to stren\n"
PAKISTAN_URL = "https://mofa.gov.pk/transcript-of-the-media-briefing-by-the-spokesperson-thursday-01-june-2023/"


def test_question_on_pakistans_ministry_site_is_no_statement_of_the_ministry():
    # https://mofa.gov.pk/transcript-of-the-media-briefing-by-the-spokesperson-thursday-01-june-2023/ (the stored copy
    # stops before the questions; one question and its answer added after it, as the ministry labels them)
    text = PAKISTAN.replace("to stren", "to strengthen cooperation.") + (
        "\nQuestion: Can you update us on the talks with the IMF? Is there any progress?\n\n"
        "Answer: The Ministry of Finance is leading the talks and we refer you to them for the details.\n")
    doc, sts = excerpt(titled("Transcript of the Media Briefing by the Spokesperson, Thursday 01 June 2023", text,
                              None, PAKISTAN_URL))
    assert not said(sts, "Can you update us on the talks with the IMF")
    got = said(sts, "The Ministry of Finance is leading the talks")
    assert [w for w, _, t in got] == ["Ministry of Foreign Affairs"] and not got[0][2].startswith("Answer")
    assert [w for w, _, _ in said(sts, "Foreign Minister Bilawal Bhutto Zardari is in Jordan")] == \
        ["Ministry of Foreign Affairs"]
