"""The shipped initiative and organisation registries, and the look-ups over them."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from extractors.registry import Registry, load_initiatives, load_organisations, normalise_mention
from extractors.registry.loader import parse_registry_file
from schemas.dates import check_partial_date
from schemas.errors import RegistryError
from schemas.registry import Initiative, InitiativeFile

REPO = Path(__file__).resolve().parents[2]
REGISTRY = load_initiatives()
ORGANISATIONS = load_organisations()


def entry(**fields: object) -> Initiative:
    base: dict[str, object] = {"kind": "code-of-conduct", "area": "child-safety"}
    base.setdefault("pages", ["https://example.org/page"])
    return Initiative.model_validate({**base, **fields})


def test_the_shipped_registry_validates_and_is_large_enough():
    assert len(REGISTRY.entries) >= 70
    ids = [item.id for item in REGISTRY.entries]
    assert len(ids) == len(set(ids))


def test_every_global_alias_resolves_to_its_own_entry_only():
    for item in REGISTRY.entries:
        for mention in item.global_mentions:
            assert REGISTRY.resolve(mention) is item, mention
            assert REGISTRY.resolve(mention.upper()) is item, mention


def test_relations_point_at_existing_other_entries():
    ids = {item.id for item in REGISTRY.entries}
    for item in REGISTRY.entries:
        for target in filter(None, [item.parent, item.merged_into, *item.predecessors]):
            assert target in ids and target != item.id, (item.id, target)


def test_dates_are_partial_iso_dates_with_a_public_source():
    dated = [fact for item in REGISTRY.entries for fact in (item.launched, item.ended) if fact]
    assert len(dated) >= 40
    for fact in dated:
        assert check_partial_date(fact.date) == fact.date
        assert urlsplit(fact.source).scheme == "https"


def test_every_entry_has_an_https_source_on_a_real_domain():
    for item in REGISTRY.entries:
        assert item.source_urls, item.id
        for url in item.source_urls:
            host = urlsplit(url).hostname or ""
            assert url.startswith("https://") and "." in host, (item.id, url)


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("the Alliance to Better Protect Minors Online", "alliance-better-protect-minors-online"),
        ("CEO  coalition", "ceo-coalition"),
        ("ICT-Coalition", "ict-coalition"),
        ("BIK+", "bik-plus"),
        ("BIK +", "bik-plus"),
        ("BIK", "bik-programme"),
        ("Code of conduct+", "hate-speech-code-plus-2025"),
        ("Code of Conduct on Countering Illegal Hate Speech Online", "hate-speech-code-2016"),
        ("EU Internet Forum", "eu-internet-forum"),
        ("Expert Group on Safer Internet for Children", "expert-group-safer-internet-children"),
        ("European Strategy for a Better Internet for Children", "bik-strategy-2012"),
        ("Safer Internet Plus", "safer-internet-plus"),
        ("DSA", "digital-services-act"),
        ("WePROTECT Global Alliance", "weprotect-global-alliance"),
        ("Code of Practice on Disinformation", "disinformation-code-2018"),
        ("116 000", "missing-children-hotlines"),
        ("116111", "child-helplines-116111"),
    ],
)
def test_mentions_resolve_whatever_their_case_spacing_and_punctuation(mention, expected):
    found = REGISTRY.resolve(mention)
    assert found is not None and found.id == expected


def test_a_generic_form_resolves_only_to_an_initiative_the_page_has_named():
    alliance = "alliance-better-protect-minors-online"
    assert REGISTRY.resolve("the Alliance") is None
    assert REGISTRY.resolve("the Alliance", named={alliance}).id == alliance  # type: ignore[union-attr]
    # Two named entries that both answer to "the Alliance": no guess.
    assert REGISTRY.resolve("the Alliance", named={alliance, "weprotect-global-alliance"}) is None


def test_a_named_successor_takes_the_short_form_from_its_predecessor():
    named = {"disinformation-code-2022"}
    found = REGISTRY.resolve("Code of Practice on Disinformation", named=named)
    assert found is not None and found.id == "disinformation-code-2022"


def test_relations_the_sites_tell_are_recorded():
    assert REGISTRY.get("alliance-better-protect-minors-online").predecessors == ("ceo-coalition",)  # type: ignore[union-attr]
    merged = [e.id for e in REGISTRY.successors("global-alliance-against-csa-online")]
    assert merged == ["weprotect-global-alliance"]
    assert [e.id for e in REGISTRY.successors("bik-strategy-2012")] == ["bik-plus"]


def test_an_alias_shared_by_two_entries_is_refused():
    first = entry(id="first-code", name="First Code", aliases=["The Code"])
    second = entry(id="second-code", name="Second Code", aliases=["the code"])
    with pytest.raises(RegistryError, match="global alias 'code' names first-code, second-code"):
        Registry([first, second])


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"parent": "nowhere"}, "relates to unknown id nowhere"),
        ({"predecessors": ["one-code"]}, "one-code relates to itself"),
        ({"pages": []}, "one-code has no source URL"),
        (
            {
                "launched": {"date": "2020", "source": "https://example.org/a"},
                "ended": {"date": "2019-05", "source": "https://example.org/b"},
            },
            "ended \\(2019-05\\) before it launched",
        ),
    ],
)
def test_broken_entries_are_refused_with_their_id(fields, message):
    with pytest.raises(RegistryError, match=message):
        Registry([entry(id="one-code", name="One Code", **fields)])


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "Not A Slug"),
        ("launched", {"date": "2017-02-30", "source": "https://example.org/"}),
        ("launched", {"date": "2017", "source": "http://example.org/"}),
        ("pages", ["https://localhost/page"]),
        ("kind", "treaty"),
        ("nickname", "x"),
    ],
)
def test_a_bad_field_is_an_error_naming_the_entry_and_field(field, value):
    raw = {"initiative": [{"id": "one-code", "name": "One Code", "kind": "pledge"}]}
    raw["initiative"][0].update({"area": "child-safety", field: value})
    with pytest.raises(RegistryError, match=rf"initiative\.0\.{field}.*\(.*\)"):
        parse_registry_file(raw, InitiativeFile, "initiatives.toml")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Alliance to better protect minors online", "ALLIANCE TO BETTER PROTECT MINORS ONLINE"),
        ("Telefónica", "Telefonica"),
        ("Kreativitet & Kommunikation", "Kreativitet and Kommunikation"),
        ("the ICT Coalition", "ICT  Coalition."),
        ("Children\u2019s Code", "Children's Code"),
    ],
)
def test_normalising_ignores_case_accents_articles_and_punctuation(a, b):
    assert normalise_mention(a) == normalise_mention(b)


def test_normalising_keeps_the_plus_that_tells_two_initiatives_apart():
    assert normalise_mention("BIK+") != normalise_mention("BIK")


@given(st.text(max_size=60))
@example("THE:THE:0")  # a repeated leading article, which one pass used to leave
def test_normalising_is_idempotent(text):
    once = normalise_mention(text)
    assert normalise_mention(once) == once


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Twitter", "X"),
        ("X Corp.", "Twitter"),
        ("Facebook", "Meta Platforms"),
        ("Google", "Alphabet"),
        ("Super RTL", "Mediengruppe RTL Deutschland"),
        ("TIM", "Telecom Italia"),
        ("TeliaSonera", "Telia Company"),
    ],
)
def test_organisation_aliases_name_one_organisation(a, b):
    assert ORGANISATIONS.is_same(a, b)
    assert ORGANISATIONS.resolve(a) is not None


def test_organisations_are_distinct_and_sourced():
    assert len(ORGANISATIONS.entries) >= 80
    assert not ORGANISATIONS.is_same("Google", "Microsoft")
    for organisation in ORGANISATIONS.entries:
        assert all(url.startswith("https://") for url in organisation.sources)


def test_the_extraction_gazetteer_renames_agree_with_the_registry():
    """Where both know an organisation, the gazetteer and the registry group the same names."""
    gazetteer = REPO / "extractors" / "extract" / "patterns" / "organisations.jsonl"
    for line in gazetteer.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        known = ORGANISATIONS.resolve(record["name"])
        if known is not None:
            for alias in record.get("aliases", []):
                assert ORGANISATIONS.resolve(alias) is known, (record["name"], alias)
