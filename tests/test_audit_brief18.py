"""Audit round brief18: transcripts of other governments' press briefings as scraped pages (Japan's Chief Cabinet
Secretary and MOFA, China's MFA reprinted, Australia's PM Transcripts, the Philippine Palace). Each test reads a real
passage (its page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_brief16 import titled
from test_audit_cases import excerpt
from test_audit_seed10 import said


# --- an opening statement printed under its heading without a label (kantei.go.jp) ------------------------------

KANTEI = "Home >  News >  Press Conference by the Chief Cabinet Secretary >  December 2012 >  Wednesday, December 26, 2012 (AM)\n\nPress Conference by the Chief Cabinet Secretary\n\nWednesday, December 26, 2012 (AM)\n\nPress Conference by the Chief Cabinet Secretary (Excerpt)\n\n[Provisional Translation]\n\nOpening Statement by Chief Cabinet Secretary Fujimura\n\nAn extraordinary Cabinet meeting was held earlier today. As stated in the Prime Minister's statement that was distributed, per article 70 of the Constitution the Cabinet resigned en masse following the special Diet session. The statement entitled \"Prime Minister's Statement upon the General Resignation of the Cabinet\" was approved at the Cabinet Meeting earlier today. Today is the last of the Noda Cabinet's 482 days in office. Today's press conference is the last of my regular press conferences and I would like to take this opportunity to thank the Cabinet Press Club and reporters assigned to cover the Chief Cabinet Secretary for your guidance and support. Thank you very much. It has been one year and three months, or 482 days, since the Noda Cabinet took office. Since the forming of the Noda Cabinet, there have been three priority issues that we have addressed: recovery and reconstruction from the Great East Japan Earthquake, the fight against the nuclear disaster in Fukushima, and the revitalization of the Japanese economy. Whole heartedly and with the utmost effort we addressed these three major issues. In terms of diplomatic matters, I believe that the Noda Cabinet has made significant progress in issues such as the rebuilding of the Japan-US Alliance, enhancing economic partnership and securing energy resources. I believe that our progress has been regarded an accomplishment. I also believe that the Noda Cabinet has successfully paved a way forward for the next generation to take over. Specifically we have enacted bills and legislation on the comprehensive reform of social security and taxation systems, and establ\n"
KANTEI_URL = "https://japan.kantei.go.jp/tyoukanpress/201212/26_a.html"
KANTEI_TITLE = "Press Conference by the Chief Cabinet Secretary, Wednesday, December 26, 2012 (AM)"


def test_opening_statement_under_its_heading_is_the_named_secretarys():
    # https://japan.kantei.go.jp/tyoukanpress/201212/26_a.html (the stored copy stops mid-word: "and establ")
    doc, sts = excerpt(titled(KANTEI_TITLE, KANTEI, "2012-12-26", KANTEI_URL))
    got = said(sts, "An extraordinary Cabinet meeting was held earlier today")
    assert [(w, d) for w, d, _ in got] == [("Fujimura", "2012-12-26")]
    assert got[0][2].endswith("and establ")     # the paragraph the copy cut off is the statement still
    assert not said(sts, "Opening Statement by")
    assert len(sts) == 1


def test_opening_statement_before_the_labelled_questions():
    # the same page with the questions that follow it on kantei.go.jp ("REPORTER:" / "CHIEF CABINET SECRETARY ...:")
    text = KANTEI.rstrip().replace("and establ", "and established new rules.") + (
        "\n\nREPORTER: What do you think about the new Cabinet?\n\n"
        "CHIEF CABINET SECRETARY FUJIMURA: I believe the new Cabinet will work hard for the people of Japan.\n")
    doc, sts = excerpt(titled(KANTEI_TITLE, text, "2012-12-26", KANTEI_URL))
    assert [w for w, _, _ in said(sts, "An extraordinary Cabinet meeting")] == ["Fujimura"]
    assert [w for w, _, _ in said(sts, "I believe the new Cabinet")] == ["Fujimura"]
    assert not said(sts, "What do you think")


def test_a_short_paragraph_cut_off_at_a_briefings_end_is_no_announcement():
    # (a briefing of announcements whose stored copy ends after a few words of a new paragraph)
    text = KANTEI.rstrip().replace("and establ", "and established new rules.") + "\n\nIn addition, the"
    doc, sts = excerpt(titled(KANTEI_TITLE, text, "2012-12-26", KANTEI_URL))
    assert not said(sts, "In addition, the")


# --- PM Transcripts: the Prime Minister named only in the header, surname first ---------------------------------

PMT = "PM Transcripts\n\nTranscripts from the Prime Ministers of Australia\n\nMorrison, Scott\n\nPeriod of Service: 24/08/2018 - 11/04/2022\nRelease Date:\n17/03/2022\nRelease Type:\nTranscript\nTranscript ID:\n43864\nLocation:\nVictoria Park, WA\nPress Conference - Victoria Park, WA\n\nPrime Minister\n\nPRIME MINISTER: Well, good morning, everyone. It's tremendous to be here in Perth on such an absolutely gorgeous day. It's great to be here with Premier McGowan as well together, and particularly to welcome him back after part of his iso. I know plenty about that, having gone through it probably more than any other Prime Minister almost anywhere around the world. And we were just chatting about that.\n\nBut it's great to be here with our ministers as well. And Michaelia Cash as well, who's the most senior member of our Government here in Western Australia, and Ben Morton.\n\nWhy, what we're acknowledging here today is what I think has been a very practical, strong partnership to deliver for Western Australia. The Premier and I have both got significant responsibilities when it comes to delivering for the people of Western Australia. And it's always been our approach to just focus on the things that need to get done. And the City Deal, and together with the projects we're talking about here, with the bridge project here on the Swan River. These are projects that we're committed to, and we're so committed to them that when we hit challenges with these projects, and particularly when we're dealing with rising costs caused by the pandemic and other issues, then we stick to our commitments to deliver on these projects.\n\nAnd today we're committing further funds as part of both the the City Deal and for the Swan River Bridge here today, to ensure that these projects get done and they get delivered. I mean, these are transformational projects. The City Deal with the Western Australian State Government is a, just a $1.7 billion deal between our governments to deliver and have transforming projects for t\n"
PMT_URL = "https://pmtranscripts.pmc.gov.au/release/transcript-43864"


def test_prime_minister_label_is_the_prime_minister_the_header_names():
    # https://pmtranscripts.pmc.gov.au/release/transcript-43864
    doc, sts = excerpt(titled("Press Conference - Victoria Park, WA", PMT, "2022-03-17", PMT_URL))
    got = said(sts, "It's tremendous to be here in Perth")
    assert [(w, d) for w, d, _ in got] == [("Scott Morrison", "2022-03-17")]
    assert not said(sts, "Period of Service")
    # the header's fields ask nothing: the turn opens the press conference and loses its greeting
    assert got[0][2].startswith("It's tremendous to be here in Perth")
    assert [st.question for st in sts if "tremendous" in st.text] == [None]


def test_prime_minister_label_without_a_name_is_nobodys():
    # https://www.pm.gov.au/media/press-conference-tomago-nsw prints "PRIME MINISTER:" and no name: no statement
    text = PMT.replace("Morrison, Scott\n", "")
    doc, sts = excerpt(titled("Press Conference - Victoria Park, WA", text, "2022-03-17", PMT_URL))
    assert not [w for w, _, _ in said(sts, "It's tremendous") if w]


# --- a reprint of China's MFA press conference naming the spokesperson in its first line -------------------------

TELLER = "Foreign Ministry Spokesperson Wang Wenbin hosted a regular press conference on August 9, 2022\n\nDragon TV: State Councilor and Foreign Minister Wang Yi was invited to visit Mongolia on the 8th.\n\nCan the spokesperson give us more details on this visit?\n\n  Wang Wenbin: State Councilor and Foreign Minister Wang Yi just concluded his successful visit to Mongolia.\n\nDuring the visit, State Councilor Wang Yi met with Mongolian President Khurilesukh, Prime Minister Oyun Erden and State Great Khural Chairman Zanden Shater respectively, and held talks with Mongolian Foreign Minister Battzezeg.\n\nThe two sides conducted strategic communication on bilateral relations, pragmatic cooperation and international and regional issues of common concern and reached broad consensus.\n\n  Both sides believe that in the face of the current complex and volatile international and regional situation, China and Mongolia share a common destiny and their futures are linked.\n\nThe two sides are willing to promote the in-depth integration of the \"Belt and Road\" initiative with Mongolia's \"Grassland Road\", the Global Development Initiative and Mongolia's \"New Revival Policy\", and China's \"two-step\" development strategic goals and Mongolia's long-term development vision, so as to forge and promote the development of bilateral relations. big engine.\n\nThe two sides reaffirmed mutual respect for independence, sovereignty and territorial integrity, and continued to firmly support each other on issues concerning each other's core interests.\n\nChina supports Mongolia in maintaining stability, focusing on development, and exploring a development path that suits its own national conditions.\n\nChina appreciates Mongolia's reaffirmation of its firm adherence to the one-China principle and its opposition to interference in China's internal affairs on Taiwan, Tibet, Xinjiang, Hong Kong and other affairs.\n\nThe two sides agreed to strengthen border cooperation, promote the opening of ports as much as possible, railways \n"
TELLER_URL = ("https://www.tellerreport.com/news/2022-08-09-the-ministry-of-foreign-affairs-answers-questions-on-the-"
              "artillery-drills-held-in-the-taiwan-region.H1BNXvl09.html")


def test_first_line_names_the_spokesperson_whose_answers_follow():
    # https://www.tellerreport.com/news/2022-08-09-the-ministry-of-foreign-affairs-answers-questions-on-the-artillery-drills-held-in-the-taiwan-region.H1BNXvl09.html
    doc, sts = excerpt(titled("The Ministry of Foreign Affairs answers questions on the artillery drills held in the "
                              "Taiwan region", TELLER, "2022-08-09", TELLER_URL))
    got = said(sts, "just concluded his successful visit to Mongolia")
    assert [(w, d) for w, d, _ in got] == [("Wang Wenbin", "2022-08-09")]
    assert "China appreciates Mongolia" in got[0][2]     # the answer's paragraphs, one statement
    assert not said(sts, "Can the spokesperson give us more details")
    assert not [w for w, _, _ in said(sts, "Mongolia's reaffirmation") if w == "China"]   # (had been China's)


# --- a last turn the stored copy cuts off after a few words (MOFA Japan) ----------------------------------------

ONO = "Press Conferences\n\nPress Conference by Foreign Press Secretary ONO Hikariko\n\nWednesday, September 14, 2022, 3:45 p.m. Ministry of Foreign Affairs\n\nThis is a provisional translation by an external company for reference purpose only.\n\nOpening Remarks\n\n(1) Diplomatic Archives special exhibition “The 50th Anniversary of the Normalization of Japan-China Relations.”\n\nMs. ONO Hikariko, Press Secretary: I have two announcements.\n\nThe first is the holding of the Diplomatic Archives special exhibition “The 50th Anniversary of the Normalization of Japan-China Relations.”\n\nMOFA will hold the special exhibition entitled “The 50th Anniversary of the Normalization of Japan-China Relations” at the Diplomatic Archives exhibition room from Thursday, September 22 to Tuesday, December 27.\n\nThis year marks the 50th anniversary of the normalization of relations between Japan and China with the issuance of the Japan-China Joint Communique. The exhibition will be held to commemorate this and will display historic materials related to the Japan-China Joint Communique, the Treaty of Peace and Friendship between Japan and China, and the like. In addition to the Japan-China Joint Communique of September 1972 and the Treaty of Peace and Friendship between Japan and China of 1978, this special exhibition is planned to display historic materials related to the visit to China by Prime Minister TANAKA Kakuei and the visit to Japan by Vice Premier Deng Xiaoping of the State Council of China. The 18 exhibited documents are all original.\n\nIn addition to the permanent exhibitions, the Diplomatic Archives is also holding “special exhibitions” related to MOFA’s anniversary projects and the like, themed exhibitions, and joint exhibitions with other venues. We are actively working to provide the public with access to records of historic value regarding Japanese diplomacy.\n\n(2) Japan-U.S. Exchange Project Utilizing Facilities and Areas of the U.S. Forces\n\nPress Secretary Ono: The next is t\n"
ONO_URL = "https://www.mofa.go.jp/press/kaiken/kaiken22e_000100.html"


def test_last_turn_cut_after_a_few_words_is_no_statement():
    # https://www.mofa.go.jp/press/kaiken/kaiken22e_000100.html ends "Press Secretary Ono: The next is t"
    doc, sts = excerpt(titled("Press Conference by Foreign Press Secretary ONO Hikariko", ONO, "2022-09-14", ONO_URL))
    assert not said(sts, "The next is t")
    assert [w for w, _, _ in said(sts, "The first is the holding")] == ["ONO Hikariko"]


# --- the Palace's reporters labelled with their outlet after a slash -------------------------------------------

PANELO = "Press Briefing\n\nPress Briefing of Presidential Spokesperson and Chief Presidential Legal Counsel Secretary Salvador S. Panelo\n\nEvent Press Briefing\nLocation Press Briefing Room, New Executive Bldg., Malacanang\n\nUSEC. IGNACIO:  Good morning MPC; happy Monday. Let’s now have Presidential Spokesperson and Chief Presidential Legal Counsel Salvador Panelo. Good morning, sir.\n\nSEC. PANELO:  Good morning, Malacañang Press Corps. Today is my birthday, nobody is greeting me?\n\nMPC: (chorus) Happy birthday…\n\nSEC. PANELO:  Thank you. But got you there, its April Fool’s Day.\n\nJOSEPH MORONG/GMA7:  Kumanta talaga kami sir di ba. Sir… okay. First, sa China. You are meeting with—he is going here for a courtesy call.\n\nSEC. PANELO:  April Fool’s Day?\n\nJOSEPH MORONG/GMA7:  No, seriously.\n\nSEC. PANELO:  (laughs) Yes, he will be coming, 2:30 p.m.\n\n\nSEC. PANELO:  He didn’t tell me.\n\nJOSEPH MORONG/GMA7:  Aah, so nagpasabi lang.\n\nSEC. PANELO:  He didn’t tell me, basta sabi niya he will visit me.\n\nJOSEPH MORONG/GMA7:  Are they taking over… the Chinese?\n\nSEC. PANELO:  (laughs)\n\nJOSEPH MORONG/GMA7:  But, sir, any matters that you wanna raise with him?\n\nSEC. PANELO:  Well… hindi ba, there were issues raised in the South China Sea. Siguro, I’ll raise that.\n\nJOSEPH MORONG/GMA7:  Like what sir? Specifically, there are a lot of issues with the…\n\nSEC. PANELO: Iyong sa fishermen di ba, kung totoo iyon; iyong sa mga vessels, diumano circling. Hindi naman pala totoo iyong circling, talagang ang ABS-CBN, mahilig mag—nasaan ba iyong…\n\nJOSEPH MORONG/GMA7:  So what do we know, sir, as far as that is concerned?\n\nSEC. PANELO:  Can I have my ano… because I want to call the attention. I’ll call the attention of that reporter ng ABS-CBN.\n\nQ:  She was just quoting a—\n\nSEC. PANELO:  No, hindi. Ito… I’ll read to you, sinabi sa akin. Importante iyon, kasi nagiging… it unnecessarily raises some serious alarm, hindi naman pala umiikot, \n"
PANELO_URL = ("https://mirror.pcoo.gov.ph/press-briefing/press-briefing-of-presidential-spokesperson-and-chief-"
              "presidential-legal-counsel-secretary-salvador-panelo-52/")


def test_reporter_with_outlet_asks_and_is_not_the_spokespersons_turn():
    # https://mirror.pcoo.gov.ph/press-briefing/press-briefing-of-presidential-spokesperson-and-chief-presidential-legal-counsel-secretary-salvador-panelo-52/
    doc, sts = excerpt(titled("Press Briefing of Presidential Spokesperson and Chief Presidential Legal Counsel "
                              "Secretary Salvador S. Panelo", PANELO, None, PANELO_URL))
    assert not said(sts, "JOSEPH MORONG/GMA7") and not said(sts, "No, seriously")
    got = said(sts, "there were issues raised in the South China Sea")
    assert [w for w, _, _ in got] == ["Salvador S. Panelo"]
    assert got[0][2].endswith("I’ll raise that.")     # (had run on into the reporter's next question)


# --- an opening turn's greeting and floor-opening sentences inside its paragraph (India's MEA) --------------------

MEA = "Media Center\n\nTranscript of Weekly Media Briefing by the Official Spokesperson (May 17, 2024)\n\nMay 17, 2024\n\nShri Randhir Jaiswal, Official Spokesperson: Good afternoon, ladies and gentlemen. Today we will begin with an announcement and thereafter we will open the floor for questions. The announcement is in respect of our participation in the Shanghai Cooperation Organization meeting which is coming up. Shri Dammu Ravi, Secretary (Economic Relations) in the Ministry of External Affairs will pay a visit to Astana, Kazakhstan on May 20-21st, 2024. In Astana, he will represent the Government of India in the meeting of the SCO Council of Foreign Ministers on 21st May. The meeting will discuss preparations for the upcoming Summit of the SCO Council of Heads of State, review ongoing cooperation in SCO and exchange ideas of regional and global developments of common concern. During his visit, he is also expected to hold meetings with his counterparts from SCO member states and senior officials of the Government of Kazakhstan. So that is what I have for you. Now, I open the floor for questions.\n\nPranay: Sir Pranay Upadhyaya Zee News se. Aapne dekha hoga ki haal mei Pakistan ke kabje wale Kashmir ke ilake ke ander bahut saare protests hue hain, aur usmai kai logon ki maut bhi hui hai. Bharat ka is mamle ke ander kya najariya hain, aur kyuki us ilake ko Bharat kehta hai ki woh uska abhinn ang hai, wahan par kafi sthitiyan hain, toh usko lekar Bharat ka stand kya hain?\n\n[Question in Hindi: Approximate translation] Sir, this is Pranay Upadhyaya from Zee News. You might have seen that recently there have been lot of protests in the Pakistan occupied Kashmir region, and many people have died in that. Since India considers that area to be an integral part of its territory, what is India's perspective on this issue? Given the current situation there, what is India's stand?\n\nSrinjoy: Sir, today the EAM said that there can be no question of forward movement with Pakistan because of w\n"
MEA_URL = ("https://fsi.mea.gov.in/media-briefings.htm?dtl/37817/Transcript+of+Weekly+Media+Briefing+by+the+Official+"
           "Spokesperson+May+17+2024")


def test_opening_turn_without_its_greeting_and_floor_sentences():
    # https://fsi.mea.gov.in/media-briefings.htm?dtl/37817/Transcript+of+Weekly+Media+Briefing+by+the+Official+Spokesperson+May+17+2024
    doc, sts = excerpt(titled("Transcript of Weekly Media Briefing by the Official Spokesperson (May 17, 2024)", MEA,
                              "2024-05-17", MEA_URL))
    got = said(sts, "Shri Dammu Ravi, Secretary (Economic Relations)")
    assert [(w, d) for w, d, _ in got] == [("Randhir Jaiswal", "2024-05-17")]
    text = got[0][2]
    assert text.startswith("The announcement is in respect of our participation")
    assert text.endswith("senior officials of the Government of Kazakhstan.")
    assert "Good afternoon" not in text and "open the floor" not in text and "what I have for you" not in text


def test_a_sentence_of_content_after_the_thanks_stays():
    # (a White House COVID-19 briefing's turn: the thanks go, "I want to emphasize the importance of testing." stays;
    # https://www.whitehouse.gov/briefing-room/press-briefings/2021/02/17/press-briefing-by-white-house-covid-19-response-team-and-public-health-officials-4/)
    text = """Press Briefing by White House COVID-19 Response Team and Public Health Officials

MR. ZIENTS: Well, thanks, Carole, and thanks, team. I want to emphasize the importance of testing. Carole just laid out the case, but I just want to add my two cents on testing and why it is so important to getting the pandemic under control.

Q: How many tests will there be by March?

MR. ZIENTS: We expect to be able to double the number of tests by the end of March.
"""
    doc, sts = excerpt(titled("Press Briefing by White House COVID-19 Response Team and Public Health Officials", text,
                              "2021-02-17", "https://www.whitehouse.gov/briefing-room/press-briefings/2021/02/17/x/"))
    got = said(sts, "Carole just laid out the case")
    assert len(got) == 1 and got[0][2].startswith("I want to emphasize the importance of testing.")


# --- the next numbered heading of MOFA Japan's opening remarks on a page of single lines -----------------------

OHTAKA = "Press Conferences\nPress Conference by Foreign Press Secretary OHTAKA Masato\nWednesday, November 20, 2019, 4:53 p.m. Ministry of Foreign Affairs\nJapanese\nOpening Remarks\n(1) G20 Aichi-Nagoya Foreign Ministers’ Meeting\nMr. OHTAKA Masato, Press Secretary: I would like to discuss four matters during my opening remarks. Firstly, the G20 Foreign Ministers’ Meeting will take place this weekend. As has been explained, the G20 Foreign Ministers’ Meeting will be held on November 22 and 23 in Nagoya City, Aichi Prefecture as the closing event of the year in which Japan has held the G20 presidency.\nThe meeting will have three themes which are Promotion of Free Trade and Global Governance, Realization of the 2030 Agenda for Sustainable Development Goals (SDGs), and African Development. We will reconfirm various agreements from the G20 Osaka Summit including the “Osaka Track” and the “G20 Principles on Quality Infrastructure Investment,” and will conduct frank discussions regarding how to materialize various policies and systems taking into account the current international situation.\n(2) The 10th Ministerial Meeting of the Non-Proliferation and Disarmament Initiative (NPDI)\nPress Secretary OHTAKA: The second matter is that the 10th Ministerial Meeting of the NPDI will be held on November 23 on the margins of the G20 Foreign Ministers’ Meeting in Nagoya City that I just mentioned. In this meeting, discussions are planned to be held regarding maintaining and strengthening the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) system, the significance of transparency, and other matters toward the 2020 NPT Review Conference next year, which marks the 10th anniversary of the establishment of the NPDI and the 50th anniversary of the entry into force of the NPT. Amidst differences in countries’ positions on disarmament and an increasingly uncertain outlook for international disarmament and non-proliferation, I would like this ministerial meeting to show high-lev\n"
OHTAKA_URL = "https://www.mofa.go.jp/press/kaiken/kaiken4e_000721.html"


def test_next_numbered_heading_is_no_part_of_the_announcement_before_it():
    # https://www.mofa.go.jp/press/kaiken/kaiken4e_000721.html
    doc, sts = excerpt(titled("Press Conference by Foreign Press Secretary OHTAKA Masato", OHTAKA, "2019-11-20",
                              OHTAKA_URL))
    got = said(sts, "the G20 Foreign Ministers’ Meeting will take place this weekend")
    assert [w for w, _, _ in got] == ["OHTAKA Masato"]
    assert got[0][2].endswith("taking into account the current international situation.")
    assert not said(sts, "(2) The 10th Ministerial Meeting")


# --- India's MEA: "Shri Yatin Patel, OSD (PR):" reads out the questions -------------------------------------------

MEA_YATIN = "Media Center Media Center\n\nTranscript of Virtual Weekly Media Briefing by the Official Spokesperson (January 28, 2021)\n\nJanuary 29, 2021\n\nShri Anurag Srivastava, Official Spokesperson: Namaskar and good evening. Welcome to this weekly briefing in the virtual format and apologies for the delay in starting. I will begin with a short update on the Vande Bharat Mission and then we'll move on to your questions. On the Vande Bharat Mission you would know that the phase 9 of this Mission has been operational since the first of January 2021 and as on date more than 1,300 international flights have been operated from 27 countries. These flights have facilitated an estimated 2,53,000 people to return which brings the total number of people who have been facilitated under different modes of this Mission till date to 51 lakhs. Now we will move to your questions. Yatin, Could you please take over.\n\nShri Yatin Patel, OSD (PR):\nSir, first set of question is on vaccine corporation, Vishnu Som from NDTV has asked \"How many partner nations have we supplied vaccine to in total and have all of these been grants? Have some of these nations bought vaccines? Siddhant from WION is asking \"When is Afghanistan expected to get India's Covid vaccines and when it comes to Africa how many countries are we helping? Madhurendra from News Nation is asking, \" Bhaarateey vaikseen kee khep ab tak kitane deshon mein ja chuki hai? Aur kitane deshon se dimaand hai? (Questioned in Hindi; App.Translation) To how many countries have the Indian vaccine consignments gone so far? How many countries are demanding it? Elizabeth from Mint has a question \"Of all the consignments of vaccines that have gone out, how much of them were vaccines manufactured by Serum Institute and how much of these vaccines were manufactured by Bharat Biotech? Similar questions from Pankaj Yadav, Shankar from India Vs Disinformation and Sandhya from ET.\n\nShri Anurag Srivastava, Official Spokesperson: As I had mentioned last time, there\n"
MEA_YATIN_URL = ("https://www.mea.gov.in/media-briefings.htm?dtl/33460/Transcript_of_Virtual_Weekly_Media_Briefing_by_the_"
                 "Official_Spokesperson_January_28_2021")


def test_officer_reading_out_the_questions_asks_and_ends_the_opening():
    # https://www.mea.gov.in/media-briefings.htm?dtl/33460/Transcript_of_Virtual_Weekly_Media_Briefing_by_the_Official_Spokesperson_January_28_2021
    doc, sts = excerpt(titled("Transcript of Virtual Weekly Media Briefing by the Official Spokesperson (January 28, "
                              "2021)", MEA_YATIN, "2021-01-29", MEA_YATIN_URL))
    assert not said(sts, "Vishnu Som from NDTV has asked")       # (had been Anurag Srivastava's, then Yatin Patel's)
    got = said(sts, "phase 9 of this Mission")
    assert [(w, d) for w, d, _ in got] == [("Anurag Srivastava", "2021-01-28")]
    assert got[0][2].endswith("till date to 51 lakhs.")     # not "Now we will move to your questions. Yatin, ..."
    assert not said(sts, "As I had mentioned last time, there")   # the answer the copy cuts off after seven words
    assert len(sts) == 1


# --- the Palace's greeting in Filipino opening the spokesperson's statement ------------------------------------

ROQUE = "SEC. ROQUE: Magandang tanghali, Pilipinas.\nUsaping bakuna po muna tayo ha: Mahigit 58.2 million ang total doses na-administer na po sa buong Pilipinas as of October 28, 2021, ito po ay ayon sa National COVID-19 Vaccination Dashboard. Sa bilang na ito, nasa 34.75% na po or mahigit 26.8 million ang fully vaccinated. Sa Metro Manila naman po ha, nasa 95.89 or mahigit 9.3 million na po ang nakatanggap ng first dose. Habang 86.93% or mahigit 8.4 million ang fully vaccinated. Good job po sa lahat; gawin natin ito sa buong bansa.\nSamantala, nagpulong po kahapon, October 28, ang inyong IATF kung saan inaprubahan ang rekomendasyon na i-expand ang pagpapatupad ng pilot implementation na alert level system sa tatlo pang rehiyon, habang ang Baguio City naman ay area for special monitoring. Simula a-uno ng Nobyembre, kabilang na sa pilot ang Region III, VI at X.\nSimula a-uno ng Nobyembre hanggang 14 ng Nobyembre 2021, ang mga sumusunod na lugar ay nasa Alert Level 4: Aurora, Bacolod City, Negros Oriental, Davao Occidental. Samantala. nasa Alert Level 3 naman po mula November 1 hanggang 14 ang Bataan, ang National Capital Region, ang Cavite, Laguna, Rizal, Iloilo City, Siquijor, Lanao Del Norte, Davao City at Davao Del Norte.\nAng siyudad ng Baguio ay isinama rin as a special area for special monitoring at mapapasailalim po sa Alert Level Number 3.\nNasa Alert Level Number 2 naman po mula Nobyembre a-uno hanggang Nobyembre katorse ang Angeles City, Bulacan, Nueva Ecija, Olongapo City, Pampanga, Tarlac, Batangas, Quezon Province, Lucena City, Aklan, Antique, Capiz, Guimaras, Iloilo, Negros Occidental, Bohol, Cebu City, Lapu-Lapu City, Mandaue City, Cebu Province, Bukidnon, Cagayan De Oro City, Camiguin, Iligan City, Misamis Occidental, Misamis Oriental, Davao De Oro, Davao Del Sur at Davao Oriental.\nIto naman po ang risk level classifications na inaprubahan sa mga lugar na hindi pa po kabilang sa expanded alert level systems implementation. MECQ mula Nobyembre a-uno hanggang a-kinse\n"
ROQUE_URL = "https://mirror.pco.gov.ph/?p=140552"


def test_greeting_in_filipino_is_no_part_of_the_opening_statement():
    # https://mirror.pco.gov.ph/?p=140552
    doc, sts = excerpt(titled("Press Briefing", ROQUE, None, ROQUE_URL))
    got = said(sts, "Usaping bakuna po muna tayo ha")
    assert [w for w, _, _ in got] == ["Roque"]
    assert got[0][2].startswith("Usaping bakuna po muna tayo ha")
    assert not said(sts, "Magandang tanghali")


# --- "eventually" between a speaker and the verb (a Politico digest of the Commission's midday briefing) ---------

POLITICO = "There were some strange exchanges at the European Commission’s midday press briefing Thursday.\n\nEU foreign policy chief Federica Mogherini is in Washington meeting Secretary of State Rex Tillerson, Senator John McCain, Donald Trump’s son-in-law Jared Kushner, and others. This led several journalists to ask about Ted Malloch (the self-proclaimed leading candidate to be U.S. ambassador to the EU) and whether the EU could block his nomination, if indeed he is nominated.\n\nSpokesperson Alexander Winterstein did his best to deflect the questions. “Everything is on the website,” became Winterstein’s catchphrase as the questions piled up.\n\nThe problem with that answer is the reason the midday briefing exists is to capture answers on camera. That is mostly because the EU wants more TV coverage and to look as transparent as possible.\n\nUsing the midday briefing to tell journalists to look up answers on a website defeats the main purpose of the briefing, in addition to annoying the EU press corps.\n\nWinterstein eventually admitted that a single national government or EU institution could block an ambassador’s nomination.\n\nThen there was Annika Breidthardt explaining the European Commission’s Structural Reform Support Service, and a new funding program for that service, as featured in Thursday morning’s Playbook.\n\nBreidthardt took exception on Twitter to Playbook’s coverage, which led us to pose these 10 questions to the Commission. In Breidthardt’s comments at the midday, reporters received answers to just one of the 10 questions (though more are promised).\n\nHere’s what we’ve learned so far: the Commission clarified that it had been using other funding lines to provide temporary money for the service, while it waited for national governments to come up with the €142 million in funding approved Wednesday. The Commission expects to be able to provide more “technical assistance” to governments “at their request.”\n\nBreidthardt didn’t spec\n"
POLITICO_URL = ("https://www.politico.eu/blogs/playbook-plus/2017/02/today-at-commission-dodging-bullets-on-ted-"
                "malloch-and-structural-reform/")


def test_speaker_eventually_admitted_that():
    # https://www.politico.eu/blogs/playbook-plus/2017/02/today-at-commission-dodging-bullets-on-ted-malloch-and-structural-reform/
    doc, sts = excerpt(titled("Today at Commission: dodging bullets on Ted Malloch and structural reform", POLITICO,
                              None, POLITICO_URL))
    got = said(sts, "could block an ambassador’s nomination")
    assert [w for w, _, _ in got] == ["Alexander Winterstein"]
    assert got[0][2] == "a single national government or EU institution could block an ambassador’s nomination"


# --- downingstreetsays.com's mark of a summary cut off ----------------------------------------------------------

DSAYS = "Downing Street Says...\n\nEvery day the Prime Minister's Spokesman meets a small coterie of political journalists known as 'the lobby' for a topical chat, or 'briefing'.\n\nDowning Street Says... is an unofficial site that lets you read summaries of these briefings and add your own comments. Want to know more?\n\n» Wednesday, July 17, 2013\n\nMinimum pricing\n\nAsked whether the PM is sad to see that minimum pricing will not go ahead, the PMS said that the government is banning sales of alcohol below the level of alcohol duty plus VAT, taking action to deal with the problems that have been seen with very cheap alcohol promotion. Asked why the PM has […]\n\nBriefing took place at 15:45 | Read whole briefing | Comments (0)\n\nArms sales\n\nAsked if the PM would take another look at who the UK trades arms with, the PMS said the government already has one of most rigorous arms exports controls in the world. NHS Asked if the PM apologises for a smear campaign against Andy Burnham, the PMS did not accept the premise of the question […]\n\nBriefing took place at 10:00 | Read whole briefing | Comments (0)\n\n» Tuesday, July 16, 2013\n\n\nAsked whether the PM has been influenced by Lynton Crosby on cigarette packaging, the PMS said that Lynton Crosby does not provide advice to government, he does election strategy for the Conservative party. Asked about health ministers? meetings with tobacco companies, the PMS said that ministers? meetings are published and referred the lobby to the […]\n\nBriefing took place at 15:45 | Read whole briefing | Comments (0)\n\nMinisterial interests\n\nAsked why the government hasn?t published the ministerial register of interests, the PMS said it would be published shortly reflecting the interests of current ministers. NHS Asked if the PM holds any Labour ministers responsible for unnecessary deaths in the upcoming Keogh review, the PMS said it was right that we wait for the publication. […]\n\nBriefing took place at 10:00 | Read whole briefing | Comments (0)\n\n» \n"
DSAYS_URL = "http://downingstreetsays.com/page/32"


def test_elision_mark_closing_a_summary_is_no_part_of_the_words():
    # http://downingstreetsays.com/page/32
    doc, sts = excerpt(titled("Downing Street Says...", DSAYS, None, DSAYS_URL))
    got = said(sts, "it was right that we wait for the publication")
    assert [(w, d) for w, d, _ in got] == [("Downing Street", "2013-07-16")]
    assert got[0][2] == "it was right that we wait for the publication"
    assert not [t for _, _, t in said(sts, "") if "[…]" in t]
