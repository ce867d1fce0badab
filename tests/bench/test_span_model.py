"""The span-model bench: titles found in a text however they are wrapped, and a small cross-validation that completes."""

import pytest

import bench.span_model as span_model
from bench.span_model import Initiative, Report


def test_a_title_is_found_in_any_case_across_a_line_break_and_not_inside_a_longer_word():
    text = "Mongolia floated a Steppe Rail Link.\nThe steppe rail\nlink would run north. Steppe Rail Linkage is other."
    spans = span_model.title_spans(text, "Steppe Rail Link")
    assert [text[s:e].replace("\n", " ").lower() for s, e in spans] == ["steppe rail link", "steppe rail link"]
    assert span_model.title_spans(text, "Ocean Ferry") == []


def test_a_title_missing_from_the_text_is_counted_and_overlapping_spans_keep_the_longest():
    report = Report("r", "Chile backed the Andes Solar Belt plan.", [Initiative("Andes Solar Belt plan"), Initiative("Solar Belt"), Initiative("Moon Base")])
    spans, missing = span_model.training_spans(report)
    assert [report.body[s:e] for s, e in spans] == ["Andes Solar Belt plan"]
    assert missing == 1


def test_the_body_starts_after_the_header_line():
    assert span_model.body_of("source: somewhere\nlanguage: en\n---\nFirst line.\nSecond.") == "First line.\nSecond."


_SHAPES = [
    ("{c} proposed the {t} at the talks.", "{c}"),
    ("Ministers welcomed the {t}, an idea of {c}.", None),
    ("The delegates also discussed weather and trade.", None),
    ("{c} put forward a {t} to the partners.", "{c}"),
]
_TITLES = ["Lake Fish Registry", "Desert Road Fund", "Mountain Seed Bank", "River Data Hub", "Valley School Network", "Glacier Watch Council"]
_COUNTRIES = ["Mongolia", "Chile", "Peru", "Norway", "Japan", "Kenya"]


def _made_up_reports() -> list[Report]:
    reports = []
    for number, (title, country) in enumerate(zip(_TITLES, _COUNTRIES, strict=True)):
        sentences = [shape.format(c=country, t=title) for shape, _ in _SHAPES]
        body = "\n\n".join([" ".join(sentences[:2]), " ".join(sentences[2:])])
        reports.append(Report(f"made-up-{number}", body, [Initiative(title, country)], [Initiative(title, country)] if number % 2 else []))
    return reports


@pytest.mark.parametrize("component", ["ner", "spancat"])
def test_a_two_fold_run_on_made_up_reports_completes_and_prints_every_variant(component, capsys):
    results = span_model.cross_validate(_made_up_reports(), folds=2, seed=1, max_epochs=3, budget=10, component=component)
    lines = span_model.summary(results)
    print("\n".join(lines))
    out = capsys.readouterr().out
    assert out.count(f"{component} trained on 3 reports") == 2
    assert {line.split("  ")[0] for line in lines[1:]} == {"rules", "model", "rules+model", "model in cue sentences", "rules+cued model"}
    rules = [fold["rules"]["initiative"] for fold in results]
    assert sum(row[2] for row in rules) == 6  # every gold title scored once, whichever fold held it out
    assert sum(row[0] for row in rules) == 3  # the rules found the odd-numbered reports' titles


def test_the_union_adds_only_titles_the_rules_did_not_propose():
    rules = [Initiative("Desert Road Fund", "Chile")]
    merged = span_model.added(rules, [Initiative("the Desert Road Fund"), Initiative("Lake Fish Registry")])
    assert [i.title for i in merged] == ["Desert Road Fund", "Lake Fish Registry"]


def test_the_nearest_country_before_a_span_is_its_proposer():
    class Gazetteer:
        countries = {"Chile": "CL", "Peru": "PE"}
        demonyms = {"Peruvian": "PE"}

        def country_code(self, text):
            return {**self.countries, **self.demonyms}.get(text)

        def name_of(self, code):
            return {"CL": "Chile", "PE": "Peru"}.get(code)

    finder = span_model.CountryFinder(Gazetteer())
    assert finder.before("Chile hosted; then the Peruvian minister suggested ") == "Peru"
    assert finder.before("Nobody named here ") is None
