"""Facts entered by hand: a desk officer's deal, cited by a quote picked in its source or marked as entered by hand."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render

from dialogue.access.permissions import Action, authorize
from dialogue.record.editing import fact_create
from dialogue.record.models import Deal, Source
from dialogue.record.selectors import format_get
from dialogue.record.services import key_base
from dialogue.tracking.progress import NotYetRecorded, target_progress
from dialogue.tracking.rates import MissingRate
from dialogue.web.context import request_actor
from dialogue.web.forms import DealForm, form_errors


def _moved(deal: Deal) -> str:
    """What the new deal did to the targets it counts towards, in words."""
    parts = []
    for target in deal.targets.all():
        try:
            parts.append(f"{target.title}: {target_progress(target).percent:.1f} % achieved")
        except (MissingRate, NotYetRecorded) as error:
            parts.append(f"{target.title}: not computed ({error})")
    return " Now " + "; ".join(parts) + "." if parts else ""


@login_required
def deal_new(request):
    """A new deal of the format. Opened from a source, its text stands beside the form to pick the quote from."""
    actor = request_actor(request)
    authorize(actor, Action.SUBMIT)
    fmt = format_get(short_name=request.GET.get("format"))
    if fmt is None:
        raise Http404("No such format")
    source_key = request.GET.get("source")
    source = Source.objects.filter(key=source_key).first() if source_key else None
    if source_key and source is None:
        raise Http404("No such source")
    initial = {"countries": [actor.country]} if actor.country else {}
    form = DealForm(request.POST or None, format=fmt, source=source, initial=initial)
    if request.method == "POST" and form.is_valid():
        citation = form.cleaned_data.get("citation")
        try:
            deal = fact_create(actor=actor, model=Deal, values=form.values(), key_base=key_base(Deal, format_key=fmt.key, label=form.cleaned_data["title"]),
                               citations=[citation] if citation else [])
        except PermissionDenied as error:
            form.add_error("countries", str(error))
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Deal entered." + _moved(deal))
            return redirect("fact", section="deals", key=deal.key)
    return render(request, "web/deal_new.html", {"nav": "deals", "form": form, "format": fmt, "source": source})
