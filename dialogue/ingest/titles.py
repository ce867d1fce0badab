"""How the record names what extraction found: titles people can read in a list."""

from __future__ import annotations

import re

from dialogue.ingest.lexicon import DOCUMENT_KINDS
from dialogue.lib.ordinals import english_ordinal

LEVEL_TITLES = {
    "summit": "Summit", "foreign ministers": "Foreign Ministers' Meeting", "senior officials": "Senior Officials' Meeting",
    "working group": "Working Group Meeting", "business forum": "Business Forum", "other": "Meeting",
}
# "cooperate in health" reads as a task; the record names the initiative: "Cooperation in health".
NOMINALISED = {
    "cooperate": "cooperation", "develop": "development of", "establish": "establishment of", "strengthen": "strengthening",
    "create": "creation of", "launch": "launch of", "expand": "expansion of", "promote": "promotion of", "support": "support for",
    "deepen": "deepening", "enhance": "enhancing", "build": "building", "elevate": "elevating", "set up": "setting up of",
}
# Verbs that only introduce the thing itself: "work out a list of ..." is "List of ...".
INTRODUCING = r"(?:work out|draw up|prepare|put together|compile|assist|consider)"


def ordinal_text(number: int) -> str:
    """'First' for the first meeting, as its reports name it; '2nd', '10th' after it."""
    return "First" if number == 1 else english_ordinal(number)


def meeting_title(level: str, ordinal: int | None) -> str:
    title = LEVEL_TITLES.get(level, "Meeting")
    return f"{ordinal_text(ordinal)} {title}" if ordinal else title


def initiative_title(text: str) -> str:
    """'development of a Joint Action Plan to ...' -> 'Joint Action Plan to ...'; 'cooperate in X' -> 'Cooperation in X'."""
    text = re.sub(rf"^{INTRODUCING}\s+(?:a|an|the)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"^(?:the\s+)?(?:development|establishment|creation|adoption)\s+of\s+(?:a|an|the)\s+(?=[A-Z])", "", text)
    for verb, noun in NOMINALISED.items():
        # "launch of ..." and "support for ..." are already nouns: they would become "launch of of ...".
        if text.lower().startswith(verb + " ") and not text.lower().startswith(noun + " "):
            text = noun + text[len(verb) :]
            break
    return text[:1].upper() + text[1:]


def generic_role(label: str) -> str:
    """The post's role across countries: 'Deputy Prime Minister - Minister of Foreign Affairs' -> 'Foreign Minister'."""
    lowered = label.lower()
    if "foreign" in lowered and "minister" in lowered and "deputy foreign" not in lowered and "vice" not in lowered:
        return "Foreign Minister"
    for role in ("Prime Minister", "President", "Deputy Foreign Minister", "Ambassador", "Special Representative"):
        if role.lower() in lowered and not ("president of the" in lowered):
            return role
    return label


def document_title(kind_text: str, meeting: str | None) -> str:
    """A document the report names only by kind ('a Joint Statement') takes its meeting's name."""
    text = re.sub(r",?\s+(?:the|a)\s+\w+\s+(?:said|says|reported|added)$|,?\s+(?:it|he|she)\s+said$", "", kind_text.strip())
    text = re.sub(r"\b(?:were|was|also)\s+", "", text).strip(" ,")
    generic = text.lower() in {kind for kind, _ in DOCUMENT_KINDS} | {"final " + kind for kind, _ in DOCUMENT_KINDS}
    text = text[:1].upper() + text[1:]
    return f"{text} of the {meeting}" if generic and meeting else text
