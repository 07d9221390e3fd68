"""From the phrase as written to the speaker: canonical names ("Peskov" is Dmitry Peskov), what kind of
source speaks (person, organisation, document, group), pronouns resolved to the most recent compatible
subject that speaks or acts, and role nouns ("the minister") to the person the article named in that role."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .. import rules
from ..articles import Article
from ..tokens import bare
from .bodies import initials_of, partners, spelled_out
from .mentions import Mentions, Referent, written_in_lower_case
from .names import (
    INITIAL,
    NEVER_PROPER,
    body_start,
    camel_case,
    company_named,
    company_start,
    full_name,
    given_full_name,
    is_document,
    is_name_word,
    is_organisation,
    one_role,
    person_of,
    pronoun_gender,
    title_gender,
)
from .phrases import CONTRACTION, np_backward, phrase, tokens

_PARTY_LABEL = re.compile(rf",?\s*(?:{rules.PARTY_LABEL.pattern})$")
_NICKNAME = re.compile(rf"\s[\"“‘']{rules.NICKNAME.pattern}[\"”’']\s")  # a nickname inside a name
#: Words stripped from the front of a speaker phrase ("the Kremlin" is "Kremlin"); others stay, as written:
#: "a Ukraine navy spokesperson", "one senior diplomat".
_DROPPED_DETERMINERS = frozenset({"the", "this", "these"})
_PLURAL_NAME = re.compile(r"[A-Z][a-z]+[^s'uo]s")  # "Europeans", "Clintons" (not "Ross", "Focus", "Carlos")

#: The last words of a title that make the name after it a body's: "property data firm CoreLogic", "the EC
#: statistics office Eurostat", "the news agency Xinhua", "AMR Corp's American Airlines"; capitalised and after
#: no role, a first part of the body's name ("Bank Negara"; but "President of the Trade Association Carlos
#: Calmon" is a person).
_BODY_BEFORE_NAME = rules.ORGANISATION_ROLES | rules.ORGANISATION_WORDS
_PERSON_ROLES = (rules.SPEAKER_NOUNS | rules.TITLE_WORDS) - _BODY_BEFORE_NAME

SPEAKER_TYPES = ("person", "organisation", "document", "group")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a speaker phrase stands for: `name` (None when unresolved), `title`, `type` and, when a pronoun
    could not be resolved with confidence, `unsure`."""

    name: str | None
    title: str = ""
    type: str = ""
    unsure: bool = False


class SpeakerPhrases:
    """How one article's speaker phrases read with no context (`describe`), and the full names it gives
    surnames, each read once. (Its own object, shared by the resolver and its mentions, so that neither holds
    the other: with no reference cycle an article's resolution is freed as soon as it is done, not by a run of
    the garbage collector.)"""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._full: dict[str, str] = {}
        self._described: dict[tuple[str, bool], tuple[str | None, str, str, str]] = {}
        self._lower_case: dict[str, bool] = {}  # does the article write this word in lower case?
        self._companies: dict[str, str | None] = {}  # the company's name a word is short for
        self._by_pronouns: dict[str, str] = {}  # a name's gender, by the pronouns after it
        self._spelled: dict[str, str | None] = {}  # the name an initialism stands for

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """The article's paragraphs (start, end), as its structure reads them in any layout."""
        return [(p.start, p.end) for p in self.article.structure.paragraphs]

    def full_name(self, surname: str) -> str:
        """The full name the article gives a surname ("Peskov" is Dmitry Peskov) or a given name ("Dale" is
        Dale Ford), else the name as written."""
        if surname not in self._full:  # (a given name a speaker goes by too: "Dale" is Dale Ford)
            text = self.article.text
            self._full[surname] = (
                full_name(text, surname, self.paragraphs) or given_full_name(text, surname, self.paragraphs) or surname
            )
        return self._full[surname]

    def describe(
        self, phrase: str, transcript: bool = False, subject: bool = False
    ) -> tuple[str | None, str, str, str]:
        """(name, title, type, gender) for a speaker phrase as written, with no context: "Kremlin spokesman
        Dmitry Peskov" is the person Dmitry Peskov, titled "Kremlin spokesman"; "the Office for National
        Statistics" an organisation; "police records" a document; "Analysts" the group "analysts".
        A final "'s" marks whose words they are ("Trump's claim that ..."), unless the phrase is the
        `subject` of the verb after it: "Moody's said" names the business Moody's."""
        key = (phrase, transcript, subject)
        if key not in self._described:
            self._described[key] = self._describe(phrase, transcript, subject)
        return self._described[key]

    def _generic(self, words: list[str]) -> str:
        """A generic source as one string, without the capital of the sentence it opens: "Analysts" and
        "analysts" are the same source, and so are "A spokesman" and "a spokesman", "A YouGov poll" and "a
        YouGov poll" (a word that is never a proper adjective), and "Banking analysts" and "banking
        analysts" when the article writes "banking" in lower case. "Israeli officials" and "Senior Tory
        sources" keep theirs (the article never writes "israeli"; "Tory" could make "Senior" a title), and
        so does "U.S. officials"."""
        first = words[0]
        if not first[:1].isupper() or (len(first) > 1 and first.isupper()):
            return " ".join(words)
        low = first.lower()
        if len(words) == 1 or low in NEVER_PROPER:
            return " ".join([low, *words[1:]])
        if any(w[:1].isupper() for w in words[1:]):
            return " ".join(words)
        return " ".join([low, *words[1:]]) if self.written_in_lower_case(low) else " ".join(words)

    def written_in_lower_case(self, word: str) -> bool:
        """Does the article write `word` in lower case, as a word of its own (`mentions.written_in_lower_case`)?
        Asked once per word, by the speaker phrases and by the mentions."""
        if word not in self._lower_case:
            self._lower_case[word] = written_in_lower_case(self.article.text, word)
        return self._lower_case[word]

    def _describe(self, phrase: str, transcript: bool, subject: bool) -> tuple[str | None, str, str, str]:
        # "Claire McCaskill (D-Mo.)" is Claire McCaskill, 'Dwayne "The Rock" Johnson' is Dwayne Johnson
        phrase = _NICKNAME.sub(" ", _PARTY_LABEL.sub("", phrase))
        if transcript and phrase.isupper() and len(phrase) > 2:
            phrase = phrase.title()  # a transcript label, "WALLACE"
        words = phrase.split()
        the = bool(words) and words[0].lower() == "the"
        while words and words[0].lower() in _DROPPED_DETERMINERS:
            words = words[1:]
        if len(words) == 1 and words[0].lower() in rules.INDEFINITE_SOURCES:
            return words[0].lower(), "", "group", ""  # "Some said", "Others reported": unnamed
        if (
            the
            and len(words) == 1
            and _PLURAL_NAME.fullmatch(words[0])
            and not is_organisation(words)
            and words[0].lower() not in rules.COUNTRIES
        ):
            return words[0], "", "group", ""  # "the Europeans", "the Clintons": a people, a family
        if words and words[-1].endswith(("'s", "’s")):
            if subject and words[-1][:1].isupper():
                return " ".join(words), "", "organisation", ""  # "Moody's said", "Sainsbury's said"
            words[-1] = words[-1][:-2]  # "seized on Trump's claim that ...": the claim is Trump's
        if not words:
            return None, "", "", ""
        if is_document(words):
            return self._generic(words), "", "document", ""
        if partners(words):
            return " ".join(words), "", "organisation", ""  # "Sears, Roebuck and Co", "S and P"
        if len(words) == 1 and words[0].lower() in rules.SPEAKER_NOUNS:
            return words[0].lower(), "", "group", title_gender(words)  # "Police", "Analysts" opening a sentence
        if len(words) == 1 and re.fullmatch(r"[A-Z]{2,}s", words[0]):
            return words[0], "", "group", ""  # "MPs", "MEPs"
        if (person := person_of(words)) is not None:  # "analyst Chris Rowland of Barclays": where they are from
            return self._person(words[person[0] : person[1]], words[: person[0]] + words[person[1] :])
        k = body_start(words)  # "Department of Health and Human Services"
        if k is None:
            k = company_start(words)  # "Painewebber Group Inc", "lead manager Swiss Bank Corp"
        if k is not None:
            title = " ".join(w for w in words[:k] if w.lower() not in rules.DETERMINERS)
            return " ".join(words[k:]), title, "organisation", ""
        k = len(words)
        while k > 0 and (
            is_name_word(words[k - 1], after_name=k >= 2 and words[k - 2][:1].isupper())
            or (k < len(words) and words[k - 1] in rules.NAME_PARTICLES)
            or (words[k - 1] == "and" and k == len(words) - 1 and bare(words[k]).rstrip(".") in rules.COMPANY_SUFFIXES)
        ):  # ("Kidder Peabody and Co.")
            k -= 1
        while k < len(words) and words[k] in rules.NAME_PARTICLES:
            k += 1
        name_words, title_words = words[k:], words[:k]
        if len(name_words) >= 3 and bare(name_words[0]) in _PERSON_ROLES and name_words[1].lower() in rules.GIVEN_NAMES:
            name_words, title_words = name_words[1:], title_words + name_words[:1]  # "Employee Steve Castro"
        before = k - 2 if k >= 2 and words[k - 1].lower() in rules.DETERMINERS else k - 1
        if before >= 1 and words[before] in rules.ROLE_PREPOSITIONS:
            keep = 3 if len(name_words) >= 4 and INITIAL.fullmatch(name_words[-2]) else 2
            kept = name_words[-keep:]
            of_body = len(name_words) > keep + 1 and name_words[-keep - 1] in ("of", "for")  # "Bank of Rockland County"
            body = is_organisation(kept) or (of_body and is_organisation(name_words[: -keep - 1]))
            if len(name_words) <= 2 or any(w in rules.NAME_PARTICLES for w in kept) or body:  # "mayor of Kyiv",
                name_words, title_words = [], words  # "chairman of Peoples National Bank of Rockland County": no name
            else:  # "Secretary of State Antony (J.) Blinken": the title takes the place
                name_words, title_words = kept, words[: len(words) - keep]
        last = bare(title_words[-1]) if name_words and title_words else ""
        if last in _BODY_BEFORE_NAME:  # "data firm CoreLogic", "AMR Corp's American Airlines", "Broadcaster ZDF"
            title = " ".join(w for w in title_words if w.lower() not in rules.DETERMINERS)
            owner = title_words[-1].endswith(("'s", "’s"))
            if title_words[-1][:1].islower() or owner or last not in rules.ORGANISATION_WORDS:
                return " ".join(name_words), title, "organisation", ""
            if not any(bare(w).rstrip(".") in _PERSON_ROLES for w in title_words):
                return title + " " + " ".join(name_words), "", "organisation", ""  # "Bank Negara" is one name
        if name_words and is_organisation(name_words):
            return (
                " ".join(words if not title_words or title_words[-1][:1].isupper() else name_words),
                "",
                "organisation",
                "",
            )
        if name_words:
            return self._person(name_words, title_words)
        head = next((w for w in words if w.lower() not in rules.DETERMINERS), words[0])
        if head[:1].isupper() and bare(words[-1]) in rules.ORGANISATION_WORDS:
            return " ".join(words), "", "organisation", ""  # "Ukraine's air force", "Russia's defence ministry"
        if (
            head[:1].isupper()
            and (words[-1][:1].isupper() or bare(words[-1]) not in rules.SPEAKER_NOUNS)
            and any(bare(w) in rules.ORGANISATION_WORDS for w in words if w[:1].isupper())
        ):
            return " ".join(words), "", "organisation", ""  # "Ukraine's air force", "Bank of England"
        return self._generic(words), "", "group", title_gender(words)  # "a spokesman for the Kremlin"

    def _person(self, name_words: list[str], title_words: list[str]) -> tuple[str, str, str, str]:
        """A person's (name, title, type, gender); a lone word the article gives no full name is a country
        ("Brazil said"), the company it is the short name of ("Chrysler said" after "Chrysler Corp"), a
        brand ("PolitiFact") or a people ("The Japanese think") when it is one."""
        title = " ".join(w for w in title_words if w.lower() not in rules.DETERMINERS)
        name = " ".join(name_words)
        if len(name_words) == 1 and (name := self.full_name(name)) == name_words[0]:  # no full name for it
            if name.lower() in rules.COUNTRIES:
                return name, title, "organisation", ""
            if (company := self.company(name)) is not None:
                return company, title, "organisation", ""  # (not when pronouns say it is a person: "Ryan ... he")
            if camel_case(name):
                return name, title, "organisation", ""
            if name.lower() in rules.NATIONALITIES:
                return name, title, "group", ""  # "The Japanese think ...": a people, no one's name
        return name, title, "person", title_gender(title_words)

    def company(self, word: str) -> str | None:
        """The company a lone word is the short name of: the name the article first writes it in ("Chrysler"
        after "Chrysler Corp", "Dynamics" after "General Dynamics Corp"), else None."""
        if word not in self._companies:
            company = company_named(self.article.text, word)
            self._companies[word] = company if company is None or not self.gender(word) else None
        return self._companies[word]

    def spelled_out(self, name: str) -> str | None:
        """The name the article spells an initialism out as ("GM" after "General Motors Corp"), else None."""
        if name not in self._spelled:
            initials = initials_of(name)
            self._spelled[name] = spelled_out(self.article.text, initials) if initials else None
        return self._spelled[name]

    def gender(self, name: str) -> str:
        """ "m" or "f" from the pronouns after the mentions of the name's last word (`pronoun_gender`)."""
        if name not in self._by_pronouns:
            self._by_pronouns[name] = pronoun_gender(self.article.text, name)
        return self._by_pronouns[name]


class SpeakerResolver:
    """Speaker resolution for one article: how its speaker phrases read, the genders of its people (read
    when first needed) and who it mentions."""

    def __init__(self, article: Article, quoted: list[tuple[int, int]] = ()) -> None:
        self.article = article
        self.phrases = SpeakerPhrases(article)
        self.mentions = Mentions(article, self.phrases, list(quoted))

    def resolve(
        self, text: str, mention: tuple[int, int], title: str, transcript: bool = False, subject: bool = False
    ) -> Speaker:
        """The speaker of the phrase text[mention], the `subject` of the verb right after it or not (see
        `SpeakerPhrases.describe`); remembers them for the pronouns after."""
        written = text[mention[0] : mention[1]]
        low = CONTRACTION.sub("", written.lower().replace("’", "'"))  # "He's claiming" is "he"
        low = rules.POSSESSIVE_PRONOUNS.get(low, low)  # "his claim that"
        if low in rules.FIRST_PERSON:
            return Speaker(None)
        if low in rules.PERSON_PRONOUNS or low in rules.GROUP_PRONOUNS:
            return self._remember(self._pronoun(low, mention[0]), mention[0])
        if low in rules.RELATIVE_PRONOUNS:
            before = _antecedent(text, mention[0])
            return self.resolve(text, before, title) if before else Speaker(None)
        name, own_title, kind, gender = self.phrases.describe(written, transcript, subject)
        if kind == "group" and (role := self._named_role(written, mention[0])) is not None:
            name, own_title, kind = role[0] if " " in role[0] else self.phrases.full_name(role[0]), role[1], "person"
            gender = ""
        if kind == "organisation" and (spelled := self.phrases.spelled_out(name)) is not None:
            name = spelled  # "GM said" in a story that wrote "General Motors Corp"
        if kind == "person" and name == written and self.mentions.common_opener(written, mention[0]):
            return Speaker(None)  # "Blood tests revealed ...", "Light is used to ...": a common noun, no one
        speaker = Speaker(name, title or own_title, kind)
        if name:
            self.mentions.record(name, kind, mention[0], gender, _plural_speaker(name, kind))
        return speaker

    def gender(self, name: str, given: str = "") -> str:
        """A person's gender as the article tells it: by a title or role (`given`), a common given name,
        else by the pronouns that follow their mentions."""
        if given:
            return given
        first = name.split()[0].lower()
        if " " in name and first in rules.FEMALE_NAMES:
            return "f"
        if " " in name and first in rules.MALE_NAMES:
            return "m"
        return self.phrases.gender(name)

    def _named_role(self, written: str, at: int) -> tuple[str, str] | None:
        """A role noun with "the" ("the minister", "The Tory leader") stands for the person the article
        named in that role."""
        words = written.split()
        if len(words) < 2 or words[0].lower() != "the" or words[-1].lower().endswith("s"):
            return None
        head = words[-1].lower()
        if head not in rules.SPEAKER_NOUNS and head not in rules.TITLE_WORDS:
            return None
        return self.mentions.named_role(" ".join(words[1:]), at)

    def _pronoun(self, low: str, at: int) -> Speaker:
        """The referent a pronoun at `at` stands for: he/she the most recent compatible person that speaks,
        else that is a sentence's subject (a sentence whose two subjects both fit, and where neither or both
        spoke, leaves it unsure); they the most recent group or organisation, it the most recent
        organisation or document, one that spoke or is a subject that can speak (`_may_speak`) before one that
        only appears ("In a filing with the Securities and Exchange Commission, Harris said ...")."""
        if low in rules.PERSON_PRONOUNS:
            want = "m" if low == "he" else "f"
            for referents in self.mentions.recent(at):
                fit = [r for r in referents if self._one_person(r, want)]
                if not fit:
                    continue
                spoke = {(r.name, r.type) for r in fit if r.spoke}
                if len(spoke) == 1:  # "X is at risk, said Y. He noted ...": Y spoke
                    name, kind = spoke.pop()
                    return Speaker(name, "", kind)
                subjects = [r for r in fit if r.subject] or fit
                names = {r.name for r in subjects}
                if len(names) > 1 and subjects[-1].start - subjects[0].start < 200:
                    return Speaker(None, unsure=True)
                return Speaker(subjects[-1].name, "", subjects[-1].type)
            return Speaker(None, unsure=True)
        kinds = ("group", "organisation") if low == "they" else ("organisation", "document", "group")
        fallback = None
        for referents in self.mentions.recent(at, reach=3):
            fit = [
                r
                for r in referents
                if r.type in kinds
                and (_many(r) if low == "they" else not r.plural and not one_role(r.name))
                and (r.spoke or r.name.lower() not in rules.COUNTRIES)
            ]  # (a country "it" stands for has spoken: one that only appears is what is spoken of, "China is
            # the main supplier, it said")
            acting = [f for f in fit if f.spoke or (f.subject and _may_speak(f))]
            if acting:
                return Speaker(acting[-1].name, "", acting[-1].type)
            fallback = fallback or (fit[-1] if fit else None)  # a name that only appears: when no one acts
        return Speaker(fallback.name, "", fallback.type) if fallback else Speaker(None, unsure=True)

    def _one_person(self, r: Referent, gender: str) -> bool:
        """Can he or she (`gender`) stand for the referent: a person of that gender or of none known, or one
        person named by a role who spoke ("An ONEMI spokesman said ... He said"; a role that only appears, "the
        Republican nominee", is as often a person the article names)?"""
        if r.type == "person":
            return self.gender(r.name, r.gender) in ("", gender)
        return r.spoke and r.type == "group" and title_gender(r.name.split()) in ("", gender) and one_role(r.name)

    def _remember(self, speaker: Speaker, at: int) -> Speaker:
        if speaker.name:
            self.mentions.record(speaker.name, speaker.type, at)
        return speaker


def _may_speak(r: Referent) -> bool:
    """Can a subject that has not spoken be what "it" or "they" stands for: an organisation, or a group named
    by a noun that speaks ("the company", "dealers"), not a thing that is only a subject ("The agreement had
    been scheduled to expire", "The purchase will take the fleet to 28")?"""
    return r.type == "organisation" or (r.type == "group" and bare(r.name.split()[-1]) in rules.SPEAKER_NOUNS)


def _plural_speaker(name: str, kind: str) -> bool:
    """Is a speaker plural, one "it" cannot stand for: a group or document in -s ("analysts", "the figures"); not
    an organisation that spoke under its name, one body however it ends ("National Statistics Services said")?"""
    return kind != "person" and not (kind == "organisation" and name[:1].isupper()) and name.endswith("s")


def _many(r: Referent) -> bool:
    """Can "they" stand for it: a plural, an organisation, a collective ("Clinton's campaign", "the team")?"""
    if r.name.lower() in rules.COUNTRIES:
        return False  # a country is "it"
    return r.plural or r.type == "organisation" or bare(r.name.split()[-1]) in rules.ORGANISATION_WORDS


def _antecedent(text: str, at: int) -> tuple[int, int] | None:
    """The noun phrase just before a relative pronoun at `at` ("the Chicago Police Department, which")."""
    toks = tokens(text, max(0, at - 160), at)
    i = len(toks) - 1
    if i >= 0 and toks[i].text == ",":
        i -= 1
    np = np_backward(toks, i)
    return None if np is None or toks[np[1]].low in rules.RELATIVE_PRONOUNS else phrase(text, toks, np)
