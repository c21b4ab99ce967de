"""The semantic diff on hand-built extractions: what is a change and what is not."""

from __future__ import annotations

from collections import Counter
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.compare.diff import compare_extractions, diff_extractions, quote_at
from pipeline.compare.matching import loose_key, normalize_text
from schemas.changes import Change
from schemas.document import Span
from schemas.extraction import Action, Extraction, Initiative, Signatory

FILLER = (
    "The European Commission brought together companies and organisations to make the internet "
    "a better and safer place for children and young people across Europe."
)


def page(*initiatives: Initiative, title: str = "Alliance", text: str = FILLER) -> Extraction:
    return Extraction(
        url="https://example.eu/p",
        title=title,
        published=None,
        text=text,
        initiatives=list(initiatives),
    )


def initiative(
    name: str = "Alliance to better protect minors online",
    signatories: tuple[str, ...] = ("ASKfm", "BBFC", "Facebook"),
    actions: tuple[str, ...] = ("Providing accessible tools", "Enhancing collaboration"),
    **fields: Any,
) -> Initiative:
    return Initiative(
        name=name,
        signatories=[Signatory(name=s) for s in signatories],
        actions=[Action(strand="User empowerment", text=a) for a in actions],
        **fields,
    )


def kinds(changes: list[Change]) -> list[tuple[str, Any]]:
    return [(c.kind, c.value if c.value is not None else (c.old, c.new)) for c in changes]


def test_identical_extractions_have_no_changes() -> None:
    result = diff_extractions(page(initiative()), page(initiative()))
    assert result.changes == [] and result.health == []


def test_order_case_and_white_space_are_not_changes() -> None:
    old = initiative(signatories=("ASKfm", "BBFC"), actions=("Providing  tools.", "Second one"))
    new = initiative(
        name="ALLIANCE to Better Protect Minors  Online",
        signatories=("bbfc", "ASKfm"),
        actions=("second one", "providing tools"),
    )
    assert diff_extractions(page(old), page(new)).changes == []


def test_signatories_joined_and_left() -> None:
    old = initiative(signatories=("Google+", "Facebook"))
    new = initiative(signatories=("Facebook", "TikTok", "LinkedIn"))
    assert kinds(diff_extractions(page(old), page(new)).changes) == [
        ("signatory_removed", "Google+"),
        ("signatory_added", "TikTok"),
        ("signatory_added", "LinkedIn"),
    ]


def test_a_close_rewording_is_one_action_changed() -> None:
    old = initiative(actions=("Promoting users' awareness and use of tools to keep them safer",))
    new = initiative(
        actions=("Promoting users' awareness and use of tools to keep themselves safe",)
    )
    (change,) = diff_extractions(page(old), page(new)).changes
    assert change.kind == "action_changed"
    assert change.strand == "User empowerment"
    assert change.old.startswith("Promoting") and change.new.endswith("themselves safe")


def test_a_thorough_rewording_in_the_same_place_is_one_action_changed() -> None:
    first, third = "Providing accessible tools", "Enhancing collaboration"
    old = initiative(actions=(first, "Observe strict standards of advertising to children", third))
    new = initiative(actions=(first, "Follow strict advertising standards for children", third))
    (change,) = diff_extractions(page(old), page(new)).changes
    assert change.kind == "action_changed"
    assert change.new == "Follow strict advertising standards for children"


def test_an_action_lengthened_while_another_is_added_is_one_action_changed() -> None:
    short = "Price indication must be clear and transparent"
    long = f"{short}: the price of in-game content must also be shown in real-world currency"
    added = "Contractual terms should be fair and written in plain language"
    old = initiative(actions=("Providing accessible tools", short))
    new = initiative(actions=("Providing accessible tools", long, added))
    assert kinds(diff_extractions(page(old), page(new)).changes) == [
        ("action_changed", (short, long)),
        ("action_added", added),
    ]


def test_actions_sharing_a_few_words_are_no_rewording() -> None:
    old = initiative(actions=("Providing accessible tools", "Raise awareness among parents"))
    new = initiative(
        actions=(
            "Providing accessible tools",
            "Raise awareness among teachers and youth workers in schools",
            "Fund the national hotlines",
        )
    )
    assert [c.kind for c in diff_extractions(page(old), page(new)).changes] == [
        "action_removed",
        "action_added",
        "action_added",
    ]


def test_an_action_lengthened_under_another_strand_is_no_rewording() -> None:
    short = "Price indication must be clear and transparent"
    old = initiative(actions=("Providing accessible tools", short))
    moved = Action(
        strand="Prices",
        text=f"{short}: the price of in-game content must also be shown in real-world currency",
    )
    new = initiative(actions=("Providing accessible tools", "Funding research"))
    new.actions[1] = moved
    assert [c.kind for c in diff_extractions(page(old), page(new)).changes] == [
        "action_removed",
        "action_added",
    ]


def test_a_short_action_held_in_a_longer_one_is_no_rewording() -> None:
    old = initiative(actions=("Providing accessible tools", "Fund hotlines"))
    new = initiative(
        actions=(
            "Providing accessible tools",
            "Fund hotlines, helplines and awareness centres in every country",
            "Train teachers",
        )
    )
    assert [c.kind for c in diff_extractions(page(old), page(new)).changes] == [
        "action_removed",
        "action_added",
        "action_added",
    ]


def test_an_unrelated_action_is_a_removal_and_an_addition() -> None:
    old = initiative(actions=("Providing accessible tools",))
    new = initiative(actions=("Funding research on age verification",))
    assert [c.kind for c in diff_extractions(page(old), page(new)).changes] == [
        "action_removed",
        "action_added",
    ]


def test_status_and_dates() -> None:
    old = initiative(status="active", launched="2017")
    new = initiative(status="ended", launched="2017-02-07", ended="2023-07")
    changes = diff_extractions(page(old), page(new)).changes
    assert kinds(changes) == [
        ("status_changed", ("active", "ended")),
        ("field_changed", ("2017", "2017-02-07")),
        ("field_changed", (None, "2023-07")),
    ]
    assert [c.field for c in changes] == [None, "launched", "ended"]


def test_a_renamed_initiative_with_the_same_signatories_is_one_name_change() -> None:
    old = initiative(name="CEO Coalition")
    new = initiative(name="Coalition to make the internet a better place for kids")
    (change,) = diff_extractions(page(old), page(new)).changes
    assert (change.kind, change.field) == ("field_changed", "name")
    assert (change.old, change.new) == ("CEO Coalition", new.name)


def test_a_different_initiative_is_an_addition_and_a_removal() -> None:
    old = initiative(name="CEO Coalition", signatories=("Apple", "Nokia"), actions=())
    new = initiative(name="Safer social networking principles", signatories=("Bebo",), actions=())
    assert kinds(diff_extractions(page(old, initiative()), page(new, initiative())).changes) == [
        ("initiative_removed", "CEO Coalition"),
        ("initiative_added", "Safer social networking principles"),
    ]


def test_an_alias_matches_the_initiative() -> None:
    old = initiative(name="Alliance")
    new = initiative(aliases=["Alliance"])
    assert diff_extractions(page(old), page(new)).changes == []


def test_a_name_spelled_anew_under_the_same_short_form_is_one_name_change() -> None:
    # Matched only by the short form both versions write: neither name is among the other's.
    old = initiative(name="European Pond Keeping Month", aliases=["EPKM"], signatories=())
    new = initiative(name="European Pondkeeping Month", aliases=["EPKM"], signatories=())
    (change,) = diff_extractions(page(old), page(new)).changes
    assert (change.kind, change.field) == ("field_changed", "name")
    assert (change.initiative, change.old, change.new) == (old.name, old.name, new.name)
    # The old name kept as an alias, or a name inside the other, is the same name.
    kept = initiative(name="European Pondkeeping Month", aliases=["EPKM", old.name])
    assert (
        diff_extractions(page(old), page(kept.model_copy(update={"signatories": []}))).changes == []
    )
    longer = initiative(name="EU European Pond Keeping Month", aliases=["EPKM"], signatories=())
    assert diff_extractions(page(old), page(longer)).changes == []


def test_a_longer_variant_of_the_name_is_the_same_initiative() -> None:
    old = initiative(name="Code of conduct on countering illegal hate speech online", actions=())
    new = initiative(name="EU Code of conduct on countering illegal hate speech online", actions=())
    assert diff_extractions(page(old), page(new)).changes == []


def test_a_generic_short_name_inside_another_is_not_the_same_initiative() -> None:
    old = initiative(name="Code of conduct", signatories=("Apple", "Nokia"), actions=())
    new = initiative(name="Code of conduct on age-appropriate design", signatories=(), actions=())
    assert [c.kind for c in diff_extractions(page(old), page(new)).changes] == [
        "initiative_removed",
        "initiative_added",
    ]


def test_title_change_is_a_field_change_without_initiative() -> None:
    changes = diff_extractions(page(title="Old"), page(title="New")).changes
    assert [(c.kind, c.field, c.initiative, c.old, c.new) for c in changes] == [
        ("field_changed", "title", None, "Old", "New")
    ]


def test_role_change_is_reported_on_the_signatory() -> None:
    old = initiative(signatories=())
    old = old.model_copy(update={"signatories": [Signatory(name="BBFC", role="signatory")]})
    new = old.model_copy(update={"signatories": [Signatory(name="BBFC", role="associated")]})
    (change,) = diff_extractions(page(old), page(new)).changes
    assert (change.field, change.value, change.old, change.new) == (
        "role",
        "BBFC",
        "signatory",
        "associated",
    )


def test_evidence_is_quoted_from_the_paragraph() -> None:
    text = f"{FILLER}\n\nTikTok joined the Code in 2020.\n\nAnother paragraph follows here."
    start = text.index("TikTok")
    joined = Signatory(name="TikTok", evidence=Span(start=start, end=start + 6))
    old = page(initiative(signatories=()), text=text)
    new = page(initiative(signatories=()).model_copy(update={"signatories": [joined]}), text=text)
    (change,) = diff_extractions(old, new).changes
    assert change.quote == "TikTok joined the Code in 2020."
    assert change.evidence == joined.evidence


def test_quote_without_evidence_is_none() -> None:
    assert quote_at("some text", None) is None
    assert quote_at("short", Span(start=0, end=50)) is None


def test_collapse_reports_health_and_no_removals() -> None:
    old = page(initiative(signatories=tuple(f"Company {n}" for n in range(10))))
    new = page(initiative(signatories=("Company 1", "Newcomer")))
    result = diff_extractions(old, new)
    assert [p.kind for p in result.health] == ["collapse"]
    assert kinds(result.changes) == [("signatory_added", "Newcomer")]
    # A collapsed capture's new title is the stub's ("Press corner"): not told either.
    stub = new.model_copy(update={"title": "Press corner"})
    assert kinds(diff_extractions(old, stub).changes) == [("signatory_added", "Newcomer")]
    # Nor a status or a date it no longer gives: a removal in effect.
    dated = page(
        initiative(
            signatories=tuple(f"Company {n}" for n in range(10)),
            launched="2020",
            status="ended",
        )
    )
    lost = page(initiative(signatories=("Company 1",), status="unknown"))
    assert kinds(diff_extractions(dated, lost).changes) == []


def test_error_page_reports_health_and_nothing_else() -> None:
    error = page(title="Site under maintenance", text="The site is under maintenance. " * 5)
    result = diff_extractions(page(initiative()), error)
    assert result.changes == []
    assert [p.kind for p in result.health] == ["maintenance_page"]


def test_contract_shape() -> None:
    dumped = diff_extractions(page(title="A"), page(title="B")).model_dump(mode="json")
    assert set(dumped) >= {"changes", "health"}
    assert {"kind", "initiative", "field", "value", "old", "new"} <= set(dumped["changes"][0])


# Hypothesis: identity and mirror invariants over small random pages.

names = st.sampled_from(["Google", "Meta", "TikTok", "BBFC", "ASKfm", "Orange", "Vodafone"])
texts = st.sampled_from(
    [
        "Providing accessible and robust tools",
        "Enhancing cooperation between signatories",
        "Taking action against harmful content",
        "Promoting awareness of online safety",
        "Funding research on age verification",
    ]
)
initiative_names = st.sampled_from(["Alliance", "CEO Coalition", "Code of conduct", "Framework"])


@st.composite
def initiatives(draw: st.DrawFn) -> Initiative:
    return initiative(
        name=draw(initiative_names),
        signatories=tuple(draw(st.lists(names, unique=True, max_size=5))),
        actions=tuple(draw(st.lists(texts, unique=True, max_size=4))),
        status=draw(st.sampled_from(["active", "unknown"])),
        launched=draw(st.sampled_from([None, "2017", "2020-05"])),
    )


pages = st.lists(initiatives(), max_size=3, unique_by=lambda i: i.name).map(lambda i: page(*i))


@settings(max_examples=60, deadline=None)
@given(pages)
def test_diff_of_a_page_with_itself_is_empty(extraction: Extraction) -> None:
    assert diff_extractions(extraction, extraction).changes == []


@settings(max_examples=60, deadline=None)
@given(pages, pages)
def test_diff_both_ways_mirrors_additions_and_removals(old: Extraction, new: Extraction) -> None:
    # Items are keyed by what was added or removed; a rename names them differently each way.
    forward = Counter((c.kind, c.value) for c in compare(old, new))
    backward = Counter((c.kind, c.value) for c in compare(new, old))
    swap = {"added": "removed", "removed": "added"}
    mirrored: Counter[tuple[str, Any]] = Counter()
    for (kind, value), count in backward.items():
        subject, _, verb = kind.partition("_")
        if verb in swap:
            mirrored[(f"{subject}_{swap[verb]}", value)] = count
    assert (
        +Counter({k: n for k, n in forward.items() if k[0].partition("_")[2] in swap}) == mirrored
    )


def compare(old: Extraction, new: Extraction) -> list[Change]:
    return [event.to_change() for event in compare_extractions(old, new)]


@given(st.text(max_size=60))
def test_normalisation_is_idempotent_and_blind_to_spacing(text: str) -> None:
    assert normalize_text(normalize_text(text)) == normalize_text(text)
    assert loose_key(loose_key(text)) == loose_key(text)
    assert loose_key("  " + "\n ".join(text.split(" ")) + " ") == loose_key(text)


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=60))
def test_normalisation_is_blind_to_case(text: str) -> None:
    assert loose_key(text.upper()) == loose_key(text.lower())


def test_each_change_kind_is_one_event_and_round_trips() -> None:
    from typing import get_args

    from schemas.changes import EVENT_KINDS, REMOVAL_KINDS, ChangeKind, as_event

    assert set(EVENT_KINDS) == set(get_args(ChangeKind))
    assert set(REMOVAL_KINDS) == {"initiative_removed", "signatory_removed", "action_removed"}
    samples = {
        "signatory": "Acme",
        "text": "Do good",
        "strand": "Tools",
        "old": "active",
        "new": "ended",
        "field": "launched",
        "value": "Acme",
    }
    for kind, event_type in EVENT_KINDS.items():
        own = {n: samples[n] for n in event_type.model_fields if n in samples}
        event = event_type(initiative="ICT Coalition", quote="q", **own)
        change = event.to_change()
        assert change.kind == kind and as_event(change) == event
