"""Bytes to text: declared charset, BOM, <meta>, detection; empty and binary bodies refused."""

from __future__ import annotations

import codecs

import pytest

from extractors.decode import decode_html
from schemas.errors import InputError

TEXT = "<p>Les données des enfants \u2013 “protégées” à 100 €.</p>"
FRENCH = (
    "<html><body><p>Les données personnelles des enfants sont protégées. Très bien, ça marche"
    " à côté de l'école.</p></body></html>"
)


def test_declared_charset_wins() -> None:
    assert decode_html(TEXT.encode("cp1252"), "windows-1252") == TEXT


def test_iso_8859_1_label_reads_as_windows_1252() -> None:
    """Browsers read latin-1 labels as windows-1252, whose curly quotes and euro pages use."""
    assert decode_html(TEXT.encode("cp1252"), "ISO-8859-1") == TEXT


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="windows-1252">',
        "<meta charset=iso-8859-1>",
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    ],
)
def test_meta_charset_is_used_without_a_declared_one(meta: str) -> None:
    page = f"<html><head>{meta}</head><body>{TEXT}</body></html>"
    assert decode_html(page.encode("cp1252")) == page


def test_utf8_page_without_any_declaration() -> None:
    assert decode_html(TEXT.encode("utf-8")) == TEXT


def test_latin1_page_without_any_declaration_is_detected() -> None:
    assert decode_html(FRENCH.encode("latin-1")) == FRENCH


def test_declared_charset_that_cannot_decode_falls_through() -> None:
    page = "<meta charset='windows-1252'>" + TEXT
    assert decode_html(page.encode("cp1252"), "utf-8") == page


def test_unknown_declared_charset_is_ignored() -> None:
    assert decode_html(TEXT.encode("utf-8"), "x-no-such-charset") == TEXT


def test_byte_order_mark_decides() -> None:
    assert decode_html(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "latin-1") == TEXT
    assert decode_html(TEXT.encode("utf-16")) == TEXT


@pytest.mark.parametrize("body", [b"", b"   \n\t "])
def test_empty_body_is_refused(body: bytes) -> None:
    with pytest.raises(InputError, match="empty"):
        decode_html(body)


def test_binary_body_is_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    with pytest.raises(InputError, match="binary"):
        decode_html(png)


CENTRAL_EUROPEAN = {
    "pl": "Dyżurnet.pl przyjmuje zgłoszenia o nielegalnych treściach. Fundacja prowadzi telefon.",
    "cs": "Linka bezpečí pomáhá dětem, kteří se setkali s kyberšikanou. Národní centrum.",
    "sk": "Linka detskej istoty pomáha deťom a mladým ľuďom. Národné centrum na Slovensku.",
    "hr": "Centar za sigurniji internet i Hrabri telefon pomažu djeci. Savjetovalište radi.",
    "sl": "Center za varnejši internet in svetovalna linija pomagata otrokom in staršem.",
    "hu": "A Kék Vonal Alapítvány ingyenes, éjjel-nappal hívható segélyvonalat működtet.",
}


@pytest.mark.parametrize("codec", ["windows-1250", "iso-8859-2"])
@pytest.mark.parametrize("language", sorted(CENTRAL_EUROPEAN))
def test_undeclared_central_european_page_is_read_in_its_own_code_page(
    language: str, codec: str
) -> None:
    page = f"<html><body><h1>Safer Internet Centre</h1><p>{CENTRAL_EUROPEAN[language]}</p></body>"
    assert decode_html(page.encode(codec)) == page


@pytest.mark.parametrize(
    "text",
    [
        "Protection des mineurs à l'école",
        "Protección de menores en España",
        "Più sicurezza però per i minori",
    ],
)
def test_a_short_undeclared_western_page_is_not_read_as_central_european(text: str) -> None:
    """On a short page the detector ties windows-1252 with windows-1250; à, ñ and ò would
    become the rare ŕ, ň and ň of the Central European reading."""
    page = f"<html><body><p>{text}</p></body></html>"
    assert decode_html(page.encode("latin-1")) == page
