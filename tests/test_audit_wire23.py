"""Audit round wire23: official and wire text (White House and State Department briefings and readouts, foreign
ministry press conferences, UN noon briefings, agency copy of what officials said). Each test reads a real passage
(its page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a readout's paragraph set in a part of a day at its opening ----------------------------------------------------

def test_paragraph_opening_with_a_part_of_a_day_dates_its_statements():
    # https://obamawhitehouse.archives.gov/realitycheck/the-press-office/readout-call-saturday-between-president-obama-and-prime-minister-singh-and-call-sun
    # (released Sunday 11 October 2009: Saturday's call is 10 October, Sunday's 11 October; not Singh's Friday)
    _, sts = excerpt(page('''
Office of the Press Secretary
For Immediate Release            October 11, 2009
Readout of call on Saturday between President Obama and Prime Minister Singh and call on Sunday between President Obama and Ambassador Eikenberry
Late Saturday morning, President Obama returned Indian Prime Minister Singh's phone call. Prime Minister Singh had called President Obama on Friday to congratulate him on having won the Nobel Peace Prize. The President expressed his appreciation for the call and congratulations. He noted that he was humbled and grateful for having received the Nobel, and that he saw it as a call to collective action on shared challenges. The President also underscored his concern for the attack on the Indian Embassy in Kabul, and said that he looked forward to receiving the Prime Minister in Washington later this year.
Early Sunday afternoon, President Obama called Ambassador Eikenberry, U.S. Ambassador to Afghanistan. The President thanked Ambassador Eikenberry for his work, and for his participation in the ongoing review of strategy toward Afghanistan. The President received an update on the Afghan elections, and reiterated the importance of Ambassador Eikenberry and his team to ensuring the implementation of a comprehensive strategy in Afghanistan, that includes both military and civilian components, and working with our Afghan partners.
''', date="2009-10-11"))
    assert [(w, d) for w, d, _ in said(sts, "humbled and grateful")] == [("Barack Obama", "2009-10-10")]
    assert [(w, d) for w, d, _ in said(sts, "receiving the Prime Minister")] == [("Barack Obama", "2009-10-10")]
    assert [(w, d) for w, d, _ in said(sts, "importance of Ambassador Eikenberry")] == [("Barack Obama", "2009-10-11")]
    assert not any(d == "2009-10-09" for _, d, _ in said(sts, ""))


# --- a two-word title in a speaker label --------------------------------------------------------------------------

def test_attorney_general_label_is_the_surname_not_general_sessions():
    # https://trumpwhitehouse.archives.gov/briefings-statements/press-briefing-press-secretary-sean-spicer-29-032717/
    _, sts = excerpt(page('''
James S. Brady Briefing Room

1:34 P.M. EDT

MR. SPICER: Hi, guys. Good afternoon. I hope everyone had a great weekend, seriously. It’s Monday, so I brought a special guest.

So, with that, Attorney General Sessions, come on up.

ATTORNEY GENERAL SESSIONS: Thank you, Sean. The Department of Justice has a view to enforce our nation’s laws, including our immigration laws. Those laws require us to promptly remove aliens when they are convicted or detained of certain crimes.
'''))
    assert [w for w, _, _ in said(sts, "Department of Justice has a view")] == ["Sessions"]
    assert not any(w == "General Sessions" for w, _, _ in said(sts, ""))


# --- "The President" of a readout's paragraph ---------------------------------------------------------------------

def test_the_president_is_the_one_the_paragraph_named_with_that_title():
    # https://ifttt.itbehere.com/2017/01/28/highlights-from-the-trump-merkel-call-nato-terrrorism-middle-east-russian-relations
    _, sts = excerpt(page('''
Concluding a busy Saturday, in addition to speaking on the phone to Japan‘s prime minister Abe, and Russia’s president Putin calling for “establishing real coordination of U.S. and Russian actions in order to defeat ISIS and other terrorist groups in Syria” as well as discussing the importance of “restoring business ties”, Trump also spoke on the phone with German chancellor Angela Merkel.
Finally, Trump said he accepted Germany’s invitation to attend the G-20 summit in Hamburg Germany, and said he “looked forward” to receiving the Chancellor in Washington soon.
READOUT OF THE PRESIDENT’S CALL WITH CHANCELLOR ANGELA MERKEL OF GERMANY
President Trump and Chancellor Merkel today held an extensive telephone conversation covering a range of issues, including NATO, the situation in the Middle East and North Africa, relations with Russia, and the Ukraine crisis. Both leaders affirmed the importance of close German-American cooperation to our countries’ security and prosperity and expressed their desire to deepen already close German-American relations in the coming years. The President and Chancellor also agreed on the NATO Alliance’s fundamental importance to the broader transatlantic relationship.
''', date="2017-01-28"))
    assert sorted(w for w, _, _ in said(sts, "NATO Alliance’s fundamental importance")) == ["Angela Merkel", "Donald Trump"]
