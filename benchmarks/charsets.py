"""How often parse_html reads a short page without a declared charset in the charset it was written in.

Usage::

    python benchmarks/charsets.py [--misses]

A page that declares no charset, and is no valid UTF-8, is read in the charset that detection
finds; the fewer its words, the less they tell. Each page here is a headline and one to three
sentences of one language (every combination of the sentences below, written for this check),
encoded in a charset that language is written in on the web. Each is read twice: alone, and
with an address at a domain of a country where the language is written (``url=``), as a
crawler or a WARC file gives it. A page reads right when its paragraph comes back as written.
The script prints, for each language and charset, the pages read right both ways of those
made, and the totals; ``--misses`` also prints each page read wrong, as read.
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterator

import newsdoc

# Sentences of each language, and the charsets its pages are written in.
SENTENCES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Russian": (
        ("cp1251", "koi8_r"),
        (
            "Паром вышел из порта рано утром.",
            "Пассажиры были очень довольны поездкой.",
            "Поезд прибыл в Москву с опозданием.",
            "Парламент принял новый закон о налогах.",
            "Погода в Перми была холодной весь день.",
            "Жители давно ждали этого дня.",
        ),
    ),
    "Polish": (
        ("iso8859_2", "cp1250"),
        (
            "Żółta łódź płynęła szybko przez jezioro.",
            "Właściciel był bardzo zadowolony z połowu.",
            "Ślusarz naprawił zamek w drzwiach.",
            "Źródło wody znajduje się pod górą.",
            "Mieszkańcy czekali na most od dziesięcioleci.",
            "Ąę to polskie litery z ogonkami.",
        ),
    ),
    "Czech": (
        ("cp1250", "iso8859_2"),
        (
            "Příliš žluťoučký kůň úpěl ďábelské ódy.",
            "Cestující byli s plavbou velmi spokojeni.",
            "Šťastný rybář chytil velkou štiku.",
            "Město otevřelo nový most přes řeku.",
        ),
    ),
    "Turkish": (
        ("cp1254",),
        (
            "Gemi sabah erkenden limandan ayrıldı.",
            "Yolcular yolculuktan çok memnundu.",
            "Şehir yeni köprüyü cumartesi günü açtı.",
            "Öğrenciler ığdır'a gitti.",
        ),
    ),
    "Greek": (
        ("cp1253", "iso8859_7"),
        (
            "Το πλοίο έφυγε από το λιμάνι νωρίς το πρωί.",
            "Οι επιβάτες ήταν ευχαριστημένοι.",
            "Η γέφυρα άνοιξε το Σάββατο.",
        ),
    ),
    "Hebrew": (
        ("cp1255",),
        ("הספינה יצאה מהנמל מוקדם בבוקר.", "הנוסעים היו מרוצים מאוד מהנסיעה.", "הגשר החדש נפתח ביום שבת."),
    ),
    "Arabic": (
        ("cp1256",),
        ("غادرت السفينة الميناء في الصباح الباكر.", "كان الركاب سعداء جدا بالرحلة.", "افتتح الجسر الجديد يوم السبت."),
    ),
    "French": (
        ("cp1252",),
        (
            "Le café est fermé à cause de la grève.",
            "Les élèves déçus attendent à l'arrêt.",
            "Le pont a été ouvert samedi.",
        ),
    ),
    "German": (
        ("cp1252",),
        (
            "Die Fähre verließ den Hafen früh am Morgen.",
            "Die Fahrgäste waren sehr zufrieden.",
            "Die Brücke ist eröffnet.",
        ),
    ),
    "Spanish": (
        ("cp1252",),
        (
            "El ferry salió del puerto por la mañana.",
            "Los pasajeros estaban muy contentos con el año.",
            "Se abrió el sábado.",
        ),
    ),
    "Lithuanian": (
        ("cp1257",),
        (
            "Keltas išplaukė iš uosto anksti ryte.",
            "Keleiviai buvo labai patenkinti kelione.",
            "Tiltas atidarytas šeštadienį.",
        ),
    ),
    "Thai": (("cp874",), ("เรือออกจากท่าเรือในตอนเช้า", "ผู้โดยสารมีความสุขมากกับการเดินทาง", "สะพานใหม่เปิดเมื่อวันเสาร์")),
}


# A country's domain that pages in each language come from, for parse_html(url=...).
DOMAINS = {
    "Russian": "ru",
    "Polish": "pl",
    "Czech": "cz",
    "Turkish": "tr",
    "Greek": "gr",
    "Hebrew": "il",
    "Arabic": "eg",
    "French": "fr",
    "German": "de",
    "Spanish": "es",
    "Lithuanian": "lt",
    "Thai": "th",
}


def pages(sentences: tuple[str, ...]) -> Iterator[str]:
    """The paragraph of each page: every combination of one to three of *sentences*."""
    for count in (1, 2, 3):
        for chosen in itertools.combinations(sentences, count):
            yield " ".join(chosen)


def read(paragraph: str, codec: str, url: str | None = None) -> list[str]:
    """The words of the blocks parse_html reads from a page of *paragraph* in *codec*, no charset declared."""
    page = (
        f"<html><head><title>News</title></head><body><article><h1>News</h1><p>{paragraph}</p></article></body></html>"
    )
    return [getattr(block, "text", "") for block in newsdoc.parse_html(page.encode(codec), url=url).blocks]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print each page read wrong, as read")
    args = parser.parse_args(argv)
    print("language    charset    alone  from its country's domain")
    right = [0, 0]
    made = 0
    for language, (codecs, sentences) in SENTENCES.items():
        url = f"https://news.example.{DOMAINS[language]}/story"
        for codec in codecs:
            good = [0, 0]
            count = 0
            for paragraph in pages(sentences):
                for i, got in enumerate((read(paragraph, codec), read(paragraph, codec, url))):
                    good[i] += got == [paragraph]
                    if args.misses and got != [paragraph]:
                        print(f"  miss {language}/{codec}{' from ' + url if i else ''}: {' | '.join(got)}")
                count += 1
            print(f"{language:<11} {codec:<10} {good[0]:>3} {good[1]:>3} of {count:>3}")
            right, made = [r + g for r, g in zip(right, good, strict=True)], made + count
    totals = f"{right[0]:>3} {right[1]:>3} of {made:>3}"
    print(f"all                    {totals} pages read in the charset they were written in")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
