import json

from dialogue.ingest.readers import MAX_BYTES, RawReport, ReadError, read_reports


def _read(*paths):
    return list(read_reports([str(p) for p in paths]))


def test_a_text_file_with_a_header_block_gives_its_text_and_metadata(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("source: Test Agency\npublished: 2024-05-15\n---\nASTANA – The meeting was held.\n")
    [report] = _read(path)
    assert (report.text, report.publisher, report.published) == ("ASTANA – The meeting was held.\n", "Test Agency", "2024-05-15")


def test_an_html_page_gives_its_main_text_not_its_navigation(tmp_path):
    path = tmp_path / "page.html"
    body = " ".join(["The 16th senior officials' meeting of the Central Asia + Japan Dialogue was held in Astana."] * 3)
    path.write_text(f"<html><head><title>SOM held</title></head><body><nav>Home | News | Contact</nav>"
                    f"<article><h1>SOM held</h1><p>{body}</p></article><footer>All rights reserved</footer></body></html>")
    [report] = _read(path)
    assert "16th senior officials' meeting" in report.text
    assert "All rights reserved" not in report.text and "Contact" not in report.text


def test_json_lines_give_one_report_a_line_and_name_a_malformed_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"text": "The summit was held in Tokyo.", "url": "https://example.org/a", "published": "2025-12-20"}),
             "{not json", json.dumps({"title": "no text"}), "", json.dumps({"text": "The ministers met in Astana."})]
    path.write_text("\n".join(lines))
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["RawReport", "ReadError", "ReadError", "RawReport"]
    assert items[0].url == "https://example.org/a" and items[0].stem == "batch-1"
    assert str(items[1]).startswith(f"{path}:2: malformed JSON line")
    assert '"text"' in items[2].message


def test_bad_files_are_refused_one_by_one_with_a_reason(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "latin1.txt").write_bytes("Tileuberdi à Tokyo".encode("latin-1"))
    (tmp_path / "huge.txt").write_bytes(b"a" * (MAX_BYTES + 1))
    (tmp_path / "good.txt").write_text("The summit was held.")
    results = {item.origin.rsplit("/", 1)[-1]: item for item in _read(tmp_path)}
    assert isinstance(results["good.txt"], RawReport)
    assert "binary" in results["binary.txt"].message
    assert "empty" in results["empty.txt"].message
    assert "not UTF-8" in results["latin1.txt"].message
    assert "larger than 5 MB" in results["huge.txt"].message


def test_a_missing_path_is_named(tmp_path):
    [error] = _read(tmp_path / "nowhere.txt")
    assert isinstance(error, ReadError) and error.message == "no such file or folder"


def test_a_capture_mark_gives_the_published_day_and_is_not_the_reports_text(tmp_path):
    path = tmp_path / "captured.txt"
    path.write_text(" date 2026-03-04 Ministers met in Oslo on Tuesday.")
    (report,) = read_reports([str(path)])
    assert (report.published, report.text_start) == ("2026-03-04", len(" date 2026-03-04 "))
    assert report.text.startswith(" date 2026-03-04 ")  # offsets stay those of the text as kept


def test_a_header_date_wins_over_a_capture_mark(tmp_path):
    path = tmp_path / "captured.txt"
    path.write_text("published: 2026-03-05\n---\n date 2026-03-04 Ministers met in Oslo on Tuesday.")
    (report,) = read_reports([str(path)])
    assert report.published == "2026-03-05"


def test_the_language_of_a_report_is_told_when_not_declared():
    from dialogue.ingest.language import language_of

    assert language_of("The ministers of the five countries met in Oslo and agreed to meet next time in Astana.") == "en"
    assert language_of("Die Minister der fünf Länder trafen sich in Oslo und vereinbarten das nächste Treffen in Astana.") == "de"
    assert language_of("Министры пяти стран встретились в Осло и договорились провести следующую встречу в Астане.") == "ru"
    assert language_of("2026 — 12 / 34") == "und"


def test_a_json_line_nested_too_deeply_is_refused_and_the_lines_beside_it_are_read(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([json.dumps({"text": "The ministers met in Astana."}), "[" * 100_000 + "]" * 100_000,
                               json.dumps({"text": "The summit was held in Oslo."})]))
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["RawReport", "ReadError", "RawReport"]
    assert "nested too deeply" in items[1].message


def test_a_page_break_from_a_pdf_conversion_is_read_as_a_line_break(tmp_path):
    path = tmp_path / "converted.txt"
    path.write_text("The fourth meeting was held in Bergen.\fPage two tells of the talks.\vA last line.")
    (report,) = read_reports([str(path)])
    assert report.text == "The fourth meeting was held in Bergen.\nPage two tells of the talks.\nA last line."
