"""What the pages say of a meeting or initiative as it moves on: an initiative merged into another says so on the board."""

import html
import re

from django.utils import timezone

from dialogue.record.models import Format, Initiative, InitiativeLink


def test_the_board_says_an_initiative_was_merged_into_another(client, default_record):
    fmt = Format.objects.get(short_name="C5+Japan")
    mark = {"entered_by": "test", "entered_at": timezone.now()}
    earlier, later = (Initiative.objects.create(key=f"c5-japan.initiative.{key}", format=fmt, title=title, **mark)
                      for key, title in (("rail-study", "Rail study"), ("rail-corridor", "Rail corridor")))
    InitiativeLink.objects.create(key="rail-study-into-corridor", earlier=earlier, later=later, kind="merged into", date="2026-10", **mark)
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", client.get("/initiatives/").content.decode())))
    assert "Closed: merged into Rail corridor , October 2026" in text  # the link's end reads as a space
    assert text.count("Closed:") == 1
