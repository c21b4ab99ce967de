"""Import spaCy at the least start-up cost: without its command line, and with one BLAS thread.

- `spacy/__init__.py` imports `spacy.cli.info` for its `spacy.info()` helper, and with it typer,
  weasel, requests and jinja2 (about 0.6 s), none of which extraction uses (it runs on
  `spacy.blank("en")`). Before spaCy is first imported, `spacy.cli` and `spacy.cli.info` are
  registered as stand-ins, so the real command line is never loaded in a bikwatch process.
  Calling the stand-in says so.
- spaCy imports numpy, whose OpenBLAS starts a thread pool and its buffers when it loads
  (about 50 ms here). Extraction does no linear algebra, so one thread is asked for, unless
  the environment already chose a number.

Nothing is done when spaCy is already imported (another program embedding bikwatch).
"""

from __future__ import annotations

import os
import sys
from types import ModuleType
from typing import Any, NoReturn


def _no_cli(*args: Any, **kwargs: Any) -> NoReturn:
    raise RuntimeError("spaCy's command line is not loaded in bikwatch; run `python -m spacy`")


def prepare_spacy_import() -> None:
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    cli = ModuleType("spacy.cli", "a stand-in: see extractors.spacy_import")
    cli.__path__ = []
    info = ModuleType("spacy.cli.info")
    info.info = _no_cli  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info
