"""Errors the record's reads and writes raise, in the record's own terms: each way out (pages, API, command line)
says them in its own (a 404 page, problem details, a message and exit code 1)."""

from __future__ import annotations


class NotFound(LookupError):
    """No fact, source or section by the name asked for; the message names what was asked."""
