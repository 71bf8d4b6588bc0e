"""Audit round bbc20: UK political news (BBC, PoliticsHome, LabourList, the Independent, ITV, HuffPost UK, the Mail's
and the regional press's agency copy, as the search tool's stored copies print them, navigation kept), read against
their statements. Each test is a real passage (the address in a comment), what an annotator marks and what must not
be."""
from test_audit_cases import excerpt
from test_audit_bbc19 import said, who
from test_audit_seed10 import page


# --- a member of parliament by his seat, a frontbencher, a former holder of the title ---------------------------------

def test_seat_before_the_title_is_no_name():
    # https://www.televisor.co.uk/featured/labour-mp-chris-leslie-speaks-out-after-losing-no-confidence-vote-called-by-local-party/092912
    _, sts = excerpt(page('''
Labour MP Chris Leslie speaks out after losing no-confidence vote called by local party

Chris Leslie has spoken out after becoming the latest Labour MP to lose a no-confidence vote called by party members in his constituency.

The Nottingham East MP, who has been critical of Jeremy Corbyn’s leadership, said he has no intention of stepping down after the vote by “a few dozen of Momentum activists”.
'''))
    # (not "Nottingham East", nor Jeremy Corbyn, named in the relative clause)
    assert who(sts, "no intention of stepping down") == ["Chris Leslie"]


def test_long_serving_mp_for_a_seat_is_a_title():
    # https://www.itv.com/news/meridian/2024-10-17/veteran-tory-mp-claims-kemi-badenoch-preoccupied-with-her-own-children
    _, sts = excerpt(page('''
Conservative MP, Sir Christopher Chope, has claimed that party leadership favourite Kemi Badenoch is “preoccupied with her own children”.

The long-serving MP for Christchurch in Dorset, said: "You can't spend all your time with your family at the same time being leader of the opposition".
''', "2024-10-17"))
    assert who(sts, "You can't spend all your time") == ["Christopher Chope"]     # (no one called "Christchurch")


def test_frontbencher_is_the_mp_named_before():
    # https://elitenews.uk/labour-will-be-in-power-for-20-years-if-voters-get-this-wrong-warn-tories
    _, sts = excerpt(page('''
Jonathan Reynolds conceded Labour would face “difficult decisions” on tax and spending if the party failed to deliver on its economic growth ambitions.

Mr Reynolds, the shadow business secretary, was asked this morning if he was saying there would be no tax measures during a Labour government other than what has been set out in the manifesto.

The Labour frontbencher told ITV’s Good Morning Britain: “The premise of these questions is that the economy cannot grow any faster than it has done for the last 14 years and therefore the only way to fund public services is tax rises, we reject that case entirely.”
'''))
    assert who(sts, "The premise of these questions") == ["Jonathan Reynolds"]


def test_critic_of_a_name_after_the_title_is_not_its_holder():
    # https://politicshome.com/news/article/corbyncritic-labour-mp-chris-leslie-loses-vote-of-no-confidence
    _, sts = excerpt(page('''
A former Labour shadow chancellor has suffered a vote of no confidence from local party members.

Chris Leslie, MP for Nottingham East since 2010, told PoliticsHome he "was not going to stop speaking up" following last night’s vote by members in his local constituency.

The former Shadow Chancellor has been an outspoken critic of Jeremy Corbyn’s leadership, calling his economic policies "starry-eyed" and "hard-left".
'''))
    assert "Jeremy Corbyn" not in who(sts, "starry-eyed")     # (Corbyn is whom the title's holder criticises)


def test_former_holder_named_later_is_not_the_chancellor():
    # https://todayinthemarkets.com/2024/03/05/jeremy-hunts-budget-dilemma-play-it-safe-or-be-bold-to-save-tory-seats
    # (five of its paragraphs, one line each as the page prints them)
    _, sts = excerpt(page('''
Jeremy Hunt, Britain’s chancellor, spends a lot of time telling colleagues he wants to do “the right thing” in this week’s Budget. Many Conservative MPs have a simpler priority: they want the Budget to help save their seats.
Finding that sweet spot will be a huge test for Hunt, whose March 6 Budget is expected to deliver the personal tax cuts that some Tory MPs believe are essential ahead of the general election, expected this year.
The chancellor has argued that fast-growing economies like the US and in Asia have low taxes and that the state has a “moral duty” to hand back cash to taxpayers facing the highest tax burden for over 70 years.
Liz Truss, the shortlived Tory premier, appointed Hunt to clear up the mess bequeathed by the former chancellor Kwasi Kwarteng, whose “mini” Budget had sparked panic in the markets.
“The Treasury will be forever grateful to him for taking a grip immediately and telling Truss what had to be done,” said one Treasury veteran. “He stabilised the ship in 2022.”
''', "2024-03-05"))
    assert "Kwasi Kwarteng" not in who(sts, "fast-growing economies")
    assert not said(sts, "He stabilised the ship")     # (one Treasury veteran's words, no one's named)


# --- one unnamed source's words go on -------------------------------------------------------------------------------

def test_quotation_after_one_unnamed_source_is_not_the_last_speakers():
    # https://todayinthemarkets.com/2024/03/05/jeremy-hunts-budget-dilemma-play-it-safe-or-be-bold-to-save-tory-seats
    _, sts = excerpt(page('''
Jeremy Hunt, Britain’s chancellor, spends a lot of time telling colleagues he wants to do “the right thing” in this week’s Budget.

But Hunt insists that doing the right thing for the economy is also good politics. “The sweet spot for Jeremy is something that underpins growth, but also delivers a political dividend,” said one ally of Hunt.

Liz Truss, the shortlived Tory premier, appointed Hunt to clear up the mess bequeathed by the former chancellor Kwasi Kwarteng, whose “mini” Budget had sparked panic in the markets.

“The Treasury will be forever grateful to him for taking a grip immediately and telling Truss what had to be done,” said one Treasury veteran. “He stabilised the ship in 2022.”
''', "2024-03-05"))
    assert who(sts, "doing the right thing for the economy") == ["Jeremy Hunt"]
    assert not said(sts, "forever grateful") and not said(sts, "He stabilised the ship")


# --- the Prime Minister's spokesman is the office ---------------------------------------------------------------------

def test_the_spokesman_of_a_lobby_briefing_is_downing_street():
    # https://www.politicshome.com/news/uk/government-and-public-sector/communications/lobby-briefing/92416/downing-street-lobby
    _, sts = excerpt(page('''
Here is a summary of this morning's briefing for lobby journalists by the Prime Minister's official spokesman.

PA Images


On calls for the Prime Minister to set out what kind of Brexit deal the UK wants to strike with the EU, the spokesman said: "We will be entering into a negotiation with the European Union on the end state and achieving that partnership which the Prime Minister believes will be in the interests of the UK and the EU, so it will of course be clear what the UK is seeking to achieve.

On suggestions that the Government could seek a longer-than-expected post-Brexit transition period, the spokesman said: "The PM's been clear. It will be a strictly time-limited implementation period of around two years."
''', "2018-01-29"))
    assert who(sts, "We will be entering into a negotiation") == ["Downing Street"]
    assert who(sts, "strictly time-limited") == ["Downing Street"]


def test_prime_ministers_own_spokesman_is_downing_street():
    # http://www.onlinepapersuk.com/brexit-vote-as-it-happened-theresa-may-caves-in-to-tory-rebels-in-major-negotiations-climbdown/
    # (the sentence of the spokesman's words as its next paragraph prints them, the spokesman named by his owner)
    _, sts = excerpt(page('''
Theresa May’s spokesman straight-batted questions about the resignation of Phillip Lee at the morning lobby briefing today, writes The Independent’s political editor Joe Watts.

Theresa May’s spokesman said there was no discussion of it at today’s 90 minute cabinet meeting.

Her spokesman also said there was no discussion of Brexit at the cabinet meeting.
'''))
    assert who(sts, "no discussion of it") == ["Downing Street"]     # (not Theresa May)
    assert who(sts, "no discussion of Brexit") == ["Downing Street"]


# --- "Sir Ed" and his words ---------------------------------------------------------------------------------------------

def test_sir_and_given_name_is_the_person_not_his_party():
    # https://impartialreporter.com/news/national/24591449.make-year-last-winter-crisis-nhs-davey-urges-labour-keynote-speech
    _, sts = excerpt(page('''
Labour “could and should make this year the last winter crisis in our NHS”, Sir Ed Davey has said in his autumn conference keynote speech.

Sir Ed’s party also announced it would campaign for a new Winterproof NHS Taskforce, which would manage a £1.5 billion budget to build resilience across hospital wards.

“The Government could and should make this year the last winter crisis in our NHS,” Sir Ed said, with his MPs behind him.

“So I urge Labour: do not make the same mistakes the Conservative Party did.

“Be more positive. Act now.”
'''))
    assert who(sts, "The Government could and should make this year") == ["Ed Davey"]
    assert who(sts, "So I urge Labour") == ["Ed Davey"]


def test_aside_of_the_occasion_between_subject_and_verb():
    # https://impartialreporter.com/news/national/24591449.make-year-last-winter-crisis-nhs-davey-urges-labour-keynote-speech
    # (the party leader named: "Sir Ed Davey" as "Mr Davey")
    _, sts = excerpt(page('''
Labour “could and should make this year the last winter crisis in our NHS”, Sir Ed Davey has said in his autumn conference keynote speech.

Mr Davey, on the fourth and final day of the conference, later said: “We will urge the Government to act faster and be much bolder.”
'''))
    assert who(sts, "We will urge the Government to act faster") == ["Ed Davey"]


# --- a post's participle before the colon -------------------------------------------------------------------------------

def test_writing_after_with_and_a_name_frames_the_post():
    # https://politicshome.com/news/article/corbyncritic-labour-mp-chris-leslie-loses-vote-of-no-confidence
    _, sts = excerpt(page('''
Chris Leslie, MP for Nottingham East since 2010, told PoliticsHome he "was not going to stop speaking up" following last night’s vote by members in his local constituency.

Centrist Labour MPs meanwhile rallied around Leslie online, with former frontbencher Siobhain McDonagh writing: "Really sad to hear. Chris Leslie has been an anti-Brexit warrior for Labour and the whole country. We will look back and be so grateful for all his work."
'''))
    assert who(sts, "Really sad to hear") == ["Siobhain McDonagh"]


def test_posting_on_twitter_after_the_clause_frames_the_post():
    # http://londondailyreport.com/chris-leslie-no-confidence-vote/ (the post as one paragraph)
    _, sts = excerpt(page('''
Enfield North MP Joan Ryan, who chairs the Labour Friends of Israel group, and Gavin Shuker, MP for Luton South, also lost no-confidence votes.

Ms Ryan was quick to support the Labour MP, posting on Twitter: “Disgrace that Chris Leslie is next victim of purge with no confidence motion.”
'''))
    assert who(sts, "Disgrace that Chris Leslie") == ["Joan Ryan"]


# --- "May said": a person called May, not the month --------------------------------------------------------------------

def test_may_said_is_the_person_called_may():
    # bbc-news/entertainment/138 ("Guitarist Brian May has said ... May said: "...""); the same in UK political copy,
    # "May said ..." of Theresa May (docs/quality.md's open class)
    _, sts = excerpt(page('''
Guitarist Brian May has said he expects to be on the road with Rodgers and drummer Roger Taylor from April. May said: "Suddenly the Queen Phoenix is rising again from the ashes and will take precedence over... our lives." Queen have played with many different singers since Mercury's death in 1991 but have reportedly not toured.
'''))
    assert who(sts, "Suddenly the Queen Phoenix") == ["Brian May"]
    _, sts = excerpt(page('''
A defiant Theresa May has insisted she will still be in a job in two weeks’ time after MPs have voted on her Brexit plan.

May said the Commons vote was about delivering what people voted for in the referendum.

In May, the Cabinet agreed the plan.
'''))
    assert who(sts, "the Commons vote was about delivering") == ["Theresa May"]


# --- "Tory MPs" names no one; a fronted "Appearing on ..." clause before the subject ----------------------------------

def test_plural_title_is_no_name_and_appearing_clause_opens_the_subject():
    # https://spectator.co.uk/article/is-this-really-the-tory-partys-election-budget
    _, sts = excerpt(page('''
February was a tough month for Jeremy Hunt, as he tried to roll back the tax cut promises that were made by himself and Rishi Sunak in January. The money simply did not materalise, despite the government borrowing less than expected in recent months.

The disappointment is palpable. Appearing on BBC One this morning, Hunt squashed all remaining hopes that this Wednesday might be the tax-slashing Budget Tory MPs were desperate to deliver ahead of an election.

‘The most unconservative thing I could do,’ he told Laura Kuensburg, ‘is to cut taxes by increasing borrowing, because that’s just cutting taxes and saying future generations have to pick up the (price) tag. So, I won’t do that.
'''))
    hits = [st for st in sts if "cut taxes by increasing borrowing" in st.text]
    assert hits and all(st.speaker and st.speaker.name == "Jeremy Hunt" for st in hits), \
        [(st.speaker and st.speaker.name, st.text) for st in hits]     # (not "Tory MPs", nor Rishi Sunak)


def test_slogan_after_a_colon_is_not_the_subjects_words():
    # https://labourlist.org/2017/05/mcdonnell-accuses-bbc-of-using-tory-lies-over-labour-spending-plans
    _, sts = excerpt(page('''
John McDonnell has today accused a BBC presented of being a “scallywag” as he attacked the BBC for repeating Tory “lies” on Labour’s spending plans.

He appeared on the Today programme on Radio 4, when he criticised the Tories for their election poster with the slogan: “Corbyn: No Bombs for our Army, One big bombshell for your family.”
'''))
    assert not [st for st in sts if st.kind == "direct" and st.text.startswith("Corbyn: No Bombs")]


# --- a title before an honorific and a surname opens the sentence; a former title with "Ex-" -------------------------

def test_pronoun_after_title_honorific_and_surname_subject():
    # https://www.politicshome.com/news/article/watch-labour-mps-hit-out-after-suspended-tories-regain-whip-to-vote-in-theresa-may-ballot
    _, sts = excerpt(page('''
Labour MPs Jess Phillips and Louise Haigh took aim at the decision to reinstate Tories Andrew Griffiths and Charlie Elphicke ahead of the crucial ballot on whether to oust the Prime Minister.

Mr Griffiths lost the whip after admitting to sending thousands of sexually explicit text messages to female constituents.

Meanwhile, Dover MP Mr Elphicke was interviewed under caution by police earlier this year in connection with “alleged sexual offences” against two female members of staff.

He has denied any wrongdoing and said yesterday he remained “as confident as I always have been of clearing my name”.
'''))
    assert who(sts, "as confident as I always have been") == ["Charlie Elphicke"]     # (not Andrew Griffiths)


def test_ex_title_before_a_name_is_no_part_of_it():
    # https://politicshome.com/news/article/corbyncritic-labour-mp-chris-leslie-loses-vote-of-no-confidence
    _, sts = excerpt(page('''
Mike Gapes, MP for Ilford, added: "Solidarity to my friend Chris Leslie, one of the hardest working and most intelligent opponents of Brexit."

Ex-frontbencher Chuka Umunna chose to quote his party leader's conference speech, in which Mr Corbyn had called for "the freedom to disagree and debate" and a "much greater culture of tolerance".

Mr Umunna said: "Not sure everyone got the memo, so to speak."
'''))
    assert who(sts, "Not sure everyone got the memo") == ["Chuka Umunna"]
