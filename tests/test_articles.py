"""The loader: real-world files in, every article out, every bad file listed with its reason."""

from __future__ import annotations

import json
import pathlib

import pytest

import newslens as nl
from newslens.articles import decode, iso_date

from .conftest import REPO, SEED, SHARED, SPEC

GOOD = "Kyiv was hit overnight, officials said.\nRescuers worked through the day.\n"


def kinds(article: nl.Article) -> list[str]:
    return article.paragraphs["kind"].tolist()


# --- the seed, per tests/data/seed-expected.json (a copy of ../shared/spec/) ------------------------


def test_the_seed_spec_is_an_unchanged_copy_of_the_shared_one():
    original = SHARED / "spec" / "seed-expected.json"
    if not original.exists():
        pytest.skip("needs ../shared/spec/seed-expected.json, which is not beside this checkout")
    assert SPEC.read_bytes() == original.read_bytes()


def test_seed_structure_matches_the_spec(seed, spec):
    want = spec["structure"]
    p = seed.paragraphs
    assert p.loc[p.kind == "boilerplate", "text"].tolist() == want["boilerplate_lines"]
    assert seed.byline == want["byline"]
    assert seed.author == want["author"]
    assert seed.source_code == want["source_code"]
    heads = [t.strip("-– ").strip() for t in p.loc[p.kind == "subhead", "text"]]
    assert heads == want["subheads"]
    body = p[p.kind == "body"]
    assert len(body) == want["body_paragraphs"]
    assert body.text.iloc[0].startswith(want["first_paragraph_starts"])
    assert body.text.iloc[-1].startswith(want["last_paragraph_starts"])


def test_seed_offsets_index_the_raw_file_text(seed, spec):
    for q in spec["quotes"]:
        assert seed.text[q["start"] : q["end"]] == q["quote"]


def test_paragraph_rows_point_into_the_text(seed):
    for row in seed.paragraphs.itertuples():
        assert seed.text[row.start : row.end] == row.text


def test_cleaning_marks_and_never_deletes(seed):
    assert seed.text == SEED.read_text(encoding="utf-8")


# --- structure on plain text ---------------------------------------------------------------------


def test_dateline_is_marked_and_the_body_starts_after_it():
    a = nl.Article.from_text("KYIV (AFP) - Russia fired 40 missiles overnight, officials said.\nMore followed.")
    assert a.dateline == "KYIV (AFP) -"
    first = a.paragraphs[a.paragraphs.kind == "body"].iloc[0]
    assert first.text.startswith("Russia fired")
    assert kinds(a)[0] == "dateline"


def test_top_by_line_gives_the_author():
    a = nl.Article.from_text("Storm hits coast\nBy Jane Doe\nThe storm hit the coast on Monday. Trees fell.")
    assert a.author == "Jane Doe"
    assert kinds(a) == ["title", "byline", "body"]


def test_wire_byline_with_full_name():
    a = nl.Article.from_text("Talks resumed on Monday, diplomats said.\nThey ended late.\nJane Doe--AFP")
    assert (a.author, a.source_code, kinds(a)[-1]) == ("Jane Doe", "AFP", "byline")


def test_headline_case_first_line_is_the_title():
    a = nl.Article.from_text(
        "Stealth Over Health: Clinton Was Headed to ER.\n\nThe Post reports that her team avoided it."
    )
    assert kinds(a) == ["title", "body"]
    assert a.title == "Stealth Over Health: Clinton Was Headed to ER."


BODY = "\n\nCustomers trying to reach call centres are getting impatient, a survey says.\n\nMore follows here.\n"


@pytest.mark.parametrize(
    "headline",
    [
        "Call centre users 'lose patience'",
        "Vote sought ‘within weeks’",
        'Blair says "no" to early poll',
        "Is the euro doomed?",
        "Rescue at last!",
        "BAHIA COCOA REVIEW",
        "U.S. TRADE DEFICIT WIDENS IN JANUARY",
        "Stealth Over Health: Clinton Was Headed to ER.",
    ],
)
def test_a_headline_on_the_first_line_is_the_title(headline):
    a = nl.Article.from_text(headline + BODY)
    assert (a.title, kinds(a)) == (headline, ["title", "body", "body"])


@pytest.mark.parametrize(
    "first",
    [
        "Customers trying to reach call centres are getting impatient, a survey says.",
        '"We will not give up," Zelensky said.',
        "He said: “We will fight on.”",
        "The talks ended late on Monday; more are planned.",
    ],
)
def test_a_sentence_on_the_first_line_is_body(first):
    a = nl.Article.from_text(first + BODY)
    assert a.title is None and kinds(a) == ["body"] * 3


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("KYIV (AFP) - Russia fired 40 missiles overnight.", "KYIV (AFP) -"),
        ("WASHINGTON, Sept. 3 (Reuters) — The Senate voted.", "WASHINGTON, Sept. 3 (Reuters) —"),
        ("LONDON, March 9 - The Bank of England held rates.", "LONDON, March 9 -"),
        ("STAMFORD, Conn., Feb 26 - The company said profits rose.", "STAMFORD, Conn., Feb 26 -"),
        ("NEW YORK (AP) — Stocks fell.", "NEW YORK (AP) —"),
        ("Toronto, FEB 26 - Shares rose.", "Toronto, FEB 26 -"),
    ],
)
def test_wire_datelines_are_marked(line, dateline):
    a = nl.Article.from_text(line + "\nMore text follows here.")
    assert a.dateline == dateline and kinds(a)[0] == "dateline"


@pytest.mark.parametrize("line", ["But Smith (who) - said no.", "The deal - once agreed - failed.", "NATO said so."])
def test_text_that_only_looks_like_a_dateline_is_not_one(line):
    assert nl.Article.from_text(line + "\nMore text follows here.").dateline is None


def test_str_input_keeps_its_own_offsets():
    text = "\r\nFirst line here.\r\nSecond line."
    a = nl.Article.from_text(text)
    assert a.text == text
    for row in a.paragraphs.itertuples():
        assert text[row.start : row.end] == row.text


# --- sources ---------------------------------------------------------------------------------------


def test_folder_is_read_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(GOOD)
    (tmp_path / "1.txt").write_text(GOOD)
    (tmp_path / ".hidden.txt").write_text(GOOD)
    corpus = nl.load_articles(tmp_path)
    assert [a.id for a in corpus] == ["1", "b/2"]
    assert corpus.problems.empty


def test_glob_and_list_sources(tmp_path):
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text(GOOD)
    assert [a.id for a in nl.load_articles(str(tmp_path / "*.txt"))] == ["a", "b"]
    assert [a.id for a in nl.load_articles([tmp_path / "c.md", tmp_path / "a.txt"])] == ["c", "a"]


def test_a_source_that_matches_nothing_raises_naming_it(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"nowhere\.txt"):
        nl.load_articles(tmp_path / "nowhere.txt")
    with pytest.raises(FileNotFoundError, match=r"\*\.zzz"):
        nl.load_articles(str(tmp_path / "*.zzz"))


def test_relative_path_is_found_from_a_subfolder(monkeypatch):
    monkeypatch.chdir(REPO / "notebooks")
    corpus = nl.load_articles("seeds")
    assert len(corpus) == 1
    assert corpus[0].path == "seeds/000_c8b33692d3f71c95.txt"


def test_jsonl_json_and_csv_records(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "x1", "text": GOOD, "title": "T", "source": "AFP"})
        + "\n\n"
        + json.dumps({"body": GOOD})
        + "\n"
    )
    (tmp_path / "b.json").write_text(json.dumps([{"content": GOOD, "url": "http://e.x/1"}]))
    (tmp_path / "c.csv").write_text('id,text,author\nc1,"' + GOOD.replace("\n", " ") + '",Jane Doe\n')
    corpus = nl.load_articles(tmp_path)
    assert [a.id for a in corpus] == ["x1", "a-3", "b-1", "c1"]
    assert corpus[0].source == "AFP" and corpus[0].title == "T"
    assert corpus[2].url == "http://e.x/1"
    assert corpus[3].author == "Jane Doe"
    assert corpus.problems.empty


def test_duplicate_ids_are_kept_under_a_new_id_with_a_note_not_a_failure(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "same", "text": GOOD}) + "\n" + json.dumps({"id": "same", "text": GOOD})
    )
    corpus = nl.load_articles(tmp_path)
    assert [a.id for a in corpus] == ["same", "same#2"]
    assert corpus.problems[["article_id", "kind"]].values.tolist() == [["same#2", "note"]]
    assert corpus.problems.reason.str.contains("duplicate id 'same'").tolist() == [True]


def test_files_of_the_same_name_in_different_folders_are_different_articles(tmp_path):
    for topic in ("business", "politics"):
        (tmp_path / topic).mkdir()
        (tmp_path / topic / "001.txt").write_text(GOOD)
        (tmp_path / topic / "002.jsonl").write_text(json.dumps({"text": GOOD}) + "\n")
    corpus = nl.load_articles(tmp_path)
    assert [a.id for a in corpus] == ["business/001", "business/002-1", "politics/001", "politics/002-1"]
    assert corpus.problems.empty


def test_a_glob_names_its_articles_from_where_it_starts(tmp_path):
    (tmp_path / "sport").mkdir()
    (tmp_path / "sport" / "001.txt").write_text(GOOD)
    assert [a.id for a in nl.load_articles(str(tmp_path / "*" / "*.txt"))] == ["sport/001"]


@pytest.mark.parametrize(
    ("fields", "record", "want"),
    [
        ({"text_field": "story"}, {"story": GOOD, "text": "Not this one."}, ("a-1", GOOD)),
        ({"id_field": "key"}, {"key": "k7", "id": "not-this", "text": GOOD}, ("k7", GOOD)),
        ({"text_field": "story", "id_field": "key"}, {"key": 42, "story": GOOD}, ("42", GOOD)),
    ],
)
def test_record_fields_can_be_named(tmp_path, fields, record, want):
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n")
    corpus = nl.load_articles(tmp_path / "a.jsonl", **fields)
    assert (corpus[0].id, corpus[0].text) == want


@pytest.mark.parametrize("suffix", ["jsonl", "json", "csv"])
def test_an_unknown_field_is_an_error_naming_the_fields_the_file_has(tmp_path, suffix):
    path = tmp_path / f"a.{suffix}"
    record = {"id": "x", "body": "Some text here."}
    path.write_text(
        "id,body\nx,Some text here.\n" if suffix == "csv" else json.dumps([record] if suffix == "json" else record)
    )
    with pytest.raises(nl.FieldError, match=r"no field 'story'; its records have: id, body"):
        nl.load_articles(path, text_field="story")


def test_record_titles_and_datelines_are_used_as_given(tmp_path):
    record = {"id": "r1", "title": "BAHIA COCOA REVIEW", "dateline": "SALVADOR, Feb 26 -", "body": GOOD}
    (tmp_path / "r.jsonl").write_text(json.dumps(record) + "\n")
    a = nl.load_articles(tmp_path)[0]
    assert (a.title, a.dateline) == ("BAHIA COCOA REVIEW", "SALVADOR, Feb 26 -")
    assert "title" not in a.paragraphs["kind"].tolist()  # the text does not repeat it


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("9-MAR-1987 08:08:57.16", "1987-03-09T08:08:57"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01"),
        ("2016-09-20", "2016-09-20"),
        ("2016-09-20T14:05:00Z", "2016-09-20T14:05:00+00:00"),
        ("2016-09-20 14:05", "2016-09-20T14:05:00"),
        ("March 9, 1987", "1987-03-09"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("9 March 1987", "1987-03-09"),
        ("Friday, 31 December 2004", "2004-12-31"),
        ("Mon, 09 Mar 1987 08:08:57 GMT", "1987-03-09T08:08:57+00:00"),
        ("03/09/1987", None),  # March or September: kept as written
        ("last Tuesday", None),
        ("31-FEB-1987", None),
    ],
)
def test_dates_are_read_into_iso_8601(written, iso):
    assert iso_date(written) == iso


def test_an_article_keeps_a_date_it_cannot_read_as_written():
    a = nl.Article.from_text(GOOD, date="last Tuesday")
    assert a.date == "last Tuesday"
    b = nl.Article.from_text(GOOD, date="9-MAR-1987 08:08:57.16")
    assert (b.date, b.meta["date_as_written"]) == ("1987-03-09T08:08:57", "9-MAR-1987 08:08:57.16")


# --- bad input: reported with its reason, never a crash, never a silent drop -----------------------


def test_mixed_folder_loads_every_good_article_and_lists_each_bad_one(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "latin.txt").write_bytes("Café owners said prices rose – 20%.\n".encode("cp1252"))
    (tmp_path / "wide.txt").write_bytes(GOOD.encode("utf-16"))
    (tmp_path / "windows.txt").write_bytes(GOOD.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "mac.txt").write_bytes(GOOD.replace("\n", "\r").encode("utf-8"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    (tmp_path / "undecodable.txt").write_bytes(b"Bad byte \x81\x8d\x8f here.\n")
    (tmp_path / "only-ticker.txt").write_text("RBGPF\n0.0000\n")
    (tmp_path / "broken.jsonl").write_text(
        json.dumps({"id": "ok1", "text": GOOD})
        + '\n{"id": "bad", "text": \n'
        + json.dumps({"id": "notext", "title": "x"})
        + "\n[1, 2]\n"
    )
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    corpus = nl.load_articles(tmp_path)

    loaded = {a.id: a for a in corpus}
    assert sorted(loaded) == ["bom", "good", "latin", "mac", "ok1", "wide", "windows"]
    for aid in ("good", "bom", "wide", "windows", "mac"):
        assert loaded[aid].text == GOOD, aid
    assert loaded["latin"].text.startswith("Café owners")
    assert loaded["latin"].meta["encoding"] == "cp1252" and "cp1252" in loaded["latin"].meta["note"]
    assert loaded["wide"].meta["encoding"] == "utf-16"

    reasons = {
        (r["path"].rsplit("/", 1)[-1], r["record"]): r["reason"]
        for r in corpus.problems.astype(object).where(corpus.problems.notna(), None).to_dict("records")
    }
    assert reasons[("empty.txt", None)] == "empty file"
    assert reasons[("blank.txt", None)] == "empty file"
    assert "binary" in reasons[("binary.txt", None)]
    assert "undecodable" in reasons[("undecodable.txt", None)]
    assert reasons[("only-ticker.txt", None)].startswith("no body text")
    assert "invalid JSON on line 2" in reasons[("broken.jsonl", 2)]
    assert "has no text" in reasons[("broken.jsonl", 3)]
    assert "not an object" in reasons[("broken.jsonl", 4)]
    assert "invalid JSON" in reasons[("broken.json", None)]
    assert "not an article file" in reasons[("image.png", None)]
    assert len(corpus.problems) == 10


def test_an_unreadable_file_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD)
    real = pathlib.Path.read_bytes

    def fail_on_a(self):
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", fail_on_a)
    corpus = nl.load_articles(tmp_path)
    assert [a.id for a in corpus] == ["b"]
    assert corpus.problems.reason.tolist() == ["cannot read file: Permission denied"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty file"), (b"\x00\x01\x02abc", "binary"), (b"\x81\x8d", "undecodable")],
)
def test_decode_names_the_reason(data, reason):
    with pytest.raises(nl.LoadError, match=reason):
        decode(data)


def test_corpus_finds_articles_by_id_and_slices(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(GOOD)
    corpus = nl.load_articles(tmp_path)
    assert corpus.by_id("b").id == "b"
    assert [a.id for a in corpus[1:]] == ["b"]
    with pytest.raises(KeyError):
        corpus.by_id("nope")


def test_jsonl_is_streamed_and_a_binary_or_empty_one_is_one_problem(tmp_path):
    (tmp_path / "big.jsonl").write_text("".join(json.dumps({"id": f"a{i}", "text": GOOD}) + "\n" for i in range(500)))
    (tmp_path / "bin.jsonl").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "empty.jsonl").write_bytes(b"")
    stream = nl.articles.iter_articles(tmp_path)
    first = next(stream)
    assert isinstance(first, nl.Article) and first.id == "a0"
    rest = list(stream)
    assert sum(isinstance(x, nl.Article) for x in rest) == 499
    problems = [x for x in rest if isinstance(x, nl.Problem)]
    assert [(p.path.rsplit("/", 1)[-1], p.reason) for p in problems] == [
        ("bin.jsonl", "binary file (contains NUL bytes)"),
        ("empty.jsonl", "empty file"),
    ]
