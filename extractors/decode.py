"""Bytes to text for HTML pages: declared charset, then the page's own meta, then detection."""

from __future__ import annotations

import codecs
import re
from typing import Any

from charset_normalizer import CharsetMatches, from_bytes

from schemas.errors import InputError

# Only the head of a page may declare its charset; scanning a bounded prefix keeps this cheap
# on several-MB pages.
_META_SCAN_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
# Bytes that never occur in text: NUL and the C0 controls other than tab, newlines, FF, ESC.
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_BINARY_SHARE = 0.01
_LATIN_LOOKALIKES = frozenset(
    {"cp1254", "cp1257", "cp1258", "hp-roman8"}
    | {"iso8859-4", "iso8859-9", "iso8859-10", "iso8859-13", "iso8859-15"}
)
# Single-byte code pages of the watched sites' languages, tried after the detector's guess:
# Western European first, then the two Central European ones: text without any byte in
# 0x80-0x9f reads the same letters both ways and is ISO 8859-2, as windows-1250 text nearly
# always holds one of its letters there (š, ž, ś, ź, ť).
_SINGLE_BYTE_CANDIDATES = ("cp1252", "iso8859-2", "cp1250")
# A non-ASCII character between two letters; only one that is no letter is implausible.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_MIN_VALID_PER_STRAY = 20
_NON_ASCII_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])")
_C1_CONTROL = re.compile("[\x80-\x9f]")
_C1_BYTE = re.compile(rb"[\x80-\x9f]")
_IMPLAUSIBLE_SCAN_CHARS = 200_000
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _codec_name(label: str | None) -> str | None:
    """The Python codec for a charset label, or None when the label is unknown.

    Browsers read iso-8859-1 and ascii labels as windows-1252 (WHATWG Encoding), and pages
    labelled so routinely contain its extra characters (curly quotes, euro sign).
    """
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    if name in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return name


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:_META_SCAN_BYTES])
    return _codec_name(match.group(1).decode("ascii", "replace")) if match else None


def _is_binary(body: bytes) -> bool:
    sample = body[: _META_SCAN_BYTES * 4]
    return len(_BINARY_BYTES.findall(sample)) > _BINARY_SHARE * len(sample)


def _try_decode(body: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return _utf8_with_stray_bytes(body) if codec == "utf-8" else None


def _utf8_with_stray_bytes(body: bytes) -> str | None:
    """A UTF-8 page with a few stray bytes (a Latin-1 "ä" in a script comment) is UTF-8.

    Text in another code page has hardly any valid multi-byte sequence, so the page is read as
    UTF-8 (stray bytes replaced) only when its valid non-ASCII characters far outnumber them.
    """
    text = body.decode("utf-8", errors="replace")
    stray = text.count("\ufffd")
    valid = len(_NON_ASCII.findall(text)) - stray
    return text if valid >= _MIN_VALID_PER_STRAY * stray else None


def _detected(body: bytes) -> str:
    """Detection for pages that declare nothing: UTF-8, else the detector's best guess.

    Strict UTF-8 success is near-proof on its own. For the rest, detectors often confuse
    the single-byte Latin code pages on short pages: a Baltic or DOS guess means
    windows-1252, and a Western or Central European code page that reads the page with
    fewer impossible signs inside words replaces the guess.
    """
    text = _try_decode(body, "utf-8")
    if text is not None:
        return text
    matches = from_bytes(body[:200_000])
    best = matches.best()
    codec = _codec_name(best.encoding) if best is not None else None
    if codec in ("cp1250", "iso8859-2") and _western_on_a_tie(body, codec, matches, best):
        codec = "cp1252"
    if codec is None or _is_latin_lookalike(codec):
        codec = "cp1252"
    if codec == "cp1250" and not _C1_BYTE.search(body):
        codec = "iso8859-2"  # windows-1250 text nearly always holds š, ž, ś, ź, ť or quotes there
    decoded = [
        (text, position)
        for position, candidate in enumerate((codec, *_SINGLE_BYTE_CANDIDATES))
        if (text := _try_decode(body, candidate)) is not None
    ]
    if not decoded:  # cp1252 leaves five bytes undefined
        return body.decode("cp1252", errors="replace")
    return min(decoded, key=lambda item: (_implausible_characters(item[0]), item[1]))[0]


# Central European letters that a Western page (à, ñ, ò, ù, å, ã, ê) turns into when read as
# such. Only consulted when the detector ties the two readings, which a Polish page (ł, ą, ż
# read as ³, ¹, ¿) never does; Czech or Hungarian text also holds č, ě, ř, ő or ű.
_RARE_CENTRAL_LETTERS = frozenset("ŕĺľňůăţđęńŔĹĽŇŮĂŢĐĘŃ")


def _western_on_a_tie(body: bytes, codec: str, matches: CharsetMatches, best: Any) -> bool:
    """The detector could not tell windows-1252 from a Central European guess (a short page),
    and every letter the two readings disagree on is a rare one in the Central European
    reading: the page is Western ("à l'école", not "ŕ l'école")."""
    tied = any(
        _codec_name(m.encoding) == "cp1252"
        and (m.chaos, -m.coherence) <= (best.chaos, -best.coherence)
        for m in matches
    )
    central, western = _try_decode(body, codec), _try_decode(body, "cp1252")
    if not tied or central is None or western is None:
        return False
    differing = {c for c, w in zip(central, western, strict=True) if c != w}
    return bool(differing) and differing <= _RARE_CENTRAL_LETTERS


def _implausible_characters(text: str) -> int:
    """Signs no word holds ("zg³oszenia", "kyber¹ikanou") and C1 controls: a wrong code page.

    Central European letters read with a Western code page (or the reverse) become such
    signs inside words; the code page that yields fewest of them is the page's own.
    """
    sample = text[:_IMPLAUSIBLE_SCAN_CHARS]
    signs = sum(1 for char in _NON_ASCII_INSIDE_WORD.findall(sample) if not char.isalpha())
    return signs + len(_C1_CONTROL.findall(sample))


def _is_latin_lookalike(codec: str) -> bool:
    """DOS, Mac and Baltic/Turkish code pages: what detectors mistake windows-1252 text for."""
    return codec.startswith(("cp4", "cp7", "cp8", "mac")) or codec in _LATIN_LOOKALIKES


def decode_html(body: bytes, declared_charset: str | None = None) -> str:
    """Decode an HTML page, trusting the HTTP header, then a BOM or `<meta>`, then detection.

    A declared charset that cannot decode the body (a server lying about UTF-8) falls through
    to the next source rather than producing mojibake. Raises `InputError` for an empty or
    binary body.
    """
    if not body.strip():
        raise InputError("page is empty")
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    if _is_binary(body):
        raise InputError("page is binary, not text")
    for candidate in (_codec_name(declared_charset), _meta_charset(body)):
        decoded = _try_decode(body, candidate)
        if decoded is not None:
            return decoded
    return _detected(body)
