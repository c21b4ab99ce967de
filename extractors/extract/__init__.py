"""Extraction: initiatives, dates, signatories and actions from a cleaned document."""

from extractors.spacy_without_cli import skip_spacy_cli

skip_spacy_cli()  # before the first `import spacy`, below

from extractors.extract.document import EXTRACTOR_VERSION, extract_document  # noqa: E402
from extractors.extract.nlp import build_nlp, default_nlp  # noqa: E402

__all__ = ["EXTRACTOR_VERSION", "build_nlp", "default_nlp", "extract_document"]
