"""Source texts: their fingerprint and the header block of report files.

A report file may start with a header block (`source: ...`, `published: ...`) ended by a
line `---`; the text proper follows it. The content hash is taken over the text proper,
exactly as published, so that the same report read from any file has the same hash.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

HEADER_END = "---"
# Control characters (but tab and line breaks), and halves of a surrogate pair, which no database encoding stores.
UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def unreadable_problem(text: str) -> str:
    """Why a typed or pasted text cannot be kept as it is ('' when it can): bytes that were not UTF-8 (read as
    U+FFFD), or a character no database stores."""
    if "\ufffd" in text:
        return "It holds characters that could not be read (shown as \ufffd): paste it again from its source, as UTF-8 text."
    if UNSTORABLE.search(text):
        return "It holds a control character (a NUL, a bell...) or a broken one: only text, tabs and line breaks are kept."
    return ""


@dataclass(frozen=True)
class ReportFile:
    text: str
    header: dict[str, str] = field(default_factory=dict)


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def split_header(raw: str) -> ReportFile:
    """Separate an optional `key: value` header block from the text that follows `---`."""
    lines = raw.split("\n")
    header: dict[str, str] = {}
    for index, line in enumerate(lines):
        if line == HEADER_END and header:
            return ReportFile(text="\n".join(lines[index + 1 :]), header=header)
        key, colon, value = line.partition(":")
        if not colon or not key or " " in key.strip() or key != key.strip():
            break
        header[key.strip().lower()] = value.strip()
    return ReportFile(text=raw)
