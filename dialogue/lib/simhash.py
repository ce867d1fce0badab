"""SimHash fingerprints: near-identical texts (one wire story on two sites) differ in few bits."""

from __future__ import annotations

import functools
import hashlib
import itertools
import re

BITS = 64
_WORD = re.compile(r"\w+", re.UNICODE)


def simhash(text: str, shingle: int = 3) -> int:
    """A signed 64-bit fingerprint of the text's word shingles (signed, so a database BIGINT holds it)."""
    import numpy as np  # here, so that the models, which index the bands, load without it

    words = _WORD.findall(text.lower())
    grams = [" ".join(words[i : i + shingle]) for i in range(max(1, len(words) - shingle + 1))]
    hashes = np.array([int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") for g in grams], dtype=np.uint64)
    bits = (hashes[:, None] >> np.arange(BITS, dtype=np.uint64)) & np.uint64(1)
    votes = bits.sum(axis=0) * 2 > len(grams)  # a bit is set where most shingles set it
    fingerprint = sum(1 << bit for bit in range(BITS) if votes[bit])
    return fingerprint - (1 << BITS) if fingerprint >= 1 << (BITS - 1) else fingerprint


def distance(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << BITS) - 1)).bit_count()


# A fingerprint is cut in BANDS bands (of 13 or 12 bits). Two fingerprints within `bits` of each other differ in at
# most bits // BANDS bits on one band at least (were every band further apart, the whole would be), so the stored
# fingerprints near one are found through indexes on the bands, looking up each band's few close values, not by
# reading them all. Five bands: fewer would look up thousands of values, more would bring back many far rows.
BANDS = 5
WIDTHS = tuple(BITS // BANDS + (index < BITS % BANDS) for index in range(BANDS))
SHIFTS = tuple(sum(WIDTHS[:index]) for index in range(BANDS))


def band(fingerprint: int, index: int) -> int:
    """The fingerprint's band `index`, as an unsigned number."""
    return (fingerprint >> SHIFTS[index]) & ((1 << WIDTHS[index]) - 1)


@functools.cache
def _flips(radius: int, width: int) -> tuple[int, ...]:
    """Every mask of at most `radius` set bits among `width`: XORed with a value, the values that close to it."""
    return tuple(sum(1 << bit for bit in bits) for flips in range(radius + 1) for bits in itertools.combinations(range(width), flips))


def band_neighbours(fingerprint: int, bits: int) -> list[list[int]]:
    """For each band, the values a fingerprint within `bits` of this one may hold there, one band at least."""
    return [[value ^ mask for mask in _flips(bits // BANDS, WIDTHS[index])] for index, value in enumerate(bands(fingerprint))]


def bands(fingerprint: int) -> list[int]:
    return [band(fingerprint, index) for index in range(BANDS)]
