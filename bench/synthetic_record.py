"""A large synthetic record for benchmarks: formats, meetings, initiatives, targets and deals.

Written with bulk inserts (no history rows); every fact carries a manual-entry mark.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from dialogue.record.models import (
    Area, Attendance, Country, Deal, Format, Initiative, Meeting, Membership, Person, Post, Representation, Target, Tenure,
)
from dialogue.tracking.models import ExchangeRate

PARTNERS = ["JP", "KR", "CN", "EU", "RU", "IN", "DE", "TR", "US", "GB"]
MEMBERS = ["KZ", "KG", "TJ", "TM", "UZ"]
CURRENCIES = ["USD", "EUR", "JPY", "KZT", "UZS"]
LEVELS = ["summit", "foreign ministers", "senior officials", "business forum"]
STAGES = ["pledge", "commitment", "implementation", "completed", "suspended", "cancelled"]
START = dt.date(2016, 1, 4)
DAYS = 3000


def generate(*, formats: int = 10, meetings: int = 200, initiatives: int = 5000, deals: int = 100_000, seed: int = 7) -> dict:
    rng = random.Random(seed)
    mark = {"entered_by": "benchmark", "entered_at": timezone.now()}
    countries = {c.code: c for c in Country.objects.filter(code__in=PARTNERS + MEMBERS)}
    with transaction.atomic():
        made_formats = Format.objects.bulk_create([
            Format(key=f"bench-{p.lower()}", name=f"Central Asia + {countries[p].name}", short_name=f"C5+{p}", partner=countries[p].name, **mark)
            for p in PARTNERS[:formats]
        ])
        Membership.objects.bulk_create([
            Membership(key=f"{f.key}.member.{code.lower()}", format=f, country=countries[code], role="partner" if code == p else "member", **mark)
            for f, p in zip(made_formats, PARTNERS) for code in [p, *MEMBERS]
        ])
        areas = Area.objects.bulk_create([
            Area(key=f"{f.key}.area.{n}", format=f, name=name, is_priority=True, order=n, **mark)
            for f in made_formats for n, name in enumerate(["Green and Resilience", "Connectivity", "Human Resource Development"], start=1)
        ])
        per_format = max(1, meetings // formats)
        made_meetings = Meeting.objects.bulk_create([
            Meeting(key=f"{f.key}.m-{i}", format=f, level=LEVELS[i % len(LEVELS)], ordinal=i // len(LEVELS) + 1,
                    title=f"Meeting {i}", date=(START + dt.timedelta(days=rng.randrange(DAYS))).isoformat(), city="Astana",
                    host=countries[rng.choice(MEMBERS)], **mark)
            for f in made_formats for i in range(per_format)
        ])
        ministers = {}
        for code in [*PARTNERS[:formats], *MEMBERS]:
            person = Person.objects.create(key=f"bench-person-{code.lower()}", name=f"Minister of {countries[code].name}", **mark)
            post = Post.objects.create(key=f"bench-post-{code.lower()}", label="Minister of Foreign Affairs", role="Foreign Minister",
                                       country=countries[code], **mark)
            Tenure.objects.create(key=f"bench-tenure-{code.lower()}", person=person, post=post, start=START.isoformat(), **mark)
            ministers[code] = (person, post)
        partner_of = {f.id: p for f, p in zip(made_formats, PARTNERS)}
        Representation.objects.bulk_create([
            Representation(key=f"{m.key}.rep.{code.lower()}", meeting=m, country=countries[code], **mark)
            for m in made_meetings for code in [partner_of[m.format_id], *MEMBERS]
        ])
        Attendance.objects.bulk_create([
            Attendance(key=f"{m.key}.attendance.{code.lower()}", meeting=m, person=ministers[code][0], post=ministers[code][1],
                       country=countries[code], **mark)
            for m in made_meetings for code in [partner_of[m.format_id], *MEMBERS]
        ])
        statuses = ["proposed", "agreed", "launched", "in progress", "delivered", "stalled", "dropped"]
        made_initiatives = Initiative.objects.bulk_create([
            Initiative(key=f"bench-initiative-{i}", format=made_formats[i % formats], title=f"Initiative {i} on cooperation",
                       status=rng.choice(statuses), meeting=made_meetings[i % len(made_meetings)],
                       proposed_by_country=countries[rng.choice(MEMBERS)] if i % 3 else None, **mark)
            for i in range(initiatives)
        ])
        Initiative.areas.through.objects.bulk_create([
            Initiative.areas.through(initiative_id=item.id, area_id=areas[(i % formats) * 3 + i % 3].id) for i, item in enumerate(made_initiatives)
        ])
        targets = Target.objects.bulk_create([
            Target(key=f"{f.key}.target.{n}", format=f, title=f"Investment target {n}", amount=Decimal(50_000_000_000),
                   currency=["USD", "EUR"][n], period_start=START.isoformat(), period_years=Decimal(10), **mark)
            for f in made_formats for n in range(2)
        ])
        made_deals = Deal.objects.bulk_create([
            Deal(key=f"bench-deal-{i}", format=made_formats[i % formats], title=f"Deal {i}", value=Decimal(rng.randrange(10**5, 10**9)),
                 currency=rng.choice(CURRENCIES), signed=(START + dt.timedelta(days=rng.randrange(DAYS))).isoformat(),
                 stage=rng.choice(STAGES), sector=rng.choice(["public", "private", "mixed"]), **mark)
            for i in range(deals)
        ], batch_size=5000)
        Deal.targets.through.objects.bulk_create([
            Deal.targets.through(deal_id=d.id, target_id=targets[(i % formats) * 2 + i % 2].id) for i, d in enumerate(made_deals)
        ], batch_size=10000)
        Deal.countries.through.objects.bulk_create([
            Deal.countries.through(deal_id=d.id, country_id=countries[MEMBERS[i % 5]].id) for i, d in enumerate(made_deals)
        ], batch_size=10000)
        ExchangeRate.objects.bulk_create([
            ExchangeRate(date=START + dt.timedelta(days=n), base="USD", quote=quote, rate=Decimal(base_rate) * Decimal(1 + n / 20000),
                         source="Synthetic national bank")
            for n in range(DAYS + 1) for quote, base_rate in (("KZT", "330"), ("UZS", "8000"))
        ], batch_size=5000)
    return {"formats": formats, "meetings": len(made_meetings), "initiatives": initiatives, "deals": deals, "targets": len(targets)}

