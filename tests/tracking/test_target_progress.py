"""Target progress against figures computed by hand.

Target: 100,000,000 USD over 4 years from 2024-01-01 (so to 2028-01-01, 1461 days).
ECB reference rates: 2024-06-03 1 EUR = 1.0842 USD; 2024-09-02 1 EUR = 1.1061 USD = 162.56 JPY.
Imported: 2024-10-01 1 USD = 480.50 KZT (National Bank of Kazakhstan).

  d1 commitment      10,000,000 USD                         = 10,000,000.00  (part of u)
  d2 implementation   5,000,000 EUR x 1.0842                 =  5,421,000.00
  d3 completed    1,000,000,000 JPY x 1.1061 / 162.56        =  6,804,256.89  (part of u)
  d4 commitment   2,000,000,000 KZT / 480.50                 =  4,162,330.91
  p  pledge          50,000,000 USD                          shown beside, not counted
  u  umbrella        15,000,000 USD over d1 and d3           its parts hold more (16,804,256.89), so they count instead
  x  cancelled        1,000,000 EUR                          not counted
  achieved on 2025-01-01 = 26,387,587.80 USD = 26.39 %; elapsed 366 / 1461 days = 25.05 %
"""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from dialogue.record.models import Country, Deal, DealStageChange, Format, Target
from dialogue.tracking.models import ExchangeRate
from dialogue.tracking.progress import NOT_STARTED, ON_TRACK, UNKNOWN, target_progress
from dialogue.tracking.rates import rates_import

MANUAL = {"entered_by": "test", "entered_at": timezone.make_aware(dt.datetime(2024, 1, 1))}


def _at(day: str) -> dt.datetime:
    return timezone.make_aware(dt.datetime.fromisoformat(day))


def _save(instance, day: str):
    instance._history_date = _at(day)
    instance.save()
    return instance


def _deal(target, key, value, currency, stage, signed, countries=(), umbrella=None):
    made = _save(Deal(key=key, format=target.format, title=key, value=Decimal(value), currency=currency, stage=stage,
                      signed=signed, umbrella=umbrella, **MANUAL), signed)
    made.targets.add(target)
    made.countries.set(countries)
    return made


@pytest.fixture
def record(db, tmp_path):
    fmt = _save(Format(key="c5-test", name="Central Asia + Testland", short_name="C5+Test", **MANUAL), "2024-01-01")
    target = _save(Target(key="t", format=fmt, title="Joint investment", amount=Decimal("100000000"), currency="USD",
                          period_start="2024-01-01", period_years=Decimal(4), **MANUAL), "2024-01-01")
    kz, uz = Country.objects.get(code="KZ"), Country.objects.get(code="UZ")

    def deal(key, value, currency, stage, signed, countries=(), umbrella=None):
        return _deal(target, key, value, currency, stage, signed, countries, umbrella)

    umbrella = deal("u", "15000000", "USD", "commitment", "2024-02-01")
    deal("d1", "10000000", "USD", "commitment", "2024-03-01", [kz], umbrella)
    d2 = deal("d2", "5000000", "EUR", "pledge", "2024-06-03", [kz, uz])
    d2.stage = "implementation"
    _save(d2, "2024-12-01")
    deal("d3", "1000000000", "JPY", "completed", "2024-09-02", [uz], umbrella)
    deal("d4", "2000000000", "KZT", "commitment", "2024-10-01", [kz])
    deal("p", "50000000", "USD", "pledge", "2024-05-01", [kz])
    deal("x", "1000000", "EUR", "cancelled", "2024-07-01", [uz])
    csv = tmp_path / "nbk.csv"
    csv.write_text("date,base,quote,rate,source\n2024-10-01,USD,KZT,480.50,National Bank of Kazakhstan\n")
    assert rates_import(csv).created == 1
    ExchangeRate.objects.update(imported_at=_at("2024-10-02"))
    return target


def test_progress_pace_status_and_forecast_match_the_figures_computed_by_hand(record):
    figures = target_progress(record, on=dt.date(2025, 1, 1))
    assert figures.achieved == Decimal("26387587.80")
    assert figures.pledged == Decimal("50000000.00")
    assert figures.percent == Decimal("26.39")
    assert (figures.period_start, figures.period_end) == (dt.date(2024, 1, 1), dt.date(2028, 1, 1))
    assert figures.elapsed_percent == Decimal("25.05")
    assert figures.remaining == Decimal("73612412.20")
    # 73,612,412.20 USD over the 1095 days left: 73,612,412.20 x 365.25 / 1095 = 24,554,277.22 a year.
    assert figures.pace_needed_per_year == Decimal("24554277.22")
    assert figures.status == ON_TRACK  # 26.39 % done after 25.05 % of the time
    # 26,387,587.80 x 100 / 25.05 = 105,339,671.86 at the end of the period.
    assert figures.forecast == Decimal("105339671.86")


def test_pledges_umbrellas_and_cancellations_are_not_counted(record):
    reasons = {c.deal.key: (c.converted, c.why) for c in target_progress(record, on=dt.date(2025, 1, 1)).contributions}
    assert reasons["u"] == (Decimal("15000000.00"), "umbrella, its recorded parts count instead")
    assert reasons["p"] == (Decimal("50000000.00"), "pledge, shown beside")
    assert reasons["x"][1] == "cancelled"
    assert reasons["d3"] == (Decimal("6804256.89"), "counted")
    assert reasons["d4"] == (Decimal("4162330.91"), "counted")


def test_every_conversion_names_its_rate_date_and_source(record):
    contributions = {c.deal.key: c for c in target_progress(record, on=dt.date(2025, 1, 1)).contributions}
    [eur] = contributions["d2"].rates
    assert (eur.rate, eur.date, eur.source) == (Decimal("1.0842"), dt.date(2024, 6, 3), "European Central Bank reference rate")
    [kzt] = contributions["d4"].rates
    assert (kzt.base, kzt.quote, kzt.date, kzt.source) == ("KZT", "USD", dt.date(2024, 10, 1), "National Bank of Kazakhstan")
    assert kzt.rate * Decimal("480.50") == pytest.approx(Decimal(1))


def test_breakdowns_add_up_to_what_was_achieved(record):
    figures = target_progress(record, on=dt.date(2025, 1, 1))
    assert figures.by_country == {"KZ": Decimal("16872830.91"), "UZ": Decimal("9514756.89")}
    assert figures.by_stage == {"commitment": Decimal("14162330.91"), "implementation": Decimal("5421000.00"),
                                "completed": Decimal("6804256.89")}
    assert sum(figures.by_country.values()) == sum(figures.by_stage.values()) == figures.achieved


def test_recorded_as_of_a_day_before_a_change_gives_what_the_record_said_then(record):
    # d2 was recorded as a pledge until 2024-12-01, and d4's tenge rate was imported on 2024-10-02.
    before = target_progress(record, recorded_as_of=dt.date(2024, 11, 30))
    assert before.achieved == Decimal("20966587.80")
    assert before.pledged == Decimal("55421000.00")
    after = target_progress(record, recorded_as_of=dt.date(2025, 1, 1))
    assert after.achieved == Decimal("26387587.80")
    assert target_progress(record, recorded_as_of=dt.date(2024, 10, 1)).unconverted[0].deal.key == "d4"  # rate not yet imported


def test_as_of_a_day_counts_each_deal_at_the_stage_it_had_reached_by_then(record):
    d2 = Deal.objects.get(key="d2")
    for stage, day in [("pledge", "2024-06-03"), ("implementation", "2024-12-01")]:
        DealStageChange.objects.create(key=f"d2.{stage}", deal=d2, stage=stage, date=day, **MANUAL)
    before = target_progress(record, as_of=dt.date(2024, 11, 30))
    assert (before.achieved, before.pledged) == (Decimal("20966587.80"), Decimal("55421000.00"))
    after = target_progress(record, as_of=dt.date(2024, 12, 1))
    assert (after.achieved, after.pledged) == (Decimal("26387587.80"), Decimal("50000000.00"))
    # Before any deal was signed nothing is achieved, and the answer is still a whole one.
    nothing = target_progress(record, as_of=dt.date(2023, 6, 1))
    assert (nothing.achieved, nothing.pledged, nothing.contributions, nothing.status) == (0, 0, [], NOT_STARTED)


def test_an_umbrella_holding_more_than_its_parts_counts_what_it_holds_beyond_them(record):
    Deal.objects.filter(key="u").update(value=Decimal("30000000"))
    figures = target_progress(record, on=dt.date(2025, 1, 1))
    beyond = Decimal("30000000") - Decimal("10000000") - Decimal("6804256.89")  # 13,195,743.11 beyond d1 and d3
    assert figures.achieved == Decimal("26387587.80") + beyond
    # At commitment and later the umbrella holds 30 million; at completion only d3 does, so the rest is a commitment.
    assert figures.by_stage == {"commitment": Decimal("14162330.91") + beyond, "implementation": Decimal("5421000.00"),
                                "completed": Decimal("6804256.89")}
    assert figures.by_country == {"KZ": Decimal("16872830.91"), "UZ": Decimal("9514756.89"), "unassigned": beyond}
    assert sum(figures.by_stage.values()) == sum(figures.by_country.values()) == figures.achieved
    umbrella = next(c for c in figures.contributions if c.deal.key == "u")
    assert (umbrella.counted, umbrella.why) == (True, "umbrella, counted beyond its recorded parts")


def test_a_committed_umbrella_with_one_small_pledged_part_counts_its_commitment(record):
    umbrella = _deal(record, "v", "20000000", "USD", "commitment", "2024-04-01")
    _deal(record, "v1", "1000000", "USD", "pledge", "2024-04-02", umbrella=umbrella)
    figures = target_progress(record, on=dt.date(2025, 1, 1))
    assert figures.achieved == Decimal("26387587.80") + Decimal("20000000")
    assert figures.pledged == Decimal("50000000.00")  # the pledged part lies within the committed umbrella
    reasons = {c.deal.key: c.why for c in figures.contributions}
    assert reasons["v"] == "umbrella, counted beyond its recorded parts"
    assert reasons["v1"] == "pledge within its committed umbrella"


def test_a_pledged_umbrella_with_a_committed_part_counts_the_part_and_shows_the_rest_beside(record):
    umbrella = _deal(record, "v", "20000000", "USD", "pledge", "2024-04-01")
    _deal(record, "v1", "1000000", "USD", "commitment", "2024-04-02", umbrella=umbrella)
    figures = target_progress(record, on=dt.date(2025, 1, 1))
    assert figures.achieved == Decimal("26387587.80") + Decimal("1000000")
    assert figures.pledged == Decimal("50000000.00") + Decimal("19000000")
    reasons = {c.deal.key: (c.counted, c.why) for c in figures.contributions}
    assert reasons["v"] == (False, "umbrella pledge, shown beside beyond its parts") and reasons["v1"] == (True, "counted")


def test_a_deal_without_a_rate_is_shown_unconverted_and_the_rest_still_count(record):
    somoni = _deal(record, "t1", "1000", "TJS", "commitment", "2024-05-01")
    _deal(record, "t2", "5000", "TJS", "cancelled", "2024-05-01")  # counted nowhere either way, so not missed
    figures = target_progress(record, on=dt.date(2025, 1, 1))
    assert figures.achieved == Decimal("26387587.80") and figures.status == ON_TRACK
    [missed] = figures.unconverted
    assert missed.deal.id == somoni.id and missed.converted is None and not missed.counted
    assert missed.why == "not converted: no TJS→USD rate on 2024-05-01 or the week before"
    assert figures.not_converted == "1 deal not converted"
    assert {c.deal.key for c in figures.largest()} >= {"t1", "t2"}


def test_without_a_period_start_the_status_is_unknown_not_ahead(record):
    record.period_start = ""
    record.save()
    figures = target_progress(record, on=dt.date(2025, 1, 1))
    assert (figures.status, figures.forecast, figures.elapsed_percent) == (UNKNOWN, None, None)
    assert figures.status_note == "the start of the period is not recorded"
    assert figures.achieved == Decimal("26387587.80")


def test_with_a_start_but_no_end_the_status_is_unknown(record):
    record.period_years = None
    record.save()
    figures = target_progress(record, on=dt.date(2025, 1, 1))
    assert (figures.status, figures.status_note) == (UNKNOWN, "the end of the period is not recorded")


def test_before_its_period_begins_a_target_with_nothing_achieved_has_not_started(record):
    figures = target_progress(record, on=dt.date(2023, 12, 1))
    assert (figures.achieved, figures.status, figures.status_note) == (Decimal(0), NOT_STARTED, "")


def test_the_default_records_target_has_no_deals_and_shows_the_pace_needed(default_record):
    figures = target_progress(Target.objects.get(format__short_name="C5+Japan", currency="JPY"), on=dt.date(2026, 1, 1))
    # The record does not date the summit that set it, so the period's start, and with it the status, is unknown.
    assert (figures.achieved, figures.percent, figures.status) == (Decimal(0), Decimal("0.00"), UNKNOWN)
    assert figures.pace_needed_per_year == Decimal("600000000000.00")  # 3 trillion yen over five years


def test_umbrellas_recorded_in_a_circle_are_counted_once(record):
    first = _deal(record, "c1", "3000000", "USD", "commitment", "2024-04-01")
    second = _deal(record, "c2", "2000000", "USD", "commitment", "2024-04-02", umbrella=first)
    Deal.objects.filter(pk=first.pk).update(umbrella=second)
    figures = target_progress(record, on=dt.date(2025, 1, 1))
    assert figures.achieved == Decimal("26387587.80") + Decimal("3000000")
    assert sum(figures.by_country.values()) == sum(figures.by_stage.values()) == figures.achieved
