"""Audit round setbj: news reports of Asian governments' spokespeople and ministers from US and UK outlets and the wires
(set BJ's train documents: The Independent, Nikkei Asia, Tempo printing Reuters, Voice of America, The Week, Reuters,
Panay News printing Reuters, The Local France printing AFP). Each test reads a real passage (its page's URL or file in a
comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_brief18 import DSAYS
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "..., said U.S. Secretary of State Hillary Clinton's trip ...": a possessive name opens the clause said ----------

VOA_BURMA = '''
China says it is open to Burma seeking closer ties with the West, but not at the expense of Beijing's interests.

A Chinese foreign ministry spokesman (Hong Lei) said Wednesday Beijing welcomes Burma's moves to enhance contact and improve relations with Western nations.

But China's state-run newspaper Global Times, known for its nationalist stance, said U.S. Secretary of State Hillary Clinton's trip to Burma raises speculation that the United States is trying to persuade the Chinese neighbor to align itself with the U.S. instead of China. In an editorial published Wednesday, the paper said China will not accept this while seeing its interests “stamped on.”

Monique Skidmore, a Burma analyst at the Australian National University, told VOA Wednesday increased American or Western influence in Burma will be a threat to Chinese political, geopolitical and economic interests throughout Asia.
'''


def test_a_possessive_name_after_the_cue_is_no_inverted_speaker():
    # https://blogs.voanews.com/breaking-news/?p=72350 (eval/own/docs-bj/us/005.md): the newspaper's words open with
    # Clinton's trip; before, "said U.S. Secretary of State Hillary Clinton" was read as an inverted frame and the words
    # before it ("But China's state-run newspaper Global Times, known for its nationalist stance") as hers
    _, sts = excerpt(page(VOA_BURMA))
    assert [who for who, _, _ in said(sts, "")] and "Hillary Clinton" not in [who for who, _, _ in said(sts, "")]
    assert said(sts, "nationalist stance") == []
    # must not: a role and a name after the possessive are the inverted speaker
    # (bbc-news/business/105.txt)
    _, sts = excerpt(page('''
With a price tag under £80,000, the V8 Vantage is tens of thousands of pounds cheaper than existing Aston models. The Vantage is "the most important car in the history of our company", said Aston's chief executive Ulrich Bez. Aston - whose cars were famously used by James Bond - will unveil the Vantage at the Geneva Motor Show on Thursday.
''', date="2005-02-16"))
    assert [who for who, _, _ in said(sts, "most important car")] == ["Ulrich Bez"]
    # ... and a title after the possessive opens the speaker's name (../shared/corpora/seeds/000_b936ad9e30ec9187.txt)
    _, sts = excerpt(page('''
The US Department of State’s 2016 annual Human Rights report acknowledges some of Vietnam’s achievements in protecting human rights, but makes biased statements and does not reflect the real situation in Vietnam, said Foreign Ministry’s Spokesperson Le Hai Binh.
''', date="2017-03-14"))
    assert [who for who, _, _ in said(sts, "biased statements")] == ["Lê Hải Bình"]
    # ... and a role alone after the possessive, ending the phrase, is the inverted speaker too, named in the next
    # paragraph (https://timeskuwait.com/news/late-amir-sheikh-nawaf-supported-local-intl-cooperation-omani-fm;
    # test_audit_seed16)
    _, sts = excerpt(page('''
His Highness the late Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah had a “prominent” role in shaping Kuwait’s local policy, as well as supporting regional and international cooperation, said Oman’s top diplomat on Saturday.

“Since assuming power in 2020, His Highness the late Amir worked relentlessly to sustain relations with Gulf, Arab and friendly countries,” said Bader Al-Busaidi, the Sultanate’s foreign minister in a statement to KUNA. His Highness late Sheikh Nawaf passed away earlier today.
'''))
    assert [who for who, _, _ in said(sts, "prominent")] == ["Bader Al-Busaidi"]


# --- "A Chinese foreign ministry spokesman (Hong Lei) said": the name in parentheses after a title -------------------

def test_a_name_in_parentheses_after_a_title_is_the_speaker():
    # https://blogs.voanews.com/breaking-news/?p=72350 (eval/own/docs-bj/us/005.md): before, the parentheses were
    # dropped and the title alone made the ministry the speaker
    _, sts = excerpt(page(VOA_BURMA))
    assert [who for who, _, _ in said(sts, "Beijing welcomes Burma's moves")] == ["Hong Lei"]
    # must not: a portfolio in parentheses, the name after it, stays as it was: the speaker is Sam Tan
    # (eval/own/docs/sg/118.md, a Singapore MFA release)
    _, sts = excerpt(page('''
10 April 2014

Responding to press queries about a Straits Times interview (‘Lessons from an unfortunate event’ on 5 April 2014) with the Chairman of the Government Parliamentary Committee for Defence and Foreign Affairs, Dr Lim Wee Kiak, in which he said that the Malaysian authorities could have done better in managing the MH370 incident, Senior Parliamentary Secretary (Foreign Affairs) and Senior Parliamentary Secretary (Culture, Community and Youth) Sam Tan said:

“The Singapore Government position has been clearly set out in the remarks by Minister for Foreign Affairs and Minister for Law K Shanmugam to the Foreign Correspondents Association on 28 March 2014, as well as by Prime Minister Lee Hsien Loong to the editors of the Asia News Network on 9 April 2014. It is an unprecedented and very difficult situation and, as Prime Minister Lee said, the Malaysian Government has done a ‘manful job’.
''', date="2014-04-10"))
    assert [who for who, _, _ in said(sts, "Singapore Government position")] == ["Sam Tan"]


# --- the reporter's appositive or participle after the words ---------------------------------------------------------

def test_the_reporters_appositive_on_the_clause_ends_the_words():
    # https://www.independent.co.uk/news/world/asia/north-korea-could-end-nuclear-tests-minister-says-rare-western-
    # interview-a6998241.html (eval/own/docs-bj/uk/001.md): ", a development which could render ..." is the reporter's
    _, sts = excerpt(page('''
Sunday 24 April 2016 09:28 BST

Mr Ri's comments came on Saturday as the North Korean government announced it had successfully launched a ballistic missile from a submarine, a development which could render the country capable of launching a nuclear weapon without warning.
''', date="2016-04-24"))
    assert [(who, text) for who, _, text in said(sts, "ballistic missile")] == \
        [("North Korean government", "it had successfully launched a ballistic missile from a submarine")]
    # must not: an appositive of another noun stays with the words, as before ("an agreement that ...": no gloss
    # noun) (bbc-news/business/409.txt)
    _, sts = excerpt(page('''
Standard Chartered said it was buying 100% of KFB, an agreement that would bring an end to the bank's complex dual ownership.
''', date="2005-01-10"))
    assert [(who, text) for who, _, text in said(sts, "KFB")] == \
        [("Standard Chartered", "it was buying 100% of KFB, an agreement that would bring an end to the bank's complex "
                                "dual ownership")]
    # ... nor one whose relative tells the planned effect, the speaker's own claim (reuters21578/reut2-001.sgm)
    _, sts = excerpt(page('''
NEW YORK, March 4 - Pan Am Corp said its Pan American World Airways unit will reduce management costs by 20 pct, or about 80 mln dlrs, through job cuts, salary freezes and other measures. Pan Am also said it has asked its labor unions to help lower costs by an additional 180 mln dlrs. The airline said it will eliminate 464 managment positions and freeze all management salaries, a move that will save 30 mln dlrs a year.
''', date="1987-03-04"))
    assert [text for _, _, text in said(sts, "464")] == \
        ["it will eliminate 464 managment positions and freeze all management salaries, a move that will save 30 mln "
         "dlrs a year"]


def test_the_reporters_participle_of_what_the_words_did_ends_them():
    # https://asia.nikkei.com/Politics/International-relations/Beijing-lashes-out-against-Japan-Stop-slandering-China
    # (eval/own/docs-bj/jp/002.md): ", hitting back forcefully in response to ..." is the reporter's account
    _, sts = excerpt(page('''
BEIJING -- China's Foreign Ministry accused Japan of "sowing discord" on Thursday, hitting back forcefully in response to Tokyo speaking out against Beijing's expansionist maritime activities.
'''))
    assert [text for _, _, text in said(sts, "sowing discord")] == ['Japan of "sowing discord" on Thursday']
    # ... and ", underscoring the severity of ..." (https://tempo.mb.com.ph/2018/10/05/china-slams-us-over-shelved-
    # security-talks, eval/own/docs-bj/ph/004.md)
    _, sts = excerpt(page('''
SHANGHAI (Reuters) – China’s foreign ministry criticized the United States for suggesting that Beijing was behind the cancellation of sensitive security talks planned for this month, underscoring the severity of trade tensions between the world’s two biggest economies.
''', date="2018-10-05"))
    assert [text for _, _, text in said(sts, "cancellation")] == \
        ["the United States for suggesting that Beijing was behind the cancellation of sensitive security talks "
         "planned for this month"]
    # must not: a participle of saying after the words still frames words of its own, as before
    # (http://www.xinhuanet.com/english/2018-05/30/c_137218040.htm; test_audit_seed10)
    _, sts = excerpt(page('''
BEIJING, May 30 (Xinhua) -- A Chinese mainland spokesperson on Wednesday criticized the Taiwan authority's moves to obstruct and restrict cross-Strait exchanges, saying that such acts were "bound to be opposed by compatriots on both sides of the Strait."

An Fengshan, spokesperson for the Taiwan Affairs Office of the State Council, made the remarks at a press conference in response to a question about the island's cross-Strait affairs authority's recent statement that it would conduct "strict scrutiny" of visits and other activities of people from the mainland.
''', date="2018-05-30"))
    assert [text for _, _, text in said(sts, "")] == \
        ["the Taiwan authority's moves to obstruct and restrict cross-Strait exchanges",
         'such acts were "bound to be opposed by compatriots on both sides of the Strait."']


# --- one day printed twice with the byline is no diary of days ------------------------------------------------------

LOCAL_RI = '''
Advertisement

AFP/The Local

news@thelocal.se

9 September 2017

14:30 CEST+02:00

Share this article

Ri Tok-Son, deputy director of the North Korea's foreign ministry European department, made his comments during a Friday press conference in Pyongyang. PHOTO: KIM WON-JIM/AFP

AFP/The Local

news@thelocal.se

9 September 2017

14:30 CEST+02:00

Ri Tok-Son, deputy director of the foreign ministry's European department, said France's claim that a nuclear missile launched from the North could strike Europe was "preposterous".

He stressed that the North's atomic arsenal was a deterrent against US nuclear threats which Paris does not face.

"Recently, high ranking French politicians startled the people by saying absurd things with regards to the DPRK's (North Korea's) successful detonation of an H-bomb for ICBM (intercontinental ballistic missile)," Ri said in an interview with AFP in Pyongyang on Friday.
'''


def test_one_day_printed_twice_with_the_byline_is_no_diary():
    # https://www.thelocal.fr/20170909/north-korea-official-blasts-france-over-nuclear-criticism (eval/own/docs-bj/fr/
    # 011.md): the stamp "9 September 2017", printed with the byline over the caption and again over the story, had
    # dated all that followed as a diary's heading; now Ri's interview "on Friday" dates his words
    _, sts = excerpt(page(LOCAL_RI, date="2017-09-09"))
    assert {day for who, day, _ in said(sts, "") if who == "Ri Tok-Son"} == {"2017-09-08"}
    # must not: a day other than the publication's, printed over each copy of a letter, still dates the letter
    # (data/whitehouse-briefing-room/briefings-statements/2025-04/2025-04-22-text-of-a-letter-from-the-president-to-
    # the-speaker-of-the-house-of-representatives-and-the-president-pro-tempore-of-the-senate.md)
    from test_hard_cases import load_data
    _, sts = load_data("whitehouse-briefing-room/briefings-statements/2025-04/2025-04-22-text-of-a-letter-from-the-"
                       "president-to-the-speaker-of-the-house-of-representatives-and-the-president-pro-tempore-of-the-"
                       "senate.md", "apprise you")
    assert {day for _, day, _ in said(sts, "apprise you")} == {"2025-03-28"}
    # ... nor a diary of two days, each day's items dated by its day (downingstreetsays.com; test_audit_brief18)
    _, sts = excerpt(DSAYS if DSAYS.startswith("---") else page(DSAYS))
    days = {day for _, day, _ in said(sts, "")}
    assert {"2013-07-17", "2013-07-16"} <= days
