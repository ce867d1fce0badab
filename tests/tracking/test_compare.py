import datetime as dt
from decimal import Decimal

from django.utils import timezone

from dialogue.record.models import Deal, Format, Initiative, Meeting, Target
from dialogue.tracking.compare import format_comparison

MARK = {"entered_by": "test", "entered_at": timezone.make_aware(dt.datetime(2024, 1, 1))}


def test_formats_side_by_side(default_record):
    korea = Format.objects.create(key="c5-korea", name="Central Asia + Korea", short_name="C5+Korea", **MARK)
    Meeting.objects.create(key="k1", format=korea, level="summit", ordinal=1, date="2026-06-05", **MARK)
    Meeting.objects.create(key="k2", format=korea, level="foreign ministers", ordinal=1, date="2025-03", **MARK)
    Initiative.objects.create(key="ki", format=korea, title="K-Silk Road fund", status="delivered", **MARK)
    Target.objects.create(key="kt", format=korea, title="Trade", amount=Decimal(10**10), currency="USD", period_years=5, **MARK)
    summaries = {s.format.short_name: s for s in format_comparison()}
    japan, korea_summary = summaries["C5+Japan"], summaries["C5+Korea"]
    assert japan.meetings_by_year == {"undated": {"foreign ministers": 1, "summit": 1}}
    assert (japan.initiatives, japan.proposed_by_members, japan.delivered) == (6, 2, 0)
    assert japan.attainment == [("Business projects", Decimal("0.00"), "unknown")]  # the summit that set it is undated
    assert korea_summary.meetings_by_year == {"2025": {"foreign ministers": 1}, "2026": {"summit": 1}}
    assert (korea_summary.delivered, korea_summary.delivery_rate) == (1, Decimal("100.0"))


def test_a_deal_without_a_rate_leaves_the_rest_of_its_target_compared(default_record):
    korea = Format.objects.create(key="c5-korea", name="Central Asia + Korea", short_name="C5+Korea", **MARK)
    target = Target.objects.create(key="kt", format=korea, title="Trade", amount=Decimal(10**8), currency="USD",
                                   period_start="2025-01-01", period_years=5, **MARK)
    for key, value, currency in [("k-usd", "10000000", "USD"), ("k-som", "900000", "KGS")]:
        deal = Deal.objects.create(key=key, format=korea, title=key, value=Decimal(value), currency=currency, stage="commitment",
                                   signed="2025-06-02", **MARK)
        deal.targets.add(target)
    korea_summary = next(s for s in format_comparison(as_of=None) if s.format == korea)
    assert korea_summary.attainment[0][:2] == ("Trade", Decimal("10.00"))
    assert korea_summary.attainment[0][2].endswith(", 1 deal not converted")
