"""The one entry into the extractors: a page's bytes in, its cleaned text or extraction out.

Decoding, cleaning and extraction always run in this order and with the same inputs (the
declared charset, the address, the site and its profile), whoever calls: the scheduled run,
re-extraction, `bikwatch clean`/`extract`/`validate`, the benchmarks and the golden tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractors.clean import SiteProfile, clean_html
from extractors.decode import decode_html
from schemas.document import CleanedDocument

if TYPE_CHECKING:
    from spacy.language import Language

    from schemas.extraction import Extraction


def clean_page(
    body: bytes,
    charset: str | None,
    url: str,
    *,
    site: str | None = None,
    profile: SiteProfile | None = None,
) -> CleanedDocument:
    """The page's main content: decoded (declared charset, meta, detection), then cleaned.

    `site` defaults to the site of `url`; `profile` to the profile shipped for that site.
    """
    return clean_html(decode_html(body, charset), url, site=site, profile=profile)


def extract_page(
    body: bytes,
    charset: str | None,
    url: str,
    *,
    site: str | None = None,
    profile: SiteProfile | None = None,
    nlp: Language | None = None,
) -> Extraction:
    """Decode, clean and extract one page; `nlp` defaults to the shared spaCy pipeline."""
    # Deferred on purpose: spaCy takes over a second to import, and `clean_page` (hence
    # `bikwatch clean`) never needs it.
    from extractors.extract import default_nlp, extract_document

    document = clean_page(body, charset, url, site=site, profile=profile)
    return extract_document(document, nlp=nlp or default_nlp())
