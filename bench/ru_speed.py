"""Extraction speed on Russian reports of about 500 words, written here from templates (no article text).

Prints reports/s and words/s on one core for the Russian rules (dialogue/ingest/ru/), the first run (word
forms not yet parsed) apart from the median of the later ones, and the English figure on bench/synthetic.py's
reports of the same length, for the ratio.

    .venv/bin/python bench/ru_speed.py [--reports 300] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PARTNERS = [("Норвегии", "Осло", "премьер-министр"), ("Исландии", "Рейкьявике", "президент"), ("Чили", "Сантьяго", "президент"),
            ("Канады", "Оттаве", "премьер-министр"), ("Бразилии", "Бразилиа", "президент")]
MEMBERS = [("Казахстана", "Астане"), ("Кыргызстана", "Бишкеке"), ("Таджикистана", "Душанбе"), ("Туркменистана", "Ашхабаде"),
           ("Узбекистана", "Ташкенте")]
GIVEN = ["Армана", "Бекзода", "Тимура", "Рустама", "Марата", "Нурлана", "Фарруха", "Олжаса"]
FAMILY = ["Сейтказиева", "Турсунова", "Рахимова", "Назарова", "Касымова", "Юсупова", "Абенова", "Хакимова"]
ORDINALS = ["Первая", "Вторая", "Третья", "Четвертая", "Пятая", "Шестая", "Седьмая", "Восьмая"]
MONTHS = ["января", "марта", "мая", "июня", "сентября", "октября", "ноября", "декабря"]
FILLER = [
    "Стороны обменялись мнениями по региональным и международным вопросам, представляющим взаимный интерес.",
    "Особое внимание было уделено торговле, инвестициям и развитию транспортных коридоров.",
    "Участники отметили растущую роль региона как моста между Европой и Азией.",
    "Они подчеркнули важность устойчивого развития, образования и цифровых технологий.",
    "Было решено расширить сотрудничество в области водных ресурсов, энергетики и здравоохранения.",
    "Министры договорились продолжить консультации на уровне экспертов в течение года.",
]


def report(i: int) -> dict:
    rng = random.Random(i)
    country, city, post = rng.choice(PARTNERS)
    member, _ = rng.choice(MEMBERS)
    lines = [f"{rng.choice(ORDINALS)} встреча министров иностранных дел стран Центральной Азии и {country} состоялась "
             f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2026)} года в {city}.",
             f"В ней приняли участие министр иностранных дел {member} {rng.choice(GIVEN)} {rng.choice(FAMILY)} и "
             f"{post} {country} {rng.choice(GIVEN)} {rng.choice(FAMILY)}."]
    while sum(len(line.split()) for line in lines) < 480:
        lines.append(" ".join(rng.sample(FILLER, 3)))
    lines.append("По итогам встречи было принято Совместное заявление. Следующая встреча пройдет в Ташкенте в 2027 году.")
    return {"text": "\n".join(lines), "published": "2026-06-08", "language": "ru"}


def _seconds(reports, gazetteer) -> float:
    from dialogue.ingest.extract import extract_report

    start = time.perf_counter()
    for item in reports:
        extract_report(item, gazetteer)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
    import django

    django.setup()
    from bench.synthetic import report as english_report
    from dialogue.ingest.gazetteer import Gazetteer
    from dialogue.ingest.nlp import pipeline
    from dialogue.ingest.readers import RawReport
    from dialogue.ingest.ru.places import cities, countries

    gazetteer = Gazetteer.standard()
    pipeline(gazetteer)
    cities(), countries()  # built once per process, outside the timing
    count = arguments.reports
    for name, make in (("Russian", report), ("English", english_report)):
        reports = [RawReport(origin=f"{name}:{i}", stem=str(i), **make(i)) for i in range(count)]
        words = sum(len(r.text.split()) for r in reports) / count
        first = _seconds(reports, gazetteer)
        later = statistics.median(_seconds(reports, gazetteer) for _ in range(arguments.runs))
        print(f"{name} extraction, one core: first run {count / first:7.1f} reports/s; later runs {count / later:7.1f} reports/s "
              f"{count * words / later:9.0f} words/s (median of {arguments.runs}, {count} reports of {words:.0f} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
