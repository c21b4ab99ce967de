"""Extraction: initiatives, dates, signatories and actions from a cleaned document."""

from extractors.extract.document import EXTRACTOR_VERSION, extract_document
from extractors.extract.nlp import build_nlp, default_nlp

__all__ = ["EXTRACTOR_VERSION", "build_nlp", "default_nlp", "extract_document"]
