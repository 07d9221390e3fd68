"""Who an article has mentioned by a given point: the subject of each sentence, the other people and bodies
it names, and the roles it gives them ("Defence Minister Richard Marles", "Kemi Badenoch, the Conservative
leader"). Speakers resolve pronouns ("she said") and role nouns ("the minister said") against these.

Sentences are read lazily, and only those just before a pronoun, so articles without pronoun or role
speakers cost nothing here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from .. import rules
from ..articles import Article
from ..tokenize import WORD, sentence_spans
from ..tokens import Token, mark_quoted, span_tokens
from .phrases import np_forward
from .subjects import head_noun_after

if TYPE_CHECKING:
    from .speakers import SpeakerPhrases

#: How many sentences back a pronoun looks for the one it stands for, and how many referents of each.
PRONOUN_REACH = 6
PER_SENTENCE = 12


@dataclass(frozen=True, slots=True)
class Referent:
    """Someone or something the article mentions: canonical `name`, `type` (person / organisation /
    document / group), where (`start`), whether as a sentence's `subject` (or as a speaker), `gender` ("m",
    "f" or "" when the article does not say), `plural`, and whether it `spoke` there (a quote's speaker)."""

    name: str
    type: str
    start: int
    subject: bool
    gender: str = ""
    plural: bool = False
    spoke: bool = False


class Mentions:
    """The referents of one article, sentence by sentence, computed on demand."""

    def __init__(self, article: Article, phrases: SpeakerPhrases, quoted: list[tuple[int, int]]) -> None:
        self.article = article
        self.quoted = quoted  # spans inside quote marks: the words there are no one's mention
        self.text = article.text
        self.phrases = phrases  # how the article's phrases read (and which words it writes in lower case)
        self._read: dict[int, list[Referent]] = {}
        self._spoken: dict[int, list[Referent]] = {}
        self._roles: list[tuple[int, str, str]] | None = None
        self._inside: dict[str, bool] = {}  # is a word written capitalised inside a sentence?

    @cached_property
    def sentences(self) -> list[tuple[int, int, int]]:
        return [(s, e, p) for s, e, p, kind in sentence_spans(self.article) if kind == "body"]

    @cached_property
    def starts(self) -> list[int]:
        return [s for s, _, _ in self.sentences]

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def record(self, name: str, kind: str, start: int, gender: str = "", plural: bool = False) -> None:
        """A speaker as resolved, at `start`: the most recent one to speak, for the pronouns after it. (A
        sentence keeps its last `PER_SENTENCE` speakers: bounded work on a run-on "sentence" of hostile input.)"""
        spoken = self._spoken.setdefault(self.sentence_of(start), [])
        spoken.append(Referent(name, kind, start, True, gender, plural, spoke=True))
        if len(spoken) > 2 * PER_SENTENCE:
            del spoken[:PER_SENTENCE]

    def recent(self, pos: int, reach: int = PRONOUN_REACH) -> Iterator[list[Referent]]:
        """The referents of the sentence holding `pos` (those before it), then of each sentence before."""
        k = self.sentence_of(pos)
        for j in range(k, max(-1, k - reach - 1), -1):
            found = [
                r for r in self._referents(j)[-PER_SENTENCE:] + self._spoken.get(j, [])[-PER_SENTENCE:] if r.start < pos
            ]
            yield sorted(found, key=lambda r: r.start)

    def _referents(self, k: int) -> list[Referent]:
        if k not in self._read:
            self._read[k] = self._read_sentence(k) if k < len(self.sentences) else []
        return self._read[k]

    def _read_sentence(self, k: int) -> list[Referent]:
        s, e, _ = self.sentences[k]
        toks = span_tokens(self.article, s, e)
        mark_quoted(toks, self.quoted)
        out: list[Referent] = []
        taken: set[int] = set()
        for first, last, gender in _subjects(toks):
            ref = self._referent(toks, first, last, True, gender)
            if ref is not None:
                out.append(ref)
            taken.update(range(first, last + 1))
        for first, last in _names(toks):
            if first not in taken:
                ref = self._referent(toks, first, last, False, "")
                if ref is not None and (
                    (ref.type == "organisation" and ref.name.lower() not in rules.COUNTRIES)
                    or (ref.type == "person" and " " in ref.name)
                ):  # (a lone capitalised word is as often a place as a surname; a country not a subject, a place)
                    out.append(ref)
        return out

    def _referent(self, toks: list[Token], first: int, last: int, subject: bool, gender: str) -> Referent | None:
        phrase = self.text[toks[first].start : toks[last].end]
        low = phrase.lower()
        if low in rules.SUBJECT_PRONOUNS:
            return None  # a pronoun subject stands for someone already mentioned
        if low in rules.INDEFINITE_SOURCES:
            return None  # "Others reported ...": no one a pronoun could stand for
        name, _, kind, own_gender = self.phrases.describe(phrase)
        if not name or (kind == "person" and " " not in name and self._common_word(toks, first, last)):
            return None
        if name.lower() in rules.NATIONALITIES and low != "the " + name.lower():
            return None  # a people is "the Japanese"; "Japanese institutions now ...": a modifier of the subject
        plural = kind != "person" and (
            (toks[last].low.endswith("s") and not toks[last].low.endswith("'s")) or name.lower() in rules.NATIONALITIES
        )  # ("the Japanese" are a people: "they", never "it")
        return Referent(name, kind, toks[first].start, subject, gender or own_gender, plural)

    def _common_word(self, toks: list[Token], first: int, last: int) -> bool:
        """Is a lone capitalised word opening its sentence a common noun: one the article also writes in
        lower case ("Prices had also been forced down ..., he said": prices is no one), or never writes
        capitalised but where a sentence opens ("Talks resumed on Monday"; a surname is capitalised
        everywhere: "said Jones")?"""
        if first != last or any(t.word and t.low not in _OPENERS for t in toks[:first]):
            return False
        word = toks[first].text
        return self.phrases.written_in_lower_case(toks[first].low) or not self.written_inside(word)

    def written_inside(self, word: str) -> bool:
        """Does the article write `word`, as written, inside one of its body sentences (asked once per word)?"""
        if word not in self._inside:
            self._inside[word] = written_inside_a_sentence(self.text, word, self.sentences, self.starts)
        return self._inside[word]

    def common_opener(self, word: str, at: int) -> bool:
        """Is the lone capitalised word at `at`, a speaker as written, a common noun opening its sentence: one
        the article also writes in lower case and never capitalised inside a sentence ("Blood tests revealed
        ..."; "Price said" stays a person where the article also writes "said Price")?"""
        return (
            word[:1].isupper()
            and self.phrases.written_in_lower_case(word.lower())
            and self.opens_sentence(at)
            and not self.written_inside(word)
            and _common_in_lower_case(self.text, word.lower())
        )

    def opens_sentence(self, at: int) -> bool:
        """Does the word at `at` open its body sentence (after opening words such as "But" at most)?"""
        k = self.sentence_of(at)
        if not self.sentences or not self.sentences[k][0] <= at < self.sentences[k][1]:
            return False
        return all(w.lower() in _OPENERS for w in WORD.findall(self.text, self.sentences[k][0], at))

    def named_role(self, role: str, pos: int) -> tuple[str, str] | None:
        """The person the article named in `role` ("minister", "Tory leader") before `pos`, the most
        recent one, with the role as the article gave it: (name, role) or None."""
        words = [w.lower() for w in role.split()]
        if not words:
            return None
        head, modifiers = words[-1], [w for w in words[:-1] if w.rstrip(".") in rules.TITLE_WORDS]
        if self._roles is None:
            self._roles = _named_roles(self.text)
        for at, given, name in reversed(self._roles):
            if at >= pos:
                continue
            given_words = given.lower().split()
            if given_words and given_words[-1] == head and all(m in given_words for m in modifiers):
                return name, role
        return None


_OPENERS = rules.LEADING_CONJUNCTIONS | rules.SENTENCE_OPENERS
_WORDISH = re.compile(r"[\w'’-]")  # what may not touch a word written on its own


def written_in_lower_case(text: str, word: str) -> bool:
    """Does `text` write `word` (letters a to z) in lower case, as a word of its own (no letter, digit,
    apostrophe or hyphen either side)? Found by search: few words are asked about."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        return False
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _WORDISH.match(text, at - 1)) and not _WORDISH.match(text, end):
            return True
        at = text.find(word, at + 1)
    return False


def _common_in_lower_case(text: str, low: str) -> bool:
    """Does the text write the word in lower case as a common noun, not as a name it lost the capital of
    ("finance minister manuel azpurua told", "azpurua said"): once at least with no verb of speaking next?"""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])\s*([^\W\d_]*)", text):
        if m.group(1).lower() not in rules.SPEECH_VERBS:
            return True
    return False


def written_inside_a_sentence(
    text: str, word: str, sentences: Sequence[tuple[int, int, int]], starts: Sequence[int]
) -> bool:
    """Does `text` write `word`, as written, inside one of its body `sentences` (start, end, paragraph, with
    their `starts`) after its first word ("said Jones", '"We won," Jones said'), in any layout?"""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        k = bisect.bisect_right(starts, at) - 1
        if (
            k >= 0
            and at < sentences[k][1]
            and not _WORDISH.match(text, end)
            and not (at and _WORDISH.match(text, at - 1))
            and _WORD_CHARACTER.search(text, sentences[k][0], at)
        ):
            return True
        at = text.find(word, end)
    return False


_WORD_CHARACTER = re.compile(r"\w")


def _subjects(toks: list[Token]) -> list[tuple[int, int, str]]:
    """The subject of the sentence (and the second of a coordinated pair, "X and Y met"): token spans with
    the gender its own words give ("His wife, Bushra Bibi" is "f"). None when no verb follows it."""
    n = len(toks)
    i = 0
    while i < n and (toks[i].low in _OPENERS or not toks[i].word):
        i += 1
    if i < n and (
        toks[i].low.endswith("ing")
        or toks[i].low in rules.IRREGULAR_PARTICIPLES
        or (toks[i].low in rules.FUNCTION_WORDS and toks[i].low not in rules.DETERMINERS)
    ):
        comma = next((k for k in range(i, min(n, i + 15)) if toks[k].text == ","), None)
        if comma is None:
            return []
        i = comma + 1  # "Speaking in Ottawa, Mr Trudeau ...", "After the vote, she ..."
    np = np_forward(toks, i) if i < n else None
    if np is None or toks[np[0]].quoted:
        return []
    first, last = np
    gender = _gender(toks[first : last + 1])
    j = last + 1
    if j < n and toks[j].text == ",":
        close = next((k for k in range(j + 1, min(n, j + 12)) if toks[k].text == ","), None)
        if close is None:
            return []
        aside = toks[j + 1 : close]
        describes = toks[first].low in rules.DETERMINERS or not all(t.cap for t in toks[first : last + 1])
        if 2 <= len(aside) <= 4 and all(t.cap and t.word for t in aside) and describes:
            gender = gender or _gender(toks[first : last + 1])
            first, last = j + 1, close - 1  # "The Irish Taoiseach, Micheál Martin, flew"
        gender = gender or _gender(aside)
        j = close + 1
    if head_noun_after(toks, first, j):
        return []  # "The president's Pacific roots shaped ...": the names modify the head, no one is the subject
    found = [(first, last, gender)]
    if j + 1 < n and toks[j].low == "and" and (other := np_forward(toks, j + 1)) and toks[other[0]].cap:
        found.append((other[0], other[1], _gender(toks[other[0] : other[1] + 1])))
        j = other[1] + 1
    while j < n and toks[j].low in rules.CUE_AUXILIARIES:
        j += 1
    if j >= n or not toks[j].word or toks[j].cap:
        return []  # no verb after it: a heading, a fragment
    return found


def _gender(toks: list[Token]) -> str:
    for t in toks:
        g = rules.GENDERED_WORDS.get(t.low.rstrip("."))
        if g:
            return g
    return ""


def _names(toks: list[Token]) -> Iterator[tuple[int, int]]:
    """Runs of capitalised words outside quotes ("Emmanuel Macron", "Ms Freeland", "the Kremlin"), past the
    sentence's first word when that is not a name."""
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if not (t.cap and t.word) or t.quoted or t.low in rules.NOT_NAMES:
            i += 1
            continue
        j = i
        while (
            j + 1 < n
            and not toks[j + 1].quoted
            and (
                (toks[j + 1].cap and toks[j + 1].word)
                or (toks[j + 1].low in rules.NAME_PARTICLES and j + 2 < n and toks[j + 2].cap)
            )
        ):
            j += 1
        yield i, j
        i = j + 1


# A capital that no word character precedes, then the rest of the name. (Written capital first, then the look
# behind, so that the engine skips ahead to the next capital instead of trying every position.)
_NAME = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž](?<!\w.)[\w'’-]+\.?(?:\s+(?:(?:von|van|der|de|da|al|bin|le|la)\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+){1,4}"
)
#: "Kemi Badenoch, the Conservative leader," after a name; "the foreign secretary, David Lammy," before one.
_ROLE_AFTER = re.compile(r",\s+(?:the|a|an)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)[,.]")
_ROLE_ASIDE = re.compile(r"[tT](?<!\w.)he\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+),\s+$")  # ("t" first: see _NAME)
_WORD_RUN = re.compile(r"[\w'’.-]+")
_TITLES = "|".join(sorted((w for w in rules.TITLE_WORDS if len(w) > 3 and w.isalpha()), key=len, reverse=True))
_TITLE_INITIALS = "".join(sorted({t[0].upper() for t in _TITLES.split("|")} | {"P", "p"}))  # (and "prime")
_TITLED_SURNAME = re.compile(  # (the lookahead lets the engine skip to a title's first letter)
    rf"(?=[{_TITLE_INITIALS}])\b((?:[Pp]rime )?(?:{_TITLES.title()}))\s+([A-ZÀ-ÖØ-Þ][\w'’-]+)\b(?!\s+[A-ZÀ-ÖØ-Þ])"
)


def _is_role_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in rules.TITLE_WORDS or low in rules.SPEAKER_NOUNS or low.rpartition("-")[2] in rules.SPEAKER_NOUNS


def _bare_name(name: str) -> str:
    """A name without its possessive: "President Trump's plan" names Trump."""
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _word_before(text: str, lo: int, at: int) -> tuple[int, str] | None:
    """(start, word) of the run of word characters, periods, hyphens and apostrophes that white space
    separates from `at`, from `lo` at the earliest: "Kremlin spokesman" before "Dmitry Peskov". (Read
    backwards from `at`, not searched for from `lo`.)"""
    before = text[lo:at]
    kept = before.rstrip()
    if len(kept) == len(before):
        return None
    run = _WORD_RUN.match(kept[::-1])
    if run is None:
        return None
    start = len(kept) - run.end()
    return lo + start, kept[start:]


def _named_roles(text: str) -> list[tuple[int, str, str]]:
    """(offset, role, full name) for every person the text names in a role, in text order: "Defence
    Minister Richard Marles", "the singer Taylor Swift", "Kemi Badenoch, the Conservative leader,", "the
    foreign secretary, David Lammy,". Names are found first (one cheap pattern), roles by the words around."""
    found = [
        (m.start(2), m.group(1), _bare_name(m.group(2))) for m in _TITLED_SURNAME.finditer(text)
    ]  # "President Obama"
    for m in _NAME.finditer(text):
        name = m.group().split()
        role: list[str] = []
        last_role = max((i for i in range(len(name) - 2) if _is_role_word(name[i])), default=-1)
        if last_role >= 0:  # "Prime Minister Keir Starmer", "Railway Minister Ashwini Vaishnaw": the title
            role, name = name[: last_role + 1], name[last_role + 1 :]
        at = m.start()
        k = at
        for _ in range(3):  # role words written just before the name: "Kremlin spokesman", "head coach"
            w = _word_before(text, max(0, k - 30), k)
            if w is None or (not role and not _is_role_word(w[1])) or w[1].lower() in ("the", "a", "an"):
                break
            role.insert(0, w[1])
            k = w[0]
        if not role and (after := _ROLE_AFTER.match(text, m.end())) and _is_role_word(after.group(1).split()[-1]):
            role = after.group(1).split()
        if (
            not role
            and (aside := _ROLE_ASIDE.search(text, max(0, at - 60), at))
            and _is_role_word(aside.group(1).split()[-1])
        ):
            role = aside.group(1).split()
        if role and name and role[-1].lower().rstrip(".") not in ("mr", "mrs", "ms", "dr", "sir", "dame"):
            found.append((at, " ".join(role), _bare_name(" ".join(name))))
    return sorted(found)
