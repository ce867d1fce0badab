"""The record as JSON: a lossless dump and an all-or-nothing load.

The format is our own and meant to be read and written by people: one list per section,
each record named by its `key`, references by key (countries by ISO code), fields left
out when they hold their default, and each fact's evidence inline as offsets and quote.
A dump loaded into an empty database dumps to the same bytes. A load writes every source and fact through
the record's services, as any other way in does: each is validated, and its history says it was loaded, from
where and by whom.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction

from dialogue.lib import validation
from dialogue.lib.texts import content_hash
from dialogue.record.models import Evidence, Fact, PartialDateField, Source
from dialogue.record.permissions import Actor
from dialogue.record.sections import SECTIONS, natural_key_field, record_fields
from dialogue.record.services.evidence import EvidenceError, evidence_add
from dialogue.record.services.sources import source_write
from dialogue.record.services.writing import fact_write
from dialogue.record.version import record_changed
from dialogue.tracking.models import ExchangeRate

FORMAT_VERSION = 1
VERSION_FIELD = "dialogue_ledger"
# Imported exchange rates (the ECB's ship with the code): progress needs them, and `--as-of` reads when each came.
RATES = "rates"
RATE_FIELDS = ("date", "base", "quote", "rate", "source", "imported_at")
# Who a load is written by when no one is named (the shipped record loaded into a new database, tests).
SYSTEM = Actor.administrator("system")


class RecordLoadError(Exception):
    """The file cannot be loaded; `problems` names each record and field at fault."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


# ----------------------------------------------------------------------------- dump


def decimal_text(value: Decimal) -> str:
    """'3000000000000', never '3E+12' nor '3000000000000.0000'."""
    return format(value.normalize(), "f")


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _field_default(field: models.Field) -> Any:
    if field.many_to_many:
        return []
    if field.null and not field.has_default():
        return None
    return _plain(field.get_default())


def _keys_of(model: type[models.Model], ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(model.objects.filter(id__in=ids).values_list("id", natural_key_field(model)))


def record_rows(model: type[models.Model], objects: list[models.Model]) -> list[dict]:
    """Records in the dump's form, reading only the keys and evidence these objects need."""
    fields = record_fields(model)
    ids = [obj.id for obj in objects]
    related_keys: dict[str, dict[int, str]] = {}
    for f in fields:
        if f.is_relation and not f.many_to_many:
            related_keys[f.name] = _keys_of(f.related_model, {getattr(o, f.attname) for o in objects} - {None})
    many: dict[str, dict[int, list[str]]] = {}
    for f in (f for f in fields if f.many_to_many):
        through = f.remote_field.through
        pairs = list(through.objects.filter(**{f"{f.m2m_field_name()}_id__in": ids})
                     .values_list(f.m2m_field_name() + "_id", f.m2m_reverse_field_name() + "_id"))
        target_keys = _keys_of(f.related_model, {target for _, target in pairs})
        grouped: dict[int, list[str]] = defaultdict(list)
        for source_id, target_id in pairs:
            grouped[source_id].append(target_keys[target_id])
        many[f.name] = {source_id: sorted(values) for source_id, values in grouped.items()}
    evidence = _evidence_of(model, ids) if issubclass(model, Fact) else {}
    rows = []
    for obj in objects:
        row: dict[str, Any] = {"key": obj.key}
        for f in fields:
            if f.many_to_many:
                value = many[f.name].get(obj.id, [])
            elif f.is_relation:
                related_id = getattr(obj, f.attname)
                value = None if related_id is None else related_keys[f.name][related_id]
            else:
                value = _plain(getattr(obj, f.attname))
            if value != _field_default(f):
                row[f.name] = value
        if obj.id in evidence:
            row["evidence"] = evidence[obj.id]
        rows.append(row)
    return rows


def _evidence_of(model: type[models.Model], ids: list[int]) -> dict[int, list[dict]]:
    grouped: dict[int, list[dict]] = defaultdict(list)
    items = Evidence.objects.filter(content_type=ContentType.objects.get_for_model(model), object_id__in=ids)
    for object_id, source_key, start, end, quote, field, stance in items.values_list(
            "object_id", "source__key", "start", "end", "quote", "field", "stance"):
        entry = {"source": source_key, "start": start, "end": end, "quote": quote}
        if field:
            entry["field"] = field
        if stance != Evidence.Stance.SUPPORTS:
            entry["stance"] = stance
        grouped[object_id].append(entry)
    for entries in grouped.values():
        entries.sort(key=lambda e: (e["source"], e["start"], e["end"], e.get("field", "")))
    return grouped


DUMP_CHUNK = 2000


def record_dump() -> dict:
    """The whole record as one JSON-ready dict, every list in key order."""
    data: dict[str, Any] = {VERSION_FIELD: FORMAT_VERSION}
    for section, model in SECTIONS:
        objects = list(model.objects.order_by("key"))
        data[section] = [row for start in range(0, len(objects), DUMP_CHUNK) for row in record_rows(model, objects[start : start + DUMP_CHUNK])]
    rates = ExchangeRate.objects.order_by("base", "quote", "date").values_list(*RATE_FIELDS)
    if rates:  # left out when there are none, like a field at its default
        data[RATES] = [dict(zip(RATE_FIELDS, map(_plain, row))) for row in rates]
    return data


def record_dump_json(path: Path) -> None:
    text = json.dumps(record_dump(), indent=2, ensure_ascii=False)
    Path(path).write_text(text + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- load


class _FieldProblem(Exception):
    pass


def _parse_scalar(field: models.Field, value: Any) -> Any:
    """Turn a JSON value into the field's Python value, or say in words why it cannot be."""
    if isinstance(field, models.DecimalField):
        try:
            return validation.money(value, digits=field.max_digits - field.decimal_places, places=field.decimal_places)
        except validation.Invalid as error:
            raise _FieldProblem(str(error)) from None
    if isinstance(field, models.DateTimeField):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise _FieldProblem(f"{validation.shown(value)} is not a date and time (YYYY-MM-DDTHH:MM:SS+00:00)") from None
        if parsed.tzinfo is None:
            raise _FieldProblem(f"{validation.shown(value)} needs a time zone, such as +00:00")
        return parsed
    if isinstance(field, models.DateField):
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            raise _FieldProblem(f"{validation.shown(value)} is not a date (YYYY-MM-DD)") from None
    if isinstance(field, models.BooleanField):
        if not isinstance(value, bool):
            raise _FieldProblem(f"expected true or false, not {validation.shown(value)}")
        return value
    if isinstance(field, models.IntegerField):
        if isinstance(value, bool) or not isinstance(value, int):
            raise _FieldProblem(f"expected a whole number, not {validation.shown(value)}")
        return value
    if isinstance(field, models.JSONField):
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise _FieldProblem(f"expected a list of strings, not {validation.shown(value)}")
        try:
            return [validation.text(item) for item in value]  # PostgreSQL's jsonb refuses a NUL
        except validation.Invalid as error:
            raise _FieldProblem(str(error)) from None
    if isinstance(field, (models.CharField, models.TextField, PartialDateField)):
        if not isinstance(value, str):
            raise _FieldProblem(f"expected text, not {validation.shown(value)}")
        return value
    raise _FieldProblem(f"cannot read a {type(field).__name__}")  # a bug: a field type we never use


class _Loader:
    def __init__(self, *, actor: Actor = SYSTEM, reason: str = "loaded") -> None:
        self.actor, self.reason = actor, reason
        self.problems = validation.Problems()
        self._ids: dict[type[models.Model], dict[str, int]] = {}
        self._sources: dict[int, Source] = {}

    def problem(self, message: str) -> None:
        self.problems.add(message)

    def ids(self, model: type[models.Model]) -> dict[str, int]:
        if model not in self._ids:
            self._ids[model] = dict(model.objects.values_list(natural_key_field(model), "id"))
        return self._ids[model]

    def resolve(self, model: type[models.Model], value: Any) -> int:
        if not isinstance(value, str):
            raise _FieldProblem(f"expected the key of a {model._meta.verbose_name}, not {validation.shown(value)}")
        try:
            return self.ids(model)[value]
        except KeyError:
            raise _FieldProblem(f"refers to {model._meta.verbose_name} '{value}', which is not in the record") from None

    def parse(self, field: models.Field, value: Any) -> Any:
        """A JSON value as the field's Python value: an id for a reference, a list of ids for many."""
        if field.many_to_many:
            if not isinstance(value, list):
                raise _FieldProblem("expected a list of keys")
            return [self.resolve(field.related_model, item) for item in value]
        if field.is_relation:
            return None if value is None else self.resolve(field.related_model, value)
        return _parse_scalar(field, value)

    def load(self, data: Any) -> dict[str, int]:
        if not isinstance(data, dict):
            raise RecordLoadError(["the file holds no JSON object with the record's sections"])
        if data.get(VERSION_FIELD) != FORMAT_VERSION:
            self.problem(f"'{VERSION_FIELD}' must be {FORMAT_VERSION} (the version of this format), not {data.get(VERSION_FIELD)!r}")
        known = {name for name, _ in SECTIONS} | {VERSION_FIELD, RATES}
        for name in sorted(set(data) - known):
            self.problem(f"unknown section '{name}' (known: {', '.join(sorted(known - {VERSION_FIELD}))})")
        counts: dict[str, int] = {}
        for section, model in SECTIONS:
            records = data.get(section, [])
            if not isinstance(records, list):
                self.problem(f"section '{section}' must be a list")
                continue
            deferred: list[tuple[models.Model, str, dict]] = []
            for index, raw in enumerate(records):
                self.load_record(section, model, index, raw, deferred)
            self.resolve_self_references(deferred)
            counts[section] = len(records)
            if self.problems:
                # Later sections refer to this one: their errors would only echo these.
                break
        if not self.problems:
            counts[RATES] = self.load_rates(data.get(RATES, []))
        if self.problems:
            raise RecordLoadError(self.problems.lines())
        return counts

    def load_record(self, section: str, model: type[models.Model], index: int, raw: Any, deferred: list) -> None:
        where = f"{section}[{index}]"
        if not isinstance(raw, dict):
            return self.problem(f"{where}: expected an object, not {type(raw).__name__}")
        key = raw.get("key")
        if not isinstance(key, str) or not key:
            return self.problem(f"{where}: has no 'key'")
        where = f"{section}[{index}] {validation.shown(key, validation.KEY_LENGTH + 4)}"
        try:
            validation.key(key)  # full_clean below leaves the key out (its uniqueness is checked here, in the batch)
        except validation.Invalid as error:
            return self.problem(f"{where}: field 'key': {error}")
        if key in self.ids(model):
            return self.problem(f"{where}: duplicate: a {model._meta.verbose_name} with key '{key}' is already in the record")
        fields = {f.name: f for f in record_fields(model)}
        is_fact = issubclass(model, Fact)
        allowed = set(fields) | {"key"} | ({"evidence"} if is_fact else set())
        for name in sorted(set(raw) - allowed):
            self.problem(f"{where}: unknown field {validation.shown(name)} (known: {', '.join(sorted(allowed))})")
        instance = model(key=key)
        many: dict[str, list[int]] = {}
        self_references: dict[str, Any] = {}
        broken: set[str] = set()
        for name, field in fields.items():
            if name not in raw:
                continue
            value = raw[name]
            try:
                if field.many_to_many:
                    many[name] = self.parse(field, value)
                elif field.related_model is model and value is not None and value not in self.ids(model):
                    self_references[name] = value
                else:
                    setattr(instance, field.attname, self.parse(field, value))
            except _FieldProblem as error:
                broken.add(name)
                self.problem(f"{where}: field '{name}': {error}")
        if source_text := (getattr(instance, "text", "") if model is Source else ""):
            if instance.content_hash != content_hash(source_text):
                self.problem(f"{where}: field 'content_hash': does not match the text ({content_hash(source_text)})")
            from dialogue.lib.simhash import simhash  # numpy: only when a load carries texts, not for the commands that read rows

            instance.simhash = simhash(source_text)
        if is_fact and not raw.get("evidence") and not (instance.entered_by and instance.entered_at):
            self.problem(f"{where}: has no evidence and no manual-entry mark (entered_by and entered_at)")
        if self.problems:  # nothing will be written: check the record as the services would, to name all at fault
            self.validate(instance, where, exclude=broken | set(self_references) | {"key"})
            return
        if not self.write(instance, where, many):
            return
        self.ids(model)[key] = instance.id
        if self_references:
            deferred.append((instance, where, self_references))
        self.load_evidence(instance, where, raw.get("evidence", []))

    def validate(self, instance: models.Model, where: str, exclude: set[str]) -> bool:
        try:
            instance.full_clean(exclude=sorted(exclude))
        except ValidationError as error:
            self.report(error, where)
            return False
        return True

    def report(self, error: ValidationError, where: str) -> None:
        for name, messages in error.message_dict.items():
            for message in messages:
                self.problem(f"{where}: {message}" if name == "__all__" else f"{where}: field '{name}': {message}")

    def resolve_self_references(self, deferred: list[tuple[models.Model, str, dict]]) -> None:
        for instance, where, references in deferred:
            for name, value in references.items():
                field = instance._meta.get_field(name)
                try:
                    setattr(instance, field.attname, self.resolve(type(instance), value))
                except _FieldProblem as error:
                    self.problem(f"{where}: field '{name}': {error}")
            if not self.problems:
                self.write(instance, where)

    def write(self, instance: models.Model, where: str, links: dict[str, list[int]] | None = None) -> bool:
        """Save a source or fact through the record's services, which validate it; a refusal is named with the
        record, never raised. The services leave a unique value other than the key to the database: a load names it."""
        try:
            instance.validate_unique(exclude=["key"])  # keys were checked against the record and the file
            if isinstance(instance, Source):
                source_write(instance, actor=self.actor, reason=self.reason)
            else:
                fact_write(instance, actor=self.actor, reason=self.reason, links=links)
        except ValidationError as error:
            self.report(error, where)
            return False
        except PermissionDenied as error:
            self.problem(f"{where}: {error}")
            return False
        return True

    def load_rates(self, rows: Any) -> int:
        """Imported exchange rates, each as `rates import` would take it, keeping when it was imported."""
        if not isinstance(rows, list):
            self.problem(f"section '{RATES}' must be a list")
            return 0
        fields = {name: ExchangeRate._meta.get_field(name) for name in RATE_FIELDS}
        rates: list[tuple[ExchangeRate, dt.datetime | None]] = []
        seen: set[tuple] = set()
        for index, raw in enumerate(rows):
            where = f"{RATES}[{index}]"
            if not isinstance(raw, dict):
                self.problem(f"{where}: expected an object, not {type(raw).__name__}")
                continue
            for name in sorted(set(raw) - set(fields)):
                self.problem(f"{where}: unknown field {validation.shown(name)} (known: {', '.join(RATE_FIELDS)})")
            values = {}
            for name, field in fields.items():
                if name not in raw:
                    if name != "imported_at":  # left out: imported now
                        self.problem(f"{where}: field '{name}' is missing")
                    continue
                try:
                    values[name] = _parse_scalar(field, raw[name])
                except _FieldProblem as error:
                    self.problem(f"{where}: field '{name}': {error}")
            if not set(RATE_FIELDS[:-1]) <= set(values):
                continue
            imported_at = values.pop("imported_at", None)
            rate = ExchangeRate(**values)
            where = f"{where} {validation.shown(f'{rate.base}/{rate.quote} {rate.date.isoformat()}')}"
            if rate.rate <= 0:
                self.problem(f"{where}: field 'rate': must be more than zero")
            elif (rate.date, rate.base, rate.quote) in seen:
                self.problem(f"{where}: duplicate: the file holds this pair and day twice")
            elif self.validate(rate, where, exclude={"imported_at"}):
                seen.add((rate.date, rate.base, rate.quote))
                rates.append((rate, imported_at))
        if self.problems:
            return 0
        made = ExchangeRate.objects.bulk_create([rate for rate, _ in rates])
        for rate, imported_at in rates:
            rate.imported_at = imported_at or rate.imported_at  # bulk_create stamped them all with now
        ExchangeRate.objects.bulk_update(made, ["imported_at"], batch_size=DUMP_CHUNK)
        ExchangeRate.history.bulk_history_create(made)
        record_changed()  # a bulk insert sends no signal
        return len(made)

    def load_evidence(self, fact: models.Model, where: str, entries: Any) -> None:
        if not isinstance(entries, list):
            return self.problem(f"{where}: field 'evidence': expected a list")
        allowed = {"source", "start", "end", "quote", "field", "stance"}
        for index, entry in enumerate(entries):
            label = f"{where}: evidence[{index}]"
            if not isinstance(entry, dict):
                self.problem(f"{label}: expected an object")
                continue
            for name in sorted(set(entry) - allowed):
                self.problem(f"{label}: unknown field '{name}' (known: {', '.join(sorted(allowed))})")
            try:
                source_id = self.resolve(Source, entry.get("source"))
                if source_id not in self._sources:
                    self._sources[source_id] = Source.objects.get(id=source_id)
                evidence_add(
                    fact=fact,
                    source=self._sources[source_id],
                    start=entry.get("start"),
                    end=entry.get("end"),
                    quote=entry.get("quote"),
                    field=entry.get("field", ""),
                    stance=entry.get("stance", Evidence.Stance.SUPPORTS),
                )
            except (_FieldProblem, EvidenceError) as error:
                self.problem(f"{label}: {error}")


def record_changes(model: type[models.Model], raw: Any) -> dict[str, Any]:
    """Changes to one record, written as the dump writes fields, as {field name: Python value}.

    References become ids and many-to-many fields lists of ids; RecordLoadError names every field at fault.
    """
    if not isinstance(raw, dict):
        raise RecordLoadError(["expected an object of the fields to change"])
    loader = _Loader()
    fields = {f.name: f for f in record_fields(model)}
    changes = {}
    for name, value in raw.items():
        if name not in fields:
            loader.problem(f"field '{name}': cannot be changed here (fields: {', '.join(fields)})")
            continue
        try:
            changes[name] = loader.parse(fields[name], value)
        except _FieldProblem as error:
            loader.problem(f"field '{name}': {error}")
    if loader.problems:
        raise RecordLoadError(loader.problems.lines())
    return changes


def record_version(row: dict) -> str:
    """A record's version as an ETag: it changes whenever any field or quote of the record does."""
    body = json.dumps(row, ensure_ascii=False, sort_keys=True)
    return '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'


def record_load(data: Any, *, actor: Actor = SYSTEM, origin: str = "") -> dict[str, int]:
    """Load a record into the database in one transaction, each record written by `actor` through the services,
    its history saying "loaded from ORIGIN"; on any problem nothing is written."""
    with transaction.atomic():
        return _Loader(actor=actor, reason=f"loaded from {origin}" if origin else "loaded").load(data)


def record_load_file(path: Path, *, actor: Actor = SYSTEM) -> dict[str, int]:
    try:
        data = validation.json_value(Path(path).read_text(encoding="utf-8"))
    except validation.Invalid as error:
        raise RecordLoadError([f"{path}: {error}"]) from None
    except UnicodeDecodeError as error:
        raise RecordLoadError([f"{path}: not UTF-8 text ({error.reason} at byte {error.start})"]) from None
    except json.JSONDecodeError as error:
        raise RecordLoadError([f"{path}: not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"]) from None
    return record_load(data, actor=actor, origin=Path(path).name)
