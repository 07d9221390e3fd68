"""Rules for quotes and attribution: verbs of speaking (by lemma, inflected by rule), cue nouns, adjuncts
and control verbs, nouns of speech, clause openers and breaks, transcript labels."""

from __future__ import annotations

import re

_VOWELS = "aeiou"


def _verb_forms(lemmas: str, irregular: dict[str, tuple[str, ...]] | None = None) -> frozenset[str]:
    """Every inflected form of each lemma by the rules of English spelling: say -> says, said (irregulars as
    given); sigh -> sighs, sighed, sighing; concede -> conceded; deny -> denied; snap -> snapped, snapping
    (a final consonant after one vowel may double; the undoubled form is kept too: "labeled", "labelled")."""
    irregular = irregular or {}
    out: set[str] = set()
    for lemma in lemmas.split():
        out.add(lemma)
        if lemma in irregular:
            out.update(irregular[lemma])
            continue
        if lemma.endswith("ee"):
            out.update((lemma + "s", lemma + "d", lemma + "ing"))
        elif lemma.endswith("e"):
            out.update((lemma + "s", lemma + "d", lemma[:-1] + "ing"))
        elif lemma.endswith("y") and lemma[-2] not in _VOWELS:
            out.update((lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"))
        elif lemma.endswith(("s", "sh", "ch", "x", "z")):
            out.update((lemma + "es", lemma + "ed", lemma + "ing"))
        else:
            out.update((lemma + "s", lemma + "ed", lemma + "ing"))
            one_vowel = lemma[-3:-2] not in tuple(_VOWELS) or lemma[-4:-2] == "qu"  # "quip": u is no vowel here
            if lemma[-1] not in _VOWELS + "wxy" and lemma[-2] in _VOWELS and one_vowel:
                out.update((lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"))
    return frozenset(out)


_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "know": ("knows", "knew", "knowing"),
    "feel": ("feels", "felt", "feeling"),
    "forecast": ("forecasts", "forecasting"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "cry": ("cries", "cried", "crying"),
    "read": ("reads",),
    "go": ("goes", "went", "gone", "going"),
    "begin": ("begins", "began", "begun", "beginning"),
    "seek": ("seeks", "sought", "seeking"),
    "have": ("has", "had", "having"),
    "hear": ("hears", "heard", "hearing"),
    "understand": ("understands", "understood", "understanding"),
    "learn": ("learns", "learned", "learnt", "learning"),
}

#: Verbs that report speech or writing, and introduce a quote or a reported clause (`X said (that) ...`).
SPEECH_VERBS = _verb_forms(
    """
    say tell add insist warn claim state declare announce explain argue note write post tweet reply respond
    answer ask recall acknowledge admit concede confirm deny stress emphasize emphasise suggest predict promise
    pledge vow estimate report reveal testify allege assert contend maintain observe remark comment complain
    boast joke quip shout scream whisper urge caution continue agree believe think tell retort counter
    conclude concur contend guarantee inform assure remind reiterate repeat charge hint signal indicate
    reckon suspect fear hope worry lament mourn recount describe announce disclose forecast
    rule demand scold yell chant encourage question express propose recommend advise exhort proclaim cite
    reference mention read
    interject gush fume sigh scoff snap thunder murmur mutter growl bark cry exclaim rage marvel muse enthuse
    grumble protest plead beg reason chime laugh chuckle bellow blurt boom gasp groan hiss howl moan mumble
    rant roar shriek sneer sob stammer stutter wail wonder rebut riposte summarise summarize elaborate clarify
    confide intone pronounce opine posit speculate surmise affirm underline underscore brag crow taunt tease
    jest rail fulminate vent reassure implore appeal text email message blog lecture preach recite sing
    type scrawl hear know publish
    """,
    _IRREGULAR,
) - frozenset(
    # forms that are far more often nouns in news copy ("the state", "a post", "fears")
    "state states post posts charge charges signal signals comment comments fear fears hope hopes worry worries "
    "forecast forecasts counter counters joke jokes guarantee guarantees remark remarks lament laments answer "
    "answers reply replies continue continues concur concurs note notes appeal appeals text texts email emails "
    "message messages blog blogs boom booms rail rails vent vents crow crows bark barks snap snaps read hearing "
    "knowing".split()
)

#: Verbs of speaking that introduce quoted words but never a reported clause of their own: `"...," she
#: continued` is speech, "Showers continued throughout the week" is not.
QUOTING_ONLY_VERBS = _verb_forms(
    "continue laugh chuckle sing sob gasp groan howl moan shriek wail boom roar bellow type scrawl recite", _IRREGULAR
)

#: Cue verbs a business named in the possessive can be the subject of ("Moody's said", "McDonald's added"):
#: forms that never stand before a noun they modify, as "Sweden's ruling party" and "Marathon's posted price"
#: do (there the "'s" is a possessive).
NAME_WITH_S_CUES = frozenset(
    "said says added adds told tells explained explains warned warns insisted insists replied replies".split()
)

#: Forms of cue verbs that are also nouns: after a determiner or a possessive they are the noun ("his
#: claims", "a Donald Trump tweet", "the report"), not a verb of speaking.
CUE_NOUNS = frozenset(
    """
    claim claims report reports tweet tweets promise promises pledge pledges vow vows estimate estimates
    demand demands question questions hint hints reply quote quotes warning warnings statement comment
    comments call calls request requests admission response plea pleas protest protests rant laugh cry
    cries sigh boast boasts taunt taunts quip quips retort joke jokes suggestion
    """.split()
)

#: Verbs of knowing and expecting that report a clause only with "that": "X expects that ...", "The Post has
#: learned that ..." (not "X expects a decision", "she learned to drive").
THAT_VERBS = _verb_forms(
    "expect realise realize recognise recognize learn doubt assume understand discover", _IRREGULAR
)

#: Forms of speech verbs that news copy mostly uses as nouns ("the states", "his notes"), verbs when a subject
#: stands before them and "that" after: "A document on the website states that ...", "he notes that ...".
NOUN_FORM_THAT_VERBS = frozenset("states notes fears hopes worries remarks comments answers replies".split())

#: Verbs that take an object and then the speaker's words: `called the attack "a killing"`.
CHARACTERIZING_VERBS = _verb_forms(
    """
    call slam accuse criticize criticise blast condemn praise label dub brand term hail denounce lambast
    decry describe attack mock dismiss welcome applaud characterize characterise liken compare thank blame
    rate laud commend extol salute credit fault
    """,
    _IRREGULAR,
)

#: Cues that take a particle before their object ("called for", "called on", "pointed out").
CUE_PARTICLES = frozenset({"for", "on", "out"})

#: Prepositions after which a cue-looking word is a noun ("acts of protest", "in protest", "without comment");
#: an -ing form after them is still a verb ("after saying").
NOUN_PREPOSITIONS = frozenset("of for about with in from at against amid without".split())

#: Tell-type verbs take an addressee before the reported clause (`told AFP he ...`, `assured reporters that`).
ADDRESSEE_VERBS = _verb_forms("tell inform assure remind warn urge ask", _IRREGULAR)

#: Words that may stand between a speaker and the cue without ending the speaker phrase (`has also said`).
CUE_AUXILIARIES = frozenset(
    """
    has have had is was are were will would could should may might did does do been also later then previously
    repeatedly reportedly initially recently once again further earlier subsequently separately quickly
    publicly privately simply flatly bluntly angrily quietly just only had've not never meanwhile too
    already first now since yet even still ultimately finally immediately often usually always frequently
    sometimes regularly later openly privately proudly
    """.split()
)

#: Verbs that pass their subject on to the cue after "to": "X tried to explain", "X went on to say".
CONTROL_VERBS = _verb_forms("try attempt want seek hasten rush move decide proceed continue begin go hurry", _IRREGULAR)

#: Adjuncts of time between a speaker and the cue, and the words that open them: "X on Wednesday said",
#: "X late last night told", "X this week insisted".
TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening
    night week weekend month year january february march april june july august september october november
    december
    """.split()
)
TIME_OPENERS = frozenset("on in at during last this late early earlier next".split())

#: Phrases that attribute the rest of the sentence (`according to X`; `per X` only after a comma).
ACCORDING_TO = ("according to", "per")


#: Nouns of speech that take the speaker's words in a "that" clause: "claims from X that ...", "X's warning
#: that ...", "a New York Times report that ...".
SPEECH_NOUNS = frozenset(
    """
    claim claims warning warnings suggestion suggestions assertion assertions allegation allegations insistence
    promise promises pledge pledges admission admissions argument arguments statement announcement
    accusation accusations threat threats report reports assurance assurances prediction predictions
    contention belief view concession boast boasts charge charges complaint complaints
    """.split()
)

#: A sentence that names a speaker and announces words to come, handing them the next paragraph's quote:
#: "Zelensky had a warning for Moscow." / "Arteta was blunt about his side's chances."
INTRODUCING_NOUNS = frozenset(
    """
    warning message word words answer reply response verdict plea advice retort riposte rebuke promise pledge
    view thoughts take explanation assessment prediction say appeal challenge question comment comments
    statement remarks
    """.split()
)
INTRODUCING_ADJECTIVES = frozenset(
    """
    blunt clear defiant frank candid scathing upbeat optimistic pessimistic cautious emphatic unapologetic
    unrepentant unequivocal forthright adamant dismissive direct succinct gloomy bullish scornful
    """.split()
)


#: Prepositions that may follow a speaker's head noun ("a narrator in the Clinton ad said").
SPEAKER_PREPOSITIONS = frozenset({"of", "in", "at", "from", "for", "with", "on"})

#: Words before a participle that opens a sentence and borrows the main clause's subject: "After saying ...,
#: she", "While insisting ..., the minister".
PARTICIPLE_OPENERS = frozenset("after before while when by on in since upon".split())

#: Prepositions of place after a participle that describes a speaker: "Protesters marching through the
#: streets chanted", "Residents living near the plant said": the speaker is the noun before the participle.
PLACE_PREPOSITIONS = frozenset("through in on at from across outside near along around into inside".split())


#: Words that begin sentences. On text with no line breaks at all, a short capitalised phrase without
#: punctuation followed by one of these is a heading glued to its sentence ("Early life He was born ...").
SENTENCE_STARTERS = frozenset(
    """
    he she it they his her its their this these those there here in on at by for from after before
    during following when while as although though since until unlike despite born however meanwhile
    """.split()
)

#: Grammatical words: never a modifier inside a speaker phrase.
FUNCTION_WORDS = frozenset(
    """
    a an the and or but nor so yet if then than that this these those there here it its he she they we i you
    him her them us me my our your their his who whom whose which what when where why how of in on at to for
    with by from into onto over under about after before as since until while because although though not no
    is are was were be been being has have had do does did will would could should may might must can also
    very too just only even still already between among within without per via around vs versus
    """.split()
)

#: Words after a cue that show it does not introduce a reported clause (`said to`, `said yes`).
NOT_CLAUSE_OPENERS = frozenset(
    """
    to in on at for with about of by from into so yes no goodbye hello thanks nothing anything otherwise
    hi bye as like than and or but after before during until since while
    """.split()
)

#: Auxiliaries and modals: after a cue, the word before one is the reported clause's subject even when it
#: looks like a cue itself (`said rates would rise`, `said claims were false`).
CLAUSE_AUXILIARIES = frozenset(
    "is are was were will would could should may might must can has have had do does did".split()
)

#: Verbs of speaking whose other sense takes an object ("maintain growth", "observing the talks"): they report
#: only a clause ("maintained that ...", "maintains he is innocent", "observed the rate would rise").
CLAUSE_ONLY_VERBS = _verb_forms("maintain observe")

#: Forms of "be" that make a cue passive: its subject is what was said ("each is written in", "key events
#: will be recounted"), or nobody is named ("it was believed", "it has been reported"); no speaker is guessed.
PASSIVE_BE = frozenset("is was are were be been being".split())

#: Cues whose subject is evidence (`rules.DOCUMENT_NOUNS`), not a person: `A Bloomberg poll shows that ...`,
#: `one study found ...`, `..., the data show`.
EVIDENCE_VERBS = frozenset({"show", "shows", "showed", "shown", "find", "finds", "found", "suggests", "indicates"})
#: Verbs by which a poll places someone: "A YouGov poll had Labour leading", "a survey put support at 40%".
PLACING_VERBS = frozenset({"had", "has", "have", "put", "puts", "gave", "gives", "placed", "places"})
#: After a comma, these words end a reported clause: "... it was interested, but ...", ", adding ...".
CLAUSE_BREAKS = frozenset(
    "but while adding saying according although though whereas calling insisting noting warning arguing".split()
)

#: After ", but that" or ", and that", a word that makes "that" a pronoun ("but that was before the vote"),
#: not the start of a second clause reported by the same cue ("but that its strikes would continue").
PRONOUN_THAT_FOLLOWERS = frozenset(
    """
    is was has had will would could can did does may might must should seems seemed remains remained means meant
    """.split()
)

#: Verbs of demanding, whose object is what was demanded ("called for new sanctions").
DEMAND_VERBS = frozenset({"call", "calls", "called", "calling"})

#: Addressees of tell-type verbs in lower case ("told reporters", "told him").
ADDRESSEES = frozenset(
    """
    him her them us me you reporters journalists lawmakers supporters parliament colleagues delegates investors
    voters staff members listeners viewers crowds crowd audience students workers
    """.split()
)

#: Conjunctions that join clauses: after a comma they start a clause, not an aside.
COORDINATORS = frozenset({"and", "but", "or", "nor"})

#: Words that open a sentence without being part of its subject ("But Smith said", "Nevertheless, BankAmerica").
LEADING_CONJUNCTIONS = frozenset(
    "but and so yet still meanwhile however nevertheless nonetheless moreover furthermore besides indeed hence "
    "therefore consequently likewise similarly additionally worse ironically notably crucially importantly oddly "
    "curiously strangely interestingly admittedly arguably".split()
)

#: Elisions whose apostrophe is not an opening single quote ('90s, rock 'n' roll, 'em).
ELISIONS = ("90s", "80s", "70s", "60s", "50s", "00s", "n'", "n’", "em", "til", "cause", "bout", "tis", "twas")

#: Whom a cue's words were addressed to, after the cue: `"...!" X shouted to the crowd.` still attributes.
AUDIENCE_WORDS = frozenset(
    "to crowd crowds reporters journalists audience audiences supporters cheers applause".split()
)

#: Adjuncts that may follow a cue before the reported clause (`said Thursday`, `said in a statement`).
#: An adjunct after a cue that names the source's terms, not its audience: "..., an official said on condition
#: of anonymity."
ANONYMITY_ADJUNCT = ("on", "condition", "of", "anonymity")

CUE_ADJUNCT_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later recently
    previously also again separately repeatedly on in at during last this week month year morning afternoon
    evening night day statement interview email emails briefing conference speech rally post posts tweet
    tweets video message letter x twitter facebook instagram telegram social media television tv radio
    sunday's friday's saturday's
    """.split()
)

#: Words that may open a reported clause after a cue (`said that ...`, `said he ...`, `said the ...`).
CLAUSE_OPENERS = frozenset(
    """
    that he she they it we i you there this these those the a an his her its their our my some many
    no none all most several both each every any one two three four five six seven eight nine ten
    nobody everyone everybody someone somebody nothing something if whether
    """.split()
)

#: Dashes that attribute a quote without a verb: `"..." ― Krystal Correa`.
ATTRIBUTION_DASHES = frozenset("―—–")

#: Quoted strings that are code, not words: an id, a handle, a link, an attribute value left by scraped
#: HTML ("data-id="783491630540001280"", "pic.twitter.com/...").
CODE_QUOTE = re.compile(r"[\d\s.,:;/#_@+=-]+|\S*[/@=_#]\S*|https?:\S*|www\.\S*")

#: A nickname in quote marks inside a name is no quote ("Marcia "Cia" Price", "Dwayne "The Rock" Johnson"): one
#: to three capitalised words, between a capitalised first name and a capitalised surname.
NICKNAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}")
NAME_BEFORE_NICKNAME = re.compile(r"(?<![\w.])[A-Z][a-z]+\s\Z")
NAME_AFTER_NICKNAME = re.compile(r"\s([A-Z][a-z]+)\b(?!['’]s)")

#: Transcript turns: a paragraph that opens with a speaker label in capitals ("WALLACE: Let's start").
SPEAKER_LABEL = re.compile(r"(?P<label>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}):\s+(?=\S)")
#: Capitalised labels that are not speakers.
NOT_SPEAKER_LABELS = frozenset(
    """
    CORRECTION CLARIFICATION UPDATE UPDATED NOTE NOTES EDITOR'S WATCH READ RELATED MORE PHOTOS VIDEO Q A BREAKING
    EXCLUSIVE OPINION ANALYSIS SOURCE SOURCES WARNING LIVE FACT CHECK FACTBOX TIMELINE FULL SPEECH TRANSCRIPT
    ABSTRACT SUMMARY PHOTO PHOTOS IMAGE WATCH LISTEN
    """.split()
)

#: Party labels after a legislator's name: "(D-Nev.)", "(R-IN)", and in AP style between commas: "Chuck
#: Schumer, D-N.Y., said", "Chris Dodd, D-Conn, said" (a state abbreviation: "N.Y.", "Ky.", "Calif.", "NY",
#: with or without its period; not "D-Day").
PARTY_LABEL = re.compile(
    r"\([DRI](?:-[A-Z][A-Za-z.]{1,8})?\)"
    r"|(?<=,\s)[DRI]-[A-Z](?!ay\b)(?:[a-z]{1,4}\.?|\.[A-Z]\.|[A-Z])(?=,|\Z)"
)

#: A quote of at most this many words, with no cue of its own, is a scare quote ("rare").
SCARE_QUOTE_MAX_WORDS = 3

#: Works whose title follows them in quote marks ("his book “Musicophilia”"), and the participles that name a
#: thing ("a poem called “Winter Solstice”", "a show titled “Ask Dr. Mike”"): such a quote is a name, no
#: one's words.
WORK_NOUNS = frozenset(
    """
    book books novel novels film films movie movies song songs album albums single show shows series play
    plays poem poems essay essays memoir documentary podcast programme program episode script musical opera
    painting exhibition sculpture game
    """.split()
)
NAMING_PARTICIPLES = frozenset("called titled entitled named dubbed".split())
