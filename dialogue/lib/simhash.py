"""SimHash fingerprints: near-identical texts (one wire story on two sites) differ in few bits."""

from __future__ import annotations

import hashlib
import re

import numpy as np

BITS = 64
_WORD = re.compile(r"\w+", re.UNICODE)


def simhash(text: str, shingle: int = 3) -> int:
    """A signed 64-bit fingerprint of the text's word shingles (signed, so a database BIGINT holds it)."""
    words = _WORD.findall(text.lower())
    grams = [" ".join(words[i : i + shingle]) for i in range(max(1, len(words) - shingle + 1))]
    hashes = np.array([int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") for g in grams], dtype=np.uint64)
    bits = (hashes[:, None] >> np.arange(BITS, dtype=np.uint64)) & np.uint64(1)
    votes = bits.sum(axis=0) * 2 > len(grams)  # a bit is set where most shingles set it
    fingerprint = sum(1 << bit for bit in range(BITS) if votes[bit])
    return fingerprint - (1 << BITS) if fingerprint >= 1 << (BITS - 1) else fingerprint


def distance(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << BITS) - 1)).bit_count()
