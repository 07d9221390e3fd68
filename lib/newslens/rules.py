"""The rules newslens reads news by, kept as data in one place.

Everything a journalist might want to check or extend (abbreviations, boilerplate lines, stop words,
cue verbs, titles, number words, units) lives here, not inside the functions that use it. Patterns are
simple and anchored so they stay linear on hostile input.
"""

from __future__ import annotations

import re

# --- Article structure --------------------------------------------------------------------------

#: File types `load_articles` reads, by suffix.
TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
RECORD_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".csv"})

#: Record fields that may hold an article's id, tried in this order.
ID_FIELDS = ("id", "doc_id", "article_id", "uuid", "guid")
#: Record fields that may hold an article's text, tried in this order.
TEXT_FIELDS = ("text", "body", "content")
#: Record fields copied onto the Article when present.
META_FIELDS = ("title", "author", "date", "dateline", "url", "source")

#: A scraped ticker widget leaves one token per line at the top: symbols and prices ("RBGPF", "0.0000").
TICKER_LINE = re.compile(r"[A-Z0-9][A-Z0-9.,:%+\-/]{0,15}|[+\-]?\d[\d.,]*%?")

#: Whole lines that are page furniture, not article text (matched case-insensitively, in full).
BOILERPLATE_LINES = (
    r"read (the rest|more|the full (story|article)) here\.?",
    r"(click|tap) here( to [\w ]{1,40})?\.?",
    r"(advertisement|advert|sponsored content|share( this( article)?)?|tweet|email|print)",
    r"follow (us|\w+) on [\w ]{1,30}\.?",
    r"(sign up|subscribe)( now| today)?( for [\w ]{1,40})?\.?",
    r"(related|recommended|more from [\w ]{1,30}|most read|trending)( stories| articles)?:?",
    r"\(?(c|©)\)? ?\d{4}[\w ,.\-]{0,60}",
    r"all rights reserved\.?",
)
BOILERPLATE_LINE = re.compile("|".join(f"(?:{p})" for p in BOILERPLATE_LINES), re.IGNORECASE)

#: Wire sign-offs and leftovers that end a story: "REUTER" (a lone "Reuter", "reuter", "REUTER...^M"), "MORE",
#: SGML "&#3;", "(Reporting by Jane Doe; Editing by John Roe)".
_SIGN_OFF = (
    r"(?:(?i:reut(?:ers?|e)?|more)(?:\.{2,3})?(?:\^M)?|&#\d{1,4};"
    r"|\((?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by [^()]{1,200}\))"
)
SIGN_OFF_LINE = re.compile(rf"{_SIGN_OFF}(?:\s*{_SIGN_OFF}){{0,3}}")
#: A sign-off at the end of a story's last line, after its text: "... total 55.8 (33.7).        REUTER".
SIGN_OFF_END = re.compile(rf"\s+{_SIGN_OFF}(?:\s*{_SIGN_OFF}){{0,3}}\s*$")

#: AFP-style subhead: "- 'Diplomacy ruined' -" (the text between the dashes is the heading).
SUBHEAD_LINE = re.compile(r"[-–—]\s+(?P<head>\S.{0,118}?)\s+[-–—]")

#: Wire byline at the end of a story: "B.Svoboda--TPP", "Jane Doe--AFP", "bur-jm/sst" is not one.
WIRE_BYLINE = re.compile(r"(?P<author>[A-Z][\w'’.\-]*(?:[ .][A-Z][\w'’.\-]*){0,3})\s?--\s?(?P<code>[A-Z]{2,6})")
#: Byline at the top: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
BY_LINE = re.compile(
    r"By (?P<author>[A-Z][\w'’.\-]*(?: (?:[A-Z][\w'’.\-]*|and|de|van|von|da|al))*?)(?:,\s*(?P<code>[\w .]{2,40}))?"
)

#: Month names and abbreviations, with their numbers (datelines, dates of records and of figures).
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

#: Dateline at the start of the first paragraph: "KYIV (AFP) -", "WASHINGTON, Sept. 3 (Reuters) —",
#: "LONDON, March 9 -", "STAMFORD, Conn., Feb 26 -", "NEW YORK, 9 March (AP) -": a place (with its
#: state or province), then a date, an agency in brackets or both, then a dash.
_DATELINE_PLACE = r"[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,3}(?:,\s?[A-Z][A-Za-z.]{1,12}(?: [A-Z][a-z]+)?)?"
_DATELINE_DAY = rf"(?:(?i:{_MONTH_NAMES})\.? {{1,2}}\d{{1,2}}|\d{{1,2}} (?i:{_MONTH_NAMES}))"
_DATELINE_AGENCY = r"\([A-Z][\w .&]{0,25}\)"
DATELINE = re.compile(
    rf"{_DATELINE_PLACE}(?: ?,?\s?{_DATELINE_DAY}(?:\s{_DATELINE_AGENCY})?|\s{_DATELINE_AGENCY}) {{0,2}}[-–—]{{1,2}}\s?"
)

#: A line is prose (body text) when it ends like a sentence; headings and captions usually do not.
SENTENCE_END_CHARS = frozenset(".!?:;\"'”’)…")
#: Closing quote marks and brackets, set aside when asking how a line really ends.
CLOSING_MARKS = "\"'”’»)]"
#: How a sentence ends and a headline does not (a headline may end in "?", "!", a word or a quote mark).
NOT_HEADLINE_END = frozenset(".,;:")

# --- Tokenizing ---------------------------------------------------------------------------------

#: Abbreviations that never end a sentence in news copy (lower case, without the final period).
#: Punkt reads these as its `abbrev_types`; multi-part ones are written with inner periods.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx dr prof gen sen rep reps gov lt col maj capt cmdr adm sgt cpl pvt insp supt det
    st ste jr sr rev fr hon pres sec atty gen supt messrs mmes mme mlle
    u.s u.k u.n u.s.a e.u d.c l.a n.y n.j
    jan feb mar apr jun jul aug sep sept oct nov dec
    a.m p.m
    inc corp co ltd llc plc bros dept univ assn est approx
    vs v etc e.g i.e cf al
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex va vt wash wis wyo
    ft mt ph.d m.d b.a m.a ca
    """.split()
)

#: Abbreviations that only stand before a number ("No. 5", "pp. 12"); elsewhere they end a sentence.
NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "art", "p", "pp", "vol", "fig", "ch", "sec", "op", "c"})

#: Words too common to tell articles apart (for "top content words").
STOP_WORDS = frozenset(
    """
    a about above after again against ago all also am among an and any are aren't around as at be
    because been before being below between both but by can can't cannot could couldn't did didn't do
    does doesn't doing don't down during each even ever every few for from further get got had hadn't
    has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how
    how's however i i'd i'll i'm i've if in into is isn't it it's its itself just last least less let's
    like made make many may me might more most much must mustn't my myself new no nor not now of off
    on once one only or other ought our ours ourselves out over own per said same say says shan't she
    she'd she'll she's should shouldn't since so some still such than that that's the their theirs them
    themselves then there there's these they they'd they'll they're they've this those though through
    thus to too told under until up upon us very via was wasn't we we'd we'll we're we've were weren't
    what what's when when's where where's whether which while who who's whom whose why why's will with
    within without won't would wouldn't yet you you'd you'll you're you've your yours yourself
    yourselves mr mrs ms
    """.split()
)

# --- Quotes and attribution ---------------------------------------------------------------------


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

# --- Figures ------------------------------------------------------------------------------------

#: Number words and their values; scale words multiply what comes before them.
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
SCALE_WORDS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
               "bn": 1e9, "m": 1e6, "k": 1e3, "mn": 1e6, "tn": 1e12}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fifteenth": 15, "twentieth": 20,
    "hundredth": 100,
}  # fmt: skip
FRACTION_WORDS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "thirds": 2 / 3, "quarters": 0.75, "fifth": 0.2}
#: Vague quantities: no value, the word is the `approx`.
VAGUE_WORDS = frozenset({"several", "few", "dozens", "scores", "hundreds", "thousands", "millions", "billions",
                         "handful", "couple", "double-digit"})  # fmt: skip
#: Qualifiers before a number (longest first when matching) and after it.
APPROX_BEFORE = (
    "at least", "more than", "less than", "fewer than", "up to", "as many as", "as few as", "as much as",
    "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over", "under", "close to",
    "just over", "just under", "well over", "upwards of", "an estimated", "at most", "no more than", "no fewer than",
    "mid", "early", "late",
)  # fmt: skip
APPROX_AFTER = ("or more", "or less", "or so", "plus")
#: Prepositions that attach a place or body to a role: "mayor of Kyiv", "spokesman for the Kremlin".
ROLE_PREPOSITIONS = frozenset({"of", "for", "in", "from", "at", "to"})
#: Capitalised only because they open a sentence: "Later 21 people ..." is a figure, not a name like "Boeing 737".
SENTENCE_OPENERS = frozenset(
    "later earlier overnight yesterday today tonight meanwhile now then since still only another also so thus "
    "altogether together instead again once finally eventually initially officially reportedly".split()
)
#: Words ending in -s that are not plurals, and plurals that do not end in -s: a counted noun phrase ends at
#: its plural noun ("40 drones flew" counts "drones").
NOT_PLURAL = frozenset("news series species politics economics physics means headquarters whereabouts".split())
PLURAL_NOUNS = frozenset("people children men women".split())
#: Currencies: symbols and words, with their ISO codes.
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "cent": "USD", "cents": "USD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds sterling": "GBP", "pence": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "peso": "MXN", "pesos": "MXN", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "rupee": "INR", "rupees": "INR",
}  # fmt: skip
#: Nouns that make a number a measure (durations, ages, distances, weights, areas, storeys).
MEASURE_UNITS = frozenset(
    """
    second seconds minute minutes hour hours day days week weeks month months year years decade decades
    century centuries year-old years-old storey storeys story stories floor floors mile miles km kilometre
    kilometres kilometer kilometers metre metres meter meters foot feet inch inches yard yards acre acres hectare
    hectares centimetre centimetres centimeter centimeters millimetre millimetres magnitude tonne tonnes ton
    tons kg kilogram kilograms kilo kilos gram grams pound pounds ounce ounces litre
    litres liter liters gallon gallons barrel barrels degree degrees mph km/h square cubic
    """.split()
)
PERCENT_WORDS = ("percent", "per cent", "percentage points", "percentage point", "points", "point", "%")
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: Words after "first"/"second" that make an idiom or a title, not a rank.
NOT_ORDINAL_NEXT = frozenset({"lady", "thing", "things", "hand", "place", "person", "amendment", "aid", "glance",
                              "sight", "rate", "class", "order", "hour", "party"})  # fmt: skip
NOT_ORDINAL_BEFORE = frozenset({"at", "the very"})
#: Words after a number that show it is not a quantity ("one of the deadliest", pronoun "one").
NOT_COUNT_NEXT = frozenset({"of", "another", "who", "that", "which", "is", "was", "has", "had", "would", "could",
                            "can", "should", "must", "will", "day", "thing", "sort", "way", "hand"})  # fmt: skip
#: Multiplicatives: "twice" -> 2 times.
MULTIPLICATIVES = {"twice": 2, "thrice": 3}
