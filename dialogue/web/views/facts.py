"""One fact: its fields and evidence, and (for those allowed) edit, delete, restore, history and revert."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from dialogue.record.permissions import Action, authorize, can
from dialogue.ingest.selectors import fact_disagreements
from dialogue.record.services.editing import (
    DeletionRefused, StaleVersion, fact_changes, fact_delete, fact_edit, fact_restore, fact_revert, fact_version,
)
from dialogue.record.labels import field_name
from dialogue.record.models import Source
from dialogue.record.sections import record_fields
from dialogue.record.selectors import deleted_facts, evidence_for, fact_get, fact_support
from dialogue.web.cached import fragment_context, remembered
from dialogue.web.context import request_actor
from dialogue.web.forms import BOOKKEEPING, fact_form_class, form_errors
from dialogue.web.templatetags.facts import field_text

CONTEXT_CHARACTERS = 240


@dataclass(frozen=True)
class FactReading:
    """What every reader of a fact's page sees of it, kept under the record's revision."""

    fact: object
    fields: list[tuple[str, str]]
    quotes: list[dict]
    support: object
    version: str


def _fact_reading(section: str, key: str) -> FactReading:
    fact = fact_get(section=section, key=key, deleted_too=True)
    fields = []
    for field in record_fields(type(fact)):
        if field.name in BOOKKEEPING or field.name == "note":
            continue
        if field.many_to_many or getattr(fact, field.name) not in (None, "", [], False):
            if text := field_text(fact, field.name):
                fields.append((field_name(type(fact), field.name), text))
    quotes = []
    for item in evidence_for(fact):
        text = item.source.text
        quotes.append({
            "evidence": item,
            "before": text[max(0, item.start - CONTEXT_CHARACTERS):item.start] if text else "",
            "after": text[item.end:item.end + CONTEXT_CHARACTERS] if text else "",
        })
    return FactReading(fact, fields, quotes, fact_support(fact), fact_version(fact))


def fact_detail(request, section: str, key: str):
    """A fact, its fields, every quote that supports it (or dissents), shown in its source's words, and where
    sources disagree with it, until a reviewer settles it."""
    reading = remembered("fact", (section, key), fragment_context()["version"], lambda: _fact_reading(section, key))
    fact = reading.fact
    if fact.deleted_at and not can(request_actor(request), Action.EDIT, fact):
        fact = fact_get(section=section, key=key)  # 404: deleted facts are hidden from readers
    # Disagreements come from the review queue, which the record's revision does not follow: read afresh.
    return render(request, "web/fact.html", {"fact": fact, "section": section, "fields": reading.fields, "quotes": reading.quotes,
                                             "support": reading.support, "version": reading.version,
                                             "disagreements": fact_disagreements(fact),
                                             "may_edit": can(request_actor(request), Action.EDIT, fact)})


@login_required
def fact_edit_page(request, section: str, key: str):
    """Edit a fact's fields. The form carries the version it was opened on; a stale save keeps what was typed.

    A source may be cited for the change: its text stands beside the form (opened with ?source=KEY, or shown by
    'Show its text', which keeps what was typed and saves nothing) to select the quote in.
    """
    fact = fact_get(section=section, key=key)
    actor = request_actor(request)
    authorize(actor, Action.EDIT, fact)
    form_class = fact_form_class(type(fact))
    version = request.POST.get("version") if request.method == "POST" else fact_version(fact)
    source_key = request.POST.get("cite_source") if request.method == "POST" else request.GET.get("source")
    source = Source.objects.filter(key=source_key).first() if source_key else None
    if source_key and source is None and request.method == "GET":
        raise Http404("No such source")
    form = form_class(request.POST if request.method == "POST" else None, instance=type(fact).objects.get(pk=fact.pk),
                      initial={"cite_source": source_key} if source else None)
    stale, showing = None, "show_source" in request.POST
    if request.method == "POST" and not showing and form.is_valid():
        changes = form.changes()
        try:
            fact_edit(actor=actor, fact=fact, version=version, changes=changes, citations=form.citations())
        except StaleVersion as error:
            stale, version = error, error.current  # show the record now beside what was typed; saving again overwrites
            fact = type(fact).objects.get(pk=fact.pk)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, gettext("Saved. The change is in the history of this item."))
            return redirect("fact", section=section, key=key)
    return render(request, "web/fact_edit.html", {"fact": fact, "section": section, "form": form, "version": version,
                                                  "stale": stale, "current": fact, "source": source, "showing": showing})


def fact_history(request, section: str, key: str):
    def read():
        fact = fact_get(section=section, key=key, deleted_too=True)
        return fact, fact_changes(fact), fact_version(fact)

    # History is written with the fact, so the record's revision covers it; who may revert is the reader's own.
    fact, changes, version = remembered("fact-history", (section, key), fragment_context()["version"], read)
    return render(request, "web/fact_history.html", {"fact": fact, "section": section, "changes": changes, "version": version,
                                                     "may_edit": can(request_actor(request), Action.EDIT, fact)})


@require_POST
def fact_revert_post(request, section: str, key: str):
    fact = fact_get(section=section, key=key)
    history_id = request.POST.get("history_id", "")

    def revert(actor):
        if not history_id.isdigit():
            raise ValidationError(gettext("Choose the version to go back to."))
        fact_revert(actor=actor, fact=fact, history_id=int(history_id), version=request.POST.get("version"))
    return _act(request, section, key, revert, gettext("Reverted: the fields are as they were in that version."))


@require_POST
def fact_delete_post(request, section: str, key: str):
    fact = fact_get(section=section, key=key)

    def delete(actor):
        deletion = fact_delete(actor=actor, fact=fact, version=request.POST.get("version"))
        return len(deletion.dependents)
    return _act(request, section, key, delete, gettext("Deleted (it can be restored from this page)."))


@require_POST
def fact_restore_post(request, section: str, key: str):
    fact = fact_get(section=section, key=key, deleted_too=True)
    return _act(request, section, key, lambda actor: fact_restore(actor=actor, fact=fact), gettext("Restored."))


def _act(request, section, key, action, done: str):
    """Run a write for the signed-in user and come back to the fact with what happened."""
    try:
        action(request_actor(request))
    except (StaleVersion, DeletionRefused, ValidationError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
    else:
        messages.success(request, done)
    return redirect("fact", section=section, key=key)


@login_required
def deleted_list(request):
    """What has been deleted, for those who may bring it back."""
    actor = request_actor(request)
    authorize(actor, Action.SUBMIT)
    items = [(item, can(actor, Action.EDIT, item.fact)) for item in deleted_facts()]
    return render(request, "web/deleted.html", {"nav": "deleted", "items": items})
