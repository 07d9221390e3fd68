"""What the words of a speaker phrase say of the source: a document ("police records", "a report by the
NAO"), an organisation ("Ministry of Defence", "NATO", "PolitiFact"), a company named for its partners
("Sears, Roebuck and Co") or ending in a suffix ("Painewebber Group Inc"), a person and where they are from
("Chris Rowland of Barclays"), one person by role ("a company spokesman"), a title and the gender it
gives; and, read in the article's text, the full name a surname stands for ("Peskov" is Dmitry Peskov) and
the company a short name stands for ("Chrysler" after "Chrysler Corp")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import pairwise

from .. import rules
from ..tokens import bare

INITIAL = re.compile(r"[A-Z]\.")
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")  # a capital inside a word: "PolitiFact", "YouGov"
_NAME_PREFIX = re.compile(rf"(?:{'|'.join(rules.NAME_PREFIXES)})[A-Z]")  # "McCain", "DeSantis", "LaGuardia"
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}s?|(?:[A-Z]\.){2,}")  # "NATO", "HMRC", "S.E.C."
_ACRONYM_HEAD = re.compile(r"(?![IVX]+\b)[A-Z][A-Z&]{2,6}")  # an acronym of three letters or more, no Roman numeral


def is_document(words: list[str]) -> bool:
    """Is the phrase a document: its head a document noun ("police records", "the Bank of England's latest
    forecast"), or one tied to its author ("a report by the National Audit Office", "a letter signed by 300
    doctors")?"""
    if bare(words[-1]) in rules.DOCUMENT_NOUNS and (len(words) == 1 or not words[-1][:1].isupper()):
        return True
    return any(
        (i == 0 or not w[:1].isupper()) and bare(w) in rules.DOCUMENT_NOUNS and nxt in rules.DOCUMENT_LINKS
        for i, (w, nxt) in enumerate(pairwise(words))
    )  # (the first word may be capitalised: "Figures from the Treasury" opening a sentence)


#: Words that are never part of a name ("A", "Several", "Two"; not the days and months, which are always
#: capitalised): a generic source they open is written with them in lower case.
NEVER_PROPER = (
    (rules.NOT_NAMES - rules.WEEKDAYS - frozenset(rules.MONTHS))
    | rules.DETERMINERS
    | frozenset(rules.NUMBER_WORDS)
    | rules.VAGUE_WORDS
)


def is_organisation(words: list[str]) -> bool:
    """Does a capitalised name stand for an organisation: a telltale word ("Ministry", "Council",
    "International"), a name listed in `rules.ORGANISATION_NAMES` ("Greenpeace", "Kyiv"), an acronym
    ("NATO", "HMRC")?"""
    if any(bare(w) in rules.ORGANISATION_WORDS for w in words):
        return True
    if len(words) == 1 and (bare(words[0]) in rules.ORGANISATION_NAMES or ACRONYM.fullmatch(words[0])):
        return words[0].lower().rstrip(".") not in rules.TITLE_WORDS
    if len(words) == 1 and len(words[0]) > 6 and bare(words[0]).endswith("bank"):
        return True  # "Bundesbank", "Commerzbank", "Citibank"
    if len(words) > 1 and " ".join(words).lower() in rules.COUNTRIES:
        return True  # "South Korea" (a lone word may be a given name: "Jordan", "Chad")
    if (
        len(words) > 1
        and _ACRONYM_HEAD.fullmatch(words[-1])
        and not words[-2].isupper()
        and all(w[:1].isupper() for w in words)
    ):
        return True  # "the Chinese CDC", "Minneapolis-based NWA"; not "John Smith III", "Icahn of TWA", "JOHN SMITH"
    if len(words) > 1 and bare(words[-1]) in rules.BUSINESS_NAME_ENDS and words[-1][:1].isupper():
        return len(words) > 2 or words[0].lower() not in rules.GIVEN_NAMES  # ("Samantha Power"; "Walt Disney Pictures")
    return bare(words[0]) in rules.ORGANISATION_NAMES


def body_start(words: list[str]) -> int | None:
    """Where the name of a body starts in a phrase that ends with what it is "of" or "for", joined by "and"
    ("Chinese Center for Disease Control and Prevention", "Department of Health and Human Services"): the
    capitalised words before its "of"; or what it is "on" ("National Institute on Drug Abuse", "Council on
    Foreign Relations"); None when the phrase ends otherwise."""
    if "on" in words[1:-1] and not any(w in ("and", "of", "for") for w in words):
        b = words.index("on")
        if bare(words[b - 1].lower()) in rules.ORGANISATION_WORDS and all(w[:1].isupper() for w in words[b + 1 :]):
            return _capitalised_from(words, b - 1)
    if "and" not in words[1:-1]:
        return None
    a = len(words) - 1 - words[::-1].index("and")
    if not all(w[:1].isupper() for w in words[a + 1 :]):
        return None
    b = a - 1
    while b > 0 and words[b][:1].isupper():
        b -= 1
    if (
        b < 1
        or b == a - 1
        or words[b] not in ("of", "for")
        or bare(words[b - 1].lower()) not in rules.ORGANISATION_WORDS
    ):
        return None
    return _capitalised_from(words, b - 1)


def _capitalised_from(words: list[str], k: int) -> int:
    """Where the run of capitalised words that ends at index k starts."""
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    return k


def company_start(words: list[str]) -> int | None:
    """Where the name of a company starts in a phrase that ends with a company suffix: the capitalised words
    before it, with the "and", "of" or "(U.K.)" inside ("Painewebber Group Inc", "Sony (U.K.) Ltd", "Bank
    of New York Co"), not an owning company ("Chrysler Corp's Chrysler Motors Corp"); 1 for "lead manager
    Swiss Bank Corp" (the role before it stays its title); None when the phrase ends otherwise or the
    suffix stands alone."""
    if len(words) < 2 or bare(words[-1]).rstrip(".") not in rules.COMPANY_SUFFIXES:
        return None
    k = len(words) - 1
    while k > 0:
        w = words[k - 1]
        owner = w.endswith(("'s", "’s")) and bare(w).rstrip(".") in rules.COMPANY_SUFFIXES
        if owner or not (w[:1].isupper() or w[:1] == "(" or (w in _INSIDE_COMPANY and k > 1)):
            break  # ("Panhandle Eastern Corp's Trunkline Gas Co": the owner is no part of the name; "Moody's
            # Investors Service Inc" is one name)
        k -= 1
    while k < len(words) - 1 and words[k] in _INSIDE_COMPANY:
        k += 1
    return k if k < len(words) - 1 else None


_INSIDE_COMPANY = frozenset({"and", "&", "of", "de", "du", "van", "von"})


def company_named(text: str, word: str) -> str | None:
    """The company's name `text` writes `word` in, the first time: the word with up to three capitalised words
    before it and up to four after it (with "and": "Firestone Tire and Rubber Co"), then a company suffix or a
    business's last word ("Chrysler Corp", "General Dynamics Corp" for "Dynamics", "Norton co", "Merrill
    Lynch Capital Markets"); or the word itself when an aside says what it is ("Nova, the Canadian company
    that ..."); None when it writes neither."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = at == 0 or not text[at - 1].isalnum()
        if whole and _ORGANISATION_ASIDE.match(text, end):
            return word
        if whole and (m := _COMPANY_AFTER[0].match(text, end) or _COMPANY_AFTER[1].match(text, end)):
            before = _CAPITALISED_BEFORE.search(text, max(0, at - 80), at)
            words: list[str] = []
            for w in reversed(before.group().split() if before else []):
                if w.lower() in rules.NOT_NAMES or w.endswith(("'s", "’s")):
                    break  # "The", "Panhandle Eastern Corp's": not part of the name
                words.insert(0, w)
            return " ".join([*words, word, *m.group().split()])
        at = text.find(word, end)
    return None


_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w&'’.-]*\s+){1,3}\Z")


def _company_after(ends: frozenset[str], lower: frozenset[str] = frozenset(), last: bool = False) -> re.Pattern[str]:
    """Up to four capitalised words (or "and") after a word, then one of `ends` (title case or capitals; the
    `lower` ones in lower case too, as the wire writes "Norton co"); with `last`, only where the name ends."""
    forms = sorted({form for w in ends for form in (w.title(), w.upper())} | lower, key=len, reverse=True)
    ending = r"(?!\s+[A-Z])" if last else ""
    return re.compile(rf"(?:\s+(?:[A-Z][\w&'’.-]*|and|&)){{0,4}}?\s+(?:{'|'.join(forms)})\b(?!-){ending}")


# A company suffix first ("Bell Petroleum Services Inc"), else a business's last word where the name ends
# ("Merrill Lynch Capital Markets"; not "California Independent Producers Association"): read the other way,
# "Precambrian Shield Resources Ltd" would lose its "Ltd".
_COMPANY_AFTER = (
    _company_after(rules.COMPANY_NAME_ENDS, frozenset(w for w in rules.COMPANY_SUFFIXES if len(w) <= 4)),
    _company_after(rules.BUSINESS_NAME_ENDS, last=True),
)
_ORGANISATION_ASIDE = re.compile(
    rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(sorted(rules.ORGANISATION_ROLES))})"
    r"(?=\s*[,.;]|\s+(?:that|which|whose|based|with|in|of)\b)"
)  # ", the Canadian company that ...", ", a New York investment firm," (not ", a company spokesman")


def camel_case(word: str) -> bool:
    """Is the word written with a capital inside it, as brands are and names are not: "PolitiFact", "YouGov",
    "BlackRock" (not "McCain", "DeSantis", "LaGuardia")?"""
    return bool(_CAMEL_CASE.fullmatch(word)) and not _NAME_PREFIX.match(word)


def title_gender(words: list[str]) -> str:
    """ "m" or "f" when a word of the phrase tells the gender ("spokeswoman", "Mr"); "" otherwise."""
    for w in words:
        g = rules.GENDERED_WORDS.get(w.lower().rstrip("."))
        if g:
            return g
    return ""


def is_name_word(word: str, after_name: bool = False) -> bool:
    """Can the word be part of a name: capitalised, no title, no possessive; a body's noun only `after_name`
    ("Union Bank of Switzerland"; "Broadcaster ZDF" opening a sentence is a role before a name)."""
    low = word.lower()
    if low in rules.ORGANISATION_ROLES and not after_name:
        return False
    return word[:1].isupper() and not is_title(low) and not low.endswith(("'s", "’s"))


def is_title(low: str) -> bool:
    """A title word, hyphenated ones too ("Secretary-General", "Vice-President", "Attorney-General")."""
    low = low.rstrip(".")
    if low.endswith("s") and low[:-1] in rules.TITLE_WORDS:
        return True  # "Senators Charles E. Grassley and Patrick J. Leahy", "Sens."
    return low in rules.TITLE_WORDS or ("-" in low and any(part in rules.TITLE_WORDS for part in low.split("-")))


def one_role(name: str) -> bool:
    """Does a generic source name one person the article does not name, by a role: a singular role noun
    after "a" or "one" ("an ONEMI spokesman", "a senior official", "one trader"; not "officials", "a company",
    nor "the Republican nominee", who is as often a person the article names)?"""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in _INDEFINITE:
        return False
    head = bare(words[-1])
    return head in _PERSON_ROLES and (not head.endswith("s") or head.endswith("ss"))


_INDEFINITE = frozenset({"a", "an", "one"})
_PERSON_ROLES = (
    rules.SPEAKER_NOUNS
    - rules.ORGANISATION_WORDS
    - rules.ORGANISATION_ROLES
    - rules.DOCUMENT_NOUNS
    - rules.COLLECTIVE_NOUNS
) | rules.TITLE_WORDS


def person_of(words: list[str]) -> tuple[int, int] | None:
    """Where a person's name stands in a phrase that gives their affiliation with "of": (0, 2) for "Chris
    Rowland of Chemical Bank" and "Trent Lott of Mississippi", (1, 3) for "analyst Jack Kirnan of Kidder
    Peabody and Co."; None when the words before "of" are no person's name ("Bank of England", "Federal
    Reserve Bank of New York", "United States of America" name bodies and places)."""
    if "of" not in words:
        return None
    p = words.index("of")
    start = p
    while start > 0 and (is_name_word(words[start - 1]) or words[start - 1] in _NAME_INSIDE):
        start -= 1
    name = words[start:p]
    if not 2 <= len(name) <= 4 or p + 1 >= len(words) or not words[p + 1][:1].isupper():
        return None
    if not (is_name_word(name[0]) and is_name_word(name[-1])) or name[0].lower() in rules.NOT_NAMES:
        return None
    if ACRONYM.fullmatch(name[-1]) or is_organisation(name):
        return None
    if any(bare(w).rstrip(".") in rules.COMPANY_SUFFIXES for w in name):
        return None
    if _company_of_place(words, p) and not _given_name(name):
        return None  # "Gold Fields of South Africa Ltd", "Range Rover of North America Inc": one company's name
    return start, p


def _company_of_place(words: list[str], p: int) -> bool:
    """Does the phrase end as a company named for a place does: one or two words after "of", then a company
    suffix ("of America Inc", "of South Africa Ltd")?"""
    return bare(words[-1]).rstrip(".") in rules.COMPANY_SUFFIXES and len(words) - p - 2 <= 2


def _given_name(name: list[str]) -> bool:
    """Does the name open with a common given name or have an initial ("Larry Eckenfelder", "David F.
    La Roche")?"""
    first = name[0].lower()
    return first in rules.GIVEN_NAMES or any(INITIAL.fullmatch(w) for w in name)


_NAME_INSIDE = rules.NAME_PARTICLES - {"of", "for"}  # "David F. La Roche of North Kingstown"


_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _body_before(words: list[str]) -> bool:
    """Do these words, just before an "and", end the name of a body the role is of: "of" or "for", then
    capitalised words with no comma ("Minister of Mines and ...", "Co-operation and ...")? Not "Grassley,
    Republican of Iowa, and ...": the comma ends an aside."""
    k = max((j for j, w in enumerate(words) if w in ("of", "for")), default=-1)
    return k >= 0 and k < len(words) - 1 and all(w[:1].isupper() and w[-1].isalnum() for w in words[k + 1 :])


def _given_before(text: str, at: int, floor: int) -> list[str]:
    """The capitalised words written just before `at`, where a surname starts, and after `floor` (where its
    paragraph starts): "Dmitry" in "Dmitry Peskov", "Ursula von der" in "Ursula von der Leyen" (at most three
    name words), however the paragraph's lines are wrapped ("said\nLawrence Cohn")."""
    if at <= floor or not text[at - 1].isspace():
        return []
    words = text[max(floor, at - 60) : at].split()
    out: list[str] = []
    names = 0
    before = ""
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in _NAME_INSIDE and (names == 0 or out):
            out.insert(0, w)
        elif names < 3 and (
            (w[:1].isupper() and w[1:].replace("-", "").replace("'", "").replace("’", "").isalpha())
            or _INITIALS.fullmatch(w)  # "William K.K. Wong"
        ):
            if w.endswith(("'s", "’s")):
                break  # "Sumitomo's Tsukihara": whose, not a given name
            out.insert(0, w)
            names += 1
        else:
            before = w
            if w in ("and", "&") and out and _body_before(words[max(0, i - 4) : i]):
                out = out[1:]  # "Minister of Mines and Energy Subroto": the first word ends the body's name
                while out and out[0] in _NAME_INSIDE:
                    out.pop(0)
                return out
            break
    if before in ("in", "at") and len(out) > 1 and out[0].lower() not in rules.GIVEN_NAMES:
        out = out[1:]  # "Senior EC financial expert in Tokyo Tomas de Hora": the place is the role's
    if before in ("of", "for") and len(out) > 1:  # "Secretary of State George Shultz", "Undersecretary of State
        keep = 2 if _INITIALS.fullmatch(out[-1]) else 1  # for Economic Affairs Allen Wallis": the words before
        out = out[-keep:]  # the given name are the title's ("the times of Donald J. Trump" keeps "Donald J.")
    while out and out[0] in _NAME_INSIDE:
        out.pop(0)
    return out


def full_name(text: str, surname: str, paragraphs: Sequence[tuple[int, int]] = ()) -> str | None:
    """The one full name the text gives a surname ("Peskov" -> "Dmitry Peskov"), past titles ("Ukrainian
    President Volodymyr Zelensky" is Volodymyr Zelensky), read within the `paragraphs` (start, end; the whole
    text when none are given) however their lines are wrapped; None when it gives none, or two ("Donald
    Trump" and "Ivanka Trump")."""
    starts = [s for s, _ in paragraphs]
    found = set()
    start = text.find(surname)
    while start >= 0:
        end = start + len(surname)
        k = bisect.bisect_right(starts, start) - 1
        floor, ceiling = paragraphs[k] if k >= 0 else (0, len(text))
        whole = (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        inside = _CAPITALISED_AFTER.match(text, end, ceiling)  # "British Columbia Resources Investment Corp"
        given = _given_before(text, start, floor) if whole and not inside else []
        if given:
            parts = [p[:-2] if p.endswith(("'s", "’s")) else p for p in given] + [surname]
            titled = [k for k, p in enumerate(parts) if is_title(p.lower())]
            if titled:
                parts = parts[titled[-1] + 1 :]
            while parts and parts[0].lower() in rules.NOT_NAMES:
                parts = parts[1:]
            if len(parts) >= 2 and not any(bare(p) in rules.ORGANISATION_WORDS or p.lower() in rules.NOT_NAMES
                                           for p in parts):  # fmt: skip
                found.add(" ".join(parts))
        start = text.find(surname, end)
    plain = {" ".join(w for w in name.split() if not _INITIALS.fullmatch(w)) for name in found}
    if len(plain) == 1 and len(found) > 1:
        return plain.pop()  # "Loretta E. Lynch" and "Loretta Lynch" are one person, written both ways
    return found.pop() if len(found) == 1 else None


def given_full_name(text: str, given: str, paragraphs: Sequence[tuple[int, int]] = ()) -> str | None:
    """The one full name the text gives a given name a speaker goes by ("Dale" -> "Dale Ford" in a story
    that writes "Dale Ford" once and "Dale" after), read within the `paragraphs` as `full_name` reads them;
    None when it gives none, or two ("Mike Ford" and "Mike Fry"); a longer name is none ("Mark Resources
    Inc")."""
    if given.lower() not in rules.GIVEN_NAMES:
        return None
    starts = [s for s, _ in paragraphs]
    found = set()
    then_surname = rf"(?<![\w'’-]){re.escape(given)}\s+(?:([A-Z]\.)\s*)?([A-Z][a-z][\w'’-]*)(?![\w'’-]|\s+[A-Z])"
    for m in re.finditer(then_surname, text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.end() > paragraphs[k][1]:
            continue  # the next word is the next paragraph's
        surname = m.group(2)
        if surname.lower() in rules.NOT_NAMES or bare(surname) in rules.ORGANISATION_WORDS or is_title(surname.lower()):
            continue
        found.add(f"{given} {surname}")
    return found.pop() if len(found) == 1 else None


def pronoun_gender(text: str, name: str) -> str:
    """ "m" or "f" for a person from the pronouns that follow the mentions of their surname ("Clinton ...
    she"): at least two, and more of one than of the other; "" otherwise."""
    he = she = 0
    surname = name.split()[-1]
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        for word in _PRONOUN.findall(text[end : end + 120].lower()):
            if word in _HE:
                he += 1
            else:
                she += 1
        at = text.find(surname, end)
    return "" if he == she or max(he, she) < 2 else ("m" if he > she else "f")


_HE = frozenset({"he", "his", "him"})
# he, his, him, she, her, hers as words of their own (written first letter first, then the look behind, so
# that the engine skips ahead to the next "h" or "s" instead of trying every position)
_PRONOUN = re.compile(r"h(?<!\w.)(?:e|is|im|er|ers)\b|s(?<!\w.)he\b")
