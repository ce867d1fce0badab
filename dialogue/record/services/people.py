"""People, the posts they hold, and their tenures."""

from __future__ import annotations

from django.db import transaction

from dialogue.record.permissions import Actor
from dialogue.lib.keys import slug
from dialogue.record.models import Country, Person, Post, Tenure
from dialogue.record.services.evidence import Citation, evidence_cite
from dialogue.record.services.keys import unique_key
from dialogue.record.services.writing import fact_write

Citations = list[Citation] | tuple[Citation, ...]


@transaction.atomic
def person_create(*, actor: Actor, reason: str, name: str, citations: Citations = ()) -> Person:
    """A person under their full name; the last word is taken for the family name, as reports in English give it."""
    words = name.split()
    person = fact_write(Person(key=unique_key(Person, f"person.{slug(words[-1])}"), name=name,
                               given_name=" ".join(words[:-1]), family_name=words[-1]), actor=actor, reason=reason)
    evidence_cite(person, citations)
    return person


@transaction.atomic
def person_name_add(person: Person, *, actor: Actor, reason: str, name: str, citations: Citations = ()) -> Person:
    """Another spelling of a person's name. A bare surname is no spelling of one person: kept, it would join the next
    namesake to this one, so it is never added."""
    if name != person.name and name not in person.other_names and len(name.split()) > 1:
        person.other_names = [*person.other_names, name]
        fact_write(person, actor=actor, reason=reason)
    evidence_cite(person, citations)
    return person


@transaction.atomic
def post_create(*, actor: Actor, reason: str, country: Country, label: str, role: str, citations: Citations = ()) -> Post:
    post = fact_write(Post(key=unique_key(Post, f"post.{country.code.lower()}-{slug(label)}"), label=label, role=role,
                           country=country), actor=actor, reason=reason)
    evidence_cite(post, citations)
    return post


@transaction.atomic
def tenure_add(*, actor: Actor, reason: str, person: Person, post: Post, citations: Citations = ()) -> Tenure | None:
    """The person in the post, once; None when the record already has them in it."""
    if Tenure.objects.filter(person=person, post=post).exists():
        return None
    tenure = fact_write(Tenure(key=unique_key(Tenure, f"tenure.{person.key.removeprefix('person.')}.{post.key.removeprefix('post.')}"),
                               person=person, post=post), actor=actor, reason=reason)
    evidence_cite(tenure, citations)
    return tenure
