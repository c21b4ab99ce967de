"""The miss causes sort each miss and extra of a page to the stage it comes from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.miss_causes import CAUSES, main, miss_causes, role_ceiling

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _initiative(name: str, signatories: int = 0, actions: int = 0) -> dict[str, Any]:
    return {
        "name": name,
        "aliases": [],
        "signatories": [{"name": f"Member {n}", "role": "signatory"} for n in range(signatories)],
        "actions": [{"strand": None, "text": f"Action number {n}"} for n in range(actions)],
    }


GOLD = {
    "initiatives": [
        _initiative("Pond Alliance", signatories=3, actions=2),
        _initiative("Code of Practice on pond safety", actions=4),
        _initiative("Frog Charter"),
        _initiative("Lake Strategy", signatories=1),
    ],
    "mentioned": ["Water Act"],
}
PREDICTED = {
    "initiatives": [
        {
            **_initiative("Pond Alliance", signatories=2, actions=2),
            "signatories": [
                *_initiative("Pond Alliance", signatories=2)["signatories"],
                {"name": "Heron Ltd", "role": "signatory"},
            ],
        },
        _initiative("Code of Practice"),  # cut before its complement
        _initiative("Water Act", actions=5),  # the gold mentions it: no extra
        _initiative("Reed Forum", signatories=2),
    ],
    "mentioned": ["Frog Charter"],
}


def test_each_miss_and_extra_is_put_down_to_its_stage() -> None:
    causes = miss_causes(GOLD, PREDICTED)

    assert set(causes) <= set(CAUSES)
    assert causes["initiative found"] == 1
    assert causes["initiative missed: only mentioned"] == 1  # the Frog Charter
    assert causes["initiative missed: name cut or run on"] == 1  # the Code of Practice
    assert causes["initiative missed: not found"] == 1  # the Lake Strategy
    assert causes["initiative extra: name cut or run on"] == 1
    assert causes["initiative extra: not in gold"] == 1  # the Reed Forum; not the Water Act
    assert causes["signatory missed: with its initiative"] == 1  # the Lake Strategy's
    assert causes["action missed: with its initiative"] == 4  # the Code's
    assert causes["signatory missed: under a found initiative"] == 1  # its Member 2
    assert causes["signatory extra: under a found initiative"] == 1  # Heron Ltd
    assert causes["signatory extra: under an extra initiative"] == 2
    assert causes["action extra: under an extra initiative"] == 0  # the Water Act's are no error
    assert causes["action missed: under a found initiative"] == 0


def test_the_role_ceiling_describes_every_only_mentioned_gold_initiative() -> None:
    now, ceiling = role_ceiling(miss_causes(GOLD, PREDICTED))

    assert now == pytest.approx(2 * 1 / (2 * 1 + 2 + 3))
    assert ceiling == pytest.approx(2 * 2 / (2 * 2 + 2 + 2))


def test_a_real_set_prints_its_causes_and_the_pooled_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main([str(FIXTURES / "holdout")])

    out = capsys.readouterr().out
    assert out.startswith("## holdout: ")
    rows = [line for line in out.splitlines() if line.startswith("| initiative found |")]
    assert len(rows) == 1 and int(rows[0].split("|")[2]) > 0
    assert "with every only-mentioned gold initiative described" in out
