"""Documents that are speech: transcripts and releases issued as a statement.

`segment(doc)` runs right after cleaning. It recognises
- Q/A transcripts ("Q: ..." / "A: ...", or "Outlet: ..." / "Official Name: ..."), where the official is named
  by the document (headline "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference ...");
  text before the first question is the official's opening announcements, one statement per paragraph;
- speaker-turn transcripts ("MS. JEAN-PIERRE:", "SECRETARY BLINKEN:", "Q", "QUESTION:"), where each label is
  resolved to a full name the document gives (headline, author line, body) or the registry;
- releases that are themselves a statement ("Statement by Press Secretary ...", a feed item whose author is
  a person, "The following is attributable to Spokesperson ..."): each body paragraph is the issuer's.
It sets doc.genre, doc.turns (offsets into doc.body; body[start:end] is the statement) and doc.issuer.

`turn_attributions(doc)` turns them into Attributions (basis 'transcript' or 'issuer'); in releases, quotes
of other people found by the news extractor are kept beside the issuer's paragraphs.
Procedural turns (greetings, "Go ahead", "We've got to wrap up"), bare acknowledgements, interrupted
fragments and unnamed speakers (AIDE, MODERATOR, SENIOR ADMINISTRATION OFFICIAL) give no statement.
"""
import bisect
import re
from collections import Counter
from datetime import datetime
from functools import lru_cache
from operator import itemgetter
from urllib.parse import urlparse

from ..firstchars import led
from ..gazetteer import given_names
from ..lexicon import mapping, words
from ..models import Attribution, Mention, Turn
from ..speaker_names import name_after_portfolio
from ..normalize import fold
from ..speaker_names import is_personal_name, is_place, looks_like_person, salutation
from .lexicon import CUE_FORMS, CUE_PAST_PRESENT, ORG_WORDS, SPOKES_WORDS, ONE_SPOKESPERSON
from .mentions import parse_np, tokens

# -- speaker labels ---------------------------------------------------------------------------------------
HONORIFIC_LABEL = (r"MR|MS|MRS|MISS|DR|PROF|PROFESSOR|SIR|DAME|ADMIRAL|GENERAL|GEN|COLONEL|CAPTAIN|AMBASSADOR|"
                   # "DEPUTY CHIEF CABINET SECRETARY KATO:", "PRESIDENTIAL SPOKESPERSON ABELLA:", "DA SEC. LAUREL JR.:"
                   # (the department's name first, in the Pentagon's transcripts: "PENTAGON PRESS SECRETARY PETER
                   # COOK:"; brief20)
                   r"(?:[A-Z]{2,5} |PENTAGON )?(?:(?:ACTING|DEPUTY|ASSISTANT|UNDER|PRINCIPAL|CHIEF|CABINET|PRESIDENTIAL) ){0,3}"
                   r"(?:SECRETARY|SEC|ADMINISTRATOR|DIRECTOR|PRESS SECRETARY|SPOKESPERSON|COORDINATOR)|"
                   r"GOVERNOR|SENATOR|REPRESENTATIVE|CONGRESSMAN|CONGRESSWOMAN|MAYOR|PRESIDENT|VICE PRESIDENT|"
                   r"PRIME MINISTER|FOREIGN MINISTER|MINISTER|CHAIRMAN|CHAIRWOMAN|CHAIR|COMMISSIONER|SPEAKER|"
                   r"LEADER|SURGEON GENERAL|ATTORNEY GENERAL|CHANCELLOR|AMB")
# (a Scottish or Irish surname keeps its small c: "MR. McCLELLAN:", "MR. MacCALLUM:"; brief19)
UPPER_WORD = r"(?:Ma?c)?[A-Z][A-Z'’\-]*[A-Z]"
# "MS. JEAN-PIERRE:", "ASSISTANT SECRETARY KRITENBRINK:", "MR PRICE:"
# (a middle initial: "PRESS SECRETARY JOHN F. KIRBY:"; brief20)
NAMED_LABEL = re.compile(rf"^(?:\*\*)?((?:{HONORIFIC_LABEL})\.?\s+{UPPER_WORD}(?:\s+(?:[A-Z]\.\s+)?{UPPER_WORD}){{0,2}})\.?"
                         r"(?:\*\*)?\s*:(?:\*\*)?\s*")
# A full name in capitals with no title, the one the headline names: "PETER COOK:" under "Department of Defense Press
# Briefing by Pentagon Press Secretary Peter Cook ..." (brief20)
CAPS_NAME_LABEL = re.compile(rf"^(?:\*\*)?({UPPER_WORD}(?:\s+[A-Z]\.)?(?:\s+{UPPER_WORD}){{1,2}})(?:\*\*)?\s*:(?:\*\*)?\s*")
# "THE PRESIDENT:", "THE VICE PRESIDENT:"
ROLE_LABEL = re.compile(r"^(?:\*\*)?(THE (?:PRESIDENT|VICE PRESIDENT|FIRST LADY|SECOND GENTLEMAN|SECRETARY|"
                        r"PRIME MINISTER|CHAIRMAN|CHAIRWOMAN|SPEAKER|GOVERNOR|AMBASSADOR))(?:\*\*)?\s*:(?:\*\*)?\s*")
# Speakers the transcript leaves unnamed: their turns are nobody's statement.
UNNAMED_LABEL = re.compile(
    r"^(?:\*\*)?((?:SENIOR |WHITE HOUSE |STATE DEPARTMENT |ADMINISTRATION |U\.S\. |DEFENSE |DEPARTMENT |"
    r"SECOND |FIRST |THIRD )*(?:ADMINISTRATION |STATE DEPARTMENT |DEPARTMENT |DEFENSE |WHITE HOUSE )?"
    r"(?:OFFICIAL|OFFICIALS|AIDE|MODERATOR|OPERATOR|AUDIENCE|AUDIENCE MEMBER|AUDIENCE MEMBERS|PARTICIPANT|"
    # (the Malacañang Press Corps answering the Palace's spokesperson in chorus: "MPC: Yes."; brief19)
    r"PARTICIPANTS|STAFF|STAFFER|REPORTER|REPORTERS|NARRATOR|INTERPRETER|TRANSLATOR|CROWD|PRESS|MPC)"
    r"(?: (?:ONE|TWO|THREE|FOUR|\d))?)(?:\*\*)?\s*:(?:\*\*)?\s*")
QUESTION_LABEL = re.compile(r"^(?:\*\*)?(?:(?:Q|QUESTION|Question)(?:\*\*)?(?:\s*(?:\.:|[:：.)])(?:\*\*)?\s*|\s+(?=\S)|$)|"
                            # the day it was asked, in China Daily's digests of the briefings: "Q-Sept 23: At the
                            # Quad summit ..." (seed15)
                            r"Q\s*[-–—]\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*[:：]\s*|"
                            # an asker's further turn in an MFA transcript: "Follow-up: ...", "Journalist explains: ..."
                            r"(?:Follow-up|Follow up|Journalist(?: explains| asks| continues)?)(?:\*\*)?\s*[:：](?:\*\*)?\s*|"
                            # a reporter and the outlet after a slash, in the Palace's transcripts: "JOSEPH MORONG/GMA7:"
                            r"[A-Z][A-Z.’'\-]*(?:\s+[A-Z][A-Z.’'\-]*){0,3}\s*/\s*[A-Z0-9][A-Za-z0-9.&’'\-]*"
                            r"(?:\s+[A-Z0-9][A-Za-z0-9.&’'\-]*){0,3}\s*[:：]\s*|"
                            # ... or in brackets, an outlet's acronym first: "Ian Cruz (GMA-7):", "Ina Andolong (CNN
                            # Philippines):" (brief19)
                            r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}\s+\([A-Z]{2,}[\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\)\s*[:：]\s*)")
DATED_QUESTION_LABEL = re.compile(r"Q\s*[-–—]\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*[:：]")     # (no person's label)
# "A:", "A. The", "A) We", "A.:", "Answer:"
ANSWER_LABEL = re.compile(r"^(?:\*\*)?(?:A\.?|Answer)(?:\*\*)?\s*[:：](?:\*\*)?\s*|^A[.)]\s+(?=[A-Z“\"])|"
                          # the interviewee by office and a dash, in the French ministry's translations ("Q. – ..."
                          # then "THE MINISTER – ...")
                          r"^THE (?:MINISTER|PRESIDENT|PRIME MINISTER|SECRETARY OF STATE)\s+[–—]\s+")
# "CCTV: ...", "The Globe and Mail: ...", "Hua Chunying: ..." (MFA transcripts of 2019-20)
TITLE_LABEL = re.compile(r"^((?:[A-Z][\w&'’.\-]*)(?:\s+(?:[A-Z][\w&'’.\-]*|of|the|and|de|du|del|&)){0,6})\s*[:：]\s+")

# Labels of other governments' transcripts, in title case: "Mr. Taro Kono, Minister for Foreign Affairs:",
# "Shri Randhir Jaiswal, Official Spokesperson:", "Minister Kono:", "N. KOTZIAS:", "Toba, Nippon TV:", "JOURNALIST:",
# "Iranian media:".
# Transcription services add the time into the recording ("Matthew Miller (00:41):", "Speaker 2 (01:28):" on a line of
# its own, the words in the paragraphs after it).
# (an office's abbreviation in brackets closes a title: "Shri Yatin Patel, OSD (PR):", who reads out the questions in
# India's MEA briefings; brief18)
# (an outlet's asker in lower case too: "Reuters reporter:", in a Chinese site's translation of an MFA transcript;
# the lead's round 18)
PERSON_LABEL = re.compile(r"^(?:\*\*)?(?P<label>Speaker \d{1,2}|[A-Z][\w.’'\-]*(?:,?\s+(?:[A-Z][\w.’'&\-]*|of|for|the|and|on|media|"
                          r"reporter|journalist|correspondent))"
                          r"{0,11}(?:\s+\([A-Z]{2,5}\))?)(?:\*\*)?(?:\s*\((?:\d{1,2}:)?\d{1,2}:\d{2}\)|\s*\(through (?:an? )?(?:translator|interpreter)\))?"
                          # (MOFA Japan prints some labels without the space: "Ms. KOBAYASHI Maki, Press Secretary:I am")
                          r"\s*[:：](?:\*\*)?(?:\s+(?=\S)|\s*$|(?<=[a-z][:：])(?=[A-Z]))")

BRIEFING_HEADLINE = re.compile(r"\b(?:transcript|briefing|press conference|news conference|press encounter|doorstop|"
                               r"remarks|interview|statements? (?:to|following|after))\b", re.I)

# "After the press conference, the following question was raised: ..."
RAISED_QUESTION = re.compile(r"\b(?:following )?questions? (?:was|were) (?:raised|asked|answered)\b|"
                             r"\bthe following question\b", re.I)
HONORIFIC_WORDS = set(words("label_honorifics"))
ASKER_WORDS = set(words("label_askers"))
ASKING_LABELS = set(words("asking_labels"))

# -- what is not a statement ------------------------------------------------------------------------------
PROCEDURAL_PREFIX = (r"^(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?, )?"
                     r"(?:(?:okay|ok|all right|alright|so|and|well|yeah|great|sure|thanks|thank you|again)[,.!]?\s*)*")
PROCEDURAL_CORE = (
    r"(?:go ahead|go for it|next question|last question|one more|(?:(?:we|we’ve|we've|we have|we’re|we're|i|i’ve|i've|i’m|i'm)\s+)?"
    r"(?:got|gotta|have|need|going|want) to (?:(?:start )?wrap(?:ping)?(?: it)? up|move on|go|keep (?:moving|going)|take (?:a|one) (?:few )?"
    r"more)|(?:let me|let’s|let's) (?:stop you|go to|take|move on|get to|finish)|(?:start )?wrapping (?:it )?up|"
    r"(?:in|way in) the back|hi|hello|hey|happy new year|"
    # a promise to take the asker later: "Promise to come back to you. Daphne." (Ned Price, data/)
    r"(?:i\s+)?promise (?:to|i’ll|i'll) come back to you|"
    # a greeting, not a part of a day the words tell ("The Beijing P5 Conference commenced this morning in Beijing.",
    # "Chinese officials will be meeting Special Representative Biegun this afternoon."; China MFA, data/, wire23)
    r"(?:good )?(?<!this )(?<!that )(?<!the )(?<!yesterday )(?<!tomorrow )(?<!day )(?<!early )(?<!late )(?<![a-z]day )"
    r"(?:morning|afternoon|evening)(?!['’]s)|"
    # the State Department's: "Happy Wednesday, everyone.", "Sorry to be late.", "Very sorry for the delay today." (brief19)
    r"happy (?:monday|tuesday|wednesday|thursday|friday)|(?:(?:i’m|i'm|i am|very|so) )*sorry (?:to be late|"
    r"for (?:the delay|being late))|(?:my )?apologies for (?:the delay|being late)|"
    # the Palace's greeting in Filipino: "Magandang tanghali, Pilipinas." (brief18)
    r"magandang (?:umaga|tanghali|hapon|gabi)|"
    # (a greeting, not a stance: "We have noted and welcome these positive remarks" is an answer)
    r"welcome(?: back)?(?=\s*[,.!]|\s*$|\s+(?:to|everyone|everybody|all|again)\b)|thank(?:s| you)(?: (?:so|very) much)?|appreciate (?:it|you)|see you|"
    r"(?:can|could) you (?:all )?hear (?:me|us)|(?:is )?(?:this|my) (?:mic|microphone)|testing|"
    r"(?:wait|hold on|one second|one moment|just a second)|(?:i’ll|i'll|we’ll|we'll) (?:take|see) (?:your|you|a few)|"
    r"(?:you|i) (?:want|wanted) to (?:reset|start)|take (?:care|a seat)|(?:and )?(?:you|same to you)(?: as well| too)|"
    r"(?:operator|moderator)\b|(?:let’s|let's|let me|we’ll|we'll|we will|i’ll|i'll) (?:start|go|turn|take|move)\b|"
    r"(?:we’ll|we'll|we will|i’ll|i'll) (?:take|go to|turn to) (?:a |one |two |our )?(?:couple|few|final|last|next|more)\b|"
    r"(?:just )?a reminder\b|this call (?:is|was) (?:on|off) (?:the )?(?:record|background)|"
    r"(?:thanks|thank you)(?: again)?,? (?:everyone|everybody|all)(?: for (?:joining|tuning in|coming))?|"
    r"i’ll see you|i'll see you|see you (?:tomorrow|next|all|soon)|(?:and )?(?:then )?(?:we’re|we're|we are) done|"
    r"(?:(?:it’s|it's) )?(?:good|nice|great) to see(?: you| everyone| everybody| y’all)?|"
    r"(?:(?:it’s|it's) )?(?:good|nice|great|a pleasure) to be (?:here )?with you(?: all)?|"
    r"(?:this|that) (?:is all for|concludes) my opening (?:statement|remarks)|"
    # a State Department call's close: "That concludes the contents of the briefing. ... Have a wonderful rest of your day."
    r"(?:this|that) concludes (?:the contents of )?(?:the|today’s|today's|this|our) (?:briefing|call|press conference|gaggle)|"
    # "Once again, I’m happy to conclude the briefing there, if no further questions." (Ned Price, data/)
    r"(?:once again,? )?(?:i’m|i'm|i am|we’re|we're|we are) (?:happy|glad) to (?:conclude|end|wrap up) (?:the|today’s|today's|this) (?:briefing|call|press conference)|"
    r"have a (?:good|great|wonderful|nice|lovely) (?:rest of your )?(?:day|afternoon|evening|weekend)|"
    # a moderator's order: "Why don't we start, Dr. Fauci, with the variant question"
    r"why (?:don’t|don't) we (?:start|go|turn|begin|take)\b|"
    # asking for the question again: "I’m sorry. I didn’t hear.", "Repeat the last part of that question."
    r"(?:i’m sorry,? )?i (?:didn’t|didn't|did not|couldn’t|couldn't|could not) (?:quite )?(?:hear|catch|understand)(?: (?:you|that|it|the (?:last )?"
    r"(?:part|question)))?|(?:(?:can|could) you )?(?:please )?repeat (?:the |that |your )?(?:last part of (?:the |that |your )?)?question|"
    r"(?:i|we) (?:will|shall) (?:now )?take (?:your |some )?questions|"
    # a press secretary's opening with nothing to announce: "Please excuse me for my long absence. I look forward to
    # your cooperation like before. ... I do not have anything in particular to announce."
    r"(?:i|we) (?:do not|don’t|don't) have anything (?:in particular |special |else )?to announce|"
    r"(?:i|we) have nothing (?:in particular |special |else )?to announce|(?:please )?excuse me for my (?:long )?absence|"
    # Korea's briefing: "Today, I have four announcements to make."
    r"(?:i|we) have (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several) announcements? to make|"
    # Japan's: "Welcome to my press conference. Today I have several topics I would like to share with you." (wire18)
    r"(?:today,? )?(?:i|we) have (?:one|two|three|four|five|several|a few|some|a number of) (?:topics|items|things) "
    r"(?:that )?(?:i|we) (?:would|’d|'d) like to (?:share|announce|mention|raise)(?: with you)?(?=\s*[.!]|\s*$)|"
    # India's weekly briefing: "Friends, Namaskar, good afternoon. I don't have any announcements to make so I open the
    # floor to questions." and "So any more questions regarding CAA, so that we can club it all together?"
    r"namaskar|(?:i|we) (?:do not|don’t|don't) have any announcements?|(?:i|we) have no announcements?|"
    r"(?:(?:i|we|let’s|let's|let us|let me) )?open the floor\b|"
    # and its close: "So that is what I have for you.", "Let me now hand over the floor to Yatin ..." (brief18)
    r"(?:so )?(?:that(?:’s|'s| is)|this is) (?:what|all) (?:i|we) have (?:for you|for today|today)|"
    # (and "And I would hand over to Yatin to take us through the questions."; brief20)
    r"(?:let me |(?:i|we) (?:would|will) )?(?:now )?hand (?:it )?over (?:the floor\b|to \w+ to take (?:us|you) through\b)|(?:could|can|would) you (?:please )?take over\b|(?:are there )?any (?:more |other |related |further )?"
    r"questions? (?:on|regarding|to|about|related to) [^.!?]*(?=\?)|"
    r"i look forward to your (?:continued )?cooperation|i (?:just )?wanted to say that before starting|"
    # India's: "So, I'm happy to take questions. I know there a lot of people who have asked me questions.", "That’s not
    # related to this. We’ll take it later on." (brief16)
    r"(?:i’m|i'm|i am|we’re|we're|we are) (?:happy|glad|ready) to take (?:your |some |a few |the )?questions|"
    r"(?:i know )?there(?: are)? (?:a lot of|many|several) (?:people|of you) (?:who )?(?:have )?asked (?:me )?questions|"
    r"(?:that’s|that's|that is) not related to (?:this|that)|"
    r"(?:we’ll|we'll|we will|i’ll|i'll|i will) (?:take|come to|come back to) (?:it|that|this|you) later(?: on)?|"
    # the State Department's floor management (data/): "I will come back to you.", "I’m not calling on you today.",
    # "I think the floor is yours.", "Okay, same topic.", "Okay, a couple more.", "This will be the last one."
    r"(?:we’ll|we'll|we will|i’ll|i'll|i will) come (?:right )?back to you(?=\s*[.!]|\s*$)|(?:i’m|i'm|i am) not calling on you|"
    r"(?:i think )?the floor is yours|same topic(?=\s*[.?!]|\s*$)|(?:a )?couple more(?=\s*[.?!]|\s*$)|"
    r"(?:this|that)(?: will be|’s|'s| is) (?:the|our) (?:last|final)(?: one| question)?(?=\s*[.!]|\s*$)|"
    r"say that again(?=\s*[.?!]|\s*$)|"
    # ... and the first question given: "— feel free to kick us off." (donatonews.com; wire23)
    r"(?:(?:please )?feel free to |(?:you )?(?:can|could|want to) |go ahead and )?kick (?:us|it|things) off(?=\s*[.!]|\s*$))\b")
PROCEDURAL = re.compile(PROCEDURAL_PREFIX + PROCEDURAL_CORE, re.I)
# A briefer's opening with nothing to open with, at any length: "I've actually come emptyhanded today, don't have
# anything at the top, and I see we're also empty in front, so I don't know what to do."
NOTHING_AT_THE_TOP = re.compile(r"\b(?:(?:do not|don’t|don't) have (?:anything|any \w+)|(?:have|got) nothing)(?: \w+){0,2} (?:at|for) the "
                                r"top\b|\bcome empty-?handed\b|"
                                # "I don’t really have any announcements to begin with, so I will take a few questions,
                                # and we’ll start with you." (India's weekly briefing; brief16)
                                r"\b(?:do not|don’t|don't) (?:really |actually )?have any (?:particular |major )?"
                                r"announcements?(?: to (?:make|begin with|start with)| for (?:today|now))?,? so\b", re.I)
# A briefing's opening greeting, at any length: China's defence ministry: "Friends from the media, welcome to this
# month’s regular press conference of the Ministry of National Defense (MND) of the People’s Republic of China (PRC).",
# "Now the floor is open for questions.", "I would like to start today’s press conference with four announcements."
BRIEFING_GREETING = re.compile(r"^(?:friends(?: from the (?:media|press))?,\s*)?(?:good (?:morning|afternoon|evening)[!,.]\s*)?"
                               r"welcome to (?:this|today’s|today's|the|our) (?:[\w’'-]+ ){0,3}(?:press conference|"
                               r"briefing|press briefing)\b|\bthe floor is (?:now )?open\b|"
                               r"^(?:i would|i’d|i'd) like to (?:start|begin|open) (?:today’s|today's|this|the) "
                               r"(?:press conference|briefing) with\b|"
                               # "Today we will begin with an announcement and thereafter we will open the floor for
                               # questions." (India's MEA; brief18)
                               r"\b(?:we|i) will (?:begin|start) with (?:an?|one|two|three|four|\d) announcements?\b|"
                               # the Palace's: "Good Monday morning Pilipinas and good Monday morning to the ladies and
                               # gentlemen of the Malacañang Press Corps." (brief19)
                               r"^(?:good|magandang)\b[^.!?]{0,60}\bto (?:all )?(?:the )?ladies and gentlemen of the "
                               r"(?:[\w’'-]+ ){0,2}(?:press|media)(?: corps)?[.!]?$", re.I)
PROCEDURAL_ANY = led(r"\b" + PROCEDURAL_CORE, re.I)
ACKNOWLEDGEMENT = re.compile(r"^(?:(?:ah|oh|yeah|yep|yes|uh-huh|uh huh|mm-hmm|mhm|okay|ok|all right|alright|sure|"
                             r"right|got it|thanks|thank you|thank you so much|appreciate it|great|good|"
                             r"excellent|perfect|wonderful|of course|please|sorry|understood|cheers|i see|mm-hm|"
                             r"go on|you bet|yup|i appreciate (?:that|it)|i’m sorry|i'm sorry|excuse me|pardon(?: me)?)[\s,.!?]*)+$", re.I)
# A call's ground rules, read out at its end at any length: "Just a reminder this call was on the record with
# Assistant Secretary Kritenbrink and ...", "And with that, the embargo is lifted. Talk to you soon."
GROUND_RULES = re.compile(r"\b(?:this|the) call (?:is|was|has been) (?:on|off) (?:the )?(?:record|background)\b|"
                          r"\bembargo (?:is|has been) (?:now )?lifted\b|^talk to (?:you|y’all|everyone)(?: all)? "
                          r"(?:soon|later|tomorrow|next time)\b", re.I)
AUDIO_CHECK = re.compile(r"\b(?:can|could|do) you (?:all )?hear (?:me|us)\b|\b(?:i|we) can hear you\b|\bam i (?:on|audible|coming through)\b|"
                         r"\bis (?:this|my) (?:mic|microphone|line) (?:on|working|open)\b", re.I)
STAGE_DIRECTION = re.compile(r"\((?:[^()]{0,60})\)")
TIME_STAMP = re.compile(r"^\s*\d{1,2}:\d{2}\s*[AP]\.?\s?M\.?(?:\s+[A-Z]{2,4})?\s*$", re.I)
METADATA_LINE = re.compile(r"^(?:Date|Time|Venue|Place|Location|Posted|Updated|Published|Source|Author|Editor|Tags|"
                           r"Share)\s*:|^/Public Release\.", re.I)     # (Mirage News's note closing a reprint)
# Words broken off before a dash, then a new start: "That we – I’m sorry." (the start is judged on its own)
RESTART = re.compile(r"^(?:[^\s—–]+(?: [^\s—–]+){0,6} [—–] )+")
DASH_END = re.compile(r"(?:—|–|--|-|…|\.\.\.)\s*[\"”’]?\s*$")
SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"”’)]*|$)")

# -- releases ---------------------------------------------------------------------------------------------
# A title-case headline's verb ends the name: "Statement from President Joe Biden Condemning Terrorist ..."
HEADLINE_VERBS = ("Condemning", "Marking", "Welcoming", "Honoring", "Honouring", "Commemorating", "Recognizing",
                  "Recognising", "Celebrating", "Congratulating", "Announcing", "Mourning", "Remembering",
                  "Applauding", "Praising", "Supporting", "Calling", "Urging", "Designating", "Approving", "Signing",
                  "Responding", "Reaffirming", "Addressing", "Thanking", "Warning")
STATEMENT_HEADLINE = re.compile(
    r"^(?:Readout and )?Statements? (?i:by|from|of|attributable to) (?i:the )?(?P<issuer>.+?)"
    r"(?:\s+(?i:on|regarding|about|in|following|marking|commemorating|celebrating|congratulating|honoring|"
    r"honouring|after|at|upon|concerning|as|before|during|prior\s+to|ahead\s+of)\s+.*|\s*[:,;]\s.*|\s+[–—-]\s.*"
    r"|\s+(?i:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?i:years?|months?|weeks?|days?)\b.*"
    r"|\s+(?:%s)\b.*)?$" % "|".join(HEADLINE_VERBS))
# The same as a line of the body, short, over the statement it introduces.
# ("Explanation of vote by Ambassador to the General Assembly Richard Croker at the UN Second Committee.": a UK
# statement at a UN vote, over its paragraphs)
STATEMENT_LINE = re.compile(r"^(?=[^\n]{0,300}$)(?=(?:Statements?|Explanation of (?:vote|position)) (?:by|from|of) )" +
                            STATEMENT_HEADLINE.pattern[1:].replace(
                                "Statements? (?i:by", "(?:Statements?|Explanation of (?:vote|position)) (?i:by", 1))
SIGNATURE = re.compile(r"^[-–—]\s*([A-Z][^\n]{3,120})$")
# Documents the President issues in his own voice: "Presidential Message on Ramadan", "America 250: Presidential
# Message on ...", "A Proclamation on National ... Week, 2021", "A Message to the Congress on ...". Signed with the
# President's name in capitals on the last line ("JOSEPH R. BIDEN JR."), or not at all (the 2025- messages): then
# the sitting President, resolved from the registry on the document's day.
PRESIDENTIAL_HEADLINE = re.compile(r"^(?:[^:]{1,40}:\s+)?(?:An?\s+)?(?:Presidential\s+(?:Message|Proclamation)|"
                                   r"Proclamation|Message\s+to\s+the\s+(?:Congress|Senate)|"
                                   r"(?:Text\s+of\s+an?\s+)?Letter\s+(?:from\s+the\s+President\s+to|to\s+(?:the\s+)?"
                                   r"(?:Speaker|Congress|Certain\s+Congressional|Select\s+Congressional|President\s+pro\s+tempore))|"
                                   r"(?:The\s+)?President(?:\s+and\s+First\s+Lady)?[’']s\s+Message)\b")
# The proclamation formula names its issuer, whatever the headline ("Irish-American Heritage Month, 2025").
PROCLAMATION_FORMULA = re.compile(r"\bNOW,\s+THEREFORE,\s+I,\s+(?P<name>[A-Z][A-Z.’'\-]*(?:\s+[A-Z][A-Z.’'\-]*){1,4}),\s+"
                                  r"(?P<role>President|Governor|Mayor)\b")
CAPITALS_SIGNATURE = re.compile(r"^\s*([A-Z][A-Z.’'\-]*(?:\s+[A-Z][A-Z.’'\-]*){1,4})\s*$")
# "The below is attributable to Spokesperson Ned Price:", after a reprinting outlet's dateline ("Washington, DC
# (STL.News) The following is attributable to ..."); Mirage News prints it "As stated by Spokesperson Ned Price:".
FIRST_PERSON_WORD = re.compile(r"\b(?:I|I’m|I'm|my|me|we|we’re|we're|our|us)\b")
ATTRIBUTABLE = re.compile(r"^(?:[A-Z][\w.,’' ]{1,40}\s\([^()\n]{2,30}\)\s+)?"
                          r"(?:The (?:following|below) (?:statement )?is attributable to|As stated by) (?P<issuer>[^:]{3,120}):?\s*$",
                          re.I)
# A line saying that what follows is one person's or body's statement: "Foreign Affairs Minister John Baird today
# issued the following statement:", "The European Commission's chief spokesman, Eric Mamer, made the following
# statement Monday:", "Winston Peters' full statement:", (in a press release) "The UK delivered a statement during ...".
ISSUER_LINE = re.compile(
    r"^(?:[^–—\n]{0,40}[–—]\s+)?(?P<issuer>[A-Z][^:\n]{2,200}?)\s+(?:(?:today|yesterday|also|has|have|had)\s+)*"
    r"(?:issued|issues|made|makes|gave|gives|delivered|delivers|released|releases|read out|published)\s+"
    r"(?P<which>the following|a|this)\s+"
    r"(?:(?:joint|press|brief|short|written)\s+)?(?:statement|remarks|speech|message)s?\b(?P<rest>[^\n:]{0,200}?)"
    r"(?P<end>[:.])\s*$")
STATEMENT_WORDS = ("statement", "remarks", "speech", "message")     # one of them is in every ISSUER_LINE, FULL_STATEMENT
OPENING_ADVERBIAL = re.compile(r"^(?:On|In|At|During|Following|After|Earlier)\b|.*\d")
# "The following statement was issued today by the Spokesman for UN Secretary-General António Guterres:"
# ... and a State Department media note's "The text of the following statement was released by UK Foreign Secretary
# Boris Johnson, ..., and U.S. Acting Secretary John Sullivan." over "Begin Text:" (government-world.com; wire18)
PASSIVE_ISSUER_LINE = re.compile(r"^(?:The text of )?the following (?:joint )?(?:statement|remarks|message) (?:was|were|"
                                 r"has been) (?:issued|released|made|delivered)(?: today| yesterday)? by "
                                 r"(?P<issuer>[^:\n]{3,240}?)[:.]\s*$", re.I)
# An interview in sections: "Foreign Minister Heiko Maas on transatlantic relations:" over each answer.
ON_TOPIC_LINE = re.compile(r"^(?P<issuer>[A-Z][^:\n]{3,80}?) on [^:\n]{3,80}:\s*$")
FULL_STATEMENT = re.compile(r"^(?P<issuer>[A-Z][^:\n]{2,80}?)(?:[’']s?)\s+(?:full\s+)?(?:statement|remarks|speech|message)"
                            r"(?:\s+in full)?\s*:\s*$")
# "In addition, we transmit the statement of the Ministry of Foreign Affairs in full:" (a news site reprinting it)
STATEMENT_OF_IN_FULL = re.compile(r"\b(?:the|its|his|her) (?:full )?(?:statement|remarks|message) of "
                                  r"(?P<issuer>(?:the )?[A-Z][^:\n]{2,100}?) in full\s*:\s*$")
# "Statement of the Deputy Spokesperson of the Chinese Embassy in the Philippines": a spokesperson left unnamed
# speaks for the body (GUIDELINES: "a spokesman for X" is X); the body's name runs on in title case ("in the").
SPOKES_OF_BODY = re.compile(
    r"\b(?:[Tt]he\s+)?(?:(?:Deputy|Chief|Acting|Senior|Principal|Official)\s+)*(?:%s)\s+(?:of|for|to)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w’'&.\-]*(?:\s+(?:of|for|and|the|in|[A-Z][\w’'&.\-]*))*)"
    % "|".join(sorted({w.capitalize() for w in SPOKES_WORDS} | set(SPOKES_WORDS))))
REPORTED = re.compile(r"\b(?:said|says|stated|states|told|added|according to)\b")
FACT_SHEET = re.compile(r"^\s*(?:fact sheet|executive summary|readout|background|joint statement)\b", re.I)
ROLE_WORDS = set(words("label_role_words"))
CAPS_SURNAME = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})?")
NAME_WORD = r"(?:[A-Z][a-z]*[A-Z][a-z]+|[A-Z][a-zà-ÿ’']+(?:-[A-Z]?[a-zà-ÿ’']+)*|[A-Z]\.|Jr\.?|Sr\.?|II|III)"
# (never across a blank line: "... After Their Meeting" over "Hillary Rodham Clinton" are two runs)
NAME_RUN = re.compile(rf"{NAME_WORD}(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?:{NAME_WORD}|de|van|von|der|bin|al|el|la|le)){{1,4}}")
US_HOSTS = (".gov", ".mil")
DOCUMENT_WORDS = words("document_words")
JOURNALIST_ROLES = frozenset(words("journalist_roles"))


# ==========================================================================================================
def segment(doc) -> None:
    """Tell transcripts and releases from news and set doc.genre, doc.turns and doc.issuer."""
    if doc.turns or not doc.body:
        return
    _local_published(doc)
    paras = _inline_turns(doc.body, _paragraphs(doc.body))
    if not paras:
        return
    people = _people(doc)
    turns = _soundbites(doc) if "SOUNDBITE" in doc.body else None
    turns = turns or _transcript_turns(doc, paras, people)
    if turns is None and "made by" in doc.body and _made_by_items(doc, paras):
        return
    if turns is None and BRIEFING_HEADLINE.search(doc.headline or ""):
        turns = _numbered_briefing(doc, paras)
    if turns is None:
        turns = _unlabelled_interview(doc, paras, people)
    if turns is None and "Statements made by" in doc.body[:800]:
        turns = _ministry_briefing(doc, paras)
    turns = _without_saluted_turns(turns)
    if turns is not None:
        doc.genre = "transcript"
        doc.turns = _without_questions_back(doc.body, _without_cut_fragment(doc.body, _without_banter(
            doc.body, [_without_procedural_sentences(doc.body, _without_procedural_opening(doc.body, t))
                       for t in turns])))
        return
    _release(doc, paras, people)


# A briefer's opening turn that announces nothing, whatever else it says ("Good afternoon. I don’t have anything, but
# I’ll say apologies from the top. The President has a speech scheduled at 1:30, ...", "We don't have any major
# announcement as such so I would open the floor ...": State Department, India's MEA; brief17).
# (also "I don't have an immediate announcement to make, so I would directly go on to the large number of questions
# that we have received.": India's MEA; brief20)
# (and the State Department's "I don’t have anything off the top today, so Matt, please.", "I don’t have a topping
# statement or an opening statement, so we can get right at it."; wire23)
NOTHING_TO_OPEN = re.compile(r"\b(?:i|we) (?:do not|don’t|don't) (?:really |actually )?have (?:anything(?=[,.]| (?:at|for|to "
                             r"(?:announce|start|open)|but|so|off the top)\b)|(?:any|an) (?:\w+ )?announcements?|"
                             r"an? (?:topping|opening) statement)\b(?! (?:on|about|regarding)\b)",
                             re.I)
BANTER_WORDS_MAX = 15     # a quip the room laughs at: "Here comes Matt complaining I’m on time again. (Laughter.)"
LAUGHTER = re.compile(r"\(\s*laugh", re.I)


FRAGMENT_WORDS_MAX = 8     # a last turn the stored copy cut off after a few words: "The next is t", "With the unders"


def _without_questions_back(body, turns):
    """The turns without an answer made only of questions: "How much is reflected in this report?", "I’m sorry, what
    was the last part of your question?", "You mean in terms of the payfors?" (GUIDELINES: questions are not
    statements; no gold transcript answer is questions only; data/'s briefings held 50 such turns). A turn that
    asks, then answers, stays whole."""
    return [t for t in turns if not _asks_only(body[t.start:t.end])]


def _without_cut_fragment(body, turns):
    """The turns without a last one the page cuts off mid-sentence after a few words, which says nothing yet."""
    if turns:
        text = body[turns[-1].start:turns[-1].end].strip()
        if not body[turns[-1].end:].strip() and len(text.split()) <= FRAGMENT_WORDS_MAX and \
                not CLOSED_BY_STOP.search(text):
            return turns[:-1]
    return turns


def _without_banter(body, turns):
    """The turns without the opening of a briefer who announces nothing and without a short quip the room laughs at
    in reply to a remark that asks nothing ("Sure. Yeah, I’d like to ask you about Transnistria." - "Here comes Matt
    complaining I’m on time again. (Laughter.)"); a short answer without laughter stays ("There has not been.")."""
    if turns and turns[0].question is None and NOTHING_TO_OPEN.search(body[turns[0].start:turns[0].end]):
        turns = turns[1:]
    if turns and turns[0].question is None and _quip(body[turns[0].start:turns[0].end]):
        turns = turns[1:]     # a greeting and a quip the room laughs at: "Good afternoon, everybody. TGIF. (Laughter.)"
        #                       (White House briefing, presidency.ucsb.edu; wire23)
    return [t for t in turns if not (t.question and "?" not in t.question and _quip(body[t.start:t.end]))]


def _quip(text: str) -> bool:
    """A few words the room laughs at."""
    return bool(LAUGHTER.search(text)) and len(text.split()) <= BANTER_WORDS_MAX


def _without_procedural_opening(body: str, turn):
    """The turn without the greeting paragraphs it opens with ("Friends from the media, good afternoon! Welcome to
    this month’s regular press conference ...") when content paragraphs follow: the announcements are the statement."""
    start = turn.start
    while True:
        brk = body.find("\n\n", start, turn.end)
        if brk < 0 or _is_statement(body[start:brk]) or not _is_statement(body[brk:turn.end]):
            break
        start = brk + 2
        while start < turn.end and body[start].isspace():
            start += 1
    if start != turn.start:
        turn.start = start
    return turn


def _without_procedural_sentences(body: str, turn):
    """An opening turn (no question before it) without the greeting and floor-opening sentences it starts or ends
    with inside its paragraph: "Good afternoon, ladies and gentlemen. Today we will begin with an announcement ...
    So that is what I have for you. Now, I open the floor for questions." (India's MEA; brief18)."""
    if turn.question is not None:
        return turn
    sentences = []
    for m in SENTENCE.finditer(body, turn.start, turn.end):
        if sentences and TITLE_ABBREVIATION_END.search(body, sentences[-1][0], sentences[-1][1]):
            sentences[-1] = (sentences[-1][0], m.end())     # "Thank you, Mr. Prime Minister." is one sentence
        elif body[m.start():m.end()].strip():
            sentences.append((m.start(), m.end()))
    keep = [k for k, (a, b) in enumerate(sentences) if not _greeting_sentence(body[a:b])]
    if not keep or (keep[0] == 0 and keep[-1] == len(sentences) - 1):
        return turn
    a, b = sentences[keep[0]][0], sentences[keep[-1]][1]
    while a < b and body[a].isspace():
        a += 1
    if len(body[a:b].split()) >= KEPT_WORDS_MIN and body[a:a + 1].isupper():
        turn.start, turn.end = a, b
    return turn


def _greeting_sentence(sentence: str) -> bool:
    """A sentence that greets, thanks or hands the floor over, and says nothing else."""
    return not _is_statement(sentence) and (len(sentence.split()) <= GREETING_WORDS_MAX or
                                            GREETING_WORDS.search(sentence) is not None)


GREETING_WORDS_MAX = 6
GREETING_WORDS = re.compile(r"\b(?:good (?:morning|afternoon|evening|day)|hi|hello|hey|thank(?:s| you)|welcome|"
                            r"namaskar|(?:open|hand over) the floor|(?:move|turn)(?: on)? to (?:your |the )?questions|(?:that|this)(?:’s|'s| is) (?:what|all) (?:i|we) have)\b",
                            re.I)
TITLE_ABBREVIATION_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|No|Amb|Jr|Sr|[A-Z])\.\s*$")
KEPT_WORDS_MIN = 8     # what stays of an opening turn once its greetings are cut


# The European Commission's shot list of a video: "00:00:35 SOUNDBITE by William Hague, UK Foreign Secretary (In
# English) saying that: We will of course talk about the situation in Syria. ... 00:00:37": the words after the colon,
# up to the next time code, are the named person's.
TIME_CODE = r"\d{2}:\d{2}:\d{2}\b"
SOUNDBITE = re.compile(rf"\bSOUNDBITE\s+(?:\([Ii]n [A-Z][a-z]+\)\s+)?by\s+(?P<who>[^:()\n]{{3,120}}?)\s*"
                       rf"(?:\([Ii]n [A-Z][a-z]+\)\s*)?(?:saying(?: that)?\s*)?:\s*"
                       rf"(?P<text>(?:(?!{TIME_CODE})[^\n])+?)\s*(?={TIME_CODE}|\n|$)")


def _soundbites(doc) -> list:
    """Turns of a shot list's soundbites whose speaker is named ('by William Hague, UK Foreign Secretary')."""
    turns = []
    for m in SOUNDBITE.finditer(doc.body):
        first, _, rest = m.group("who").partition(",")
        name, role = _split_name(first)
        if name is None or not _is_statement(m.group("text")):
            continue
        turns.append(Turn(name, m.start("text"), m.end("text"), None, rest.strip() or role, None))
    return turns


def _story_before_dialogue(doc, layout, first_turn: int) -> list:
    """A news story printing its exchange with a minister as a dialogue after its own report ("Minister Rajitha
    Senaratne yesterday dismissed reports that ... “That was to answer a call of nature ...,” he told the media ...
    The dialogue that ensued ... was as follows: ¶ Daily Mirror: ... ¶ Minister Senaratne: No. ..."): the report's
    statements before the dialogue are found as in any story (Daily Mirror Sri Lanka on PressReader; seed16). Only
    a story of two paragraphs of prose at least before the first turn."""
    from .frames import find_attributions
    prose = [(m.start(), m.end()) for m in STORY_PARAGRAPH.finditer(doc.body, 0, first_turn)
             if len(m.group().split()) >= 25]
    if len(prose) < 2:
        return []
    return [a for a in find_attributions(doc.body, layout)
            if a.mention is not None and any(p0 <= a.start and a.end <= p1 for p0, p1 in prose)]


# A paragraph of a story's prose: no speaker's label ("QUESTION:", "Daily Mirror:") opening it, a full stop closing it.
STORY_PARAGRAPH = re.compile(r"^(?![^\n:]{1,60}:\s)[^\n]+[.!?][\"”’]?[ \t]*$", re.M)


def _without_saluted_turns(turns):
    """The turns but those under a letter's salutation ("DEAR ABBY: My husband of more than 20 years ...": a reader's
    letter to an advice column, no one's answer; a Zyte page); None when no turn is left."""
    if not turns:
        return turns
    kept = [t for t in turns if not (t.speaker and salutation(t.speaker, t.speaker.split(), None))]
    return kept or None


def turn_attributions(doc, layout=None) -> list:
    """One Attribution per statement turn; in releases, other people's quotes from the news extractor too."""
    out = []
    for t in doc.turns:
        name = t.speaker
        words = name.split() if name else []
        kind = "name" if len(words) >= 2 else ("title" if t.role and not name else "surname")
        if not name and not t.role:
            continue
        if name and t.organization == name:     # the briefing of a body whose spokesperson is not named
            m = Mention(text=name, start=t.start, end=t.start, kind="body", name=name, entity_kind="organization")
        else:
            m = Mention(text=name or t.role, start=t.start, end=t.start, kind=kind, name=name or None,
                        role=t.role, organization=t.organization, entity_kind="person")
        out.append(Attribution(start=t.start, end=t.end, kind="direct", cue=None, mention=m,
                               sentence_start=t.start, sentence_end=t.end, question=t.question,
                               basis="transcript" if doc.genre == "transcript" else "issuer"))
    if doc.genre == "transcript" and out:
        out[:0] = _story_before_dialogue(doc, layout, out[0].start)
    if doc.genre == "release":
        from .frames import find_attributions
        issuer_keys = _name_keys(doc.issuer or "")
        spans = [(t.start, t.end) for t in doc.turns]
        reported = None    # (turn start, ) of the last person the issuer's paragraph reports by name or title
        for att in find_attributions(doc.body, layout):
            if _is_issuer(att.mention, issuer_keys) and not (doc.issuer_line and att.end <= doc.issuer_line[0]):
                continue   # the issuer's own words are its paragraphs; a report before the line introducing them stays
            if any(att.start == a and att.end == b for a, b in spans):
                continue
            turn = next(((a, b) for a, b in spans if a <= att.start < b), None)
            inside = turn is not None
            m = att.mention
            if inside and m is not None and _readout_back_reference(doc.body, turn, att, reported):
                pass       # "Secretary of State Antony J. Blinken spoke today with ... The Secretary reaffirmed ...": the
                           # readout's issuer (a spokesperson) reports the named official by title, then "He"
            elif inside and m is not None and (m.kind in ("body", "pronoun", "title")
                                               or m.entity_kind == "organization" or is_place(m.name or m.text or "")):
                continue   # the issuer's own institution or country ("The United States welcomes ...", "China firmly
                           # rejects ..."), the issuer by title ("The Secretary-General welcomes ...") is its voice
            if att.mention is None and inside:
                continue   # a floating quote inside the issuer's own paragraph is the issuer's
            if inside and m is not None and m.entity_kind != "organization" and m.kind != "body":
                reported = turn
            out.append(att)
        out.sort(key=lambda a: a.start)
    return out


# A title that opened a named official earlier in the paragraph: "Secretary of State Antony J. Blinken", "Secretary
# Blinken", "President Obama" (the title word, up to three words of portfolio, then a capitalised name)
TITLED_NAME = r"\b{title}\b(?:\s+(?:of|for|the|[A-Z][\w’'&-]*)){{0,4}}?\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)*"


MODAL_AFTER = re.compile(r"\s+(?:will|would|shall|may|might|are\s+to|are\s+expected\s+to)\b")     # what they will do


def _readout_back_reference(body, turn, att, reported) -> bool:
    """A readout names the official it reports ("Secretary of State Antony J. Blinken spoke today with ...") and goes
    on by title ("The Secretary reaffirmed ...") or pronoun ("He expressed ..."): those are the official's words, not
    the issuer's voice. A title counts when the paragraph named someone with it before; a pronoun when the last
    statement kept in the paragraph was a reported official's."""
    m = att.mention
    if m.kind == "pronoun" and m.plural:
        # "Secretary Blinken congratulated Foreign Minister Kasoulides ... The Secretary and Foreign Minister
        # discussed ... They also underscored the importance of ..." (a State Department readout; set R): the people
        # the paragraph named, as "The two leaders reaffirmed ..." (resolve: the group), not what they will do
        return reported == turn and len(NAME_RUN.findall(body, turn[0], att.start)) >= 2 and \
            not MODAL_AFTER.match(body, m.end, m.end + 25)
    if m.kind == "pronoun":
        return reported == turn
    if m.kind != "title" or m.entity_kind == "organization":
        return False
    if m.plural:
        # "The participants emphasized ...", "The two leaders reaffirmed ..." after the paragraph named who met: each
        # of them (resolve: the group), one statement a speaker (GUIDELINES: several named speakers together)
        # (not what they will do: "The leaders will reaffirm their resolute support for Ukraine" previews a visit)
        return len(NAME_RUN.findall(body, turn[0], att.start)) >= 2 and \
            not MODAL_AFTER.match(body, m.end, m.end + 25)
    head = re.sub(r"^(?:the|a|an)\s+", "", (m.text or "").strip(), flags=re.I)
    if not head or len(head.split()) > 3:
        return False
    before = body[turn[0]:att.start]
    return re.search(TITLED_NAME.format(title=re.escape(head)), before) is not None


# -- helpers: paragraphs, dates ----------------------------------------------------------------------------
def _paragraphs(body: str):
    """(start, end) of each paragraph: blocks between blank lines, or lines when the body has no blank lines."""
    sep = re.compile(r"\n[ \t]*\n+") if re.search(r"\n[ \t]*\n", body) else re.compile(r"\n+")
    out, pos = [], 0
    for m in list(sep.finditer(body)) + [None]:
        end = m.start() if m else len(body)
        s, e = pos, end
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        if m:
            pos = m.end()
    return out


# A briefing a copy runs into one paragraph, its labels inside it: "... 1:16 p.m. EST MR PATEL: Good afternoon, everybody.
# ... QUESTION: Really? Only Wednesday? MR PATEL: — feel free to kick us off." (donatonews.com), "TRANSCRIPT_: MR.
# BOUCHER: Good afternoon, ... Q: A question, please, ..." (hri.org; wire23). Capitals and a colon after a space.
INLINE_NAMED_LABEL = re.compile(rf"(?<=\s)(?:{HONORIFIC_LABEL})\.?\s+{UPPER_WORD}\s*:(?=\s)")
INLINE_QUESTION_LABEL = re.compile(r"(?<=\s)(?:Q|QUESTION)\s*:(?=\s)")
INLINE_LABELS_MIN = 3     # with a question among them: the paragraph is turns


def _inline_turns(body: str, paras):
    """The paragraphs, each run-on briefing among them cut at the labels inside it (each label opens one)."""
    out = []
    for s, e in paras:
        # (a question's label is "Q:" or "QUESTION:": a paragraph without a "Q" has none, and then no turns; two
        # look-ups of a letter instead of the labels' scans, whose lookbehinds are tried at every character)
        asked = [m.start() for m in INLINE_QUESTION_LABEL.finditer(body, s, e)] if body.find("Q", s, e) >= 0 else []
        named = [m.start() for m in INLINE_NAMED_LABEL.finditer(body, s, e)] if asked else []
        if len(named) + len(asked) < INLINE_LABELS_MIN or not named or not asked:
            out.append((s, e))
            continue
        cuts = [s] + sorted(p for p in named + asked if p > s) + [e]
        for a, b in zip(cuts, cuts[1:]):
            while b > a and body[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
    return out


def _local_published(doc) -> None:
    """A US government document stamped in UTC was said on the US Eastern day (GUIDELINES: time zones)."""
    pub = doc.published or ""
    if not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", pub) or not re.search(r"(?:\+00:?00|Z)$", pub):
        return
    host = (urlparse(doc.url).hostname or "") if doc.url else ""
    if not host.endswith(US_HOSTS):
        return
    try:
        from zoneinfo import ZoneInfo
        when = datetime.fromisoformat(pub.replace("Z", "+00:00"))
        doc.published = when.astimezone(ZoneInfo("America/New_York")).isoformat()
    except Exception:   # no time zone data: keep the stamp as given
        return


# -- helpers: who is who ------------------------------------------------------------------------------------
class Person:
    def __init__(self, name, role=None, organization=None):
        self.name, self.role, self.organization = name, role, organization
        self.words = fold(name).split()

    def __repr__(self):
        return f"Person({self.name!r}, {self.role!r})"


PORTFOLIO_END = re.compile(r"\b(?:for|of|to)(?:\s+the)?$", re.I)
SPOKES_TYPO = re.compile(r"(?i)spoke\w*(?:person|man|woman)$")     # "MOFA's Spokeperson Le Hai Binh"


OFFICE_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _split_name(phrase: str):
    """'Press Secretary Karine Jean-Pierre' -> ('Karine Jean-Pierre', 'Press Secretary'); name None if none."""
    phrase = re.sub(r"[’']s$", "", phrase.strip(" ,.;:"))
    words = phrase.split()
    k = 0
    while k < len(words) and (words[k].lower().strip(".,") in ROLE_WORDS or not words[k][:1].isupper() or
                              SPOKES_TYPO.match(words[k]) or
                              OFFICE_ACRONYM.fullmatch(words[k]) and k + 1 < len(words) and
                              words[k + 1].lower().strip(".,") in ROLE_WORDS):
        k += 1     # (an office's acronym before its title is the title's: "CEA Chair Cecilia Rouse", "OMB Director
        #           Shalanda Young", "NATO Secretary General Jens Stoltenberg")
    name = words[k:]
    while name and name[-1].lower().strip(".,") in ROLE_WORDS - {"jr", "sr"}:
        name = name[:-1]
    if len(name) >= 3 and k and PORTFOLIO_END.search(" ".join(words[:k])):
        # "Special Envoy for the Northern Triangle Ricardo Zuniga": the portfolio runs to the person's first name
        start = name_after_portfolio(name) or (len(name) - 2 if re.fullmatch(r"[B-HJ-Z]", name[-2]) else 0)
        k, name = k + start, name[start:]
    # a surname in capitals before the given name, as Japan's foreign ministry prints it ("Mr. MOTEGI Toshimitsu",
    # "Ms. ONO Hikariko"): the first word in capitals, the others in title case (not "An FCDO")
    caps_ok = 2 <= len(name) <= 3 and CAPS_SURNAME.fullmatch(name[0]) is not None and \
        all(re.match(NAME_WORD + r"$", w) and not w.isupper() and fold(w) not in ROLE_WORDS for w in name[1:])
    # a given name written as one capital without a stop, as Singapore prints it ("Minister for Law K Shanmugam")
    initial_ok = len(name) == 2 and re.fullmatch(r"[B-HJ-Z]", name[0]) is not None and k > 0
    # (not an acronym before a title: "CEA Chair Cecilia Rouse")
    if len(name) < 2 or len(name) > 5 or any(fold(w) in DOCUMENT_WORDS or fold(w) in ORG_WORDS for w in name) or not all(re.match(NAME_WORD + r"$", w.strip(",")) or
                                                 w in ("de", "van", "von", "der", "bin", "al", "la", "le") or
                                                 caps_ok and w == name[0] or initial_ok and w == name[0]
                                                 for w in name):
        return None, (phrase or None)
    role_words = words[:k]
    while len(role_words) > 1 and fold(role_words[-1]).strip(".") in HONORIFIC_WORDS:
        role_words = role_words[:-1]      # "Minister for Foreign Affairs Dr Vivian Balakrishnan": the title ends before "Dr"
    role = " ".join(role_words).strip(" ,") or None
    if role and role.lower() in ("the", "by", "from"):
        role = None
    return " ".join(name).strip(","), role


def _titled_name(phrase: str):
    """A Person for a title and a name ("Vice President Kamala Harris") or a title and a surname ("President Biden",
    "Vice President Harris"), else None."""
    name, role = _split_name(phrase)
    if name:
        return Person(name, role)
    words = phrase.split()
    if len(words) >= 2 and all(fold(w) in ROLE_WORDS for w in words[:-1]) and fold(words[-1]) not in ROLE_WORDS \
            and re.fullmatch(NAME_WORD, words[-1]) and not is_place(words[-1]):
        return Person(words[-1], " ".join(words[:-1]))
    return None


def _name_of_run(body: str, m):
    """_split_name of a capitalised run of the body, which may be a title's portfolio after 'for' or 'of' before
    the name ("Special Envoy for the Northern Triangle Ricardo Zuniga")."""
    name, role = _split_name(m.group(0))
    if name and len(name.split()) >= 3 and PORTFOLIO_END.search(body[max(0, m.start() - 12):m.start()].rstrip()):
        parts = name.split()
        start = name_after_portfolio(parts) or 0
        name = " ".join(parts[start:])
    return name, role


def _people(doc) -> list:
    """People the document names with a role: author line ('Ned Price, Department Spokesperson, ...') and
    headline ('Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator ... John Kirby')."""
    people = []
    if doc.author:
        author = re.sub(r"([a-z])(Bureau|Office|Department)\b", r"\1, \2", doc.author)
        parts = [p.strip() for p in author.split(",") if p.strip()]
        current = None
        for p in parts:
            name, role = _split_name(p)
            if name and not role and len(p.split()) <= 5 and not (set(fold(p).split()) & ROLE_WORDS):
                current = Person(name)
                people.append(current)
            elif current is not None:
                current.role = f"{current.role}, {p}" if current.role else p
    if doc.headline:
        head = re.sub(r"\s+", " ", doc.headline)
        last = None     # the person of the piece before, whose title may follow after a comma
        pieces = list(_headline_pieces(head))
        for i, (piece, separator) in enumerate(pieces):
            name, role = _split_name(TRANSCRIPT_OF.sub("", piece))
            if name is None and last is not None and separator.startswith(",") and _is_title(piece) and \
                    not _title_goes_on(pieces[i + 1:i + 2]):
                # the title set off after the name: "Interview with Mr K Shanmugam, Minister for Home Affairs"
                last.role = piece if fold(last.role or "") in HONORIFIC_WORDS | {""} else f"{last.role}, {piece}"
            last = None
            if name and not any(p.words == fold(name).split() for p in people):
                last = Person(name, role)
                people.append(last)
    host = _briefing_host(doc.body)
    if host is not None and not any(p.words == host.words for p in people):
        people.append(host)
    prime_minister = _period_of_service(doc.body)
    if prime_minister is not None and not any(p.words == prime_minister.words for p in people):
        people.append(prime_minister)
    return people


# A reprint's first line naming the spokesperson whose press conference follows, the headline naming none:
# "Foreign Ministry Spokesperson Wang Wenbin hosted a regular press conference on August 9, 2022" (brief18)
HOST_LINE = re.compile(r"^\s*(?P<who>(?:[A-Z][\w.’'\-]*\s+){1,7}?)(?:held|hosted|gave|presided over) (?:a|the) "
                       r"(?:regular |daily |routine )?(?:press conference|press briefing|news conference)\b[^.!?\n]{0,60}$")


def _briefing_host(body: str):
    """The spokesperson the opening line says held the press conference, else None."""
    for line in body[:600].split("\n")[:4]:
        m = HOST_LINE.match(line)
        name, role = _split_name(m.group("who")) if m else (None, None)
        if name and role and any(fold(w) in SPOKES_WORDS for w in role.split()):
            return Person(name, role)
    return None


# PM Transcripts (pmtranscripts.pmc.gov.au) names the Prime Minister over the "PRIME MINISTER:" turns only in its
# header, surname first, above the term: "Morrison, Scott" then "Period of Service: 24/08/2018 - 11/04/2022" (brief18)
PERIOD_OF_SERVICE = re.compile(r"^(?P<surname>[A-Z][\w’'\-]+), (?P<given>[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2})"
                               r"[ \t]*\n\s*Period of Service:", re.M)
PRIME_MINISTERS_HEADER = "Transcripts from the Prime Ministers of Australia"


def _period_of_service(body: str):
    """The Prime Minister a PM Transcripts page names in its header, else None."""
    head = body[:1500]
    m = PERIOD_OF_SERVICE.search(head) if PRIME_MINISTERS_HEADER in head else None
    return Person(f"{m.group('given')} {m.group('surname')}", "Prime Minister") if m else None


# Cut at connectors and possessives ("Kotzias' statements"); each piece may hold "Role Name". (A gaggle's "... Karine
# Jean-Pierre En Route Merrimack, NH", "... Aboard Air Force One": where it was held, no part of the name; wire18)
# (the verb of the Pentagon's headlines: "Pentagon Press Secretary John F. Kirby Holds a Press Briefing"; brief20)
HEADLINE_SEPARATOR = re.compile(r"\s+(?:by|and|with|from|on|to|at|during|&|En Route|Aboard|" +
                                "|".join(w.title() for w in sorted(words("headline_event_verbs"))) + r")\s+|[,:;|–—]\s*|\s+-\s+|[’']s\s+|(?<=s)[’']\s+")


# "Transcript of Senior Minister Goh Chok Tong's ...", "Edited Transcript of Minister for Foreign Affairs Dr. Vivian
# Balakrishnan's Radio Interview ..." (Singapore's ministries): the person after it.
TRANSCRIPT_OF = re.compile(r"^(?:(?:Edited|Full|Official|Unofficial)\s+)?Transcript\s+of\s+(?:the\s+)?", re.I)


def _title_goes_on(after) -> bool:
    """Does a headline's title piece go on past "and" into the next person's piece ("Press Secretary Jen Psaki, Deputy
    National Security Advisor for Cyber| and |Emerging Technology Anne Neuberger"): the title is the next person's,
    not a title set off after the name before it (whitehouse-briefing-room 2022-02-18)."""
    if not after or after[0][1].strip() != "and" or _is_title(after[0][0]):
        return False
    name, role = _split_name(after[0][0])     # (words of the title glued before the name: no role of its own)
    return name is not None and role is None and len(name.split()) > 2


def _headline_pieces(head: str):
    """(piece, the separator before it) of a headline cut at HEADLINE_SEPARATOR."""
    pos, separator = 0, ""
    for m in HEADLINE_SEPARATOR.finditer(head):
        yield head[pos:m.start()], separator
        pos, separator = m.end(), m.group(0)
    yield head[pos:], separator


def _is_title(piece: str) -> bool:
    """A title alone, its first word a title word: "Minister for Home Affairs", "Press Secretary"."""
    words = piece.split()
    return bool(words) and fold(words[0]) in ROLE_WORDS and fold(words[0]) not in HONORIFIC_WORDS and \
        words[0][:1].isupper()


def _headline_names(doc, label: str) -> bool:
    """Whether the headline names the person a capitals label gives in full ("PETER COOK", a given name first; not
    "PRESS RELEASE :" over a release the headline calls one)."""
    return bool(given_names().get(fold(label.split()[0]))) and f" {fold(label)} " in f" {fold(doc.headline or '')} "


def _label_person(label: str, people, doc, registry_names=None):
    """The full name behind a label ('MS. JEAN-PIERRE', 'SECRETARY BLINKEN', 'THE PRESIDENT')."""
    words = fold(label).split()
    if not words:
        return None
    if words[0] == "the":
        role = " ".join(words[1:])
        for p in people:
            r = fold(p.role or "").split()
            if role == "president" and "president" in r and "vice" not in r:
                return p
            if role != "president" and f" {role} " in f" {' '.join(r)} ":
                return p
        return Person(None, label.title().replace("The ", "", 1))
    if len(words) > 2 and words[0] not in HONORIFIC_WORDS | ROLE_WORDS and words[1] in HONORIFIC_WORDS | ROLE_WORDS:
        words = words[1:]     # a department's acronym before the title: "DA SEC. LAUREL JR."
    # Drop honorifics and title words; what is left is the surname (possibly with given name).
    surname = [w for w in words if w not in HONORIFIC_WORDS and w not in ROLE_WORDS] or words[-1:]
    for p in people:
        if p.words[-len(surname):] == surname:
            return p
    # A full name in the body: "Admiral John Kirby", "Assistant Secretary Ramin Toloui".
    for m in NAME_RUN.finditer(doc.body):
        name, role = _name_of_run(doc.body, m)
        if name and fold(name).split()[-len(surname):] == surname and len(fold(name).split()) > len(surname):
            return Person(name, role)
    title = " ".join(w for w in label.split() if fold(w) in ROLE_WORDS and fold(w) not in HONORIFIC_WORDS)
    full = _given_name_before(doc.headline or "", doc.body, label.split()[-1]) if len(surname) == 1 else None
    if full is not None:
        return Person(full, title.title() or None)
    printed = {fold(w): w for w in label.split()}
    return Person(" ".join(_capitalized(printed.get(w, w)) for w in surname), title.title() or None)


@lru_cache(maxsize=16)     # (the turns of one document follow each other)
def _given_name_before(headline: str, body: str, surname: str):
    """'Michael Regan' for the label 'ADMINISTRATOR REGAN' when the headline or the body prints a common first
    name before the surname, where no run splits into a title and a name ("Environmental Protection Agency
    Administrator Michael Regan en Route ...", "Jamaican Prime Minister Andrew Holness Before Their Meeting").
    (Cached: every turn of a label asks again, and the body is scanned once; a str keeps its hash.)"""
    given = re.compile(rf"\b([A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+((?i:{re.escape(surname)}))\b")
    for text in (headline, body):
        for m in given.finditer(text):
            if m.group(2)[:1].isupper() and is_personal_name([m.group(1), m.group(2)]):
                return m.group(0)
    return None


SCOTS_PREFIX = re.compile(r"^(Ma?c)([A-Z])")


def _capitalized(word: str) -> str:
    """A label's word as a name is written: "McCLELLAN" -> "McClellan", "PRICE" -> "Price"."""
    m = SCOTS_PREFIX.match(word)
    return m.group(1) + word[m.end(1):].capitalize() if m else word.capitalize()


# -- transcripts --------------------------------------------------------------------------------------------
# A heading line of a page's header: a few words closing on no sentence mark ("Press Conferences", "Friday, April 3,
# 2020, 5:46 p.m. Ministry of Foreign Affairs", "Opening Remarks", "(1) Japan-Poland Foreign Ministers’ Telephone Talk")
HEADER_HEADING = re.compile(r"^[^.!?:;“”\"]{1,90}(?:\d\s*(?:a|p)\.m\.[^.!?:;]{0,40})?$")


def _header_lines_before(body, paras, first) -> int:
    """How many of the paragraphs before the first speaker label are heading lines of the page (MOFA Japan prints
    six above "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: ..."; brief16)."""
    return sum(1 for s, e in paras[:first] if len(body[s:e].split()) <= 12 and HEADER_HEADING.match(body[s:e].strip()))


OUTLET_ASKER = re.compile(r"(?P<surname>[A-Z][\w’'\-]*)\s*(?:/|\()")
# The same reporter asking again by surname: "Ian Cruz (GMA-7): Good morning po, Secretary." then "Mr. Cruz: Sir, ..."
ASKER_AGAIN = re.compile(r"(?:Mr|Ms|Mrs|Miss)\.?\s+(?P<surname>[A-Z][\w’'\-]+)\s*[:：]\s*")


def _outlet_asker(label: str) -> list:
    """The surname of a reporter whose label names the outlet ("Ian Cruz (GMA-7):", "JOSEPH MORONG/GMA7:")."""
    m = OUTLET_ASKER.search(label)
    return [fold(m.group("surname"))] if m else []


def _paragraph_labels(doc, paras, labelled: dict) -> list:
    """The labels of a transcript's paragraphs, [(para index, kind, label, content start)]: by the label patterns
    (named, role, unnamed, answer, question), a separator, a raised question, a reporter's label again ("Mr. Cruz:"
    after "Ian Cruz (GMA-7):") or the person labels found before."""
    body = doc.body
    labels, askers = [], set()     # (askers: surnames of the reporters whose labels name their outlet)
    for i, (s, e) in enumerate(paras):
        text = body[s:e]
        if not re.search(r"\w", text):
            labels.append((i, "separator", None, e))
            continue
        if text.rstrip().endswith("?") and RAISED_QUESTION.search(text):
            labels.append((i, "question", None, s))
            continue
        for kind, rx in (("named", NAMED_LABEL), ("role", ROLE_LABEL), ("unnamed", UNNAMED_LABEL),
                         ("answer", ANSWER_LABEL), ("question", QUESTION_LABEL)):
            m = rx.match(text)
            if m:
                if kind == "unnamed" and m.group(1).split()[-1] in ("REPORTER", "REPORTERS"):
                    kind = "question"     # the Chief Cabinet Secretary's "REPORTER:" asks: a short answer is one
                if kind == "question":
                    askers.update(_outlet_asker(m.group(0)))
                labels.append((i, kind, m.group(1) if m.groups() else None, s + m.end()))
                break
        else:
            m = ASKER_AGAIN.match(text) if askers else None
            caps = CAPS_NAME_LABEL.match(text) if text[:2].isupper() else None
            if m and fold(m.group("surname")) in askers:
                labels.append((i, "question", None, s + m.end()))
            elif caps and _headline_names(doc, caps.group(1)):
                labels.append((i, "named", caps.group(1), s + caps.end()))
            elif i in labelled:
                kind, person, start = labelled[i]
                labels.append((i, kind, person, start))
    return labels


def _title_labels(body: str, paras, official) -> list:
    """"CCTV: ..." / "Hua Chunying: ...": a press conference whose answers are labelled with the official's own name or
    title, its questions with the outlet's."""
    labels = []
    for i, (s, e) in enumerate(paras):
        m = TITLE_LABEL.match(body[s:e])
        if not re.search(r"\w", body[s:e]):
            labels.append((i, "separator", None, e))
        elif RAISED_QUESTION.search(body[s:e]) and body[s:e].rstrip().endswith("?"):
            labels.append((i, "question", None, s))
        elif m and len(m.group(1)) <= 60:
            is_official = fold(m.group(1)) == fold(official.name)
            labels.append((i, "answer" if is_official else "question", m.group(1), s + m.end()))
    return labels


def _asked_and_answered(labels) -> bool:
    return any(k == "answer" for _, k, _, _ in labels) and any(k == "question" for _, k, _, _ in labels)


def _opening_announcements(doc, paras, first: int, official) -> list:
    """Paragraphs before the first label, read by the official (Q/A transcripts)."""
    body = doc.body
    turns = []
    for s, e in paras[:first]:
        text = body[s:e]
        if _is_content_paragraph(text) and _is_statement(text) and fold(text) != fold(doc.headline or "") \
                and not (official.name and text.rstrip().endswith(official.name)) and not HELD_BRIEFING.match(text):
            turns.append(Turn(official.name, s, e, None, official.role, official.organization))
    return turns


def _transcript_turns(doc, paras, people):
    body = doc.body
    # (a headline naming whose press conference it is leaves the labels to the "CCTV:" / "Hua Chunying:" pass)
    labelled = {} if _official(doc, people, strict=True) else _person_labels(body, paras, people, doc.headline or "")
    labels = _paragraph_labels(doc, paras, labelled)
    kinds = [k for _, k, _, _ in labels]
    labelled_official = next((person for kind, person, _ in labelled.values() if kind == "named"), None)
    official = _official(doc, people) or labelled_official or _official_line(body, paras) or _official_body(doc) or \
        (_held_briefing_official(body, paras) if "answer" in kinds else None)
    qa = kinds.count("answer") >= 1 and kinds.count("question") >= 1
    # (a ministry's own site whose spokesperson the Q/A transcript leaves unnamed: the ministry answers; brief19)
    official = official or (_host_body(doc.url) if qa else None)
    interviewee = _interviewee(doc, paras, labels) if official is None else None
    official = official or interviewee
    named = [i for i, k, _, _ in labels if k in ("named", "role")]
    speaker_turns = bool(named) and (
        (kinds.count("question") + kinds.count("named") + kinds.count("role") + kinds.count("unnamed")) >= 2
        or named[0] - _header_lines_before(body, paras, named[0]) < 6)   # remarks: one speaker label near the top
    titled = False
    if not qa and not speaker_turns and official is not None and _official(doc, people, strict=True):
        labels = _title_labels(body, paras, official)
        titled = _asked_and_answered(labels)
    lede = None if (qa or speaker_turns or titled) else _lede_official(body, paras)
    if lede is not None:
        # "Following is the transcript of remarks by the Chief Secretary for Administration, Mr Matthew Cheung
        # Kin-chung, at a media session ...:" then "Reporter:" / "Chief Secretary for Administration:" turns
        official, labels = lede, _lede_labels(body, paras, lede)
        titled = _asked_and_answered(labels)
        if not titled:
            return None
    if not (qa or speaker_turns or titled) and lede is None and BRIEFING_HEADLINE.search(doc.headline or "") and \
            all(k == "separator" for _, k, _, _ in labels):
        return _numbered_briefing(doc, paras) or _announcements(body, paras, people)
    if not (qa or speaker_turns or titled):
        return None
    if (qa or titled) and official is None:
        return None
    first = labels[0][0] if labels else len(paras)
    turns = []
    if (qa or titled) and official is not None and interviewee is None and labelled_official is None and lede is None:
        turns = _opening_announcements(doc, paras, first, official)
    if not turns:
        turns.extend(_opening_statement_turns(body, paras[:first]))
    return turns + _labelled_turns(doc, paras, labels, official, people)


def _labelled_turns(doc, paras, labels, official, people) -> list:
    """The turns after each label: a question's words kept for the answer after it, an answer the official's (or
    the labelled person's), a word to the operator or moderator dropped."""
    body = doc.body
    turns = []
    question_parts = []
    after_unnamed = False
    # (an interview: the headline or the lede says so)
    interview = any(INTERVIEW.search(t) for t in [doc.headline or ""] + [body[s:e] for s, e in paras[:4]])
    last_was_answer = True
    for n, (i, kind, label, cs) in enumerate(labels):
        end_para = labels[n + 1][0] if n + 1 < len(labels) else len(paras)
        e = paras[end_para - 1][1]
        start = cs
        while start < e and body[start].isspace():
            start += 1
        if kind == "separator":
            continue
        if kind == "question" or (kind == "unnamed"):
            after_unnamed = kind == "unnamed"
            if kind == "question":
                if last_was_answer:
                    question_parts = []
                question_parts.append(body[start:e])
                last_was_answer = False
            continue
        if kind == "answer":
            person = official
        elif isinstance(label, Person):
            person = label
            start, e = _content_paragraphs(body, paras, i, end_para, start)
        else:
            person = _label_person(label, people, doc)
        last_was_answer = True
        if person is None or start >= e:
            continue
        text = body[start:e]
        if not _is_statement(text):
            continue
        e = _without_closing_lines(body, paras, start, e)
        q_text = " ".join(question_parts[-1:])
        if (after_unnamed or AUDIO_CHECK.search(q_text) and len(q_text.split()) < 15) and len(text.split()) < 8:
            continue    # a word to the operator or moderator ("We can, yes.")
        after_unnamed = False
        q = "\n\n".join(question_parts).strip() or None
        for a, b, asked in _answers_between_questions(body, paras, start, e, q) if interview else [(start, e, q)]:
            turns.append(Turn(person.name, a, b, asked, person.role, person.organization))
    return turns


FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|me|my)\b")
HOST_QUESTION_WORDS_MAX = 60


def _host_question(text: str) -> bool:
    """An interviewer's question printed without its label (bold on the page, lost in the text): one short paragraph
    that ends in "?" and speaks to the interviewee, not of the speaker ("Do you mean to say that you will not
    negotiate any changes ...?")."""
    t = text.strip().rstrip("”\"’'")
    return t.endswith("?") and len(t.split()) <= HOST_QUESTION_WORDS_MAX and SECOND_PERSON.search(t) is not None \
        and FIRST_PERSON_SINGULAR.search(t) is None


def _answers_between_questions(body, paras, start, e, question):
    """An interviewee's labelled turn cut at the interviewer's unlabelled questions after its first paragraph: NPR
    labels the first exchange only. [(start, end, question)] of the answers that say something."""
    out, a, asked = [], start, question
    # (the turn's own paragraphs only, found by their starts: not every paragraph of the page for every turn)
    first, end = (bisect.bisect_right(paras, start, key=itemgetter(0)), bisect.bisect_left(paras, e, key=itemgetter(0)))
    for s, t in paras[first:end]:
        if _host_question(body[s:t]):
            out.append((a, s, asked))
            a, asked = min(t + 1, e), body[s:t].strip()
    out.append((a, e, asked))
    spans = []
    for a, b, asked in out:
        while a < b and body[a].isspace():
            a += 1
        while b > a and body[b - 1].isspace():
            b -= 1
        if b > a and _is_statement(body[a:b]):
            spans.append((a, b, asked))
    return spans


# Hong Kong's transcripts of remarks at a media session: the official named once in the lede, then labelled by
# the title alone ("Chief Secretary for Administration:", "Chief Executive:"); "Reporter:" asks.
TRANSCRIPT_LEDE = led(r"\btranscript of (?:the )?remarks by (?:the )?(?P<role>[A-Z][^,:\n]{2,80}?),\s+"
                             r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}),")
LEDE_LABEL = re.compile(r"^([A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|of|for|the|and)){0,7})\s*[:：]\s+")


def _lede_official(body, paras):
    for s, e in paras[:4]:
        m = TRANSCRIPT_LEDE.search(body[s:e])
        if m:
            return Person(m.group("name"), m.group("role").strip())
    return None


def _lede_labels(body, paras, official):
    """Labels of a transcript whose official the lede names: the official's title or name answers, others ask."""
    own = {fold(official.role or ""), fold(official.name), fold(official.name.split()[-1])}
    labels = []
    for i, (s, e) in enumerate(paras):
        text = body[s:e]
        m = LEDE_LABEL.match(text)
        if not re.search(r"\w", text):
            labels.append((i, "separator", None, e))
        elif m and len(m.group(1)) <= 60:
            label = re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+", "", m.group(1))
            labels.append((i, "answer" if fold(label) in own else "question", m.group(1), s + m.end()))
    return labels


# The page's own line about the briefing: "Foreign Ministry Spokesperson Hong Lei held a press conference on December
# 13, 2013." is no announcement of the official's.
HELD_BRIEFING = re.compile(r"^\s*(?:[A-Z][\w.’'\-]*\s+){1,7}(?:held|hosted|gave) (?:a|the|his|her|its) (?:regular |daily |weekly )?"
                           r"(?:press conference|press briefing|news conference|briefing)\b[^.!?\n]{0,60}\.\s*"
                           r"(?:\((?:Photo|File photo)\b[^()\n]{0,60}\)\s*)?$")     # "(Photo/ Foreign Ministry of China)"
# ... the briefer it names, its words opening the line ("Foreign Ministry Spokesperson Hong Lei held a press conference on
# December 3, 2012. (Photo/ Foreign Ministry of China)" over the "Q:" / "A:" turns of People's Daily's "FM press
# conference on Dec. 3 (Full Text)"; dates18)
HELD_BRIEFING_BY = re.compile(r"\s*(?P<who>(?:[A-Z][\w.’'\-]*\s+){2,7})(?:held|hosted|gave) (?:a|the|his|her|its) "
                              r"(?:regular |daily |weekly )?(?:press conference|press briefing|news conference|briefing)\b")


def _held_briefing_official(body, paras):
    """The spokesperson a line near the top says held the briefing, else None."""
    for s, e in paras[:8]:
        m = HELD_BRIEFING_BY.match(body, s, e)
        name, role = _split_name(m.group("who")) if m else (None, None)
        if name and role and any(fold(w) in SPOKES_WORDS for w in role.split()):
            return Person(name, role)
    return None


# "END 1:52 P.M. EST", "Zeke Miller." (a reporter called on by full name: a given name first, at most three words)
END_LINE = re.compile(r"^END\b|^\(?\s*END\s")
CALLED_BY_NAME = re.compile(r"^(?:[A-Z][\w’'-]*\.?\s+){0,2}[A-Z][\w’'-]*\.$")
# the page's closing note ("(Please also refer to the Chinese portion of the transcript.)", "Ends/Monday, ...")
CLOSING_NOTE = re.compile(r"^(?:%s)" % "|".join(re.escape(w) for w in sorted(words("closing_notes"))), re.I)


BRACKETED_LINE = re.compile(r"\[[^\[\]\n]{1,60}\]$")


def _without_closing_lines(body, paras, start, e):
    """The end of an answer without the lines after its content that hand the floor on ("Go ahead.", "Go ahead,
    Peter.", "Monica.", "Zeke Miller.") or close the briefing ("END 1:52 P.M. EST", "(Please also refer to the Chinese portion of the transcript.)",
    "Ends/Monday, April 23, 2012"): they are no part of it."""
    inside = [(s, pe) for s, pe in paras if start < pe <= e]
    while len(inside) > 1:
        s, pe = inside[-1]
        line = body[max(s, start):pe].strip()
        called = CALLED_BY_NAME.match(line) and given_names().get(fold(line.split()[0]))
        said = line and (_is_statement(line) or any(len(x.split()) > 12 and not PROCEDURAL.match(x)
                                                      for x in _sentences(line)))
        # the next topic of the page's index ("• The issue related to wiretapping allegation of the U.S. NSA")
        # (or the next numbered heading of MOFA Japan's opening remarks on a page of single lines: "(2) The 10th
        # Ministerial Meeting of the Non-Proliferation and Disarmament Initiative (NPDI)"; brief18)
        topic = re.match(r"[•▪·]\s|\(\d{1,2}\)\s", line) and not re.search(r"[.!?\"”]\s*$", line)
        # (a note of the room in square brackets: "[Happy birthday!]", in the Palace's transcripts; brief19)
        note = BRACKETED_LINE.match(line)
        if said and not called and not topic and not note and not END_LINE.match(line) and not CLOSING_NOTE.match(line):
            break       # (a longer sentence that only mentions a welcome is content: "All ... are welcome to ...")
        inside.pop()
        e = inside[-1][1]
    return e


# A page header's field, no speaker: PM Transcripts' "Period of Service: 24/08/2018 - 11/04/2022", "Release Date:"
# (brief18)
HEADER_FIELD = re.compile(r"(?:Period of Service|Release (?:Date|Type)|Transcript ID|Subject\(?s?\)?)$")


def _asker_label(label: str) -> bool:
    """"Reporter:", "Interviewer:": the one who asks, alone (an interview of one answer: "Reporter: ... ? ¶ Ambassador
    Xiong Bo: This will be ..."; qdnd.vn, seed21)."""
    return not label.isupper() and fold(label) in ASKING_LABELS     # (not "MODERATOR:", who opens and closes)


class _Labels:
    """The title-case labels of a transcript as LABEL_STEPS read them: the labels found ((para index, label, content
    start)), the officials known by their labels, the surnames of askers, each label's turns, the people the text
    names with a title, and the person of each label (out)."""
    __slots__ = ("body", "paras", "people", "headline", "found", "known", "askers", "turns", "titled", "out")

    def __init__(self, body, paras, people, headline):
        self.body, self.paras, self.people, self.headline = body, paras, people, headline
        self.found, self.known, self.out = [], [], {}


def _person_labels(body, paras, people, headline):
    """{para index: (kind, Person or None, content start)} for the title-case labels of a transcript whose
    official is labelled with name and title ("Mr. Taro Kono, Minister for Foreign Affairs:"). Later labels
    naming that person by surname ("Minister Kono:", "N. KOTZIAS:") are that person's; any other label
    ("Toba, Nippon TV:", "JOURNALIST:") asks a question. Nothing when no label names a person with a title.
    LABEL_STEPS in order, the last deciding."""
    labels = _Labels(body, paras, people, headline)
    for step in LABEL_STEPS:
        out = step(labels)
        if out is not None:
            return out
    return labels.out


def _labels_found(lab: _Labels):
    body = lab.body
    for i, (s, e) in enumerate(lab.paras):
        m = PERSON_LABEL.match(body[s:e])
        if m and len(m.group("label").split()) <= 12 and not HEADER_FIELD.match(m.group("label")):
            lab.found.append((i, m.group("label"), s + m.end()))
    lab.askers = {w for _, label, _ in lab.found if set(fold(label).split()) & ASKER_WORDS
                  for w in fold(label).split()[-1:]}
    lab.turns = _label_turns(body, lab.paras, lab.found)
    return None


def _officials_labelled(lab: _Labels):
    for _, label, _ in lab.found:
        _official_of_label(lab, label)
    return None


def _official_of_label(lab: _Labels, label):
    known, askers = lab.known, lab.askers
    # a label in capitals reads as a name once in title case: "PENNY WONG, FOREIGN MINISTER:" (Australia's
    # foreign ministry), whose later turns are "FOREIGN MINISTER:"
    pieces = _label_pieces(_readable_caps(label) if label.isupper() else label)
    name, role = _split_name(pieces[0])
    title = ", ".join(p for p in [role] + pieces[1:] if p and fold(p) not in HONORIFIC_WORDS)
    titled_label = title and set(fold(title).split()) & ROLE_WORDS
    # an interviewee labelled by name alone, turn after turn ("Johann Wadephul:")
    # (not the host, whose turns are questions, "Diana Ser: ... What is your assessment of ...?", nor one an
    # interview's headline does not name when it names another: "Yasmin Jonkers:" in "... Dr. Vivian
    # Balakrishnan's Radio Interview ...")
    recurring = not title and sum(1 for _, other, _ in lab.found if other == label) >= 2 and \
        given_names().get(fold(label.split()[0])) and not _asks(lab.turns[label]) and \
        not _host_of_interview(label, lab.people, lab.headline)
    if name and (titled_label or recurring) and not any(p.words == fold(name).split() for p in known) and \
            fold(name).split()[-1] not in askers and not set(fold(label).split()) & ASKER_WORDS:
        known.append(Person(name, title or None))
    elif not name and len(pieces) == 1 and len(pieces[0].split()) >= 2 and \
            set(fold(" ".join(pieces[0].split()[:-1])).split()) <= ROLE_WORDS:
        # "Ambassador Cuong:" after "... said Vietnamese ambassador to the US Nguyen Quoc Cuong."
        *title_words, surname = pieces[0].split()
        fuller = _fuller(Person(surname, " ".join(title_words)), lab.body)
        if len(fuller.words) >= 2 and fuller.words[-1] not in askers and \
                not any(p.words == fuller.words for p in known):
            known.append(fuller)


def _interviewees_labelled(lab: _Labels):
    if not lab.known and lab.found:
        # (a given name the headline gives as an initial in full, as the text prints it: "Foreign Minister N.
        # Kotzias' statements ..." then "Foreign Minister Nikos Kotzias made ...")
        lab.known = [_fuller(p, lab.body) if INITIAL_FIRST.match(p.name) else p
                   for p in _interviewee_labels(lab.body, lab.paras, lab.found, lab.people, lab.headline)]
    return None


def _persons_of_labels(lab: _Labels):
    lab.titled = [p for p in lab.people if p.name and p.role]     # "Foreign Minister N. Kotzias' statements ..."
    for i, label, start in lab.found:
        words = [w for w in fold(_label_pieces(label)[0]).split() if len(w) > 1 and w not in ROLE_WORDS
                 and w not in HONORIFIC_WORDS]
        person = _person_of_label(lab, label, words)
        lab.out[i] = ("named", person, start) if person else ("question", None, start)
    return None


def _person_of_label(lab: _Labels, label, words):
    """The person a label names (its words: the label's first piece without titles), PERSON_OF_LABEL_RULES in order."""
    for rule in PERSON_OF_LABEL_RULES:
        person = rule(lab, label, words)
        if person is not None:
            return person
    return None


def _known_by_last_words(lab: _Labels, label, words):
    # ... or its surname alone, written first: "Press Secretary Yoshida:" after "Mr. YOSHIDA Tomoyuki, Press
    # Secretary:" (surname first)
    return next((p for p in lab.known if words and p.words[-len(words):] == words), None) or \
        next((p for p in lab.known if len(words) == 1 and p.words[:1] == words and
              CAPS_SURNAME.fullmatch(p.name.split()[0])), None)


def _fuller_by_surname(lab: _Labels, label, words):
    if len(words) == 1:
        return next((_fuller(p, lab.body) for p in lab.known + lab.titled if p.words[-1:] == words), None)
    return None


def _family_name_first(lab: _Labels, label, words):
    if len(words) == 1:
        # a family name written first: "Mr Goh:" for "Senior Minister Goh Chok Tong"
        family = {tuple(p.words): p for p in lab.known + lab.titled if len(p.words) >= 2 and p.words[:1] == words}
        return next(iter(family.values())) if len(family) == 1 else None
    return None


def _known_name_in_longer_label(lab: _Labels, label, words):
    if len(words) > 2:
        # "Russian Foreign Minister Sergey Lavrov:" for the interviewee Sergey Lavrov
        return next((p for p in lab.known if len(p.words) >= 2 and words[-len(p.words):] == p.words), None)
    return None


def _officials_title_alone(lab: _Labels, label, words):
    if words:
        return None
    # the official's title alone ("Foreign Minister:" after "Penny Wong, Foreign Minister:")
    holders = [p for p in lab.known if fold(p.role or "") == fold(label)]
    person = holders[0] if len(holders) == 1 else None
    holders = {tuple(p.words): p for p in lab.known + lab.titled
               if set(fold(label).split()) <= set(fold(p.role or "").split())}
    if person is None and len(holders) == 1:
        # a part of the one official's title: "Minister:" after "Foreign Minister Okada:", or after the
        # headline's "Interview with Mr K Shanmugam, Minister for Home Affairs"
        person = _fuller(next(iter(holders.values())), lab.body)
    return person


PERSON_OF_LABEL_RULES = (_known_by_last_words, _fuller_by_surname, _family_name_first, _known_name_in_longer_label,
                         _officials_title_alone)


def _fullest_names(lab: _Labels):
    # One person however many forms of the name the labels give ("Wendy Sherman", "Wendy R. Sherman"): the fullest.
    fullest = {}
    for person in lab.known:
        if _name_key(person) not in fullest or len(person.name) > len(fullest[_name_key(person)].name):
            fullest[_name_key(person)] = person
    lab.out = {i: (kind, person and fullest.get(_name_key(person), person), start)
             for i, (kind, person, start) in lab.out.items()}
    return None


def _officials_speaking(lab: _Labels):
    named = [_name_key(person) for kind, person, _ in lab.out.values() if kind == "named"]
    asked = any(fold(label) in ("q", "question") or _asker_label(label) for _, label, _ in lab.found) or \
        any(DATED_QUESTION_LABEL.match(lab.body, s, e) for s, e in lab.paras)   # "Q-Sept 23: ..." (China Daily; seed15)
    # One or two officials who speak more than once, or a document that calls itself a briefing or puts questions
    # to them; not a round-up of many people's reactions ("Jason Furman, Former Chairman of ...:").
    if not named or len(set(named)) > 2 or (len(named) == len(set(named)) and not BRIEFING_HEADLINE.search(lab.headline)
                                            and not asked):
        return {}
    return lab.out


LABEL_STEPS = (_labels_found, _officials_labelled, _interviewees_labelled, _persons_of_labels, _fullest_names,
               _officials_speaking)


def _interviewee_labels(body, paras, found, people, headline):
    """The interviewee of an interview labelled by name ("Newsweek:" / "Mottaki:", "SPIEGEL:" / "Zarif:",
    "Steve Inskeep:" / "Manouchehr Mottaki (through translator):"): a person the headline or the lede names in
    full whose surname labels turns that are no questions, while another label's turns are questions."""
    lede = list(people)
    def untitled(name, role=None):
        # "Iranian Foreign Minister Manouchehr Mottaki", "Russian Foreign Minister Sergey Lavrov": the words after
        # the title are the name
        ws = name.split()
        last = max((k for k, w in enumerate(ws) if fold(w) in ROLE_WORDS), default=None)
        if last is None:
            return Person(name, role)
        return Person(" ".join(ws[last + 1:]), " ".join(ws[:last + 1])) if len(ws) - last - 1 >= 2 else None

    first_label = found[0][0] if found else len(paras)
    lede_count = None     # how many of them the headline and the paragraphs before the first label name
    texts = [headline] + [body[s:e] for s, e in paras[:4]]     # the headline, then paragraph k - 1
    for k, text in enumerate(texts):
        if k == first_label + 1:
            lede_count = len(lede)
        for m in NAME_RUN.finditer(text):
            name, role = _name_of_run(text, m)
            person = untitled(name, role) if name else None
            if person is not None and len(person.words) >= 2:
                lede.append(person)
    for _, label, _ in found:
        person = untitled(_label_pieces(label)[0])     # a label that gives title and name
        if person is not None and person.role and len(person.words) >= 2:
            lede.append(person)
    turns = _label_turns(body, paras, found)
    askers = [label for label in turns if _asks(turns[label])]

    def named(label):
        bare = untitled(_label_pieces(label)[0])
        words = [w for w in (bare.words if bare else []) if w not in ROLE_WORDS and w not in HONORIFIC_WORDS]
        return next((p for p in lede if words and p.name and len(p.words) >= 2 and len(words) <= len(p.words)
                     and p.words[-len(words):] == words), None)

    out = []
    for label in turns:
        person = None if _asks(turns[label]) or not any(other != label for other in askers) else named(label)
        if person is not None and not any(p.words == person.words for p in out):
            out.append(person)
    if not out and not askers:
        # no label asks more often than it answers ("Zakka Jacob:" and "S. Jaishankar:", two turns each, one
        # question each): the one label naming the person the headline names, else one the lede names before
        # the first label ("India's External Affairs Minister, Dr. S. Jaishankar, looked back on ...")
        before = {tuple(p.words) for p in (people or lede[:lede_count])}
        in_lede = {tuple(p.words): p for p in map(named, turns) if p is not None and tuple(p.words) in before}
        out = list(in_lede.values()) if len(in_lede) == 1 else []
    return out[:1]


INITIAL_FIRST = re.compile(r"[A-Z]\.\s")     # "N. Kotzias"


def _name_key(person) -> tuple:
    """A person's first and last name words: the same for "Wendy Sherman" and "Wendy R. Sherman"."""
    return person.words[0], person.words[-1]


def _readable_caps(label: str) -> str:
    """A label in capitals in title case ("PENNY WONG, FOREIGN MINISTER" -> "Penny Wong, Foreign Minister"); as
    printed when a short word of it is no given name, an acronym of an office or rank ("NSC ADG MALAYA")."""
    acronym = any(len(w.strip(",.")) <= 3 and not given_names().get(fold(w)) for w in label.split())
    return label if acronym else label.title()


def _host_of_interview(label, people, headline) -> bool:
    """A label naming someone other than the people an interview's headline names."""
    return bool(INTERVIEW.search(headline)) and bool(people) and \
        not any(p.words[-1:] == fold(label).split()[-1:] for p in people)


def _label_turns(body, paras, found) -> dict:
    """{label: the text of each of its turns} of the labels found (para index, label, content start)."""
    turns = {}
    for n, (i, label, start) in enumerate(found):
        end = paras[found[n + 1][0] - 1][1] if n + 1 < len(found) else paras[-1][1]
        turns.setdefault(label, []).append(body[start:end].strip())
    return turns


def _asks(turns) -> bool:
    """Most of a label's turns are questions."""
    return sum(t.rstrip("”\"’'").endswith("?") for t in turns) * 2 > len(turns)


def _label_pieces(label: str) -> list:
    """A label's comma-separated pieces, the name first: India's "Official Spokesperson, Shri Raveesh Kumar:"
    (and "External Affairs Minister, Dr. S. Jaishankar:") puts the title before the name that "Shri Randhir
    Jaiswal, Official Spokesperson:" puts after it."""
    pieces = [p.strip() for p in label.split(",") if p.strip()]
    if len(pieces) == 2 and _title_piece(pieces[0]) and _split_name(pieces[0])[0] is None and \
            not set(fold(pieces[1]).split()) <= ROLE_WORDS | HONORIFIC_WORDS:
        return [pieces[1], pieces[0]]
    return pieces


def _title_piece(piece: str) -> bool:
    """A label's piece that is a title: title words only, or a title's first or last word ("Official Spokesperson",
    "External Affairs Minister", "Minister for Home Affairs")."""
    words = fold(piece).split()
    return set(words) <= ROLE_WORDS or _is_title(piece) or bool(words) and words[-1] in ROLE_WORDS


def _fuller(person, body):
    """The fullest form of a person's name in the text ('N. Kotzias' -> 'Nikos Kotzias')."""
    shortest = len(person.name.strip("’'"))
    for name, role in _names_by_surname(body).get(tuple(person.words[-1:]), ()):
        if len(name) > shortest:
            return Person(name, role or person.role)
    return Person(person.name.strip("’'"), person.role)


@lru_cache(maxsize=4)
def _names_by_surname(body: str) -> dict:
    """{(folded last word,): [(name, role)] in text order} of the body's capitalised runs that _name_of_run reads as
    names: built once per document, not once per label that _fuller looks up (a long transcript has hundreds)."""
    names = {}
    for m in NAME_RUN.finditer(body):
        name, role = _name_of_run(body, m)
        if name:
            names.setdefault(tuple(fold(name).split()[-1:]), []).append((name, role))
    return names


def _content_paragraphs(body, paras, first, end_para, start):
    """A labelled turn without the greeting before its content and the headings after it ("(2) Creation of
    the ... Manual"): (start, end) of the statement."""
    spans = [(start, paras[first][1])] + list(paras[first + 1:end_para])
    if not _is_statement(body[spans[0][0]:spans[0][1]]) and \
            not any(_is_content_paragraph(body[s:e]) or _cut_off_at_end(body, s, e) for s, e in spans[1:]):
        return start, start     # a courtesy, then only the heading of the next topic: nothing said
    #                             (the answer under its label the copy cuts off is said: "John Kirby: (01:13)" then
    #                             "On exercises. ... And it’s defens", rev.com; brief20)
    while len(spans) > 1 and not _is_statement(body[spans[0][0]:spans[0][1]]):
        spans = spans[1:]
    while len(spans) > 1 and not _is_content_paragraph(body[spans[-1][0]:spans[-1][1]]) and \
            not _cut_off_at_end(body, *spans[-1]):
        spans = spans[:-1]
    return spans[0][0], spans[-1][1]


CUT_PARAGRAPH_WORDS_MIN = 20     # a heading is shorter: "(2) Creation of the “Golgo 13 Overseas Safety Manual ...”"


def _cut_off_at_end(body, s, e) -> bool:
    """The paragraph the stored copy stops in mid-word, long enough to be no heading ("... Yesterday, as a result of
    collisions in Bishkek, ..., including members of the op": Japan's MOFA; brief19)."""
    return not body[e:].strip() and len(body[s:e].split()) >= CUT_PARAGRAPH_WORDS_MIN


def _official(doc, people, strict=False):
    """The official of a Q/A transcript: the person its headline names (the spokesperson)."""
    if not people:
        return None
    host = _briefing_host(doc.body)
    if host is not None:
        return next((p for p in people if p.words == host.words), None)
    if doc.headline:
        # The person whose press conference / remarks / briefing it is.
        m = re.search(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})[’']s\s+(?:Regular\s+|Daily\s+)?"
                      r"(?:Press Conference|Remarks|Briefing|Daily Briefing|Statement|Comments?|Answers?)",
                      doc.headline)
        if m:
            name, role = _split_name(m.group(1))
            if name:
                for p in people:
                    if p.words == fold(name).split():
                        return p
    return people[0] if len(people) == 1 and not strict else None


INTERVIEW = led(r"\binterview", re.I)
INTERVIEW_GIVEN_BY = re.compile(r"\binterview (?:given|granted) by (?:(?:M|Mme|Mr|Mrs|Ms)\.?\s+)?", re.I)


# "Health Issues reporter Pamela Fayerman interviewed Dix once before the budget update" (Vancouver Sun; quotes18):
# the one interviewed is the object, named by surname after a full name above ("B.C. Health Minister Adrian Dix").
INTERVIEWED = re.compile(r"\binterviewed\s+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})")


def _interviewed_object(doc, paras, text) -> Person | None:
    """The person a lede says a reporter interviewed, by the full name the headline or the lede gives them."""
    m = INTERVIEWED.search(text)
    if m is None:
        return None
    words = m.group(1).split()
    if len(words) >= 2:
        name, role = _split_name(m.group(1))
        return Person(name, role) if name else None
    for piece in [doc.headline or ""] + [doc.body[s:e] for s, e in paras]:
        for full in NAME_RUN.finditer(piece):
            name, role = _split_name(full.group(0))
            if name and name.split()[-1] == words[0]:
                return Person(name, role)
    return None


def _interviewee(doc, paras, labels):
    """The person of a Q/A interview, named in a paragraph before the first label: "The outgoing U.S. ambassador to
    Russia Michael McFaul has given an interview with Interfax ..."."""
    first = labels[0][0] if labels else 0
    for s, e in paras[:min(first, 4)]:
        text = doc.body[s:e]
        if not INTERVIEW.search(text):
            continue
        given = INTERVIEW_GIVEN_BY.search(text)     # "Interview given by M. Pascal Canfin, Minister Delegate ..."
        m = NAME_RUN.match(text, given.end()) if given else None
        if m:
            name, role = _split_name(m.group(0))
            if name:
                return Person(name, role)
        interviewed = _interviewed_object(doc, paras[:min(first, 4)], text)
        if interviewed is not None:
            return interviewed
        for m in NAME_RUN.finditer(text):
            name, role = _split_name(m.group(0))
            if name and m.start() < INTERVIEW.search(text).start():
                return Person(name, role)
    if any(k == "answer" for _, k, _, _ in labels):
        return _lede_subject(doc, paras[:min(first, 4)])
    return None


# An interview printed without labels, its questions set apart by type alone (bold on the German Foreign Office's
# pages): "Interview with Federal Foreign Minister Westerwelle by the Hungarian daily ..." then question and answer
# paragraphs in turn. A question ends in "?", or with no first person speaks to the interviewee ("you", "your") or of
# them ("Surely that is something that shocks an FDP Foreign Minister.").
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
FIRST_PERSON_ANSWER = re.compile(r"\b(?:I|I[’']m|I[’']ve|me|my|we|our|us)\b")
QUESTION_WORDS_MAX = 120       # a question is a paragraph; a longer one is an answer
QUESTION_SHARE_MIN = 0.25      # of the paragraphs after the first question: a news report has few questions
FIRST_QUESTION_BY = 5          # the lede is short; the questions begin at once


def _is_interview_question(text: str, interviewee) -> bool:
    t = text.strip().rstrip("”\"’'")
    if len(t.split()) > QUESTION_WORDS_MAX:
        return False
    return t.endswith("?") or FIRST_PERSON_ANSWER.search(t) is None and (
        SECOND_PERSON.search(t) is not None or interviewee.search(t) is not None)


def _unlabelled_interviewee(doc, paras):
    """The titled person named in a headline or lede paragraph that says it is an interview ("Interview with Federal
    Foreign Minister Westerwelle by ...", "In an interview with the Bild newspaper, Foreign Minister Steinmeier ...")."""
    texts = [doc.headline or ""] + [doc.body[s:e] for s, e in paras[:FIRST_QUESTION_BY]]
    for text in texts:
        if not INTERVIEW.search(text):
            continue
        for m in NAME_RUN.finditer(text):
            words = m.group(0).split()
            roles = [k for k, w in enumerate(words) if fold(w) in ROLE_WORDS]
            if roles and 0 < len(words) - roles[-1] - 1 <= 3 and not is_place(" ".join(words[roles[-1] + 1:])):
                return " ".join(words[:roles[-1] + 1]), " ".join(words[roles[-1] + 1:])
    return None


def _unlabelled_interview(doc, paras, people):
    """Turns of the interviewee: each run of answer paragraphs after a question paragraph; None unless the page says
    it is an interview, names a titled interviewee and reads as questions and answers in turn."""
    found = _unlabelled_interviewee(doc, paras)
    if found is None:
        return None
    body = doc.body
    role, label = found
    # (the interviewee's surname or the last word of the title: "Westerwelle", "Minister")
    interviewee = re.compile(rf"\b(?:{re.escape(label.split()[-1])}|{re.escape(role.split()[-1])})\b", re.I)
    head = [_is_interview_question(body[s:e], interviewee) for s, e in paras[:FIRST_QUESTION_BY]]
    first = next((i for i, question in enumerate(head) if question), None)
    if first is None:
        return None     # (the rest is read only on a page whose questions begin at once)
    asked = head[first:] + [_is_interview_question(body[s:e], interviewee) for s, e in paras[len(head):]]
    # (the share counts the plain questions only: a news report speaks of the minister too)
    plain = sum(1 for s, e in paras[first:] if body[s:e].strip().rstrip("”\"’'").endswith("?"))
    if plain < 2 or plain < QUESTION_SHARE_MIN * len(asked) or \
            not any(SECOND_PERSON.search(body[s:e]) for (s, e), q in zip(paras[first:], asked) if q):
        return None
    person = _label_person(f"{role} {label}", people, doc)
    if person is None or not person.name:
        return None
    role = person.role or role
    turns, run = [], []
    for (s, e), question in zip(paras[first:] + [(len(body), len(body))], asked + [True]):
        if not question:
            if _is_content_paragraph(body[s:e]):     # (not a heading or the closing credit line)
                run.append((s, e))
            continue
        if run and _is_statement(body[run[0][0]:run[-1][1]]):
            turns.append(Turn(person.name, run[0][0], run[-1][1], None, role, person.organization))
        run = []
    # (an interviewee answers in the first person; a report of what they said does not)
    first_person = sum(1 for t in turns if FIRST_PERSON_ANSWER.search(body, t.start, t.end))
    return turns if len(turns) >= 2 and 2 * first_person >= len(turns) else None


# A Q/A page whose interviewee is named only as the subject of its lede, which has the person face the press: "HEALTH
# Minister Datuk Seri Dr Chua Soi Lek was in an uncomfortable position yesterday as he faced down pressmen. But he was
# brave and calm as he fielded questions from the reporters." (A person named elsewhere in the lede is no interviewee.)
FACES_THE_PRESS = re.compile(r"\b(?:fielded|answered|took|faced|facing|faces)\b[^.!?\n]{0,40}\b(?:questions|reporters|newsmen|"
                             r"pressmen|journalists|newspersons|the press|the media)\b|\b(?:told|said to) (?:reporters|newsmen|"
                             r"pressmen|journalists)\b", re.I)
SUBJECT_CONNECTIVES = {"of", "for", "to", "the", "de", "bin", "binti", "al", "van", "von"}
COORDINATION = {"and", "or", "with", "along", "together", "nor"}


def _lede_subject(doc, paras):
    for s, e in paras:
        text = doc.body[s:e]
        if not FACES_THE_PRESS.search(text):
            continue
        words, verb = [], None
        for w in text.split():
            if w[:1].islower() and w not in SUBJECT_CONNECTIVES:
                verb = w
                break
            words.append(w)
        # the subject runs to its verb ("... Chua Soi Lek was"), one person's (not "X and Y faced", "X, who ...")
        whole = verb and verb not in COORDINATION and all(re.match(r"[\w.’'\-]+$", w) for w in words)
        found = parse_np(tuple(tokens(" ".join(words)))) if whole and 2 <= len(words) <= 10 else None
        if isinstance(found, Mention) and found.kind == "name" and found.entity_kind == "person" and found.name and \
                not found.plural and \
                len(found.name.split()) >= 2 and not set(fold(found.role or "").split()) & JOURNALIST_ROLES:
            doc.occasion_line = (s, e)
            return Person(found.name, found.role)
    return None


KOREAN_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")    # family name, then a hyphenated given name


def _official_line(body, paras):
    """The briefer named on a line of its own near the top: "Spokesperson and Deputy Minister for Public Relations
    Noh Kyu-duk"."""
    for s, e in paras[:6]:
        text = body[s:e].strip()
        words = text.split()
        if not 3 <= len(words) <= 14 or re.search(r"[.!?:]$", text) or \
                not any(fold(w) in SPOKES_WORDS for w in words):
            continue
        korean = KOREAN_NAME.search(text)
        name, role = (korean.group(0), text[:korean.start()].strip()) if korean else _split_name(text)
        if name:
            return Person(name, role)
    return None


# "Cho Tai-young, Spokesperson and Deputy Minister for Public Relations" (the name first, on a line of its own)
KOREAN_NAME_FIRST = re.compile(r"\b(?P<name>[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+),\s+(?P<role>Spokes(?:person|man|woman)"
                               r"(?: and (?:Deputy )?Minister for [A-Z][a-z]+ [A-Z][a-z]+)?)\b")
# ... or after the title, the header's lines run together with the date after the name: "Press Briefing Spokesperson
# and Deputy Minister for Public Relations Cho Tai-young Dec. 12, 2013 14:30 KST" (brief20)
KOREAN_NAME_AFTER = re.compile(r"\b(?P<role>Spokes(?:person|man|woman) and (?:Deputy )?Minister for [A-Z][a-z]+ "
                               r"[A-Z][a-z]+) (?P<name>[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+)\b")


# The paragraph that opens the next announcement: "First, ...", "Secondly, let me discuss ...", "Moving along, ..."
NEXT_ANNOUNCEMENT = re.compile(r"^\s*(?:First|Firstly|Second|Secondly|Third|Thirdly|Fourth|Fourthly|Fifth|Fifthly|Next|"
                               r"Lastly|Last|Finally|Moving (?:along|on)|Turning to|Let me (?:now )?(?:turn|move))\b")


# The heading over a Chief Cabinet Secretary's opening statement printed without a label (kantei.go.jp): "Opening
# Statement by Chief Cabinet Secretary Fujimura" (brief18)
OPENING_STATEMENT_LINE = re.compile(r"^\s*Opening (?:Statement|Remarks) by (?P<who>(?:[A-Z][\w’'.\-]*\s+){1,6}[A-Z][\w’'\-]+)\s*$")


def _opening_statement_line(text: str):
    """The person an "Opening Statement by <title> <name>" line names, else None."""
    m = OPENING_STATEMENT_LINE.match(text)
    return _titled_name(m.group("who")) if m else None


CUT_WORDS_MIN = 30     # a page's last paragraph cut off mid-sentence is still an announcement when it is this long


def _cut_at_end(body: str, e: int, text: str) -> bool:
    """Is this the page's last paragraph, cut off mid-sentence after many words (a stored copy's excerpt)?"""
    return not body[e:].strip() and len(text.split()) >= CUT_WORDS_MIN


def _opening_statement_turns(body, paras) -> list:
    """The turns of an opening statement printed under its heading without a label, before the first labelled turn
    ("Opening Statement by Chief Cabinet Secretary Suga", then the paragraphs, then "REPORTER: ...")."""
    k = next((k for k, (s, e) in enumerate(paras) if _opening_statement_line(body[s:e])), None)
    return (_announcements(body, paras[k:]) or []) if k is not None else []


def _announcements(body, paras, people=()):
    """The opening announcements of a briefing printed without its questions (Korea's "Spokesperson's Press
    Briefing (June 5, 2018)", Russia's "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, October
    12, 2017"): each paragraph after the line naming the spokesperson (else after the headline's spokesperson) is
    the spokesperson's, an announcement running on until the next opens or a heading; None when none is named."""
    briefer, first = None, None
    spokes = [p for p in people if p.name and p.role and any(fold(w) in SPOKES_WORDS for w in p.role.split())]
    if len(spokes) == 1:
        briefer, first = spokes[0], 0
    for k, (s, e) in enumerate(paras[:6] if briefer is None else ()):
        person = _official_line(body, [(s, e)]) or _opening_statement_line(body[s:e])
        short = person is None and len(body[s:e].split()) <= 20
        m = (KOREAN_NAME_FIRST.search(body[s:e]) or KOREAN_NAME_AFTER.search(body[s:e])) if short else None
        if m:
            person = Person(m.group("name"), m.group("role"))
        if person is not None:
            briefer, first = person, k + 1
            break
    if briefer is None:
        return None
    turns, fresh = [], True
    for s, e in paras[first:]:
        text = body[s:e]
        fresh = fresh or bool(NEXT_ANNOUNCEMENT.match(text))     # also "Next announcement is on the measures ..."
        if not ((_is_content_paragraph(text) or _cut_at_end(body, e, text)) and _is_statement(text)):
            fresh = fresh or not re.search(r"[.!?:\"”’)]\s*$", text.strip())     # a heading: the next topic
            continue
        if fresh:
            turns.append(Turn(briefer.name, s, e, None, briefer.role, None))
        else:
            turns[-1].end = e     # "In the consultation, the two senior diplomats ...": the same announcement
        fresh = False
    return turns or None


# Viet Nam's MOFA "The 17th Regular Press Conference (15th October, 2020)": "I. ANNOUNCEMENTS" (numbered headings over
# the spokesperson's paragraphs), then "II. Q&A", each question numbered with its outlet ("1. VnExpress: ... ?") and
# its answer unlabelled in the paragraphs under it. The spokesperson is named in the headline or left unnamed on the
# ministry's own site (lexicon briefing_hosts); brief17.
NUMBERED_QUESTION = re.compile(r"^\s*(?:\d{1,2}\.\s*)?[A-Z][^:?\n]{0,60}:\s+\S[^\n]*\?")     # (the Markdown list's number gone)
NUMBERED_ITEM = re.compile(r"^\s*(?:\d{1,2}\.|[+•])\s")
SECTION_HEADING = re.compile(r"^\s*(?:[IVX]{1,4}\.\s*)?(?:ANNOU\w*CEMENTS?|Q\s*&\s*A|QUESTIONS? AND ANSWERS?)\s*$", re.I)
CLOSED_BY_STOP = re.compile(r"[.!?\"”’]\s*$")
HEADLINE_SPOKESPERSON = re.compile(r"\bSPOKES(?:PERSON|MAN|WOMAN)\s+(?P<name>[A-Z][A-Za-z’'\-]+(?:\s+[A-Z][A-Za-z’'\-]+){1,4})"
                                   r"(?=\s*(?:[–—,:(-]|$))", re.I)


def _headline_spokesperson(head):
    """The spokesperson the headline names: "PRESS CONFERENCE BY MOFA SPOKESPERSON LE THI THU HANG – April 20, 2017"."""
    m = HEADLINE_SPOKESPERSON.search(head)
    if m is None:
        return None
    name = m.group("name")
    return Person(name.title() if name.isupper() else name, "Spokesperson")


def _numbered_briefing(doc, paras):
    """The turns of a briefing whose questions are numbered with their outlet and whose answers are unlabelled; the
    announcements before them, one turn a paragraph; None when no numbered question asks anything."""
    body = doc.body
    questions = [i for i, (s, e) in enumerate(paras) if NUMBERED_QUESTION.match(body[s:e])]
    official = _headline_spokesperson(doc.headline or "") or _host_body(doc.url)
    announced = _announcements_heading(body, paras)
    if official is None or (not questions and announced is None):
        return None
    if _answers_labelled(body, paras):
        return None            # "Lin Jian: ..." again and again: the answers are labelled (another layout's)
    turns, current, asked = [], None, None
    for i, (s, e) in enumerate(paras):
        text = body[s:e]
        if i in questions or (questions and i > questions[0] and TITLE_LABEL.match(text)):
            current, asked = None, text.split(":", 1)[1].strip()     # (a question cut off before its "?")
            continue
        if _heading_or_menu(text):
            current = None     # "II. Q&A", "1. The 33rd ASEAN – Australia Forum", a headline, a menu line
            continue
        if asked is None and (announced is None or i < announced) or not _is_statement(text):
            continue           # before the announcements: the page's header
        if asked is not None and current is not None:
            current.end = e    # the answer goes on in the next paragraph
            continue
        current = Turn(official.name, s, e, asked, official.role, official.organization)
        turns.append(current)
        if asked is None:
            current = None     # an announcement: each paragraph its own statement
    return turns or None


def _announcements_heading(body, paras):
    """The index of the paragraph "I. ANNOUNCEMENTS", else None."""
    return next((i for i, (s, e) in enumerate(paras) if SECTION_HEADING.match(body[s:e])
                 and fold(body[s:e]).lstrip("iv. ").startswith("annou")), None)


def _answers_labelled(body, paras) -> bool:
    """Does one label open two or more paragraphs that ask nothing (the answers labelled by their speaker)?"""
    labels = Counter(m.group(1) for s, e in paras if (m := TITLE_LABEL.match(body[s:e])) and
                     not body[s:e].rstrip().endswith("?"))
    return bool(labels) and labels.most_common(1)[0][1] >= 2


def _heading_or_menu(text: str) -> bool:
    """A section heading, a numbered or bulleted item, or a short line no stop closes (a headline, a menu line)."""
    return SECTION_HEADING.match(text) is not None or NUMBERED_ITEM.match(text) is not None or \
        (len(text.split()) <= 30 and not CLOSED_BY_STOP.search(text.strip()))


def _official_body(doc):
    """'Regular Briefing, Ministry of Unification (April 7, 2025)': a briefing whose spokesperson the document
    leaves unnamed speaks for the body the headline names (GUIDELINES: "a spokesman for X" is X)."""
    spokes = _spokesperson_body(doc.headline or "")
    if spokes is not None:
        return spokes
    for piece in re.split(r"\s*[,:;|()–—]\s*|\s+(?:by|of the|-)\s+", doc.headline or ""):
        # "Defense Ministry's Regular Press Conference on August 31": the body whose briefing it is
        piece = re.sub(r"[’']s\s+(?:Regular\s+|Daily\s+|Weekly\s+|Monthly\s+)?(?:Press|News|Media)\s+"
                       r"(?:Conference|Briefing)\b.*", "", piece)
        ws = piece.split()
        if 2 <= len(ws) <= 8 and any(fold(w) in ORG_WORDS for w in ws) and \
                not any(fold(w) in DOCUMENT_WORDS for w in ws) and \
                all(re.fullmatch(r"[A-Z][\w’'&\-]*", w) or w in {"of", "for", "and", "the", "on"} for w in ws):
            body = Person(piece.strip())
            body.organization = body.name     # marks a body: its turns get a body mention
            return body
    return None


def _spokesperson_body(text):
    """The body whose unnamed spokesperson the text names ("the Spokesperson of the Chinese Embassy in the
    Philippines" -> Chinese Embassy in the Philippines), as a Person marked as a body; None when the words after
    "of" name no body (an organisation word) or name a person."""
    m = SPOKES_OF_BODY.search(text)
    if m is None:
        return None
    words = m.group("body").split()
    for k, w in enumerate(words):
        if k and (w in HEADLINE_VERBS or w in ("On", "Regarding", "About", "Concerning", "Following", "At")):
            words = words[:k]     # "... in the Philippines Regarding the ...": a title-case headline goes on
            break
    while words and (not words[-1][:1].isupper() or fold(words[-1]) in ROLE_WORDS - ORG_WORDS):
        words = words[:-1]
    if not any(fold(w) in ORG_WORDS for w in words) or _split_name(" ".join(words))[0]:
        return None
    body = Person(" ".join(words).rstrip(".,"))
    body.organization = body.name
    return body


# "Statement attributable to the Spokesperson for the Secretary-General on Syria": the spokesperson left unnamed
# speaks for the office holder (GUIDELINES: "a spokesman for X" is X), whom the registry names for the day.
SPOKES_FOR_TITLE = re.compile(r"^(?:the\s+)?" + ONE_SPOKESPERSON + r"\s+(?:for|of|to)\s+(?:the\s+)?(?:UN\s+|United Nations\s+)?"
                              r"(?P<title>Secretary-General|Secretary General)$", re.I)


def _name_after_title_portfolio(phrase: str):
    """(name, title) of "Ambassador to the General Assembly Richard Croker": the name after a title's portfolio;
    (None, None) when none opens there."""
    runs = list(NAME_RUN.finditer(phrase))
    if not runs or runs[-1].end() != len(phrase.rstrip()) or \
            not PORTFOLIO_END.search(phrase[max(0, runs[-1].start() - 12):runs[-1].start()].rstrip()):
        return None, None
    ws = runs[-1].group(0).split()
    j = name_after_portfolio(ws)
    name = " ".join(ws[j:]) if j else None
    if not name or _split_name(name)[0] != name:
        return None, None
    return name, phrase[:phrase.rindex(name)].strip()


def _spokesperson_for_title(issuer: str):
    m = SPOKES_FOR_TITLE.match(issuer.strip())
    return Person(None, "Secretary-General") if m else None


WORD = re.compile(r"\w[\w’']*")


def _sentences(text):
    return [s.strip() for s in SENTENCE.findall(text) if s.strip()]


def _is_statement(text: str) -> bool:
    """An answer with content; not a greeting, a 'go ahead', an acknowledgement or a cut-off fragment."""
    content = _content_sentences(text)
    if not content:
        return False
    words = sum(len(s.split()) for s in content)
    # A short question back ("For which — what?") is not an answer.
    if all(s.endswith("?") for s in content) and words <= 6:
        return False
    if text.lstrip().startswith(("—", "–", "-")) and words <= 4:
        return False    # the tail of an interrupted answer: "— to speak to."
    return True


def _asks_only(text: str) -> bool:
    """Is every sentence of the text with content a question ("I’m sorry, what was the last part of your question?",
    "Okay. Which meeting were you referring to?")?"""
    content = [s.rstrip("\"”’)") for s in _content_sentences(text)]
    return bool(content) and all(s.endswith("?") and not _told_with_a_tag(s) for s in content)


def _told_with_a_tag(sentence: str) -> bool:
    """A statement closed by a tag asking for assent: "The Department of Justice is handling this matter, okay?" (not
    one that checks what the asker said: "You said it was reportedly ordered by the Ministry of Education, right?")."""
    return bool(ASSENT_TAG.search(sentence)) and not re.match(r"(?:so,?\s+)?you\b", sentence, re.I)


ASSENT_TAG = re.compile(r",\s*(?:okay|ok|right|all right)\?$", re.I)


def _content_sentences(text: str) -> list[str]:
    """The sentences of a turn's text that say something: no greeting, 'go ahead', acknowledgement, cut-off
    fragment, time stamp or stage direction."""
    t = STAGE_DIRECTION.sub(" ", text)
    t = " ".join(line for line in t.splitlines() if not TIME_STAMP.match(line))   # a closing "2:33 P.M. EDT"
    t = re.sub(r"\s+", " ", t).strip()
    if not t or TIME_STAMP.match(t):
        return []
    content = []
    for sent in TURN_SENTENCE_END.split(t):
        s = sent.strip().strip("—–-").strip()
        if not s:
            continue
        n = len(s.split())
        if DASH_END.search(sent.strip()) and len(WORD.findall(s)) < 8:
            continue    # cut off: "I’ve been —", "But it is – it is – it is —" (its dashes are no words)
        # the length first: PROCEDURAL_ANY's search costs ~15 µs a sentence, and most sentences are longer
        if RESTART.match(s) and ACKNOWLEDGEMENT.match(RESTART.sub("", s)):
            continue
        if ACKNOWLEDGEMENT.match(s) or (n <= 12 and PROCEDURAL.match(s)) or (n <= 14 and PROCEDURAL_ANY.search(s)) \
                or (n <= 30 and GROUND_RULES.search(s)) or \
                (n <= 40 and (NOTHING_AT_THE_TOP.search(s) or BRIEFING_GREETING.search(s))):
            continue
        if TIME_STAMP.match(s) or (n <= 6 and (_calls_on_someone(s) or _takes_up_a_topic(s))) or _calls_by_honorific(s) \
                or (n <= 20 and HAND_OFF.match(s)) or \
                (n <= 10 and AUDIO_CHECK.search(s)):
            continue
        content.append(s)
    return content


CALL_PREFIX = re.compile(r"^(?:(?:yes|yeah|yep|yup|okay|ok|sure|great|wonderful|please|go ahead|all right|and|"
                         r"let’s go to|let's go to|let me go to|over to)[,.]?\s+)+", re.I)


# what follows the name called on: "Said, mm-hmm.", "Said, final question.", "Humeyra, please." (data/)
CALL_SUFFIX = re.compile(r"(?:,?\s+(?:please|mm-hmm|yeah|go ahead|(?:final|last) question))+$", re.I)


# A sentence that only hands over by honorific: "Dr. Walensky?", "Mr. Secretary, go ahead." (_calls_on_someone asks
# for given names)
HONORIFIC_CALL = re.compile(r"(?:Dr|Mr|Mrs|Ms|Mister|Madam)\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?[.?!,]?")


# Thanks before the call: "Thank you, Dr. Fauci.", "Well, thank you, Dr. Fauci."
THANKS_BEFORE_CALL = re.compile(r"^(?:(?:well|okay|ok|and|so),?\s+)*(?:thank you(?:\s+(?:very|so)\s+much)?|thanks),?\s+", re.I)
# A turn's sentences end at a full stop, but not at an honorific's ("Dr. Fauci" stays one name).
TURN_SENTENCE_END = re.compile(r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<=[.!?])\s+|\n+")
# The moderator handing the floor to a colleague or to the questions: "Why don’t we start, Dr. Fauci, with the variant
# question, and then we’ll come back to the kids.", "Okay, Zeke, let’s start with Dr. Walensky on the data question",
# "Let’s open it up for a few questions." (the White House COVID-19 response team's briefings in data/)
HAND_OFF = re.compile(r"^(?:(?:okay|ok|so|well|and|all right|great),?\s+)*(?:[A-Z][a-z]+,\s+)?"
                      r"(?:why (?:don’t|don't) (?:we|you) start\b|(?:let’s|let's|let us) (?:start|begin) with (?:Dr|Mr|Ms|Mrs)\.\s|"
                      r"(?:let’s|let's|let us) open (?:it|this|things) up (?:for|to) (?:a few |some |your )?questions\b)", re.I)


def _calls_by_honorific(turn: str) -> bool:
    called = CALL_PREFIX.sub("", THANKS_BEFORE_CALL.sub("", turn.strip())).rstrip(".!?")
    return HONORIFIC_CALL.fullmatch(CALL_SUFFIX.sub("", called)) is not None


def _calls_on_someone(sentence: str) -> bool:
    """'Mara.', 'Yes, Daphne.', 'Said.', 'Yes, sir.', 'Said and then Michele.': the moderator calling on a
    reporter, not a statement. The words must be given names (gender-guesser's list, gazetteer.py) or 'sir' / 'ma’am'.
    (A sentence is split after "Dr." and "Mr.": a call by honorific and surname never reaches here whole.)"""
    called = CALL_SUFFIX.sub("", CALL_PREFIX.sub("", sentence.strip()).rstrip(".!?,"))
    # (a name called twice across a dash: "Christina – Christina."; the State Department's briefings in data/)
    called = re.sub(r"^([A-Z][a-z]+)\s*[-–—]+\s*\1$", r"\1", called)
    words = [w.rstrip(",") for w in re.sub(r"\s+and then\s+|\s+then\s+", " ", called).split()]
    if not words or len(words) > 2:
        return False
    return all(w[:1].isupper() and given_names().get(fold(w)) or fold(w) in {"sir", "ma am", "maam"}
               for w in words)


# a topic taken up rather than spoken on: "Sure, Colombia and Haiti.", "Quickly back on Afghanistan.", "Ethiopia
# question.", "Quick follow-up on Iran." (the State Department's briefings in data/); the topic must be places
TOPIC_CALL = re.compile(r"(?P<lead>(?:(?i:sure|okay|ok|all right)[,.]?\s+)?(?:(?i:a\s+)?(?i:quick(?:ly)?|brief(?:ly)?)\s+)?"
                        r"(?:(?i:follow-?up)\s+)?(?:(?i:back)\s+)?(?:(?i:on|to)\s+)?)"
                        r"(?P<topic>[A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'.-]*){0,3})"
                        r"(?P<question>\s+(?i:question))?[.!?]?")


def _takes_up_a_topic(sentence: str) -> bool:
    m = TOPIC_CALL.fullmatch(sentence.strip())
    if m is None or not (m.group("lead") or m.group("question")):
        return False
    return all(is_place(p) for p in re.split(r"\s+and\s+", m.group("topic")))


def _is_content_paragraph(text: str) -> bool:
    """A paragraph of running text (not a place line, a time stamp or a heading)."""
    t = text.strip()
    return len(t.split()) >= 6 and bool(re.search(r"[.!?\"”’)]\s*$", t)) and not TIME_STAMP.match(t) \
        and not METADATA_LINE.match(t)


# France's foreign ministry's daily press briefing as its embassy reprints it: "Statements made by" / "the Ministry of
# Foreign Affairs Spokesperson" (or "... by the Ministry for Europe and Foreign Affairs") over announcements and answers
# printed under the questions ("Q - Any comment after the attacks in Algeria?", "2/ In addition, ...", or the question
# alone). The unnamed spokesperson speaks for the ministry (GUIDELINES: "a spokesman for X" is X); brief20.
MADE_BY_MINISTRY = re.compile(r"^Statements made by\s+the\s+(?P<body>Ministry (?:of|for) [A-Z][\w ]{2,60}?Affairs)"
                              r"(?: Spokes(?:person|man|woman))?[ \t]*$", re.M)     # (a header: the line ends there)
BRIEFING_QUESTION = re.compile(r"(?:Q\s*[-–—.:]\s|\d{1,2}\s*/\s)")


def _ministry_briefing(doc, paras):
    """Turns of a ministry's daily briefing printed as its statements: each run of paragraphs between questions and
    headings is the ministry's (an announcement, or the answer to the question above it); None on any other page."""
    m = MADE_BY_MINISTRY.search(doc.body, 0, 800)
    if m is None:
        return None
    body, ministry, turns, run, question = doc.body, m.group("body"), [], [], None
    for s, e in [p for p in paras if p[0] >= m.end()] + [(len(body), len(body))]:
        text = body[s:e].strip()
        asks = bool(BRIEFING_QUESTION.match(text)) or text.endswith("?")
        content = not asks and text[:1] not in "[(◢" and (_is_content_paragraph(text) and CLOSED_BY_STOP.search(text)
                                                         or _cut_at_end(body, e, text))     # (not a heading)
        if content:
            run.append((s, e))
            continue
        if run and _is_statement(body[run[0][0]:run[-1][1]]):
            turns.append(Turn(ministry, run[0][0], run[-1][1], question, None, ministry))
        run, question = [], (text if asks else None)
    return turns or None


# A page of items each introduced by the line saying whose words they are and when, as ukpol.co.uk prints them (a
# category page: "• Ben Wallace – 2022 Comments on ...", the title again, then "The comments made by Ben Wallace,
# the Secretary of State for Defence, on 25 May 2022." over the paragraphs); the next item's bullet ends them.
MADE_BY_LINE = re.compile(
    r"The (?:statement|speech|comments?|remarks|article|letter|tweet|message|foreword|interview|evidence|answer)s? "
    r"(?:made|given|written|delivered|issued|published|posted) by (?P<name>[A-Z][^,\n]{2,60}), (?:the |a |an )?"
    r"(?P<role>[^,\n]{2,120}?),?(?:\s+(?:in|at|to|during|before|for)\b[^\n]{0,160}?)?"
    r"\s+on\s+(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)\.")
# A reprinting outlet's name in brackets opening a release's paragraph: "(STL.News) Deputy Secretary ..."
OUTLET_CREDIT_LEAD = re.compile(r"\((?:[A-Z][\w]*\.)?[A-Z][\w]{1,20}(?:\.[A-Za-z]{2,4})?\)\s+(?=[A-Z])")
ITEM_BULLET = re.compile(r"[•·▪◦*]\s")


def _made_by_items(doc, paras) -> bool:
    """Turns of each made-by item's paragraphs, its speaker named in its line, dated by it (doc.item_days)."""
    body, turns, days = doc.body, [], []
    who = None
    for s, e in paras:
        line = MADE_BY_LINE.match(body, s, e)
        if line is not None:
            name, _ = _split_name(line.group("name"))
            try:
                day = datetime.strptime(line.group("day"), "%d %B %Y").date().isoformat()
            except ValueError:
                name = None
            who = (name, line.group("role").strip(), day) if name else None
            continue
        if ITEM_BULLET.match(body, s, e):
            who = None      # the next item, whatever it is
        elif who is not None and _is_release_paragraph(body[s:e], strict=False):
            turns.append(Turn(who[0], s, e, None, who[1]))
            days.append((s, e, who[2]))
    if not turns:
        return False
    doc.genre, doc.turns, doc.item_days = "release", turns, days
    doc.issuer = " ".join(filter(None, [turns[0].role, turns[0].speaker]))
    return True


# -- releases -----------------------------------------------------------------------------------------------
# "Foreign Affairs Council: Press remarks by High Representative Josep Borrell after the meeting" (the EU's; wire21):
# the remarks of one speaker, read as a statement by them (not "Remarks by ...": the White House's turn transcripts)
PRESS_REMARKS_HEADLINE = re.compile(r"^(?:[^:]{1,60}:\s+)?Press remarks by\s+(?=[A-Z])")


def _press_remarks_as_statement(head: str) -> str:
    """A headline of one speaker's press remarks as "Statement by ...", else the headline."""
    m = PRESS_REMARKS_HEADLINE.match(head)
    return "Statement by " + head[m.end():] if m else head


STOP = object()     # a step's "the release ends here": no release, or past its last paragraph
SKIP = object()     # a paragraph rule's "not the release's words": the next paragraph


class _Release:
    """A page as RELEASE_STEPS read it as a release: the headline (head), the issuer and co-issuers, the paragraph the
    words start at, a signature line, whether a line of the body introduced them, the pattern of a release speaking
    of its official in the third person; then, paragraph by paragraph (PARAGRAPH_RULES), the paragraph read (k; s, e,
    text, closes), the turns so far and who speaks now."""
    __slots__ = ("doc", "paras", "people", "body", "head", "issuer", "co_issuers", "start_para", "signature",
                 "introduced", "third_person", "remarks_of", "turns", "author_lines", "leading", "speaker", "block", "first_person",
                 "k", "s", "e", "text", "closes")

    def __init__(self, doc, paras, people):
        self.doc, self.paras, self.people, self.body = doc, paras, people, doc.body
        self.head, self.issuer, self.co_issuers, self.start_para, self.signature = "", None, [], 0, None
        self.introduced = False     # by a line of the body ("X issued the following statement:")
        self.third_person = None
        self.remarks_of = None     # a pattern of the remarks' speaker named in the third person (_remarks_below)
        self.turns = []


def _release(doc, paras, people):
    release = _Release(doc, paras, people)
    for step in RELEASE_STEPS:
        if step(release) is STOP:
            return


def _noon_briefing_or_written_replies(r: _Release):
    if _noon_briefing(r.doc, r.paras) or _written_replies(r.doc, r.paras):
        return STOP
    return None


def _issuer_from_headline(r: _Release):
    r.head = head = _press_remarks_as_statement(re.sub(r"\s+", " ", r.doc.headline or "").strip())
    m = STATEMENT_HEADLINE.match(head)
    if m and not head.lower().startswith("joint"):
        r.issuer, r.co_issuers = _headline_issuer(head, m, r.people)
    return None


def _headline_issuer(head, m, people):
    """(issuer, co-issuers) of a headline "Statement by ...", the issuer None when it names no one."""
    name, role = _split_name(m.group("issuer"))
    rest = STATEMENT_HEADLINE.match("Statement by " + head[m.end("issuer"):].lstrip(" ,")) \
        if head[m.end("issuer"):].startswith(", ") else None
    if not name and rest:
        # "Statement of the Spokesperson of the Ministry of Foreign Affairs of Turkey, Mr. Hami Aksoy in ..."
        name, _ = _split_name(rest.group("issuer"))
        role = m.group("issuer") if name else role
    titled = [] if name else [_titled_name(part) for part in re.split(r"\s+and\s+", m.group("issuer"))]
    if _spokesperson_for_title(m.group("issuer")):
        return _spokesperson_for_title(m.group("issuer")), []
    if name:
        issuer = Person(name, role)
        for p in people:
            if p.words == issuer.words and p.role and not issuer.role:
                issuer.role = p.role
        return issuer, []
    if 1 <= len(titled) <= 2 and all(titled):
        # "Statement by President Biden on ...", "Statement by President Joe Biden and Vice President Kamala
        # Harris on ...": a title and a surname; two issuers, each speaking every paragraph
        return titled[0], titled[1:]
    if role and set(fold(role).split()) <= ROLE_WORDS:
        return Person(None, role), []
    return _spokesperson_body(head), []


def _presidential_proclamation(r: _Release):
    # (the formula's capitals looked for first: a scan of every word of every news text for its opening \b cost
    # more than the rest of this check)
    formula = PROCLAMATION_FORMULA.search(r.body) if r.issuer is None and "THEREFORE" in r.body else None
    if r.issuer is None and (PRESIDENTIAL_HEADLINE.match(r.head) or formula):
        r.issuer, r.signature = _presidential_issuer(r.body, r.paras, formula)
    return None


def _issuer_line_in_lead(r: _Release):
    """A line of the first paragraphs naming the issuer (LEAD_LINE_RULES, in order, paragraph by paragraph)."""
    for i, (s, e) in enumerate(r.paras[:6]):
        if any(rule(r, i, s, e) for rule in LEAD_LINE_RULES):
            return None
    return None


def _statement_line(r: _Release, i, s, e):
    m3 = STATEMENT_LINE.match(r.body[s:e])
    if m3 and r.issuer is None:
        # "Statement by Ambassador Barbara Woodward, UK Permanent Representative to the UN, at the UN Security
        # Council briefing on ..., 14 April 2024." over the statement, in a page headed otherwise
        name, role = _split_name(m3.group("issuer"))
        if not name:
            name, role = _name_after_title_portfolio(m3.group("issuer"))
        if name:
            r.issuer, r.start_para, r.introduced = Person(name, role), i + 1, True
            r.doc.issuer_line = (s, e)     # what the page reports before the line stays a report
            return True
    return False


def _attributable_line(r: _Release, i, s, e):
    m2 = ATTRIBUTABLE.match(r.body[s:e])
    if m2:
        name, role = _split_name(m2.group("issuer"))
        if name:
            r.issuer = Person(name, role)
            r.start_para = i + 1
            return True
    return False


def _speech_after_standfirst(r: _Release, i, s, e):
    speaker = _speaker_before_salutation(r.body, r.paras, i, r.head) if r.issuer is None else None
    if speaker is not None:
        # "Ambassador Holland expresses concern at ..." then "Thank you, Mister Chair.": the speech he delivered
        r.issuer, r.start_para, r.introduced = speaker, i + 1, True
        r.doc.issuer_line = (s, e)     # the standfirst before it stays a report of him
        return True
    return False


def _issuer_line_over_words(r: _Release, i, s, e):
    body, paras = r.body, r.paras
    after = body[paras[i + 1][0]:paras[i + 1][1]] if i + 1 < len(paras) else ""
    line = _issuer_line(body[s:e], r.doc, paras[:i], body, after)
    if line is None:
        return False
    if FOLLOWING_ISSUED.search(after, 0, 300):
        return False    # a list of releases (canada.ca's news results): the next line is another's, not these words
    together = ISSUER_LINE.match(body[s:e]) or PASSIVE_ISSUER_LINE.match(body[s:e])
    both = _issuers(together.group("issuer")) if together else []
    if len(both) >= 2:     # "X, Minister of ..., and Y, Minister of ..., issued the following statement:"
        line, r.co_issuers = both[0], both[1:]
    r.issuer, r.start_para, r.introduced = line, i + 1, True
    r.doc.issuer_line = (s, e)
    return True


LEAD_LINE_RULES = (_statement_line, _attributable_line, _speech_after_standfirst, _issuer_line_over_words)


# A line saying that someone's remarks follow in full, anywhere in a page that first reports the event (the First
# Lady's pages on whitehouse.gov): "The full remarks by First Lady Melania Trump are included below.", "Below are the
# full remarks by First Lady Melania Trump, as prepared for delivery:", "The First Lady’s full remarks, as prepared for
# delivery, are below.", "Full Remarks by First Lady Melania Trump (As Prepared for Delivery)", "Mrs. Trump’s full
# remarks, as prepared for delivery, are included below." (the last sentence of its paragraph)
REMARKS_BELOW = re.compile(
    r"^(?:(?:Here|Below)\s+(?:are|is)\s+)?(?:[Tt]he\s+)?(?:(?i:full)\s+(?:(?i:text)\s+of\s+)?)?(?:the\s+)?"
    r"(?:(?P<owner>[A-Z][^,:()\n]{1,60}?)[’']s?\s+)?(?:(?i:full)\s+)?(?i:remarks|message|speech)"
    r"(?:\s+(?:by|of)\s+(?P<by>[A-Z][^,:()\n]{1,60}?))?(?:\s+(?:at|from|during)\s+[^:()\n]{1,100}?)?"
    r"(?P<prepared>,?\s*\(?(?i:as\s+prepared\s+for\s+delivery)\)?,?)?(?:\s+(?:at|from|during)\s+[^:()\n]{1,100}?)?"
    r"(?P<below>\s*(?:(?:are|is)\s+(?:provided\s+|included\s+)?below|(?:follows|can\s+be\s+found)\s+below)\b"
    r"[^.:\n]{0,40}?(?:,?\s*(?i:as\s+prepared\s+for\s+delivery))?)?\s*[.:]?\s*$")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<!\bMrs\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)\s+(?=[A-Z])")


def _remarks_below_line(text: str):
    """The phrase naming whose remarks a REMARKS_BELOW line announces, or None."""
    line = SENTENCE_BREAK.split(text.strip())[-1]
    m = REMARKS_BELOW.match(line)
    if m is None or not (m.group("owner") or m.group("by")):
        return None
    full = re.match(r"(?:(?:Here|Below)\s+(?:are|is)\s+)?(?:[Tt]he\s+)?(?i:full)\b", line)
    if not (m.group("below") or m.group("prepared") or full and line.endswith(":")):
        return None     # "Remarks by X at the summit" as a line of its own announces nothing
    return re.sub(r"^(?:[Tt]he)\s+", "", (m.group("owner") or m.group("by")).strip())


FEMALE_HONORIFICS = {"mrs", "ms", "miss", "madam"}


def _remarks_owner(phrase: str, text: str):
    """The person whose remarks follow: named in full in the phrase ("First Lady Melania Trump"), else the one the
    headline or the report before names in full with that title ("The First Lady") or surname ("Mrs. Trump")."""
    name, role = _split_name(phrase)
    if name and len(name.split()) >= 2:
        return Person(name, role)
    words_ = phrase.replace(".", "").split()
    if name is None and role and fold(words_[0]) not in FEMALE_HONORIFICS | {"mr"}:
        m = re.search(r"\b%s\s+([A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+)" % re.escape(role), text)
        return Person(re.sub(r"[’']s$", "", m.group(1)), role) if m else None
    surname = (name or words_[-1]).split()[-1]
    female = fold(words_[0]) in FEMALE_HONORIFICS
    for m in re.finditer(r"(?:\b((?:[A-Z][a-z]+\s+){0,3}))?\b([A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+%s)\b" % re.escape(surname),
                         text):
        given = fold(m.group(2).split()[0]).lower()
        if female and given_names().get(given) == "m":
            continue     # ("Mrs. Trump" is not President Donald J. Trump, named too)
        _, title = _split_name(((m.group(1) or "") + m.group(2)).strip())
        return Person(m.group(2), title)
    return None


def _remarks_below(r: _Release):
    if r.issuer is not None:
        return None
    found = None
    for i, (s, e) in enumerate(r.paras[:-1]):
        phrase = _remarks_below_line(r.body[s:e]) if "emarks" in r.body[s:e] or "essage" in r.body[s:e] else None
        owner = _remarks_owner(phrase, (r.head or "") + "\n" + r.body[:s]) if phrase else None
        if owner is not None:
            found = (i, s, e, owner)     # the last such line: "... is included below." over more of the report,
            #                              then "Full Text of First Lady Melania Trump’s Message:" over the text
    if found is not None:
        # the report before the line stays news; the paragraphs after it are the owner's words
        i, s, e, owner = found
        r.issuer, r.start_para, r.introduced = owner, i + 1, True
        r.doc.issuer_line = (s, e)
        surname = re.escape(owner.name.split()[-1])
        r.remarks_of = re.compile(r"\b(?:%s|(?:Mrs|Mr|Ms|Dr)\.?\s+%s)\b" % (re.escape(owner.name), surname))
    return None


def _remarks_end(r: _Release):
    if r.remarks_of is not None and (r.remarks_of.search(r.text) or ABOUT_HEADING.match(r.text)):
        return STOP     # "Mrs. Trump is building a comprehensive pathway ...": the page speaks of her again, the
        #                 remarks are over (whitehouse.gov's pages go on with the initiative's fact sheet); so does
        #                 a heading of the page's "about" section ("ABOUT FIRST LADY MELANIA TRUMP’S FOSTERING THE
        #                 FUTURE", then its mission and a list of universities: no words of hers)
    return None


ABOUT_HEADING = re.compile(r"\s*ABOUT\s+[A-Z’'\s]+$")


def _unnamed_briefer(r: _Release):
    head = r.head
    if r.issuer is None and (UNNAMED_BRIEFER.search(head) and BRIEFING_HEADLINE.search(head) if head
                             else _briefing_slug(r.doc.url)):
        r.issuer, r.start_para = _body_line(r.body, r.paras[:4])
        if r.issuer is None and (issuer := _host_body(r.doc.url)) is not None:
            r.issuer, r.start_para = issuer, _past_opening(r.body, r.paras)
    return None


def _official_in_third_person(r: _Release):
    if r.issuer is None:
        r.issuer, r.start_para, r.third_person = _third_person_issuer(r.body, r.paras)
    return None


def _byline_in_headline(r: _Release):
    if r.issuer is None:
        r.issuer = _byline_headline(r.head, r.body, r.paras)
    return None


def _author_with_office(r: _Release):
    if r.issuer is None and r.doc.author and not FACT_SHEET.match(r.head):
        # A page's author issued it when named with an office ("Antony J. Blinken, Secretary of State", a feed's
        # item); a news page's byline ("Meg James", "Meg James, Staff Writer") names who wrote the report.
        authors = _people_from_author(r.doc)
        if len(authors) == 1 and authors[0].role and not set(fold(authors[0].role).split()) & JOURNALIST_ROLES:
            r.issuer = authors[0]
    return None


def _signed_last_line(r: _Release):
    # A quotation signed on its last line ("-Karoline Leavitt, White House Press Secretary") is the signer's.
    body, paras = r.body, r.paras
    for k in range(max(len(paras) - 2, 0), len(paras)):
        s, e = paras[k]
        sig = SIGNATURE.match(body[s:e])
        if sig and not (k and SIGNATURE.match(body[paras[k - 1][0]:paras[k - 1][1]])):
            # (a line after another dash line is the last item of a list: "- Jonathan Ross, Film 2005: Film - ...")
            parts = [x.strip() for x in sig.group(1).split(",", 1)]
            name, _ = _split_name(parts[0])
            # (a bare name with nothing else telling of a release is a reporter's sign-off: "- Elise Viebeck." under
            # a Washington Post story; PolNeAR, the lead's round 40)
            # ... and so is a name and a town: "-Michelle Marks, Philadelphia." under the last quotation of a
            # convention notebook)
            if name and (len(parts) > 1 and not is_place(parts[1].rstrip(".")) or len(parts) == 1 and r.issuer):
                r.signature = (s, e)
                r.issuer = Person(name, parts[1] if len(parts) > 1 else (r.issuer.role if r.issuer else None))
    return None


def _role_and_name_signed(r: _Release):
    if r.issuer is None and BARE_STATEMENT_HEAD.match(r.head):
        r.issuer, r.signature = _role_and_name_signature(r.body, r.paras) or (None, r.signature)
    return None


def _issuer_named_in_headline(r: _Release):
    if r.issuer is None:
        r.issuer = _issuer_headline(r.head, r.body)
    return None


def _in_the_presidents_voice(r: _Release):
    head = r.head
    if r.issuer is None and not FACT_SHEET.match(head) and not DIRECTIVE.match(head) and _in_presidents_voice(r.body):
        r.issuer, r.signature = _presidential_issuer(r.body, r.paras, None)
    return None


def _no_issuer(r: _Release):
    return STOP if r.issuer is None else None


def _release_genre(r: _Release):
    doc, issuer = r.doc, r.issuer
    doc.genre = "release"
    doc.issuer = " ".join(filter(None, [issuer.role, issuer.name]))
    r.signature = r.signature or _capitals_signature(r.body, r.paras)[1]
    r.author_lines = {fold(x) for x in re.split(r",\s*", doc.author or "") if x.strip()} | {fold(doc.author or "")}
    r.leading = True
    r.speaker, r.block = issuer, 0      # a gov.uk release's "X said:" blocks: who speaks now, and how many paragraphs
    r.first_person = False              # ... and whether they spoke in the first person
    return None


def _release_turns(r: _Release):
    """The release's paragraphs as turns, PARAGRAPH_RULES deciding in order for each."""
    body = r.body
    for k, (s, e) in enumerate(r.paras[r.start_para:], r.start_para):
        r.k, r.s, r.e, r.text = k, s, e, body[s:e]
        for rule in PARAGRAPH_RULES:
            out = rule(r)
            if out is SKIP:
                break
            if out is STOP:
                return None
    return None


def _page_furniture_after(r: _Release):
    turns = r.turns
    while turns and _page_furniture(r.body[turns[-1].start:turns[-1].end]):
        turns.pop()     # "Source:Turkish Foreign Ministry", "Post a Comment" after the statement
    r.doc.turns = turns
    return None


RELEASE_STEPS = (_noon_briefing_or_written_replies, _issuer_from_headline, _presidential_proclamation,
                 _issuer_line_in_lead, _remarks_below, _unnamed_briefer, _official_in_third_person, _byline_in_headline,
                 _author_with_office, _signed_last_line, _role_and_name_signed, _issuer_named_in_headline,
                 _in_the_presidents_voice, _no_issuer, _release_genre, _release_turns, _page_furniture_after)


def _colon_speaker_change(r: _Release):
    if getattr(r.issuer, "colon", False) and not r.leading:
        body, paras, k, text = r.body, r.paras, r.k, r.text
        after = body[paras[k + 1][0]:paras[k + 1][1]] if k + 1 < len(paras) else ""
        other = _colon_intro(text, after)
        if other is not None:
            r.speaker, r.block, r.first_person = other, 0, False     # "Baroness Gisela Stuart, ..., said:"
            return SKIP
        if r.speaker is None or (r.block and r.first_person and not FIRST_PERSON_WORD.search(text)):
            r.speaker = None                # the release's own voice again after a quotation in the first person
            return SKIP                     # ("We are in a welcome position ..." then "Over the last decade most
                                            # DB schemes have become better funded, ...")
    return None


def _leading_lines(r: _Release):
    text = r.text
    if r.leading and (fold(text) in r.author_lines or not (_is_release_paragraph(text) or
                                                           r.introduced and _unstopped_sentence(text))):
        return SKIP    # issuer line, place line ("Brussels, Belgium"), "Via Teleconference"
    r.leading = False
    return None


def _page_section(r: _Release):
    if r.turns and re.fullmatch(r"[A-Z][a-zà-ÿ]+", r.text.strip()) and r.text.strip().lower() in PAGE_SECTIONS:
        return STOP     # "Ressources", "Related": the page goes on after the release
    return None


def _release_end(r: _Release):
    if r.turns and RELEASE_END.match(r.text):
        return STOP     # a media note's "End Text", or the next item of a page of releases ("Press Releases: ...")
    return None


def _under_signature(r: _Release):
    if r.signature and r.s > r.signature[0]:
        return STOP     # "THE WHITE HOUSE," and the date under a signature
    return None


# A letter's complimentary close, alone or over the signer's name ("Sincerely,", "Sincerely, JOSEPH R. BIDEN JR.",
# "Respectfully,"): the letter ends there; what follows is its signature, a copy of it to a second addressee, or the
# page's pointers (the President's letters to Congress, whitehouse-briefing-room).
LETTER_CLOSE = re.compile(r"(?:Sincerely(?: yours)?|Respectfully(?: yours)?|Yours (?:sincerely|truly|faithfully)|"
                          r"Very truly yours),?(?:\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,5})?\s*$")


def _letter_close(r: _Release):
    if LETTER_CLOSE.match(r.text.strip()):
        return STOP
    return None


# Small words a title-case heading leaves in lower case ("Chapter 4: Investing in People: Education, Workforce
# Development, and Health", "The Economic Report of the President").
HEADING_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
                       "with"}


def _heading_line(r: _Release):
    t = r.text.strip()
    ws = [w for w in re.findall(r"[^\W\d_][\w’'-]*", t) if w.lower() not in HEADING_SMALL_WORDS]
    if r.turns and "\n" not in t and len(t.split()) <= 14 and not re.search(r"[.!?\"”’)\]]\s*$", t) and \
            len(ws) >= 2 and all(w[:1].isupper() for w in ws):
        return SKIP     # a heading or a list item in title case among the release's paragraphs: "The Economic Report
        #                 of the President" over "Chapter 1: The Public Sector’s Role in Economic Growth", ... (a
        #                 CEA chair's statement, whitehouse-briefing-room): no one's words
    return None


def _no_release_paragraph(r: _Release):
    if not _is_release_paragraph(r.text, strict=False) or (r.s, r.e) == r.signature:
        return SKIP
    return None


def _pointer_paragraph(r: _Release):
    if POINTER.match(r.text.strip()):
        return SKIP     # "For more information, please contact ...": the page's pointer, not the issuer's words
    last = LAST_SENTENCE.search(r.text)
    if last is not None and POINTER.match(last.group(1)):
        # "... Today's action targets the individuals ... For more information on this action, please see the
        # Department of the Treasury's press release .": the words end before the pointer closing the paragraph
        r.e = r.s + len(r.text[:last.start()].rstrip())
        r.text = r.body[r.s:r.e]
    return None


# The last sentence of a paragraph of several (group 1).
LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+([A-Z][^.!?]*(?:\.(?=\S)[^.!?]*)*[.!?]?\s*)$")


def _address_in_capitals(r: _Release):
    if len(r.text.split()) <= 12 and not re.search(r"[a-z]", r.text):
        return SKIP     # an address in capitals: "TO THE CONGRESS OF THE UNITED STATES:"
    return None


# A letter's salutation: "Dear Mr. Chairman: (Dear Madam Chair:) (Dear Madam Chairwoman:)".
LETTER_GREETING = re.compile(r"Dear\s[^!?:\n]{1,60}[:,](?:\s*\(Dear\s[^)]{1,60}\))*\s*$")


def _letter_greeting(r: _Release):
    if LETTER_GREETING.match(r.text.strip()):
        return SKIP     # the letter's greeting, no statement (the President's letters to Congress)
    return None


def _no_statement_after_introduction(r: _Release):
    if r.introduced and (not _is_statement(r.text) or r.text.rstrip().endswith(":")):
        return SKIP     # "Thank you Mr President. Welcome, Minister."; "We have three recommendations:"
    return None


def _reported_after_colon(r: _Release):
    if getattr(r.issuer, "colon", False) and REPORTED.search(r.text):
        return STOP     # "X stated that:" then the report goes on in its own voice ("..., he said.")
    return None


def _third_person_ends(r: _Release):
    if r.third_person is not None and not r.third_person.search(r.text):
        return STOP     # the release speaks of its official in every paragraph; the page goes on after it
    return None


def _third_person_datelines(r: _Release):
    if r.third_person is not None and not r.turns:
        dateline = DATELINE.match(r.text)
        r.s += dateline.end() if dateline else 0
    if r.third_person is not None:
        dash = DASH_DATELINE.match(r.body[r.s:r.e])
        r.s += dash.end() if dash else 0
    return None


def _outlet_credit(r: _Release):
    outlet = OUTLET_CREDIT_LEAD.match(r.body, r.s, r.e)
    if outlet:
        # "(STL.News) Deputy Secretary of State ... met today ..."
        r.s, r.text = outlet.end(), r.body[outlet.end():r.e]
    return None


def _inside_quotation_marks(r: _Release):
    text = r.text
    r.closes = closes = text.rstrip().endswith("”") and "“" not in text[1:]
    if text[:1] in "“\"" and text[-1:] in "”\"" and not re.search(r"[“”\"]", text[1:-1]):
        r.s, r.e = r.s + 1, r.e - 1     # a paragraph that is one quotation: the words inside the marks
    elif text[:1] == "“" and "”" not in text or text[:1] == '"' and text.count('"') == 1:
        r.s += 1                        # a quotation running on into the next paragraph opens each with a mark
    elif closes:
        r.e -= 1
    return None


def _paragraph_turns(r: _Release):
    issuer, speaker, s, e = r.issuer, r.speaker, r.s, r.e
    r.turns.extend(Turn(who.name, s, e, None, who.role, who.organization)
                   for who in ([speaker] if speaker is not issuer else [issuer] + r.co_issuers))
    r.block += 1
    r.first_person = r.first_person or FIRST_PERSON_WORD.search(r.text) is not None
    return None


def _one_quotation_introduced(r: _Release):
    turns = r.turns
    if r.introduced and turns and r.body[turns[0].start - 1:turns[0].start] == "“" and r.closes:
        return STOP     # the statement introduced was one quotation: the report goes on after its closing mark
    return None


def _run_closed(r: _Release):
    if len(r.turns) > len([r.issuer] + r.co_issuers) and _closes_run_opened(r.body, r.turns[0].start, r.text):
        return STOP
    return None


PARAGRAPH_RULES = (_colon_speaker_change, _leading_lines, _page_section, _release_end, _under_signature, _letter_close,
                   _remarks_end, _heading_line,
                   _no_release_paragraph, _pointer_paragraph, _address_in_capitals, _letter_greeting, _no_statement_after_introduction,
                   _reported_after_colon, _third_person_ends, _third_person_datelines, _outlet_credit,
                   _inside_quotation_marks, _paragraph_turns, _one_quotation_introduced, _run_closed)


# A headline naming its issuer before the word: "First Lady Melania Trump’s Statement", "White House Statement on
# Hostage Release" (not "Joint Statement on ...", "United States-Australia-Japan Joint Statement on ...").
ISSUER_HEADLINE = re.compile(r"^(?P<issuer>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,5}?)(?:[’']s)?\s+Statement"
                             r"(?:\s+(?:on|regarding|about|following|after|in)\s+.*)?$")
ORG_NAMES = words("org_names")


def _issuer_headline(head, text):
    """The person or body a headline names before "Statement" as its issuer, else None; not when the text names
    them ("First Lady Melania Trump issued a statement supporting ...": a report of the statement)."""
    m = ISSUER_HEADLINE.match(head)
    if m is None or "Joint" in m.group("issuer").split():
        return None
    name, role = _split_name(m.group("issuer"))
    phrase = re.sub(r"^The\s+", "", m.group("issuer"))
    if fold(name or phrase) in fold(text):
        return None
    if name and role:
        return Person(name, role)   # a titled person ("Seoul Criticizes N. Korean FM’s Statement" names none)
    if any(fold(w) in ORG_WORDS for w in phrase.split()) or fold(phrase) in ORG_NAMES:
        issuer = Person(phrase)
        issuer.organization = issuer.name
        return issuer
    return None


# A message in the President's own voice under a bare title ("National Hunting and Fishing Day", "Message on National
# Nurses Day, 2025", a veto message "I am returning herewith without my approval H.R. 131, ..."): outside quotations.
PRESIDENTS_VOICE = re.compile(r"\b(?:my Administration|As President, I|I am returning herewith)\b")
# A directive the President signs is an act, not speech ("Memorandum Renewing the National Security Council System").
DIRECTIVE = re.compile(r"^(?:[^:]{1,40}:\s+)?(?:National Security |Presidential )?(?:Memorandum|Executive Order|"
                       r"Directive|Determination)\b", re.I)
QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


# One word of each PRESIDENTS_VOICE phrase that no quotation taken out can make (a quotation becomes one space, and
# these hold none): a text with none of them is in no one's voice, and is not copied without its quotations.
PRESIDENTS_VOICE_WORDS = ("Administration", "President,", "herewith")


def _in_presidents_voice(body):
    if not any(w in body for w in PRESIDENTS_VOICE_WORDS):
        return False
    return bool(PRESIDENTS_VOICE.search(QUOTED.sub(" ", body)))


def _capitals_signature(body, paras):
    """(name, paragraph) of a name signed in capitals on the last line or above "THE WHITE HOUSE," and a date line
    ("JOSEPH R. BIDEN JR."), else (None, None)."""
    for s, e in paras[::-1][:3]:
        m = CAPITALS_SIGNATURE.match(body[s:e])
        name = _split_name(m.group(1).title())[0] if m else None
        if name:
            return name, (s, e)
    return None, None


def _presidential_issuer(body, paras, formula):
    """(issuer, signature paragraph) of a document the President issues: the name signed in capitals on its last
    line ("JOSEPH R. BIDEN JR.") or given in its proclamation formula ("NOW, THEREFORE, I, DONALD J. TRUMP,
    President of ...", the formula's match or None), else the President by title, resolved to the holder on the
    document's day."""
    name, signature = _capitals_signature(body, paras)
    role = formula.group("role") if formula else "President"
    if name:
        return Person(name, role), signature
    name = _split_name(formula.group("name").title())[0] if formula else None
    return Person(name, role), None


# "Transcript of the Weekly Media Briefing by the Spokesperson on Friday, 16th May 2025": a briefer left unnamed
UNNAMED_BRIEFER = re.compile(r"\bby the (?:Official |Deputy )?(?:%s)\b(?!\s+(?:of|for)\b)(?!\s+[A-Z])"
                             % "|".join(sorted({w.capitalize() for w in SPOKES_WORDS})))


def _briefing_slug(url) -> bool:
    """A page without a headline whose address names an unnamed briefer's transcript (".../transcript-of-the-media-
    briefing-by-the-spokesperson-thursday-22-june-2023/", Pakistan's foreign ministry; brief16)."""
    path = urlparse(url or "").path.strip("/").rsplit("/", 1)[-1]
    head = " ".join(w.capitalize() if w in SPOKES_WORDS else w for w in path.split("-"))
    return bool(UNNAMED_BRIEFER.search(head) and BRIEFING_HEADLINE.search(head))


BRIEFING_HOSTS = {host: body for host, body in mapping("briefing_hosts").items()}


def _host_body(url):
    """The body whose unnamed spokesperson briefs on a page of its own site (lexicon briefing_hosts), else None."""
    host = (urlparse(url or "").hostname or "").removeprefix("www.")
    if host not in BRIEFING_HOSTS:
        return None
    issuer = Person(BRIEFING_HOSTS[host])
    issuer.organization = issuer.name
    return issuer


def _past_opening(body, paras) -> int:
    """The first paragraph after a transcript's opening note and greeting ("[This is a rush transcript. ...]",
    "Thanks for joining us for the Weekly Briefing.")."""
    i = 0
    while i < len(paras) and (re.fullmatch(r"\[[^\]]*\]|[^.!?]*\|", body[paras[i][0]:paras[i][1]].strip())
                              or not _is_statement(body[paras[i][0]:paras[i][1]])):
        i += 1
    return i


def _body_line(body, paras):
    """(the body, the paragraph after it) for a line of its own naming a body ("Pakistan Ministry of Foreign
    Affairs") above the statements of its unnamed spokesperson, else (None, 0)."""
    for i, (s, e) in enumerate(paras):
        ws = body[s:e].split()
        if 2 <= len(ws) <= 8 and any(fold(w) in ORG_WORDS for w in ws) and \
                not any(fold(w) in DOCUMENT_WORDS for w in ws) and \
                all(re.fullmatch(r"[A-Z][\w’'&\-]*", w) or w in {"of", "for", "and", "the", "on"} for w in ws):
            issuer = Person(" ".join(ws))
            issuer.organization = issuer.name
            return issuer, i + 1
    return None, 0


# UN noon briefings: "The following is a near-verbatim transcript of today’s noon briefing by Stéphane Dujarric,
# Spokesman for the Secretary-General." Under headings ("**Egypt**"), the statements the spokesperson reads ("I will
# start off with a statement on Egypt.", "The Secretary-General is pleased to announce ...") are the spokesperson's;
# what the briefing reports of others ("the Secretary-General said that ...") stays with the news extractor.
NOON_BRIEFER = re.compile(r"\btranscript of (?:today[’']s )?(?:noon )?briefing by (?P<name>[A-Z][^,.]{3,60}?), "
                          r"(?P<role>[^,.]{3,80}?)(?:,| and |\.)")
STATEMENT_INTRO = re.compile(r"\bstatement (?:attributable to|by|from|on)\b|\b(?:start off|begin|start) with a statement\b",
                             re.I)
# ... the statement read on in the same paragraph, after its introduction and a colon (globalsecurity.org; wire23)
STATEMENT_INTRO_COLON = re.compile(r"[^:\n]{0,60}\b(?:start off|begin|start) with a statement\b[^:\n]{0,40}:\s+")
READ_STATEMENT = re.compile(r"^The Secretary-General (?:[a-z]+ly )?(?:is(?! (?:in|at|on|now|currently|travelling|"
                            r"traveling|flying|en route|back)\b)|wishes|welcomes|condemns|deplores|"
                            r"strongly|calls|urges|expresses|reiterates|appeals)\b")     # not "is in Santo Domingo"
HEADING = re.compile(r"^\*\*[^*]{1,80}\*\*$")


def _noon_briefing(doc, paras) -> bool:
    """A UN noon briefing without Q/A labels: its read statements as turns of the spokesperson (doc.genre
    'release', so the news extractor keeps what the briefing reports of others); False when it is none."""
    body = doc.body
    if "transcript of" not in body[paras[0][0]:paras[:6][-1][1]]:
        return False     # NOON_BRIEFER's opening words: most texts are no noon briefing
    briefer = next(filter(None, (NOON_BRIEFER.search(body[s:e]) for s, e in paras[:6])), None)
    if briefer is None:
        return False
    name, role = briefer.group("name").strip(), briefer.group("role").strip()
    turns, current, reading = [], None, False
    for s, e in paras:
        text = body[s:e].strip()
        if HEADING.match(text) or not _is_release_paragraph(text):
            reading, current = False, None
            continue
        intro = STATEMENT_INTRO_COLON.match(text)
        if intro and READ_STATEMENT.match(text[intro.end():]):
            # "I will start off with a statement on Mali:  The Secretary-General is outraged by ..." (wire23)
            current = Turn(name, s + intro.end(), e, None, role, None)
            turns.append(current)
            reading = True
            continue
        if len(text.split()) <= 40 and STATEMENT_INTRO.search(text) and not READ_STATEMENT.match(text):
            reading, current = True, None     # "I have the statement attributable to the Spokesperson ... on Iraq."
            continue
        if READ_STATEMENT.match(text) and current is None:
            reading = True
        if not reading or REPORTED.search(text):
            reading, current = False, None
            continue
        if current is None:
            current = Turn(name, s, e, None, role, None)
            turns.append(current)
        else:
            current.end = e
    doc.genre, doc.issuer, doc.turns = "release", f"{role} {name}", turns
    return True


# Singapore MFA's "Minister for Foreign Affairs Dr Vivian Balakrishnan's Written Replies to Parliamentary Questions, 15
# October 2025": under each "QUESTION" line a member's question, under each "REPLY" line the minister's numbered
# paragraphs, each his statement (brief17).
WRITTEN_REPLIES = re.compile(r"^(?P<issuer>[A-Z][^’'\n]{5,120}?)[’']s\s+Written\s+(?:Repl(?:y|ies)|Answers?)\s+to\s+"
                             r"Parliamentary\s+Questions?\b")
REPLY_LINE = re.compile(r"^\s*(?:REPL(?:Y|IES)|ANSWERS?)\s*:?\s*$")
QUESTION_LINE = re.compile(r"^\s*QUESTIONS?\s*:?\s*$")
PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,2}\s+(?=[A-Z])")


def _written_replies(doc, paras) -> bool:
    """A minister's written replies to members' questions: each paragraph under a "REPLY" line is the minister's (doc
    genre 'release'); False when the headline names no such replies or no minister."""
    m = WRITTEN_REPLIES.match(" ".join((doc.headline or "").split()))
    name, role = _split_name(m.group("issuer")) if m else (None, None)
    if not name:
        return False
    body, turns, replying = doc.body, [], False
    for s, e in paras:
        text = body[s:e]
        if REPLY_LINE.match(text) or QUESTION_LINE.match(text):
            replying = bool(REPLY_LINE.match(text))
        elif replying and _is_statement(text):
            number = PARAGRAPH_NUMBER.match(text)
            turns.append(Turn(name, s + (number.end() if number else 0), e, None, role, None))
    if not turns:
        return False
    doc.genre, doc.issuer, doc.turns = "release", f"{role} {name}", turns
    return True


PAGE_SECTIONS = set(words("page_sections"))


# "Read this op-ed in The Washington Post here.", "Read more here about U.S. COVID-19 assistance to ASEAN and here on
# ...", "For more information on today's action, please see the Department of the Treasury's press release.", "For more
# information, please contact INL-PAPD@state.gov.": a pointer of the page to more reading, no statement.
POINTER = re.compile(r"^(?:(?:Read|Watch|See|Listen to|Click)\b[^.!?]{0,80}\bhere\b(?:\s+(?:about|on|for|to)\b[^!?]*)?"
                     r"|(?:For (?:more|further|additional) (?:information|details)|To learn more)\b[^!?]{0,200}?"
                     r"\b(?:see|visit|contact|go to|call|read|refer to|consult)\b[^!?]*)\W*$", re.I)
# "First Lady Melania Trump: Mothers are America’s strength": an op-ed or letter headed by its author's title and name.
BYLINE_HEADLINE = re.compile(r"^(?P<issuer>[A-Z][^:]{3,60}):\s+\S")
FIRST_PERSON = re.compile(r"\b(?:I|my|me)\b")


def _byline_headline(head, body, paras):
    """The person a headline names before a colon ("First Lady Melania Trump: ...") when the text under it is that
    person's own, in the first person, quoting no one and reporting no speech (an op-ed reprinted as a
    release), else None. A news headline "Blair: ..." over a report ("Mr Blair said ...") is none."""
    m = BYLINE_HEADLINE.match(head)
    if m is None:
        return None
    if re.search(r"[’']s\b", m.group("issuer")):
        return None     # "Vice President’s Cover Letter: ...": a document's name
    name, role = _split_name(m.group("issuer"))
    if not name or not role or not set(fold(role).split()) & ROLE_WORDS or not looks_like_person(name):
        return None
    text = " ".join(body[s:e] for s, e in paras if not fold(body[s:e]).startswith(fold(head)))   # the headline again
    if re.search(r"[“”\"]|\?\s", text) or REPORTED.search(text) or len(FIRST_PERSON.findall(text)) < 2 or \
            re.search(rf"\b{re.escape(name.split()[-1])}\b", text):
        return None     # quoting, reporting, or speaking of the person ("First Lady Melania Trump celebrated ...")
    return Person(name, role)


SIGNED_AT = re.compile(r"^[A-Z][A-Z .'’-]{2,40},\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\.?$")


def _page_furniture(text: str) -> bool:
    """A metadata line, a pointer, a short line that ends no sentence, or a signature in capitals closing the page
    ("JOSEPH R. BIDEN JR.", "THE WHITE HOUSE, August 7, 2023.")."""
    t = text.strip()
    return bool(METADATA_LINE.match(t)) or bool(POINTER.match(t)) or bool(SIGNED_AT.match(t)) or \
        (len(t.split()) < 6 and (not re.search(r"[.!?\"”’)]\s*$", t) or t.isupper()))


DATELINE = re.compile(r"^(?:\d{1,2} \w+ \d{4},? [A-Z][\w ]{1,30}|[A-Z][\w ]{1,30}, \d{1,2} \w+ \d{4}),?:?\s+(?=The\b)")
# a place in capitals and a dash before a body's release: "KABUL – Ministry of Foreign Affairs is aware of ..."
DASH_DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2},?\s+[–—-]{1,2}\s+(?=[A-Z])")
STANCE = re.compile(r"\s+(?:%s)\b" % "|".join(sorted(words("stance_adjectives"))))
THIRD_PERSON_LEAD = re.compile(
    rf"^(?:(?:{DATELINE.pattern[1:]})?The |{DASH_DATELINE.pattern[1:]}(?:The )?)(?P<phrase>[A-Z][\w’'-]*(?:,?\s+(?:of|the|H\.\s?E\.?|[A-Z][\w’'.-]*))*?),?"
    r"(?:\s+\((?P<abbr>[A-Z]{2,8})\))?\s+(?:[a-z]+ly\s+)?(?P<verb>is|has|[a-z]+[^s\W]s)\b")


SCARE_QUOTE = re.compile(r"[“\"][^“”\"]{0,40}[”\"]")


def _third_person_body(m, body, paras, i):
    """"The Ministry of Foreign Affairs (MOFA) strongly condemns ..." then "MOFA reiterates ...": a body's release in
    the third person (issuer, first paragraph, the pattern its paragraphs match), or None. Nothing is said by anyone
    else in it ("said", quotations longer than a phrase)."""
    words = m.group("phrase").split()
    head = words[0] if words else ""
    # "KABUL – Ministry of Foreign Affairs is aware of the decision ..." (under a dash dateline only: "The Department
    # of State is pleased to announce ..." of a spokesperson's page is his)
    stance = m.group("verb") == "is" and STANCE.match(m.string, m.end("verb")) and DASH_DATELINE.match(m.string)
    if fold(head) not in ORG_WORDS or not 2 <= len(words) <= 8 or (m.group("verb") not in CUE_FORMS and not stance):
        return None     # "The Bureau of Overseas Buildings Operations is ...": a fact sheet's voice, no statement
    rest = SCARE_QUOTE.sub(" ", body[paras[i][0]:paras[-1][1]])
    if re.search(r"[“”\"]|\bsaid\b", rest):
        return None
    issuer = Person(" ".join(words))
    issuer.organization = issuer.name
    names = [re.escape(f"The {head}")] + ([re.escape(m.group("abbr"))] if m.group("abbr") else [])
    if DASH_DATELINE.match(m.string):
        # "KABUL – Ministry of Foreign Affairs welcomes ...", "Respecting Australia’s decision, the Ministry of Foreign
        # Affairs is grateful ...", "We remain grateful ...": the body under its dateline, by name or as "we"
        names = [DASH_DATELINE.pattern[1:] + rf"(?:The )?{re.escape(head)}", rf"[A-Z][^.,;]{{0,60}},\s+the {re.escape(head)}",
                 r"We"] + names
    own = re.compile(rf"^(?:{'|'.join(names)})\b[^.]{{0,80}}?\b(?:[a-z]+ly\s+|also\s+)?(?:is|has|[a-z]+[^s\W]s|remain|"
                     rf"hope|appreciate|consider|welcome|condemn|call|urge|reiterate)\b")
    return issuer, i, own


def _third_person_issuer(body, paras):
    """A release that reports its official in the third person, in the present: "9 November 2020, Addis Ababa: The
    Chairperson of the African Union Commission Moussa Faki Mahamat is following with concern ..." then "The
    Chairperson reaffirms ...", "He further urges ...": each such paragraph is the official's (issuer, first
    paragraph, the pattern a paragraph of the official's matches), else (None, 0, None)."""
    for i, (s, e) in enumerate(paras[:5]):
        m = THIRD_PERSON_LEAD.match(body[s:e])
        if not m:
            continue
        body_issuer = _third_person_body(m, body, paras, i)
        if body_issuer is not None:
            return body_issuer
        if m.group("abbr"):
            return None, 0, None    # an abbreviated body that reports no speech ("... (OBO) has selected ...")
        words = m.group("phrase").replace(",", " ").split()
        k = len(words)      # the name: the capitalised words at the end that are no title or body words
        while k > 0 and re.fullmatch(NAME_WORD, words[k - 1]) and fold(words[k - 1]) not in ROLE_WORDS | ORG_WORDS:
            k -= 1
        name = " ".join(words[k:])
        title = " ".join(w for w in words[:k] if fold(w) not in HONORIFIC_WORDS and w.rstrip(".") not in ("H.E", "H. E"))
        head = re.split(r"\s+of\s+", title)[0].split()[-1] if title else ""
        if not 2 <= len(words) - k <= 4 or fold(head) not in ROLE_WORDS or \
                re.search(r"[“”\"]|\bsaid\b", body[s:paras[-1][1]]):
            return None, 0, None
        own = re.compile(rf"\b[Tt]he {re.escape(head)}\b|^(?:He|She)\s+(?:[a-z]+ly\s+)?[a-z]+s\b")
        return Person(name, title), i, own
    return None, 0, None


# A speech's address to the chair: "Thank you, Mister Chair.", "Thank you Mr President. Welcome, Minister."
SALUTATION = re.compile(r"(?:Thank you,?\s+)?(?:Mister|Mr\.?|Madam|Madame)\s+(?:Chair(?:man|person|woman)?|President)"
                        r"\b[.,!]?(?:\s+[A-Z][^\n.]{0,40}[.!])?\s*$")
# "Ambassador Holland expresses concern at ...": a titled speaker opening a standfirst in the present tense.
STANDFIRST_SPEAKER = re.compile(r"(?P<who>(?:[A-Z][\w’'.-]*\s+){1,6}?)(?P<verb>[a-z]+s)\b")


def _speaker_before_salutation(body, paras, i, head):
    """The person whose speech a statement release prints: paragraph i addresses the chair, and the paragraph before
    it opens with that person, titled, speaking in the present tense ("Ambassador Holland expresses concern at ...");
    only under a headline that calls the page a statement."""
    if i == 0 or "statement" not in head.lower() or not SALUTATION.match(body[paras[i][0]:paras[i][1]]):
        return None
    m = STANDFIRST_SPEAKER.match(body, paras[i - 1][0], paras[i - 1][1])
    if m is None or m.group("verb") not in CUE_FORMS:
        return None
    words = m.group("who").split()
    k = max((j for j, w in enumerate(words[:-1]) if w.lower().strip(".,") in ROLE_WORDS), default=-1)
    if k < 0 or not 1 <= len(words) - k - 1 <= 3:
        return None
    return Person(" ".join(words[k + 1:]), " ".join(words[:k + 1]))


def _issuer_line(text, doc, before, body, after=""):
    """The issuer a line introduces ("X issued the following statement:", "Statement by Ambassador X, ...",
    "Spokesman X on March 21st stated that:"), or None. A line ending in a full stop ("The UK delivered a
    statement during ...") counts only in a document that calls itself a press release."""
    heading = STATEMENT_HEADLINE.match(text.strip())
    if heading and "\n" not in text.strip() and len(text.split()) <= 40:
        name, role = _split_name(heading.group("issuer"))
        return Person(name, role) if name else None
    colon = _colon_intro(text, after)
    if colon is not None:
        return colon
    # (ISSUER_LINE and FULL_STATEMENT name the statement in lower case: a line without one of its words is neither,
    # found by four substring scans instead of two patterns tried along the line)
    named = any(w in text for w in STATEMENT_WORDS)
    m = (named and (ISSUER_LINE.match(text) or FULL_STATEMENT.match(text) or STATEMENT_OF_IN_FULL.search(text))) or \
        PASSIVE_ISSUER_LINE.match(text)
    if m is None:
        topic = ON_TOPIC_LINE.match(text)
        name, role = _split_name(topic.group("issuer")) if topic else (None, None)
        return Person(name, role) if name and role else None
    if "end" in m.groupdict() and m.group("end") == "." and m.group("which") not in ("the following", "this"):
        context = " ".join([doc.headline or ""] + [body[s:e] for s, e in before])
        if "press release" not in context.lower():
            return None
    if m.re is PASSIVE_ISSUER_LINE and not text.rstrip().endswith(":") and \
            not all(p is not None and p.name and p.organization is None for p in _issuers(m.group("issuer"))):
        return None     # "... was released by the G7 foreign ministers of Canada, ...": no person named, the text
        #                 read as news ("We, the G7 Foreign Ministers ..., call on ...")
    return _issuer(m.group("issuer"))


# "..., Vietnamese Foreign Ministry Spokesman Luong Thanh Nghi on March 21st stated that:" closing a paragraph
COLON_INTRO = re.compile(r"(?:^|[,;]\s+)(?P<subject>[A-Z][^,;:\n]{3,120}?)\s+(?:(?:on|in)\s+[^,:\n]{2,30}?\s+|"
                         r"(?:today|yesterday|also)\s+)?(?P<cue>[a-z]+)(?:\s+that|\s+as follows)?\s*:\s*$")


# A name set off by commas before the verb, in a gov.uk release: "Speaking at a Holiday Activities and Food club in
# Guildford today, Education Secretary, Gillian Keegan, said:", "Baroness Gisela Stuart, the First Civil Service
# Commissioner, said:"
COMMA_COLON_INTRO = re.compile(r"^(?P<lead>[^:\n]{3,240}?),\s+(?P<cue>said|says|added|stated)\s*:\s*$")


def _colon_intro(text, after):
    """A named person introducing the unquoted paragraphs after it ("X stated that:"): that person, marked
    `colon`. A quotation after the colon is the news extractor's (extract/direct.py)."""
    text = text.strip()
    m = COLON_INTRO.search(text) if text.endswith(":") else None   # the pattern ends at a colon: most paragraphs don't
    if m is None and text.endswith(":") and after.strip() and after.lstrip()[:1] not in "“\"'‘":
        c = COMMA_COLON_INTRO.match(text)
        pieces = [p.strip() for p in c.group("lead").split(",") if p.strip()] if c else []
        for k in range(len(pieces) - 1, max(len(pieces) - 3, -1), -1):
            name, role = _split_name(pieces[k])
            if name and not is_place(name):
                role = role or (pieces[k - 1] if k and len(pieces[k - 1].split()) <= 6 and
                                pieces[k - 1][:1].isupper() and not OPENING_ADVERBIAL.match(pieces[k - 1]) else None)
                role = role or (pieces[k + 1] if k + 1 < len(pieces) else None)
                person = Person(name, re.sub(r"^(?:the|The)\s+", "", role) if role else None)
                person.colon = True
                return person
        return None
    if m is None or m.group("cue") not in CUE_PAST_PRESENT or not after.strip() or after.lstrip()[:1] in "“\"'‘":
        return None
    words = m.group("subject").split()
    for k in range(len(words) - 1):
        name, role = _split_name(" ".join(words[k:]))
        if name:
            person = Person(name, " ".join(filter(None, words[:k] + [role or ""])) or None)
            person.colon = True
            return person
    return None


HONOURABLE = words("issuer_honorifics")
LISTED = re.compile(r",\s+(?:and\s+)?")
FOLLOWING_ISSUED = re.compile(r"\b(?:issued|released|made) the following (?:joint )?statement\b")
# The end of a release a page reprints among others: a media note's "End Text", the next item's "Press Releases: ..."
def _closes_run_opened(body: str, first: int, text: str) -> bool:
    """Does this paragraph close the quotation the release's first paragraph opened and left open? "Statement by
    President Barroso on Ukraine" is one quotation over three paragraphs; after its closing mark ('... as proposed by
    the High Representative / Vice President." Watch the statement on EBS .') the page's next item begins
    (europa.eu; wire19)."""
    opener = body[first - 1:first]
    if opener == '"':
        first_para = body[first:body.find("\n", first) if "\n" in body[first:] else len(body)]
        return first_para.count('"') % 2 == 0 and text.count('"') % 2 == 1
    if opener == "“":
        first_para = body[first:body.find("\n", first) if "\n" in body[first:] else len(body)]
        return "”" not in first_para and "”" in text and "“" not in text[1:]
    return False


RELEASE_END = re.compile(r"^\s*(?:End Text\b|Press Releases?:\s)")


def _issuers(phrase):
    """The people an issuer line names together ("The Honourable Chrystia Freeland, Minister of Foreign Affairs, and
    the Honourable Harjit S. Sajjan, Minister of National Defence"): [Person, Person], else [_issuer(phrase)]."""
    parts = re.split(r",?\s+and\s+(?=the\s+Hon|Hon)", phrase)
    if len(parts) == 2:
        found = [_issuer(part) for part in parts]
        if all(p is not None and p.name and p.organization is None for p in found):
            return found
    # "UK Foreign Secretary Boris Johnson, French Foreign Minister Jean-Yves Le Drian, ..., and U.S. Acting Secretary
    # John Sullivan": titled people listed (each part a title and a name)
    titled = [parse_np(tokens(part)) for part in LISTED.split(phrase)]
    if len(titled) > 2 and all(isinstance(m, Mention) and m.kind == "name" and m.entity_kind == "person" and m.role
                               for m in titled):
        return [Person(m.name, m.role) for m in titled]
    return [_issuer(phrase)]


def _issuer(phrase):
    """'Foreign Affairs Minister John Baird' -> the person; "The European Commission's chief spokesman, Eric Mamer"
    -> Eric Mamer with that role; 'A Foreign, Commonwealth & Development Office spokesperson', 'The UK' -> the
    body (a spokesperson of a body speaks for it)."""
    spokes = _spokesperson_body(phrase)
    if spokes is not None:
        return spokes
    # "the Spokesman for UN Secretary-General António Guterres": a spokesperson speaks for the one named
    pieces = [p.strip() for p in phrase.split(",") if p.strip()]
    if len(pieces) > 1 and OPENING_ADVERBIAL.match(pieces[0]):
        pieces = pieces[1:]     # "On the evening of January 12, the Deputy Spokesperson of the Chinese Embassy ..."
    phrase = ", ".join(pieces)
    phrase = re.sub(r"^(?:the |a |an )?(?:(?:deputy|chief|principal|official) )?(?:%s)\s+(?:for|of|to)\s+"
                    % "|".join(sorted(SPOKES_WORDS)), "", phrase.strip(), flags=re.I)
    pieces = [p.strip() for p in phrase.split(",") if p.strip()]
    for k in range(len(pieces) - 1, -1, -1):
        name, role = _split_name(pieces[k])
        if name:
            if k + 1 < len(pieces) and (not role or set(fold(role).split()) <= HONOURABLE):
                role = pieces[k + 1]     # "The Honourable Chrystia Freeland, Minister of Foreign Affairs"
            return Person(name, ", ".join(filter(None, pieces[:k] + [role])) or None)
    words = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.I).split()
    while words and fold(words[-1]) in SPOKES_WORDS:
        words = words[:-1]
    if not words or not all(w[:1].isupper() or w in {"of", "for", "and", "the", "&", "on", "in"} for w in words):
        return None
    body = Person(" ".join(words))
    body.organization = body.name
    return body


def _people_from_author(doc):
    people = []
    author = re.sub(r"([a-z])(Bureau|Office|Department)\b", r"\1, \2", doc.author or "")
    current = None
    for p in [p.strip() for p in author.split(",") if p.strip()]:
        name, role = _split_name(p)
        if name and not role and len(p.split()) <= 5:
            current = Person(name)
            people.append(current)
        elif current is not None:
            current.role = f"{current.role}, {p}" if current.role else p
        else:
            return []   # "Office of the Spokesperson": a body, not a person
    return people


# the UN press release's closing note ("For information media • not an official record"): no statement
UN_MEDIA_NOTE = re.compile(r"^For information media\b.{0,10}\bnot an official record\W*$", re.I)


def _unstopped_sentence(text: str) -> bool:
    """A sentence the page printed without its full stop, under a line introducing it: "... the Department for
    Business and Trade has released the following statement:" over "The Department is aware of the Supreme Court
    decision in Paccar and is looking at all available options to bring clarity to all interested parties"."""
    ws = text.split()
    return len(ws) >= 10 and "\n" not in text.strip() and sum(w[:1].islower() for w in ws) * 2 >= len(ws)


STOPPED_SENTENCE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


BARE_STATEMENT_HEAD = re.compile(r"(?i:(?:press\s+)?(?:statement|release))$")


def _role_and_name_signature(body: str, paras):
    """A page headed "Press Statement" signed on its last two lines with an office and a name ("Foreign Ministry
    Official Spokesman" over "Dr. Ahmed Al-Sahaf"; mofa.gov.iq, wire19): (the signer, the office line), or None."""
    if len(paras) < 3:
        return None
    (s1, e1), (s2, e2) = paras[-2:]
    role_line, name_line = body[s1:e1].strip(), body[s2:e2].strip()
    if len(role_line.split()) > 8 or len(name_line.split()) > 5 or re.search(r"[.,;:!?]\s*$", role_line) or \
            not set(fold(role_line).split()) & (set(SPOKES_WORDS) | ROLE_WORDS):
        return None
    name, role = _split_name(f"{role_line} {name_line}")
    return (Person(name, role), (s1, e1)) if name and role else None


def _is_release_paragraph(text: str, strict=True) -> bool:
    t = text.strip()
    if UN_MEDIA_NOTE.match(t):
        return False
    if re.fullmatch(r"[#*\-–—=_\s]+|-?\d+-?|###", t):
        return False
    if TIME_STAMP.match(t):
        return False
    if strict:
        # (or sentences whose last stop the copy lost: "... The ministers also discussed ways to cooperate on energy
        # diversification and regional security" under "The following is attributable to Spokesperson Ned Price:";
        # thefederalnewswire.com, wire19)
        return len(t.split()) >= 6 and bool(re.search(r"[.!?:\"”’)\]]\s*$", t)) or \
            len(t.split()) >= 20 and len(STOPPED_SENTENCE.findall(t)) >= 2
    return len(t.split()) >= 3


def _name_keys(issuer: str):
    words = [w for w in fold(issuer).split() if w not in ROLE_WORDS]
    return set(words[-1:])


def _is_issuer(mention, keys) -> bool:
    if mention is None:
        return False
    if mention.kind == "pronoun" and (mention.text or "").lower() in ("i", "we"):
        return True
    name = fold(mention.name or mention.text or "").split()
    return bool(name) and name[-1] in keys
