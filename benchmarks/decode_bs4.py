"""beautifulsoup4's encoding detection against `extractors.decode` on the charset cases and pages.

    uv run python benchmarks/decode_bs4.py

Three decoders, given the same bytes and HTTP-declared charset:
- ours: `extractors.decode.decode_html` (declared charset, BOM, <meta>, charset-normalizer with
  rules for Western and Central European code pages);
- UnicodeDammit: `bs4.UnicodeDammit(body, known_definite_encodings=[declared], is_html=True)`
  (which tries the declared charset, a BOM, <meta>, then chardet/charset-normalizer, then
  UTF-8 and windows-1252);
- EncodingDetector+ours: bs4's `EncodingDetector` only to find a declared or <meta> encoding,
  falling back to our detection.
It prints how many cases each decodes exactly as written, and the time per corpus page.
"""

from __future__ import annotations

import codecs
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bs4 import UnicodeDammit
from bs4.dammit import EncodingDetector

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extractors.decode import decode_html  # noqa: E402
from tests.extractors.test_decode import CENTRAL_EUROPEAN, FRENCH, TEXT  # noqa: E402

Case = tuple[str, bytes, str | None, str]  # name, body, declared charset, expected text
Decoder = Callable[[bytes, str | None], str | None]


def charset_cases() -> list[Case]:
    """The cases of tests/extractors/test_decode.py that have a text to get back."""
    cases: list[Case] = [
        ("declared windows-1252", TEXT.encode("cp1252"), "windows-1252", TEXT),
        ("ISO-8859-1 label, cp1252 bytes", TEXT.encode("cp1252"), "ISO-8859-1", TEXT),
        ("utf-8 undeclared", TEXT.encode("utf-8"), None, TEXT),
        ("latin-1 undeclared", FRENCH.encode("latin-1"), None, FRENCH),
        ("unknown declared label", TEXT.encode("utf-8"), "x-no-such-charset", TEXT),
        ("BOM beats declared", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "latin-1", TEXT),
        ("utf-16 with BOM", TEXT.encode("utf-16"), None, TEXT),
    ]
    lying = f"<html><body>{FRENCH}</body></html>"
    cases.append(("declared utf-8, really cp1252", lying.encode("cp1252"), "utf-8", lying))
    for meta in ('<meta charset="windows-1252">', "<meta charset=iso-8859-1>"):
        page = f"<html><head>{meta}</head><body>{TEXT}</body></html>"
        cases.append((f"meta {meta}", page.encode("cp1252"), None, page))
    for language, text in sorted(CENTRAL_EUROPEAN.items()):
        for codec in ("windows-1250", "iso-8859-2"):
            page = f"<html><body><h1>Safer Internet Centre</h1><p>{text}</p></body>"
            cases.append((f"{language} {codec} undeclared", page.encode(codec), None, page))
    for text in ("Protection des mineurs à l'école", "Protección de menores en España"):
        page = f"<html><body><p>{text}</p></body></html>"
        cases.append((f"short western: {text[:20]}", page.encode("latin-1"), None, page))
    return cases


def corpus_cases() -> list[Case]:
    """Corpus, holdout and probe pages written in UTF-8 (the truth is known), undeclared; the
    pages in other encodings are compared with the <meta> charset they declare."""
    cases: list[Case] = []
    for page in sorted((REPO / "tests" / "fixtures").glob("*/*/*.html")):
        body = page.read_bytes()
        try:
            expected = body.decode("utf-8")
        except UnicodeDecodeError:
            declared = EncodingDetector.find_declared_encoding(body, is_html=True)
            expected = body.decode(declared or "cp1252", errors="replace")
        cases.append((str(page.relative_to(REPO)), body, None, expected))
    return cases


def ours(body: bytes, declared: str | None) -> str | None:
    return decode_html(body, declared)


def dammit(body: bytes, declared: str | None) -> str | None:
    known = [declared] if declared else []
    return UnicodeDammit(body, known_definite_encodings=known, is_html=True).unicode_markup


def detector_then_ours(body: bytes, declared: str | None) -> str | None:
    known = [declared] if declared else []
    detector = EncodingDetector(body, known_definite_encodings=known, is_html=True)
    for encoding in (detector.sniffed_encoding, detector.declared_encoding):
        if encoding:
            try:
                return body.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return decode_html(body, declared)


def score(decoder: Decoder, cases: list[Case]) -> tuple[int, list[str], float]:
    right, wrong, started = 0, [], time.perf_counter()
    for name, body, declared, expected in cases:
        try:
            got = decoder(body, declared)
        except Exception as exc:  # counted as wrong
            got = f"{type(exc).__name__}"
        if got is not None and got.replace("\ufeff", "") == expected:
            right += 1
        else:
            wrong.append(name)
    return right, wrong, (time.perf_counter() - started) / len(cases)


def main() -> None:
    decoders = {"ours": ours, "UnicodeDammit": dammit, "EncodingDetector+ours": detector_then_ours}
    for title, cases in (("charset cases", charset_cases()), ("corpus pages", corpus_cases())):
        print(f"## {title} ({len(cases)})")
        for name, decoder in decoders.items():
            right, wrong, seconds = score(decoder, cases)
            print(f"{name}: {right}/{len(cases)} exact, {seconds * 1000:.2f} ms per case")
            for miss in wrong:
                print(f"  wrong: {miss}")


if __name__ == "__main__":
    main()
