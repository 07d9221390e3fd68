"""Comparing articles and outlets: conflicting figures about one event, the day an article reports on."""

from __future__ import annotations

import json

import pandas as pd

import newslens as nl
from newslens import events
from newslens.quotes import canonical_speakers

KYIV = (
    "Russian strikes hit Kyiv overnight, Mayor Vitali Klitschko said.\n"
    "{toll} people were killed, Vitali Klitschko said. President Volodymyr Zelensky called for air defence.\n"
    "Volodymyr Zelensky and Vitali Klitschko visited the site.\n"
)


def tables_of(tmp_path, records: list[dict]) -> nl.Tables:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return nl.analyze_in_memory(path)


def test_one_toll_reported_differently_on_the_same_day_is_flagged_with_sentence_and_claimant(tmp_path):
    data = tables_of(tmp_path, [
        {"id": "afp-1", "date": "2024-03-07", "source": "AFP", "text": KYIV.format(toll="At least 23")},
        {"id": "ap-1", "date": "2024-03-07T18:00:00Z", "source": "AP", "text": KYIV.format(toll="Twenty-one")},
        {"id": "ap-2", "date": "2024-03-09", "source": "AP", "text": KYIV.format(toll="Thirty")},
    ])  # fmt: skip
    flagged = nl.conflicting_figures(data)
    assert flagged["article_id"].tolist() == ["afp-1", "ap-1"]
    assert set(flagged["values"]) == {"21; 23"}
    assert flagged["claimant"].tolist() == ["Vitali Klitschko"] * 2
    assert flagged["sentence"].iloc[0] == "At least 23 people were killed, Vitali Klitschko said."


def test_articles_with_no_known_day_are_not_compared(tmp_path):
    data = tables_of(tmp_path, [
        {"id": "a", "text": KYIV.format(toll="At least 23")},
        {"id": "b", "text": KYIV.format(toll="Twenty-one")},
    ])  # fmt: skip
    assert nl.conflicting_figures(data).empty


def test_the_day_comes_from_the_date_else_the_id_else_the_url():
    articles = pd.DataFrame({
        "article_id": ["x", "breitbart_2016-09-20_slug", "z", "w"],
        "date": ["2020-09-01T10:00:00Z", None, None, None],
        "url": [None, None, "https://example.com/2021/02/03/story", None],
    })  # fmt: skip
    assert events.day_of(articles).tolist()[:3] == ["2020-09-01", "2016-09-20", "2021-02-03"]
    assert pd.isna(events.day_of(articles).iloc[3])


def test_figure_checks_flag_one_kind_of_quantity_with_different_values():
    figures = nl.figures("At least 23 people died, officials said. Later 21 people were counted. 40 drones flew.")
    checks = nl.figure_checks(figures)
    assert checks["surface"].tolist() == ["At least 23 people", "21 people"]
    assert set(checks["values"]) == {"21; 23"}


def test_speakers_merge_across_articles_when_one_full_name_fits():
    quotes = pd.DataFrame({"speaker": ["Donald Trump", "Trump", "President Trump", "Smith", None]})
    assert canonical_speakers(quotes).tolist()[:4] == ["Donald Trump"] * 3 + ["Smith"]


def test_a_surname_goes_to_the_full_name_that_dominates_it_and_stays_when_two_compete():
    quotes = pd.DataFrame({"speaker": ["Donald Trump"] * 9 + ["Ivanka Trump", "Mr. Trump", "Donald J. Trump"]
                           + ["Hillary Clinton"] * 3 + ["Bill Clinton"] * 2 + ["Clinton"]})  # fmt: skip
    merged = canonical_speakers(quotes).tolist()
    assert merged[9:12] == ["Ivanka Trump", "Donald Trump", "Donald Trump"]
    assert merged[-1] == "Clinton"  # Hillary holds 3 of 5 Clinton quotes: not enough to decide


def test_no_figures_give_an_empty_check_table_with_its_columns():
    checks = nl.figure_checks(nl.figures("Nothing to count here."))
    assert checks.empty and "values" in checks.columns


def test_copies_of_one_article_do_not_disagree_with_each_other(tmp_path):
    text = KYIV.format(toll="At least 23") + "The strike destroyed 40 homes. Later 12 homes were rebuilt.\n"
    data = tables_of(tmp_path, [{"id": f"copy-{i}", "date": "2024-03-07", "text": text} for i in range(3)])
    assert nl.conflicting_figures(data).empty
