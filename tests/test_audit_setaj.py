"""Audit round setaj: news reports of spokespeople and ministers of other governments (set AJ's train documents: The
Moscow Times, IRNA, Samaa TV, DNA News, Ahram Online, Asharq Al-Awsat, Neo News, QNA). Each test reads a real passage
(its page's URL in a comment) as the pipeline does and asserts what an annotator expects: who said it and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a Pakistani name's opening word ("Khawaja Muhammad Asif") is no tag before the name -----------------------------

DNA_ASIF = '''
ISLAMABAD, 27 MAY (DNA) – Defense Minister Khawaja Muhammad Asif has said that Pakistan has been fighting a successful war against terrorism and marked decline in militants’ activities is its best example.

In an interview, he further said that double standard should not be adopted in war against terrorism. Minister said the United States targeted Mulla Akhtar Mansour in a drone attack by violating Pakistan’s sovereignty, Radio Pakistan reported.

Khawaja Asif said the meeting of National Security Council on the issue of drone attack would be held soon after the return of Prime Minister Muhammad Nawaz Sharif. DNA
'''


def test_pakistani_names_opening_word_stays_in_the_name():
    # https://dnanews.com.pk/pakistan-fighting-war-on-terror-successfully-minister (eval/own/docs-aj/pk/005.md)
    _, sts = excerpt(page(DNA_ASIF))
    assert [w for w, _, _ in said(sts, "successful war against terrorism")] == ["Khawaja Muhammad Asif"]
    assert [w for w, _, _ in said(sts, "double standard")] == ["Khawaja Muhammad Asif"]


def test_a_tag_before_a_given_name_still_goes():
    # must not: a party's or an occupation's word before a given name and a surname is no part of the name ("Lib Dem
    # Norman Baker", "Farmer Geoff Brooks": names.yml's examples)
    _, sts = excerpt(page('''
Lib Dem Norman Baker said the plan was wrong.

Farmer Geoff Brooks said the rain had come late.
'''))
    assert [w for w, _, _ in said(sts, "plan was wrong")] == ["Norman Baker"]
    assert [w for w, _, _ in said(sts, "rain had come late")] == ["Geoff Brooks"]


# --- "CONTENT, X said Thursday, contradicting ...": the words before the frame, the participle after its adjunct none -

MOSCOW_TIMES_KREMLIN = '''
Russia and Ukraine still have a chance to resume peace talks, the Kremlin said Thursday, contradicting earlier comments by Moscow’s top diplomat.

“Neither the president nor the minister have ever said the door to negotiations is closed,” Peskov told the state-run RIA Novosti news agency.
'''


def test_participle_after_the_frames_adjunct_is_no_words_said():
    # https://www.themoscowtimes.com/2022/07/21/door-not-shut-to-russia-ukraine-peace-talks-kremlin-a78364
    # (eval/own/docs-aj/ru/001.md)
    _, sts = excerpt(page(MOSCOW_TIMES_KREMLIN, "2022-07-21"))
    assert [(w, d) for w, d, _ in said(sts, "still have a chance")] == [("Kremlin", "2022-07-21")]
    assert not said(sts, "contradicting")


def test_participle_of_saying_after_the_adjunct_still_speaks():
    # must not: a participle that frames more speech after the day ("..., Minister John Smith said Monday, warning that
    # ...") is a statement of its own, as before
    _, sts = excerpt(page('''
The talks will resume next week, Minister John Smith said Monday, warning that both sides were far apart.
''', "2024-03-05"))
    assert [w for w, _, _ in said(sts, "both sides were far apart")] == ["John Smith"]
    assert [w for w, _, _ in said(sts, "talks will resume")] == ["John Smith"]


# --- ", he noted, praising X for ...": the words before the frame, and the praise a statement of its own ------------

IRNA_KANAANI = '''
As to a joint statement by Saudi Arabia and Iran, which was mediated by China, Kanaani said that the consensus was achieved after 1.5-year diplomatic talks, in Iraq and Oman.

The foreign ministries of Saudi Arabia and Iran are paving the ground for contacts between the foreign ministers and their meeting in the future, he noted, praising China, Iraq, and Oman for their constructive roles in paving the way for the consensus between Saudi Arabia and Iran.
'''


def test_praising_after_a_postposed_frame_keeps_the_words_before():
    # https://en.irna.ir/amp/85055718 (eval/own/docs-aj/ir/002.md)
    _, sts = excerpt(page(IRNA_KANAANI))
    assert [w for w, _, _ in said(sts, "paving the ground for contacts")] == ["Kanaani"]
    assert [w for w, _, _ in said(sts, "Oman for their constructive roles")] == ["Kanaani"]
    assert not any(st.text.startswith("praising") for st in sts)


def test_praising_without_a_frame_is_no_statement():
    # must not: "praising" frames more speech only after a frame ("Crowds lined the streets, praising ..." says
    # nothing anyone named said)
    _, sts = excerpt(page('''
Crowds lined the streets on Sunday, praising the firefighters for their courage.
'''))
    assert not sts


# --- a foreign ministry's spokesperson by another of its names is the one the text names ----------------------------

SAMAA_FO = '''
The FO spokesperson confirmed on Wednesday that the Afghan side attempted to set up a checkpoint on Pakistan's border at Torkham

“A border mechanism is in place, involving multiple institutions working together to ensure security and coordination,” MOFA spokesman said.

Pakistan-U.S. ties and F16s

Foreign Office spokesperson Shafqat Ali Khan in a weekly media briefing Friday highlighted the longstanding diplomatic relations between Pakistan and the United States emphasizing both nations share significant engagements at the diplomatic level, including defense cooperation such as the F-16 program.

MOFA spokesman said recent U.S. decision regarding the F-16 program was welcomed by Pakistan.
'''

NEO_ZAKARIYA = '''
A statement from the spokesperson of the Ministry of Foreign Affairs on Thursday stated that Pakistan has sought more evidence from India in connection with Mumbai attack case.

Addressing the weekly press briefing in Islamabad, Foreign Office Spokesperson Nafees Zakariya further said that the country’s armed forces supported the democratic process.
'''


def test_foreign_ministrys_spokesperson_by_another_name_is_the_named_one():
    # https://samaa.tv./2087329659-afghanistan-based-terrorists-using-us-weapons-for-attacks-on-pakistan-fo
    # (eval/own/docs-aj/pk/004.md): a subhead above the title is no part of the body's name
    _, sts = excerpt(page(SAMAA_FO))
    assert [w for w, _, _ in said(sts, "checkpoint on Pakistan's border")] == ["Shafqat Ali Khan"]
    assert [w for w, _, _ in said(sts, "A border mechanism is in place")] == ["Shafqat Ali Khan"]
    assert [w for w, _, _ in said(sts, "was welcomed by Pakistan")] == ["Shafqat Ali Khan"]
    # http://neonetwork.pk/pakistan-seeks-more-evidence-from-india-in-mumbai-attack-case-fo/
    # (eval/own/docs-aj/pk/010.md): "A statement from the spokesperson": the spokesperson's article is "the"
    _, sts = excerpt(page(NEO_ZAKARIYA))
    assert [w for w, _, _ in said(sts, "sought more evidence")] == ["Nafees Zakariya"]


def test_another_countrys_foreign_ministry_or_a_spokesman_for_it_stays_the_body():
    # must not: a spokesperson of another country's ministry ("of China") is not the Foreign Office's named
    # spokesperson, and "A spokesman for the Foreign Office" names nobody: the body speaks (GUIDELINES)
    _, sts = excerpt(page('''
Foreign Office spokesperson John Smith said on Monday that Britain would send aid.

A spokesperson of the Ministry of Foreign Affairs of China said that Beijing rejected the claims.

A spokesman for the Foreign Office said the ambassador had been summoned.
'''))
    assert [w for w, _, _ in said(sts, "Beijing rejected")] == ["Ministry of Foreign Affairs of China"]
    assert [w for w, _, _ in said(sts, "ambassador had been summoned")] == ["Foreign Office"]


# --- "stressed on Friday its commitment to ...": the verb's object after its day is what was said ------------------

AAWSAT_TRUCE = '''
Saudi Arabia stressed on Friday its commitment to the truce in Yemen, while accusing the Iranian regime of manipulating the war-torn country for its own goals.

Deputy Defense Minister Khalid bin Salman said: “Saudi Arabia positively welcomes the truce, which is what the Kingdom has always called for.”
'''


def test_object_after_the_frames_day_is_said():
    # https://english.aawsat.com/home/article/1932091/saudi-arabia-underscores-commitment-yemen-truce?page=3
    # (eval/own/docs-aj/sa/008.md)
    _, sts = excerpt(page(AAWSAT_TRUCE))
    assert [w for w, _, _ in said(sts, "its commitment to the truce")] == ["Saudi Arabia"]
    assert [w for w, _, _ in said(sts, "of manipulating the war-torn country")] == ["Saudi Arabia"]


def test_day_alone_after_a_quotation_stays_an_adjunct():
    # must not: a day with no object after it is the frame's ('"...," he said on Friday.'), and one before a clause
    # still frames the clause ("said on Friday its shares would rise")
    _, sts = excerpt(page('''
"We will not give up," Prime Minister John Smith said on Friday.

The company said on Friday its shares would rise.
''', "2024-05-10"))
    assert [(w, d) for w, d, _ in said(sts, "will not give up")] == [("John Smith", "2024-05-10")]
    assert not any(st.text.startswith("on Friday") for st in sts)


# --- "assessed that": a named body's judgement told, as "estimated that" --------------------------------------------

MOSCOW_TIMES_ISW = '''
In his comments Wednesday, Lavrov also warned that Russia has expanded its “geographical goals” beyond the pro-Russian breakaway republics in eastern Ukraine and Moscow-captured southern regions, linking the change to Western weapons supplies to Kyiv.

Despite his claims, the Institute for the Study of War assessed that Russia’s current offensive to capture the remaining major population centers in the eastern Ukrainian territory known as Donbas will likely “culminate in the coming weeks.”
'''


def test_a_body_assessing_that_speaks():
    # https://www.themoscowtimes.com/2022/07/21/door-not-shut-to-russia-ukraine-peace-talks-kremlin-a78364
    # (eval/own/docs-aj/ru/001.md)
    _, sts = excerpt(page(MOSCOW_TIMES_ISW, "2022-07-21"))
    assert [w for w, _, _ in said(sts, "current offensive")] == ["Institute for the Study of War"]


def test_assessing_a_thing_is_no_statement():
    # must not: "assessed" with an object and no "that" clause says nothing ("The engineers assessed the damage")
    _, sts = excerpt(page('''
Minister John Smith assessed the damage to the bridge on Monday.
'''))
    assert not sts


# --- "He also said that the State of Qatar called for ...": a country's call inside another's words is its own too ---

QNA_ANSARI = '''
Doha, October 10 (QNA) - Official Spokesperson for the Ministry of Foreign Affairs, Dr. Majed bin Mohammad Al Ansari emphasized that the State of Qatar is closely monitoring the dangerous escalation and developments occurring in the occupied Palestinian territories.

He also said that the State of Qatar called for an immediate cessation of hostilities and escalation, leading to a ceasefire involving all parties as soon as possible. It also urged the protection of civilians from the consequences of the ongoing conflict.
'''


def test_a_countrys_call_inside_anothers_words_is_its_own_too():
    # https://www.qna.org.qa/en/News-Area/News/2023-10/10/0085-official-spokesperson-for-the-ministry-of-foreign-affairs-qatari-communication-ongoing-with-various-parties-to-de-escalate-in-occupied-territories
    # (eval/own/docs-aj/qa/011.md)
    _, sts = excerpt(page(QNA_ANSARI, "2023-10-10"))
    assert sorted(w for w, _, _ in said(sts, "an immediate cessation of hostilities")) == \
        ["Majed bin Mohammad Al Ansari", "Qatar"]
    assert [w for w, _, _ in said(sts, "the protection of civilians")] == ["Qatar"]


def test_no_call_a_city_or_an_earlier_call_is_no_statement_of_its_own():
    # must not: a country's act without "that" or a call, a city, and an earlier position ("had called for") stay
    # the outer speaker's words only
    _, sts = excerpt(page('''
Minister John Smith said that Qatar announced new measures.

Minister John Smith said that Paris called for calm.

Minister John Smith said that Qatar had called for calm.
'''))
    assert {w for w, _, _ in said(sts, "")} == {"John Smith"}


# --- "the spokesperson" after the body spoke is the body's spokesperson the text names ------------------------------

SAMAA_WARNED = '''
Foreign Office spokesperson commenting on the security situation, the Foreign Office also highlighted concerns over modern American weapons left behind in Afghanistan, stating that these arms are being used by terrorists.

"These weapons are being employed for acts of terrorism inside Pakistan," the spokesperson warned, underscoring the growing threat posed by militants.

Pakistan-U.S. ties and F16s

Foreign Office spokesperson Shafqat Ali Khan in a weekly media briefing Friday highlighted the longstanding diplomatic relations between Pakistan and the United States emphasizing both nations share significant engagements at the diplomatic level, including defense cooperation such as the F-16 program.
'''


def test_the_spokesperson_after_the_body_is_its_named_spokesperson():
    # https://samaa.tv./2087329659-afghanistan-based-terrorists-using-us-weapons-for-attacks-on-pakistan-fo
    # (eval/own/docs-aj/pk/004.md)
    _, sts = excerpt(page(SAMAA_WARNED))
    assert [w for w, _, _ in said(sts, "arms are being used by terrorists")] == ["Foreign Office"]
    assert [w for w, _, _ in said(sts, "These weapons are being employed")] == ["Shafqat Ali Khan"]


def test_the_spokesperson_of_a_body_without_a_named_one_stays_the_body():
    # must not: a body whose spokesperson the text never names speaks through "the spokesman" itself (another
    # body's named spokesman is not he)
    _, sts = excerpt(page('''
The Ministry of Justice said the case was closed. The spokesman added that there would be no appeal.

The court sat for two days in March.

In another case, Foreign Office spokesman Tom White said the envoy would return.
'''))
    assert [w for w, _, _ in said(sts, "no appeal")] == ["Ministry of Justice"]
