"""Audit round setbs: news reports of spokespeople from Southeast Asian outlets other than Philippine ones (set BS's
train documents: AsiaOne printing The Nation, The Jakarta Post, Antara, Sinar Daily, The Phnom Penh Post, The Nation,
Chiang Rai Times printing Thai PBS, Voice of Indonesia). Each test reads a real passage (its page's URL or file in a
comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_seed10 import page, said
from test_audit_cases import excerpt


ASIAONE_GENERALS = "http://www.asiaone.com/asia/no-generals-are-about-retire-thai-cabinet-pm-says"
INQUIRER_ROOT = "http://newsinfo.inquirer.net/680381/palace-denies-…uino-collapsed"

GENERALS = '''
Prime Minister General Prayut Chan-o-cha and Army Chief General Udomdej Sitabutr denied rumours yesterday that three top military officers would resign because they hold posts in Cabinet.

Prayut said: "I'm the one who has authority to reshuffle the Cabinet and currently, nobody has resigned [as a Cabinet member]."

Prayut stressed that no individuals had reported difficulty in carrying out their duties. The PM went on to reject the possibility of another coup or military reshuffle.

Deputy Defence Minister and Army Chief General Udomdej made similar comments on the issue. He asked media to stop spreading such news reports from this day onwards. He stressed that the National Council for Peace and Order remained firm and committed to following all the steps of its road map, paving the way towards a general election.

Meanwhile, the PM has assigned the Foreign Ministry to explain cases related to lese majeste in foreign countries.

He assigned the Foreign Ministry to keep an eye on fugitives related to lese majeste accusations. He further asked the ministry to carefully explain such cases to official foreign counterparts, requesting more cooperation when it comes to extradition procedures.
'''


# --- "Deputy Defence Minister and Army Chief General Udomdej made ...": the person after the second title, by the ---
# --- given name a Thai report names him by; "the PM" the prime minister whose rank follows his title -------------

def test_a_subject_by_joined_titles_and_given_name_and_the_pm():
    # eval/own/docs-bs/sg/001.md (AsiaOne printing The Nation): the sentence naming Udomdej (two titles joined by
    # "and", then his rank and given name) had given no subject, so "He asked ..." and "He stressed ..." went to the
    # prime minister who spoke before; and "the PM" (the role "Prime Minister General": a rank after the title) named
    # no one, so his "He further asked ..." would have gone to Udomdej
    _, sts = excerpt(page(GENERALS, url=ASIAONE_GENERALS))
    assert [who for who, _, _ in said(sts, "media to stop")] == ["Udomdej Sitabutr"]
    assert [who for who, _, _ in said(sts, "remained firm")] == ["Udomdej Sitabutr"]
    assert [who for who, _, _ in said(sts, "carefully explain")] == ["Prayut Chan-o-cha"]
    # must not: "general" after "Secretary" still makes another title: "The Secretary" (a presidential spokesperson)
    # is no Secretary-General (Inquirer.net; eval/own/docs-az/ph/002.md)
    _, sts = excerpt(page('''
MANILA, Philippines – Malacañang on Saturday denied a rumor that President Benigno Aquino III “collapsed” Friday night.

At past midnight, Presidential Spokesperson Edwin Lacierda issued the following statement: “I have communicated with the President regarding the rumors circulating tonight that he collapsed, and he immediately responded to my text with – ‘No such thing.’”

The Secretary said he had “no idea” where the rumor came from.
''', date="2015-03-21", url=INQUIRER_ROOT))
    assert "Ban Ki-moon" not in [who for who, _, _ in said(sts, "no idea")]
