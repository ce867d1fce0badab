"""What the pages' cached fragments (`{% cache %}` in the templates) and the API's cached answers are keyed by.

A fragment holds only what every visitor sees (never a CSRF token, a name or a link that depends on the role), and
its key carries the record's revision, which every write replaces: a change is seen on the next request, by every
worker, with a cache local to each worker or shared between them.

A reader who is not signed in sees a whole page that depends on nothing of their own but their CSRF token, so
`shared_page` keeps the whole page for them: rendering the rest around the fragments (the header, the forms, the
lookups the view makes first) cost several times what the cached fragment itself does.
"""

from __future__ import annotations

import functools
import hashlib

from collections import defaultdict
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlencode

from django.contrib.messages import get_messages
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.translation import get_language

from dialogue.record.models import ComplianceScore, Meeting
from dialogue.record.version import record_revision
from dialogue.tracking.commitments import scores_by_initiative
from dialogue.tracking.initiatives import InitiativeState, compliance, initiative_states
from dialogue.web.context import CSRF_PLACEHOLDER

T = TypeVar("T")
CACHE_SECONDS = 3600  # an entry unread this long leaves the cache; one read under an old revision never is


def fragment_context(request=None) -> dict:
    """For a template's `{% cache cache_seconds NAME ... version %}`: the revision, the day (what is next, what is
    late and each target's status move with it) and the language the page is written in. A `shared_page` view's
    request carries the version its page was looked up under, read once."""
    version = getattr(request, "shared_page_version", None) or \
        f"{record_revision()}-{timezone.now().date().isoformat()}-{get_language()}"
    return {"cache_seconds": CACHE_SECONDS, "version": version}


def meeting_commitments_cached(meeting: Meeting, version: str) -> list[tuple[InitiativeState, list[ComplianceScore]]]:
    """The commitments made at a meeting, each with its members' scores. Each needs the states of every initiative of
    the format (lineage crosses meetings), so they are computed for all its meetings at once and each kept under a
    key of its own: the first meeting page read after a change pays for the format's other meetings too."""
    key = f"meeting-commitments-{meeting.pk}-{version}"
    if (found := cache.get(key)) is not None:
        return found
    scores = scores_by_initiative(compliance(meeting.format))
    by_meeting = defaultdict(list)
    for state in initiative_states(meeting.format):
        by_meeting[state.initiative.meeting_id].append((state, scores.get(state.initiative.id, [])))
    meetings = Meeting.objects.filter(format=meeting.format).values_list("id", flat=True)
    cache.set_many({f"meeting-commitments-{other}-{version}": by_meeting.get(other, []) for other in meetings}, CACHE_SECONDS)
    return by_meeting.get(meeting.id, [])


def query_key(request) -> str:
    """The request's query string in one order, for a fragment's key: every filter, page and word asked for is a key
    of its own, and `?b=2&a=1` meets `?a=1&b=2`; as a digest, so that a long or odd query makes a short, safe key."""
    query = urlencode(sorted((name, value) for name, values in request.GET.lists() for value in values))
    return hashlib.blake2b(query.encode(), digest_size=16).hexdigest() if query else ""


def path_key(request) -> str:
    """The request's path with its query string as written, as a short digest: a whole answer kept for it (a reader
    page, an API read) is the answer to exactly that address."""
    return hashlib.blake2b(request.get_full_path().encode(), digest_size=16).hexdigest()


def whole_get(key: str):
    """A whole answer kept (a reader page, an API read): the worker's own copy first, then the shared cache, whose
    answer the worker keeps (settings.CACHES; without Redis both are one memory). Keys carry the revision, so a
    worker's copy is never out of date."""
    local = caches["local"]
    if (found := local.get(key)) is None and (found := cache.get(key)) is not None:
        local.set(key, found, CACHE_SECONDS)
    return found


def whole_set(key: str, answer) -> None:
    cache.set(key, answer, CACHE_SECONDS)
    caches["local"].set(key, answer, CACHE_SECONDS)


def remembered(name: str, parts: tuple, version: str, compute: Callable[[], T]) -> T:
    """`compute()` kept under the record's version (`fragment_context()["version"]`): for a costly value that a page
    reads outside its cached fragments (a view that must know it to choose its answer)."""
    key = f"{name}-{'-'.join(str(part) for part in parts)}-{version}"
    if (found := cache.get(key)) is None:
        found = compute()
        cache.set(key, found, CACHE_SECONDS)
    return found


def shared_page(view):
    """A reader page kept whole, under the record's version and the path with its query string, for readers not
    signed in with no message waiting: all of them see the same page but for the CSRF token, rendered as a
    placeholder and replaced by each reader's own. Signed-in readers (whose pages carry their name and role's
    controls), htmx's partial answers and anything but a 200 are rendered as before."""
    placeholder = CSRF_PLACEHOLDER.encode()

    @functools.wraps(view)
    def page(request, *args, **kwargs):
        if request.method != "GET" or request.htmx or request.user.is_authenticated or len(get_messages(request)):
            return view(request, *args, **kwargs)
        version = fragment_context()["version"]
        key = f"page-{path_key(request)}-{version}"
        if (found := whole_get(key)) is None:
            request.rendering_shared_page, request.shared_page_version = True, version
            try:
                response = view(request, *args, **kwargs)
            finally:
                del request.rendering_shared_page, request.shared_page_version
            if response.streaming:
                return response
            if response.status_code == 200 and not response.cookies:
                whole_set(key, (response.content, dict(response.headers)))
            found = (response.content, None)
        body, headers = found
        if placeholder in body:
            body = body.replace(placeholder, get_token(request).encode())
        if headers is None:  # rendered just now
            response.content = body
            return response
        return HttpResponse(body, headers=headers)
    return page
