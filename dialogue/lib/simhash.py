"""SimHash fingerprints: near-identical texts (one wire story on two sites) differ in few bits."""

from __future__ import annotations

import hashlib
import re

BITS = 64
_WORD = re.compile(r"\w+", re.UNICODE)


def simhash(text: str, shingle: int = 3) -> int:
    """A signed 64-bit fingerprint of the text's word shingles (signed, so a database BIGINT holds it)."""
    words = _WORD.findall(text.lower())
    grams = [" ".join(words[i : i + shingle]) for i in range(max(1, len(words) - shingle + 1))]
    weights = [0] * BITS
    for gram in grams:
        value = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "big")
        for bit in range(BITS):
            weights[bit] += 1 if value >> bit & 1 else -1
    fingerprint = sum(1 << bit for bit in range(BITS) if weights[bit] > 0)
    return fingerprint - (1 << BITS) if fingerprint >= 1 << (BITS - 1) else fingerprint


def distance(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << BITS) - 1)).bit_count()
