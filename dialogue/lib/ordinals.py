"""English ordinals written with figures, as meeting names use them: 1st, 2nd, 3rd, 11th, 22nd."""

from __future__ import annotations


def english_ordinal(number: int) -> str:
    """The number with its English suffix: the last digit decides, but 11th, 12th and 13th take 'th'."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
