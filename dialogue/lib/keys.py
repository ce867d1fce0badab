"""Keys made from text: the record's keys are lower-case ASCII words joined by '-', whatever the text's script."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Text as lower-case ASCII words separated by single spaces, accents dropped."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def slug(text: str, limit: int = 120) -> str:
    """A key part from text, cut at a word boundary: 'development-of-transit', not 'development-of-trans'."""
    full = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"
    if len(full) <= limit:
        return full
    cut = full[: limit + 1].rsplit("-", 1)[0]
    return cut or full[:limit]
