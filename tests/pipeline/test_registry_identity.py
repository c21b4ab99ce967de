"""The registry in the diff and in operations: identity by registry id, renamed signatories,
and the unregistered initiatives the snapshots describe."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.cli.main import main
from pipeline.compare.diff import diff_extractions
from pipeline.store.registry_candidates import unregistered_initiatives
from pipeline.store.snapshots import SnapshotStore
from schemas.extraction import Extraction, Initiative, Signatory
from schemas.snapshot import RawRef, Snapshot

T0 = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
TEXT = (
    "The European Commission brought together companies and organisations to make the internet "
    "a better and safer place for children and young people across Europe."
)


def _page(*initiatives: Initiative) -> Extraction:
    return Extraction(
        url="https://example.eu/p",
        title="Page",
        published=None,
        text=TEXT,
        initiatives=list(initiatives),
    )


def test_a_registered_initiative_renamed_is_one_name_change() -> None:
    old = Initiative(
        name="CEO Coalition", registry_id="ceo-coalition", signatories=[Signatory(name="Nokia")]
    )
    new = Initiative(
        name="Coalition of Chief Executives",
        registry_id="ceo-coalition",
        signatories=[Signatory(name="Nokia")],
    )
    changes = diff_extractions(_page(old), _page(new)).changes
    assert [(c.kind, c.field, c.old, c.new) for c in changes] == [
        ("field_changed", "name", "CEO Coalition", "Coalition of Chief Executives")
    ]


def test_two_registry_ids_are_two_initiatives_whatever_their_names() -> None:
    old = Initiative(name="Code of conduct", registry_id="ict-coalition")
    new = Initiative(name="Code of conduct", registry_id="hate-speech-code-plus-2025")
    kinds = sorted(c.kind for c in diff_extractions(_page(old), _page(new)).changes)
    assert kinds == ["initiative_added", "initiative_removed"]


def _snapshot(source_id: str, *initiatives: Initiative) -> Snapshot:
    url = f"https://example.org/{source_id}"
    return Snapshot(
        source_id=source_id,
        url=url,
        extractor_version="test",
        raw=RawRef(sha256="0" * 64, url=url, status=200),
        extraction=_page(*initiatives).model_copy(update={"url": url}),
    )


def test_candidates_are_the_unregistered_initiatives_of_the_newest_snapshots(
    tmp_path, capsys
) -> None:
    store = SnapshotStore(tmp_path)
    store.write(_snapshot("a", Initiative(name="Old Pact")), T0)
    store.write(_snapshot("a", Initiative(name="Pact for Safer Gaming")), T0.replace(hour=7))
    store.write(
        _snapshot(
            "b",
            Initiative(name="Pact for safer gaming"),
            Initiative(name="ICT Coalition", registry_id="ict-coalition"),
        ),
        T0,
    )
    found = unregistered_initiatives(store, ["a", "b"])
    assert [(c.name, c.sources) for c in found] == [("Pact for Safer Gaming", ["a", "b"])]
    assert main(["registry", "candidates", "--snapshots", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "1 initiatives not in the registry:" in out and "- Pact for Safer Gaming (a, b:" in out


def test_an_initiative_that_became_its_registered_successor_is_a_rename() -> None:
    signatories = [Signatory(name=name) for name in ("Google", "Meta", "TikTok")]
    old = Initiative(
        name="Code of Practice on Disinformation",
        registry_id="disinformation-code-2022",
        signatories=signatories,
    )
    new = Initiative(
        name="Code of Conduct on Disinformation",
        registry_id="disinformation-code-of-conduct-2025",
        signatories=signatories,
    )
    changes = diff_extractions(_page(old), _page(new)).changes
    assert [(c.kind, c.field) for c in changes] == [("field_changed", "name")]
