"""The loader: real-world files in, every article out, every bad file listed with its reason."""

from __future__ import annotations

import json

import pytest

import newslens as nl
from newslens.articles import decode

from .conftest import REPO, SEED

GOOD = "Kyiv was hit overnight, officials said.\nRescuers worked through the day.\n"


def kinds(article: nl.Article) -> list[str]:
    return article.paragraphs["kind"].tolist()


# --- the seed, per ../shared/spec/seed-expected.json ---------------------------------------------


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
    assert [a.id for a in corpus] == ["1", "2"]
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


def test_duplicate_ids_are_kept_and_reported(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "same", "text": GOOD}) + "\n" + json.dumps({"id": "same", "text": GOOD})
    )
    corpus = nl.load_articles(tmp_path)
    assert [a.id for a in corpus] == ["same", "same#2"]
    assert corpus.problems.reason.str.contains("duplicate id 'same'").tolist() == [True]


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
    real = nl.articles.Path.read_bytes

    def fail_on_a(self):
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(nl.articles.Path, "read_bytes", fail_on_a)
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
    problems = [x for x in rest if isinstance(x, dict)]
    assert [(p["path"].rsplit("/", 1)[-1], p["reason"]) for p in problems] == [
        ("bin.jsonl", "binary file (contains NUL bytes)"),
        ("empty.jsonl", "empty file"),
    ]
