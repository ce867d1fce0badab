"""The only writers of the record's facts: every way in (review, load, pages, API, command line) calls these.

One module per part of the record; each service validates what it is given, writes in a transaction with a history
entry that says why and by whom, and anchors the fact in its evidence (or marks it entered by hand). The search index
follows every save (dialogue.web.search). Hand edits, deletions and restorations are in `services.editing`; a load
writes through `fact_write` and `source_write`. The one exception, a backup restored as it was, history included,
into an empty database, is `services.restore`.
"""

from dialogue.record.services.evidence import (
    AttachedText, Citation, EvidenceError, evidence_add, evidence_cite, quote_problem, source_texts_attach,
)
from dialogue.record.services.keys import key_base, unique_key

__all__ = [
    "AttachedText", "Citation", "EvidenceError", "evidence_add", "evidence_cite", "key_base", "quote_problem",
    "source_texts_attach", "unique_key",
]
