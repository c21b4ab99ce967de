"""Extraction: initiatives, dates, signatories and actions from a cleaned document.

The package's names load on first use (PEP 562): its data modules (`resources`,
`organisations`) are read by the diff and the alerts, which must not pay for spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from extractors.gc_pause import load_module_paused
from extractors.spacy_import import prepare_spacy_import

prepare_spacy_import()  # cheap; before any module of this package first imports spaCy

if TYPE_CHECKING:
    from extractors.extract.document import EXTRACTOR_VERSION, extract_document
    from extractors.extract.nlp import build_nlp, default_nlp

__all__ = ["EXTRACTOR_VERSION", "build_nlp", "default_nlp", "extract_document"]

_HOMES = {
    "EXTRACTOR_VERSION": "extractors.extract.document",
    "extract_document": "extractors.extract.document",
    "build_nlp": "extractors.extract.nlp",
    "default_nlp": "extractors.extract.nlp",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(load_module_paused(_HOMES[name]), name)  # spaCy with it
