"""Audit round seed16: English news reports of what a government spokesperson, minister or official said, from Pakistani,
Indian, Bangladeshi, Sri Lankan, Gulf, Kenyan and Nigerian outlets (Dawn/The News/Express Tribune copy, PTI and ANI copy,
Prothom Alo, The Daily Star, Daily Mirror, Gulf News, Arab News, Channels TV, Nation), saved as the search tool gave
them: one paragraph a line, navigation and all. Each test reads a real passage (its page's URL in a comment) as the
pipeline does and asserts what an annotator marks."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


def speakers(sts, marker):
    return [w for w, _, _ in said(sts, marker)]


# --- the subject, then the occasion, then the verb ----------------------------------------------------------------

def test_occasion_of_several_words_between_subject_and_verb():
    # https://newswire.com.pk/2023/12/28/pakistan-1821: "Mumtaz Zahra Baloch at a weekly press briefing said ..." had
    # no subject (the occasion's noun was its fourth word), and then no antecedent for "she" in the paragraph after
    _, sts = excerpt(page('''
Islamabad: The Foreign Office on Thursday regretted the “interference” by some foreign missions in Pakistan for commenting on the Baloch protesters, saying the country was fully capable of handling its internal matters. Foreign Office Spokesperson Mumtaz Zahra Baloch at a weekly press briefing said the constitution of Pakistan guaranteed freedom of expression to its citizens and the laws were in place to deal with such cases internally.

The spokesperson’s statement came in response to a question over the recent tweets by Norway’s embassy and the European Union Ambassador in Pakistan who expressed “concerns” over the alleged mistreatment of the Baloch protestors in Islamabad. “The interference of foreign embassies in Pakistan is regrettable,” she said, adding that the country was committed to protecting the rights of its people. She said the country’s courts were independent and had taken decisions in this regard on several occasions.
'''))
    assert speakers(sts, "guaranteed freedom of expression") == ["Mumtaz Zahra Baloch"]
    assert speakers(sts, "The interference of foreign embassies") == ["Mumtaz Zahra Baloch"]
    assert speakers(sts, "courts were independent") == ["Mumtaz Zahra Baloch"]
    assert not said(sts, "weekly press briefing")


# --- a body's spokesperson by title is the spokesperson the text named ----------------------------------------------

def test_acronym_spokesperson_is_the_named_spokesperson_of_that_body():
    # https://newswire.com.pk/2023/12/28/pakistan-1821: "The FO spokesperson dismissed the report ..." after "Foreign
    # Office Spokesperson Mumtaz Zahra Baloch" was the body "FO"
    _, sts = excerpt(page('''
Foreign Office Spokesperson Mumtaz Zahra Baloch at a weekly press briefing said the constitution of Pakistan guaranteed freedom of expression to its citizens.

The FO spokesperson dismissed the report about India demanding Pakistan to hand over the founder of Lashkar-e-Taiba, Hafiz Saeed in connection with the Pulwama incident. “This is based on speculative reporting,” she said when asked if India had sent an
'''))
    assert speakers(sts, "the founder of Lashkar-e-Taiba") == ["Mumtaz Zahra Baloch"]
    assert speakers(sts, "speculative reporting") == ["Mumtaz Zahra Baloch"]


def test_spokesperson_in_a_ministry_then_its_name_then_the_acronym():
    # https://iglobalpunjab.com/india-has-not-sent-any-message-to-pak-expressing-desire-for-talks-mea/?amp=1: the run of
    # capitals "External Affairs Anurag Srivastava" introduced no one, and "the MEA Spokesperson said" was the MEA
    _, sts = excerpt(page('''
“As regards the purported message, let me make it clear that no such message was sent from our side,” Spokesperson in the Ministry of External Affairs Anurag Srivastava said.

Srivastava said the official is well advised to restrict his counsel to his establishment and not to comment on India’s domestic policy.

“The statements made by him are contrary to facts on the ground, misleading and fictitious,” the MEA Spokesperson said.
'''))
    assert speakers(sts, "contrary to facts on the ground") == ["Anurag Srivastava"]
    assert speakers(sts, "no such message was sent") == ["Anurag Srivastava"]


def test_possessive_bodys_spokesperson_is_that_body_not_the_last_speaker():
    # https://dailydateline.com/story/14919: "The Taliban regime’s spokesperson responded, stating that ..." was given
    # to Pakistan's Foreign Office spokesperson, named before
    _, sts = excerpt(page('''
ISLAMABAD: In a weekly media briefing, the Foreign Office Thursday firmly rejected reports of clandestine discussions with the outlawed Tehreek-e-Taliban Pakistan (TTP). Foreign Office spokesperson Mumtaz Zahra Baloch emphasized the need for the Afghan interim government to take decisive action against those responsible for the recent D.I. Khan terror attack.
Following a deadly attack on Pakistan’s security forces in Daraban, D.I.Khan, where 23 personnel lost their lives, Pakistan summoned the Afghan chargé d’affaires to express strong dissatisfaction. The Taliban regime’s spokesperson responded, stating that Afghanistan should not be held responsible for all issues, urging Pakistan to focus on its security concerns.
'''))
    assert speakers(sts, "should not be held responsible") == ["Taliban regime"]
    assert speakers(sts, "focus on its security concerns") == ["Taliban regime"]
    assert speakers(sts, "take decisive action") == ["Mumtaz Zahra Baloch"]


def test_possessive_persons_spokesman_is_no_body():
    # (the possessive of a person stays the office the registry knows, or the person's: not a body named "Mr Blair")
    _, sts = excerpt(page('''
Prime Minister Tony Blair arrived in Brussels on Monday for the summit.
Mr Blair's spokesman said the prime minister expected a deal on the budget.
'''))
    assert speakers(sts, "expected a deal") in (["Downing Street"], ["Tony Blair"])


# --- an apposition of two title words before "at" and the body --------------------------------------------------------

def test_two_word_title_at_a_body_is_the_persons_apposition():
    # https://brochristian.top/?p=3278 (The Daily Star copy): '“...,” Toufique Hasan, director general at the foreign
    # ministry’s Public Diplomacy Wing, said' gave the quotation's last sentence, with the name, to the Wing
    _, sts = excerpt(page('''
Expressing dissatisfaction over former prime minister Sheikh Hasina’s frequent political statements from India, Dhaka has requested New Delhi to intervene and stop her.
“The government is unhappy with Sheikh Hasina’s political statements appearing frequently in Indian media. We have communicated our dissatisfaction to the Indian government through the Indian high commissioner in Dhaka,” Toufique Hasan, director general at the foreign ministry’s Public Diplomacy Wing, said at the weekly briefing at the ministry yesterday.
About the response from the Indian government, he said the Indian envoy told officials that he would pass the message to his government.
'''))
    found = said(sts, "communicated our dissatisfaction")
    assert [(w, t) for w, _, t in found] == [(
        "Toufique Hasan", "The government is unhappy with Sheikh Hasina’s political statements appearing frequently in "
        "Indian media. We have communicated our dissatisfaction to the Indian government through the Indian high "
        "commissioner in Dhaka")]
    assert speakers(sts, "pass the message") == ["Toufique Hasan"]


# --- "claimed that" a subject, an aside, then its predicate ---------------------------------------------------------

def test_claimed_clause_with_an_aside_after_its_subject_is_speech():
    # http://www.dailymirror.lk/157186/Four-ministers-with-RAW-links-will-be-exposed-Amaraweera: the clause's subject
    # before the comma has no verb, so "claimed" read as a territorial claim
    _, sts = excerpt(page('''
Agriculture Minister Mahinda Amaraweera claimed that four Cabinet Ministers, having links with RAW (Research and Analysis Wing), had leaked information related to President Maithripala Sirisena’s remarks purportedly critical of India and China to Indian journalists.
'''))
    assert speakers(sts, "had leaked information") == ["Mahinda Amaraweera"]
    # ... while a claim to a territory stays no statement
    _, sts = excerpt(page('''
China claims most of the South China Sea, including the Paracel Islands, as its territory.
'''))
    assert not sts


# --- "a foreign ministry statement said" ------------------------------------------------------------------------------

def test_a_lower_case_ministrys_statement_speaks_for_the_ministry():
    # https://en.prothomalo.com/bangladesh/irresponsible-comment-by-pompeo-very-unfortunate-and-unacceptable-foreign-
    # ministry: the quotation framed by "a foreign ministry statement said" was no one's
    _, sts = excerpt(page('''
Dhaka on Wednesday strongly rejected US secretary of state Michael R Pompeo’s recent statement mentioning Bangladesh as a place where the terrorist group al-Qaida carried out attacks, falsely apprehending similar terrorist attacks in future, reports news agency BSS.

“Bangladesh strongly rejects this kind of baseless remarks and falsification. There is no evidence of any presence of Al-Qaida in Bangladesh,” a foreign ministry statement said.

The ministry said that such irresponsible comment by a senior leader is very “unfortunate and unacceptable”.
''', date="2021-01-14"))
    assert [(w, d) for w, d, _ in said(sts, "no evidence of any presence")] == [("foreign ministry", "2021-01-13")]
    assert speakers(sts, "irresponsible comment") == ["foreign ministry"]
    # ... not a statement of no named body ("a joint statement", "a government statement": one word, left as it was)
    _, sts = excerpt(page('''
“The talks were useful,” a joint statement said.
'''))
    assert not [w for w, _, _ in said(sts, "useful") if w]


# --- a story printing its exchange with a minister as a dialogue -----------------------------------------------------

def test_story_before_a_printed_dialogue_keeps_its_statements():
    # http://www.pressreader.com/sri-lanka/daily-mirror-sri-lanka/20180118/282179356495779: the page read as a
    # transcript ("Minister Senaratne: No. ...") lost the report before the dialogue
    _, sts = excerpt(page('''
Daily Mirror (Sri Lanka)

NOTHING UNTOWARD HAPPENED AT CABINET MEETING

- BY SANDUN A JAYASEKERA

Minister Rajitha Senaratne yesterday dismissed reports that President Maithripala Sirisena had stormed out of the Cabinet meeting and said the President had gone to answer a call of nature and that he had also followed him.

“That was to answer a call of nature. I also followed the President to the washroom,” he told the media when journalists asked him about the statement made by President Maithripala Sirisena on the vituperative remarks made by some UNP members before storming out.

All three spokesmen denied anything unusual or untoward happening at the Cabinet meeting.

The dialogue that ensued between ministers and the journalists was as follows:

Daily Mirror: Minister, do you say nothing unusual took place at Tuesday’s Cabinet meeting?

Minister Senaratne: No. Nothing happened and the Cabinet discussed matters as usual.

DM: Didn’t the President make a statement expressing his displeasure on the derogatory and vituperative remarks made by certain UNP members?

Minister: Yes, he made a statement, but it was nothing unusual.
''', date="2018-01-18"))
    assert speakers(sts, "answer a call of nature. I also followed") == ["Rajitha Senaratne"]
    assert speakers(sts, "gone to answer a call of nature") == ["Rajitha Senaratne"]
    assert speakers(sts, "Nothing happened and the Cabinet") == ["Rajitha Senaratne"]
    assert not said(sts, "do you say nothing unusual")


# --- a place's dateline with a colon, an agency's frame by its kind ---------------------------------------------------

def test_title_case_place_dateline_is_no_part_of_the_words():
    # https://gulfnews.com/uae/government/uae-reiterates-trust-in-saudi-arabias-way-of-handing-gcc-dossier-1.1608747978625
    _, sts = excerpt(page('''
Dubai: The UAE is looking forward to a successful summit in Riyadh that paves the way for a new stage of the GCC dialogue, said Dr Anwar Mohammed Gargash, UAE Minister of State for Foreign Affairs.
'''))
    assert [t for _, _, t in said(sts, "successful summit")] == [
        "The UAE is looking forward to a successful summit in Riyadh that paves the way for a new stage of the GCC "
        "dialogue"]


def test_state_news_agency_reporting_is_no_part_of_the_words():
    # https://riyadhbureau.wordpress.com/2012/12/12/201212fabricated/
    _, sts = excerpt(page('''
Saudi Arabia said the statements attributed to its deputy foreign minister that his country cannot tolerate instability in the Gulf are “fabricated,” the state news agency reported Wednesday.
'''))
    found = said(sts, "fabricated")
    assert [w for w, _, _ in found] == ["Saudi Arabia"]
    assert "news agency" not in found[0][2] and found[0][2].startswith("the statements attributed")


# --- a country's top diplomat is its foreign minister, named next -----------------------------------------------------

def test_countrys_top_diplomat_is_the_foreign_minister_the_text_names():
    # https://timeskuwait.com/news/late-amir-sheikh-nawaf-supported-local-intl-cooperation-omani-fm: "..., said Oman’s top
    # diplomat on Saturday." was an unnamed diplomat's (vague); the next paragraph names him
    _, sts = excerpt(page('''
His Highness the late Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah had a “prominent” role in shaping Kuwait’s local policy, as well as supporting regional and international cooperation, said Oman’s top diplomat on Saturday.

“Since assuming power in 2020, His Highness the late Amir worked relentlessly to sustain relations with Gulf, Arab and friendly countries,” said Bader Al-Busaidi, the Sultanate’s foreign minister in a statement to KUNA. His Highness late Sheikh Nawaf passed away earlier today.
'''))
    assert speakers(sts, "prominent") == ["Bader Al-Busaidi"]
    assert speakers(sts, "worked relentlessly") == ["Bader Al-Busaidi"]
    # ... while an unnamed diplomat stays no one
    _, sts = excerpt(page('''
A senior diplomat said the talks were useful.
'''))
    assert not [w for w, _, _ in said(sts, "useful") if w]


# --- "went on saying about X, “...”" ------------------------------------------------------------------------------------

def test_went_on_saying_about_a_topic_then_the_quotation():
    # https://en.prothomalo.com/bangladesh/politics/hmy8xrcuc4: the quotation after "The minister went on saying about
    # the US officials coming to Bangladesh," had no frame; its topic and first sentence were reported speech
    _, sts = excerpt(page('''
Foreign minister AK Abdul Momen has said Bangladesh does not go to the foreigners, rather the foreigners come to this country.
The minister went on saying about the US officials coming to Bangladesh, “We don’t go, rather they came to our mission to meet us. We don’t go to their house, They have come to our office.”
'''))
    found = said(sts, "our mission")
    assert [(w, t) for w, _, t in found] == [(
        "AK Abdul Momen", "We don’t go, rather they came to our mission to meet us. We don’t go to their house, They "
        "have come to our office.")]


# --- a bullet character opens a list item -------------------------------------------------------------------------------

def test_bullet_character_opens_its_own_paragraph():
    # https://thenewsaudiarabia.com/blog-post/irans-claims-about-saudi-messages-are-inaccurate-says-al-jubeir/: the
    # standfirst's two bullets ran together, Al-Jubeir's words into the reporter's next line
    _, sts = excerpt(page('''
Iran’s claims about Saudi messages are inaccurate says Al-Jubeir

Al-Jubeir said the Kingdom supports peace and stability in the region. (File/AFP)
  • Al-Jubeir said Iran needs to stop interfering in the internal issues of Arab states
  • Tensions between the two states rose after the Sep. 14 Aramco attacks

DUBAI: Iranian claims Saudi Arabia sent its government messages is inaccurate, Saudi Minister of State for Foreign Affairs Adel Al-Jubeir has said in a series of tweets.
'''))
    assert [t for _, _, t in said(sts, "stop interfering")] == [
        "Iran needs to stop interfering in the internal issues of Arab states"]
    assert not said(sts, "Tensions between")


def test_participle_after_a_place_dateline_takes_the_clauses_subject():
    # https://newswire.com.pk/2023/12/28/pakistan-1821: "Islamabad: The Foreign Office on Thursday regretted ...,
    # saying ..." (the dateline before the subject left the participle with no one)
    _, sts = excerpt(page('''
Islamabad: The Foreign Office on Thursday regretted the “interference” by some foreign missions in Pakistan for commenting on the Baloch protesters, saying the country was fully capable of handling its internal matters.
''', date="2023-12-28"))
    assert [(w, d, t) for w, d, t in said(sts, "fully capable")] == [
        ("Foreign Office", "2023-12-28", "the country was fully capable of handling its internal matters")]
