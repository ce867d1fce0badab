"""Facts entered by hand: a desk officer's deal, document or initiative, cited by a quote picked in its source or marked
as entered by hand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from dialogue.record.permissions import Action, Actor, authorize
from dialogue.record.services.editing import fact_create
from dialogue.record.models import Deal, Document, Fact, Initiative, InitiativeStatusChange, Source
from dialogue.record.selectors import format_get
from dialogue.record.services import key_base
from dialogue.tracking.progress import target_progress
from dialogue.web.context import request_actor
from dialogue.web.forms import DealForm, DocumentForm, FormatEntryForm, InitiativeForm, form_errors


def _moved(deal: Deal) -> str:
    """What the new deal did to the targets it counts towards, in words."""
    parts = []
    for target in deal.targets.all():
        figures = target_progress(target)
        missed = "; ".join(str(c.missing) for c in figures.unconverted)
        achieved = gettext("%(target)s: %(percent)s %% achieved") % {"target": target.title, "percent": f"{figures.percent:.1f}"}
        parts.append(achieved + (f" ({figures.not_converted}: {missed})" if missed else ""))
    return " " + gettext("Now %(progress)s.") % {"progress": "; ".join(parts)} if parts else ""


@dataclass(frozen=True)
class Entry:
    """What one kind of hand entry needs: its form, what to create from it, and what to say when it is in."""

    noun: str  # lazily translated: the page names it in the reader's language
    form: type[FormatEntryForm]
    owner_field: str  # the field that says whose item it is, where a refusal is shown
    create: Callable[[Actor, FormatEntryForm], Fact]
    done: Callable[[Fact], str]


def _deal(actor: Actor, form: DealForm) -> Deal:
    return _created(actor, Deal, form, form.values())


def _document(actor: Actor, form: DocumentForm) -> Document:
    return _created(actor, Document, form, form.values())


@transaction.atomic
def _initiative(actor: Actor, form: InitiativeForm) -> Initiative:
    """The initiative and the dated status its history starts from, both standing on the same quote."""
    initiative = _created(actor, Initiative, form, form.values())
    _created(actor, InitiativeStatusChange, form, form.status_values(initiative), label=f"{initiative.title} {form.cleaned_data['status']}")
    return initiative


def _created(actor: Actor, model, form: FormatEntryForm, values: dict, label: str = "") -> Fact:
    citation = form.cleaned_data.get("citation")
    return fact_create(actor=actor, model=model, values=values, citations=[citation] if citation else [],
                       key_base=key_base(model, format_key=form.format.key, label=label or form.cleaned_data["title"]))


ENTRIES = {
    "deals": Entry(_("deal"), DealForm, "countries", _deal, lambda deal: gettext("Deal entered.") + _moved(deal)),
    "documents": Entry(_("document"), DocumentForm, "meeting", _document, lambda document: gettext("Document entered.")),
    "initiatives": Entry(_("initiative"), InitiativeForm, "proposed_by_country", _initiative,
                         lambda initiative: gettext("Initiative entered, with its first status.")),
}


@login_required
def fact_new(request, section: str):
    """A new deal, document or initiative of the format. Opened from a source, its text stands beside the form
    to pick the quote from."""
    entry = ENTRIES.get(section)
    if entry is None:
        raise Http404("Nothing of this kind is entered by hand here")
    actor = request_actor(request)
    authorize(actor, Action.SUBMIT)
    fmt = format_get(short_name=request.GET.get("format"))
    if fmt is None:
        raise Http404("No such format")
    source_key = request.GET.get("source")
    source = Source.objects.filter(key=source_key).first() if source_key else None
    if source_key and source is None:
        raise Http404("No such source")
    initial = {**_initial(entry, actor), "meeting": request.GET.get("meeting")}
    form = entry.form(request.POST or None, format=fmt, source=source, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            fact = entry.create(actor, form)
        except PermissionDenied as error:
            form.add_error(entry.owner_field, str(error))
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, entry.done(fact))
            return redirect("fact", section=section, key=fact.key)
    return render(request, "web/fact_new.html", {"nav": section, "form": form, "format": fmt, "source": source, "noun": entry.noun,
                                                 "section": section})


def _initial(entry: Entry, actor: Actor) -> dict:
    """A focal point's own country, ticked or chosen, as what they enter is mostly their country's."""
    if not actor.country:
        return {}
    return {"countries": [actor.country]} if entry.form is DealForm else {"proposed_by_country": actor.country}
