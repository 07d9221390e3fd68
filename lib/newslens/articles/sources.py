"""Files in, articles out: paths, folders and globs expanded, each file read by its kind, nothing lost.

Every file a source names ends up as articles or as `Problem` rows: a text file is one article, a record
file (JSONL, JSON, CSV) one per record. An article's id says where it came from: the record's id field,
else the file's path relative to the folder or glob it was found in, without the suffix
(`politics/001`), with `-<n>` for the n-th record of a record file. A mistake in what was asked for (a
path that does not exist, a folder with no article files, a field no record has) raises a `UserError`
whose message is one line to show the user.
"""

from __future__ import annotations

import csv
import glob as globlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import rules
from .decoding import decode, normalize_newlines
from .model import NOTE, Article, Corpus, LoadError, Problem
from .pages import decode_page, page_article

_GLOB_CHARS = re.compile(r"[*?\[]")

Source = str | Path | Iterable[str | Path]


class UserError(Exception):
    """A mistake in what the user asked for; the message is one plain line saying what to do."""


class SourceNotFound(UserError, FileNotFoundError):
    """A path, folder or glob that names no article file."""


class FieldError(UserError, ValueError):
    """A record field named by the user that the file's records do not have."""


def load_articles(source: Source, text_field: str | None = None, id_field: str | None = None) -> Corpus:
    """Load articles from a file, a folder (recursive, sorted), a glob, or a list of them.

    `.txt`/`.md` hold one article per file, `.html`/`.htm` one saved web page each (see `pages`);
    `.jsonl`/`.json`/`.csv` one per record, its text in `text_field` (default: the first of `text`,
    `body`, `content`, else a web page in `html`) and its id in `id_field` (default: `id`, `doc_id`, ...);
    `title`, `author`, `date`, `dateline`, `url`, `source` are used when present. A
    file or record that cannot be loaded becomes a row of `corpus.problems` with its reason; the rest still
    load. A relative path is looked up from the current folder, its parents, then the repository newslens
    lives in (so a notebook finds `seeds/` however it is run). Raises `SourceNotFound` for a source that
    names no file, and `FieldError` for a field the records do not have.
    """
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in iter_articles(source, text_field, id_field):
        (problems if isinstance(item, Problem) else articles).append(item)
        if isinstance(item, Article) and (note := duplicate_note(item)) is not None:
            problems.append(note)
    return Corpus(articles, problems)


def iter_articles(
    source: Source, text_field: str | None = None, id_field: str | None = None
) -> Iterator[Article | Problem]:
    """Articles one at a time, in order, with a `Problem` in their place for each file or record that cannot
    be loaded. JSONL files are read line by line, so a file of millions of records is never held in memory.
    An id seen before in this source is kept under a new one ("x#2"), the first id in `meta["duplicate_of"]`."""
    reader = _Reader(text_field, id_field)
    sources = [source] if isinstance(source, (str, Path)) else list(source)
    seen: dict[str, str] = {}
    for src in sources:
        for found in _expand(src):
            for item in reader.read(found):
                if isinstance(item, Article):
                    if item.id in seen:
                        first = item.id
                        item.id = _unique_id(first, seen)
                        item.meta["duplicate_of"] = first
                        item.meta["first_in"] = seen[first]
                    seen[item.id] = item.path or ""
                yield item


def check_source(source: Source) -> None:
    """Raise `SourceNotFound` unless each path, folder or glob of `source` names an article file (nothing
    is read: a cheap check before a long run)."""
    for src in [source] if isinstance(source, (str, Path)) else list(source):
        next(_expand(src), None)


def duplicate_note(a: Article) -> Problem | None:
    """The note for an article kept under a new id because its id was seen before, else None."""
    first = a.meta.get("duplicate_of")
    if not first:
        return None
    return Problem(a.path, f"duplicate id {first!r} (first in {a.meta.get('first_in')}): kept as {a.id!r}",
                   a.meta.get("record"), a.id, NOTE)  # fmt: skip


def _unique_id(article_id: str, seen: dict[str, str]) -> str:
    n = 2
    while f"{article_id}#{n}" in seen:
        n += 1
    return f"{article_id}#{n}"


@dataclass(frozen=True)
class _Found:
    path: Path  # where to read it
    shown: str  # the path as the user wrote it, for `Article.path` and problems
    explicit: bool  # named on its own (read whatever its suffix), not found in a folder
    name: str  # the id it gives: path relative to its folder or glob, without the suffix


def _expand(src: str | Path) -> Iterator[_Found]:
    """Each file a source names, in sorted order; hidden files and folders are left out."""
    text = str(src)
    if _GLOB_CHARS.search(text):
        parts = Path(text).parts
        n_plain = next(i for i, p in enumerate(parts) if _GLOB_CHARS.search(p))
        root = Path(*parts[:n_plain]) if n_plain else Path(".")
        base = find_path(root) or root
        pattern = str(base.joinpath(*parts[n_plain:]))
        hits = sorted(Path(p) for p in globlib.glob(pattern, recursive=True) if Path(p).is_file())
        if not hits:
            raise SourceNotFound(f"no files match {text!r}")
        for h in hits:
            rel = h.relative_to(base)
            yield _Found(h, (root / rel).as_posix(), True, rel.with_suffix("").as_posix())
        return
    path = find_path(Path(text))
    if path is None:
        raise SourceNotFound(f"no such file or folder: {text!r}")
    if not path.is_dir():
        yield _Found(path, Path(text).as_posix(), True, path.stem)
        return
    tables: dict[Path, bool] = {}
    files = sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
        and not _in_tables(p, path, tables)
    )
    if not files:
        raise SourceNotFound(f"folder {text!r} holds no files")
    readable = _READABLE
    if not any(f.suffix.lower() in readable for f in files):
        suffixes = sorted({f.suffix.lower() or "(none)" for f in files})
        raise SourceNotFound(
            f"folder {text!r} holds no article files: {len(files)} files with suffixes {', '.join(suffixes[:6])}; "
            f"expected {', '.join(sorted(readable))}"
        )
    for f in files:
        rel = f.relative_to(path)
        yield _Found(f, (Path(text) / rel).as_posix(), False, rel.with_suffix("").as_posix())


def _in_tables(file: Path, root: Path, known: dict[Path, bool]) -> bool:
    """Is `file` inside the output folder of a `newslens analyze` run (`_batches/`, or a manifest naming
    newslens) under `root`? Tables written inside a corpus folder are not part of the corpus."""
    for folder in [file.parent, *file.parent.parents]:
        if folder == root.parent:
            return False
        if folder not in known:
            manifest = folder / "manifest.json"
            known[folder] = (folder / "_batches").is_dir() or (
                manifest.is_file() and b'"newslens_version"' in manifest.read_bytes()[:4096]
            )
        if known[folder]:
            return True
    return False


def find_path(path: Path) -> Path | None:
    """`path` if it exists; a relative path else under the first parent of the current folder that has it,
    else under the repository this package lives in (a source checkout), else None."""
    if path.exists():
        return path
    if path.is_absolute():
        return None
    for parent in Path.cwd().parents:
        candidate = parent / path
        if candidate.exists():
            return candidate
    candidate = _repository() / path if _repository() else None
    return candidate if candidate is not None and candidate.exists() else None


def _repository() -> Path | None:
    """The repository root when newslens runs from a source checkout (lib/newslens/ under it), else None."""
    root = Path(__file__).resolve().parents[3]
    return root if (root / "pyproject.toml").exists() and (root / "lib" / "newslens").is_dir() else None


@dataclass(frozen=True)
class _Reader:
    """Reads one file into articles and problems, with the record fields the user named."""

    text_field: str | None = None
    id_field: str | None = None

    def read(self, found: _Found) -> Iterator[Article | Problem]:
        suffix = found.path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            yield from self._jsonl(found)
            return
        if suffix not in _READABLE and not found.explicit:
            yield Problem(found.shown, f"not an article file (suffix {suffix or 'none'!r}; expected "
                          + ", ".join(sorted(_READABLE)) + ")")  # fmt: skip
            return
        try:
            data = found.path.read_bytes()
        except OSError as e:
            yield Problem(found.shown, f"cannot read file: {e.strerror or e}")
            return
        if suffix in rules.PAGE_SUFFIXES:
            try:
                html, meta = decode_page(data)
                yield page_article(found.name, html, found.shown, None, meta)
            except LoadError as e:
                yield Problem(found.shown, str(e))
            return
        try:
            text, meta = decode(data)
        except LoadError as e:
            yield Problem(found.shown, str(e))
            return
        if suffix == ".json":
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as e:
                yield Problem(found.shown, f"invalid JSON: {e}")
                return
            if isinstance(obj, dict) and isinstance(obj.get("articles"), list):
                obj = obj["articles"]
            items = obj if isinstance(obj, list) else [obj]
            yield from self._records(((i + 1, r) for i, r in enumerate(items)), found, meta)
        elif suffix == ".csv":
            yield from self._records(_csv_records(text, found.shown, self._named()), found, meta)
        else:
            try:
                yield article(found.name, text, found.shown, None, meta)
            except LoadError as e:
                yield Problem(found.shown, str(e))

    def _named(self) -> list[str]:
        return [f for f in (self.text_field, self.id_field) if f]

    def _jsonl(self, found: _Found) -> Iterator[Article | Problem]:
        """A JSONL file record by record, decoded line by line (UTF-8, with a cp1252 fallback per line)."""
        shown = found.shown
        try:
            with found.path.open("rb") as f:
                head = f.read(4096)
                if not head.strip():
                    yield Problem(shown, "empty file")
                    return
                wide = head.startswith((b"\xff\xfe", b"\xfe\xff"))
                if b"\x00" in head and not wide:
                    yield Problem(shown, "binary file (contains NUL bytes)")
                    return
                if wide:  # UTF-16 JSONL: small enough to decode whole
                    f.seek(0)
                    try:
                        text, meta = decode(f.read())
                    except LoadError as e:
                        yield Problem(shown, str(e))
                        return
                    yield from self._records(_jsonl_records(text.split("\n")), found, meta)
                    return
                f.seek(3 if head.startswith(b"\xef\xbb\xbf") else 0)
                yield from self._records(_jsonl_records(_decoded_lines(f)), found, {"encoding": "utf-8"})
        except OSError as e:
            yield Problem(shown, f"cannot read file: {e.strerror or e}")

    def _records(
        self, items: Iterable[tuple[int, Any]], found: _Found, meta: dict[str, Any]
    ) -> Iterator[Article | Problem]:
        text_fields = (self.text_field,) if self.text_field else rules.TEXT_FIELDS
        id_fields = (self.id_field,) if self.id_field else rules.ID_FIELDS
        checked = False
        any_item = False
        for n, rec in items:
            any_item = True
            try:
                if isinstance(rec, LoadError):
                    raise rec
                if not isinstance(rec, dict):
                    raise LoadError(f"record {n} is a {type(rec).__name__}, not an object")
                if not checked:
                    _check_fields(self._named(), rec.keys(), found.shown)
                    checked = True
                body = next((rec[k] for k in text_fields if isinstance(rec.get(k), str)), None)
                page = None if body is not None or self.text_field else _page_field(rec)
                if body is None and page is None:
                    raise LoadError(f"record {n} has no text (expected one of: "
                                    f"{', '.join((*text_fields, *rules.HTML_FIELDS))})")  # fmt: skip
                rid = next((rec[k] for k in id_fields if rec.get(k) not in (None, "")), None)
                rid = str(rid) if rid is not None else f"{found.name}-{n}"
                extra = {k: str(rec[k]) for k in rules.META_FIELDS if rec.get(k) not in (None, "")}
                if page is not None:
                    yield page_article(rid, normalize_newlines(page), found.shown, n, meta, **extra)
                else:
                    yield article(rid, normalize_newlines(body), found.shown, n, meta, **extra)
            except LoadError as e:
                yield Problem(found.shown, str(e), n or None)
        if not any_item:
            yield Problem(found.shown, "no records")


_READABLE = rules.TEXT_SUFFIXES | rules.RECORD_SUFFIXES | rules.PAGE_SUFFIXES


def _page_field(rec: dict) -> str | None:
    """A record's saved web page (`rules.HTML_FIELDS`), when it has no text field."""
    page = next((rec[k] for k in rules.HTML_FIELDS if isinstance(rec.get(k), str)), None)
    if page is not None and len(page.encode("utf-8", "replace")) > rules.MAX_PAGE_BYTES:
        raise LoadError(f"page too large: {len(page) / 1e6:.1f} MB (web pages are read up to "
                        f"{rules.MAX_PAGE_BYTES / 1e6:.0f} MB)")  # fmt: skip
    return page


def _check_fields(named: list[str], keys: Iterable[str], shown: str) -> None:
    have = list(keys)
    missing = [f for f in named if f not in have]
    if missing:
        raise FieldError(
            f"{shown} has no field {missing[0]!r}; its records have: {', '.join(map(str, have)) or 'none'}"
        )


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


def _csv_records(text: str, shown: str, named: list[str]) -> Iterator[tuple[int, Any]]:
    try:
        reader = csv.DictReader(io.StringIO(text), restkey="__extra__")
        if named and reader.fieldnames is not None:
            _check_fields(named, reader.fieldnames, shown)
        for n, row in enumerate(reader, 1):
            if "__extra__" in row:
                yield n, LoadError(f"CSV row {n} has more fields than the header")
            else:
                yield n, row
    except csv.Error as e:
        yield 0, LoadError(f"unreadable CSV: {e}")


def article(aid: str, text: str, shown: str | None, record: int | None, meta: dict, **extra: Any) -> Article:
    """An Article from one file's or record's text, or LoadError when it holds no body text."""
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
