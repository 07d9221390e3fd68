"""Rules for quotes and attribution: speech and cue verbs, speaker nouns, titles, organisation words, name
particles, pronouns, clause openers and breaks, transcript labels."""

from __future__ import annotations

import re


def _verb_forms(lemmas: str, irregular: dict[str, tuple[str, ...]] | None = None) -> frozenset[str]:
    """Every inflected form of each lemma: say -> say, says, said, saying (irregulars as given)."""
    irregular = irregular or {}
    out: set[str] = set()
    for lemma in lemmas.split():
        if lemma in irregular:
            out.update((lemma, *irregular[lemma]))
            continue
        if lemma.endswith("ee"):
            forms = (lemma, lemma + "s", lemma + "d", lemma + "ing")
        elif lemma.endswith("e"):
            forms = (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
        elif lemma.endswith("y") and lemma[-2] not in "aeiou":
            forms = (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
        elif lemma.endswith(("s", "sh", "ch", "x", "z")):
            forms = (lemma, lemma + "es", lemma + "ed", lemma + "ing")
        else:
            forms = (lemma, lemma + "s", lemma + "ed", lemma + "ing")
        out.update(forms)
    return frozenset(out)


_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "admit": ("admits", "admitted", "admitting"),
    "quip": ("quips", "quipped", "quipping"),
    "vow": ("vows", "vowed", "vowing"),
    "plan": ("plans", "planned", "planning"),
    "tweet": ("tweets", "tweeted", "tweeting"),
    "post": ("posts", "posted", "posting"),
    "predict": ("predicts", "predicted", "predicting"),
    "retort": ("retorts", "retorted", "retorting"),
    "slam": ("slams", "slammed", "slamming"),
    "label": ("labels", "labeled", "labelled", "labeling", "labelling"),
    "dub": ("dubs", "dubbed", "dubbing"),
    "know": ("knows", "knew", "knowing"),
    "feel": ("feels", "felt", "feeling"),
    "forecast": ("forecasts", "forecasting"),
    "concur": ("concurs", "concurred", "concurring"),
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
    reference mention reads
    """,
    _IRREGULAR,
) - frozenset(
    # forms that are far more often nouns in news copy ("the state", "a post", "fears")
    "state states post posts charge charges signal signals comment comments fear fears hope hopes worry worries "
    "forecast forecasts counter counters joke jokes guarantee guarantees remark remarks lament laments answer "
    "answers reply replies continue continues concur concurs note notes".split()
)

#: Verbs that take an object and then the speaker's words: `called the attack "a killing"`.
CHARACTERIZING_VERBS = _verb_forms(
    """
    call slam accuse criticize criticise blast condemn praise label dub brand term hail denounce lambast
    decry describe attack mock dismiss welcome applaud characterize characterise liken compare thank blame
    rate
    """,
    _IRREGULAR,
)

#: Cues that take a particle before their object ("called for", "called on", "pointed out").
CUE_PARTICLES = frozenset({"for", "on", "out"})

#: Tell-type verbs take an addressee before the reported clause (`told AFP he ...`, `assured reporters that`).
ADDRESSEE_VERBS = _verb_forms("tell inform assure remind warn urge ask", _IRREGULAR)

#: Words that may stand between a speaker and the cue without ending the speaker phrase (`has also said`).
CUE_AUXILIARIES = frozenset(
    """
    has have had is was are were will would could should may might did does do also later then previously
    repeatedly reportedly initially recently once again further earlier subsequently separately quickly
    publicly privately simply flatly bluntly angrily quietly just only had've not never meanwhile too
    already first now since yet even still ultimately finally immediately often usually always frequently
    sometimes regularly later openly privately proudly
    """.split()
)

#: Phrases that attribute the rest of the sentence (`according to X`).
ACCORDING_TO = ("according to",)

#: People and bodies that speak in the news: nouns that can head a speaker phrase in lower case.
SPEAKER_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen president minister secretary chancellor
    ambassador chief official officials authorities authority police leader leaders governor senator lawmaker
    lawmakers representative congressman congresswoman mayor general commander aide aides adviser advisor
    advisers advisors diplomat diplomats analyst analysts expert experts source sources observer observers
    critic critics supporter supporters voter voters resident residents witness witnesses investigator
    investigators prosecutor prosecutors researcher researchers scientist scientists doctor doctors
    rescuer rescuers survivor survivors victim victims neighbour neighbours neighbor neighbors manager
    director chairman chairwoman chair ceo founder head member members staff staffer staffers
    campaign government ministry army force forces military navy office agency department committee
    council commission court company group party administration team coalition union board spokespersons
    officer officers soldier soldiers worker workers employee employees owner owners
    candidate nominee judge attorney lawyer lawyers economist economists pollster pollsters study report
    poll survey statement analysis data figures documents memo letter filing complaint lawsuit
    organization organisation institute foundation association network newspaper paper outlet journal magazine
    mother father son daughter wife husband brother sister friend family man woman people
    strategist strategists consultant consultants operative operatives activist activists journalist journalists
    reporter reporters columnist columnists editor editors writer writers author authors professor professors
    teacher teachers student students parent parents narrator announcer host anchor moderator questioner
    economist scholar historian lobbyist lobbyists donor donors ally allies opponent opponents rival rivals
    delegate delegates governor-elect chairperson superintendent commissioner sheriff coroner spokesmen
    fan fans protester protesters demonstrator demonstrators citizen citizens farmer farmers owner neighbor
    insider insiders surrogate surrogates backer backers veteran veterans republican democrat
    businessman businesswoman businessmen entrepreneur billionaire candidate official spokespeople percent
    book article piece clip ad ads video ruling document documents email emails website editorial column
    order opinion decision bill platform release transcript filing indictment verdict polls studies surveys
    host hosts coach coaches player players official's
    """.split()
)

#: Titles written before a name ("French President Emmanuel Macron"): everything up to the last title
#: word is `speaker_title`; the capitalised words after it are the name.
TITLE_WORDS = frozenset(
    """
    president vice prime minister chancellor secretary general senator sen rep representative gov governor
    mayor judge justice chief spokesman spokeswoman spokesperson ambassador commander lt col maj capt gen
    adm sgt dr prof mr mrs ms mx sir dame lord lady king queen prince princess pope rev father sister
    speaker leader chairman chairwoman chair director ceo minister foreign defence defense interior
    finance attorney deputy acting former first lady emir sheikh ayatollah cardinal bishop officer
    """.split()
)

#: Capitalised words that mark a speaker as an organisation or place, not a person.
ORGANISATION_WORDS = frozenset(
    """
    kremlin house council ministry department office agency committee commission union nations states
    times post news journal press network party campaign court army navy force forces police government
    administration university institute foundation association bank company corporation inc corp
    group coalition alliance organization organisation republicans democrats fbi cia nato un eu
    pentagon congress senate parliament assembly white
    """.split()
)

#: Words joining the parts of one name ("Ursula von der Leyen", "Secretary of State").
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "al", "bin", "ibn", "of"})

#: Determiners and possessives that open a speaker phrase.
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "one"})

#: Relative pronouns that can stand for a speaker named just before them ("the police, which reported ...").
RELATIVE_PRONOUNS = frozenset({"who", "which"})

#: Prepositions that may follow a speaker's head noun ("a narrator in the Clinton ad said").
SPEAKER_PREPOSITIONS = frozenset({"of", "in", "at", "from", "for", "with", "on"})

#: Titles and roles that tell a person's gender, for resolving "he" and "she".
GENDERED_WORDS = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m", "spokesman": "m",
    "chairman": "m", "congressman": "m", "husband": "m", "son": "m", "brother": "m", "businessman": "m",
    "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "queen": "f", "princess": "f", "mother": "f",
    "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "wife": "f", "daughter": "f", "sister": "f",
    "businesswoman": "f",
}  # fmt: skip

#: Pronouns that can be speakers, with what they may refer to.
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"they", "it"})
FIRST_PERSON = frozenset({"i", "we", "you"})

#: Capitalised words that start sentences but never names.
NOT_NAMES = frozenset(
    """
    the a an but and or so yet in on at for with after before as when while if though although because since
    this that these those there here it he she they we i you his her its their our my your one some many
    meanwhile however also still then now today yesterday tomorrow monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november december
    according despite during following under over about from by into through earlier later last next
    to of off up out now not no yes what how why who where which whose whom
    """.split()
)

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
    very too just only even still already between among within without per via around
    """.split()
)

#: Words after a cue that show it does not introduce a reported clause (`said to`, `said yes`).
NOT_CLAUSE_OPENERS = frozenset(
    """
    to in on at for with about of by from into so yes no goodbye hello thanks nothing anything otherwise
    hi bye as like than and or but
    """.split()
)

#: Cues whose subject is evidence, not a person: `A Bloomberg poll shows that ...`, `one study found ...`.
EVIDENCE_VERBS = frozenset({"show", "shows", "showed", "shown", "find", "finds", "found", "suggests", "indicates"})
EVIDENCE_NOUNS = frozenset(
    """
    poll polls study studies survey surveys report reports analysis analyses data video videos slide slides
    figures records documents research audit investigation review census estimate estimates footage
    """.split()
)

#: After a comma, these words end a reported clause: "... it was interested, but ...", ", adding ...".
CLAUSE_BREAKS = frozenset(
    "but while adding saying according although though whereas calling insisting noting warning arguing".split()
)

#: Verbs of demanding, whose object is what was demanded ("called for new sanctions").
DEMAND_VERBS = frozenset({"call", "calls", "called", "calling"})

#: Addressees of tell-type verbs in lower case ("told reporters", "told him").
ADDRESSEES = frozenset({"him", "her", "them", "us", "me", "you", "reporters", "journalists", "lawmakers", "supporters"})

#: Words that open a sentence without being part of its subject ("But Smith said").
LEADING_CONJUNCTIONS = frozenset({"but", "and", "so", "yet", "still", "meanwhile", "however"})

#: Elisions whose apostrophe is not an opening single quote ('90s, rock 'n' roll, 'em).
ELISIONS = ("90s", "80s", "70s", "60s", "50s", "00s", "n'", "n’", "em", "til", "cause", "bout", "tis", "twas")

#: Adjuncts that may follow a cue before the reported clause (`said Thursday`, `said in a statement`).
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

#: Transcript turns: a paragraph that opens with a speaker label in capitals ("WALLACE: Let's start").
SPEAKER_LABEL = re.compile(r"(?P<label>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}):\s+(?=\S)")
#: Capitalised labels that are not speakers.
NOT_SPEAKER_LABELS = frozenset(
    """
    CORRECTION CLARIFICATION UPDATE UPDATED NOTE EDITOR'S WATCH READ RELATED MORE PHOTOS VIDEO Q A BREAKING
    EXCLUSIVE OPINION ANALYSIS SOURCE SOURCES WARNING LIVE FACT CHECK FACTBOX TIMELINE FULL SPEECH TRANSCRIPT
    ABSTRACT SUMMARY PHOTO PHOTOS IMAGE WATCH LISTEN
    """.split()
)

#: Party labels after a legislator's name: "(D-Nev.)", "(R-IN)".
PARTY_LABEL = re.compile(r"\([DRI](?:-[A-Z][A-Za-z.]{1,8})?\)")

#: A quote of at most this many words, with no cue of its own, is a scare quote ("rare").
SCARE_QUOTE_MAX_WORDS = 3
