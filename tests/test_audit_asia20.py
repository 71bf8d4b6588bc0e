"""Audit round asia20: English-language reports of officials and spokespeople from Malaysian, Philippine, Indian,
Japanese, Korean and Taiwanese outlets (Bernama, Manila Bulletin, the Inquirer, PTI, The Yomiuri Shimbun, Yonhap copy,
Taipei Times and Focus Taiwan as others cite them). Each test reads a real passage (its page's URL in a comment) as the
pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


def _who(sts, marker):
    return [w for w, _, _ in said(sts, marker)]


# --- speakers -----------------------------------------------------------------------------------------------------

def test_a_title_going_on_past_a_second_of_to_its_holder_with_a_malaysian_honorific():
    # https://web11.bernama.com/en/news.php?id=2403267
    _, sts = excerpt(page('''
KUALA LUMPUR, March 17 (Bernama) -- News reports by the Malaysian National News Agency (Bernama) are highly significant to Istana Negara, said Comptroller of the Royal Household of Istana Negara Datuk Wira Zailani Hashim.
He said that Bernama is one of the media organisations that maintain close relationships and cooperation with the palace.
Zailani said during this Ramadan, Istana Negara will distribute more than 6,000 packs of bubur lambuk at selected locations.
'''))
    assert _who(sts, "highly significant") == ["Zailani Hashim"]
    assert _who(sts, "close relationships") == ["Zailani Hashim"]
    assert _who(sts, "6,000 packs") == ["Zailani Hashim"]
    assert not [s for s in sts if s.speaker and s.speaker.name in ("Royal Household", "Wira Zailani Hashim")]


def test_a_place_and_province_glued_to_a_dash_is_a_dateline_not_the_speaker():
    # https://mb.com.ph/2024/5/3/rise-above-the-noise-dfa-exec-urges-press-to-empower-filipinos-in-wps-dispute
    _, sts = excerpt(page('''
San Narciso, Zambales——The Department of Foreign Affairs (DFA) is asking members of the media to keep Filipinos informed about the West Philippine Sea (WPS) issue as tensions continue to escalate in the heavily disputed waters.

In a speech delivered by DFA Assistant Secretary Marshall Louis Alferez during the National Security Cluster 2024 Communications Workshop on Friday, May 3, the agency stressed that the public should be aware of importance of fighting for Philippine sovereignty.

“We must ensure that every Filipino understands the situation in the WPS, the strength of our claims based on international law, and the unwavering commitment of our government to protect our national interests,” he said.
''', date="2024-05-03"))
    assert _who(sts, "every Filipino understands") == ["Marshall Louis Alferez"]
    assert not [s for s in sts if s.speaker and s.speaker.name == "San Narciso"]


def test_the_day_of_a_dateline_is_no_speaker_of_a_second_predicate():
    # https://www.latestly.com/agency-news/india-news-minorities-not-targeted-at-jahangirpuri-union-minister-puri-3622477.html
    _, sts = excerpt(page('''
Mumbai, Apr 22 (PTI) Union Minister Hardeep Singh Puri on Friday said the civic body's action in the capital's Jahangirpuri was not targeted at any minority community, and termed such allegations as "nonsense".
''', date="2022-04-22"))
    assert _who(sts, "nonsense") == ["Hardeep Singh Puri"]
    assert _who(sts, "not targeted") == ["Hardeep Singh Puri"]
    assert not [s for s in sts if s.speaker and s.speaker.name == "Apr"]


def test_an_outlet_a_report_cites_is_no_speaker():
    # https://asiancorrespondent.com/2016/02/thai-pm-snaps-at-reuters-reporter-over-thaksin-interview/ and
    # https://nri.connectmyindia.com/nashua/news/article/taiwan-appeals-to-beijing-over-separatist-claims-mac-responds-1063
    _, sts = excerpt(page('''
THAI Prime Minister and junta head Prayuth Chan-ocha lost his temper at a Reuters journalist at Government House today.

The reporter asked Prayuth about the cost of the damage of the rice-pledging scheme, which was implemented by the previous government under ousted Prime Minister Yingluck Shinawatra – Thaksin’s sister.

Prayuth said the number had not been finalized yet and would be announced later.

Then sparks flew.

“Why? You really want it now? You must tell Reuters to say [write] better yesterday [Tuesday],” he snapped, according to The Nation.

This statement from the MAC came in reaction to remarks made by Chen Binhua, spokesperson for the TAO, which is responsible for cross-strait relations. According to Focus Taiwan, Chen revealed that the TAO had received "hundreds of tips" from individuals on both sides of the Taiwan Strait after establishing a reporting system for "diehard Taiwan independence separatists."
'''))
    assert _who(sts, "You really want it now") == ["Prayuth Chan-ocha"]
    assert _who(sts, "hundreds of tips") == ["Chen Binhua"]
    assert not [s for s in sts if s.speaker and s.speaker.name in ("Nation", "The Nation", "Focus Taiwan")]


# --- quotations framed after them -----------------------------------------------------------------------------------

def test_a_title_set_before_the_titled_name_and_a_that_inside_the_question_asked():
    # https://newsinfo.inquirer.net/460719/460677/pnp-chief-sees-no-signs-bombings-will-spread-to-metro-manila
    _, sts = excerpt(page('''
MANILA, Philippines — The Philippine National Police (PNP) on Wednesday said there were no indications yet that the series of bombings in Mindanao could spill over to Metro Manila, its chief said after attending a hearing in the Senate on Wednesday.

“It’s an idea. We’re also thinking about it but for bow, there are no indications,” PNP chief, Director General Alan Purisima, said when asked to react to Senate Minority Leader Juan Ponce-Enrile’s apprehension that the spate of bombings could spread to other areas, including Metro Mania.

But during the hearing of the Senate committee on public order and dangerous drugs on the July 26 Cagayan de Oro bombing, Purisima disclosed getting reports that major cities in Mindanao would be the targets of bombings.

“There were reports that have been circulating but we’re trying to validate that there will be some bombings in major cities in Mindanao,” he said when asked by Senator Aquilino “Koko” Pimentel III if they had any indication that Cagayan de Oro would be a target of an attack.
'''))
    assert [(w, t) for w, _, t in said(sts, "It’s an idea")] == [
        ("Alan Purisima", "It’s an idea. We’re also thinking about it but for bow, there are no indications")]
    assert _who(sts, "trying to validate") == ["Alan Purisima"]
    assert not said(sts, "spate of bombings")     # Enrile's apprehension, the question put
    assert not said(sts, "when asked by Senator")


def test_a_long_answer_aside_between_the_speaker_and_stated():
    # https://japannews.yomiuri.co.jp/politics/politics-government/20251112-292243/
    _, sts = excerpt(page('''
Chief Cabinet Secretary Minoru Kihara announced Wednesday that Japan has lodged a protest with the Russian government, via diplomatic channels, over Moscow’s decision to ban a number of Japanese nationals from entering Russia.

Kihara, in response to the idea that the ban was in retaliation for Japan’s sanctions on Russia, stated: “All of Japan’s measures stem from Russia’s aggression against Ukraine. We cannot accept this attempt to deflect blame.”
''', date="2025-11-12"))
    assert [(w, t) for w, _, t in said(sts, "deflect blame")] == [
        ("Minoru Kihara", "All of Japan’s measures stem from Russia’s aggression against Ukraine. We cannot accept this "
                          "attempt to deflect blame.")]


# --- dates ----------------------------------------------------------------------------------------------------------

def test_the_day_of_the_forum_held_that_day_dates_the_remarks_made_there():
    # https://koreajoongangdaily.joins.com/news/2025-08-07/national/northKorea/Unification-minister-says-ending-rupture-in-interKorean-ties-is-govt-responsibility/2370685
    _, sts = excerpt(page('''
Minister of Unification Chung Dong-young has said inter-Korean relations have reached a complete cutoff in recent years, emphasizing that ending the rupture as soon as possible is a responsibility of the Lee Jae Myung administration.

Chung made the remarks in a speech delivered online during the World Korea Forum held Wednesday at the University of Nairobi in the Kenyan capital.

"Over the past six years, inter-Korean relations have been cut off, with private-level contacts dropping to 'zero,'" Chung said. "Ending this complete cutoff in ties as soon as possible is a responsibility of the new government."
''', date="2025-08-07"))
    assert [d for _, d, _ in said(sts, "complete cutoff in recent years")] == ["2025-08-06"]
    assert [d for _, d, _ in said(sts, "private-level contacts")] == ["2025-08-06"]


def test_the_day_inside_what_was_commented_on_is_not_the_comments():
    # https://www.thesundaily.my/local/complaint-against-rtm-not-on-my-instruction-loke-updated-NA552917 (2019-02-19)
    _, sts = excerpt(page('''
KUALA LUMPUR: Transport Minister Anthony Loke Siew Fook has denied instructing his aide to issue a statement on an allegation that Radio Televisyen Malaysia (RTM) had not broadcast a report on the minister.

“It is just a personal complaint. I’ve spoken to him (Lim) after the incident,“ he told reporters after the ground-breaking for the Railway Assets Corporation (RAC) Central Tower (Menara Sentral RAC) here today.

Commenting on the incident where a woman was attacked and robbed in a lift of the MRT Taman Mutiara station in Cheras last Thursday, Loke said the ministry would discuss with Prasarana Malaysia Bhd to identify possible improvement of safety measures at all stations.
''', date="2019-02-19"))
    assert [(w, d) for w, d, _ in said(sts, "Prasarana")] == [("Anthony Loke Siew Fook", "2019-02-19")]


def test_the_staff_headed_ends_the_title_before_an_unlisted_given_name():
    # http://diplomasikita.blogspot.com/2017/05/fighting-spread-of-hoax-foreign.html
    _, sts = excerpt(page('''
TSCFWA -- The Presidential Palace responded to the criticism issued by a foreign economist regarding President Jokowi’s statement claiming that Indonesia has the third fastest economic growth in the world.

According to Chief of Presidential Staff Teten Masduki, Jokowi’s data was referred to other G20 countries and not the world's.

“President Jokowi wasn’t comparing it to the world, but among G20 countries instead. I don’t know whether there was a misquote by the foreign economist or not,” he said today, May 3.
''', date="2017-05-04"))
    assert _who(sts, "referred to other G20 countries") == ["Teten Masduki"]
    assert _who(sts, "wasn’t comparing it to the world") == ["Teten Masduki"]
    # "he said today, May 3." on a page of May 4: the date set off after "today" names the day
    assert [d for _, d, _ in said(sts, "wasn’t comparing it to the world")] == ["2017-05-03"]


def test_a_police_district_is_a_force_not_a_place():
    # https://tribune.net.ph/2025/08/18/malate-shooting-victims-japanese-nationals-mpd
    _, sts = excerpt(page('''
The Manila Police District (MPD) has taken a suspect into custody and identified another person of interest in connection with the shooting deaths of two foreigners who were later identified as Japanese tourists last week.

According to the MPD, the killings may have been a targeted hit rather than a random robbery.
'''))
    assert _who(sts, "targeted hit") == ["Manila Police District"]


def test_even_between_the_speaker_and_the_verb():
    # https://mb.com.ph/2026/02/11/wag-na-tayong-maniwalapalace-belies-rumors-on-marcos-health
    _, sts = excerpt(page('''
Palace Press Officer and Communications Undersecretary Claire Castro tagged former presidential spokesperson Harry Roque as a "fake news peddler" after he posted a photo of Marcos asking whether the bulk in the latter's outfit was a colostomy bag.
Roque even called on Castro to answer his query.
''', date="2026-02-11"))
    assert [(w, t) for w, _, t in said(sts, "answer his query")] == [("Harry Roque", "Castro to answer his query")]


def test_a_ministers_portfolio_in_lower_case_after_the_title():
    # https://www.latestly.com/agency-news/india-news-minorities-not-targeted-at-jahangirpuri-union-minister-puri-3622477.html
    _, sts = excerpt(page('''
Mumbai, Apr 22 (PTI) Union Minister Hardeep Singh Puri on Friday said the civic body's action in the capital's Jahangirpuri was not targeted at any minority community, and termed such allegations as "nonsense".

The minister for housing and urban affairs also said the state apparatus has not been vengeful, adding that Prime Minister Narendra Modi has done a lot for the Sikhs and other minority communities.
''', date="2022-04-22"))
    assert _who(sts, "not been vengeful") == ["Hardeep Singh Puri"]
    assert _who(sts, "done a lot for the Sikhs") == ["Hardeep Singh Puri"]


def test_even_before_the_verb_and_a_candidacy_declared_is_an_act():
    # polnear/test/text/wash-post_2016-10-24_clinton-embraced-big-money-syste.txt and
    # polnear/train/text/huff-post_2016-08-29_erdogan-is-in-syria-with-a-green.txt (checked with "even" on the corpora)
    _, sts = excerpt(page('''
The stockpiling of seven-figure checks before Bush even declared his candidacy spurred a flurry of anxious conversations between Clinton and her staff, according to hacked emails posted by WikiLeaks.

Joe Biden was extremely apologetic when he visited Ankara this week, and even admitted he was there belatedly.
'''))
    assert not said(sts, "candidacy")
    assert _who(sts, "there belatedly") == ["Joe Biden"]


def test_a_sitting_named_at_length_after_the_verb_is_where_not_what():
    # https://news.abs-cbn.com/news/08/18/20/drilon-blames-duques-lack-of-urgency-poor-performance-for-ph-covid-19-crisis
    _, sts = excerpt(page('''
MANILA - Senate Minority Leader Franklin Drilon on Tuesday blamed Health Secretary Francisco Duque III's "poor health management" performance for the thousands of COVID-19 deaths in the Philippines, which now has the highest number of COVID-19 cases in Southeast Asia.

Duque's "lack of urgency" resulted in nearly 3,000 deaths and 164,000 COVID-19 cases, Drilon said in a hearing of the Senate Committee of the Whole on alleged corruption at the Philippine Health Insurance Corp (PhilHealth).
''', date="2020-08-18"))
    assert [(w, t) for w, _, t in said(sts, "3,000 deaths")] == [
        ("Franklin Drilon", 'Duque\'s "lack of urgency" resulted in nearly 3,000 deaths and 164,000 COVID-19 cases')]
    assert not said(sts, "in a hearing of the Senate")
