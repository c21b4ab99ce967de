"""Import spaCy without its command line: `spacy.cli` alone costs about 0.6 s at start-up.

`spacy/__init__.py` imports `spacy.cli.info` for its `spacy.info()` helper, and with it typer,
weasel, requests and jinja2, none of which extraction uses (it runs on `spacy.blank("en")`).
Before spaCy is first imported, `spacy.cli` and `spacy.cli.info` are registered as stand-ins,
so the real command line is never loaded in a bikwatch process. Calling the stand-in says so.
Nothing is done when spaCy is already imported (another program embedding bikwatch).
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any, NoReturn


def _no_cli(*args: Any, **kwargs: Any) -> NoReturn:
    raise RuntimeError("spaCy's command line is not loaded in bikwatch; run `python -m spacy`")


def skip_spacy_cli() -> None:
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    cli = ModuleType("spacy.cli", "a stand-in: see extractors.spacy_without_cli")
    cli.__path__ = []
    info = ModuleType("spacy.cli.info")
    info.info = _no_cli  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info
