"""Pages in any charset, and compressed pages and files: decoded right, or refused with a clear error."""

from __future__ import annotations

import bz2
import codecs
import gzip
import lzma
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import LimitError, Limits, ParseError
from newsdoc.decoding import decode_page, unpack
from newsdoc.files import decode, guess_format

from .conftest import benchmark_module


@dataclass(frozen=True)
class Case:
    """A short news article, and the charset its page is written in."""

    codec: str
    """The Python codec the page's bytes are written with."""
    label: str
    """What the page's ``<meta charset>`` says when it is declared."""
    lang: str
    headline: str
    paragraphs: tuple[str, ...]

    def page(self, *, declared: bool) -> str:
        meta = f'<meta charset="{self.label}">' if declared else ""
        body = "".join(f"<p>{paragraph}</p>\n" for paragraph in self.paragraphs)
        return (
            f'<!DOCTYPE html>\n<html lang="{self.lang}"><head>{meta}<title>{self.headline}</title></head>\n'
            f"<body><article><h1>{self.headline}</h1>\n{body}</article></body></html>\n"
        )


CASES = {
    "utf-8": Case(
        "utf-8",
        "utf-8",
        "pl",
        "Nowy most na Wiśle otwarty po trzech latach budowy",
        (
            "W sobotę rano mieszkańcy Płocka po raz pierwszy przeszli nowym mostem pieszo-rowerowym, który łączy"
            " stare miasto z dzielnicą Radziwie.",
            "Budowa kosztowała 96 milionów złotych i trwała o osiem miesięcy dłużej, niż zakładał pierwotny"
            " harmonogram. Opóźnienie wynikało głównie z wysokiego stanu wody jesienią.",
            "Emerytowana nauczycielka, która codziennie dojeżdża do pracy rowerem, powiedziała, że mieszkańcy"
            " czekali na tę przeprawę od dziesięcioleci.",
            "Władze miasta zapowiadają, że w przyszłym roku wzdłuż obu brzegów powstaną ścieżki spacerowe i"
            " punkty widokowe.",
            "Ruch samochodowy na moście nie będzie dozwolony, z wyjątkiem pojazdów służb ratunkowych.",
        ),
    ),
    # Declared, UTF-16 says so with its byte-order mark: its <meta> is not ASCII bytes, so no browser reads it.
    "utf-16": Case(
        "utf-16",
        "utf-16",
        "el",
        "Ο δήμος Θεσσαλονίκης φυτεύει χίλια δέντρα στην παραλία",
        (
            "Το πρόγραμμα ξεκίνησε τη Δευτέρα με τη φύτευση πλατανιών και λευκών κατά μήκος του πεζόδρομου.",
            "Σύμφωνα με τον αντιδήμαρχο πρασίνου, τα νέα δέντρα θα μειώσουν τη θερμοκρασία του εδάφους τους"
            " καλοκαιρινούς μήνες.",
            "Εθελοντές από σχολεία της πόλης βοήθησαν στο πότισμα και στην τοποθέτηση προστατευτικών πασσάλων.",
            "Οι εργασίες αναμένεται να ολοκληρωθούν πριν από τα τέλη Μαρτίου, εφόσον ο καιρός το επιτρέψει.",
        ),
    ),
    # Bytes 0x80-0x9F (’ € – œ) are letters and punctuation in windows-1252 and controls in ISO-8859-1.
    "windows-1252": Case(
        "cp1252",
        "windows-1252",
        "fr",
        "À Lyon, les bouchons rouvrent leurs portes après l’été",
        (
            "Après deux mois de fermeture estivale, les restaurants traditionnels du Vieux-Lyon accueillent de"
            " nouveau leurs habitués, souvent dès l’ouverture à midi.",
            "« Nous avons refait la cuisine et changé la carte », explique la gérante d’un établissement de la rue"
            " Saint-Jean, qui propose désormais un menu du jour à 24 €.",
            "Les clients retrouvent les plats qui ont fait la réputation de la ville : quenelles, tablier de sapeur"
            " et cervelle de canut, accompagnés d’un pot de côtes-du-rhône.",
            "La chambre de commerce estime que la fréquentation a progressé de 8 % sur un an, portée par le retour"
            " des visiteurs étrangers – notamment américains et britanniques.",
            "Pour les restaurateurs, le principal défi reste le recrutement : plusieurs maisons cherchent encore"
            " un second de cuisine ou un œnologue pour la saison.",
        ),
    ),
    # German letters sit where windows-1250 has them too: undeclared, detection may name either.
    "iso-8859-1/de": Case(
        "iso-8859-1",
        "iso-8859-1",
        "de",
        "Hamburger Hafen meldet Rekord beim Containerumschlag",
        (
            "Der Hamburger Hafen hat im ersten Halbjahr so viele Container umgeschlagen wie nie zuvor. Die"
            " Hafengesellschaft führt das vor allem auf neue Liniendienste nach Südostasien zurück.",
            "Besonders stark wuchs der Verkehr mit Häfen in Vietnam und Malaysia. Dort lassen immer mehr"
            " europäische Firmen Möbel, Textilien und Elektronik fertigen.",
            "Die Gewerkschaft äußerte sich dennoch zurückhaltend. Viele Beschäftigte müssten weiterhin Überstunden"
            " leisten, weil Fachkräfte für die Großgeräte fehlten.",
            "Umweltverbände kritisieren die geplante Vertiefung der Elbe. Sie befürchten, dass Fische und Vögel im"
            " Mündungsgebiet darunter leiden.",
            "Der Senat will im Herbst über die Finanzierung eines weiteren Terminals entscheiden.",
        ),
    ),
    # Spanish scores the same in windows-1250, which reads ñ as ń: a tie goes to windows-1252.
    "iso-8859-1/es": Case(
        "iso-8859-1",
        "latin1",
        "es",
        "Sevilla estrena un tranvía que cruza el río hasta Triana",
        (
            "El nuevo tranvía de Sevilla comenzó a circular el lunes por la mañana entre la estación de Santa"
            " Justa y el barrio de Triana, después de casi cuatro años de obras.",
            "Según el ayuntamiento, el trayecto completo dura veinte minutos y los convoyes pasarán cada siete"
            " minutos en las horas de más tráfico.",
            "Muchos vecinos se acercaron a la parada del puente para ver el primer viaje. Una jubilada que vive"
            " junto a la plaza del Altozano contó que llevaba años esperándolo.",
            "Los comerciantes de la zona temen, sin embargo, que las obras pendientes en la calle San Jacinto"
            " sigan afectando a sus ventas durante el otoño.",
            "El billete sencillo costará un euro con cuarenta céntimos, y los niños menores de doce años viajarán"
            " gratis.",
        ),
    ),
    "windows-1251": Case(
        "cp1251",
        "windows-1251",
        "ru",
        "В Казани открылся первый в регионе музей советской техники",
        (
            "Экспозиция разместилась в бывшем заводском цехе на окраине города и занимает почти три тысячи"
            " квадратных метров.",
            "Посетители могут увидеть легковые автомобили, мотоциклы, радиоприёмники и холодильники, выпущенные с"
            " пятидесятых по восьмидесятые годы.",
            "Большую часть экспонатов собрал местный предприниматель, который более двадцати лет покупал старые"
            " вещи у коллекционеров и на сельских ярмарках.",
            "По словам организаторов, в первые выходные музей посетили около четырёх тысяч человек, а у входа"
            " выстроилась очередь.",
            "Билет для взрослых стоит триста рублей, школьники и пенсионеры проходят бесплатно по средам.",
        ),
    ),
    "koi8-r": Case(
        "koi8-r",
        "koi8-r",
        "ru",
        "Морозы в Якутии побили рекорд тридцатилетней давности",
        (
            "В ночь на четверг столбик термометра в Оймяконе опустился до минус шестидесяти трёх градусов,"
            " сообщили синоптики.",
            "Занятия в школах региона отменены для всех классов, а общественный транспорт ходит по сокращённому"
            " расписанию.",
            "Местные жители говорят, что привыкли к сильным холодам, но просят не оставлять машины без присмотра"
            " с выключенным двигателем.",
            "Врачи напоминают, что на таком морозе обморожение можно получить всего за несколько минут, и советуют"
            " закрывать лицо шарфом.",
            "Потепление синоптики ожидают не раньше следующей недели.",
        ),
    ),
    "shift_jis": Case(
        "shift_jis",
        "shift_jis",
        "ja",
        "京都の老舗和菓子店、創業三百年を記念して新作を発表",
        (
            "京都市中京区にある和菓子店が、創業三百年を記念した新しい生菓子を十日から販売すると発表した。",
            "新作は地元で採れた柚子と白あんを使い、秋の紅葉をかたどった色合いに仕上げたという。",
            "店主は記者会見で「伝統を守りながらも、若い人に手に取ってもらえる菓子を作りたかった」と話した。",
            "店では記念期間中、職人が菓子を作る様子を見学できる催しも予定している。",
            "販売は一日限定二百個で、予約は受け付けないということだ。",
        ),
    ),
    "euc-jp": Case(
        "euc_jp",
        "euc-jp",
        "ja",
        "北海道で記録的な大雪、交通機関に乱れ",
        (
            "北海道の各地では週末から雪が降り続き、札幌市内の積雪は一晩で五十センチを超えた。",
            "新千歳空港では百便以上が欠航し、ロビーで夜を明かす旅行者の姿も見られた。",
            "鉄道各社は一部の路線で運転を見合わせており、再開の見通しは立っていない。",
            "気象台は、屋根からの落雪や路面の凍結に十分注意するよう呼びかけている。",
            "雪は明日の午後にはおさまる見込みだという。",
        ),
    ),
    "gb18030": Case(
        "gb18030",
        "gb18030",
        "zh-CN",
        "成都新建地铁线路正式开通运营",
        (
            "成都地铁新线路于周六上午正式开通，全长约四十公里，共设二十六座车站。",
            "这条线路连接城市东部的居民区和西南方向的高新技术产业园区，预计每天可以运送乘客超过三十万人次。",
            "不少市民一早就来到车站体验，有人表示以前上班需要一个多小时，现在只需要四十分钟。",
            "运营公司介绍，开通初期列车间隔为六分钟，高峰时段将根据客流情况进行调整。",
            "据悉，另外两条线路也将在明年年底前建成。",
        ),
    ),
    "big5": Case(
        "big5",
        "big5",
        "zh-TW",
        "台南古蹟修復完成 重新開放參觀",
        (
            "位於台南市中西區的百年古蹟經過兩年修復，本週末起重新對外開放。",
            "修復團隊表示，工程盡量保留原有的木構造與磚牆，只替換已經腐朽的部分。",
            "市政府文化局指出，古蹟內將設置導覽解說，讓民眾了解當年的建築工法與生活樣貌。",
            "開放首日吸引許多家庭前來參觀，附近的小吃店也湧入排隊人潮。",
            "文化局提醒，館內禁止飲食，參觀時請勿觸摸展示文物。",
        ),
    ),
    "euc-kr": Case(
        "euc_kr",
        "euc-kr",
        "ko",
        "부산 해운대에 새로운 해양 박물관 문 열어",
        (
            "부산 해운대구에 바다 생물과 조선 산업의 역사를 소개하는 해양 박물관이 다음 달 문을 연다.",
            "박물관은 지하 일 층부터 지상 사 층까지 모두 다섯 개 층으로 이루어져 있으며, 대형 수족관과 체험"
            " 공간을 갖추고 있다.",
            "관계자는 어린이들이 직접 만지고 배울 수 있는 전시를 많이 준비했다고 설명했다.",
            "개관 첫 주에는 지역 주민에게 입장료를 받지 않을 예정이다.",
            "시는 박물관이 관광객을 끌어들여 주변 상권에도 도움이 될 것으로 기대하고 있다.",
        ),
    ),
}


def _read(article: newsdoc.Article) -> tuple[str | None, list[tuple[str, str]]]:
    return article.title, [(type(b).__name__, newsdoc.model.plain_text(b)) for b in article.blocks]


def _expected(case: Case) -> tuple[str | None, list[tuple[str, str]]]:
    return case.headline, [("Paragraph", paragraph) for paragraph in case.paragraphs]


def _bytes(case: Case, *, declared: bool) -> bytes:
    # Undeclared UTF-16 has no byte-order mark either: only its zero bytes say what it is.
    codec = "utf-16-le" if case.codec == "utf-16" and not declared else case.codec
    return case.page(declared=declared).encode(codec)


@pytest.mark.parametrize("name", CASES)
def test_the_page_as_text_reads_as_written(name: str) -> None:
    """The control: the tests below fail only for the charset, not for how the article is read."""
    case = CASES[name]
    assert _read(newsdoc.parse_html(case.page(declared=False))) == _expected(case)


@pytest.mark.parametrize("name", CASES)
def test_declared_page(name: str) -> None:
    case = CASES[name]
    assert _read(newsdoc.parse_html(_bytes(case, declared=True))) == _expected(case)


@pytest.mark.parametrize("name", CASES)
def test_undeclared_page(name: str) -> None:
    case = CASES[name]
    assert _read(newsdoc.parse_html(_bytes(case, declared=False))) == _expected(case)


def test_the_charset_of_the_http_header_wins_over_the_page() -> None:
    case = CASES["windows-1251"]
    data = case.page(declared=True).replace("windows-1251", "iso-8859-1").encode("cp1251")
    assert _read(newsdoc.parse_html(data)) != _expected(case)  # the page's own (wrong) word is taken
    assert _read(newsdoc.parse_html(data, encoding="windows-1251")) == _expected(case)
    assert _read(newsdoc.html.parse_page(data, encoding="cp1251").article) == _expected(case)


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("utf8", "utf-8"),
        ("Shift-JIS", "shift_jis"),
        ("x-sjis", "shift_jis"),
        ("SJIS", "shift_jis"),
        ("latin1", "cp1252"),
        ("ISO-8859-1", "cp1252"),
        ("us-ascii", "cp1252"),
        ("gb2312", "gb18030"),
        ("x-gbk", "gb18030"),
        ("ks_c_5601-1987", "euc_kr"),
        ("KOI8-R", "koi8-r"),
        ("x-mac-cyrillic", "mac-cyrillic"),
    ],
)
def test_charset_names_as_browsers_read_them(label: str, codec: str) -> None:
    text = {"shift_jis": "京都", "gb18030": "成都", "euc_kr": "부산", "koi8-r": "Якутия", "mac-cyrillic": "Казань"}
    word = text.get(codec, "“Café” à 24 €" if codec == "cp1252" else "Płock")
    data = f"<p>{word}</p>".encode(codec)
    assert decode_page(data, encoding=label) == f"<p>{word}</p>"
    # The page's declaration is read with the same names.
    page = f'<meta charset="{label}"><p>{word}</p>'
    assert decode_page(page.encode(codec)) == page


@pytest.mark.parametrize("label", ["klingon", "base64", "idna", "utf-7", ""])
def test_an_unknown_charset_from_the_caller_is_refused(label: str) -> None:
    with pytest.raises(ParseError, match=f"unknown encoding {label!r}"):
        newsdoc.parse_html(b"<p>Hello.</p>", encoding=label)


def test_a_declaration_of_no_known_charset_is_passed_over() -> None:
    page = '<meta charset="klingon"><meta charset="koi8-r"><p>Якутия</p>'
    assert decode_page(page.encode("koi8-r")) == page
    page = '<meta charset="x-unheard-of"><p>Płock</p>'
    assert decode_page(page.encode("utf-8")) == page


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        ('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', "cp932"),
        ("<META HTTP-EQUIV=content-type CONTENT='text/html;charset=euc-jp'>", "euc_jp"),
        ('<?xml version="1.0" encoding="windows-1251"?>', "cp1251"),
        ("<meta charset=koi8-r>", "koi8-r"),
    ],
)
def test_the_ways_a_page_declares_its_charset(head: str, codec: str) -> None:
    word = {"cp932": "京都", "euc_jp": "札幌"}.get(codec, "Казань")
    page = f"{head}<p>{word}</p>"
    assert decode_page(page.encode(codec)) == page


def test_a_declaration_in_a_comment_or_past_4_kb_is_not_read() -> None:
    page = "<!-- <meta charset=koi8-r> --><p>Płock</p>"
    assert decode_page(page.encode("utf-8")) == page
    page = "<!--" + " " * 5000 + '--><meta charset="cp1251"><p>Płock</p>'
    assert decode_page(page.encode("utf-8")) == page


@pytest.mark.parametrize(
    ("mark", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_a_byte_order_mark_wins_over_the_declaration_and_the_caller(mark: bytes, codec: str) -> None:
    page = '<meta charset="windows-1252"><p>Казань, 京都</p>'
    data = mark + page.encode(codec)
    assert decode_page(data) == page
    assert decode_page(data, encoding="koi8-r") == page


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_pages_without_a_mark_are_told_by_their_zero_bytes(codec: str) -> None:
    # An English page in UTF-16 is valid UTF-8 too, with a zero after every letter.
    for page in ["<html><p>Płock, Казань, 京都</p></html>", "<html><p>Hello, world.</p></html>"]:
        assert decode_page(page.encode(codec)) == page


def test_a_declared_or_utf8_page_never_runs_the_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: bytes, **options: object) -> None:
        raise AssertionError("detection ran")

    monkeypatch.setattr(charset_normalizer, "from_bytes", refuse)
    for case in CASES.values():
        assert _read(newsdoc.parse_html(_bytes(case, declared=True))) == _expected(case)
        # a country's domain changes nothing a page or its header declares
        assert _read(newsdoc.parse_html(_bytes(case, declared=True), url="https://news.example.ru/")) == _expected(case)
    assert _read(newsdoc.parse_html(_bytes(CASES["utf-8"], declared=False))) == _expected(CASES["utf-8"])
    with pytest.raises(AssertionError, match="detection ran"):
        newsdoc.parse_html(_bytes(CASES["koi8-r"], declared=False))


def test_detection_looks_among_the_charsets_of_the_pages_country_first(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    real = charset_normalizer.from_bytes

    def spy(data: bytes, **options: object) -> charset_normalizer.CharsetMatches:
        asked.append(options.get("cp_isolation"))
        return real(data, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(charset_normalizer, "from_bytes", spy)
    page = "<p>Şehir köprüyü açtı.</p>"
    for url in ("https://haber.example.com.tr/a", "HTTPS://HABER.EXAMPLE.TR.:8443/a"):
        assert decode_page(page.encode("cp1254"), url=url) == page
    assert asked == [["cp1254"], ["cp1254"]]
    asked.clear()
    for url in (None, "", "https://news.example.com/a", "https://[::1]/a", "not an address", "http://[broken/"):
        decode_page(page.encode("cp1254"), url=url)
    assert len(asked) == 6  # no country: detection among all the web's charsets
    assert ["cp1254"] not in asked
    # A page in none of its country's charsets (Russian, at a Japanese address) is detected among all.
    russian = "<p>Паром вышел из порта рано утром.</p>"
    asked.clear()
    assert decode_page(russian.encode("cp1251"), url="https://news.example.jp/") == russian
    assert asked[0] == ["cp932", "euc_jp", "iso2022_jp"]
    assert len(asked) == 2


def test_bytes_nothing_knows_are_read_as_windows_1252(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data, **options: charset_normalizer.CharsetMatches())
    assert decode_page(b"<p>caf\xe9 \x80</p>") == "<p>café €</p>"


@given(st.binary(max_size=300), st.sampled_from([None, "utf-8", "utf-16", "shift_jis", "iso-8859-1", "big5"]))
def test_any_bytes_give_text(data: bytes, encoding: str | None) -> None:
    try:
        text = decode_page(data, encoding=encoding)
    except ParseError as error:  # only bytes that start as a picture's, a PDF's or a ZIP file's
        refused = str(error)
    else:
        text.encode("utf-8")  # no lone surrogate
        return
    assert refused.startswith("byte 0: these bytes are ")
    assert data[:3] in {b"\x89PN", b"GIF", b"\xff\xd8\xff", b"RIF", b"%PD", b"PK\x03"}


# Compressed pages and files.

PAGE = CASES["euc-jp"].page(declared=True).encode("euc_jp")
COMPRESSORS = {
    "gzip": gzip.compress,
    "bzip2": bz2.compress,
    "xz": lzma.compress,
    "lzma": lambda data: lzma.compress(data, format=lzma.FORMAT_ALONE),
}


@pytest.mark.parametrize("kind", COMPRESSORS)
def test_a_compressed_page_reads_as_the_page(kind: str) -> None:
    packed = COMPRESSORS[kind](PAGE)
    assert unpack(packed, Limits()) == PAGE
    assert _read(newsdoc.parse_html(packed)) == _expected(CASES["euc-jp"])


def test_gzip_of_several_members_is_read_whole() -> None:
    assert unpack(gzip.compress(PAGE[:100]) + gzip.compress(PAGE[100:]), Limits()) == PAGE


def test_gzip_inside_gzip_is_unpacked_once() -> None:
    inner = gzip.compress(PAGE)
    assert unpack(gzip.compress(inner), Limits()) == inner


@pytest.mark.parametrize("kind", COMPRESSORS)
def test_broken_compressed_data_is_refused_naming_its_format(kind: str) -> None:
    packed = COMPRESSORS[kind](PAGE)
    with pytest.raises(ParseError, match=f"^{kind} data is broken: "):
        newsdoc.parse_html(packed[: len(packed) // 2])
    damaged = packed[:40] + bytes(b ^ 0x55 for b in packed[40:80]) + packed[80:]
    with pytest.raises(ParseError, match=f"^{kind} data is broken: "):
        unpack(damaged, Limits())


def test_a_gzip_bomb_stops_at_the_limit() -> None:
    # 300 MiB of zeros in 30 members of 10 MiB: the first passes the limit on its own.
    gzip_bomb = gzip.compress(bytes(10 * 2**20)) * 30
    assert len(gzip_bomb) < 1_000_000
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(LimitError, match=r"bytes or more when unpacked, over max_size=10000000"):
            newsdoc.parse_html(gzip_bomb, limits=Limits(max_size=10_000_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - start < 5
    assert peak < 15_000_000  # the limit and a piece of it, not 300 MiB


def test_a_page_at_the_limit_unpacked_is_read() -> None:
    assert unpack(gzip.compress(PAGE), Limits(max_size=len(PAGE))) == PAGE
    with pytest.raises(LimitError):
        unpack(gzip.compress(PAGE), Limits(max_size=len(PAGE) - 1))


def test_other_bytes_pass_through() -> None:
    for data in [b"", b"<p>Hi</p>", b"\x1f", b"BZh9 is not bzip2", PAGE]:
        assert unpack(data, Limits()) == data


# load() and the file formats.


def test_load_a_gzipped_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE))
    assert _read(newsdoc.load(path)) == _expected(CASES["euc-jp"])


def test_load_passes_the_charset_of_the_http_header(tmp_path: Path) -> None:
    case = CASES["koi8-r"]
    path = tmp_path / "page.html.xz"
    path.write_bytes(lzma.compress(case.page(declared=True).replace("koi8-r", "windows-1251").encode("koi8-r")))
    assert _read(newsdoc.load(path)) != _expected(case)
    assert _read(newsdoc.load(path, encoding="koi8-r")) == _expected(case)


def test_load_gzipped_json_without_a_suffix(tmp_path: Path) -> None:
    article = newsdoc.parse_html(PAGE)
    path = tmp_path / "article"
    path.write_bytes(gzip.compress(newsdoc.to_json(article).encode("utf-8")))
    assert guess_format(str(path), path.read_bytes()) == "json"
    assert newsdoc.load(path) == article


@pytest.mark.parametrize(
    ("name", "kind"),
    [("article.json.gz", "json"), ("article.md.bz2", "markdown"), ("article.txt.xz", "text"), ("page.htm.gz", "html")],
)
def test_load_each_format_compressed_by_its_name(tmp_path: Path, name: str, kind: str) -> None:
    article = newsdoc.parse_html(PAGE)
    text = {"json": newsdoc.to_json, "markdown": newsdoc.to_markdown, "text": newsdoc.to_text, "html": newsdoc.to_html}
    data = text[kind](article).encode("utf-8")
    packer = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}[Path(name).suffix]
    (tmp_path / name).write_bytes(packer(data))
    assert guess_format(name, packer(data)) == kind
    assert guess_format(name.rsplit(".", 1)[0], data) == kind
    expected = newsdoc.parse_text(data.decode("utf-8")) if kind == "text" else article
    assert newsdoc.load(tmp_path / name) == expected


def test_text_formats_stay_utf8_with_their_byte_order_mark() -> None:
    assert decode(b"\xef\xbb\xbfHello") == "\ufeffHello"
    assert decode(gzip.compress(b"\xef\xbb\xbfHello")) == "\ufeffHello"
    with pytest.raises(ParseError, match=r"not UTF-8 text \(byte 1\)"):
        decode(gzip.compress("Sé".encode("latin-1")))
    with pytest.raises(ParseError, match="gzip data is broken"):
        decode(gzip.compress(b"Hello")[:-5])


@pytest.mark.parametrize(("suffix", "kind"), [(".txt", "text"), (".md", "markdown"), (".json", "json")])
def test_a_file_that_opens_with_a_byte_order_mark_reads_as_one_without(tmp_path: Path, suffix: str, kind: str) -> None:
    """Notepad and PowerShell open a UTF-8 file with a byte-order mark: it marks the encoding, and is no word."""
    text = "Ferry Returns\n\nThe ferry is back. (Photo: Mara Lind)\n\nThe lake ferry resumed on Monday.\n"
    article = newsdoc.parse_text(text)
    assert article.title == "Ferry Returns"
    written = {"text": newsdoc.to_text, "markdown": newsdoc.to_markdown, "json": newsdoc.to_json}[kind](article)
    path = tmp_path / f"article{suffix}"
    path.write_bytes(codecs.BOM_UTF8 + written.encode("utf-8"))
    loaded = newsdoc.load(path)
    if kind == "text":  # the mark stays, before the first block, so that the file comes back byte for byte
        assert [(type(b), b.text) for b in loaded.blocks] == [(type(b), b.text) for b in article.blocks]
        assert (loaded.title, loaded.blocks[0].spacing) == (article.title, "\ufeff")
        assert newsdoc.to_text(loaded).encode("utf-8") == path.read_bytes()
    else:
        assert loaded == article


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a WebP image"),
        (b"%PDF-1.7\n%\xe2\xe3", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
    ],
)
def test_a_file_that_is_no_text_is_refused_by_name(head: bytes, kind: str, tmp_path: Path) -> None:
    # A crawl saves pictures and downloads under page names; read as text they would be one
    # paragraph of noise, and a batch would count them as converted.
    data = head + b"<p>noise</p>" * 20
    with pytest.raises(ParseError, match=f"^byte 0: these bytes are {kind}, not a web page$"):
        newsdoc.parse_html(data)
    misnamed = tmp_path / "story.html"
    misnamed.write_bytes(data)
    with pytest.raises(ParseError, match=kind):
        newsdoc.load(misnamed)


def test_a_page_that_only_mentions_a_format_is_read() -> None:
    article = newsdoc.parse_html(b"<p>The report, a PDF of forty pages, was released on Monday afternoon.</p>")
    assert [block.text for block in article.blocks] == [
        "The report, a PDF of forty pages, was released on Monday afternoon."
    ]


@pytest.mark.parametrize(("language", "codec"), [("Russian", "cp1251"), ("Arabic", "cp1256"), ("Spanish", "cp1252")])
def test_short_undeclared_pages_are_read_in_a_charset_of_the_web(language: str, codec: str) -> None:
    # A page of a sentence or three reads as well in a Mac or DOS code page, which no detector of the web picks
    with benchmark_module("charsets") as charsets:
        for paragraph in charsets.pages(charsets.SENTENCES[language][1]):
            assert charsets.read(paragraph, codec) == [paragraph]
