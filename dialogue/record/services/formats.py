"""Formats of dialogue and their members."""

from __future__ import annotations

from django.db import transaction

from dialogue.record.permissions import Actor
from dialogue.record.models import Country, Format, Membership
from dialogue.record.services.evidence import Citation, evidence_cite
from dialogue.record.services.keys import unique_key
from dialogue.record.services.writing import fact_write

Citations = list[Citation] | tuple[Citation, ...]


@transaction.atomic
def format_create(*, actor: Actor, reason: str, key_base: str, name: str, short_name: str, partner: str,
                  aliases: list[str], partner_country: Country, members: list[Country], citations: Citations = ()) -> Format:
    """A format with its partner and members, each membership standing on the same citations as the format."""
    fmt = fact_write(Format(key=unique_key(Format, key_base), name=name, short_name=short_name, partner=partner,
                            aliases=sorted(set(aliases) - {name})), actor=actor, reason=reason)
    evidence_cite(fmt, citations)
    for country in [partner_country, *members]:
        membership = fact_write(Membership(
            key=f"{fmt.key}.member.{country.code.lower()}", format=fmt, country=country,
            role=Membership.Role.PARTNER if country == partner_country else Membership.Role.MEMBER,
        ), actor=actor, reason=reason)
        evidence_cite(membership, citations)
    return fmt


@transaction.atomic
def format_aliases_add(fmt: Format, *, actor: Actor, reason: str, names: list[str]) -> Format:
    """Keep the names reports give a format as its aliases (its own name and short name are not aliases)."""
    aliases = sorted(set(fmt.aliases) | set(names) - {fmt.name, fmt.short_name})
    if aliases != fmt.aliases:
        fmt.aliases = aliases
        fact_write(fmt, actor=actor, reason=reason)
    return fmt
