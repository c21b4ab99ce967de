"""Site profiles learned from the raw archive, and their place in the extractor's version."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from extractors import EXTRACTOR_VERSION
from pipeline.config import Workspace, parse_config
from pipeline.fetch.models import FetchedPage
from pipeline.run.context import RunContext
from pipeline.run.profiles import learn_profiles, load_profile, save_profiles
from schemas.errors import StoreError

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
BIK = "https://better-internet-for-kids.europa.eu"
BIK_PAGES = ["hotlines.html", "previous-initiatives.html", "ceo-coalition-launch.html"]


def context_with_archive(tmp_path: Path, files: list[str]) -> RunContext:
    sources = [
        {
            "id": f"page-{n}",
            "url": f"https://better-internet-for-kids.europa.eu/p{n}",
            "site": "bik",
        }
        for n, _ in enumerate(files)
    ]
    ctx = RunContext(parse_config({"sources": sources}), Workspace.under(tmp_path))
    for source, file in zip(ctx.config.sources, files, strict=True):
        page = FetchedPage(
            requested_url=source.url,
            final_url=source.url,
            status=200,
            headers=[("Content-Type", "text/html; charset=utf-8")],
            body=(CORPUS / "bik" / file).read_bytes(),
            fetched_at=datetime(2026, 10, 1, tzinfo=UTC),
            declared_charset="utf-8",
        )
        ctx.archive.record(source.id, page)
    return ctx


def test_a_profile_learned_from_the_archive_is_used_and_versioned(tmp_path):
    ctx = context_with_archive(tmp_path, BIK_PAGES)
    assert ctx.extractor_version("bik") == EXTRACTOR_VERSION  # the shipped profile

    profiles = learn_profiles(ctx.archive, ctx.config.sources)
    assert set(profiles) == {"bik"}
    assert profiles["bik"].pages == 3 and profiles["bik"].template_blocks
    [path] = save_profiles(ctx.workspace.state, profiles)

    fresh = RunContext(ctx.config, ctx.workspace)
    assert fresh.cleaning_profile("bik") == profiles["bik"]
    learned_version = fresh.extractor_version("bik")
    assert learned_version.startswith(f"{EXTRACTOR_VERSION}+profile.")
    path.write_text(path.read_text().replace(profiles["bik"].template_blocks[0], "0" * 16))
    # Another profile is another extractor: re-extraction tells its effects apart.
    assert RunContext(ctx.config, ctx.workspace).extractor_version("bik") != learned_version


def test_too_few_pages_teach_no_profile(tmp_path):
    ctx = context_with_archive(tmp_path, BIK_PAGES[:2])
    assert learn_profiles(ctx.archive, ctx.config.sources) == {}


def test_a_site_key_that_is_no_file_name_is_refused(tmp_path):
    with pytest.raises(StoreError, match="invalid site"):
        load_profile(tmp_path, "../etc")
    assert load_profile(tmp_path, "sic.example") is None  # no profile learned, none shipped
