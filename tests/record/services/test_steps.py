"""A step entered, edited, deleted or restored by hand moves its initiative's status or its deal's stage with it."""

from dialogue.access.services import actor_for
from dialogue.record.integrity import ERROR, record_problems
from dialogue.record.models import Deal, DealStageChange, Initiative, InitiativeStatusChange
from dialogue.record.services.editing import fact_create, fact_delete, fact_edit, fact_restore, fact_version


def _initiative() -> Initiative:
    return Initiative.objects.get(title__startswith="Joint Action Plan")


def test_a_status_step_entered_by_hand_moves_its_initiative_and_leaves_the_record_sound(default_record, officers):
    rosa = actor_for(officers["reviewer"])
    fact_create(actor=rosa, model=InitiativeStatusChange, key_base="jap.agreed",
                values={"initiative": _initiative(), "status": "agreed", "date": "2099-01-10"})
    assert _initiative().status == "agreed"
    assert [p for p in record_problems() if p.severity == ERROR] == []


def test_deleting_the_latest_step_takes_the_initiative_back_and_restoring_it_forward(default_record, officers):
    rosa = actor_for(officers["reviewer"])
    before = _initiative().status
    step = fact_create(actor=rosa, model=InitiativeStatusChange, key_base="jap.delivered",
                       values={"initiative": _initiative(), "status": "delivered", "date": "2099-02-01"})
    fact_delete(actor=rosa, fact=step, version=fact_version(step))
    assert _initiative().status == before
    fact_restore(actor=rosa, fact=InitiativeStatusChange.everything.get(pk=step.pk))
    assert _initiative().status == "delivered"


def test_same_day_steps_leave_the_initiative_at_the_later_one_on_the_scale(default_record, officers):
    rosa = actor_for(officers["reviewer"])
    for status in ("agreed", "proposed"):  # entered out of order, both on one day
        fact_create(actor=rosa, model=InitiativeStatusChange, key_base=f"jap.{status}",
                    values={"initiative": _initiative(), "status": status, "date": "2099-03-03"})
    assert _initiative().status == "agreed"
    assert [p for p in record_problems() if p.severity == ERROR] == []  # the check orders the day's steps alike


def test_a_stage_step_moves_its_deal_and_an_edit_of_its_stage_moves_it_again(japanese_deal, officers):
    haruto = actor_for(officers["jp"])
    step = fact_create(actor=haruto, model=DealStageChange, key_base="jp-grid.signed",
                       values={"deal": japanese_deal, "stage": "implementation", "date": "2026-02"})
    assert Deal.objects.get(pk=japanese_deal.pk).stage == "implementation"
    fact_edit(actor=haruto, fact=step, version=fact_version(step), changes={"stage": "completed"})
    assert Deal.objects.get(pk=japanese_deal.pk).stage == "completed"
    assert "stage follows its latest step" in Deal.history.filter(id=japanese_deal.pk).first().history_change_reason


def test_an_earlier_step_does_not_move_a_deal_back(japanese_deal, officers):
    haruto = actor_for(officers["jp"])
    fact_create(actor=haruto, model=DealStageChange, key_base="jp-grid.done",
                values={"deal": japanese_deal, "stage": "completed", "date": "2026-06"})
    fact_create(actor=haruto, model=DealStageChange, key_base="jp-grid.pledged",
                values={"deal": japanese_deal, "stage": "pledge", "date": "2025-12"})
    assert Deal.objects.get(pk=japanese_deal.pk).stage == "completed"
