"""English ordinals with figures, shared by meeting titles (ingestion) and the dashboard's timeline labels."""

from hypothesis import given
from hypothesis import strategies as st

from dialogue.ingest.titles import meeting_title
from dialogue.lib.ordinals import english_ordinal


def test_the_last_digit_picks_the_suffix_and_the_teens_take_th():
    numbers = [1, 2, 3, 4, 10, 11, 12, 13, 14, 20, 21, 22, 23, 101, 111, 112, 113, 121]
    assert [english_ordinal(n) for n in numbers] == [
        "1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "14th", "20th", "21st", "22nd", "23rd",
        "101st", "111th", "112th", "113th", "121st",
    ]


@given(st.integers(min_value=1, max_value=10**6))
def test_every_ordinal_is_the_number_itself_with_a_two_letter_english_suffix(number):
    text = english_ordinal(number)
    assert text[:-2] == str(number)
    assert text[-2:] == ("th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th"))


def test_titles_spell_out_only_the_first_while_the_timeline_keeps_figures(default_record):
    from dialogue.record.models import Format, Meeting
    from dialogue.tracking.timeline import meeting_timeline

    assert meeting_title("summit", 1) == "First Summit"
    assert meeting_title("foreign ministers", 21) == "21st Foreign Ministers' Meeting"
    fmt = Format.objects.get(short_name="C5+Japan")
    Meeting.objects.filter(key="c5-japan.summit-1").update(date="2025-12-20")
    labels = [mark.label for mark in meeting_timeline(list(Meeting.objects.filter(format=fmt))).dated]
    assert labels[0].startswith("1st Summit")
