from hypothesis import given
from hypothesis import strategies as st

from dialogue.lib.texts import content_hash, split_header


def test_the_header_block_is_separated_from_the_text():
    report = split_header("source: Kazinform\npublished: 2022-12-25\n---\n date 2022-12-25 Dialogue\n")
    assert report.header == {"source": "Kazinform", "published": "2022-12-25"}
    assert report.text == " date 2022-12-25 Dialogue\n"


def test_a_text_without_header_is_kept_whole():
    raw = "TOKYO. The ministers met.\n---\nMore: text"
    assert split_header(raw).text == raw
    assert split_header(raw).header == {}


@given(st.text())
def test_a_report_without_a_header_line_comes_back_unchanged(text):
    if "\n---" not in text and not text.startswith("---"):
        assert split_header(text).text == text


def test_the_content_hash_names_its_algorithm_and_depends_on_every_character():
    assert content_hash("a").startswith("sha256:")
    assert content_hash("a") != content_hash("a ")
