"""One owner of the tables: every table's columns and dtypes are declared once, in `newslens.schema`, and
what the analyses return in memory is what `newslens analyze` stores."""

from __future__ import annotations

import pytest

import newslens as nl
from newslens import schema

#: The fingerprint of the stored tables for each FORMAT. A change to a stored table's columns changes the
#: fingerprint: bump `schema.FORMAT` (old tables are then refused, not misread) and record it here.
FINGERPRINTS = {4: "f7e5e73392a1336c", 5: "2c9067d40c40a6ed"}

TEXT = (
    "Strikes hit Kyiv\n"
    'KYIV (AFP) - Russia fired 40 drones at Kyiv overnight, killing at least 3 people, officials said. "We will '
    'rebuild," said Vitali Klitschko, the mayor of Kyiv.\nThe army said it shot down 629 drones in March.\n'
)


def test_the_stored_tables_match_the_format_they_claim():
    assert schema.fingerprint() == FINGERPRINTS.get(schema.FORMAT), (
        "a stored table's columns changed: bump schema.FORMAT and record the new fingerprint "
        f"{schema.fingerprint()!r} in FINGERPRINTS"
    )


@pytest.mark.parametrize(
    ("analysis", "columns"),
    [
        (nl.sentences, schema.SENTENCES),
        (nl.words, schema.WORDS),
        (nl.quotes, schema.QUOTES),
        (nl.figures, schema.FIGURES),
        (nl.sentiment, schema.SENTIMENT),
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_each_analysis_returns_its_declared_columns_and_dtypes(analysis, columns):
    frame = analysis(TEXT)
    assert list(frame.columns) == list(schema.names(columns))
    assert [str(frame[c.name].dtype) for c in columns] == [c.dtype for c in columns]
    assert len(frame) > 0


def test_an_empty_result_still_has_its_columns_and_dtypes():
    frame = nl.figures("Nothing to count here.")
    assert frame.empty and [str(t) for t in frame.dtypes] == [c.dtype for c in schema.FIGURES]


@pytest.mark.parametrize("name", list(schema.TABLES))
def test_every_table_in_memory_has_its_declared_columns_and_dtypes(name):
    frame = nl.analyze_in_memory(nl.Article.from_text(TEXT, id="k1"))[name]
    columns = schema.TABLES[name]
    assert list(frame.columns) == list(schema.names(columns)), name
    assert [str(frame[c.name].dtype) for c in columns] == [c.dtype for c in columns], name


def test_stored_tables_read_back_with_the_same_dtypes(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "k1", "text": ' + __import__("json").dumps(TEXT) + "}\n")
    nl.analyze(tmp_path / "a.jsonl", tmp_path / "t", workers=1, progress=False)
    stored = nl.open_tables(tmp_path / "t")
    for name, columns in schema.TABLES.items():
        frame = stored[name]
        assert [str(frame[c.name].dtype) for c in columns] == [c.dtype for c in columns], name


def test_rows_become_the_declared_columns_in_order():
    rows = [("a", 0, 1, "title", 0, 5, "Hello", 1), ("a", 1, 2, "body", 7, 12, "World", 1)]
    f = schema.rows_frame(schema.SENTENCES, rows)
    assert list(f.columns) == list(schema.names(schema.SENTENCES))
    assert f["text"].tolist() == ["Hello", "World"] and f["start"].tolist() == [0, 7]
    assert f.equals(schema.frame(schema.SENTENCES, {c: [r[i] for r in rows] for i, c in enumerate(f.columns)}))
    assert schema.rows_frame(schema.SENTENCES, []).dtypes.equals(f.dtypes)  # no rows: the same columns and dtypes


def test_a_row_of_the_wrong_length_is_refused():
    with pytest.raises(ValueError):
        schema.rows_frame(schema.SENTENCES, [("a", 0, 1, "body", 0, 5, "Hello")])
