"""Audit round south13: English reports of official spokespeople from South and South-East Asian outlets (Indian,
Philippine, Indonesian, Malaysian, Thai, Singaporean) and UN pages, read statement by statement against the page.
Every case is a real passage (its URL in a comment); each asserts what the fix changed."""
from datetime import date

from test_audit_cases import excerpt
from test_audit_quotes11 import page     # (a page of front matter and body, read and analysed)
from test_hard_cases import show, the, who


def test_an_indian_given_name_the_names_dataset_lacks_is_no_tag_before_the_name():
    # https://www.freepressjournal.in/india/west-bengal-congress-adhir-rajan-chowdhury-with-partys-grassroot-level-workers:
    # "Adhir Ranjan Chowdhury" is the person, not a tag 'Adhir' before "Ranjan Chowdhury" (as "Lib Dem Norman Baker")
    doc, sts = page("West Bengal: Congress' Adhir Rajan Chowdhury With Party's Grassroot Level Workers",
                    "https://www.freepressjournal.in/india/west-bengal-congress-adhir-rajan-chowdhury-with-partys-grassroot-level-workers", """
Kolkata: Miffed ‘former’ state Congress president Adhir Ranjan Chowdhury questioned how he can go ‘soft’ on Trinamool Congress (TMC) while the ruling party is heckling and beating grassroot Congress workers.

In a social media post in Bengali on Tuesday late evening, Chowdhury alleged that despite being a part of I.N.D.I.A bloc, the TMC is ‘harassing’ the Congress workers.
""")
    assert who(the(doc, sts, "the TMC is ‘harassing’")) == "Adhir Ranjan Chowdhury", show(sts)


def test_a_thai_given_name_in_apposition_names_the_speaker_in_full():
    # https://indonesiatribune.com/thailand-addresses-accusations-of-ceasefire-violations-and-chemical-weapon-use-by-cambodia:
    # "Deputy Prime Minister and Minister of Interior, Phumtham Wechayachai, serving as ...": "Phumtham" said is
    # Phumtham Wechayachai
    doc, sts = page("Thailand Addresses Accusations of Ceasefire Violations and Chemical Weapon Use by Cambodia",
                    "https://indonesiatribune.com/thailand-addresses-accusations-of-ceasefire-violations-and-chemical-weapon-use-by-cambodia", """
Bangkok: Deputy Prime Minister and Minister of Interior, Phumtham Wechayachai, serving as the acting Prime Minister, addressed accusations made by the Speaker of the National Assembly of the Kingdom of Cambodia during the Inter-Parliamentary Union meeting. Cambodia accused Thailand of violating a ceasefire agreement and using chemical weapons. Phumtham questioned whether the Ministry of Foreign Affairs needed to clarify these accusations and revealed that the Ministry had prepared a protest.

Regarding recent protests against Malaysia, the United States, and China, Phumtham stated that the government was doing its best and that those countries would be involved appropriately based on their situations.
""")
    assert who(the(doc, sts, "the Ministry had prepared a protest")) == "Phumtham Wechayachai", show(sts)


def test_a_spokesperson_word_glued_after_a_name_is_no_part_of_the_name():
    # https://www.unognewsroom.org/story/en/1448/bi-weekly-press-briefing-myanmar-two-years-after-coup-ohchr:
    # "Jeremy Laurence Spokesperson for the UN Human Rights Office" (no comma): the speaker is Jeremy Laurence
    doc, sts = page("Bi-weekly press briefing: Myanmar two years after coup - OHCHR",
                    "https://www.unognewsroom.org/story/en/1448/bi-weekly-press-briefing-myanmar-two-years-after-coup-ohchr", """
At the bi-weekly press briefing on Friday, Jeremy Laurence Spokesperson for the UN Human Rights Office, made the following comments on Myanmar.

“Two years after the Myanmar military launched a coup against the democratically elected government, the country has sunk deeper than ever into crisis and has undergone a wholesale regression in human rights,” said Laurence.
""")
    assert who(the(doc, sts, "wholesale regression")) == "Jeremy Laurence", show(sts)


FIRSTPOST = """
United Nations Secretary-General Antonio Guterres on Saturday urged the international community to extend financial and political support to Rohingya refugees and their host communities in Bangladesh to prevent a humanitarian crisis, state-run BSS news agency reported.

On Saturday. He reiterated his call to the international community to provide more support for Rohingyas to avoid humanitarian disasters in refugee camps in Bangladesh, according to the Bangladesh Sangbad Sangstha (BSS).
"""


def test_a_wire_agency_closing_the_sentence_is_no_part_of_the_content_nor_a_speaker():
    # https://www.firstpost.com/world/un-chief-guterres-visits-bangladesh-warns-of-tragedy-for-rohingyas-amid-aid-cuts-13871721.html:
    # ", state-run BSS news agency reported." and ", according to the Bangladesh Sangbad Sangstha (BSS)." are the
    # reporter's sources: cut from the content, and the agency is no speaker of "He reiterated his call ..."
    doc, sts = page("UN chief Guterres visits Bangladesh, warns of tragedy for Rohingyas amid aid cuts",
                    "https://www.firstpost.com/world/un-chief-guterres-visits-bangladesh-warns-of-tragedy-for-rohingyas-amid-aid-cuts-13871721.html",
                    FIRSTPOST)
    urged = the(doc, sts, "to prevent a humanitarian crisis")
    assert urged.text.endswith("to prevent a humanitarian crisis") and who(urged) == "António Guterres", show(sts)
    assert not [st for st in sts if "Sangstha" in (who(st) or "") or "BSS" in st.text], show(sts)
    call = the(doc, sts, "refugee camps in Bangladesh")
    assert call.text.endswith("refugee camps in Bangladesh"), show(sts)


def test_an_adverb_before_an_inverted_frame_keeps_the_frame():
    # https://www.freepressjournal.in/india/west-bengal-congress-adhir-rajan-chowdhury-with-partys-grassroot-level-workers:
    # '"I will continue the fight ...," further added Chowdhury.' is Chowdhury's, as '"...," added Chowdhury' is
    doc, sts = page("West Bengal: Congress' Adhir Rajan Chowdhury With Party's Grassroot Level Workers",
                    "https://www.freepressjournal.in/india/west-bengal-congress-adhir-rajan-chowdhury-with-partys-grassroot-level-workers", """
Kolkata: Miffed ‘former’ state Congress president Adhir Ranjan Chowdhury questioned how he can go ‘soft’ on Trinamool Congress (TMC) while the ruling party is heckling and beating grassroot Congress workers.

Chowdhury concluded his post by mentioning that he will ‘not’ tolerate injustice.

“I will continue the fight with my colleagues, who are fighting on a daily basis to host the party’s flag. Their opinion is important and they should be called to Delhi so they can share the problems they are facing,” further added Chowdhury.
""")
    st = the(doc, sts, "I will continue the fight")
    assert who(st) == "Adhir Ranjan Chowdhury" and st.kind == "direct", show(sts)


def test_the_spokesperson_refers_to_the_one_set_off_as_spokesperson_after_his_name():
    # http://siamviet.blogspot.com/2013/11/foreign-media-briefed-on-political.html: "Mr. Sek Wannamethee,
    # Director-General of the Department of Information and Spokesperson of the Ministry of Foreign Affairs, on 28
    # November 2013 gave a briefing ..." then "the Spokesperson added that ...": Sek Wannamethee
    doc, sts = page("Foreign media briefed on political situation",
                    "http://siamviet.blogspot.com/2013/11/foreign-media-briefed-on-political.html", """
Mr. Sek Wannamethee, Director-General of the Department of Information and Spokesperson of the Ministry of Foreign Affairs, on 28 November 2013 gave a briefing to the foreign media on the current political situation in Thailand.

As a side note, the Spokesperson added that contrary to rumors, the Consular Department of the Ministry of Foreign Affairs was fully functioning and providing the public with all consular services, such as the issuance of passports.
""")
    assert who(the(doc, sts, "the Consular Department")) == "Sek Wannamethee", show(sts)


def test_a_title_word_inside_a_malaysian_chinese_name_is_a_word_of_the_name():
    # https://dev-v4.freemalaysiatoday.com/category/nation/2025/10/07/ministry-pledges-compliance-after-pms-rebuke-over-alcohol-at-tourism-event:
    # "Tourism, arts and culture minister Tiong King Sing, however, denied ...": Tiong King Sing, not 'Sing'
    doc, sts = page("Ministry pledges compliance after PM's rebuke over alcohol at tourism event",
                    "https://dev-v4.freemalaysiatoday.com/category/nation/2025/10/07/ministry-pledges-compliance-after-pms-rebuke-over-alcohol-at-tourism-event", """
Tourism, arts and culture minister Tiong King Sing, however, denied that alcohol had been served at a government-hosted gala dinner, saying it was organised by private sector partners to celebrate Malaysia’s first global travel event of its kind.

He said Tourism Malaysia merely used the dinner as a platform to launch the Visit Malaysia 2026 events calendar.
""")
    assert who(the(doc, sts, "merely used the dinner")) == "Tiong King Sing", show(sts)
    assert not [st for st in sts if who(st) == "Sing"], show(sts)


def test_a_headings_verb_after_a_title_is_no_persons_name():
    # https://www.benarnews.org/english/news/philippine/Rappler-02222018131417.html: the heading "Philippine President
    # Defends Ban on Rappler Reporters at Malacañang" names no 'Defends Ban'; "according to the president" is Duterte
    doc, sts = page("Philippine President Defends Ban on Rappler Reporters at Malacañang",
                    "https://www.benarnews.org/english/news/philippine/Rappler-02222018131417.html", """
Philippine President Defends Ban on Rappler Reporters at Malacañang

Philippine leader Rodrigo Duterte on Thursday defended a decision to bar Rappler news website reporters from the presidential palace, accusing the outlet that has criticized his government’s brutal drug war of possibly being funded by the CIA.

“That is the history of America, CIA, and the political dissenters,” Duterte told reporters in the central Philippine town of Sara, according to excerpts of the exchange released by the presidential palace.

Rappler “can come back again” and assign a reporter at the presidential beat once the outlet proved that it is legitimately Filipino, according to the president.
""")
    assert who(the(doc, sts, "can come back again")) == "Rodrigo Duterte", show(sts)
    assert not [st for st in sts if who(st) == "Defends Ban"], show(sts)


def test_permission_denied_is_an_act_not_a_claim_denied():
    # https://www.freepressjournal.in/india/west-bengal-jairam-ramesh-slams-abhishek-banerjees-controversial-comment-on-whether-adhir-ranjan-chowdhury-is-bjps-trojan-horse:
    # the sub-heading "Bharat Jodo Nyay Yatra denied permission" says the party was refused permission: no statement
    doc, sts = page("West Bengal: Jairam Ramesh Slams Abhishek Banerjee's Controversial Comment",
                    "https://www.freepressjournal.in/india/west-bengal-jairam-ramesh-slams-abhishek-banerjees-controversial-comment-on-whether-adhir-ranjan-chowdhury-is-bjps-trojan-horse", """
Kolkata: A day after Trinamool Congress (TMC) national secretary Abhishek Banerjee questioned whether Bengal Congress chief Adhir Ranjan Chowdhury is 'Bharatiya Janata Party (BJP)'s Trojan Horse', Congress general secretary Jairam Ramesh on Tuesday said that Chowdhury is 'not' a Trojan Horse.

Bharat Jodo Nyay Yatra denied permission

Speaking further about his party's 'Bharat Jodo Nyay Yatra', Chowdhury mentioned that they did not get permission to hold public meeting in Malda and Murshidabad where the yatra will resume in its second leg.
""")
    assert not [st for st in sts if st.text.strip() == "permission"], show(sts)
    assert who(the(doc, sts, "did not get permission")) == "Adhir Ranjan Chowdhury", show(sts)


def test_the_occasion_after_the_closing_mark_is_no_part_of_the_words():
    # https://manilastandard.net/news/314311971/myanmar-junta-slams-un-rights-chiefs-comments.html: 'said the report
    # was based on "sweeping allegations ...," in a statement on its Facebook page on Tuesday.': the words end at the
    # closing mark; the day still dates them
    doc, sts = excerpt("""---
title: "Myanmar junta slams UN rights chief’s comments"
source_url: "https://manilastandard.net/news/314311971/myanmar-junta-slams-un-rights-chiefs-comments.html"
date: "2023-02-02"
---
Myanmar’s junta has slammed the UN’s human rights chief for making “irrelevant” remarks after he said the military may have committed war crimes as it struggles to crush resistance to its rule.

The junta’s foreign ministry said the report was based on “sweeping allegations against the Government and its security forces,” in a statement on its Facebook page on Tuesday.
""")
    st = the(doc, sts, "sweeping allegations")
    assert "Facebook" not in st.text and str(st.said_on) == str(date(2023, 1, 31)), show(sts)


def test_a_day_before_holding_a_briefing_dates_what_was_said_there():
    # http://siamviet.blogspot.com/2013/11/foreign-media-briefed-on-political.html: "..., on 28 November 2013 gave a
    # briefing to the foreign media ..." dates "the Spokesperson added that ..." of that briefing
    doc, sts = page("Foreign media briefed on political situation",
                    "http://siamviet.blogspot.com/2013/11/foreign-media-briefed-on-political.html", """
Mr. Sek Wannamethee, Director-General of the Department of Information and Spokesperson of the Ministry of Foreign Affairs, on 28 November 2013 gave a briefing to the foreign media on the current political situation in Thailand.

As a side note, the Spokesperson added that contrary to rumors, the Consular Department of the Ministry of Foreign Affairs was fully functioning and providing the public with all consular services, such as the issuance of passports.
""")
    assert str(the(doc, sts, "the Consular Department").said_on) == "2013-11-28", show(sts)


STATESMAN = """---
title: "Won't stop fight against Mamata, TMC: Adhir"
source_url: "https://www.thestatesman.com/bengal/wont-stop-fight-against-mamata-tmc-adhir-1503301611.html"
date: "2024-05-19"
---
Adhir Ranjan Chowdhury, West Bengal Pradesh Congress Committee (WBPCC) president, on Saturday virtually made a strong message to his central leadership and said that he would continue his fight against her as well as her party.
"""


def test_a_name_set_off_by_its_title_is_the_subject_of_a_second_predicate():
    # https://www.thestatesman.com/bengal/wont-stop-fight-against-mamata-tmc-adhir-1503301611.html (the sentence
    # without its opening clause): "Adhir Ranjan Chowdhury, West Bengal Pradesh Congress Committee (WBPCC) president,
    # on Saturday virtually made a strong message to his central leadership and said that he would continue ..."
    doc, sts = excerpt(STATESMAN)
    st = the(doc, sts, "he would continue his fight")
    assert who(st) == "Adhir Ranjan Chowdhury" and str(st.said_on) == "2024-05-18", show(sts)


def test_the_latter_is_the_person_named_last_before_it():
    # https://www.thestatesman.com/bengal/wont-stop-fight-against-mamata-tmc-adhir-1503301611.html: "While reacting to
    # AICC president Mallikarjun Kharge’s criticisms against Mr Chowdhury, the latter told reporters ..., “...”" is
    # Chowdhury's
    doc, sts = excerpt(STATESMAN + """
While reacting to AICC president Mallikarjun Kharge’s criticisms against Mr Chowdhury, the latter told reporters in Berhampore in Murshidabad district, “As a soldier of the Congress I will continue my fight against her and her party Trinamul Congress. It’s a political fight of morality not from any personal grudge. I am fighting to save Congress here in our state.”
""")
    assert who(the(doc, sts, "As a soldier of the Congress")) == "Adhir Ranjan Chowdhury", show(sts)


def test_mentri_besar_is_a_title_before_the_name():
    # https://www.malaymail.com/news/malaysia/2020/10/26/state-governments-heed-agongs-call-to-focus-on-fight-against-covid-19/1916252:
    # "Kedah Mentri Besar Muhammad Sanusi Md Nor said ...", "Selangor Mentri Besar Datuk Seri Amirudin Shari tweeted
    # via his official Twitter handle @AmirudinShari that ...": the chief ministers, not 'Besar ...'; the words are
    # the clause after "that"
    doc, sts = excerpt("""---
title: "State governments heed Agong's call to focus on fight against Covid-19"
source_url: "https://www.malaymail.com/news/malaysia/2020/10/26/state-governments-heed-agongs-call-to-focus-on-fight-against-covid-19/1916252"
date: "2020-10-26"
---
KUALA LUMPUR, Oct 26 — Leaders of state governments have heeded the decree of the Yang di-Pertuan Agong Al-Sultan Abdullah Ri’ayatuddin Al-Mustafa Billah Shah to continue efforts and enforcement to curb the spread of Covid-19 in the country.

Selangor Mentri Besar Datuk Seri Amirudin Shari tweeted via his official Twitter handle @AmirudinShari that the state government would focus fully on fighting the Covid-19 pandemic and other issues in the state.

Meanwhile, Kedah Mentri Besar Muhammad Sanusi Md Nor said the King’s decree had encouraged the state government to continue to strive against the current challenges, especially in dealing with Covid-19.
""")
    tweet = the(doc, sts, "would focus fully")
    assert who(tweet) == "Amirudin Shari" and tweet.text.startswith("the state government"), show(sts)
    assert who(the(doc, sts, "the King’s decree")) == "Muhammad Sanusi Md Nor", show(sts)
