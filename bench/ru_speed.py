"""Extraction speed on Russian reports of about 500 words, written here from templates (no article text).

Prints reports/s and words/s on one core for the Russian rules (dialogue/ingest/ru/), the first run (word
forms not yet parsed) apart from the median of the later ones, on two sets: reports whose filler repeats six
sentences, and "varied" ones drawn from 38 sentences with names, places and numbers filled in (more word forms
new to the parser, as real reports have); and the English figure on bench/synthetic.py's reports of the same
length, for the ratio.

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


# Sentences of our own for the varied reports, about anything a report tells besides its meeting: {p} the partner and {c} a
# member (genitive), {city} a city (prepositional), {name} a person (genitive), {n} a number, {d} {m} {y} a date.
VARIED = [
    "Глава внешнеполитического ведомства {c} {name} отметил, что за последние {n} лет товарооборот со странами региона вырос почти вдвое.",
    "По словам министра, стороны намерены к {y} году довести объем взаимной торговли до {n} миллиардов долларов.",
    "Делегации обсудили перспективы создания совместных предприятий в горнодобывающей и перерабатывающей промышленности.",
    "Особый акцент был сделан на подготовке кадров, обмене студентами и открытии филиалов ведущих университетов.",
    "В ходе переговоров была подчеркнута важность обеспечения продовольственной безопасности и рационального использования водных ресурсов.",
    "{d} {m} в {city} состоялось заседание рабочей группы по вопросам транспорта и логистики.",
    "Заместитель министра иностранных дел {c} {name} проинформировал коллег о ходе реализации ранее достигнутых договоренностей.",
    "Участники выразили озабоченность ситуацией в Афганистане и призвали к скорейшему восстановлению мира в этой стране.",
    "Было подписано {n} документов, в том числе меморандум о сотрудничестве в сфере цифровизации государственного управления.",
    "Стороны договорились проработать вопрос о запуске прямого авиасообщения между столицами.",
    "Эксперты полагают, что новый маршрут позволит сократить сроки доставки грузов на несколько суток.",
    "Президент {p} направил участникам приветственное послание, в котором высоко оценил итоги совместной работы.",
    "На полях встречи прошли двусторонние консультации, посвященные развитию энергетики и возобновляемых источников энергии.",
    "Министр энергетики {c} {name} рассказал о строительстве солнечных и ветровых электростанций мощностью {n} мегаватт.",
    "Представители деловых кругов предложили упростить визовый режим для предпринимателей и туристов.",
    "В рамках программы технического содействия планируется реализовать {n} проектов в области здравоохранения.",
    "Отдельно обсуждались меры по противодействию терроризму, экстремизму и незаконному обороту наркотиков.",
    "Накануне переговоров глава делегации {p} посетил индустриальный парк и ознакомился с работой местных предприятий.",
    "Как сообщает пресс-служба министерства, очередное заседание совета запланировано на {m} {y} года.",
    "Министры приветствовали расширение гуманитарных связей, включая дни культуры, кинофестивали и спортивные соревнования.",
    "Стороны высказались за укрепление центральной роли Организации Объединенных Наций в международных делах.",
    "Было отмечено, что объем накопленных инвестиций превысил {n} миллионов долларов и продолжает расти.",
    "Собеседники обменялись мнениями о реформе Совета Безопасности ООН и о повестке предстоящей сессии Генеральной Ассамблеи.",
    "По итогам консультаций принят план действий на {y}–{y2} годы, предусматривающий более {n} мероприятий.",
    "Губернатор области {name} предложил создать совместный агротехнологический центр и опытные хозяйства.",
    "Участники заседания одобрили инициативу о проведении форума молодых лидеров в {city}.",
    "Наряду с этим рассматривались вопросы охраны окружающей среды, борьбы с опустыниванием и сохранения ледников.",
    "Председатель правления национальной компании {name} сообщил о заключении соглашений на поставку оборудования.",
    "Стороны с удовлетворением констатировали рост числа регулярных рейсов и туристических поездок.",
    "В заключение министры поблагодарили принимающую сторону за теплый прием и безупречную организацию мероприятий.",
    "Посол {p} в {city} {name} заявил журналистам, что его страна готова делиться опытом в сфере электронного правительства.",
    "Особое внимание уделяется развитию малого и среднего бизнеса, микрофинансирования и женского предпринимательства.",
    "Ранее, в {m} {y} года, стороны договорились учредить совместный инвестиционный фонд.",
    "Банк развития выделит кредитную линию на модернизацию ирригационных систем и насосных станций.",
    "Обсуждалось также сотрудничество в освоении космоса, метеорологии и мониторинге чрезвычайных ситуаций.",
    "Министр сельского хозяйства {c} {name} указал на необходимость внедрения капельного орошения и цифрового учета воды.",
    "Журналисты отмечают, что подобные встречи стали регулярными и проходят ежегодно с {y} года.",
    "Стороны условились регулярно обмениваться информацией и проводить совместные исследования.",
]
MORE_GIVEN = ["Айбека", "Дильшода", "Ерлана", "Жандоса", "Ильхома", "Камола", "Мирзо", "Нодира", "Санжара", "Улугбека", "Шерзода", "Эльдора"]
MORE_FAMILY = ["Абдуллаева", "Бекмуратова", "Джумабаева", "Ибрагимова", "Каримова", "Мамадалиева", "Нурматова", "Омарова", "Саидова",
               "Тажибаева", "Усманова", "Шарипова"]


def varied(i: int) -> dict:
    """A report opened as report(i) does, the rest drawn from VARIED with names and numbers filled in: fewer repeated words,
    as real reports have (report(i) repeats six sentences)."""
    rng = random.Random(i)
    opening = report(i)["text"].split("\n")[:2]
    country, city, _ = rng.choice(PARTNERS)
    lines, pool = list(opening), rng.sample(VARIED, len(VARIED))
    while sum(len(line.split()) for line in lines) < 480 and pool:
        year = rng.randint(2015, 2026)
        lines.append(pool.pop().format(p=country, c=rng.choice(MEMBERS)[0], city=rng.choice(MEMBERS)[1], n=rng.randint(2, 900),
                                       name=f"{rng.choice(GIVEN + MORE_GIVEN)} {rng.choice(FAMILY + MORE_FAMILY)}", y=year, y2=year + 3,
                                       m=rng.choice(MONTHS), d=rng.randint(1, 28)))
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
    for name, make in (("Russian", report), ("Russian, varied", varied), ("English", english_report)):
        reports = [RawReport(origin=f"{name}:{i}", stem=str(i), **make(i)) for i in range(count)]
        words = sum(len(r.text.split()) for r in reports) / count
        first = _seconds(reports, gazetteer)
        later = statistics.median(_seconds(reports, gazetteer) for _ in range(arguments.runs))
        print(f"{name} extraction, one core: first run {count / first:7.1f} reports/s; later runs {count / later:7.1f} reports/s "
              f"{count * words / later:9.0f} words/s (median of {arguments.runs}, {count} reports of {words:.0f} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
