"""Who speaks: the speaker rules of issue 14, one test per hand-written case in tests/data/speaker_cases.txt
(British and international news among them), and how speakers add up across articles."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

import newslens as nl
from newslens.quotes.mentions import _named_roles, written_inside_a_sentence
from newslens.quotes.names import (
    camel_case,
    company_named,
    company_start,
    full_name,
    is_organisation,
    one_role,
    person_of,
    pronoun_gender,
)
from newslens.tokenize import sentence_spans

from .speaker_cases import check as wrong_with
from .speaker_cases import load_cases

CASES = load_cases()


def test_every_capability_has_at_least_ten_cases():
    per = Counter(case.capability for case in CASES)
    assert len(per) == 9 and min(per.values()) >= 10, per


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_speaker_case(case):
    """The quote the case names has the speaker (and kind, type, title, mention, span, rule) it gives."""
    assert not wrong_with(case), wrong_with(case)


def test_generic_sources_are_nobody_in_particular_across_articles():
    q = nl.quotes(
        [
            '"The risks are rising," analysts said. "Growth will slow," Rachel Reeves said.',
            '"Markets are calm," Analysts said. "We are ready," Rachel Reeves said.',
        ]
    )
    assert set(q.loc[q.speaker_type == "group", "speaker"]) == {"analysts"}  # one spelling of one group
    ranked = nl.people(q)
    assert ranked["person"].tolist() == ["Rachel Reeves"]  # analysts are not a person
    kinds = nl.source_types(q).set_index("speaker_type")
    assert kinds.loc["group", "sources"] == 2  # the analysts of two articles are two sources
    assert kinds.loc["person", "sources"] == 1


def test_organisations_rank_apart_from_people():
    q = nl.quotes(
        [
            '"We will respond," NATO said. "We are ready," Mark Rutte said.',
            '"Allies are united," NATO said in a statement.',
        ]
    )
    assert nl.people(q)["person"].tolist() == ["Mark Rutte"]
    orgs = nl.people(q, types=("organisation",))
    assert (orgs["person"].tolist(), orgs["articles"].tolist()) == (["NATO"], [2])


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," said Liam Fox, the Tory co-chairman. Tony Blair said: "We will see."',
        '"We will win," said the Tory co-chairman, Liam Fox. "We will see," Tony Blair said.',
    ],
)
def test_a_role_joined_to_a_name_never_makes_a_new_name(text):
    names = set(nl.people(nl.quotes(text))["person"])
    assert names == {"Liam Fox", "Tony Blair"}


def test_the_speakers_table_says_what_kind_of_source_each_is():
    s = nl.speakers('"We will respond," NATO said. "Prices are rising," the report said. "No," Mark Rutte said.')
    assert dict(zip(s.speaker, s.speaker_type, strict=True)) == {
        "NATO": "organisation",
        "report": "document",
        "Mark Rutte": "person",
    }


def test_a_pronoun_it_cannot_resolve_is_left_empty_and_says_so():
    q = nl.quotes('Boris Johnson and Michael Gove met for an hour. "It was a frank discussion," he said.')
    row = q.iloc[0]
    assert pd.isna(row.speaker) and row.speaker_mention == "he" and "unresolved" in row.rule


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Ms Khan spoke. Khan said she would go, and her team agreed.", "f"),
        ("Khan said he would go. Khan added that his team agreed with him.", "m"),
        ("Khan said hers was the plan; Khan said she would lead it.", "f"),
        ("Khan said he and she would go, he and she.", ""),  # as many of each: the text does not say
        ("Khan said he would go.", ""),  # one pronoun is not enough
        ("Khan left the shell company. Khan chose the theme of Sheffield, then the heir.", ""),  # not words
        ("Khan's HE said so, Khan said: He and his aides, and him.", "m"),  # counted in lower case
    ],
)
def test_a_persons_gender_follows_the_pronouns_after_their_surname(text, gender):
    assert pronoun_gender(text, "Sadiq Khan") == gender


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        ("Kremlin spokesman Dmitry Peskov said it.", "Kremlin spokesman", "Dmitry Peskov"),
        ("The head coach Gareth Southgate left.", "head coach", "Gareth Southgate"),
        ("Defence Minister Richard Marles spoke.", "Defence Minister", "Richard Marles"),
        ("It was the foreign secretary, David Lammy, who spoke.", "foreign secretary", "David Lammy"),
        ("Kemi Badenoch, the Conservative leader, spoke.", "Conservative leader", "Kemi Badenoch"),
    ],
)
def test_the_roles_an_article_gives_a_name_are_read_around_it(text, role, name):
    assert (role, name) in [(r, n) for _, r, n in _named_roles(text)]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Voters like Dmitry Peskov.", []),  # no role word before the name
        ("Mr Dmitry Peskov spoke.", []),  # a courtesy title is no role
        ("They met the spokesman Dmitry Peskov.", ["spokesman"]),  # "the" ends the role words
    ],
)
def test_the_role_words_stop_where_the_role_does(text, roles):
    assert [r for _, r, n in _named_roles(text) if n == "Dmitry Peskov"] == roles


@pytest.mark.parametrize(
    ("phrase", "person"),
    [
        ("Chris Rowland of Barclays de Zoete Wedd", "Chris Rowland"),  # a firm after the name
        ("Trent Lott of Mississippi", "Trent Lott"),  # a state
        ("analyst Jack Kirnan of Kidder Peabody and Co.", "Jack Kirnan"),  # a role before the name
        ("Joe Carson of Chemical Bank", "Joe Carson"),  # an organisation after "of"
        ("David F. La Roche of North Kingstown", "David F. La Roche"),  # an initial and a particle inside
        ("Julia Hart of Mercia Homes Ltd", "Julia Hart"),  # a given name: a person, though a company follows
        ("Bank of England", ""),  # one word before "of": a body
        ("Federal Reserve Bank of New York", ""),  # an organisation word
        ("United States of America", ""),
        ("Gold Fields of South Africa Ltd", ""),  # a company named for a place
        ("Secretary of State", ""),
    ],
)
def test_a_name_followed_by_of_is_a_person_and_where_they_are_from(phrase, person):
    words = phrase.split()
    found = person_of(words)
    assert (" ".join(words[found[0] : found[1]]) if found else "") == person


@pytest.mark.parametrize(
    ("name", "one"),
    [
        ("an ONEMI spokesman", True),
        ("a senior official", True),
        ("one trader", True),
        ("a witness", True),  # a singular noun ending in -ss
        ("officials", False),  # more than one
        ("a few analysts", False),
        ("a company", False),  # no person
        ("a board", False),  # a collective
        ("Republican nominee", False),  # "the" dropped: as often a person the article names
        ("spokesman", False),
    ],
)
def test_he_or_she_can_stand_for_one_unnamed_person_by_role(name, one):
    assert one_role(name) is one


@pytest.mark.parametrize(
    ("text", "word", "company"),
    [
        ("Chrysler Corp posted a loss.", "Chrysler", "Chrysler Corp"),
        ("General Dynamics Corp bought a stake.", "Dynamics", "General Dynamics Corp"),  # words before it too
        ("The Equatorial Communications Co said.", "Equatorial", "Equatorial Communications Co"),  # not "The"
        ("Panhandle Eastern Corp's Trunkline Gas Co said.", "Trunkline", "Trunkline Gas Co"),  # not the owner
        ("USAir Group said.", "USAir", "USAir Group"),
        ("Chrysler co-founder Walter Chrysler.", "Chrysler", None),  # "co-" is no suffix
        ("Reagan said the plan would work.", "Reagan", None),
    ],
)
def test_a_lone_word_is_short_for_the_company_the_article_names_with_it(text, word, company):
    assert company_named(text, word) == company


@pytest.mark.parametrize(
    ("phrase", "organisation"),
    [
        ("South Korea", True),  # a country is its government
        ("United Arab Emirates", True),
        ("Bundesbank", True),  # a bank by the word's end
        ("Commerzbank", True),
        ("Jordan", False),  # a lone word may be a given name: decided with the article (`company`, countries)
        ("Fairbanks", False),
    ],
)
def test_countries_and_banks_are_organisations(phrase, organisation):
    assert is_organisation(phrase.split()) is organisation


@pytest.mark.parametrize(
    ("phrase", "company"),
    [
        ("Painewebber Group Inc", "Painewebber Group Inc"),  # "Group" is no role before the name
        ("lead manager Swiss Bank Corp", "Swiss Bank Corp"),  # the role stays out
        ("Sony (U.K.) Ltd", "Sony (U.K.) Ltd"),
        ("Bank of New York Co", "Bank of New York Co"),
        ("Moody's Investors Service Inc", "Moody's Investors Service Inc"),  # a possessive inside the name
        ("Chrysler Corp's Chrysler Motors Corp", "Chrysler Motors Corp"),  # not the owner
        ("Inc", ""),  # a suffix alone
        ("the company", ""),
    ],
)
def test_a_phrase_ending_in_a_company_suffix_is_that_companys_name(phrase, company):
    words = phrase.split()
    k = company_start(words)
    assert (" ".join(words[k:]) if k is not None else "") == company


WIRE = (  # a hard-wrapped wire paragraph, the next one indented
    "The market was quiet on Monday as dealers waited for the trade\nfigures, which are due on Tuesday, and for "
    "news of the talks in\nParis between the finance ministers of the leading nations.\n    "
)


@pytest.mark.parametrize(
    ("text", "surname", "name"),
    [
        (WIRE + "It will slow, said Lawrence Cohn, an analyst. Cohn said", "Cohn", "Lawrence Cohn"),
        (WIRE + "It will slow, said\nLawrence Cohn, an analyst.\n    Cohn said", "Cohn", "Lawrence Cohn"),  # wrapped
        ("The vote was close.\n\nMike Pence spoke. Pence said", "Pence", "Mike Pence"),  # opening a paragraph
        ("It will slow, said Lawrence  Cohn. Cohn said", "Cohn", "Lawrence Cohn"),  # two spaces
        (WIRE + "Secretary of\nState George Shultz said so.\n    Shultz", "Shultz", "George Shultz"),  # the title's
        (WIRE + "Sumitomo's\nTsukihara said so. Koichi Tsukihara added", "Tsukihara", "Koichi Tsukihara"),  # whose
        (WIRE + "British Columbia Resources\nInvestment Corp said", "Resources", None),  # inside a longer name
        ("Strikes Hit Kyiv Overnight\nRussia fired drones, the air force said.", "Russia", None),  # a headline
        (WIRE + "It fell, said Clayton Yeutter\n    Speaking later, Yeutter", "Yeutter", "Clayton Yeutter"),
        ("Donald Trump and Ivanka Trump spoke", "Trump", None),  # two full names: no one
        (WIRE + "William K.K. Wong said so. Wong added", "Wong", "William K.K. Wong"),  # initials
        ("Loretta E. Lynch spoke. Later Loretta Lynch said. Lynch", "Lynch", "Loretta Lynch"),  # one person, two ways
        ("These are the times of Donald J. Trump. Trump said", "Trump", "Donald J. Trump"),  # "of" before the name
        ("Senators Charles E. Grassley spoke. Grassley said", "Grassley", "Charles E. Grassley"),  # a plural title
        ("Jan van den Berg spoke. Berg said", "Berg", "Jan van den Berg"),  # every particle of rules
    ],
)
def test_a_surname_takes_the_one_full_name_the_article_gives_it_however_laid_out(text, surname, name):
    paragraphs = [(p.start, p.end) for p in nl.Article.from_text(text).structure.paragraphs]
    assert full_name(text, surname, paragraphs) == name


@pytest.mark.parametrize(
    ("word", "brand"),
    [("PolitiFact", True), ("YouGov", True), ("BlackRock", True), ("McCain", False), ("DeSantis", False),
     ("MacKenzie", False), ("LaGuardia", False), ("Trump", False), ("NATO", False)],
)  # fmt: skip
def test_a_capital_inside_a_word_is_a_brand_not_a_name(word, brand):
    assert camel_case(word) is brand


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ("It was fine, said Jones, and left.", "Jones", True),  # after a word
        ('"We won," Jones said.', "Jones", True),  # after a quote's comma
        ("Jones said no.", "Jones", False),  # only where a sentence opens
        ("Talks resumed. The talks ended.", "Talks", False),
        ("Bombs fell.\n\nBombs fell again.", "Bombs", False),
        ("It rose overnight\nPrices rose again.", "Prices", False),  # a line break is no word before it
    ],
)
def test_a_name_is_capitalised_inside_sentences_too(text, word, inside):
    article = nl.Article.from_text(text)
    sentences = [(s, e, p) for s, e, p, kind in sentence_spans(article) if kind == "body"]
    assert written_inside_a_sentence(text, word, sentences, [s for s, _, _ in sentences]) is inside


@pytest.mark.parametrize(
    ("text", "given", "name"),
    [
        ("Daniel Ford spoke first. Later Daniel said", "Daniel", "Daniel Ford"),
        ("Martha M. Fry read. Martha said", "Martha", "Martha Fry"),  # an initial between
        ("Mike Ford and Mike Fry spoke. Mike said", "Mike", None),  # two full names: no one
        ("Mark Resources Inc said. Mark said", "Mark", None),  # a longer name is no person's
        ("Tarragon Ford spoke. Tarragon said", "Tarragon", None),  # not a given name
        (WIRE + "The shares rose, said Anna\nLind.\n    Anna added", "Anna", "Anna Lind"),  # however the lines wrap
    ],
)
def test_a_given_name_takes_the_one_full_name_the_article_gives_it(text, given, name):
    from newslens.quotes.names import given_full_name

    paragraphs = [(p.start, p.end) for p in nl.Article.from_text(text).structure.paragraphs]
    assert given_full_name(text, given, paragraphs) == name
