"""Bytes to text: the encodings news files come in, and the files that are not text at all."""

from __future__ import annotations

from typing import Any

from .model import LoadError

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes) -> tuple[str, dict[str, Any]]:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252 with a note; newlines to ``\\n``.

    Returns the text and what was learnt (`encoding`, and a `note` for a fallback). Raises LoadError for
    empty, binary or undecodable input.
    """
    if not data.strip():
        raise LoadError("empty file")
    meta: dict[str, Any] = {}
    bom = next((name for mark, name in _BOMS if data.startswith(mark)), None)
    if bom is not None:
        try:
            text = data.decode(bom)
        except UnicodeDecodeError as e:
            raise LoadError(f"undecodable {bom} (byte {e.start})") from None
        meta["encoding"] = bom
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
    return normalize_newlines(text), meta


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` to ``\\n``: the one change loading makes to a text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
