"""The watch list the registry implies, and the shipped sources.toml made from it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from extractors.registry import load_initiatives
from extractors.registry.sources import (
    CHILD_SAFETY_AREAS,
    registry_sources,
    render_sources,
    replace_sources,
    source_id_for_url,
)
from extractors.sites import site_for_url
from pipeline.cli import main
from pipeline.config import load_config, parse_config
from schemas.errors import RegistryError

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "sources.toml"


def test_the_child_safety_pages_make_at_least_forty_sources():
    sources = registry_sources(areas=CHILD_SAFETY_AREAS)
    assert len({source.url for source in sources}) >= 40
    assert {source.site for source in sources} == {"bik", "commission"}
    assert all(site_for_url(source.url) == source.site for source in sources)


def test_every_source_comes_from_a_registry_page_once():
    pages = {page.url for item in load_initiatives().entries for page in item.pages}
    sources = registry_sources()
    urls = [source.url for source in sources]
    assert len(urls) == len(set(urls))
    assert set(urls) <= pages


def test_the_shipped_sources_file_is_the_registry_watch_list():
    text = SHIPPED.read_text(encoding="utf-8")
    assert replace_sources(text, registry_sources()) == text, (
        "run: bikwatch registry sources --update sources.toml"
    )
    config = load_config(SHIPPED)
    assert len(config.sources) >= 40


def test_sources_watched_before_the_registry_keep_their_ids():
    ids = {source.id for source in load_config(SHIPPED).sources}
    assert {
        "bik-previous-initiatives",
        "bik-alliance-better-protect-minors",
        "commission-protect-minors-online",
        "commission-safer-internet-day-2017",
        "commission-hate-speech-code",
        "commission-digital-services-act",
    } <= ids


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://digital-strategy.ec.europa.eu/en/policies/safer-internet-forum",
            "commission-safer-internet-forum",
        ),
        (
            "https://ec.europa.eu/digital-single-market/en/safer-internet-centres",
            "commission-dsm-safer-internet-centres",
        ),
        (
            "https://ec.europa.eu/commission/presscorner/detail/en/IP_11_1485",
            "commission-ip-11-1485",
        ),
        (
            "https://www.betterinternetforkids.eu/web/portal/practice/awareness/detail?articleId=1936811",
            "bik-practice-awareness-1936811",
        ),
        (
            "https://home-affairs.ec.europa.eu/networks/european-union-internet-forum-euif_en",
            "commission-networks-european-union-internet-forum-euif",
        ),
    ],
)
def test_source_ids_derive_from_the_url(url, expected):
    assert source_id_for_url(url) == expected


def test_a_long_url_still_makes_a_valid_id():
    url = "https://better-internet-for-kids.europa.eu/en/news/" + "-".join(["word"] * 40)
    source_id = source_id_for_url(url)
    assert len(source_id) <= 80 and source_id.startswith("bik-word")


FILE = """# header comment

[[sources]]
id = "old"
url = "https://better-internet-for-kids.europa.eu/en/old"
site = "bik"

# comment of the alerts table
[alerts]
fail_after = 3  # kept
"""


def test_replacing_sources_keeps_comments_and_other_tables():
    sources = registry_sources()[:2]
    new = replace_sources(FILE, sources)
    assert new.startswith("# header comment\n\n[[sources]]\n")
    assert new.endswith("\n\n# comment of the alerts table\n[alerts]\nfail_after = 3  # kept\n")
    config = parse_config(tomllib.loads(new))
    assert [source.url for source in config.sources] == [source.url for source in sources]
    assert replace_sources(new, sources) == new


def test_a_file_without_sources_tables_is_refused():
    with pytest.raises(RegistryError, match="no \\[\\[sources\\]\\] table"):
        replace_sources("[alerts]\nfail_after = 3\n", registry_sources())


def test_rendered_sources_parse_back_whole():
    sources = registry_sources()
    parsed = tomllib.loads(render_sources(sources))["sources"]
    assert parsed == [
        source.model_dump(include={"id", "name", "url", "site"}) for source in sources
    ]


def test_the_command_prints_and_updates(tmp_path, capsys):
    assert main(["registry", "sources", "--child-safety-only"]) == 0
    printed = tomllib.loads(capsys.readouterr().out)["sources"]
    assert len(printed) == len(registry_sources(areas=CHILD_SAFETY_AREAS))
    target = tmp_path / "sources.toml"
    target.write_text(FILE, encoding="utf-8")
    assert main(["registry", "sources", "--update", str(target)]) == 0
    assert "sources from the registry" in capsys.readouterr().out
    assert len(load_config(target).sources) == len(registry_sources())


def test_the_command_fails_in_one_line_on_a_missing_file(tmp_path, capsys):
    assert main(["registry", "sources", "--update", str(tmp_path / "none.toml")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("bikwatch: error: ") and err.count("\n") == 1
