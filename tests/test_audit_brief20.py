"""Audit round brief20: briefing and press-conference transcripts as scraped pages (the Pentagon's, Korea's and Japan's
foreign ministries, India's MEA, France's foreign ministry's daily briefing as its embassy reprints it, UN noon
briefings, the Philippine DFA, Singapore's MFA, Downing Street's lobby briefings). Each test reads a real passage (its
page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_brief16 import titled
from test_audit_cases import excerpt
from test_audit_seed10 import said


# --- a full name in capitals, the headline's, labels the Pentagon's press secretary ----------------------------------

COOK = "UNITED24 - Make a charitable donation in support of Ukraine!\n\n\nU.S. Department of Defense\nPress Operations\nNews Transcript\n\nPresenter: Pentagon Press Secretary Peter Cook June 09, 2016\n\nDepartment of Defense Press Briefing by Pentagon Press Secretary Peter Cook in the Pentagon Briefing Room\n\nPETER COOK: Sorry to push things back, a busy day here.\n\nAnd let me ask, first of all, I hope you are enjoying the new WiFi that's in the room. So I'd like to thank our technical team for making that happen.\n\nLet me begin here with a few announcements and then I'll get to your questions.\n\nEarlier today, Secretary Carter spoke to troops and DOD civilians here at the Pentagon about his new round of Force of the Future proposals. I just want to reinforce a couple of the points that the secretary made in his announcement this morning.\n\nFirst, this is an historic set of proposals to address policies that have been on the books in some cases for nearly four decades. As the secretary said today, by and large our personnel policies work well. They have given us the best, most effective force not just in our nation's history, but the history of the world. So the system serves us well, but that does not mean it cannot improve to meet some new realities.\n"
COOK_TITLE = "Department of Defense Press Briefing by Pentagon Press Secretary Peter Cook in the Pentagon Briefing Room"
COOK_URL = "https://www.globalsecurity.org/military/library/news/2016/06/mil-160609-dod02.htm"


def test_capitals_full_name_label_the_headline_names_is_a_turn():
    # https://www.globalsecurity.org/military/library/news/2016/06/mil-160609-dod02.htm ("PETER COOK: Sorry to push
    # things back ..."; no "MR. COOK:" in the excerpt)
    doc, sts = excerpt(titled(COOK_TITLE, COOK, "2016-06-09", COOK_URL))
    got = said(sts, "Earlier today, Secretary Carter spoke to troops")
    assert [(w, d) for w, d, _ in got] == [("Peter Cook", "2016-06-09")], got
    assert not said(sts, "News Transcript")


def test_capitals_words_the_headline_repeats_are_no_name_label():
    # (ukpol.co.uk's "PRESS RELEASE : Russia’s latest Black Sea Grain Initiative demands ..." under that headline: no
    # speaker "Press Release", the release read as one)
    text = ("PRESS RELEASE : Russia’s latest Black Sea Grain Initiative demands are tantamount to holding the world’s "
            "starving hostage\n\nThe press release issued by the Foreign Office on 21 July 2023.\n\n"
            "Statement by Ambassador Barbara Woodward at the UN Security Council meeting on Ukraine.\n\n"
            "Russia has gone further, burning food at the dockside, and making threats to murder civilian sailors.\n")
    doc, sts = excerpt(titled("PRESS RELEASE : Russia’s latest Black Sea Grain Initiative demands are tantamount to "
                              "holding the world’s starving hostage", text, "2023-07-21",
                              "https://www.ukpol.co.uk/tag/foreign-office/page/203"))
    assert doc.genre != "transcript"
    assert not [st for st in sts if st.speaker and st.speaker.name.lower() == "press release"]


def test_capitals_name_the_headline_does_not_name_is_no_label():
    # (the same page under another title: "PETER COOK:" is then no speaker the page introduces)
    doc, sts = excerpt(titled("News Transcript", COOK, "2016-06-09", COOK_URL))
    assert not [st for st in sts if st.speaker and st.speaker.name == "Peter Cook"]


# --- the department before the title, a middle initial in the name ---------------------------------------------------

KIRBY = "An official website of the United States Government \nHere's how you know\n\nOfficial websites use .gov\n\n.gov website belongs to an official government organization in the United States.\n\nSecure .gov websites use HTTPS\n\nA lock ( lock ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.\n\nYou have accessed part of a historical collection on Some of the information contained within may be outdated and links may not function. Please contact the DOD Webmaster with any questions.\n\nPentagon Press Secretary Conducts On-Camera Press Briefing\n\nPRESS SECRETARY JOHN F. KIRBY: Just a couple things at the top; The secretary will be meeting on Friday with the Indian Minister of External Affairs Jaishankar, as part of India's first cabinet-level visit to Washington. The secretary's meeting with the External Affairs minister will continue discussions that the two held in New Delhi in March, and will continue the robust bilateral defense and security relationship between our two countries. We're looking forward to having him here at the Pentagon, and hosting him for a good set of talks.\n\nQ: Is this Friday or tomorrow?\n\nMR. KIRBY: Friday, Friday.\n\nWe're also pleased to announce that Deputy Secretary Hicks and Deputy Secretary of HHS Palm, signed a memorandum of understanding to continue our agency's partnership in defeating COVID-19 and preparing for future public health emergencies.\n\nThrough the Defense Assisted Acquisition Cell, the department will continue to support HHS in expanding domestic production of medical supplies. Additionally, the MOU will help bolster the Strategic National Stockpile and accelerate development and distribution of COVID-19 vaccines and therapeutics. For the full details on the MOU and for more on the whole team, the release can be found on our website at\n"
KIRBY_URL = "https://www.defense.gov/News/Transcripts/Transcript/Article/2635011/pentagon-press-secretary-conducts-on-camera-press-briefing/"


def test_press_secretary_label_with_a_middle_initial_opens_his_turn():
    # https://www.defense.gov/News/Transcripts/Transcript/Article/2635011/pentagon-press-secretary-conducts-on-camera-press-briefing/
    # ("PRESS SECRETARY JOHN F. KIRBY: Just a couple things at the top; ..." was read as a question's text)
    doc, sts = excerpt(titled("Pentagon Press Secretary Conducts On-Camera Press Briefing", KIRBY, None, KIRBY_URL))
    got = said(sts, "The secretary will be meeting on Friday with the Indian Minister")
    assert [w for w, _, _ in got] == ["John F. Kirby"], got
    assert said(sts, "Deputy Secretary Hicks and Deputy Secretary of HHS Palm")[0][0] == "John F. Kirby"
    assert not said(sts, "Is this Friday or tomorrow?")


def test_department_before_the_title_in_a_capitals_label():
    # https://www.globalsecurity.org/military/library/news/2015/08/mil-150825-dod01.htm
    text = ("PENTAGON PRESS SECRETARY PETER COOK: Afternoon, everybody. Welcome to the Pentagon.\n\n"
            "First off, an important development in the fight against ISIL. The United States and Turkey have finalized "
            "technical details for Turkey's full inclusion in the counter-ISIL coalition operations.\n\n"
            "Q: How many aircraft?\n\nMR. COOK: I won't get into the specific numbers of aircraft at this point.\n")
    doc, sts = excerpt(titled("Department of Defense Press Briefing by Pentagon Press Secretary Peter Cook in the "
                              "Pentagon Briefing Room", text, "2015-08-25",
                              "https://www.globalsecurity.org/military/library/news/2015/08/mil-150825-dod01.htm"))
    assert [w for w, _, _ in said(sts, "The United States and Turkey have finalized")] == ["Peter Cook"]
    assert [w for w, _, _ in said(sts, "I won't get into the specific numbers")] == ["Peter Cook"]
    assert not said(sts, "How many aircraft")


KIRBY_HOLDS = "An official website of the United States Government\nHere's how you know\n\nOfficial websites use .gov\n\n.gov website belongs to an official government organization in the United States.\n\nSecure .gov websites use HTTPS\n\nA lock ( lock ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.\n\nPentagon Press Secretary John F. Kirby Holds a Press Briefing\n\n\nQ: Hi, John.\n\nMR. KIRBY: OK. I have to get my iPad oriented now. There we go.\n\nOK, lots of stuff to go through at the top, so please bear with me. I think earlier today, you know there was a transition of authority ceremony held at Resolute Support Headquarters in Kabul, Afghanistan, marking the transition of command authorities from General Scott Miller to the commander of U.S. Central Command, General Frank McKenzie. As the secretary approved earlier this month, and as we outlined to you on July 2nd, General McKenzie will now lead the U.S. mission in Afghanistan, and that's focused on four things: one, protecting our diplomatic presence in country; two, enabling the safe operation of Hamid Karzai International Airport; three, continuing to provide appropriate advice and assistance to the Afghan National Defense and Security Forces; and four, supporting our counterterrorism efforts.\n"


def test_headline_verb_holds_is_no_part_of_the_name():
    # https://www.defense.gov/News/Transcripts/Transcript/Article/2691684/pentagon-press-secretary-john-f-kirby-holds-a-press-briefing/source/pentagon-press-secretary-john-f-kirby-holds-a-press-briefing/
    # ("Pentagon Press Secretary John F. Kirby Holds a Press Briefing": the speaker was "John F. Kirby Holds")
    doc, sts = excerpt(titled("Pentagon Press Secretary John F. Kirby Holds a Press Briefing", KIRBY_HOLDS, None,
                              "https://www.defense.gov/News/Transcripts/Transcript/Article/2691684/pentagon-press-secretary-john-f-kirby-holds-a-press-briefing/"))
    got = said(sts, "transition of authority ceremony held at Resolute Support")
    assert [w for w, _, _ in got] == ["John F. Kirby"], got


# --- Korea's MOFA: the header's lines run together, the date after the spokesperson's name ---------------------------

CHO = "바로가기 메뉴\n본문 바로가기\n주메뉴 바로가기\n검색창 열기\n\nPress Briefings\n\nSpokesperson's Press Briefing (Dec. 12, 2013)\n\n\nPress Briefing\nSpokesperson and Deputy Minister for Public Relations Cho Tai-young\nDec. 12, 2013 14:30 KST\n\nGood afternoon. Let me start today’s briefing.\n\nToday, I have seven announcements to make.\n\nFirst, the Government of the Republic of Korea sternly protests the Japanese Foreign Ministry’s posting of a nine-language video containing unjust claims to Dokdo, an integral part of the ROK territory, on its website on December 11, following its posting of a similar video clip on its website on October 16 and 31. The ROK government once again and strongly demands that all such video clips be removed immediately.\n\nThe Government of the Republic of Korea considers such repeated provocations by the Japanese government moves that make the ROK doubt its sincerity toward improving the ROK-Japan relations. The ROK government makes it clear that it will firmly respond to any attempt by the Japanese government to undermine the territorial sovereignty of the ROK.\n\nSecondly, let me discuss First Vice Minister of Foreign Affairs Kim Kyou-hyun’s visit to the US and Europe.\n\nVice Minister Kim will visit Washington from December 15 through 18 to meet and exchange views with key government officials and academics of the US. He will also hold a strategic dialogue with Deputy Secretary of State Burns on December 17.\n"
CHO_URL = "http://www.mofa.go.kr/eng/brd/m_5679/view.do?seq=313172"


def test_korean_spokesperson_named_in_a_header_run_together_with_the_date():
    # http://www.mofa.go.kr/eng/brd/m_5679/view.do?seq=313172 ("Press Briefing" / "Spokesperson and Deputy Minister for
    # Public Relations Cho Tai-young" / "Dec. 12, 2013 14:30 KST" read as one line: no briefer was found, and "The
    # Government of the Republic of Korea considers such" was a speaker)
    doc, sts = excerpt(titled("Spokesperson's Press Briefing (Dec. 12, 2013)", CHO, "2013-12-12", CHO_URL))
    got = said(sts, "sternly protests the Japanese Foreign Ministry’s posting")
    assert [(w, d) for w, d, _ in got] == [("Cho Tai-young", "2013-12-12")], got
    assert [w for w, _, _ in said(sts, "Vice Minister Kim will visit Washington")] == ["Cho Tai-young"]
    assert not [st for st in sts if st.speaker and "considers" in st.speaker.name]


def test_short_month_after_a_name_is_no_part_of_it():
    # (the same header: "Cho Tai-young Dec." is no fuller name of the spokesperson)
    doc, sts = excerpt(titled("Spokesperson's Press Briefing (Dec. 12, 2013)", CHO, "2013-12-12", CHO_URL))
    assert {st.speaker.name for st in sts if st.speaker} == {"Cho Tai-young"}


# --- France's daily press briefing: the ministry's unnamed spokesperson answers under "Q - ..." ----------------------

FR07 = 'Daily Press Briefing\n\nStatements made by\nthe Ministry of Foreign Affairs Spokesperson\n\n(Paris, February 14, 2007)\n\n[Please note that only the original French text issued by the French Ministry of Foreign Affairs may be considered official.]\n\n\nQ - Any comment after the attacks in Algeria?\n\nWe strongly condemn the seven attacks which targeted representatives of the forces of order in Algeria yesterday.\n\nWe offer our most heartfelt condolences to the families and friends of the victims of these unjustifiable acts and our best wishes for the recovery of the injured.\n\nWe stand by Algeria in its fight against terrorism.\n\n\nQ - Does France fear attacks by al Qaeda against UNIFIL forces in Lebanon after the message from the second-in-command in al Qaeda, Ayman el Zawahri, calling on Lebanese Muslims not to accept the presence of international and crusader forces in southern Lebanon?\n\nUNIFIL is performing its mission in the context of the mandate assigned it in resolution 1701.\n\nIt takes all necessary measures to ensure its protection in a permanent way and to confront every kind of threat.\n'
FR07_URL = "https://franceintheus.org/IMG/html/briefing/2007/us140207.html"


def test_french_daily_briefing_answers_are_the_ministrys():
    # https://franceintheus.org/IMG/html/briefing/2007/us140207.html ("Statements made by the Ministry of Foreign
    # Affairs Spokesperson"; the answers printed under "Q - ..." were nobody's)
    doc, sts = excerpt(titled("Daily Press Briefing", FR07, "2007-02-14", FR07_URL))
    got = said(sts, "We strongly condemn the seven attacks")
    assert [(w, d) for w, d, _ in got] == [("Ministry of Foreign Affairs", "2007-02-14")], got
    assert got[0][2].endswith("We stand by Algeria in its fight against terrorism.")     # the answer's three paragraphs
    assert said(sts, "UNIFIL is performing its mission")[0][0] == "Ministry of Foreign Affairs"
    assert not said(sts, "Any comment after the attacks")          # the questions ask
    assert not said(sts, "Please note that only the original French text")


FR17 = 'The Daily Press Briefing\n\nStatements made by\nthe Ministry for Europe\nand Foreign Affairs\n\nParis - July 18, 2017\nIn this issue:\n\n◢  Egypt\n\n◢  Syria\n\n◢  Middle East peace process\n\n◢  Saudi Arabia\n\n◢  Situation in the Gulf\n\n◢  Turkey\n\n◢  Libya\n\n◢  Venezuela\n\n◢  Ukraine\n\n◢  Poland\n\n◢  Europe / OSCE – Appointment of Harlem Désir as Representative on Freedom of the Media for the Organization for Security and Cooperation in Europe\n\n\nFollowing the embassy\'s intervention with the Egyptian authorities in support of IPSOS\'s efforts, are you satisfied with the reasons given for closing the institute\'s office?\n\nPlease refer to the response given yesterday in the press briefing, to which we have nothing to add.\n\nFor more details, we suggest you contact the IPSOS Institute directly.\n\n\n1/ Israel is opposed to the truce in the south of the country, because it believes that it strengthens Iran\'s presence. What is Paris\'s view regarding this?\n\nAs you are aware, France is attached to Israel\'s security.\n\nThe discussions underway between the U.S., Russia and Jordan are aimed at establishing a de-escalation zone in the south. All efforts to reduce hostilities are helpful.\n\nFrance, in collaboration with its partners, is closely monitoring the conditions for establishing this zone, and notably the withdrawal of the militia groups.\n\n2/ In addition, you did not give a clear response yesterday regarding the issue of whether Iran will be part of the new contact group proposed by France or not.\n\nJean-Yves Le Drian reaffirmed to Le Monde that a political solution in Syria must involve "the permanent members of the Security Council and the countries in the region, with the support of the UN."\n\nWe are in contact with our partners in order to make progress toward achieving this goal.\n'


def test_french_daily_briefing_unlabelled_and_numbered_questions():
    # https://franceintheus.org/IMG/html/briefing/2017/DDB-2017-07-18.html (questions printed alone, ending in "?", or
    # numbered "2/ In addition, you did not give a clear response ...")
    doc, sts = excerpt(titled("The Daily Press Briefing", FR17, "2017-07-18",
                              "https://franceintheus.org/IMG/html/briefing/2017/DDB-2017-07-18.html"))
    got = said(sts, "Please refer to the response given yesterday")
    assert [w for w, _, _ in got] == ["Ministry for Europe and Foreign Affairs"], got
    assert said(sts, "France is attached to Israel's security")[0][0] == "Ministry for Europe and Foreign Affairs"
    assert not said(sts, "you did not give a clear response yesterday")
    assert not said(sts, "are you satisfied with the reasons given")
    assert not said(sts, "◢")


FR18 = 'The Daily Press Briefing\n\nStatements made by\nthe Ministry for Europe\nand Foreign Affairs\n\nParis - February 9, 2018\nIn this issue:\n\n◢  Digital diplomacy – Launch of the Russian-language version of the France Diplomatie website and Twitter account (February 9, 2018)\n\n◢  Thailand – Visit by Jean-Baptiste Lemoyne (February 12-13, 2018)\n\n◢  Development – Food security\n\n◢  Ukraine\n\n◢  Syria\n\nDigital diplomacy – Launch of the Russian-language version of the France Diplomatie website and Twitter account (February 9, 2018)\n\nIn the context of the development of its foreign language digital diplomacy, the Ministry for Europe and Foreign Affairs will inaugurate the Russian version of the France Diplomatie website ( as well as its Twitter account in Russian (@francediplo_RU) on August 9.\n\nThese new communication tools are targeted at almost 300 million Russian speakers around the work, who will be able to experience, in their language, the diversity our diplomatic, cultural and economic relations and learn first-hand about France, its appeal and strengths. On this occasion, Jean-Yves Le Drian, Minister for Europe and Foreign Affairs, wanted to send a message of welcome to Russian-speaking internet users (see below).\n\nRussian has now become the sixth France Diplomatie language, after Spanish and English in 2012, followed by Arabic and German in 2013. More concise versions are also available in Chinese and Japanese. We are the only foreign ministry in the world to communicate in so many languages.\n\nThe development of our digital diplomacy and our communication through social networks is a priority for the Ministry for Europe and Foreign Affairs. Our social media audiences are constantly expanding, with in particular more than a million followers on our French Twitter account, which has been active since 2007. Our foreign language accounts have been active since 2010 in English, since 2012 in Spanish, since 2014 in Arabic and since 2017 in German.\n\n* * *\n'


def test_french_daily_briefing_headings_are_no_statements():
    # https://franceintheus.org/IMG/html/briefing/2018/DDB-2018-02-09.html (the list and the topic's heading
    # "Digital diplomacy – Launch of ... (February 9, 2018)" are no announcement)
    doc, sts = excerpt(titled("The Daily Press Briefing", FR18, "2018-02-09",
                              "https://franceintheus.org/IMG/html/briefing/2018/DDB-2018-02-09.html"))
    assert [st.text[:30] for st in sts] == ["In the context of the developm"], [st.text[:60] for st in sts]


def test_news_report_of_a_ministry_statement_is_no_briefing():
    # (a report that quotes "statements made by the Ministry" is read as news)
    text = ("Statements made by the Ministry of Foreign Affairs on Monday drew criticism from the opposition.\n\n"
            "Q - the letter was signed by four deputies, the newspaper said.\n\n"
            "The opposition leader said the government had failed to explain its position on the talks.\n")
    doc, sts = excerpt(titled("Opposition criticises ministry", text, "2020-01-06", "https://example.org/news"))
    assert doc.genre != "transcript"


# --- the person named after "in which": "a statement on Syria, in which the Secretary-General said ..." --------------

UN_SYRIA = '24 December 2019\n\nDaily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\nThe following is a near-verbatim transcript of today’s noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.\n\n\nGood afternoon.  As you saw, last night we issued a statement on Syria, in which the Secretary-General said he was deeply concerned about the military escalation in the north-west and called for an immediate cessation of hostilities.\n\nHe reminded all parties of their obligations to protect civilians and ensure freedom of movement and said that sustained, unimpeded and safe humanitarian access to civilians, including through cross-border modality, must be guaranteed in order to allow the United Nations and its humanitarian partners to continue to carry out their critical work in northern Syria.\n'


def test_titled_subject_of_in_which_clause_speaks():
    # https://www.un.org/press/en/2019/db191224.doc.htm ("last night we issued a statement on Syria, in which the
    # Secretary-General said he was deeply concerned ...": missed, and "He reminded all parties ..." went to the
    # spokesman who read the briefing)
    doc, sts = excerpt(titled("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General",
                              UN_SYRIA, "2019-12-24", "https://www.un.org/press/en/2019/db191224.doc.htm"))
    got = said(sts, "he was deeply concerned about the military escalation")
    assert [(w, d) for w, d, _ in got] == [("António Guterres", "2019-12-23")], got
    assert [w for w, _, _ in said(sts, "sustained, unimpeded and safe humanitarian access")] == ["António Guterres"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Stéphane Dujarric"]


def test_document_subject_of_in_which_clause_is_no_speaker():
    # (a report "in which the report says" is a document's content, nobody's statement)
    text = ("The agency published its annual survey on Monday, in which the report said that the number of displaced "
            "people had risen for the tenth year in a row.\n")
    doc, sts = excerpt(titled("Survey published", text, "2019-06-18", "https://example.org/survey"))
    assert not said(sts, "the number of displaced people had risen")


# --- the last answer under a timed label, cut off by the stored copy -------------------------------------------------

REV_KIRBY = 'May 3, 2021\n\nPentagon Press Secretary John Kirby Press Briefing Transcript May 3\n\nPentagon Press Secretary John Kirby Press Briefing Transcript May 3\nRevBlogTranscriptsPentagon Press Secretary John Kirby Press Briefing Transcript May 3\n\nPentagon Press Secretary John Kirby held a news briefing on May 3, 2021. Read the full transcript of the press conference here.\n\nTranscribe Your Own Content\n\nTry Rev and save time transcribing, captioning, and subtitling.\n\nJohn Kirby: (00:00)\nWe continue to assist the government and the people of India, as they continue to struggle with their COVID outbreak, US Transportation Command and its components continue to demonstrate their capability to provide immediate assistance to a partner nation. So, working with the Defense Logistics Agency and our inner agency partners, three US Air Force C-5 Super Galaxies and one C-17 Globemaster are continuing to deliver critical supplies. The third aircraft will arrive later today in India and the fourth flight will arrive tomorrow. Once all four missions are complete, the four aircraft will have delivered tons of very needed critical supplies, both in terms of oxygen generation capabilities and personal protective equipment. And obviously we’ll continue to assess the situation going forward. We’ll stay in touch with our counterparts in India should there be a need for additional help. The secretary was very clear in speaking to his counterpart in India that we’ll continue to do whatever we can to help.\n\nJohn Kirby: (01:13)\nOn exercises. I think, as you also know the long planned publicly announced DEFENDER-Europe 21 exercise has kicked off. The pre-staging for that exercise began back in March. As you know, it’s a large-scale US Army, Europe and Africa led multinational joint exercise designed to build strategic operational readiness and interoperability between US NATO allies and partner forces. It involves 28,000 US allied and partner forces from 26 different nations. And it’s defens\n'


def test_cut_off_answer_under_a_timed_label_is_said():
    # https://www.rev.com/blog/transcripts/pentagon-press-secretary-john-kirby-press-briefing-transcript-may-3 ("John
    # Kirby: (01:13)" on a line of its own, the answer under it cut off: "... And it’s defens")
    doc, sts = excerpt(titled("Pentagon Press Secretary John Kirby Press Briefing Transcript May 3", REV_KIRBY,
                              "2021-05-03",
                              "https://www.rev.com/blog/transcripts/pentagon-press-secretary-john-kirby-press-briefing-transcript-may-3"))
    got = said(sts, "the long planned publicly announced DEFENDER-Europe 21 exercise")
    assert [(w, d) for w, d, _ in got] == [("John Kirby", "2021-05-03")], got
    assert got[0][2].endswith("And it’s defens")
    assert len(sts) == 2


# --- India's MEA: an opening with "an immediate announcement" to make none of ------------------------------------------

MEA_OPENING = 'Media Center\n\nTranscript of Virtual Weekly Media Briefing by the Official Spokesperson (January 06, 2022)\n\nJanuary 06, 2022\n\nShri Arindam Bagchi, Official Spokesperson: Good evening and a very warm welcome to the first weekly media briefing of the Ministry of External Affairs of 2022. I wish you a Happy New Year. Due to COVID restrictions, we are now doing this on a virtual format till such time situation improves. I don\'t have an immediate announcement to make, so I would directly go on to the large number of questions that we have received. I would like to give the floor to Yatin. Yatin, could you take the floor.\n\nShri Yatin Patel, OSD (PR): Sir, the first set of question is on Sri Lanka. Suchita from News 18 Tamil is asking, "Twelve of Indian fishermen were released on conditional basis yesterday by Mannar court. When are we expecting them to reach India? Apart from these twelve, how many fishermen are at present under Sri Lankan custody? What is the status of their vessels? With continuing apprehension of Indian fishermen in large number by Sri Lankan Navy, whether the government is planning to call for a ministerial level talk, Joint Working Group meeting with Sri Lanka?” We have a similar question from Chandrakala from ETV.\n\nShri Arindam Bagchi, Official Spokesperson: As you are aware, government has taken up with the government of Sri Lanka, the detention of 68 fishermen and 10 boats that had been taken into custody by the Sri Lankan authorities between 18th to 20th December, 2021. These detained fishermen have been provided the necessary support by officials from our Consulate General in Jaffna, including clothes, toiletries, snacks, essentials and masks. Besides facilitating phone calls with their relatives, they\'ve also been provided legal representation. The High Commission of India in Colombo has taken up the issue of early release of these Indian fishermen with the Sri Lankan authorities. As a result of these efforts, 12 fishermen have now been releas\n'


def test_opening_without_an_announcement_is_no_statement():
    # https://mea.gov.in/media-briefings.htm?dtl/34740/Transcript+of+Virtual+Weekly+Media+Briefing+by+the+Official+Spokesperson+January+06+2022
    # ("... I don't have an immediate announcement to make, so I would directly go on to the large number of
    # questions that we have received. I would like to give the floor to Yatin. ...")
    doc, sts = excerpt(titled("Transcript of Virtual Weekly Media Briefing by the Official Spokesperson (January 06, "
                              "2022)", MEA_OPENING, "2022-01-06",
                              "https://mea.gov.in/media-briefings.htm?dtl/34740/Transcript+of+Virtual+Weekly+Media+Briefing+by+the+Official+Spokesperson+January+06+2022"))
    assert not said(sts, "I would like to give the floor to Yatin")
    assert not said(sts, "Due to COVID restrictions")
    got = said(sts, "government has taken up with the government of Sri Lanka")
    assert [(w, d) for w, d, _ in got] == [("Arindam Bagchi", "2022-01-06")], got
    assert not said(sts, "Twelve of Indian fishermen were released")     # the question Yatin Patel reads out


def test_no_announcement_on_a_topic_is_an_answer():
    # (an answer "We don't have an announcement on that yet" stays: the words after it are about that topic)
    text = ("Shri Arindam Bagchi, Official Spokesperson: A very good evening to all of you. I have one announcement. "
            "External Affairs Minister will visit Germany from February 18th to 23rd of this month for the Munich "
            "Security Conference.\n\nSpeaker 1: Will the Prime Minister travel to the summit?\n\n"
            "Shri Arindam Bagchi, Official Spokesperson: We don't have an announcement on that yet, and we will share "
            "the details of any such visit with you as soon as they are finalised.\n")
    doc, sts = excerpt(titled("Transcript of Weekly Media Briefing by the Official Spokesperson (February 17, 2022)",
                              text, "2022-02-17", "https://mea.gov.in/media-briefings.htm?dtl/34875"))
    assert [w for w, _, _ in said(sts, "We don't have an announcement on that yet")] == ["Arindam Bagchi"]
    assert [w for w, _, _ in said(sts, "External Affairs Minister will visit Germany")] == ["Arindam Bagchi"]


# --- the UN's non-breaking hyphen: "the Secretary‑General" is the Secretary-General -----------------------------------

UN_ROME = 'Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\nThe following is a near-verbatim transcript of today’s noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.\n\n**Secretary-General’s Travels\n\nGood afternoon.  The Secretary‑General of these United Nations is in Rome, and in a few minutes, he will have a bilateral meeting with Prime Minister Giuseppe Conte, to be followed by a joint press stakeout.  We will share those remarks with you.\n\nEarlier in the day, at the Palazzo Madama, which houses the Italian Senate, the Secretary‑General delivered remarks on multilateral solutions to global challenges, during a special session organized by the President of the Senate and the President of the Chamber of Deputies.  He reiterated his disappointment with the outcome of COP25 [25th Conference of Parties] and called for climate ambition to remain at the top of the international agenda in the crucial, next crucial 12 months.\n\nOn Libya, the Secretary‑General expressed his frustration that the arms embargo is not respected and that a ceasefire and a political solution led by the Libyan themselves is needed, he said.\n\nTurning to the issue of refugees and migrants, he called for more support and solidarity for the Mediterranean countries that receive them like Greece and Italy.\n'


def test_non_breaking_hyphen_title_is_the_title():
    # https://www.un.org/press/en/2019/db191218.doc.htm ("the Secretary‑General delivered remarks ... He reiterated his
    # disappointment with the outcome of COP25 ...", U+2011 in "Secretary‑General": "He" went to Prime Minister Giuseppe
    # Conte, named in the paragraph before)
    doc, sts = excerpt(titled("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General",
                              UN_ROME, "2019-12-18", "https://www.un.org/press/en/2019/db191218.doc.htm"))
    for words in ("his disappointment with the outcome of COP25", "climate ambition to remain at the top",
                  "more support and solidarity for the Mediterranean countries"):
        assert [w for w, _, _ in said(sts, words)] == ["António Guterres"], said(sts, words)
    assert not [st for st in sts if st.speaker and st.speaker.name == "Giuseppe Conte"]
    # the statements keep the printed words (excerpt checks every text against the body's offsets)
    assert any("Secretary\u2011General" in st.text for st in sts)


MEA_HAND_OVER = 'MEA Weekly Press Briefing Transcript of Virtual Weekly Media Briefing by the Official Spokesperson (August 05, 2021)\n\nTranscript of Virtual Weekly Media Briefing by the Official Spokesperson (August 05, 2021)\n\nShri Arindam Bagchi, Official Spokesperson: Good evening, and a very warm welcome to this week\'s Virtual Media interaction. Thank you again for joining us. And I would hand over to Yatin to take us through the questions.\n\nShri Yatin Patel, OSD (PR): Gautam Lahiri is asking, "When Prime Minister will address virtual session of UNSC? What will be the subject? And is it only maritime security?”\n\nShri Arindam Bagchi, Official Spokesperson: Look, as you are all aware, India is currently holding the Presidency of the UN Security Council for the month of August. As part of our presidency, we are organising signature events as they\'re called on three focus areas that we\'ve chosen. These are maritime security, peacekeeping operations and counterterrorism. On August 9, this Monday evening, our time, PM will preside over a high level virtual open debate of the UN Security Council on the topic: Enhancing maritime security, a case for international cooperation, under the agenda item, maintenance of international peace and security. This would be the first time that an Indian Prime Minister would be presiding over a meeting of the UN Security Council. On the other two focus areas where the signature events will take place later in the month, we are of course planning physical meetings and we hope that External Affairs Minister, Dr. S. Jaishankar would be able to travel to New York to attend them. We will continue to provide you more details of these events closer to the date.\n\nShri Yatin Patel, OSD (PR): The next set of question is on Afghanistan. Jai Prakash from Dainik Jagran is asking,"UNSC would be discussing on Afghanistan issue tomorrow. What would be India’s stand?” Ameya from Sarkaritel is asking, "What is India\'s response to new evolving security situation in\n'


def test_handing_over_to_the_reader_of_questions_is_procedural():
    # https://eoibeijing.gov.in/eoibejing_listview/MTAwNw,, ("Good evening, and a very warm welcome to this week's
    # Virtual Media interaction. Thank you again for joining us. And I would hand over to Yatin to take us through the
    # questions.": the last sentence was kept as a statement)
    doc, sts = excerpt(titled("MEA Weekly Press Briefing Transcript of Virtual Weekly Media Briefing by the Official "
                              "Spokesperson (August 05, 2021)", MEA_HAND_OVER, None,
                              "https://eoibeijing.gov.in/eoibejing_listview/MTAwNw,,"))
    assert not said(sts, "hand over to Yatin")
    got = said(sts, "India is currently holding the Presidency of the UN Security Council")
    assert [(w, d) for w, d, _ in got] == [("Arindam Bagchi", "2021-08-05")], got


def test_handing_over_a_base_is_an_answer():
    # (what a government hands over is no procedure: "We will hand over the base to Afghan forces." stays)
    text = ("Shri Arindam Bagchi, Official Spokesperson: Good evening. I have one announcement about the mission.\n\n"
            "Speaker 1: What happens to the base?\n\n"
            "Shri Arindam Bagchi, Official Spokesperson: We will hand over the base to Afghan forces.\n")
    doc, sts = excerpt(titled("Transcript of Weekly Media Briefing by the Official Spokesperson (August 05, 2021)",
                              text, "2021-08-05", "https://mea.gov.in/media-briefings.htm?dtl/1"))
    assert [w for w, _, _ in said(sts, "We will hand over the base to Afghan forces")] == ["Arindam Bagchi"]
