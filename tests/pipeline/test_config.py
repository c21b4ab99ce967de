from pathlib import Path

import pytest

from pipeline.config import Workspace, load_config, parse_config
from schemas.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]


def test_shipped_sources_file_is_valid_and_names_the_required_pages():
    config = load_config(REPO / "sources.toml")
    urls = {source.url for source in config.sources}
    assert "https://digital-strategy.ec.europa.eu/en/policies/protect-minors-online" in urls
    assert "https://better-internet-for-kids.europa.eu/en/bik/multistakeholder-approach" in urls
    assert any("safer-internet-day-2017" in url for url in urls)
    assert {source.site for source in config.sources} == {"bik", "commission"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"sources": []}, "sources: List should have at least 1 item"),
        ({"sources": [{"id": "x", "url": "ftp://h/x", "site": "bik"}]}, "sources[0].url"),
        ({"sources": [{"id": "../etc", "url": "https://h/x", "site": "bik"}]}, "sources[0].id"),
        ({"sources": [{"id": "x", "url": "https://h/x", "site": "nasa"}]}, "sources[0].site"),
        ({"sources": [{"id": "x", "url": "https://h/x", "site": "bik", "urll": 1}]}, "urll"),
        (
            {"sources": [{"id": "x", "url": "https://h/", "site": "bik"}] * 2},
            "source ids must be unique: x",
        ),
        (
            {"sources": [{"id": "x", "url": "https://h/", "site": "bik"}], "smtp": {"port": 1}},
            "smtp.host",
        ),
    ],
)
def test_a_bad_sources_file_gets_one_error_naming_the_field(raw, expected):
    with pytest.raises(ConfigError) as caught:
        parse_config(raw, origin="sources.toml")
    message = str(caught.value)
    assert message.startswith("sources.toml: ")
    assert expected in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("url", "site", "expected"),
    [
        ("https://digital-strategy.ec.europa.eu/en/x", None, "commission"),
        ("https://www.SaferInternet.example/news/", None, "www.saferinternet.example"),
        ("https://www.saferinternet.example/news/", "www.saferinternet.example", None),
        ("http://127.0.0.1:8080/page", "bik", None),  # a watched site's page served elsewhere
    ],
)
def test_a_source_is_of_its_watched_site_or_else_of_its_host(url, site, expected):
    raw = {"id": "x", "url": url, **({"site": site} if site else {})}
    [source] = parse_config({"sources": [raw]}).sources
    assert source.site == (expected or site)


def test_a_site_that_is_neither_watched_nor_the_host_is_refused():
    raw = {"id": "x", "url": "https://sic.example/", "site": "comission"}
    with pytest.raises(ConfigError) as caught:
        parse_config({"sources": [raw]})
    assert "one of bik, commission or the page's host 'sic.example'" in str(caught.value)


def test_unreadable_and_invalid_toml_files_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="no such sources file"):
        load_config(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[sources]\nid=", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)


def test_locations_come_from_flags_then_environment_then_defaults(monkeypatch):
    monkeypatch.setenv("BIKWATCH_OUTBOX", "/var/spool/bikwatch")
    monkeypatch.delenv("BIKWATCH_SNAPSHOTS", raising=False)
    workspace = Workspace.resolve(snapshots="elsewhere", outbox=None)
    assert workspace.snapshots == Path("elsewhere")
    assert workspace.outbox == Path("/var/spool/bikwatch")
    assert workspace.sources == Path("sources.toml")


def test_the_readme_and_the_flow_follow_the_one_table_of_stores():
    import inspect

    from pipeline.flow import scrape, scrape_sources
    from pipeline.store.locations import STORE_NAMES, STORES

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    sources, *stores = STORES
    assert f"`{sources.flag}` or `{sources.env}`" in readme
    for store in stores:
        assert f"| {store.label} | `{store.default}/` | `{store.flag}` / `{store.env}` |" in readme
    for flow in (scrape, scrape_sources):
        assert tuple(inspect.signature(flow.fn).parameters) == STORE_NAMES
