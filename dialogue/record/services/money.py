"""Targets (sums a format means to reach) and deals (the sums pledged, signed or paid towards them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from django.db import transaction

from dialogue.record.permissions import Action, Actor, authorize
from dialogue.lib.keys import slug
from dialogue.record.models import Country, Deal, DealStageChange, Format, Meeting, Target
from dialogue.record.services.evidence import Citation, evidence_cite
from dialogue.record.services.keys import key_base, unique_key
from dialogue.record.services.writing import fact_write, fields_fill


@transaction.atomic
def target_create(*, actor: Actor, reason: str, format: Format, title: str, amount: Decimal, currency: str,
                  period_years: Decimal | None = None, meeting: Meeting | None = None) -> Target:
    target = Target(key=unique_key(Target, f"{format.key}.target.{slug(title)}-{amount}-{currency.lower()}"), format=format,
                    title=title[:1].upper() + title[1:], amount=amount, currency=currency, period_years=period_years,
                    meeting=meeting)
    return fact_write(target, actor=actor, reason=reason)


@transaction.atomic
def target_report(target: Target, *, actor: Actor, reason: str, overwrite: bool = False, amount: Decimal | None = None,
                  currency: str = "", period_years: Decimal | None = None, equivalent_amount: Decimal | None = None,
                  equivalent_currency: str = "") -> Target:
    """A target as a later report states it: its figure, its period, or the same sum in another currency."""
    fields_fill(target, overwrite=overwrite, amount=amount, currency=currency, period_years=period_years,
                equivalent_amount=equivalent_amount, equivalent_currency=equivalent_currency)
    return fact_write(target, actor=actor, reason=reason)


@transaction.atomic
def deal_create(*, actor: Actor, reason: str, format: Format, title: str, stage: str, value: Decimal | None = None,
                currency: str = "", meeting: Meeting | None = None, signed: str = "", countries: Sequence[Country] = (),
                targets: Sequence[Target] = (), institutions: Sequence[str] = (), stage_day: str = "",
                citations: Sequence[Citation] = ()) -> Deal:
    """A deal between the countries and institutions (lenders, funds, firms) given, counted towards the targets given;
    with `stage_day`, its stage is also a dated step, so that `as_of` can tell it later."""
    deal = Deal(key=unique_key(Deal, key_base(Deal, format_key=format.key, label=title)), format=format,
                title=title[:1].upper() + title[1:300], parties=[*institutions, *(country.name for country in countries)], value=value,
                currency=currency, meeting=meeting, stage=stage, signed=signed)
    fact_write(deal, actor=actor, reason=reason, linked_later=True)
    deal_links_add(deal, actor=actor, countries=countries, targets=targets)
    if stage_day:
        deal_stage_step(deal, actor=actor, reason=reason, stage=stage, day=stage_day, citations=citations)
    return deal


@transaction.atomic
def deal_report(deal: Deal, *, actor: Actor, reason: str, overwrite: bool = False, value: Decimal | None = None,
                currency: str = "", stage: str = "", countries: Sequence[Country] = (), targets: Sequence[Target] = (),
                institutions: Sequence[str] = (), stage_day: str = "", citations: Sequence[Citation] = ()) -> Deal:
    """A deal as a later report states it; a stage it moves to on `stage_day` is a dated step too."""
    before = deal.stage
    fields_fill(deal, overwrite=overwrite, value=value, currency=currency, stage=stage)
    deal.parties = [*deal.parties, *(name for name in institutions if name not in deal.parties)]
    fact_write(deal, actor=actor, reason=reason)
    deal_links_add(deal, actor=actor, countries=countries, targets=targets)
    if stage_day and deal.stage != before:
        deal_stage_step(deal, actor=actor, reason=reason, stage=deal.stage, day=stage_day, citations=citations)
    return deal


def deal_stage_step(deal: Deal, *, actor: Actor, reason: str, stage: str, day: str,
                    citations: Sequence[Citation] = ()) -> DealStageChange:
    """The deal reached `stage` on `day` (a partial date: "2025", "2025-06", "2025-06-16"), as the citations say."""
    step = DealStageChange(key=unique_key(DealStageChange, f"{deal.key}.{stage.replace(' ', '-')}"), deal=deal, stage=stage, date=day)
    fact_write(step, actor=actor, reason=reason)
    evidence_cite(step, [replace(citation, field="") for citation in citations])
    return step


def deal_links_add(deal: Deal, *, actor: Actor, countries: Sequence[Country] = (), targets: Sequence[Target] = ()) -> Deal:
    """More parties to the deal, more targets it counts towards (those it has stay)."""
    deal.countries.add(*countries)
    deal.targets.add(*targets)
    authorize(actor, Action.EDIT, deal)  # a focal point cannot hand a deal over to other countries
    return deal
