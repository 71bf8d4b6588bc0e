"""Where the words said begin and end: content after a cue, cuts at a new frame, adjunct-only tails."""
import re

from ..firstchars import led
from ..gazetteer import places
from ..lexicon import alternatives, ordered, words
from ..normalize import fold
from .layout import Text
from .lexicon import (ADDRESSEE_VERBS, CUE_FORMS, QUOTE_FRAME_PARTICIPLES, CUE_PAST_PRESENT, MONTH_NAMES, OBJECT_IN_CONTENT, ONE_SPOKESPERSON,
                      SAID_IN_PLACE, VERBS_WITH_OF, WEEKDAY_NAMES)

# (not "this" as the subject of the words: "She said this would counter ..." (politics/025))
ADJUNCT = re.compile(r"^\s*(?:(?:here|on|in|at|of|about|last|this(?!\s+(?:%s)\b)|earlier|" % "|".join(words("auxiliaries")) +
                     r"later|late|early|during|after|before|amid|yesterday|today|"
                     # (the reporter's setting of the words, no words: "It is the responsibility of ministers to ensure
                     # existing security protocols are followed, Downing Street has said amid claims Robert Jenrick left
                     # his ministerial briefcase unattended on a train."; The Independent, set BV 005)
                     r"(?:(?:a|the|one|two|three|a\s+few)\s+)?(?:day|days|hours?|weeks?|months?)\s+(?:after|before)|"
                     # (not "as of" a day and a comma, the words after it: "The province said as of Sunday, 33 states
                     # of local emergency have been declared ..."; CTV News Winnipeg, set AR)
                     r"tonight|recently|previously|also|again|on\s+\w+|from|via|through|when|while|as(?!\s+of\s+[^,]{1,40},\s*\S)|"
                     # '“It’s hard,” Jay Beagle admitted following the morning skate.' (The Province; quotes11)
                     # ... or a sitting of the legislature: '," Pallister said following question period
                     # yesterday.' (The Canadian Press; quotes18)
                     r"following\s+(?=the\b|a\b|an\b|his\b|her\b|their\b|question\s+period\b|caucus\b|" +
                     WEEKDAY_NAMES + r")|"
                     # '," Price finally said without answering the question.' (Daily Caller; issue 8, seed10)
                     r"without\s+(?=\w+ing\b)|"
                     # where or when it was said, a place adverb: '," Gibson said backstage at the event.'
                     # (bbc-news/entertainment/097), '," he said afterwards.', '," she said outside the court.'
                     r"backstage|offstage|afterwards?|outside\s+(?=the\b|a\b|an\b|his\b|her\b|their\b|(?-i:[A-Z]))|"
                     # '“It was like a petting zoo, to be honest with you,” Reaves said with a laugh.' (quotes12)
                     r"with\s+(?:a|an)\s+(?:\w+\s+)?(?:laugh|smile|grin|chuckle|shrug|sigh|wink|nod)|"
                     r"to\s+(?=the\b|a\b|an\b|his\b|her\b|their\b|reporters\b|journalists\b|MPs\b|(?-i:[A-Z]))|"
                     r"in\s+a\s+\w+|at\s+a\s+\w+|"
                     # what the words were about: '," Clark said regarding the high numbers of COVID-19 cases in the
                     # city.' (CTV; quotes14)
                     r"regarding|concerning|"
                     # a manner adverb alone: '“Yes,” Wall said concisely.' (CJME; quotes14)
                     r"[a-z]{3,}ly(?=\s*[.!?]?\s*$)|"
                     # ... or before the language spoken: '," Tarriela said partly in Filipino.' (Inquirer; seed17)
                     r"[a-z]{3,}ly\s+in\s+(?-i:[A-Z])[a-z]+(?=\s*[.!?]?\s*$))\b(?:(?!\bthat\b)[^\"“”]){0,90}?)?$", re.I)


PARTICIPLE = set(words("participle_frames"))
# (and "suggesting": after a frame it is the speaker's next point or, as often, the reporter's gloss on what the words
# imply: "Trump welcomed the news that Kasich would quit, saying the Ohio Republican was "doing the right thing,"
# suggesting he might consider Kasich as vice presidential contender, CNN reported." (zyte); either way no part of
# the words before it: "Prof Etzioni criticises the US for overlooking those reports, suggesting it was done in return
# for Pakistani help ..." (politics/052; set Z). It frames no statement of its own: participle_frames lacks it.)
_PARTICIPLES = "|".join(sorted(PARTICIPLE | {"referring", "citing", "suggesting"}, key=len, reverse=True))
# (not two gerunds sharing a preposition's object: "instead of reflecting on and acknowledging what it has done wrong"
# (ECNS; vncn18))
_NOT_AFTER_PREPOSITION = "".join(r"(?<!\b%s)" % p for p in ("on", "of", "in", "about", "for", "to", "with", "at"))
# (also after the closing mark of words quoted in the content: '... "unprovoked acts of coercion and dangerous
# maneuvers," saying it ...', and coordinated: '... saying he rejected the country's aggressive rhetoric towards New
# Zealand and saying the country's people would be better served ...')
# (also "instead": '... said it didn’t intend to lock out employees, instead saying the notice would ...', set M)
# ... (not the subject's own predicate going on after the dash: "the union says they’ll still operate – but instead
# won’t be requesting bus fares" (bt24news.com; set Q 001): "but", an adverb, then a modal or auxiliary, no refusal)
DASH_BUT_PREDICATE = (r"(?!\s+(?:instead\s+|also\s+|still\s+|then\s+|now\s+|[a-z]+ly\s+)?(?:will|would|could|can|should|"
                      r"must|might|may|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|shouldn['’]t)\b"
                      r"(?!\s+(?:not\s+)?(?:say|comment|confirm|elaborate|specify|disclose|reveal|discuss|give|name)\b))")
# Another speaker's frame after ", and", named by a title in lower case after its capitals: "Mr Howlin also said ...
# to solve border problems, and the Labour leader said it was “as if ...”" (The Irish Times; set BD 002): the words end
# before it, as before "and Labour says" (CONTENT_CUT's and_frame), which the "and"-verb branch there would read first.
AND_TITLED_FRAME = re.compile(r",?\s+and\s+the\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:%s)\s+"
                              r"(?:say|says|said|claims|claimed|insists|insisted|argues|argued)\s" % alternatives("name_heads"))
# An adverb of manner between the comma and a participle of saying: '," she said, jokingly adding that Mr Tame has "so
# much cynicism for one so young".' (TVNZ; set BD 010): the participle frames words of its own, as without the adverb.
MANNER_ADVERB = r"[a-z]{3,}ly"
# A span of days before or after another's act: "a day after", "two weeks before" (CONTENT_CUT's reporter's timeline).
TIME_SPAN_AFTER = r"(?:a|one|two|three|four|five|six|several|\d{1,2})\s+(?:days?|weeks?)\s+(?:after|before)\s"
CONTENT_CUT = led(r"(?:,[”\"]?|\s+[-–—])\s+(?:(?:while|instead|before|after|later|then|%s)\s+(?:also\s+)?)?(?:%s)\b|%s\s+and\s+(?:also\s+)?(?:%s)\b"
                         % (MANNER_ADVERB, _PARTICIPLES, _NOT_AFTER_PREPOSITION, _PARTICIPLES) +
                         # ... ", but" before one whose "that" clause follows: '..., but highlighting that there are
                         # issues ...' (Prince George Citizen; set AU 007); not ', but warning signs remained'
                         r"|,\s+but\s+(?:also\s+)?(?:%s)(?=\s+that\s)" % _PARTICIPLES +
                         # ... and the saying timed against another's act by a measured gap: "Kremlin spokesman Dmitry
                         # Peskov said negotiations with Kyiv were still possible one day after Foreign Minister Sergei
                         # Lavrov said such talks “make no sense”" (The Moscow Times; set AJ 001); not a bare "after"
                         # ("said the talks collapsed after Russia walked out", "were not drawn up till weeks after
                         # Yukos made its bankruptcy application": the words' own) -- a gap with its measure, then a
                         # speech verb
                         r"|\s+(?:shortly|moments|(?:(?:just|only)\s+)?"
                         r"(?:a|one|two|three|several|a\s+few)\s+(?:day|days|hour|hours|week|weeks|minute|minutes))"
                         r"\s+(?:after|before)\s+(?=(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,6}"
                         r"(?:said|says|told|warned|stated|announced|declared|claimed|insisted|urged|called|tweeted|wrote)\b)"
                         # ... "after"/"before" with no comma when the participle's "that" clause follows: '... "early
                         # next week" after revealing that they had narrowed the list ...' (Manila Bulletin; set AN 007)
                         r"|\s+(?:after|before)\s+(?:%s)(?=\s+that\s)" % _PARTICIPLES +
                         # ... or right after a closing quotation mark, its "that" clause next: '... ‘extremely
                         # worrying” noting that it should be resolved with dialogue ...' (economywatch.gr; set AT 005)
                         r"|(?<=[”\"])\s+(?:%s)(?=\s+that\s)" % _PARTICIPLES +
                         # ... and a participle of emphasis with its "that" clause ('..., highlighting that ...', '...,
                         # but highlighting that there are issues ...': sets AT 011, AU 007)
                         r"|,\s+(?:but\s+)?(?:also\s+)?(?:%s)(?=\s+that\s)" % "|".join(sorted(words("that_clause_participles"))) +
                         # ... also without a comma when the participle opens quoted words of the speaker's own: 'He
                         # insisted there was no plan for an invasion of the country saying: "Sometimes people say
                         # ..."' (politics/314; set Z): the quoted words are a direct statement of their own (not
                         # "adding:", whose quotation the direct pass does not frame: 'had a "scorching" from MPs
                         # adding: "It was a ..."', politics/257, would lose the quotation)
                         r"|\s+(?:saying|stating|declaring):(?=\s*[\"“])" +
                         # ... and a participle that frames only quotations, its colon before one: '... apologised for
                         # not being in London, joking: "Unfortunately I'm stuck ..."' (bbc-news/entertainment/357)
                         r"|,\s+(?:%s)(?=\s*:\s*[\"“])" % "|".join(sorted(QUOTE_FRAME_PARTICIPLES, key=len, reverse=True)) +
                         # (after a dash too: '... ahead of the vote - warning that the Tory strategy was ...'), and
                         # the reporter's aside after a dash: '... to merge 35 agencies into nine - described by one
                         # civil service union as a "bonfire of the quangos"'
                         r"|\s+[-–—]\s+(?:described|dubbed|branded|labelled|labeled|hailed|called)\s+by\b" +
                         r"|\s+[-–—]\s+but\b" + DASH_BUT_PREDICATE + r"|;\s+but\b"
                         # a relative clause framing its own judgement of what the words named: '... groups like
                         # Migration Watch, which she described as an anti-immigration body ...' (politics/025;
                         # indirect.relative_described_frames)
                         r"|,\s+(?:which|who|whom)\s+(?:he|she|they)\s+(?:(?:has|had|have)\s+)?(?:%s)\s+as\b"
                         r"(?=[^,;]*$)"     # (to the words' end: not "praised the Treasury, which he described as
                         % "|".join(words("relative_judgement_verbs")) +     # the best, for its work")
                         # the reporter's background after the words: "... was ‘consistent and clear’, following a row
                         # over singer Wang Fan performing ...", "..., after it emerged that ..."
                         r"|,\s+(?:following\s+(?:a|an|the|his|her|their|its)|after\s+it\s+emerged)\b"
                         # ... and the reporter's gloss on what the words aim at: "Tanaka said Thursday that Tokyo
                         # should avoid actions that could lead to a deterioration in ties between Taiwan and China, an
                         # apparent refernce to Tokyo's approval of a visit ..." (The Japan Times, set AZ 007), "...,
                         # a swipe at the recent disturbances" (an apparent anything, or a gloss noun, to or at)
                         r"|,\s+an?\s+(?:(?:%s)\s+[a-z]+|%s)\s+(?:to|at)\b" % (alternatives("gloss_adjectives"),
                                                                       alternatives("gloss_nouns")) +
                         # ... and its appositive on the whole clause, a relative clause after it: "... it had
                         # successfully launched a ballistic missile from a submarine, a development which could render
                         # the country capable of ..." (The Independent; set BJ 001), and its participle of what the
                         # words did: '... accused Japan of "sowing discord" on Thursday, hitting back forcefully in
                         # response to ...' (Nikkei Asia; set BJ 002)
                         # (not one whose relative tells a planned effect, the speaker's own claim: "... freeze all
                         # management salaries, a move that will save 30 mln dlrs a year", reuters21578)
                         r"|,\s+an?\s+(?:[a-z]+\s+)?(?:%s)\s+(?:which|that)\b" % alternatives("summary_appositive_nouns") +
                         r"(?!\s+(?:will|would|should|shall|is\s+expected|is\s+designed|is\s+intended|aims)\b)" +
                         r"|,\s+(?:%s)\b" % alternatives("gloss_participles") +
                         # ... and the reporter's timeline closing the words, a span of days from another's act:
                         # "South Korea's foreign ministry on Thursday warned that a potential arms deal between
                         # Pyongyang and Moscow would violate U.N. Security Council resolutions, a day after North
                         # Korean leader Kim Jong-un and Russian President Vladimir Putin held a summit." (Yonhap; set
                         # BH 001): when they were said, not what (spans.BACKGROUND_TAIL after a frame)
                         r"|,\s+%s(?=[^\"“”;:]*$)" % TIME_SPAN_AFTER +
                         # ... and the reporter's pressure or concern the words came amid, comma or none: "Downing
                         # Street insisted there was “not a party” last winter amid mounting pressure over claims they
                         # flouted covid rules." (HuffPost UK; set AY 002)
                         r"|,?\s+amid\s+(?:mounting|growing|increasing|renewed|fresh|intense|widespread)\s+(?:pressure|"
                         r"criticisms?|questions|calls|concerns?|scrutiny|speculation|anger|backlash|tensions?)\b"
                         # (after a comma with no such adjective too: "He said foreigners without valid travel documents
                         # cannot be permitted entry into Malaysia, amid criticisms over the country's refusal to rescue
                         # the thousands of Rohingya refugees stranded at sea, reported the Malay Mail."; AsiaOne, set BC
                         # 007)
                         # (or right after the words' closing mark: 'Nova Scotia Liberal leader Zach Churchill slammed
                         # the rumoured early election call as “political opportunism” amid speculation that Premier Tim
                         # Houston will call a snap vote soon.'; CTV Atlantic, set BG 005)
                         r"|(?:,|(?<=[”\"]))\s+amid\s+(?:pressure|criticisms?|calls|concerns|scrutiny|speculation|anger|"
                         r"backlash)\s+(?:over|about|from|for|that|to)\b"
                         # ... and the reports the words stood against, after the words' closing mark: 'He insisted that
                         # he would “not comment on speculation”, despite stories in the Times, The Daily Telegraph and
                         # The Sun quoting Downing Street sources claiming ...' (Evening Standard; set BV 008)
                         # (or the speculation: '... a "challenging agenda", despite a weekend of fraught speculation
                         # about a potential coup.'; The Independent, set AS 008)
                         r"|(?<=[”\"]),\s+despite\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){0,3}?(?:stories|reports|claims|"
                         r"allegations|suggestions|speculation)\b"
                         # ... and the writer turning to another occasion, "but when asked": "Churchill said Houston has
                         # made public comments that he intends to call a provincial election this Saturday but when
                         # asked by reporters, Houston has denied ..." (CTV Atlantic, set BG 005)
                         r"|,?\s+but\s+when\s+(?:asked|pressed|questioned)\b"
                         # ... and the frame's own adjunct after the words' closing mark: 'Gen Prayut said briefly that
                         # “It’s the matter of Hong Kong,” before leaving reporters to his office.' (TNA; set AB's
                         # queries)
                         r"|(?<=[,.!?][”\"])\s+(?:before|after|while|upon)\s+[a-z]+ing\b"
                         # ... also without a comma when it is another's claim with its own "that": "Canada Post has
                         # confirmed that it is laying off striking postal workers following a union complaint that
                         # workers were getting layoff phone calls ..." (blackcanadianmedia.ca; set M)
                         r"|\s+following\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:complaint|report|allegation|claim|accusation|"
                         r"grievance|lawsuit|petition)s?\s+that\b"
                         # ... and another's saying it answered: "China said it would not tolerate provocation after
                         # Japan's top government spokesman said on Tuesday Japan might ..."
                         # (not a relative clause's or a passive's: "after being interrogated by a British man who
                         # said he was from MI6", "three months after his departure was announced")
                         # (an official's or a body's saying: not "demanded the meeting after Craxi said ...")
                         r"|\s+after\s+(?=(?:[\w'’.-]+\s+){0,6}?(?:" + ONE_SPOKESPERSON + r"|ministry|department|"
                         r"minister|secretary|government|office)\s)"
                         r"(?:(?!(?:who|which|that|being|was|were|been|is|are|and|but)\b)[\w'’.-]+\s+){1,7}?"
                         r"(?:said|says|warned|suggested)\b"
                         # ... and another's answer after "but": "They claim a nearby drainage pond is not working
                         # properly, but a spokesman for Barrett Homes said the drainage scheme had already been
                         # approved"
                         r"|,\s+but\s+(?=(?:a|an|the)\s+(?:(?!(?:who|which|that|being|was|were|been|is|are|and|but)\b)"
                         r"[\w'’.-]+\s+){1,7}?(?:said|says|told|insisted|responded|countered)\b)"
                         # ... and another speaker's words after "while": "No.10 condemned the “shocking and
                         # unacceptable” arrest on Monday, while Foreign Secretary James Cleverly described the incident
                         # as “deeply disturbing”" (i news; issue 8, seed10)
                         r"|,\s+while\s+(?=(?:[A-Z][\w'’.-]*\s+){2,6}(?:said|says|described|called|told|warned|added)\b)"
                         # ... also titled in lower case or an unnamed member of a named body: 'Norman Baker said he did
                         # not like George Osborne “very much”, while deputy leader of the Commons David Heath said
                         # ...' (politics.co.uk), '..., while an SNP MP accused the Westminster Government of ...' (The
                         # Independent; bbc23)
                         r"|(?:,|(?<=[”\"]))\s+while\s+(?=(?:(?:the|an?|[a-z]+|[A-Z][\w'’.-]*)\s+){0,6}[A-Z][\w'’.-]*\s+"
                         r"(?:said|says|told|warned|added|accused|claimed|insisted|"
                         # ... or judged: "The Lib Dems said the plan could let extreme groups run policing, while
                         # Labour criticised "extravagant" Tory promises on policing." (bbc-news/politics/347; set Z
                         # round)
                         r"criticised|criticized|condemned|attacked|dismissed|rejected|welcomed|branded)\b)"
                         # ... and another named speaker's frame after "and", two sayings in one sentence: "The Tories
                         # say the Lib Dems would make people pay more tax and Labour says the party's sums do not add
                         # up." (bbc-news/politics/398; set AV): Labour's words are no part of the Tories' (not two
                         # names of one subject, "Britain and France said": `_content_cut` checks the word before)
                         r"|(?P<and_frame>\s+and\s+)(?=(?:the\s+)?(?!I\s)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+"
                         r"(?:say|says|said|claims|claimed|insists|insisted|argues|argued)\s)"
                         # ... and where the words were printed: '... there was "no truth whatsoever" in the
                         # assertion, which was carried by Indian news outlets Hindustan Times and NDTV.' (not ", before
                         # making any decisions ...": the speaker's words)
                         r"|,\s+which\s+(?:was|were|had\s+been)\s+(?:carried|published|reported|broadcast|aired)\b"
                         r"(?=[^,;]*$)"     # (to the sentence's end: not "the ratio, which was reported earlier
                                            # than expected, reflected ...")
                         # the reporter's apposition after a dash: '... told them he had not left the UKIP group - a
                         # move he announced shortly after the meeting'
                         r"|\s+[-–—]\s+(?:a|an)\s+[a-z]+\s+(?:he|she|they|it)\s+[a-z]+ed\b"
                         # the occasion told by a participle after the content: '..., asserting that ..., speaking
                         # during a daily press briefing in Beijing on Wednesday.'
                         r"|,\s+(?:%s)\s+(?:at|during|to|on|in|after|before|from|with)\b"
                         % "|".join(sorted(words("manner_participles"), key=len, reverse=True)) +
                         # the reporter's aside on the speaker after a dash: '... would continue doing it - although he
                         # would not commit to any job ...', '... - though he acknowledged ...'
                         r"|\s+[-–—]\s+(?:although|though)\s+(?:he|she)\b"
                         # ... and the reporter's concession right after the speaker's quoted words close: '... said on
                         # Feb. 8 it was cutting 4,800 jobs “at all levels of the company,” although some of the job
                         # losses were to come from vacancies ...' (set M)
                         r"|(?<=[,.][”\"])\s+(?:although|though)\s+(?=[a-z])"
                         # the question that drew the answer: 'saying he had “nothing further to add” when asked
                         # about Trump’s cryptic warning ...' (after a quoted part or a comma)
                         r"|(?:,|(?<=[”\"]))\s+when\s+(?:asked|questioned|pressed)\b"
                         # the reporter's guess at what was meant: '..., apparently pointing to a Japanese report on
                         # ...'
                         r"|,\s+(?:apparently|presumably|seemingly)\s+[a-z]+ing\b"
                         # ... also without a comma when what was asked follows: 'said yesterday that he would check
                         # the situation when asked about it during a parliamentary inspection ...'
                         r"|\s+when\s+(?:asked|questioned|pressed)\s+(?:about|whether|if|on|by)\b"
                         # ... and the question the speaker was answering then: 'said earlier this month that Vietnam’s
                         # army get ready to defend the sovereignty when responding to a question on the dispatch of
                         # ...' (Hanoi Times; set AQ 007), "... while answering reporters’ queries regarding ..." (a
                         # question or a query named within three words: not "overreaction while responding to the
                         # outbreak", the words' own)
                         r"|\s+(?:when|while)\s+(?:responding|replying|answering)\s+(?:to\s+)?(?:[\w'’-]+\s+){0,3}?"
                         r"(?:questions?|quer(?:y|ies)|inquir(?:y|ies)|enquir(?:y|ies))\b"
                         # ... or when the matter was raised with the speaker: '... did not agree with the contents
                         # when the problem was pointed out at the National Assembly's Foreign Affairs Committee'
                         r"|\s+when\s+(?:the|this|that)\s+(?:problem|issue|question|matter|point|criticism)\s+"
                         r"(?:was|were)\s+(?:pointed\s+out|raised|put)\b"
                         # the reporter's reading of whom the words aimed at: '... and misrepresent them in an apparent
                         # reference to a statement issued by the United States Embassy ...'
                         r"|,?\s+in\s+(?:an?\s+)?(?:apparent|veiled|thinly[\s-]veiled|oblique|implicit|indirect|"
                         r"clear|obvious)\s+(?:reference|allusion|dig|swipe|jab)\s+(?:to|at)\b"
                         # a statement of its own made after the first: "said it did not have such a fact, but made
                         # an official statement that it could not confirm it"
                         r"|,?\s+(?:and|but)\s+(?:also\s+|later\s+)?(?:made|issued)\s+(?:a|an)\s+(?:[a-z]+\s+)?statement\b"
                         # a new frame after "but": "... in UK interests but the Tories say he is surrendering ..."
                         r"|,?\s+(?:but|while|whereas|although|though)\s+(?=(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|say|"
                         r"added|argued?|argues|claim(?:s|ed)?|insist(?:s|ed)?|warn(?:s|ed)?|"
                         # ... or answers it: 'Hewitt said he had had a "gutful" of trying to persuade them to make
                         # the surface faster but Tennis Australia's Geoff Pollard rejected his comments'
                         # (bbc-news/sport/487)
                         r"rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes|countered|counters|"
                         # ... or thinks otherwise: "..., but Mike Goodridge thought Rock's humour could ..."
                         r"thought|thinks|believed?|believes|felt|feels|doubted|doubts)\b)"
                         # ... or "however" and a body's own frame: "The city previously said the legal action could
                         # interrupt transit service, however the union says they’ll still operate" (bt24news.com; set Q)
                         r"|,\s+however\s+(?=the\s+(?:[a-z]+\s+){0,2}[a-z]+\s+(?:says|said|insists|insisted|argues|argued|"
                         r"claims|claimed|counters|countered)\b)"
                         # ... or a person named in apposition after a description: "US Customs claimed Mr Griffiths
                         # was one of DOD's leaders but his lawyer, Antony Townsden, told the BBC News website it was a
                         # laughable suggestion" (bbc-news/tech/354)
                         r"|,?\s+but\s+(?=(?:his|her|their|its|the)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*,\s+"
                         r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+(?:said|says|told|tells|added|argued|insisted|"
                         r"claimed|warned)\b)"
                         # ... or after "and", a body's own frame: "... behaving like squabbling schoolboys and the
                         # Liberal Democrats claim personal ambition is obstructing good government"
                         r"|\s+and\s+(?=the\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:say|says|said|claim|claims|claimed|argue|"
                         r"argues|argued|insist|insists|insisted|warn|warns|warned)\b)"
                         # ... or a pronoun or a vague group: "... to limit increases but they have warned that ...",
                         # "... a very difficult issue but some MPs argue ...", "... "very high indeed" and he asked"
                         # (or a country's officials: "Yukos has always insisted the auction was state-sponsored theft
                         # but Russian authorities argued ...", bbc-news/business/314; bbc17)
                         # (also after ", although": "Mr Farage then announced Mr Jenrick was defecting to Reform,
                         # although he said he did not know ..."; Sky News copy, bbc23; not "even though he had
                         # acknowledged" inside a dash's aside)
                         r"|,\s+(?:although|though)\s+(?=(?:he|she|they)\s+(?:have\s+|has\s+|had\s+|also\s+)?"
                         r"(?:said|says|added|argued|claimed|claims|insisted|acknowledged|conceded|admitted|warned)\b)"
                         # (also "however": "Stefanson said the ring dikes preventing flooding in communities, however
                         # she said there is a lot of water ..."; CTV News Winnipeg, set AR)
                         r"|,?\s+(?:but|while|whereas|and|however,?)\s+(?=(?:he|she|they|some\s+[A-Za-z]+|many\s+[A-Za-z]+|others|"
                         r"(?:the\s+)?[A-Z][a-z]+\s+(?:authorities|officials|ministers))\s+"
                         r"(?:have\s+|has\s+|had\s+|also\s+)?(?:said|says|say|added|argued?|argues|asked|"
                         r"claim(?:s|ed)?|insist(?:s|ed)?|warn(?:s|ed)?|"
                         # ... or another reporting verb of the speaker: "Mr Martin revealed some MPs had been using
                         # their Blackberries during debates and he also cautioned members against ..." (bbc14)
                         r"cautioned|stressed|urged|accused|admitted|denied|revealed|suggested|predicted|pledged|"
                         r"promised|conceded|acknowledged|criticised|criticized|told|"
                         # ... or made it clear: "Todd Somerville ... says the status of the moderate livelihood
                         # fishery is still subject to talks with Ottawa, but he made it clear that officers consider
                         # the fishery an unlicensed and illegal enterprise" (CP via Global News; set T)
                         r"(?:made|makes)\s+(?:it\s+)?clear)\b)"
                         # a refusal to say more: "... during its national holiday Sunday, but wouldn’t confirm
                         # reports that ..." (not "but would fall next year", still the content)
                         r"|,?\s+but\s+(?:would|could|did|does|will)(?:\s+not|n['’]t)\s+(?:confirm|say|comment|"
                         r"elaborate|specify|disclose|reveal|discuss|give|name|rule)\b"
                         # a coordinated predicate of the speaker: "said A and declined to comment" (the verb is
                         # checked against a set: an alternation of hundreds of verb forms is slow)
                         # (also after the occasion of the second saying and its day: "The Foreign Office said the
                         # allegations were baseless, and in a statement on Wednesday said the move was ..."; PA via
                         # Shropshire Star, set AY 004)
                         r"|,?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|(?:on\s+)?(?:" + WEEKDAY_NAMES + r")\s+|"
                         r"(?:in|at)\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+)?(?:statement|interview|speech|briefing|"
                         r"conference)\s+(?:on\s+(?:" + WEEKDAY_NAMES + r")\s+)?)?"
                         r"(?P<verb>[a-z]+(?:\s(?:out|on|for))?)\b"
                         # a new frame: "..., and Dixie said the merger ..."
                         r"|,\s+(?:and|but|while)\s+(?=(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|added)\b)"
                         # another speaker's frame closes the sentence: 'The government had initially proposed to
                         # take this institution and "smash it to pieces," Mr Grieve said.', or an outlet's: '...
                         # China expresses its firm opposition to it, Xinhua reported.'
                         r"|[,”\"]+\s+(?=(?:he|she|they|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+"
                         r"(?:said|says|added|argued|claimed|insisted|reported)\s*[.!?]?\s*$)"
                         # the next speaker's frame ends the sentence: "... in managing the incident, Senior
                         # Parliamentary Secretary (Foreign Affairs) Sam Tan said:"
                         r"|,\s+(?=[A-Z](?:[^,;:“”\"()]|\([^()]{0,60}\)){0,150}?\s(?:said|says|stated|added)\s*:\s*$)"
                         # ... with its comma left out: "Referring to Rishi Sunak's claim that he would halt plans for
                         # people to be forced to split rubbish into numerous piles Derbyshire said: "There was never
                         # a proposal ..."" (Yahoo News UK; bbc23)
                         r"|(?<=[a-z])\s+(?=[A-Z][a-z][\w'’-]*\s+(?:said|says|added|replied|asked)\s*:)"
                         # a body's frame by its noun after a contrast: '... described the leak as "sub-optimal"
                         # although the party said at least it allowed some debate' (BBC; bbc22)
                         r"|,?\s+(?:but|while|whereas|although|though)\s+(?=the\s+(?:%s)\s+(?:has\s+|had\s+|also\s+)?"
                         r"(?:said|says|insisted|argued|claimed)\b)" % "|".join(sorted(words("org_nouns"))) +
                         # ... another's frame after a dash and "as": "He denied that he personally had lost
                         # Conservative support - as Labour said the bill should be dropped." (BBC; bbc22)
                         r"|\s+[-–—]\s+as\s+(?=(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|argued|claimed|insisted)\b)"
                         # ... the next speaker's colon frame: '... even though the Tories were still their "enemy",
                         # Sanders replied: "Got it in one, Jim."' (the Guardian; bbc22)
                         r"|,\s+(?=(?:[A-Z][\w'’.-]*\s+){1,3}(?:replied|said|added|responded|answered)\s*:)"
                         # ... and an outlet's inverted frame closing the sentence: '... because "the details aren't
                         # right", reported the Daily Telegraph.', '..., said the paper.' (PA copy; bbc22)
                         r"|[,”\"]+\s+(?=(?:said|says|reported|reports)\s+the\s+(?:paper|newspaper|"
                         r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*[.!?]?\s*$)"
                         # the main clause's own predicate after a relative clause's quoted words: "Paul Burstow, who
                         # told the two fake constituents "I don't want you to trust David Cameron" has told the BBC he
                         # is "embarrassed"" (BBC News; bbc23)
                         r"|(?<=[”\"])\s+(?=(?:has|have|had)\s+(?:since\s+|also\s+|now\s+)?(?:told|said|insisted)\b)"
                         # a list of the speaker's predicates, the next after a comma: "Secretary Blinken emphasized
                         # deep concern over ..., reaffirmed the U.S. commitment to ..., and briefed ..." (a readout)
                         r"|,\s+(?P<and>and\s+)?(?P<listed>[a-z]+ed)\s+"
                         r"(?!(?:by|in|at|on|for|to|with|from|as|under|into|over|and|or)\b)(?=[a-zA-Z])")


# An infinitive passive right before a coordinated verb: "to be confined and told ..." (the verb is passive too; not
# "said life sentences would not be abolished and argued ...")
PASSIVE_LEFT = re.compile(r"\b(?:to\s+be|being)\s+[a-z]+(?:ed|en)$")
THAT_CLAUSE_CUES = {f"{b} that" for b in words("that_clause_cues")}
COORDINATED_VERBS = {f for f in CUE_PAST_PRESENT if f not in {"say", "tell"} and CUE_FORMS[f] != "request"} | {
    "declined", "refused", "went on", "ordered", "approved", "signed", "directed", "released", "issued",
    "thanked", "congratulated", "asked", "did", "gave", "offered",     # "... but did not specify the others"
    "called", "blamed",      # "stressed A and called out China for ..."
    "believe",   # "say the issue should be decided in Scotland and believe the executive is shirking ..." (not
                 # "believed": "said they welcomed the new marriage regulations and believed they would be ...")
    # a politician's second act of speech, no reporting verb: "Mr Brown said America too needed to take more action
    # but defended President George Bush for ...", "said Labour would set out workable plans ... and attacked the
    # Tory plans", "said outdoor activities were beneficial for children but accepted that ..." (bbc-news/politics
    # 127, 087, 352; setl)
    "defended", "attacked", "accepted"}
ACTS_OF_SPEECH = {"defended", "attacked", "accepted"}     # (the three above that are no reporting verbs)
VERB_AND_BEFORE = re.compile(r"\b[a-z]+ed\s+and\s+[a-z]+$")


def _finite_cue(word: str) -> bool:
    """A reporting verb's past or third-person form ("condemns", "denounced"), not its base or -ing form."""
    return word in CUE_FORMS and word != CUE_FORMS[word] and not word.endswith("ing")


# The subject or adverb before the first of two coordinated verbs: "it strongly condemns and refutes claims".
VERB_LEAD = re.compile(r"(?:\b(?:it|he|she|they|we|also|firmly)|ly)\s+([A-Za-z]+)$")


def _cue_before(body: str, pos: int) -> str:
    """The word right before a content (its reporting verb: "emphasized" in "Blinken emphasized deep concern")."""
    m = re.search(r"([A-Za-z]+)\s*$", body[max(0, pos - 40):pos])
    return m.group(1).lower() if m else ""


def _one_object(body: str, pos: int, m) -> bool:
    """Are a content's last word and the verb "and" joins to it two reporting verbs of one object ("it strongly
    condemns and refutes claims ...")? Not "... subordinated notes but gave no details", "... were not disclosed,
    but added that ...": a noun, or "but"."""
    lead = VERB_LEAD.search(body, pos, m.start())
    return lead is not None and _finite_cue(lead.group(1).lower()) and \
        re.match(r",?\s+and\s", body[m.start():m.end()]) is not None and _finite_cue(m.group("verb").split()[0])


# A frame inside a relative clause between a subject and its verb: "The Russian military, which maintains a naval fleet
# in the Black Sea, has effectively blocked commercial shipping ..." (AP): what follows the closing comma is the main
# clause's predicate, no part of what the relative clause's verb has as object.
# (also in the perfect: "Mr Blair, who has described Africa as a "scar" on the world's conscience, has already said
# tackling world poverty would be one his G8 priorities"; bbc-news/politics/127, setl)
RELATIVE_CUE_BEFORE = re.compile(r",\s+(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+|also\s+)?[a-z]+\s*$")
MAIN_PREDICATE = re.compile(r",\s+(?:(?:[a-z]+ly|also|now|still)\s+)?(?:has|have|had|is|was|are|were|will|would|can|could|"
                            r"did|does|do)\b")


# The word before an "and" that another speaker's frame follows: a capitalised one makes the two names one subject.
AND_FRAME_NOT_AFTER = re.compile(r"(?:\b[A-Z][\w'’.-]*|,)\s*$")


def _adjective_after_be(body: str, pos: int, at: int, verb: str) -> bool:
    from .layout import ADJECTIVE_AFTER_BE, BE_BEFORE
    return verb in ADJECTIVE_AFTER_BE and BE_BEFORE.search(body, max(pos, at - 40), at) is not None


# The reporter's aside on the words: a noun for what they put forward, then who answered it ("..., a prospect Vindman
# denied earlier in the day"; AP via zyte): no part of what was said.
PROPOSITION_ASIDE = re.compile(r",\s+(?:a|an|the|that|this)\s+(?:%s)\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|"
                               r"he|she|they|it|the\s+[a-z]+)\s+(?:[a-z]+ly\s+|has\s+|had\s+|have\s+)?[a-z]+(?:ed|ied|s)\b"
                               % alternatives("proposition_nouns"))


def _content_cut(body: str, pos: int, end: int):
    """Where reported content ends early: a participle frame, a new frame, a coordinated reporting verb, or the
    reporter's aside on the words."""
    aside = PROPOSITION_ASIDE.search(body, pos, end) if "," in body[pos:end] else None
    cut = _frame_cut(body, pos, aside.start() if aside else end)
    return cut if cut is not None or aside is None else aside.start()


def _frame_cut(body: str, pos: int, end: int):
    if RELATIVE_CUE_BEFORE.search(body, max(0, pos - 40), pos):
        main = MAIN_PREDICATE.search(body, pos, end)
        if main is not None:
            return main.start()
    for m in CONTENT_CUT.finditer(body, pos, end):
        if AND_TITLED_FRAME.match(body, m.start()):
            return m.start()
        verb = m.group("verb")
        if m.group("and_frame") is not None:
            if AND_FRAME_NOT_AFTER.search(body, max(pos, m.start() - 40), m.start()):
                continue     # one subject of two names ("Britain and France said"), or a list's last name
            return m.start()
        if m.group("listed") is not None:
            if not _finite_cue(_cue_before(body, pos)):
                continue
            if m.group("and") is None and _finite_cue(m.group("listed")) and body[m.end():m.end() + 1].islower():
                return m.start()     # (not an inverted frame: "..., that Britain's economy was successful, claimed
                                     # Mr Brown.")
            if m.group("and") is not None and _in_predicate_list(body, pos):
                return m.start()
            continue
        if verb is not None and _one_object(body, pos, m):
            continue     # two verbs of one object: "said that it strongly condemns and refutes claims ..."
        if verb in ACTS_OF_SPEECH and VERB_AND_BEFORE.search(body, max(pos, m.start() - 30), m.end("verb")):
            continue     # "said it received and accepted about 456,968 common shares" (reut2-000; setl): one object
        if verb is not None and _finite_after_participle_frame(body, pos, m):
            continue     # "saying that he was not briefed in advance and did not agree with the contents" (Korea
            #              JoongAng Daily; own train): a finite verb joins the words' own subject, not "saying"
        if verb is not None and _after_interjected_frame(body, pos):
            continue     # "Thailand, he added, has always prioritized the interests of its people and responded at
            #              the government level ..." (Pattaya Mail; set BI 007): a frame set off by commas inside the
            #              words has no predicate to go on; the verb after "and" is the words' own
        if verb is not None and PASSIVE_LEFT.search(body, max(pos, m.start() - 30), m.start()):
            continue     # a passive going on: "... only to be confined and told he would be there ..."
        if verb is not None and verb.endswith("ed") and re.match(r"\s+by\s", body[m.end("verb"):m.end("verb") + 4]):
            continue     # a passive coordinated: "... is based on evidence and confirmed by other governments" (quotes14)
        if verb is not None and _adjective_after_be(body, pos, m.start("verb"), verb):
            continue     # "... residents who are very concerned and stressed about the situation" (quotes14)
        if verb is not None and verb.endswith("s") and verb in CUE_FORMS and CUE_FORMS[verb] not in VERBS_WITH_OF \
                and re.match(r"\s+of\s", body[m.end():m.end() + 4]):
            continue     # "the statements and remarks of everyone": a plural noun, not a second verb
        if verb is None and _second_gerund_object(body, pos, m):
            continue     # "the spokesman stressed opposing "Taiwan independence" and insisting on the "1992 Consensus"
            #              as the basis ..." (APD News printing Xinhua, set AZ 010): the words are two gerunds
        if verb is None or verb in COORDINATED_VERBS or verb.split()[0] in COORDINATED_VERBS:
            return m.start()
        if CUE_FORMS.get(f"{verb} that") in THAT_CLAUSE_CUES and \
                re.match(r"\s+that\b", body[m.end("verb"):m.end("verb") + 6]):
            return m.start()     # a verb of speech only before "that": "said the aim was to preserve tradition ...
            #                      and hinted that a super regiment was likely" (politics/245); not "and agreed that
            #                      we all must stand up against hate", a readout's shared view (data/)
        if verb.endswith("ed") and body[m.start():m.start() + 1] == "," and _in_predicate_list(body, pos):
            return m.start()     # the list's last predicate, whatever its verb ("..., and briefed X on ...")
    return None


GERUND_WORDS = re.compile(r"[a-z]{2,}ing\s")
AND_GERUND = re.compile(r"\s+and\s+(?:also\s+)?[a-z]{2,}ing")


def _second_gerund_object(body: str, pos: int, m) -> bool:
    """Is m a gerund joined by "and", no comma, to words that open with a gerund (the verb's two gerund objects)?"""
    return AND_GERUND.fullmatch(m.group()) is not None and GERUND_WORDS.match(body, pos) is not None


PARTICIPLE_FRAME_BEFORE = re.compile(r"\b([a-z]+ing)\s+(?:that\s+)?$")


def _finite_after_participle_frame(body: str, pos: int, m) -> bool:
    """Is m an "and" with no comma before a past-tense verb, in words framed by a reporting participle ("saying")?"""
    frame = PARTICIPLE_FRAME_BEFORE.search(body, max(0, pos - 30), pos)
    verb = m.group("verb")
    return frame is not None and frame.group(1) in CUE_FORMS and body[m.start()] != "," and \
        (verb == "did" or verb.endswith("ed"))


# A frame set off by commas between the words' subject and their predicate: "Thailand, he added, has ...", "The plan,
# Mr Smith said, would ...": the sentence's subject (no frame, no quotation mark) before it, the words right after it.
INTERJECTED_FRAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[A-Z][^.!?\n,“”\"]{0,60},\s+(?:(?:he|she|they)\s+|(?:[A-Z][\w'’.-]*\s+){1,3})"
                               r"(?:also\s+)?(?P<cue>[a-z]+)\s*,\s*$")


# The predicate's first word right after such a frame: an auxiliary or a verb in "-ed" ("has always prioritized"), not
# a clause's own subject ("Over the years, she said, email has helped ... and admitted ...": PolNeAR politico, where
# "and admitted" is the frame's next act, the words' subject after the frame).
PREDICATE_OPENING = re.compile(r"(?:has|have|had|is|are|was|were|will|would|could|can|should|must|may|might|does|did|"
                               r"do|[a-z]+ed)\b")
# ... and no adverbial before the frame: a preposition or subordinator opens no subject ("Over the years, she said, ...").
ADVERBIAL_OPENING = re.compile(r"(?:%s)\b" % "|".join(sorted(set(words("prepositions")) | set(words("adverbial_prepositions")) |
                                                             set(words("subordinators")), key=len, reverse=True)), re.I)


def _after_interjected_frame(body: str, pos: int) -> bool:
    """Are the words at pos the predicate after a frame set off by commas between them and their subject
    (INTERJECTED_FRAME, PREDICATE_OPENING, not after ADVERBIAL_OPENING)?"""
    m = INTERJECTED_FRAME.search(body, max(0, pos - 120), pos)
    return m is not None and _finite_cue(m.group("cue")) and PREDICATE_OPENING.match(body, pos) is not None and \
        ADVERBIAL_OPENING.match(body, m.start()) is None


def _in_predicate_list(body: str, pos: int) -> bool:
    """Is the content at pos a list's second predicate ("..., reaffirmed the U.S. commitment to ...")?"""
    return _finite_cue(_cue_before(body, pos)) and re.search(r",\s+[a-z]+ed\s*$", body[max(0, pos - 40):pos]) is not None


TRAILING = " \t\n,.;:-–—"


# The day an occasion told was held, after it: "told a regular press briefing on Thursday that ...".
_TOLD_DAYS = WEEKDAY_NAMES + "|today|yesterday|earlier\\s+today"
_AUDIENCES_TOLD = "|".join(sorted(words("audiences_told")))
_BARE_AUDIENCES_TOLD = "|".join(sorted(words("bare_audiences_told")))
# Who was told: "told reporters", "told the BBC", "told BBC Radio 4's Today programme".
ADDRESSEE = re.compile(r"\s*(?:"
                       # an outlet's journalist by title and name: "Ms Badenoch told Sky News political editor Beth
                       # Rigby many Tory and Reform people had been telling her ..." (Sky News copy; bbc23)
                       r"(?:[A-Z][\w'’.&-]*\s+){1,3}(?:[a-z]+\s+)?(?:%s)\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+|"
                       # an audience with its adjective before the clause's subject: "The two senior Lib Dems told
                       # undercover reporters they voted in favour of tuition fees ..." (BBC News; bbc23)
                       # ... also with a determiner before the words told: "who told the two fake constituents "I
                       # don't want you to trust David Cameron"" (BBC News; bbc23)
                       r"(?:(?:the|his|her|their)\s+)?(?:[a-z]+\s+){1,3}(?:reporters|journalists|constituents|"
                       r"supporters|activists|members)(?=\s+(?:that|he|she|it|they|we|there)\b|\s*[:,]?\s*[\"“])|"
                       # ... or by their body or kind, before the clause's subject: "Masayoshi Son has told WeWork
                       # executives he wants the company to turn a profit by 2021" (Business Insider; zyte)
                       r"(?:(?:the|his|her|its|their)\s+)?(?:[A-Za-z][\w'’.&-]*\s+){1,2}(?:%s)"
                       r"(?=\s+(?:he|she|it|they|we|there|i)\s+[a-z])|"
                       # the bare ones (grammar.yml bare_audiences_told): "told reporters", "told legislators",
                       # "told shareholders in Hong Kong on Monday, ..." (Reuters; wire13)
                       r"(?:%s)|"
                       # other people told, bare, before the clause's own subject: "he told police he supported Trump"
                       r"(?:%s)(?=\s+(?:that|he|she|it|they|we|there|i)\b)|"
                       # "she told media that ..." (korea.net; issue 8, seed10)
                       r"(?:the\s+)?media(?=\s+(?:that\b|[a-z]))|"
                       # people named by their body: "told Council members that ...", "told EU leaders ..."
                       # an occasion's audience: "Hang told the ministry’s online press briefing on August 5."
                       # (VietnamPlus; seed12)
                       r"(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}(?:press\s+briefing|press\s+conference|"
                       r"news\s+conference|briefing|conference|meeting|session|hearing|forum)"
                       # (no "that" inside: "told a regular press briefing on Thursday that ..." goes on below)
                       r"(?:\s+(?:on|in|at)\s+(?:(?!that\b)[^,.;:\"“\n]){1,40}?)?"
                       # ... and the question it answered: "spokesperson Wang Wenbin told a regular news briefing when
                       # asked for more information about the talks." (Xinhua; seed15)
                       r"(?:\s+when\s+asked\s+[^,.;:\"“\n]{1,80}?)?(?=\s*[,.;:]|$)|"
                       # ... and before the words' own subject: "Thamnoon Wanglee ... told a weekend marketing
                       # conference Thai would finance the expansion by borrowing" (reut2-000)
                       r"(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}(?:press\s+briefing|press\s+conference|"
                       r"news\s+conference|briefing|conference|meeting|session|hearing|forum|seminar|symposium|rally|"
                       r"summit)"
                       # ... and where and when, before "that": "Foreign Ministry spokeswoman Pham Thu Hang told a
                       # regular press briefing in Hanoi on Thursday that ..." (set X)
                       r"(?:\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s+(?:on\s+)?(?:%s)\b|\s+that\b))?"
                       r"(?:\s+(?:on\s+)?(?:%s)(?:\s+(?:morning|afternoon|evening|night))?(?=\s+that\b))?"
                       r"(?=\s+(?:that\b|(?:he|she|it|they|we|there|the|a|an|his|her|its|their)\s|[A-Z\"“]))|"
                       # a committee and its members: '“...,” he told a committee of lawmakers from the House of
                       # Lords, the upper house of parliament.' (Reuters; bbc22: no "told X of Y"); a crowd too:
                       # '"...," he told the crowd of more than a thousand.' (bc.ctvnews.ca, set M)
                       r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}(?:committee|panel|inquiry|audience|gathering|crowd|group)\s+of\s+"
                       r"[^,.;:\"“\n]{1,60}?(?=\s*[,.;:]|$)|"
                       # people named by their body or party (lexicon people_of_a_body)
                       r"(?:[A-Z0-9][\w'’.&-]*\s+){1,3}(?:%s)\b|"
                       # "told the BBC News website he ...", "the Financial Times newspaper it was ..."
                       r"(?:the|a|an)\s+(?:[A-Z0-9][\w'’.&-]*\s+){1,4}"
                       r"(?:programme|program|newspaper|radio|television|channel|show|website|magazine)\b"
                       r"(?:\s+(?:station|network|channel|programme|program|show))?\b|"     # "a Russian television station"
                       r"(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?(?=[\s,:.;]*(?:that\b|$|[,:.;]))|"
                       # a programme's name with small words inside: "told BBC One's Breakfast with Frost
                       # programme he aspired to the job"
                       r"(?:the\s+)?(?:[A-Z0-9][\w'’.&-]*\s+)+(?:(?:with|at|on|of|the)\s+(?:[A-Z0-9][\w'’.&-]*\s+)+)+"
                       r"(?:programme|program|show)\b|"
                       # a group of people by its members before "that": "told his caucus of Progressive
                       # Conservative MLAs that ..." (CBC via Yahoo; quotes15)
                       r"(?:the|his|her|their|its)\s+[a-z]+\s+of\s+(?:[A-Z][\w'’.-]*\s+){1,5}[A-Za-z][\w'’.-]*(?=\s+that\b)|"
                       # a body's capitalised name before "that": "told the House of Commons Treasury Select
                       # Committee that ..."
                       # ... also with its acronym and a time: "told the Voice of America (VOA) earlier that ..."
                       r"(?:the|a|an)\s+[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,6}"
                       r"(?:\s+\([A-Z]{2,8}\))?(?:\s+(?:earlier|recently|today|yesterday))?(?=\s+that\b)|"
                       # a title of three to five capitalised words before a pronoun, the clause's subject: "told the
                       # Times Higher Education Supplement it would worry her ..." (bbc-news/politics/244)
                       r"(?:the|a|an)\s+[A-Z0-9][\w'’.&-]*(?:\s+[A-Z0-9][\w'’.&-]*){2,4}(?=\s+(?:he|she|it|they|we|there)\s)|"
                       # two words at most, not the clause's subject after them: "told the Independent he
                       # expected ...", "told the BBC progress had been made ...", "told the nation he was ..."
                       r"(?:the|a|an)\s+(?:[A-Z0-9][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*)?|"
                       # (nor "not": "told the ministers not to jump the gun"; Deccan Herald, asia19)
                       r"[\w'’-]+(?:\s+(?!(?:he|she|it|they|we|there|not|never|%s)\b)[a-z][\w'’-]*)?)|"
                       r"(?:[A-Z0-9][\w'’.&-]*\s*)+"
                       # (an outlet's "news" in lower case: "Public opinion would force change, she told BBC news."; bbc15)
                       r"(?:programme|program|newspaper|radio|television|channel|show|website|magazine|news)?)"
                       r"(?=[\s,:.;]|$)" % ("|".join(sorted(words("label_askers"))), _AUDIENCES_TOLD, _BARE_AUDIENCES_TOLD,
                                             _AUDIENCES_TOLD,
                                             _TOLD_DAYS, _TOLD_DAYS, alternatives("people_of_a_body"),
                                             "|".join(sorted(words("auxiliaries")))))
# Any audience told before "that", a few words with no verb nor subject of a clause among them: "told prospective
# Labour MPs on Thursday that ...", "told activists in Blackburn on Thursday that ...", "told agency that ..."
# (bbc-news/politics/353, 403; business/035; bbc17)
AUDIENCE_THAT = re.compile(r"\s*((?:[\w'’.&-]+\s+){1,7}?)that\s+")
# ... nor an earlier occasion's time: "told a Congressional committee last Thursday that ..." would date the report's
# other statements a week back (reuters21578 reut2-000 #203: left as it was)
_NO_AUDIENCE_WORDS = set(words("auxiliaries")) | {"he", "she", "it", "they", "we", "i", "you", "there", "this", "what",
                                                  "which", "who", "so", "not"} | {"last", "earlier", "ago"}


def _audience_that(s: str, pos: int, end: int, most: int = 7):
    """The match of an audience told before "that" at pos, of at most `most` words, none of a clause's, else None."""
    m = AUDIENCE_THAT.match(s, pos, end)
    words_told = m.group(1).split() if m is not None else []
    return m if words_told and len(words_told) <= most and \
        not any(w.lower() in _NO_AUDIENCE_WORDS for w in words_told) else None


# A verb right after a capitalised word a warning verb took for its addressee: "cautions Calgary remains ..."
VERB_AFTER_PLACE = re.compile(r"\s+(?:%s|remains|faces|needs)\b" % "|".join(sorted(words("auxiliaries"))))
# Words no audience warned has: "cautioned against viewing that as an endorsement" (PolNeAR's NYT; quotes20)
AUDIENCE_NOT = frozenset(words("prepositions")) | {"against"}


# A finite verb right after what looked like the addressee: it was the clause's subject ("warning the community would
# close to the general public", quotes12)
VERB_AFTER_ADDRESSEE = re.compile(r"\s+(?:%s)\b" % "|".join(sorted(words("auxiliaries"))))


# The occasion of an answer may be long: "... said in response to a reporter's question about Vietnam's position
# regarding Chinese ships operating at the Bai Ba Dau (Whitsun Reef) in ...".
# ... or what the speaker did then: '," he told reporters today after distributing about 1,000 pieces of the national
# flag to the public at the Kampung Tawas market here, ...' (issue 8, seed round).
OCCASION_ADJUNCT = re.compile(r"^\s*(?:in (?:response|reply) to|responding to|when asked|answering|"
                              # what the speaker did before or while ('," Kinew said Wednesday after responding to
                              # journalists questions at an unrelated press conference ...', quotes12)
                              r"(?:after|before|while)\s+[a-z]{3,}ing\s+(?:to\s+)?(?:the|a|an|his|her|its|their|"
                              r"reporters|journalists|questions)\b|at (?:a|the|his|her|"
                              # (with a place or a kind before it: '," Stano said at a Brussels press briefing
                              # following Wednesday's release of the final ODIHR report ...'; InfoBalkans, set S)
                              r"its|their) (?:regular |weekly |daily |monthly |joint |virtual |[A-Z][a-z]+ )?"
                              r"(?:press|news|media) (?:briefing|conference)|(?:(?:to\s+reporters|to\s+journalists|reporters|journalists)\s+)?"
                              r"(?:today|yesterday|tonight|later|earlier)\s+(?:after|before|while)\s+[a-z]+ing)"
                              r"\b(?:(?!\bthat\b)[^\"“”;]){0,220}$", re.I)


# What a speech verb's object denies there was: "revealed no details about the man", "gave no indication of ...",
# "offered no further comment".
NOTHING_TOLD = re.compile(r"\s+no\s+(?:further\s+|other\s+|more\s+|new\s+|additional\s+)?(?:details?|information|"
                          r"specifics|comment|explanation|indication|timeline|word|reason)\b")


# "insisted on Wednesday it was time for the London mayor to say sorry", "said on Wednesday Gulf states could resolve
# ...": a clause after the day, not an adjunct.
# The full stop of a short month's name before its day ("Feb. 8", "Sept. 12"): no sentence's end.
SHORT_MONTH_STOP = r"(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.(?=\s+\d)|(?<=\bSept)\.(?=\s+\d)"
# A calendar day right after the frame: "said on Feb. 8 it was cutting 4,800 jobs", "said March 8 the plan ..."
CALENDAR_DAY = (r"(?:on\s+)?(?:(?:%s)\.?|Sept\.)\s+\d{1,2}(?:,\s+\d{4})?"
                % "|".join(sorted({m[:3] for m in MONTH_NAMES.split("|")} | set(MONTH_NAMES.split("|")), key=len, reverse=True)))
DAY_THEN_CLAUSE = led(r"(?:(?:on\s+)?(?:" + WEEKDAY_NAMES + r"|today|yesterday)|" + CALENDAR_DAY + r"),?"
                             r"\s+(?:it|he|she|they|we|there|the\s+\w+|"
                             r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s+[a-z]+)?))"
                             r"\s+(?:\w+\s+)?(?:is|was|are|were|has|had|have|will|"
                             r"would|could|should|must|may|might)\b"
                             # "said on Monday it welcomed steps Egypt has taken ..." (Reuters; wire18)
                             r"|(?:(?:on\s+)?(?:" + WEEKDAY_NAMES + r"|today|yesterday)|" + CALENDAR_DAY + r"),?\s+(?:it|he|she|they|we)\s+"
                             r"(?-i:[a-z]+ed)\b", re.I)
# The verb's object after the day, opened by a possessive: "Saudi Arabia stressed on Friday its commitment to the truce in
# Yemen" (Asharq Al-Awsat; set AJ 008), "reaffirmed on Tuesday their support for ...": what was said, no adjunct.
DAY_THEN_OBJECT = re.compile(r"(?:on\s+)?(?:" + WEEKDAY_NAMES + r"|today|yesterday),?\s+(?:its|their|his|her|our)\s+[a-z]",
                             re.I)
# A day alone after the verb: '"...," Rubio said Monday night.', '... Hasen said Friday.' (only the whole tail: "said
# Friday the company ..." is a forward frame).
# ... also with its date after it: '"...," he said Tuesday, May 18.', '... said on Monday, 17 May 2021.'
_MONTH = r"(?:%s)\.?" % "|".join(sorted(words("months"), key=len, reverse=True))
DAY_ADJUNCT = re.compile(r"^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)"
                         r"(?:\s+(?:morning|afternoon|evening|night))?"
                         r"(?:,?\s+(?:%s\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+%s)(?:,?\s+\d{4})?)?$"
                         % (_MONTH, _MONTH), re.I)


# The occasion told by a participle after the verb: '..., X said issuing a media notice yesterday.', '..., he said
# speaking to reporters in Hanoi.' (not "said speaking English was ...": a determiner, preposition or addressee follows).
MANNER_ADJUNCT = re.compile(r"^(?:%s)\s+(?:to|at|on|in|during|after|before|with|via|a|an|the|his|her|their|its|"
                            r"reporters|journalists|questions|parliament)\b(?:(?!\bthat\b)[^\"“”;]){0,160}$"
                            % "|".join(sorted(words("manner_participles"), key=len, reverse=True)), re.I)


# A wire dateline opening the sentence of a content: "SEOUL, March 13 (Yonhap) -- ", "Sri Lanka, Oct. 18 — ".
_MONTH_CASED = r"(?i:%s)\.?" % "|".join(sorted(set(words("months")) | {m[:3] for m in words("months")} | {"sept"},
                                                 key=len, reverse=True))
WIRE_DATELINE_LEAD = re.compile(r"[A-Z][A-Za-z.'’ -]{1,30},\s*(?:%s\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+%s(?:\s+\d{4})?)"
                                r"\.?\s*(?:\([A-Za-z][A-Za-z /]{1,25}\))?\s*(?:--|[-–—])\s*" % (_MONTH_CASED, _MONTH_CASED))
# A dateline of capitals with a colon, or with a day and no dash, opening the sentence (issue 8, seed round: Malaysian,
# Pakistani and Thai copy): "PUTRAJAYA: Post-Cabinet meetings ...", "TANJUNG KARANG: The presence of ...", "BANGKOK,
# 2 December 2013 The government has called on ...".
# ... or with the outlets and the day in brackets: "TOKYO (Pakistan Point News / Sputnik - 30th May, 2019) The latest ..."
CAPS_DATELINE_LEAD = re.compile(r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}(?::|,\s*(?:%s\s+\d{1,2}(?:,?\s+\d{4})?|"
                                r"\d{1,2}\s+%s(?:\s+\d{4})?)(?=\s+[A-Z])|"
                                r"\s+\([A-Z][\w .'’/]{1,60}?\s+-\s+\d{1,2}(?:st|nd|rd|th)?\s+%s,?\s+\d{4}\))\s+(?=[A-Z\"“])"
                                % (_MONTH_CASED, _MONTH_CASED, _MONTH_CASED))
# ... or a place and a dash with no day: "BEIJING - Xi Jinping's comments ...", "Hanoi (VNA) – The Vietnamese Government
# ..." (Xinhua on China Daily, VietnamPlus; issue 8, seed10), "TOKYO (Kyodo) -- Japan will ..." (Kyodo)
# ... or the outlet and the day in the brackets: "Metro Manila (CNN Philippines, August 15) — Malacanang, banning ...,
# now says ..." (CNN Philippines; seed12)
# ... or the day alone in brackets, month, day and year with a slash: "Iqaluit (Aug 22/05) - The federal minister of
# labour and housing ... promised that ..." (Northern News Services; set O 002): not the speaker Iqaluit
_DATELINE_CREDIT = r"\((?:[A-Z][A-Za-z /]{1,25}(?:,\s*%s\s+\d{1,2}(?:,?\s+\d{4})?)?|%s\s+\d{1,2}/\d{2}(?:\d{2})?)\)" % \
    (_MONTH_CASED, _MONTH_CASED)
# ... or a place in capitals and its country before the dash: "MANILA, Philippines - The recent presence of ..."
# (Philstar; krjp18)
# ... the capitals with their diacritics: "HÀ NỘI — The support from the international community ..." (Viet Nam News;
# set P)
_CAPS = "A-ZÀ-ÖØ-ÞĐĂƠƯ\u1ea0-\u1ef9"
DASH_DATELINE_LEAD = re.compile((r"(?:[A-ZĐ][{C}.'’-]+(?:\s+[{C}][{C}.'’-]+){{0,2}}(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
                                 r"(?:\s+{D})?|"
                                 r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}\s+{D})\s+(?:--|[-–—])\s+(?=[A-Z\"“])|"
                                 # ... or capitals glued to an em dash: "WINNIPEG—Manitoba is not worried ..." (The
                                 # Canadian Press in the Fort Frances Times; quotes18)
                                 r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,2}}—(?=[A-Z\"“])").format(C=_CAPS, D=_DATELINE_CREDIT))
# ... or only the outlet in brackets before the dash ("(VOVWORLD) - The government is doing ..."), a place with its
# country in square brackets and the outlets after the day ("Tokyo [Japan], January 14 (ANI/Sputnik): North Korea's
# ..."), or a place and an agency's capitals glued to a dash ("Tokyo, SANA- China has lodged ..."): VOV, ANI, SANA copy
# (seed13).
OUTLET_DATELINE_LEAD = re.compile(r"(?:\([A-Z][A-Za-z /]{1,25}\)\s*(?:--|[-–—])"
                                  r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+\[[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\],\s*"
                                  r"%s\s+\d{1,2}(?:,?\s+\d{4})?\s*\([A-Za-z /]{1,25}\)\s*[:–—-]"
                                  # (the place in capitals too: "MOSCOW, SANA- The number of ..."; wire18)
                                  r"|(?:[A-Z][a-z]+|[A-Z]{2,})(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,})){0,2},\s+[A-Z]{3,10}-"
                                  # ... or the site's own name before the dash: "VTV.vn - Foreign Ministry’s
                                  # spokeswoman said ..." (VTV; seed20)
                                  r"|[A-Z][A-Za-z]{1,15}\.(?:vn|com|net|org|cn)\s+(?:--|[-–—]))"
                                  r"\s+(?=[A-Z\"“])" % _MONTH_CASED)
# (not a set phrase opening the words themselves: 'He said, as always, this is an effort of present Pakistan Government
# to divert attention ...', theindianawaaz.com; set N 001)
BACKGROUND_TAIL = re.compile(r",\s+(?:as(?!\s+(?:always|usual|ever|before|expected|such|a\s+result|well),)|while|amid|after|"
                             r"before|following|when|in\s+conjunction\s+with|"
                             # ... a span of days away too: "..., its foreign minister said on Tuesday, a day after
                             # President Rodrigo Duterte called for ..." (Reuters; set AY 005)
                             r"(?:a|an|one|two|three|four|five|six|several|few|hours|\d{1,2})\s+(?:days?|weeks?|hours?)\s+"
                             r"(?:after|before)|"
                             r"against\s+(?:the|a)\s+backdrop\s+of|in\s+connection\s+with|"
                             # ", citing monitoring results" (Xinhua: "..., a health official said Saturday, citing
                             # monitoring results."; seed13)
                             r"citing|quoting)\s[^\"“”]*$")     # (", in conjunction with National Day ...")


# A relative clause closing the adjunct says nothing of the speaker's: "..., Lord Butler said in his Spectator
# interview, which was conducted by the magazine's editor, Conservative MP Boris Johnson."
RELATIVE_TAIL = re.compile(r",\s+(?:which|who)\s[^\"“”]*$")


AS_MANY_AS = re.compile(r"as (?:many|much|few|little|high|low) as\b", re.I)
# A gerund's clause after the day: '..., Wang Wenbin warned on Wednesday in denouncing a G7 statement that grossly
# interfered with China's internal affairs.' (what he did in saying it; its "that" is the statement's relative clause)
# (the gerund in lower case: "told reporters in Beijing that ...", "in Nanjing", "in Kunming" name a place, and the
# words follow; set X)
# How the words were said, a gerund after a preposition of manner: "..., he added without directly naming Pakistan."
GERUND_MANNER_ADJUNCT = re.compile(r"^(?:%s)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b[^\"“”;,]{0,160}$"
                                   % alternatives("gerund_manner_prepositions"), re.I)
GERUND_ADJUNCT = re.compile(r"^(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"
                            r",?\s+)?in\s+(?!writing\b|responding\b|replying\b|answering\b)(?-i:[a-z]+ing)\s+"
                            r"(?:a|an|the|his|her|its|their|[A-Z]\w*)\b[^\"“”;]{0,220}$", re.I)


# What the speaker was answering, a report with its own "that" clause: "..., a deputy spokesman of the Foreign Ministry
# said on February 9 regarding reports that a Chinese air balloon was spotted in the US airspace and shot down"
# (VietnamPlus; vncn18): the report's clause is not what was said.
ABOUT_REPORTS_THAT = re.compile(r"\b(?:regarding|concerning|about|over|on|to)\s+(?:(?:the|recent|media|press|news|local|"
                                r"foreign|some|these|those)\s+)*(?P<noun>reports?|information|news|rumou?rs?|claims?|"
                                r"allegations?|speculation)\s+that\b", re.I)


# The occasion, then the question answered there: '," he said during a virtual press briefing Monday, March 22 when
# asked if the presence of the Chinese ships could lead to a repeat of the Scarborough Shoal standoff in 2012.'
# (Manila Bulletin; seed22): where and what was asked, each an adjunct, however long the two together.
OCCASION_BEFORE_ASKED = re.compile(r"\s*(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:(?!that\b)[^\"“”;:.!?]){1,80}?"
                                   r",?\s+(?=(?:when|after|as)\s+(?:being\s+)?asked\b|"
                                   # ... or what it answered: '..., Zhao Lijian said during a press briefing on Monday in
                                   # response to German Foreign Minister Annalena Baerbock's remarks on ...' (Global
                                   # Times; set AF 001)
                                   r"in\s+(?:response|reply)\s+to\b|responding\s+to\b)")


# A period the words tell of, then their clause: "She said in past weeks her clothes have gone missing off the line in
# her backyard." (CBC Manitoba; quotes23), not where or when she said it.
PERIOD_THEN_CLAUSE = re.compile(r"\s*in\s+(?:the\s+)?(?:past|recent|last|coming)\s+(?:few\s+|several\s+)?"
                                r"(?:days|weeks|months|years)\s+(?:[\w’'-]+\s+){1,6}?"
                                r"(?:have|has|had|is|are|was|were|will|would|could|can)\b")


# A short name or term in quotation marks inside the adjunct, after a preposition or determiner: '..., Zhao Lijian said
# during a press briefing on Monday in response to German Foreign Minister Annalena Baerbock's remarks on China's
# practice of "One Country, Two Systems" in the island of Taiwan.' (Global Times; set AF 001): part of the occasion's
# noun phrase, not words of the speaker's (not a quote set off by a comma: 'said in response, "We will ..."'; a name,
# capitalised: not a scare quote, 'said last week it would be a "huge boost" to the party', bbc-news/politics/083).
TERM_IN_MARKS = re.compile(r"(\b(?:of|on|about|over|regarding|against|the|a|an|its|his|her|their|so-called)\s)"
                           r"[\"“](?=[A-Z])(?:[^\"“”.!?;:\s]+[ ,]{0,2}){1,5}?[\"”]")


def adjunct_only(s: str) -> bool:
    s = s.strip().rstrip(".!?”\"").strip()
    if "\"" in s or "“" in s:
        s = TERM_IN_MARKS.sub(r"\1Term", s)
    occasion = OCCASION_BEFORE_ASKED.match(s)
    if occasion and adjunct_only(s[occasion.end():]):
        return True
    about = ABOUT_REPORTS_THAT.search(s) if "that" in s else None
    if about and adjunct_only(s[:about.end("noun")]):
        return True
    s = RELATIVE_TAIL.sub("", s) if "," in s else s
    if "," in s:
        # "... said Sunday, as Pyongyang accelerates efforts to ...": a subordinate clause of background after the
        # adjunct says nothing of the speaker's words
        s = BACKGROUND_TAIL.sub("", s)
    if AS_MANY_AS.match(s) or DAY_THEN_CLAUSE.match(s) or PERIOD_THEN_CLAUSE.match(s) or DAY_THEN_OBJECT.match(s):
        return False     # "said as many as 150 people were abducted": a clause; "stressed on Friday its commitment to
        #                  the truce": the verb's object after its day
    # (also set off by a comma: "..., Mr. Al-Kheetan said, responding to another question.")
    bare = s.lstrip(", ")
    day = DAY_LEAD.match(s)     # (the frame's day, below: "Wednesday after ...")
    if day and day.end() < len(s) and adjunct_only(s[day.end():]):
        return True      # '," Kinew said Wednesday after responding to journalists questions at ...' (quotes12)
    if day and day.end() < len(s) and PAST_TIME_LEAD.match(s):
        return False     # the time and then the words: "Rockstar Games ... has said in the past it markets ..." (bbc15)
    return not s or bool(ADJUNCT.match(s)) or bool(OCCASION_ADJUNCT.match(bare)) or bool(DAY_ADJUNCT.match(s)) or \
        bool(MANNER_ADJUNCT.match(bare)) or bool(GERUND_ADJUNCT.match(s)) or \
        bool(GERUND_MANNER_ADJUNCT.match(s)) or \
        s.startswith(",") and bool(STATEMENT_SET_OFF.match(bare)) or \
        bool(LONG_SITTING.match(s)) and not FINITE_IN_SITTING.search(s)


# The statement or interview the words were said in, set off by a comma after the verb: "The North will not ignore
# threats to its security, a Ministry of Foreign Affairs (MOFA) spokesperson said, in a statement carried by ruling
# party organ the Rodong Sinmun on Wednesday." (NK News; set AT 001): where, not what, was said; the words are before.
STATEMENT_SET_OFF = re.compile(r"in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}(?:statement|interview|"
                               r"post|message|letter|tweet|speech|press\s+release|communiqu[eé])\b"
                               # (no comma after it: "Altria Group said, in a statement, the government now ..."
                               # has its words after the statement; bbc-news/business/291)
                               r"(?:(?!\bthat\b)[^\"“”;:,]){0,200}$")


# A sitting named at length after the verb: '..., Drilon said in a hearing of the Senate Committee of the Whole on alleged
# corruption at the Philippine Health Insurance Corp (PhilHealth).' (ABS-CBN; asia20): where, not what, was said.
LONG_SITTING = re.compile(r"\s*(?:in|at|during)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:hearing|session|sitting|inquiry|"
                          r"meeting|forum|debate)\s+(?:of|on|at|with|before)\s[^\"“”;:]{0,200}$")
FINITE_IN_SITTING = re.compile(r"\b(?:that|is|are|was|were|will|would|has|have|had|can|could|should|must|may|might)\b")


THAT_LEAD = re.compile(r"that\s+(?!(?:is|was|would|will|could|can|should|might|must|has|had|seems|seemed)\b)|"
                       # ... and a "that" set off before a phrase of time or condition: "The Office for the Coordination
                       # of Humanitarian Affairs says that, in the past four days, more than 1,130 people were
                       # evacuated ..." (a UN noon briefing; wire23)
                       r"that,\s+(?=(?:in|on|at|during|after|before|since|for|if|when|while|as|despite|with|without|"
                       r"under|given|although|though|because|once|until|by)\b)")
# A participle frame run on without its comma: '“...,“ he said adding that for reports related to agencies ...'.
PARTICIPLE_THAT_LEAD = re.compile(r"(?:adding|noting|stressing|explaining)\s+that\s+|"
                                  # the frame's adverb set off before "that": "He noted, however, that the subject was
                                  # brought up by ..." (Yonhap; seed15)
                                  r"(?:however|though|moreover|meanwhile|nevertheless|also),\s+that\s+")
# The topic a participle sets before the colon and quotation it introduces: 'the spokesperson of the US State
# Department said on Tuesday, speaking about the ceasefire in Gaza: “We continue to ...”' (rco.news; wire23)
SPEAKING_ABOUT_LEAD = re.compile(r"(?:speaking|commenting|referring)\s+(?:about|on|to)\s+[^:;“”\"\n]{1,80}:\s*(?=[“\"])")
# An agency's or photographer's credit closing the paragraph after the sentence's end (issue 8, seed round: Malaysian
# copy): "... any party. — Picture by Miera Zulyana", "... top management. — Bernama".
CREDIT_TAIL = re.compile(r"(?<=[.!?])\s+[-–—]+\s*(?:(?:Picture|Photo|Pix|Image)s?\s+by\s+[A-Z][\w .'’-]{1,40}|"
                         # ... with the desk's initials: "... going back to the 1970s. - CNA /ls" (Channel NewsAsia)
                         r"[A-Z][A-Za-z]{1,15}(?:\s*/\s*[a-z]{1,4})?)\s*$")

# A news outlet's frame closing the sentence after a quotation: '... describing the negotiations as "exploratory,” the
# Financial Times reported on Friday.' (the outlet reported it; it is no part of what was said).
# ... or an agency named with its kind: "..., state-run BSS news agency reported." (Firstpost copy of a Bangladesh wire;
# issue 8, south13).
# ... or an agency by its kind alone: '... are “fabricated,” the state news agency reported Wednesday.' (Riyadh Bureau;
# seed16).
OUTLET_FRAME_TAIL = re.compile(r"(?<=[,”\"])\s+(?:the\s+)?(?:state-run\s+|state\s+|official\s+)?"
                               # (a daily by its kind: "..., Kompas daily reported yesterday."; Straits Times, asia19)
                               r"(?:(?:[A-Z][\w.&'’-]*\s+){1,4}(?:news\s+agency\s+|daily\s+)?|news\s+agency\s+)"
                               r"(?:reported|reports)"
                               r"(?:\s+(?:on\s+)?(?:" + WEEKDAY_NAMES + r"|yesterday|today))?"
                               r"[.]?\s*$"
                               # ... or the outlet after its verb: "... to continue their maritime voyage elsewhere,
                               # reported The Star." (AsiaOne; set BC 007)
                               r"|(?<=,)\s+(?:reported|reports)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s*){1,4}[.]?\s*$")

# Unnamed sources the reporter cites closing words framed before: "Such issues, he apparently said, should be raised
# only within the Cabinet and in party circles, BJP sources said." (Deccan Herald; asia19)
SOURCES_TAIL = re.compile(r"(?<=,)\s+(?:[A-Z][\w.&'’-]*\s+){0,3}sources\s+(?:said|say|says)[.]?\s*$")
# A caption's credit in brackets closing the words: "Jeremy Hunt said China should not use protests as a ‘pretext for
# repression’ (Picture: Getty)" (Metro; issue 8, seed10).
PICTURE_CREDIT_TAIL = re.compile(r"\s*\((?:Picture|Photo|Image|Photograph)s?\s*:[^()]{1,60}\)[.]?\s*$", re.I)
# ... or the credit of a caption printed inline before the sentence: "Spokeswoman ... Le Thi Thu Hang answers the
# press. (Photo: VNA) Vietnam sincerely hopes that ..., she said." (VNA via talkvietnam.org; vncn18)
CREDIT_LEAD = re.compile(r"\((?:Picture|Photo|Image|Photograph|Source)s?\s*:[^()\n]{1,60}\)\s*(?=[A-Z])|"
                                 # ... or an agency's bare dateline: "(ECNS) --We once again urge ..." (vncn18)
                                 r"\([A-Z][A-Za-z]{1,10}\)\s*(?:--|[-–—])\s*(?=[A-Z“\"])")
# A photo's caption and credit run into the story's dateline: "Vietnamese Ambassador to Indonesia Hoang Tuan Anh (red
# shirt) visits fishermen on Natuna island (Photo: VNA) Hanoi (VNA) - Citizen protection is a priority ...", "... on
# Israel's territory. (Photo: AFP/VNA)Hanoi (VNA) – Vietnam has kept a close watch ..." (VietnamPlus; seed20)
CAPTION_BEFORE_DATELINE = re.compile(r"\((?:Photo|Source)s?\s*:[^()\n]{1,60}\)\s*"
                                     r"(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+\([A-Z][A-Za-z /]{1,25}\)\s*(?:--|[-–—])\s)")
CAPTION_CHARS = 400
# ... or the outlet the reporter cites at the end: "... had launched one unidentified missile from a submarine,
# according to Yonhap." (Sputnik; issue 8, seed10)
OUTLET_CITED_TAIL = re.compile(r",\s+according\s+to\s+(?:the\s+)?(?i:%s)(?:\s+news\s+agency)?(?:\s+\([A-Z]{2,6}\))?[.]?\s*$"
                               % "|".join(sorted(map(re.escape, words("news_outlets")), key=len, reverse=True)))


# The occasion set after a quotation's closing mark at the end of the words: 'said the report was based on "sweeping
# allegations against the Government and its security forces," in a statement on its Facebook page on Tuesday.'
# (Manila Standard copy of AFP; issue 8, south13): where it was said, no part of it.
# (an occasion named with "the" only after a comma: with the closing mark alone the phrase goes on with the clause the
# quotation ends: 'said that Japan "welcomed U.S. participation" in the CTBC conference, for the first time in a
# decade.' (Foreign Policy; set AY 010), the conference taken part in, no occasion of the words)
OCCASION_TAIL = re.compile(r"(?:(?<=[,”\"])\s+(?:in|on|via|through)\s+(?:a|an|its|his|her|their)|"
                           r"(?<=,[”\"]|[”\"],)\s+(?:in|on|via|through)\s+the)\s+(?:[\w-]+\s+){0,3}"
                           r"(?:%s)\b[^\"“”.!?]*[.]?\s*$" % "|".join(ordered("occasion_tail_nouns")))


# The event the words were said at, closing their sentence after a comma: "The Saudi minister also implied that Doha is
# responsible for inciting violence, at a press conference last Saturday." (Middle East Monitor; set I 019): the
# frame's occasion and day, not the words.
EVENT_TAIL = re.compile(r",\s+(?:at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:%s)\b"
                        r"[^\"“”.!?,;:]*[.]?\s*$" % "|".join(ordered("occasion_nouns")))


# Where and on which day the words were said, closing their sentence after a comma: "..., in Seoul on Wednesday."
# (watsupeurope.com; the lead's round 18): the frame's, not the words'.
PLACE_DAY_TAIL = re.compile(SAID_IN_PLACE + r"on\s+(?i:%s)"
                            r"(?:\s+(?:morning|afternoon|evening|night))?\s*\.?\s*$" % "|".join(words("weekdays")))


# A place (and its country) with a colon opening the lead: "Dubai: The UAE is looking forward ...", "Nairobi, KENYA:".
PLACE_COLON_LEAD = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)(?:,\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?))?:\s+"
                              r"(?=[A-Z])")


def place_colon_lead(body: str, lo: int, hi: int):
    """The match of a known place's dateline and colon at lo, or None."""
    m = PLACE_COLON_LEAD.match(body, lo, hi)
    return m if m and all(g is None or fold(g) in places() for g in m.groups()) else None


def _dash_after_frame(body: str, start: int, end: int) -> bool:
    """A dash and a space opening the words after their frame's verb: "As Tory spokesman Oliver Letwin said - any
    chancellor would use his pre-election budget ..." (bbc-news/politics/360, bbc15)."""
    return body[start] in "-–—" and body[start + 1:start + 2] == " " and start + 2 < end and \
        re.search(r"[a-z]\s$", body[max(0, start - 3):start]) is not None


# The object of a verb of judgement, then a colon and the words: "deploring the partisan tone of Cooper’s remarks: “"
# (about someone's words: not "the Tories for their election poster with the slogan: “Corbyn: No Bombs ...”", bbc20)
OBJECT_BEFORE_QUOTE = re.compile(r"(?:the|his|her|their|its|a|an)\s+[^:;“”\"\n]{0,60}?\b(?:remarks|comments|words|tone|"
                                 r"statement|claims?|criticism|speech|response|reply)\b[^:;“”\"\n]{0,30}?:\s+(?=[“\"])")
_AUXILIARY_WORD = re.compile(r"\b(?:%s|that)\b" % "|".join(sorted(words("auxiliaries"))))


def dateline_end(body: str, start: int, end: int) -> int | None:
    """The end of a wire dateline opening body[start:end] ("SEOUL, March 13 (Yonhap) -- ", "HÀ NỘI — "), or None."""
    if not body[start:start + 1].isupper():
        return None
    w = WIRE_DATELINE_LEAD.match(body, start, end) or CAPS_DATELINE_LEAD.match(body, start, end) or \
        DASH_DATELINE_LEAD.match(body, start, end) or OUTLET_DATELINE_LEAD.match(body, start, end)
    return w.end() if w else None


def trim_span(body: str, start: int, end: int):
    """Shrink a content span: no surrounding spaces or trailing punctuation, no leading 'that' or wire dateline."""
    while start < end and (body[start] in " \t\n,:;•▪►◦●■▶" or _dash_after_frame(body, start, end)):
        start += 1     # (a list's bullet: "• The "confidential" plane ... was never meant to be a secret, Deputy Chief
        #                Kevin Brezinski said"; Taproot Edmonton, quotes18)
    lead = CREDIT_LEAD.match(body, start, end) if body[start:start + 1] == "(" else None
    start = lead.end() if lead else start
    caption = CAPTION_BEFORE_DATELINE.search(body, start, min(end, start + CAPTION_CHARS)) \
        if "(Photo" in body[start:min(end, start + CAPTION_CHARS)] else None
    start = caption.end() if caption else start
    if body[start:start + 1].isupper():
        w = WIRE_DATELINE_LEAD.match(body, start, end) or CAPS_DATELINE_LEAD.match(body, start, end) or \
            DASH_DATELINE_LEAD.match(body, start, end)
        w = w or place_colon_lead(body, start, end)
        if w:
            start = w.end()     # "SEOUL, March 13 (Yonhap) -- North Korea should ...", "PUTRAJAYA: Post-Cabinet ...",
            #                     "Dubai: The UAE is looking forward ..." (Gulf News; seed16)
    w = OUTLET_DATELINE_LEAD.match(body, start, end)
    if w:
        start = w.end()
    m = THAT_LEAD.match(body, start, end) or PARTICIPLE_THAT_LEAD.match(body, start, end) or \
        SPEAKING_ABOUT_LEAD.match(body, start, end)
    if m:
        start = m.end()     # (matched in place: no copy of the span); "he said adding that ...": the clause
    m = OBJECT_BEFORE_QUOTE.match(body, start, end)
    if m and body[start:end].rstrip(TRAILING).endswith(("”", '"')) and \
            not _AUXILIARY_WORD.search(body, m.start(), m.end()):
        start = m.end()     # "May responded by deploring the partisan tone of Cooper’s remarks: “I must say I regret
        #                     that statement ...”" (The Spectator; bbc23): what was deplored, then the words said
    credit = CREDIT_TAIL.search(body, start, end)
    if credit:
        end = credit.start()     # "... from any party. — Picture by Miera Zulyana", "... top management. — Bernama"
    outlet = OUTLET_FRAME_TAIL.search(body, start, end) if "report" in body[max(start, end - 60):end] else None
    if outlet:
        end = outlet.start()     # '... as "exploratory,” the Financial Times reported on Friday.'
    sources = SOURCES_TAIL.search(body, start, end) if "sources" in body[max(start, end - 30):end] else None
    if sources:
        end = sources.start()     # "..., BJP sources said."
    picture = PICTURE_CREDIT_TAIL.search(body, start, end) if ":" in body[max(start, end - 60):end] else None
    if picture:
        end = picture.start()     # a caption's "... a ‘pretext for repression’ (Picture: Getty)"
    occasion = OCCASION_TAIL.search(body, start, end) if "”" in body[start:end] or '"' in body[start:end] else None
    if occasion:
        end = occasion.start()     # '... security forces," in a statement on its Facebook page on Tuesday.'
    event = EVENT_TAIL.search(body, start, end) if ", at " in body[start:end] or ", during " in body[start:end] else None
    if event:
        end = event.start()     # "... responsible for inciting violence, at a press conference last Saturday."
    placed = PLACE_DAY_TAIL.search(body, start, end) if " on " in body[max(start, end - 50):end] else None
    if placed and fold(placed.group(1)) in places():
        end = placed.start()     # "... will hamper denuclearisation on the peninsula, in Seoul on Wednesday."
    cited = OUTLET_CITED_TAIL.search(body, start, end) if "according" in body[max(start, end - 60):end] else None
    if cited:
        end = cited.start()     # "..., according to Yonhap."
    if body[end - 1:end] == "]":
        code = REUTERS_CODE_TAIL.search(body, start, end) or ELISION_TAIL.search(body, start, end)
        end = code.start() if code else end     # "... energy activities in the region. [nL8N24H0EP]" (Reuters); "it
        #                                         was right that we wait for the publication. […]" (a summary cut off)
    while end > start and body[end - 1] in TRAILING:
        end -= 1
    return start, end


# A Reuters story code closing a paragraph, a link to the related story: "[nL8N24H0EP]", "[ID:nLDE61R0LB]"
REUTERS_CODE_TAIL = re.compile(r"\s*\[(?:ID:)?n[A-Z0-9]{6,14}\]\s*$")
# The mark of a summary cut off, as downingstreetsays.com closes its excerpts: "[…]" (brief18)
ELISION_TAIL = re.compile(r"\s*\[(?:…|\.\.\.)\]\s*$")


def as_direct(text: Text, start: int, end: int):
    """When a content span is exactly one quotation, the quotation's inside (a direct statement)."""
    for q in text.quotes:
        if start - 1 <= q.open_mark <= start + 1 and q.after >= end:
            inner_s, inner_e = q.start, q.end
            while inner_e > inner_s and text.body[inner_e - 1] in " ,;:":
                inner_e -= 1
            return inner_s, inner_e
    return None


# An occasion before a content without "that": "said in a statement the offer was ...".
OCCASION_NO_THAT = re.compile(r"(?:in|on)\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+)?([a-z]+),?\s+(?=(?:the|a|an|it|its|he|she|"
                              # (a possessive opening the clause: "said in a statement his client is innocent"; set O)
                              r"his|her|their|our|we|they|there|this|these|[A-Z][a-z]*)\b)")
OCCASION_NOUNS = words("occasion_nouns")
# What may stand between a cue and "that": "said on Monday that", "told reporters earlier Thursday that", the
# "night" of "told Channels Television Sunday night that" (the day itself read as part of the addressee), "said over
# the weekend that" (dates16), "told reporters here that".
# (also where, outside: "said outside court that she was relieved", Canadian court news; set M)
FRAME_THAT = re.compile(r"\s*((?:here|on|in|at|via|through|last|this|earlier|recently|late|during|after|before|yesterday|today|tonight|to|from|"
                        r"outside(?=\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:court|courthouse|courtroom|legislature|chamber|"
                        r"hospital|building|church|school|city\s+hall|council\s+chambers?|parliament|meeting)\b)|"
                        r"over(?=\s+the\s+(?:weekend|phone|telephone)\b)|the(?=\s+day\s+before\s+yesterday\b)|"
                        # ("Kusugak added the following day that 220 public housing units are being constructed ...",
                        # Nunavut News; set O)
                        r"the(?=\s+(?:following|next)\s+(?:day|morning|afternoon|evening|week)\b)|"
                        r"(?:two|three|four|five|six|several|[2-6]|a\s+few)(?=\s+days\s+ago\b)|"
                        r"while|when|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|"
                        r"evening|night|"
                        # a span of time: "acknowledged for the first time Friday that ...", "have said for years
                        # that ..." (zyte, PolNeAR)
                        r"for(?=\s+(?:the\s+first\s+time|(?:many\s+|several\s+)?(?:years|months|weeks|decades))\b))"
                        # (a short month's full stop inside: "said on Feb. 8 that ...", Canadian Press style; set M)
                        # (and a programme's title in its marks: "acknowledged on NBC's "Meet the Press" that ...")
                        r"\b(?:[^.;:\"“”]|" + SHORT_MONTH_STOP + r"|(?<=['’]s\s)[\"“][A-Z][^.;:\"“”]{1,40}[\"”]){0,80}?,?\s+"
                        # "emphasized with regard to the recent decision to deliver Leopard 2 main battle tanks to
                        # Ukraine that this does not make Germany a party to the war" (dpa; wire18)
                        r"|with\s+(?:regard|respect|reference)\s+to\b[^.;:\"“”]{0,120}?,?\s+"
                        # ... or a calendar day with no "on": "said March 8 that ..." (set M)
                        r"|(?-i:" + CALENDAR_DAY + r"),?\s+"
                        # ... or a manner adverb, and the day after it: "The defense ministry said separately that
                        # North Korea fired ...", "said further that ...", "said publicly on Monday that ..." (set X)
                        # (not "said early that morning that ...": a demonstrative)
                        r"|(?-i:[a-z]{3,}ly|further|likewise)(?:\s+(?:on\s+)?(?-i:[A-Z][a-z]+day))?\s+"
                        r"(?=that\s+(?!(?:morning|afternoon|evening|night|week|month|year)\b)))?that\s+", re.I)
# "expressed (his / deep) concerns that ...": the noun expressed is the frame's, the clause after it what was said
EXPRESSED_THAT = re.compile(r"\s*(?:(?:his|her|its|their|our|the|a|deep|grave|serious|strong|great|firm|sincere|"
                            r"full)\s+)*(?:%s)\s+that\s+" % "|".join(sorted(words("expressed_clause_nouns"))), re.I)
# ... but not across a clause of the content: 'said yesterday although ..., the possibility that ...', nor across
# another's frame: 'said at a press briefing when answering a question on the Pentagon saying that it could not
# confirm ...' (the Pentagon's words)
# nor across a gerund's own clause: 'warned on Wednesday in denouncing a G7 statement that grossly interfered with
# ...' (what the statement did, not what was said)
# (a clause's own pronoun subject after a comma: the words have begun; three patterns below ask it)
_PERSONAL_SUBJECT_AFTER_COMMA = r",\s+(?:he|she|they|we|it|i|there|you)\s"
FRAME_THAT_NOT = re.compile(r"\b(?:although|though|while|because|if|unless|whether|saying|stating|claiming)\b|"
                            r"\bin\s+(?!writing\b|responding\b|replying\b|answering\b)(?-i:[a-z]+ing)\b|"
                            # (a place is no gerund: "said in Beijing on Friday that ..."; set X)
                            # ... nor across the clause said after the adjunct's comma: "said on Monday, they have
                            # seen no butane readings that would ..." (quotes12)
                            + _PERSONAL_SUBJECT_AFTER_COMMA, re.I)
# ... or a longer occasion with a "that" of its own, closed by a comma before the "that" of the words.
LONG_ADJUNCT_THAT = re.compile(r"\s*((?:in|at|during|while|when)\s[^.;:\"“”]{0,200}?),\s+that\s+", re.I)
FRAME_THAT_NOT_CLAUSE = re.compile(_PERSONAL_SUBJECT_AFTER_COMMA + r"|\b(?:although|though|because|if|unless|whether)\b",
                                   re.I)
# ... or a participle's phrase set off by commas between the verb and the "that" of the words, which may hold a "that"
# of its own: "Kremlin spokesman Dmitry Peskov said on Monday, commenting on reports that Iran is allegedly supplying
# missiles, that such information not always corresponds to reality" (Sputnik, set K 011), "told reporters, when asked
# about the sanctions, that ..." (not the reports' "that"); a term quoted inside the phrase is the question's ("said at a
# briefing in Brussels on Monday, answering a question about a possible so-called "designated survivor", that not the
# whole Board would go to Ukraine"; Interfax-Ukraine, set BE 005).
_QUOTED_TERM = r"[\"“][^\"“”.;:,]{1,40}[\"”]"
PARTICIPLE_ADJUNCT_THAT = re.compile(r"\s*((?:[^,.;:\"“”]{0,40})?,\s+(?:commenting|responding|referring|reacting|replying|"
                                     r"answering|(?:when\s+)?asked)\s(?:[^.;:\"“”]|%s){1,200}?),\s+that\s+" % _QUOTED_TERM,
                                     re.I)
PERSONAL_SUBJECT_AFTER_COMMA = re.compile(_PERSONAL_SUBJECT_AFTER_COMMA, re.I)
# A finite verb right after such a "that": the relative clause of a noun in the adjunct ("dailies that cited ...").
RELATIVE_VERB = re.compile(r"(?:was|were|has|had|have|cited|reported|quoted|claimed|carried|published|aired|ran)\b|"
                           # "confirmed in excess of 19 deaths in relation to a mass shooting that shook Nova Scotia":
                           # a past verb with its object right after "that" (a clause of what was said has a subject)
                           r"(?:[a-z]{2,}ed|shook|struck|hit|left|took|tore|swept|broke|began|drew|led)\s+"
                           r"(?:the|a|an|his|her|its|their|\d|[A-Z])")


COLON_OR_COMMA_LEAD = re.compile(r"\s*[:,]?\s*")
STOP_LEAD = re.compile(r"[.!?](?:\s|$)")     # the frame's own full stop: nothing said after it
# A verb right after "that": the word was a demonstrative, the subject of what was said ("said that would be
# impossible", "suggested that is exactly what he will do")
DEMONSTRATIVE_THAT = re.compile(r"(?:is|was|would|will|could|can|should|might|must|has|had|seems|seemed)\b")
# "said Monday Thailand has ...", "said Tuesday it strongly condemns ...", "told Al Jazeera TV channel, Monday:", "said
# last night his country needs ...", "said recently that": a day right after the frame (content_after).
# (not a day the content owns: "condemned Monday night's incident when a truck crashed ..." (issue 8, seed round))
PAST_TIME = r"in\s+the\s+past|previously|in\s+(?:" + MONTH_NAMES + r")(?:\s+\d{4})?"
PAST_TIME_LEAD = re.compile(PAST_TIME)
DAY_LEAD = re.compile(r"(?:on\s+|last\s+)?(?:(?:" + WEEKDAY_NAMES + r")"
                      r"(?!(?:\s+(?:morning|afternoon|evening|night))?['’]s?\b)"
                      r"(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+(?=[\w“\"])|\s*:)|"
                      # (a season too: "Raymond told Postmedia last fall he poses as ...", Calgary Herald; quotes14)
                      r"(?:today|yesterday|tonight|recently|last\s+(?:night|evening|week|weekend|month|year|fall|autumn|spring|summer|winter)|"
                      r"over\s+the\s+weekend|the\s+day\s+before\s+yesterday|"
                      r"(?:two|three|four|five|six|several|[2-6]|a\s+few)\s+days\s+ago|"
                      r"this\s+(?:morning|afternoon|evening)|earlier\s+today|late\s+yesterday|"
                      r"earlier\s+this\s+(?:week|month|year)|"
                      # ("Rockstar Games ... has said in the past it markets its games responsibly", "the Tories said
                      # in November they would increase maternity pay"; bbc15)
                      + CALENDAR_DAY + r"|" + PAST_TIME + r"),?\s+(?=[A-Z]|(?:although|though|while|if|when|"
                      r"because|unless|the|a|an|it|its|he|she|they|there|this|these|his|her|their|some)\b))")


# "added a goal and an assist", "added two goals for Toronto", "added 3 per cent": what "add" takes without "that" when
# it adds a thing, not words (no finite verb before the clause's first comma: "added a deal would follow" is words).
COUNTED_OBJECT = re.compile(r"\s*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|\d[\d.,]*)\s"
                            r"(?![^,;.]*\b(?:is|was|are|were|will|would|could|can|may|might|must|should|has|had|have)\b)")


# A time relation opening what follows the frame: 'said Friday, a day after the release of ...'
TIME_RELATION_LEAD = re.compile(r"(?:a|one|two|three|four|five|several|\d+|just|only)\s+(?:days?|weeks?|hours?|months?)\s+"
                                r"(?:after|before)\b"
                                # '"...," Moon said while being briefed on policy plans from the Ministry of National
                                # Defense and the Ministry of Patriots and Veterans Affairs.' (Korea Times; seed13)
                                # (not a noun in -ing: "Steve Roberts, says while lightning has caused a few more fires,
                                # the weather is helping today." (MBC Radio; set AX 007): grammar.yml ing_nouns)
                                r"|(?:while|when|after|before)\s+(?:being\s+)?(?!(?:no|some|every|any)thing\b|(?:%s)\b)"
                                r"(?-i:[a-z]+ing)\b" % "|".join(sorted(words("ing_nouns"))), re.I)


CITING_LEAD = re.compile(r"(?:citing|quoting)\s", re.I)


def frame_lead_end(body: str, pos: int, end: int) -> int:
    """Where the words said begin after the frame's own day and occasion at body[pos:end]: "said Monday Thailand has
    ...", "said Tuesday it strongly condemns ...", "told Al Jazeera TV channel, Monday:" (the day belongs to the frame;
    "said today is ..." keeps its subject); wire copy leaving out "that", "said in a statement the offer was ...",
    "said on her blog she had been fired ..." (the occasion too)."""
    day = DAY_LEAD.match(body, pos, end) if pos < end else None
    if day:
        pos = day.end()
    occasion = OCCASION_NO_THAT.match(body, pos, end)
    if occasion and occasion.group(1).lower() in OCCASION_NOUNS:
        pos = occasion.end()
    return pos


# The frame of the sentence's own speaker after a reported body's words: "South Korea ... asked that such reports not be
# repeated, a presidential official said Monday.", "China urged ... and called on relevant parties to exercise
# restraint ..., a Foreign Ministry spokesperson said Monday." (Xinhua, Yonhap; seed15): the body's words end there.
SPEAKER_FRAME_TAIL = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[\w'’.-]+\s+){0,5}?(?:" + ONE_SPOKESPERSON + r"|official"
                                # ... an aide's: "..., a senior aide to Foley said." (reut2-002 #387; quotes20)
                                r"|aide(?:\s+to(?:\s+[A-Z][\w'’.-]*){1,4})?)"
                                r"(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:said|says|told|added)\b[^\"“”]*$")

# ... or unnamed people's: ", banking sources said", ", senior U.S. Officials said", ", people familiar with the session
# said" (Reuters, PolNeAR)
VAGUE_FRAME_TAIL = re.compile(r",\s+(?:(?:the|those)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:%s)(?:\s+[^,\"“”]{1,40}?)?"
                              r"\s+(?:said|say|says|told)\b[^\"“”]*$"
                              % alternatives("tail_sources"), re.I)


# A readout's account of the meeting going on after the words: "The Secretary underscored the imperative of ensuring
# humanitarian access for the people of Syria, while they also discussed regional issues, ..." (thefrontierpost.com;
# wire19)
READOUT_WHILE = re.compile(r",\s+while\s+(?:they|the\s+two(?:\s+[a-z]+)?|both(?:\s+[a-z]+)?)\s+(?:also\s+)?"
                           r"(?:discussed|met|spoke|talked|exchanged)\b")
# ... or a medium reporting the words: "French Foreign Minister Alain Juppe confirmed on Tuesday contacts with the Libyan
# government ..., a local radio reported." (Xinhua via chinadaily.com.cn; wire19)
MEDIA_REPORTED_TAIL = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:radio|television|broadcaster|agency|"
                                 r"media|%s)\s+(?:reported|reports)\s*[.!]?\s*$" % "|".join(words("media_nouns")))


# The cue in a relative clause whose object is the noun before it: "... a China-led infrastructure bank ..., which he
# proposed last year with an aim at helping Asian countries ..." (Korea Herald; seed15), "what he called agreements":
# what was said is that noun, not the words after the verb.
OBJECT_RELATIVE_CUE = re.compile(r"\b(?:which|what)\s+(?:he|she|they|it|we|I)\s+(?:(?:also|had|has|have|once|first|"
                                 r"[a-z]+ly)\s+)?[a-z]+$")


# ... but not a relative clause after a preposition ("an interview in which he accused Souness of lying"), nor one whose
# relative is the subject of the words said ("firms which he says were sold cheaply", "a hidebound Tory party, which he
# said would turn the clock back", "Deutsche Bank, which it alleges to be the leader of a consortium"): a clause goes on.
CLAUSE_GOES_ON = re.compile(r"\s*(?:(?:also|still|now|then)\s+)?(?:to\s|(?:is|are|was|were|would|could|will|can|may|might|"
                            r"should|must|has|have|had)\b)")
RELATIVE_PREPOSITIONS = words("prepositions")


def object_relative(body: str, cue_end: int) -> bool:
    """Does the cue ending at cue_end close a relative clause whose object is the noun before it, so that nothing
    after the verb was said?"""
    m = OBJECT_RELATIVE_CUE.search(body, max(0, cue_end - 60), cue_end)
    if m is None:
        return False
    before = body[max(0, m.start() - 15):m.start()].split()
    return not (before and before[-1].lower() in RELATIVE_PREPOSITIONS) and not CLAUSE_GOES_ON.match(body, cue_end)


# A verb of telling in the present tense of a relative clause tells what its subject does ("which advises
# industrialized nations on energy policy") unless a clause or an infinitive follows ("which warns that ...").
HABITUAL_RELATIVE = re.compile(r",\s+(?:which|who)\s+[a-z]+s$")
CLAUSE_OR_INFINITIVE = re.compile(r"\b(?:that|to)\b|[\"“:]")


def _clause_end(body: str, pos: int, end: int) -> int:
    """Where the clause from pos ends: its comma, else the sentence's end."""
    comma = body.find(",", pos, end)
    return end if comma < 0 else comma


# A run-in heading's colon, then a sentence of its own with its own frame: "Schinas suggests Avramopoulos went too far:
# The spokesman said ..." (Politico's midday brief; un19).
COLON_THEN_SENTENCE = re.compile(r":\s+(?:The|A|An|He|She|It|They)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)")


def _colon_before_new_frame(body: str, pos: int, end: int) -> int | None:
    """Where the words end at a colon before a new sentence that opens with its own reporting frame, else None."""
    for m in COLON_THEN_SENTENCE.finditer(body, pos, end):
        if any(w in CUE_PAST_PRESENT for w in m.group(1).split()):
            return m.start()
    return None


# A run-in heading whose frame closes it, its words before ("Migration policy works, Commission argues: Schinas also
# weighed in on ..."; Politico's midday brief, un19): the colon opens the item's text, no words of that frame.
RUN_IN_HEAD_FRAME = re.compile(r"(?:^|\n)(?!(?:In|On|At|After|Before|During|Speaking|Earlier|Later|Meanwhile|However|But|And|"
                               r"Yesterday|Today|Asked|Responding|Separately|Also|Still|Then|Now)\b|[A-Z][a-z]+ly\b)"
                               r"(?=[^\n,]*\s)[^\n,]{3,80},\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+[a-z]+$")


# The outlet quoting after "as saying": "Chinese foreign minister Wang Yi was quoted as saying by Global Times: “...”"
# (ThePrint; seed23), "... as saying by Xinhua that ...": who reported the words, none of them.
QUOTING_OUTLET = re.compile(r"\s*by\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*(?=\s*[:,]|\s+that\b)")
AS_SAYING = re.compile(r"\bas\s+saying$")


def _quoting_outlet(body: str, cue_end: int, sent_end: int) -> int | None:
    """Just past "by <outlet>" right after "as saying", else None."""
    if not AS_SAYING.search(body, max(0, cue_end - 12), cue_end):
        return None
    by = QUOTING_OUTLET.match(body, cue_end, sent_end)
    return by.end() if by else None


def content_after(text: Text, cue_end: int, sent_end: int, base: str):
    """(start, end) of the words a cue ending at cue_end frames after it in its sentence, or None: the steps of
    CONTENT_AFTER_STEPS move where the words start (c.pos) past "that", an addressee, a lead, or find there are none."""
    c = _After(text.body, cue_end, sent_end, base)
    for step in CONTENT_AFTER_STEPS:
        if step(c) is NO_CONTENT:
            return None
    end = _content_end(c.body, c.pos, sent_end)
    if not c.opened and c.base in ANNOUNCING and (act := OWN_ACT_TAIL.search(c.body, c.pos, end)) \
            and not SUBJECT_LEAD.match(c.body, c.pos):
        end = act.start()
        # ... and the day of it just before ("announced plans to cut ... jobs on Feb. 12 as it worked to ...")
        day = DAY_BEFORE_ACT.search(c.body, c.pos, end)
        end = day.start() if day else end
    if " in re" in c.body[c.pos:end] and c.base.split()[0] not in SAYING_BASES and \
            (resp := RESPONSE_TAIL.search(c.body, c.pos, end)) and \
            not OBJECT_CLAUSE_VERB.search(c.body, c.pos, resp.start()) and \
            len(c.body[c.pos:resp.start()].split()) <= RESPONSE_OBJECT_WORDS and ";" not in c.body[resp.start():end]:
        end = resp.start()     # "China is stressing mutual respect and cooperation in response to tough talk from ...":
        #                        what the words answered, no part of a noun phrase's object (AP; set AK 005)
    start, end = trim_span(c.body, c.pos, end)
    if FREQUENCY_ONLY.fullmatch(c.body, start, end):
        return None     # "has affirmed many times and reiterated that ...": how often, no words
    return (start, end) if end - start > 1 else None


# How often it was said, and nothing else after the verb (lexicon frequency_adverbials).
FREQUENCY_ONLY = re.compile(r"(?i:%s)" % alternatives("frequency_adverbials"))
# A day told back from one named before, and nothing else after the verb to the sentence's end (lexicon
# told_back_days, later_adverbials; indirect._postposed).
DAY_TOLD_BACK = "%s|%s" % (alternatives("told_back_days"), alternatives("later_adverbials"))
DAY_TOLD_BACK_ONLY = re.compile(r"(?i:%s)" % DAY_TOLD_BACK)


# What a verb's object answered, after a noun phrase: ", in response to ...", "in reply to ..." (content_after); only
# after an object with no verb of its own ("said the strikes were carried out in response to the attack": the words).
RESPONSE_TAIL = re.compile(r",?\s+in\s+(?:response|reply)\s+to\b")
# (not after a verb of saying or calling, whose object is what was said or asked for: lexicon said_object_verbs)
SAYING_BASES = frozenset(words("said_object_verbs"))
# (a short object, the tail the sentence's last part: not "the importance of working with ... to impose swift, severe
# costs on Russia in response to any further ...", nor "appreciation for Canada's many commitments in response to ...;
# ongoing support for ...", a list going on; State Department readouts)
RESPONSE_OBJECT_WORDS = 8
OBJECT_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|must|may|"
                                r"might|shall|do|does|did|[a-z]+ed|[a-z]+s\s+(?:to|that)|to\s+[a-z]+)\b|[\"“”]")


# The reporter's background after what was announced, no comma before it: the speaker's own act told by "as" or "when"
# and a pronoun in the past tense: "BlackBerry ... announced plans to cut an unspecified number of jobs on Feb. 12 as it
# worked to separate two of its business divisions" (canadanewsmedia.ca; set M), "Fontana also announced job-shuffling
# at the Canada Housing and Mortgage Corporation when he started his tour on Wednesday, creating ..." (NNSL; set O),
# "Wembley ... announced the planned sale as it revealed it was to offload ..." (bbc-news). Only after a thing announced
# (no "that", no clause of its own: not "announced it would ... when it merged", where the tail may be the words').
ANNOUNCING = {"announce", "unveil"}
OWN_ACT_TAIL = re.compile(r"\s+(?:as|when)\s+(?:he|she|it|they)\s+(?:(?:first|then|later|also)\s+)?"
                          r"(?!(?:had|was|were|would|could|should|did|needed|wanted|hoped|expected)\b)"
                          r"(?:[a-z]{3,}ed|began|took|made|spoke|met|gave|went|came)\b")
DAY_BEFORE_ACT = re.compile(r"\s+on\s+(?:%s|(?:%s|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2})$"
                            % (WEEKDAY_NAMES, MONTH_NAMES))
SUBJECT_LEAD = re.compile(r"\s*(?:that\s+)?(?:he|she|it|they|we|i)\s", re.I)


NO_CONTENT = object()     # a step's answer: the cue frames no words after it


class _After:
    """A cue's sentence after it as content_after's steps read it: where the words start so far (pos), the "that"
    opening them (that), and whether "that" or "expressed concerns that" opened them (opened)."""
    __slots__ = ("body", "cue_end", "sent_end", "base", "rest", "pos", "that", "opened")

    def __init__(self, body, cue_end, sent_end, base):
        self.body, self.cue_end, self.sent_end, self.base = body, cue_end, sent_end, base
        self.rest, self.pos, self.that, self.opened = body[cue_end:sent_end], cue_end, None, False


def _object_relative_before(c: _After):
    return NO_CONTENT if object_relative(c.body, c.cue_end) else None


def _run_in_head_colon(c: _After):
    if c.body[c.cue_end:c.cue_end + 1] == ":" and RUN_IN_HEAD_FRAME.search(c.body, max(0, c.cue_end - 130), c.cue_end):
        return NO_CONTENT
    return None


def _past_quoting_outlet(c: _After):
    # "Wang Yi was quoted as saying by Global Times: “...”": the words start after the outlet (seed23)
    by = _quoting_outlet(c.body, c.cue_end, c.sent_end)
    if by is not None:
        c.rest, c.pos, c.cue_end = c.body[by:c.sent_end], by, by
    return None


def _that_clause(c: _After):
    rest = c.rest
    m = PARTICIPLE_ADJUNCT_THAT.match(rest)
    if m and not PERSONAL_SUBJECT_AFTER_COMMA.search(m.group(1)):
        c.that, c.opened, c.pos = m, True, c.cue_end + m.end()
        return None
    m = FRAME_THAT.match(rest)
    if m and m.group(1) and FRAME_THAT_NOT.search(m.group(1)):
        m = None
    if m and m.group(1) and RELATIVE_VERB.match(rest, m.end()):
        # 'added in response to some national dailies that cited an unnamed presidency source ...': "that" opens a
        # relative clause of the adjunct's noun, not what was said
        return NO_CONTENT
    if m and not m.group(1) and DEMONSTRATIVE_THAT.match(rest, m.end()):
        m = None     # "he has suggested that is exactly what he will do": "that" is the clause's subject
    if m is None and (adj := LONG_ADJUNCT_THAT.match(rest)) and not FRAME_THAT_NOT_CLAUSE.search(adj.group(1)):
        m = adj     # "quoted ... Zhao Lijian as saying in a press conference in response to US media reports claiming
        #             that Russia had requested ..., that “the United States creates ...”" (SANA; seed23): an
        #             occasion that holds its own "that", closed by a comma before the "that" of what was said
    if m:
        c.that, c.opened, c.pos = m, True, c.cue_end + m.end()
    return None


def _expressed_that(c: _After):
    if not c.opened and c.base == "express" and (e := EXPRESSED_THAT.match(c.rest)):
        c.opened, c.pos = True, c.cue_end + e.end()     # "expressed concerns that CONTENT": the clause
    return None


def _what_a_body_does(c: _After):
    body, cue_end = c.body, c.cue_end
    if not c.opened and c.base in ADDRESSEE_VERBS and HABITUAL_RELATIVE.search(body, max(0, cue_end - 40), cue_end) \
            and not CLAUSE_OR_INFINITIVE.search(body, cue_end, _clause_end(body, cue_end, c.sent_end)):
        return NO_CONTENT     # "The Paris-based IEA watchdog, which advises industrialized nations on energy policy,
        #                       said ...": what the body does, not words said (bbc-news/business/028)
    return None


# A name printed again in its own script after the Latin one: "Xi Jinping (習近平)".
NATIVE_NAME_AFTER = re.compile(r"\s*\((?=[^)\n]*[^\x00-\u024f\s])[^)\n]{1,20}\)")


# The body an addressee is of, and its apposition set off by commas: " of New Media, the GateHouse parent,".
ADDRESSEE_OF_BODY = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s*){1,5}(?:,\s+[^,.;:\"“”]{1,60},)?")


# An infinitive right after the one spoken to: what they were warned or asked to do ("warned the BBC to steer away").
INFINITIVE_AFTER_ADDRESSEE = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")


def _past_the_addressee(c: _After):
    if c.opened or c.base not in ADDRESSEE_VERBS or c.base in OBJECT_IN_CONTENT:   # "urged the government to act":
        return None                                                               # content
    body, rest, base, sent_end = c.body, c.rest, c.base, c.sent_end
    a = ADDRESSEE.match(rest)
    if a and a.group().strip()[:1].islower() and VERB_AFTER_ADDRESSEE.match(rest, a.end()):
        a = None
    if a and base != "tell" and a.group().strip()[:1].isupper() and VERB_AFTER_PLACE.match(rest, a.end()):
        a = None     # "police Chief Roger Chaffin cautions Calgary remains an “incredibly safe city,”": the clause's
        #              subject, not the people cautioned (Calgary Herald; quotes20)
    if a and base != "tell" and INFINITIVE_AFTER_ADDRESSEE.match(rest, a.end()):
        a = None     # "Peter Mandelson ... warned the BBC to steer away from "demonising" Mr Campbell" (bbc-news/politics/009,
        #              set AM): the one warned to do something is part of the words, as in "urged the government to act"
    if a:
        pos = c.cue_end + a.end()
        native = NATIVE_NAME_AFTER.match(body, pos, sent_end)
        pos = native.end() if native else pos     # "telling Chinese President Xi Jinping (習近平) during a telephone
        #                                           call on Wednesday that ...": the name in its own script
        #                                           (Taipei Times; set N 007)
        # "told parliament earlier Thursday that ...": the time after the addressee is the frame's too
        t = FRAME_THAT.match(body, pos, sent_end)
        if t is None and (of := ADDRESSEE_OF_BODY.match(body, pos, sent_end)):
            # ... and the body the addressee is of, with its apposition: "told investors of New Media, the GateHouse
            # parent, on Oct. 31 that ..." (a Zyte page; the lead's round 32)
            t = FRAME_THAT.match(body, of.end(), sent_end)
        if t is None and base == "tell":
            # ... or the rest of its name: "told the Reuters news agency that ..." (bbc-news/business/035)
            t = _audience_that(body, pos, sent_end, most=3)
        c.pos = t.end() if t else pos
    elif base == "tell" and (w := _audience_that(rest, 0, len(rest))):
        c.pos = c.cue_end + w.end()     # "told prospective Labour MPs on Thursday that ...": whom, then what
    elif (w := _audience_that(rest, 0, len(rest), most=2)) and \
            not any(x.lower() in AUDIENCE_NOT or x.endswith("ing") for x in w.group(1).split()):
        c.pos = c.cue_end + w.end()     # "Mayor Josh Morgan warned councillors that he will crack down ...": the
        #                                 people warned (two words at most), then what (CTV News; quotes20)
    return None


def _past_a_lead(c: _After):
    if not c.opened:
        lead = COLON_OR_COMMA_LEAD.match(c.body, c.pos, c.sent_end) if c.pos < c.sent_end else None     # (no copy)
        c.pos = frame_lead_end(c.body, lead.end() if lead else c.pos, c.sent_end)
    return None


def _lead_says_no_words(c: _After):
    """No "that" clause, and what follows the frame is no words of the speaker's."""
    if c.that:
        return None
    body, pos, sent_end = c.body, c.pos, c.sent_end
    if c.base == "add" and COUNTED_OBJECT.match(body, pos, sent_end):
        return NO_CONTENT     # "rookie Emil Bemstrom added a goal and an assist": a sum, not words
    if CITING_LEAD.match(body, pos, sent_end):
        return NO_CONTENT     # '..., a health official said Saturday, citing monitoring results.' (Xinhua; seed13): the
        #                       frame's ground, not what was said; the words are before the frame
    if STOP_LEAD.match(body, pos, sent_end):
        return NO_CONTENT     # '"I cannot predict, it depends on the negotiations," Dina added. –Sapa-AFP' (mg.co.za;
        #                       wire19): the frame ends its sentence; an agency's credit after it is no words of the speaker
    if TIME_RELATION_LEAD.match(body, pos, sent_end):
        return NO_CONTENT     # '... lawyer David Wotherspoon said Friday, a day after the release of ...': when it was
        #                       said, not what (ctvnews.ca, quotes11); the words are before the frame, if anywhere
    return None


# "told" and no words: its addressee and the call it was told on, then only when and by whose account ("Vietnamese
# Foreign Minister Bui Thanh Son told his Chinese counterpart Wang Yi in a phone talk on April 16, according to the
# Vietnam’s Ministry of Foreign Affairs (MoFA)."; Hanoi Times, set AQ 007): what he told is the lead's, before it (no
# "that" and no quotation after the call: not "told him in a phone call that ...").
TOLD_ON_A_CALL = re.compile(r"\s*(?:[\w’'.-]+\s+){1,6}?(?:in|during|over|on)\s+(?:a|an|the|their|his|her|its)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:phone|telephone|video|online)\s+(?:talks?|calls?|conversations?)\b"
                            r"(?:(?!\bthat\b)[^“”\"])*$")


def _told_on_a_call(c: _After):
    return NO_CONTENT if c.base == "tell" and TOLD_ON_A_CALL.match(c.rest) else None


# An illness complained of: "complained of a sore throat", "complained of mild symptoms" (lexicon symptom_nouns).
SYMPTOM_COMPLAINED_OF = re.compile(r"\s+of\s+(?:(?:a|an|some|mild|severe|slight|persistent)\s+)*(?:%s)\b"
                                   % alternatives("symptom_nouns"), re.I)


def _symptom_complained_of(c: _After):
    # "Hayashi complained of a sore throat on Wednesday morning ..." (nippon.com printing Jiji Press; set BO 011)
    return NO_CONTENT if c.base == "complain" and SYMPTOM_COMPLAINED_OF.match(c.body, c.cue_end) else None


CONTENT_AFTER_STEPS = (_object_relative_before, _run_in_head_colon, _symptom_complained_of, _told_on_a_call,
                       _past_quoting_outlet, _that_clause, _expressed_that,
                       _what_a_body_does, _past_the_addressee, _past_a_lead, _lead_says_no_words)


# The reporter's note of what the speaker would not tell, closing the words: "..., but he did not give details",
# "..., though she did not name him" (Reuters, PolNeAR): the words end before it; so without the subject again:
# 'her spokesman insisted she had a "fantastic cabinet", although declined to comment on whether a reshuffle was on the
# cards' (City A.M.; set AS).
WITHHELD_TAIL = re.compile(r",?\s+(?:but|though|although)\s+(?:(?:he|she|it|they|[A-Z][\w'’-]+)\s+)?(?:(?:did\s+not|didn['’]t|"
                           r"would\s+not|wouldn['’]t|declined\s+to|refused\s+to)\s+(?:further\s+|any\s+)?(?:%s)|"
                           r"(?:gave|offered|provided)\s+no\s+(?:further\s+|more\s+|other\s+)?(?:%s)|"
                           # ... or little light shed: "The Prime Minister’s official spokesman confirmed on Monday that
                           # Mr Johnson is on leave and will return this weekend, but shed little light on where he will
                           # spend his time once he is back." (NewsChain printing PA; set BD 001)
                           r"shed\s+(?:little|no|scant)\s+(?:further\s+|more\s+)?light)\b"
                           % ("|".join(sorted(words("withheld_detail_verbs"))), "|".join(sorted(words("withheld_detail_nouns")))))


# The reporter's present after words put in the past: "Mr Chirac denied there was any snub - he is going to a memorial
# service for ..." (bbc-news/politics/126), "The DFA said on Monday it was “closely monitoring developments” in the
# region, as it takes the necessary “diplomatic step” ..." (own set H, ph/016): the words were shifted back ("was",
# "would"), so a present tense after a dash or ", as" with a pronoun subject is the narrator's, not theirs. Not
# "because"/"since" (the speaker's reasons: "said it was entitled ..., since it has local bank accounts"), not a
# present perfect ("as he has said"), not words still in an open quote.
NARRATED_PRESENT_TAIL = re.compile(r"(?:,\s+as|\s+[-–—])\s+(?:he|she|it|they)\s+(?:(?:is|are)\s+[a-z]+ing\b|"
                                   r"(?!(?:stands|happens|seems|appears|goes)\b)[a-z]{2,}[^su\W]s\b)")
BACKSHIFTED = re.compile(r"\b(?:was|were|would|had|could)\b")


def _narrated_present(body: str, pos: int, end: int) -> int | None:
    """Where a narrator's present tail starts after backshifted words (NARRATED_PRESENT_TAIL), else None."""
    for m in NARRATED_PRESENT_TAIL.finditer(body, pos, end):
        before = body[pos:m.start()]
        if BACKSHIFTED.search(before) and before.count("“") == before.count("”") and before.count('"') % 2 == 0:
            return m.start()
    return None


def _content_end(body: str, pos: int, sent_end: int) -> int:
    """Where the words that start at pos end, at the sentence's end at the latest: a participle or another frame
    (_content_cut), a readout's ", while they also discussed", a colon before a sentence with a frame of its own, a
    tail naming the words' source (", BJP sources said", ", a local radio reported"); each asked only of a span with
    its cheap mark in it."""
    cut = _content_cut(body, pos, sent_end)
    end = sent_end if cut is None else cut
    words_in = body[pos:end]     # (sliced again only when a step shortens the span)
    meeting = READOUT_WHILE.search(body, pos, end) if " while " in words_in else None
    if meeting:
        end = meeting.start()
        words_in = body[pos:end]
    colon = _colon_before_new_frame(body, pos, end) if ": " in words_in else None
    if colon is not None:
        end = colon
        words_in = body[pos:end]
    withheld = WITHHELD_TAIL.search(body, pos, end) if " but " in words_in or "though " in words_in else None
    if withheld:
        end = withheld.start()
        words_in = body[pos:end]
    narrated = _narrated_present(body, pos, end) if " as " in words_in or "- " in words_in \
        or "– " in words_in or "— " in words_in else None
    if narrated is not None:
        end = narrated
        words_in = body[pos:end]
    glued = _glued_quotation(body, pos, end) if '."' in words_in or ".“" in words_in or ".”" in words_in else None
    if glued is not None:
        end = glued
        words_in = body[pos:end]
    tail = (SPEAKER_FRAME_TAIL.search(body, pos, end) or MEDIA_REPORTED_TAIL.search(body, pos, end) or
            VAGUE_FRAME_TAIL.search(body, pos, end)) if "," in words_in else None
    return tail.start() if tail else end


# A quotation opened right after a full stop, no space between them: "Mao Ning said on Thursday that China's position on
# this issue is very clear."We have always opposed ..." (Global Times; set V 007): the reported words end at the full
# stop; the quotation is a sentence of its own (a straight mark opens when the marks before it in the words are paired;
# one that closes them ends the words after it: 'said the talks were "constructive."He added ...').
GLUED_OPENING = re.compile(r"(?<=\w)[.!?](?=[\"“”][A-Z])")


def _glued_quotation(body: str, pos: int, end: int):
    for m in GLUED_OPENING.finditer(body, pos, end):
        mark = body[m.end()]
        if mark == "“" or mark == '"' and body.count('"', pos, m.end()) % 2 == 0:
            return m.end()
        return m.end() + 1     # (the closing mark: the sentence ends after it)
    return None
