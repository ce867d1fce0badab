"""One typed payload per kind of candidate: what extraction proposes, in the record's terms.

The candidate builder writes them, the resolver and the review writer read them by attribute, and
a candidate's JSON (the proposal or a reviewer's edit of it) becomes one through `payload_of`, which
refuses a field the kind does not have. Candidates of one source refer to each other by position
(`meeting`, `parent`, `equivalent_of`, `announced_at`).
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import dataclass, field, fields
from functools import cache


@dataclass(frozen=True)
class FormatBound:
    """A fact that belongs to a dialogue format: named by the report, or chosen by a reviewer (`format`, a key)."""

    format_name: str | None = None
    partner: str | None = None  # ISO code of the format's partner country
    format: str | None = None
    format_aliases: list[str] = field(default_factory=list)  # other names the report gives the format


@dataclass(frozen=True)
class MeetingPayload(FormatBound):
    level: str = ""
    ordinal: int | None = None
    date: str = ""
    city: str = ""
    host: str | None = None
    online: bool = False
    countries: list[str] = field(default_factory=list)
    status: str = "held"


@dataclass(frozen=True)
class AttendancePayload:
    name: str = ""
    role: str = ""
    country: str | None = None
    meeting: int | None = None
    known_person: str | None = None


@dataclass(frozen=True)
class AgendaItemPayload:
    topic: str = ""
    order: int = 0
    meeting: int | None = None


@dataclass(frozen=True)
class AreaPayload(FormatBound):
    name: str = ""
    parent: int | None = None
    is_priority: bool = False
    order: int = 0


@dataclass(frozen=True)
class InitiativePayload(FormatBound):
    title: str = ""
    proposed_by: str | None = None
    meeting: int | None = None
    areas: list[int] = field(default_factory=list)  # area candidates of the same report
    area_keys: list[str] = field(default_factory=list)  # areas the record holds, picked by a reviewer


@dataclass(frozen=True)
class TargetPayload(FormatBound):
    title: str = ""
    amount: str = ""  # a decimal as text, never a float
    currency: str = ""
    period_years: str | None = None
    meeting: int | None = None
    equivalent_of: int | None = None


@dataclass(frozen=True)
class DocumentPayload(FormatBound):
    kind: str = ""
    title: str = ""
    count: int | None = None
    qualifier: str = ""
    meeting: int | None = None


@dataclass(frozen=True)
class BilateralPayload:
    between: list[str] = field(default_factory=list)
    meeting: int | None = None


@dataclass(frozen=True)
class NextMeetingPayload(FormatBound):
    level: str | None = None
    ordinal: int | None = None
    where: str | None = None
    host: str | None = None
    when: str | None = None
    announced_at: int | None = None


@dataclass(frozen=True)
class ChairPayload(FormatBound):
    country: str = ""
    start: str = ""
    announced_at: int | None = None


@dataclass(frozen=True)
class DealPayload(FormatBound):
    title: str = ""
    parties: list[str] = field(default_factory=list)  # ISO codes
    institutions: list[str] = field(default_factory=list)  # lenders, funds or firms party to it by name, in place of their country
    amount: str | None = None  # a decimal as text
    currency: str | None = None
    count: int | None = None
    stage: str | None = None
    meeting: int | None = None
    target_keys: list[str] = field(default_factory=list)  # the record's targets it counts towards: proposed, then picked by a reviewer


Payload = (MeetingPayload | AttendancePayload | AgendaItemPayload | AreaPayload | InitiativePayload | TargetPayload
           | DocumentPayload | BilateralPayload | NextMeetingPayload | ChairPayload | DealPayload)

PAYLOADS: dict[str, type] = {
    "meeting": MeetingPayload, "attendance": AttendancePayload, "agenda item": AgendaItemPayload, "area": AreaPayload,
    "initiative": InitiativePayload, "target": TargetPayload, "document": DocumentPayload, "bilateral": BilateralPayload,
    "next meeting": NextMeetingPayload, "chair": ChairPayload, "deal": DealPayload,
}

KINDS: dict[type, str] = {cls: kind for kind, cls in PAYLOADS.items()}


def payload_of(kind: str, data: dict) -> Payload:
    """The typed payload of a candidate's JSON; a field its kind does not have, or a value not of its field's
    type, is refused, never ignored."""
    cls = PAYLOADS[kind]
    known, checks = _schema(cls)
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValueError(f"a {kind} has no field {', '.join(unknown)} (it has {', '.join(sorted(known))})")
    for name, value in data.items():
        if not checks[name](value):
            hint = _hints(cls)[name]
            raise ValueError(f"{name}: {json.dumps(value, ensure_ascii=False)} is not {_described(hint)}")
    return cls(**data)


@cache
def _schema(cls: type) -> tuple[frozenset[str], dict[str, typing.Callable[[typing.Any], bool]]]:
    """A kind's field names and a check for each, made once: resolution reads every candidate's payload several
    times, and walking the type hints anew each time cost more than storing the candidate."""
    hints = _hints(cls)
    return frozenset(f.name for f in fields(cls)), {f.name: _check(hints[f.name]) for f in fields(cls)}


@dataclass(frozen=True)
class PayloadField:
    name: str
    hint: typing.Any
    default: typing.Any  # what an empty box means where the field may not be empty

    @property
    def optional(self) -> bool:
        return type(None) in typing.get_args(self.hint)


@cache
def payload_fields(kind: str) -> tuple[PayloadField, ...]:
    """A kind's fields in order, with their types resolved (the dataclasses hold them as text)."""
    cls = PAYLOADS[kind]
    return tuple(PayloadField(f.name, _hints(cls)[f.name], [] if f.default_factory is list else f.default) for f in fields(cls))


@cache
def _hints(cls: type) -> dict[str, typing.Any]:
    return typing.get_type_hints(cls)


@cache
def _check(hint) -> typing.Callable[[typing.Any], bool]:
    """Whether a value fits the hint: of its type, a bool not taken for an int, a list's every item fitting."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = tuple(_check(option) for option in typing.get_args(hint))
        return lambda value: any(fits(value) for fits in options)
    if hint is type(None):
        return lambda value: value is None
    if origin is list:
        item = _check(typing.get_args(hint)[0])
        return lambda value: isinstance(value, list) and all(item(one) for one in value)
    if hint is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    return lambda value: isinstance(value, hint)


def _described(hint) -> str:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [o for o in typing.get_args(hint) if o is not type(None)]
        return " or ".join(_described(o) for o in options) + " or nothing"
    if origin is list:
        return f"a list of {_described(typing.get_args(hint)[0]).removeprefix('a ').removeprefix('an ')}s"
    return {str: "a text", int: "a whole number", bool: "yes or no"}.get(hint, str(hint))


def payload_json(payload: Payload) -> dict:
    """The payload as JSON, each list copied (what `asdict` gives for these flat payloads, without its deep copy)."""
    return {name: list(value) if isinstance(value, list) else value
            for name in _names(type(payload)) for value in (getattr(payload, name),)}


@cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))
