"""Source texts: their fingerprint and the header block of report files.

A report file may start with a header block (`source: ...`, `published: ...`) ended by a
line `---`; the text proper follows it. The content hash is taken over the text proper,
exactly as published, so that the same report read from any file has the same hash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

HEADER_END = "---"


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
