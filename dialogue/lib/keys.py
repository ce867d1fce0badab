"""Keys made from text: the record's keys are lower-case ASCII words joined by '-', whatever the text's script."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Text as lower-case ASCII words separated by single spaces, accents dropped. Remembered: extraction folds
    the same names and posts many times over."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_WORD.sub(" ", text.lower()).strip()


_NOT_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str, limit: int = 120) -> str:
    """A key part from text, cut at a word boundary: 'development-of-transit', not 'development-of-trans'."""
    full = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"
    if len(full) <= limit:
        return full
    cut = full[: limit + 1].rsplit("-", 1)[0]
    return cut or full[:limit]
