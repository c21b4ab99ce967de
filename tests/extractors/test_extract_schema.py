"""The committed JSON Schema of the extraction object is the models' own."""

from __future__ import annotations

import json
import os
from pathlib import Path

from schemas.extraction import extraction_json_schema

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schemas" / "extraction.schema.json"


def _rendered() -> str:
    return json.dumps(extraction_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_committed_schema_matches_the_models() -> None:
    if os.environ.get("BIKWATCH_UPDATE_GOLDEN") == "1":
        SCHEMA_FILE.write_text(_rendered(), encoding="utf-8")
    assert SCHEMA_FILE.read_text(encoding="utf-8") == _rendered()


def test_schema_describes_the_contract_fields() -> None:
    schema = extraction_json_schema()
    contract = {"url", "title", "published", "text", "initiatives", "dates"}
    assert contract <= set(schema["properties"])
    initiative = schema["$defs"]["Initiative"]["properties"]
    assert {"name", "launched", "ended", "status", "signatories", "actions"} <= set(initiative)
