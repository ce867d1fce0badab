"""Synthetic diplomatic reports for benchmarks: varied formats, people, posts, dates and amounts.

Every report is written from templates here; no real article text is used.
"""

from __future__ import annotations

import datetime as dt
import random

PARTNERS = [("Japan", "Japanese", "Tokyo", "Prime Minister"), ("Korea", "South Korean", "Seoul", "President"),
            ("China", "Chinese", "Beijing", "President"), ("EU", "European", "Brussels", "President of the European Council"),
            ("Russia", "Russian", "Moscow", "President"), ("India", "Indian", "New Delhi", "Prime Minister"),
            ("Germany", "German", "Berlin", "Chancellor"), ("Turkey", "Turkish", "Ankara", "President")]
MEMBERS = [("Kazakhstan", "Kazakh", "Astana"), ("Kyrgyzstan", "Kyrgyz", "Bishkek"), ("Tajikistan", "Tajik", "Dushanbe"),
           ("Turkmenistan", "Turkmen", "Ashgabat"), ("Uzbekistan", "Uzbek", "Tashkent")]
GIVEN = ["Aibek", "Nurlan", "Dilnoza", "Farrukh", "Hiroshi", "Min-jun", "Wei", "Anna", "Rustam", "Saida", "Timur", "Kenji",
         "Aruzhan", "Bakhtiyor", "Gulnara", "Marat", "Yuki", "Jin", "Elena", "Omar"]
FAMILY = ["Abenov", "Sultanov", "Karimova", "Nazarov", "Tanaka", "Park", "Zhang", "Muller", "Rakhimov", "Ismoilova",
          "Yusupov", "Sato", "Bekova", "Tursunov", "Alieva", "Kasymov", "Suzuki", "Kim", "Petrova", "Hakimov"]
LEVELS = [("summit", "President"), ("foreign ministers' meeting", "Foreign Minister"), ("senior officials' meeting", "Deputy Foreign Minister")]
ORDINALS = ["first", "second", "third", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th"]
CURRENCIES = [("billion yen", 1), ("billion dollars", 1), ("million euros", 1), ("billion tenge", 1), ("trillion sum", 1)]
AREAS = ["energy transition", "critical minerals", "transport connectivity", "water management", "digital innovation",
         "education", "health care", "agriculture", "tourism", "climate adaptation", "disaster risk reduction"]
FILLER = [
    "The sides exchanged views on regional and international issues of mutual interest.",
    "Particular attention was paid to trade, investment and the development of transport corridors.",
    "The participants noted the growing role of the region as a bridge between Europe and Asia.",
    "They stressed the importance of sustainable development and the rule of law.",
    "Experts said the meeting would give new impetus to practical cooperation in many fields.",
    "Trade between the countries has grown steadily over the past decade, officials noted.",
    "The delegations also discussed the situation in Afghanistan and its impact on regional security.",
    "Business leaders welcomed the plans and called for simpler visa and customs procedures.",
]


def person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def report(seed: int, words: int = 500) -> dict:
    """One report as a JSON Lines record: text, title, published."""
    rng = random.Random(seed)
    partner, demonym, capital, leader_post = rng.choice(PARTNERS)
    level, post = rng.choice(LEVELS)
    host_name, host_demonym, host_city = rng.choice([(partner, demonym, capital), *MEMBERS])
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4000))
    ordinal = rng.choice(ORDINALS)
    host_leader = person(rng)
    lines = [
        f"{host_city.upper()}, {day:%B} {day.day} – The {ordinal} {level} of the Central Asia plus {partner} format "
        f"was held in {host_city} on {day:%B} {day.day}, {day.year}, chaired by {host_demonym} {post} {host_leader}.",
    ]
    guests = rng.sample(MEMBERS, 3)
    lines.append("It brought together " + ", ".join(f"{d} {post} {person(rng)}" for _, d, _ in guests[:-1])
                 + f" and {guests[-1][1]} {post} {person(rng)}.")
    amount = rng.randint(2, 900)
    unit, _ = rng.choice(CURRENCIES)
    area, other_area = rng.sample(AREAS, 2)
    lines.append(f"The {demonym} side proposed a new partnership on {area}, and the parties agreed to cooperate in {other_area}.")
    lines.append(f"The leaders set a target of {amount} {unit} in joint projects over the next {rng.randint(3, 10)} years.")
    lines.append(f"More than {rng.randint(5, 200)} documents were signed, and a Joint Statement was adopted.")
    lines.append(f"{host_leader.split()[-1]} also held bilateral talks with {guests[0][1]} {post} {person(rng)}.")
    lines.append(f"The next meeting will be held in {rng.choice(MEMBERS)[2]} in {day.year + 1}.")
    while sum(len(line.split()) for line in lines) < words:
        lines.append(rng.choice(FILLER))
    published = day + dt.timedelta(days=rng.randint(0, 2))
    return {"text": "\n\n".join(lines), "title": f"{partner} and Central Asia hold {ordinal} {level}",
            "published": published.isoformat(), "publisher": f"Synthetic Wire {seed % 7}", "url": f"https://example.org/{seed}"}
