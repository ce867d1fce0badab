"""A record of our own with ten years of dated history (2016 to 2027), loaded in one transaction: the record a desk
officer has after a bulk load. Every fact is entered by hand today; its dates say when things happened.

  Meetings   FM-1 held 2016-06-10 · Summit-1 held 2018-09-20 (announced at FM-1) · FM-2 held 2021-03-15
             Summit-2 held 2024-11-05 (announced at FM-2) · FM-3 planned for 2027-04 (announced at Summit-2)
  Initiatives  Water: proposed 2016-06-10, agreed 2018-09-20, delivered 2022-05-01 (complete)
               Rail: proposed 2021-03-15, agreed 2024-11-05
               Grants: proposed 2018-09-20, merged into Rail 2024-11-05
  Target     1,000,000,000 USD over 10 years, set at Summit-1 (2018-09-20)
  Deals (USD)  A 100 M: pledge 2018-09-20, commitment 2019-05-01, completed 2023-02-01
               B 200 M: pledge 2021-03-15, commitment 2024-11-05
               C  50 M: pledge 2024-11-05

What it says on five days:
  2015-06-01  nothing yet
  2017-01-01  FM-1 held, Summit-1 planned and next; Water proposed; no target yet
  2019-12-31  FM-1 and Summit-1 held, nothing planned; Water agreed, Grants proposed; 100 M achieved (A committed)
  2022-06-30  three held, Summit-2 planned and next; Water delivered, Rail and Grants proposed; 100 M achieved, 200 M pledged
  2025-06-30  four held, FM-3 planned and next; Rail agreed, Grants merged into Rail; 300 M achieved, 50 M pledged
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from dialogue.record.interchange import record_load

FORMAT = "C5+Decade"
TARGET = "decade.target.investment"
FIVE_DAYS = [dt.date(2015, 6, 1), dt.date(2017, 1, 1), dt.date(2019, 12, 31), dt.date(2022, 6, 30), dt.date(2025, 6, 30)]


def ten_years() -> dict:
    """The record as the JSON a load reads."""
    mark = {"entered_by": "desk officer", "entered_at": timezone.now().isoformat()}

    def fact(key: str, **fields) -> dict:
        return {"key": key, **fields, **mark}

    meetings = [
        fact("decade.fm-1", format="decade", level="foreign ministers", ordinal=1, date="2016-06-10", status="held"),
        fact("decade.summit-1", format="decade", level="summit", ordinal=1, date="2018-09-20", status="held",
             announced_at="decade.fm-1"),
        fact("decade.fm-2", format="decade", level="foreign ministers", ordinal=2, date="2021-03-15", status="held"),
        fact("decade.summit-2", format="decade", level="summit", ordinal=2, date="2024-11-05", status="held",
             announced_at="decade.fm-2"),
        fact("decade.fm-3", format="decade", level="foreign ministers", ordinal=3, date="2027-04", status="planned",
             announced_at="decade.summit-2"),
    ]
    initiatives = [
        fact("decade.water", format="decade", title="Water", meeting="decade.fm-1", status="delivered"),
        fact("decade.rail", format="decade", title="Rail", meeting="decade.fm-2", status="agreed"),
        fact("decade.grants", format="decade", title="Grants", meeting="decade.summit-1", status="proposed"),
    ]
    steps = [fact(f"{initiative}.{status}", initiative=initiative, status=status, date=day, **extra)
             for initiative, status, day, extra in [
                 ("decade.water", "proposed", "2016-06-10", {}), ("decade.water", "agreed", "2018-09-20", {}),
                 ("decade.water", "delivered", "2022-05-01", {"completion": "complete"}),
                 ("decade.rail", "proposed", "2021-03-15", {}), ("decade.rail", "agreed", "2024-11-05", {}),
                 ("decade.grants", "proposed", "2018-09-20", {})]]
    deals = [fact(f"decade.deal-{name}", format="decade", title=f"Deal {name}", value=value, currency="USD", stage=stage,
                  signed=signed, targets=[TARGET])
             for name, value, stage, signed in [("a", "100000000", "completed", "2019-05-01"),
                                                ("b", "200000000", "commitment", "2024-11-05"), ("c", "50000000", "pledge", "")]]
    stages = [fact(f"decade.deal-{name}.{stage}", deal=f"decade.deal-{name}", stage=stage, date=day)
              for name, stage, day in [("a", "pledge", "2018-09-20"), ("a", "commitment", "2019-05-01"), ("a", "completed", "2023-02-01"),
                                       ("b", "pledge", "2021-03-15"), ("b", "commitment", "2024-11-05"), ("c", "pledge", "2024-11-05")]]
    return {
        "dialogue_ledger": 1,
        "formats": [fact("decade", name="Central Asia + Decade", short_name=FORMAT, founded="2016-06")],
        "memberships": [fact(f"decade.member.{code.lower()}", format="decade", country=code, since="2016-06") for code in ("KZ", "UZ")],
        "meetings": meetings,
        "initiatives": initiatives,
        "initiative_status_changes": steps,
        "initiative_links": [fact("decade.grants-rail", earlier="decade.grants", later="decade.rail", kind="merged into",
                                  date="2024-11-05")],
        "targets": [fact(TARGET, format="decade", title="Joint investment", amount="1000000000", currency="USD",
                         period_start="2018-09-20", period_years="10", meeting="decade.summit-1")],
        "deals": deals,
        "deal_stage_changes": stages,
    }


def ten_years_load() -> None:
    """Load the whole decade at once, as `dialogue load` does: every row's history begins today."""
    record_load(ten_years())
