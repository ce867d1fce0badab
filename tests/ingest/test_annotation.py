"""An extraction in the corpus schema: what the record will hold, told as the annotators tell it."""

from dialogue.ingest.annotation import as_annotation
from dialogue.ingest.extract import extract


def planned(annotation):
    return [m for m in annotation["meetings"] if m["status"] == "planned"]


def test_a_next_meeting_is_also_the_planned_meeting_review_writes(gazetteer):
    text = ("The third Norway-Central Asia summit was held in Oslo on 2 May 2025. "
            "The leaders agreed that the fourth summit will be held in Kazakhstan in 2027.")
    annotation = as_annotation(extract(text, gazetteer=gazetteer), gazetteer)
    assert annotation["next_meeting"]["ordinal"] == 4
    ((meeting),) = planned(annotation)
    assert (meeting["level"], meeting["ordinal"], meeting["host_country"], meeting["mention"]) == ("summit", 4, "Kazakhstan", "background")


def test_a_meeting_to_come_the_report_already_tells_of_is_not_told_twice(gazetteer):
    text = "Norway and its five Central Asian partners will hold their first summit in Oslo next year, the ministry said."
    annotation = as_annotation(extract(text, gazetteer=gazetteer), gazetteer)
    assert len(planned(annotation)) == 1


def test_a_next_meeting_in_a_country_named_like_its_capital_has_a_host_and_no_city(gazetteer):
    text = ("The third Central Asia-Gulf ministerial meeting was held in Astana on 2 May 2025. "
            "The ministers agreed that the next ministerial meeting will be held in Kuwait.")
    ((meeting),) = planned(as_annotation(extract(text, gazetteer=gazetteer), gazetteer))
    assert (meeting["city"], meeting["host_country"]) == (None, "Kuwait")


def test_a_next_meeting_in_a_city_keeps_the_city(gazetteer):
    text = ("The third Central Asia-Gulf ministerial meeting was held in Astana on 2 May 2025. "
            "The ministers agreed that the next ministerial meeting will be held in Bishkek.")
    ((meeting),) = planned(as_annotation(extract(text, gazetteer=gazetteer), gazetteer))
    assert meeting["city"] == "Bishkek"
