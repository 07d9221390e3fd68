"""Load and clean articles: files in, `Article`s out, nothing lost.

One coordinate system: `Article.text` is the decoded file with newlines normalized to ``\\n`` and every
offset in newslens indexes that string. Cleaning *marks* spans (boilerplate, title, subheads, dateline,
byline) in `Article.paragraphs`; it never deletes text.
"""

from __future__ import annotations

import csv
import glob as globlib
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, overload

import pandas as pd

from . import rules

PARAGRAPH_KINDS = ("title", "boilerplate", "dateline", "subhead", "body", "byline")
#: Paragraph kinds that carry running text (sentences are split in these only).
TEXT_KINDS = frozenset({"title", "subhead", "body"})

_LINE = re.compile(r"[^\n]+")
_GLOB_CHARS = re.compile(r"[*?\[]")
_MAX_STRUCTURE_LINE = 120  # structure patterns only look at short lines: bounded work per line


class LoadError(ValueError):
    """A file or record that cannot become an article; its message is the reason shown in `problems`."""


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Structure:
    """What cleaning found in a text: its paragraphs by kind, and the byline if any."""

    paragraphs: tuple[Paragraph, ...]
    byline: str | None = None
    author: str | None = None
    source_code: str | None = None
    dateline: str | None = None


@dataclass(eq=False)
class Article:
    """One news article.

    `text` is never altered after loading; `paragraphs` (a DataFrame with `start`, `end`, `kind`,
    `text`) marks what each line is. `meta` records how the file was read (for example a cp1252
    fallback). Build one from plain text with `Article.from_text`.
    """

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    author: str | None = None
    source_code: str | None = None
    byline: str | None = None
    dateline: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    structure: Structure = field(init=False, repr=False)

    def __post_init__(self) -> None:
        s = analyse_structure(self.text)
        self.structure = s
        self.byline = self.byline or s.byline
        self.author = self.author or s.author
        self.source_code = self.source_code or s.source_code
        self.dateline = self.dateline or s.dateline
        if self.title is None:
            heads = [p for p in s.paragraphs if p.kind == "title"]
            self.title = self.text[heads[0].start : heads[0].end] if heads else None

    @classmethod
    def from_text(cls, text: str, id: str = "text", **meta: Any) -> Article:
        """An article from a string; offsets index exactly that string (newlines are not touched)."""
        return cls(id=id, text=text, **meta)

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """Paragraph spans: `start`, `end`, `kind` (title/boilerplate/dateline/subhead/body/byline), `text`."""
        ps = self.structure.paragraphs
        return pd.DataFrame(
            {
                "start": pd.array([p.start for p in ps], dtype="int64"),
                "end": pd.array([p.end for p in ps], dtype="int64"),
                "kind": pd.array([p.kind for p in ps], dtype="str"),
                "text": pd.array([self.text[p.start : p.end] for p in ps], dtype="str"),
            }
        )

    @property
    def body(self) -> list[Paragraph]:
        return [p for p in self.structure.paragraphs if p.kind == "body"]

    def __repr__(self) -> str:
        return f"Article(id={self.id!r}, chars={len(self.text)}, paragraphs={len(self.structure.paragraphs)})"


PROBLEM_COLUMNS = ("path", "record", "reason")


class Corpus(Sequence[Article]):
    """The articles that loaded, in order, plus `problems`: one row (`path`, `record`, `reason`) for
    every file or record that could not be loaded."""

    def __init__(self, articles: Iterable[Article] = (), problems: Iterable[dict] = ()) -> None:
        self.articles = list(articles)
        rows = list(problems)
        self.problems = pd.DataFrame(
            {
                "path": pd.array([r["path"] for r in rows], dtype="str"),
                "record": pd.array([r.get("record") for r in rows], dtype="Int64"),
                "reason": pd.array([r["reason"] for r in rows], dtype="str"),
            }
        )

    @overload
    def __getitem__(self, i: int) -> Article: ...
    @overload
    def __getitem__(self, i: slice) -> Corpus: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Corpus(self.articles[i])
        return self.articles[i]

    def __len__(self) -> int:
        return len(self.articles)

    def __repr__(self) -> str:
        return f"Corpus({len(self.articles)} articles, {len(self.problems)} problems)"

    def by_id(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)


# --- Structure ----------------------------------------------------------------------------------


def analyse_structure(text: str) -> Structure:
    """Mark each line of `text` as title, boilerplate, dateline, subhead, body or byline.

    A paragraph is a line (scraped wire copy puts one per line; blank lines also separate them).
    Leading ticker junk and page furniture are boilerplate; a wire byline ("B.Svoboda--TPP") or a
    "By ..." line is the byline; "- Heading -" lines, and short unpunctuated lines inside the body,
    are subheads; a short first line without final punctuation, or in headline case, is the title.
    """
    lines = []
    for m in _LINE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            lines.append((s, e))
    kinds = ["body"] * len(lines)
    byline = author = code = dateline = None

    # Leading furniture: ticker symbols, "Advertisement", ...
    first = 0
    while first < len(lines) and _is_boilerplate(text[slice(*lines[first])], leading=True):
        kinds[first] = "boilerplate"
        first += 1
    # Trailing furniture and the byline, from the end.
    last = len(lines) - 1
    while last >= first:
        line = text[slice(*lines[last])]
        if byline is None and (m := _match_short(rules.WIRE_BYLINE, line)):
            kinds[last] = "byline"
            byline, author, code = line, _spaced_initials(m["author"]), m["code"]
        elif _is_boilerplate(line, leading=False):
            kinds[last] = "boilerplate"
        else:
            break
        last -= 1
    for i in range(first, last + 1):
        line = text[slice(*lines[i])]
        if byline is None and i <= first + 2 and (m := _match_short(rules.BY_LINE, line)):
            kinds[i] = "byline"
            byline, author, code = line, m["author"], m["code"]
        elif _match_short(rules.SUBHEAD_LINE, line):
            kinds[i] = "subhead"
        elif _is_boilerplate(line, leading=False):
            kinds[i] = "boilerplate"
    body = [i for i in range(first, last + 1) if kinds[i] == "body"]
    if body and len(body) > 1:
        i = body[0]
        if _looks_like_title(text[slice(*lines[i])]):
            kinds[i] = "title"
        for j in body[1:-1]:
            if kinds[j] == "body" and _looks_like_heading(text[slice(*lines[j])]):
                kinds[j] = "subhead"

    paragraphs = []
    seen_body = False
    for (s, e), kind in zip(lines, kinds, strict=True):
        if kind == "body" and not seen_body:
            seen_body = True
            m = rules.DATELINE.match(text, s, min(e, s + _MAX_STRUCTURE_LINE))
            if m and m.end() < e:
                dateline = text[s : m.end()].strip()
                paragraphs.append(Paragraph(s, s + len(dateline), "dateline"))
                s = m.end()
        paragraphs.append(Paragraph(s, e, kind))
    return Structure(tuple(paragraphs), byline, author, code, dateline)


def _match_short(pattern: re.Pattern, line: str) -> re.Match | None:
    return pattern.fullmatch(line) if len(line) <= _MAX_STRUCTURE_LINE else None


def _is_boilerplate(line: str, leading: bool) -> bool:
    if leading and _match_short(rules.TICKER_LINE, line):
        return True
    return bool(_match_short(rules.BOILERPLATE_LINE, line))


def _looks_like_title(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 25 or len(line) > 200:
        return False
    if line[-1] not in rules.SENTENCE_END_CHARS:
        return True
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)


def _looks_like_heading(line: str) -> bool:
    """A short line without final punctuation, capitalised, with its quote marks paired."""
    words = line.split()
    balanced = line.count('"') % 2 == 0 and line.count("“") == line.count("”")
    return (
        0 < len(words) <= 10
        and line[-1] not in rules.SENTENCE_END_CHARS
        and line[-1] != ","
        and line[0] not in "\"“‘'"
        and not line[0].islower()
        and balanced
    )


def _spaced_initials(name: str) -> str:
    """'B.Svoboda' -> 'B. Svoboda'."""
    return re.sub(r"\b([A-Z])\.(?=[A-Z])", r"\1. ", name)


# --- Loading ------------------------------------------------------------------------------------


def load_articles(source: str | Path | Iterable[str | Path]) -> Corpus:
    """Load articles from a file, a folder (recursive, sorted), a glob, or a list of them.

    `.txt`/`.md` hold one article per file; `.jsonl`/`.json`/`.csv` one per record (text in `text`,
    `body` or `content`; optional `id` (or `doc_id`), `title`, `author`, `date`, `url`, `source`). A file or record
    that cannot be loaded becomes a row of `corpus.problems` with its reason; the rest still load.
    A relative path that does not exist here is looked up in the parent folders, so a notebook in
    `notebooks/` finds the repository's `seeds/`. A source that matches nothing raises
    FileNotFoundError naming it.
    """
    articles: list[Article] = []
    problems: list[dict] = []
    for item in iter_articles(source):
        (problems if isinstance(item, dict) else articles).append(item)
    return Corpus(articles, problems)


def iter_articles(source: str | Path | Iterable[str | Path]) -> Iterator[Article | dict]:
    """Articles one at a time, in order, with a problem dict (`path`, `record`, `reason`) in their place
    for each file or record that cannot be loaded. JSONL files are read line by line, so a file of millions
    of records is never held in memory. Duplicate ids are kept under a new id ("x#2") and reported."""
    sources = [source] if isinstance(source, (str, Path)) else list(source)
    seen: dict[str, str] = {}
    for src in sources:
        for path, shown, explicit in _expand(src):
            for item in _read_path(path, shown, explicit):
                if isinstance(item, Article):
                    if item.id in seen:
                        new_id = _unique_id(item.id, seen)
                        yield {
                            "path": item.path,
                            "record": item.meta.get("record"),
                            "reason": f"duplicate id {item.id!r} (first in {seen[item.id]}): kept as {new_id!r}",
                        }
                        item.id = new_id
                    seen[item.id] = item.path or ""
                yield item


def as_articles(x: Article | str | Corpus | Iterable[Article]) -> list[Article]:
    """What every analysis accepts: an Article, plain text (offsets index that string) or a Corpus."""
    if isinstance(x, Article):
        return [x]
    if isinstance(x, str):
        return [Article.from_text(x)]
    if isinstance(x, Corpus):
        return x.articles
    items = list(x)
    if all(isinstance(a, Article) for a in items):
        return items
    raise TypeError(f"expected an Article, a str or a Corpus, not {type(x).__name__}")


def _unique_id(article_id: str, seen: dict[str, str]) -> str:
    n = 2
    while f"{article_id}#{n}" in seen:
        n += 1
    return f"{article_id}#{n}"


def _expand(src: str | Path) -> Iterator[tuple[Path, str, bool]]:
    """Yield (path, path as shown, named explicitly) for each file a source names."""
    text = str(src)
    if _GLOB_CHARS.search(text):
        parts = Path(text).parts
        n_plain = next(i for i, p in enumerate(parts) if _GLOB_CHARS.search(p))
        root = Path(*parts[:n_plain]) if n_plain else Path(".")
        base = _find_base(root) or root
        pattern = str(base.joinpath(*parts[n_plain:]))
        hits = sorted(Path(p) for p in globlib.glob(pattern, recursive=True) if Path(p).is_file())
        if not hits:
            raise FileNotFoundError(f"no files match {text!r}")
        for h in hits:
            yield h, (root / h.relative_to(base)).as_posix(), True
        return
    path = _find_base(Path(text))
    if path is None:
        raise FileNotFoundError(f"no such file or folder: {text!r}")
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            raise FileNotFoundError(f"folder {text!r} holds no files")
        for f in files:
            yield f, (Path(text) / f.relative_to(path)).as_posix(), False
    else:
        yield path, Path(text).as_posix(), True


def _find_base(path: Path) -> Path | None:
    """`path` if it exists; for a relative path, else the first parent folder under which it exists."""
    if path.exists():
        return path
    if path.is_absolute():
        return None
    here = Path.cwd()
    for parent in here.parents:
        candidate = parent / path
        if candidate.exists():
            return candidate
    return None


def _read_path(path: Path, shown: str, explicit: bool) -> Iterator[Article | dict]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from _jsonl_stream(path, shown)
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield {"path": shown, "reason": f"cannot read file: {e.strerror or e}"}
        return
    if suffix not in rules.RECORD_SUFFIXES and suffix not in rules.TEXT_SUFFIXES and not explicit:
        yield {
            "path": shown,
            "reason": f"not an article file (suffix {suffix or 'none'!r}; expected "
            + ", ".join(sorted(rules.TEXT_SUFFIXES | rules.RECORD_SUFFIXES))
            + ")",
        }
        return
    try:
        text, meta = decode(data)
    except LoadError as e:
        yield {"path": shown, "reason": str(e)}
        return
    if suffix == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            yield {"path": shown, "reason": f"invalid JSON: {e}"}
            return
        if isinstance(obj, dict) and isinstance(obj.get("articles"), list):
            obj = obj["articles"]
        items = obj if isinstance(obj, list) else [obj]
        yield from _records(((i + 1, r) for i, r in enumerate(items)), path, shown, meta)
    elif suffix == ".csv":
        yield from _records(_csv_records(text), path, shown, meta)
    else:
        try:
            yield _article(path.stem, text, shown, None, meta)
        except LoadError as e:
            yield {"path": shown, "reason": str(e)}


def decode(data: bytes) -> tuple[str, dict[str, Any]]:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252 with a note; newlines to ``\\n``.

    Raises LoadError for empty, binary or undecodable input.
    """
    if not data.strip():
        raise LoadError("empty file")
    meta: dict[str, Any] = {}
    if data.startswith(b"\xef\xbb\xbf"):
        text, meta["encoding"] = data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, meta["encoding"] = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise LoadError(f"undecodable UTF-16 (byte {e.start})") from None
    else:
        if b"\x00" in data:
            raise LoadError("binary file (contains NUL bytes)")
        try:
            text, meta["encoding"] = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as e:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise LoadError(f"undecodable: neither UTF-8 (byte {e.start}) nor cp1252") from None
            meta["encoding"] = "cp1252"
            meta["note"] = f"not valid UTF-8 (byte {e.start}); decoded as cp1252"
    if "\x00" in text:
        raise LoadError("binary file (contains NUL characters)")
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\t\n\r\f\v")
    if controls > max(8, len(text[:4096]) // 50):
        raise LoadError("binary file (mostly control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n"), meta


def _jsonl_stream(path: Path, shown: str) -> Iterator[Article | dict]:
    """A JSONL file record by record, decoded line by line (UTF-8, with a cp1252 fallback per line)."""
    try:
        with path.open("rb") as f:
            head = f.read(4096)
            if not head.strip():
                yield {"path": shown, "reason": "empty file"}
                return
            if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
                yield {"path": shown, "reason": "binary file (contains NUL bytes)"}
                return
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 JSONL: small enough to decode whole
                f.seek(0)
                try:
                    text, meta = decode(f.read())
                except LoadError as e:
                    yield {"path": shown, "reason": str(e)}
                    return
                yield from _records(_jsonl_records(text.split("\n")), path, shown, meta)
                return
            f.seek(3 if head.startswith(b"\xef\xbb\xbf") else 0)
            yield from _records(_jsonl_records(_decoded_lines(f)), path, shown, {"encoding": "utf-8"})
    except OSError as e:
        yield {"path": shown, "reason": f"cannot read file: {e.strerror or e}"}


def _decoded_lines(f: Any) -> Iterator[str | LoadError]:
    for raw in f:
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                yield raw.decode("cp1252")
            except UnicodeDecodeError as e:
                yield LoadError(f"undecodable line (byte {e.start})")


def _jsonl_records(lines: Iterable[str | LoadError]) -> Iterator[tuple[int, Any]]:
    for n, line in enumerate(lines, 1):
        if isinstance(line, LoadError):
            yield n, LoadError(f"{line} on line {n}")
            continue
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as e:
            yield n, LoadError(f"invalid JSON on line {n}: {e.msg} (column {e.colno})")


def _csv_records(text: str) -> Iterator[tuple[int, Any]]:
    try:
        reader = csv.DictReader(io.StringIO(text), restkey="__extra__")
        for n, row in enumerate(reader, 1):
            if "__extra__" in row:
                yield n, LoadError(f"CSV row {n} has more fields than the header")
            else:
                yield n, row
    except csv.Error as e:
        yield 0, LoadError(f"unreadable CSV: {e}")


def _records(
    items: Iterable[tuple[int, Any]], path: Path, shown: str, meta: dict[str, Any]
) -> Iterator[Article | dict]:
    any_item = False
    for n, rec in items:
        any_item = True
        try:
            if isinstance(rec, LoadError):
                raise rec
            if not isinstance(rec, dict):
                raise LoadError(f"record {n} is a {type(rec).__name__}, not an object")
            body = next((rec[k] for k in rules.TEXT_FIELDS if isinstance(rec.get(k), str)), None)
            if body is None:
                raise LoadError(f"record {n} has no text (expected one of: {', '.join(rules.TEXT_FIELDS)})")
            rid = next((rec[k] for k in rules.ID_FIELDS if rec.get(k) not in (None, "")), None)
            rid = str(rid) if rid is not None else f"{path.stem}-{n}"
            extra = {k: str(rec[k]) for k in rules.META_FIELDS if rec.get(k) not in (None, "")}
            yield _article(rid, body.replace("\r\n", "\n").replace("\r", "\n"), shown, n, meta, **extra)
        except LoadError as e:
            yield {"path": shown, "record": n or None, "reason": str(e)}
    if not any_item:
        yield {"path": shown, "reason": "no records"}


def _article(aid: str, text: str, shown: str, record: int | None, meta: dict, **extra: Any) -> Article:
    if not text.strip():
        raise LoadError("empty text" if record is None else f"record {record} has empty text")
    m = dict(meta)
    if record is not None:
        m["record"] = record
    art = Article(id=aid, text=text, path=shown, meta=m, **extra)
    if not art.body:
        kinds = sorted({p.kind for p in art.structure.paragraphs})
        raise LoadError(f"no body text (only {', '.join(kinds)})")
    return art
