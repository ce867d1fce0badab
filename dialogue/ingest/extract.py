"""Extraction: a report's text in, candidate facts out, each with the words it came from.

Rules over a spaCy doc (see nlp.py), one module per fact type under rules/. Every fact carries
quotes (character offsets into the text) and a confidence; nothing here touches the database,
so a worker can run it on any machine and a test on any string.
"""

from __future__ import annotations

import datetime as dt
import re

from dialogue.ingest.facts import Extraction
from dialogue.ingest.gazetteer import CENTRAL_ASIA, Gazetteer
from dialogue.ingest.language import READ, language_of
from dialogue.ingest.nlp import CITY, COUNTRY, DEMONYM
from dialogue.ingest.parse_dates import published_date
from dialogue.ingest.readers import RawReport
from dialogue.ingest.report import Report
from dialogue.ingest.ru.extract import extract_ru
from dialogue.ingest.rules.areas import find_agenda, find_areas
from dialogue.ingest.rules.bilaterals import find_bilaterals
from dialogue.ingest.rules.chair import find_chairs
from dialogue.ingest.rules.deals import find_deals
from dialogue.ingest.rules.documents import find_documents
from dialogue.ingest.rules.format import find_format
from dialogue.ingest.rules.initiatives import find_initiatives
from dialogue.ingest.rules.meetings import find_meetings
from dialogue.ingest.rules.next_meeting import find_next_meeting
from dialogue.ingest.rules.people import find_people
from dialogue.ingest.rules.targets import find_targets

# ----------------------------------------------------------------------------- the whole report


def _tells_of_central_asia(report: Report) -> bool:
    """A report with no Central Asia + X content gives no meeting: a city council's "third meeting" or the G7's
    summit is not a meeting of the format, however its words look."""
    return bool(re.search(r"\bCentral Asia", report.text)) or any(
        report.code(ent) in CENTRAL_ASIA for ent in report.ents if ent.label_ in (COUNTRY, DEMONYM, CITY))


def extract_report(report: RawReport, gazetteer: Gazetteer) -> Extraction:
    """Extraction of a report as a reader gives it: its own date, publisher and where its text proper begins.

    A Russian report goes to the Russian rules (ru/). A report in a language extraction does not read (Kazakh,
    Japanese, for now) gives no facts
    and says which language it is in, so that nobody takes its silence for an empty report."""
    language = (report.language or language_of(report.text[report.text_start :])).lower()[:8]
    if language == "ru":
        return extract_ru(report.text, gazetteer=gazetteer, published=published_date(report.published), text_start=report.text_start)
    if language not in READ:
        return Extraction(format=None, partner=None, meetings=[], initiatives=[], targets=[], documents=[], bilaterals=[],
                          next_meeting=None, chairs=[], language=language, read=False)
    extraction = extract(report.text, gazetteer=gazetteer, published=published_date(report.published), publisher=report.publisher,
                         text_start=report.text_start)
    extraction.language = language
    return extraction


def extract(text: str, *, gazetteer: Gazetteer, published: dt.date | None = None, publisher: str = "", text_start: int = 0) -> Extraction:
    report = Report(text, published, gazetteer, publisher, text_start)
    format_name, partner, _, aliases = find_format(report)
    people = find_people(report)
    # No meeting is guessed where no format is.
    meetings, upcoming = find_meetings(report, people, format_name, partner) if partner or _tells_of_central_asia(report) else ([], [])
    main = meetings[0] if meetings else None
    initiatives = find_initiatives(report, people)
    areas = find_areas(report, initiatives)
    deals, pledged = find_deals(report, people, partner, main.countries if main else [])
    return Extraction(
        format=format_name,
        partner=partner,
        format_aliases=aliases,
        areas=areas,
        agenda=find_agenda(report),
        meetings=meetings,
        initiatives=initiatives,
        targets=find_targets(report, deals, pledged),
        deals=deals,
        documents=find_documents(report),
        bilaterals=find_bilaterals(report, people, main),
        next_meeting=find_next_meeting(report, upcoming),
        chairs=find_chairs(report, people),
    )
