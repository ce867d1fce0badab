"""The record Dialogue Ledger ships with: the Central Asia + Japan Dialogue."""

from __future__ import annotations

from pathlib import Path

from dialogue.record.interchange import record_load_file
from dialogue.record.models import Format

DEFAULT_RECORD = Path(__file__).parent / "fixtures" / "c5_japan.json"


def default_record_load_if_empty() -> bool:
    """Load the shipped record into a database that holds no format yet; True if it did."""
    if Format.objects.exists():
        return False
    record_load_file(DEFAULT_RECORD)
    return True
