"""From the phrase as written to the speaker: canonical names ("Peskov" is Dmitry Peskov), genders read
off the article, pronouns resolved to the most recent compatible person, roles and organisations."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from .. import rules
from .phrases import bare, np_backward, phrase, tokens

_PARTY_LABEL = re.compile(rf"\s*{rules.PARTY_LABEL.pattern}$")


_INITIAL = re.compile(r"[A-Z]\.")


@dataclass
class SpeakerResolver:
    """Speaker resolution state for one article: full names, and who spoke last."""

    names: dict[str, str]
    genders: dict[str, str] = field(default_factory=dict)  # full name -> "m" / "f", read off the article
    recent: list[str] = field(default_factory=list)  # people, most recent last
    last_group: str | None = None

    @property
    def last_person(self) -> str | None:
        return self.recent[-1] if self.recent else None

    def _person(self, name: str, gender: str = "") -> None:
        if gender and name not in self.genders:
            self.genders[name] = gender
        if name in self.recent:
            self.recent.remove(name)
        self.recent.append(name)

    def _pronoun(self, low: str) -> str | None:
        """The most recent person a he/she can refer to (by the gender the article gives them, if any)."""
        want = "m" if low == "he" else "f"
        for name in reversed(self.recent[-6:]):
            if self.genders.get(name, want) == want:
                return name
        return None  # everyone recent is known to be the other gender: leave it unresolved

    def resolve(self, text: str, mention: tuple[int, int], title: str) -> tuple[str | None, str, str]:
        """(speaker, title, kind) for the phrase text[mention]; remembers who spoke last."""
        phrase = _PARTY_LABEL.sub("", text[mention[0] : mention[1]])  # "Claire McCaskill (D-Mo.)"
        if phrase.isupper() and len(phrase) > 2:
            phrase = phrase.title()  # a transcript label, "WALLACE"
        low = phrase.lower()
        if low in rules.PERSON_PRONOUNS:
            return self._pronoun(low), "", "pronoun"
        if low in rules.GROUP_PRONOUNS:
            return (self.last_group or self.last_person) if low == "it" else self.last_group, "", "pronoun"
        if low in rules.FIRST_PERSON:
            return None, "", "pronoun"
        if low in rules.RELATIVE_PRONOUNS:
            before = _antecedent(text, mention[0])
            return self.resolve(text, before, title) if before else (None, "", "pronoun")
        words = phrase.split()
        if words and words[0].lower() in ("the", "this", "these"):
            words = words[1:]
        if words and words[-1].endswith(("'s", "’s")) and words[-1][:1].isupper():
            words[-1] = words[-1][:-2]  # "seized on Trump's claim that ...": the claim is Trump's
        k = len(words)
        while k > 0 and (_is_name_word(words[k - 1]) or (k < len(words) and words[k - 1] in rules.NAME_PARTICLES)):
            k -= 1
        while k < len(words) and words[k] in rules.NAME_PARTICLES:
            k += 1
        name_words, title_words = words[k:], words[:k]
        if k >= 2 and words[k - 1] in rules.ROLE_PREPOSITIONS:
            if len(name_words) <= 2:  # "mayor of Kyiv": a place or body, not the speaker's name
                name_words, title_words = [], words
            else:  # "Secretary of State Antony (J.) Blinken": the title takes the place
                keep = 3 if len(name_words) >= 4 and _INITIAL.fullmatch(name_words[-2]) else 2
                name_words, title_words = name_words[-keep:], words[: len(words) - keep]
        org = any(bare(w) in rules.ORGANISATION_WORDS for w in name_words)
        if name_words and not org:
            name = " ".join(name_words)
            if len(name_words) == 1:
                name = self.names.get(name, name)
            own_title = " ".join(w for w in title_words if w.lower() not in rules.DETERMINERS)
            self._person(name, _title_gender(title_words))
            return name, title or own_title, "person"
        speaker = " ".join(words) if words else phrase
        self.last_group = speaker
        return speaker, title, "group"


def _title_gender(words: list[str]) -> str:
    for w in words:
        g = rules.GENDERED_WORDS.get(w.lower().rstrip("."))
        if g:
            return g
    return ""


def genders(text: str, names: dict[str, str]) -> dict[str, str]:
    """Full name -> "m" or "f" from the pronouns that follow its mentions in the article ("Clinton ... she")."""
    counts: dict[str, list[int]] = {}
    surnames = {full.split()[-1]: full for full in set(names.values())}
    if not surnames:
        return {}
    pattern = re.compile(r"\b(" + "|".join(re.escape(s) for s in surnames) + r")\b")
    for m in pattern.finditer(text):
        window = text[m.end() : m.end() + 120].lower()
        he = len(re.findall(r"\b(?:he|his|him)\b", window))
        she = len(re.findall(r"\b(?:she|her|hers)\b", window))
        c = counts.setdefault(surnames[m.group(1)], [0, 0])
        c[0] += he
        c[1] += she
    return {n: ("m" if he > she else "f") for n, (he, she) in counts.items() if he != she and max(he, she) >= 2}


def _antecedent(text: str, at: int) -> tuple[int, int] | None:
    """The noun phrase just before a relative pronoun at `at` ("the Chicago Police Department, which")."""
    toks = tokens(text, max(0, at - 160), at)
    i = len(toks) - 1
    if i >= 0 and toks[i].text == ",":
        i -= 1
    np = np_backward(toks, i)
    return None if np is None or toks[np[1]].low in rules.RELATIVE_PRONOUNS else phrase(text, toks, np)


def _is_name_word(word: str) -> bool:
    low = word.lower()
    return (
        word[:1].isupper()
        and low.rstrip(".") not in rules.TITLE_WORDS
        and low not in rules.SPEAKER_NOUNS
        and not low.endswith(("'s", "’s"))
    )


_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"


_FULL_NAME = re.compile(rf"\b({_NAME_WORD})((?: (?:von|van|der|de|da|al|bin|le|la))*(?: {_NAME_WORD}){{1,3}})")


def full_names(text: str) -> dict[str, str]:
    """Surname -> full name for the people an article names in full ("Dmitry Peskov" gives "Peskov")."""
    counts: dict[str, dict[str, int]] = {}
    for m in _FULL_NAME.finditer(text):
        parts = [p[:-2] if p.endswith(("'s", "’s")) else p for p in (m.group(1) + m.group(2)).split()]
        titled = [k for k, p in enumerate(parts) if p.lower().rstrip(".") in rules.TITLE_WORDS]
        if titled:
            parts = parts[titled[-1] + 1 :]  # "Ukrainian President Volodymyr Zelensky" -> "Volodymyr Zelensky"
        while parts and parts[0].lower() in rules.NOT_NAMES:
            parts = parts[1:]
        if len(parts) < 2 or any(bare(p) in rules.ORGANISATION_WORDS or p.lower() in rules.NOT_NAMES for p in parts):
            continue
        full = " ".join(parts)
        counts.setdefault(parts[-1], {})
        counts[parts[-1]][full] = counts[parts[-1]].get(full, 0) + 1
    return {s: next(iter(c)) for s, c in counts.items() if len(c) == 1}


def canonical_speakers(quotes: pd.DataFrame, share: float = 0.8) -> pd.Series:
    """One name per person across articles. Titles are dropped, never used as names ("President Trump" is
    "Trump"), middle initials too when the corpus also has the name without them ("Donald J. Trump"). A
    bare surname ("Trump", "Mr. Trump") becomes the full name with that surname when the corpus supports
    it: that full name holds at least `share` of the quotes of all full names with that surname (Donald
    Trump's 114 against Ivanka Trump's 5), so one stray relative does not block the merge."""
    counts = quotes["speaker"].value_counts()
    names = {s: [w for w in s.split() if w.lower().rstrip(".") not in rules.TITLE_WORDS] for s in counts.index}
    plain = {s: " ".join(w for w in words if not _INITIAL.fullmatch(w)) for s, words in names.items()}
    full: dict[str, Counter[str]] = {}
    for s, words in names.items():
        if len(words) >= 2 and all(w[:1].isupper() or w in rules.NAME_PARTICLES for w in words):
            full.setdefault(words[-1], Counter())[plain[s]] += counts[s]
    mapping = {}
    for s, words in names.items():
        if not words:
            continue
        if len(words) > 1:
            mapping[s] = plain[s] if plain[s] in full.get(words[-1], ()) else " ".join(words)
            continue
        candidates = full.get(words[0], Counter())
        best = candidates.most_common(1)
        mapping[s] = best[0][0] if best and best[0][1] >= share * sum(candidates.values()) else words[0]
    return quotes["speaker"].map(mapping)
