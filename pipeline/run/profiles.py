"""Site profiles learned from the raw archive: the template blocks a site repeats on its pages.

Cleaning ships a profile for each watched site, learned from sample pages; `bikwatch
learn-profiles` learns one for every site with enough sources (the two watched sites, and any
other by its host name) from the newest archived page of each, so that a redesign of a site is
absorbed without a code change and a new site is cleaned in "profile" mode too. A learned
profile lives under `<state>/profiles/<site>.json` and wins over the shipped one. It is part
of the extractor: the version recorded in snapshots carries its fingerprint, so re-extraction
tells its effects apart from changes of the pages.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from extractors import EXTRACTOR_VERSION
from extractors.clean import SiteProfile, default_profile, learn_site_profile
from extractors.clean.profile import MIN_PAGES
from extractors.decode import decode_html
from pipeline.store.files import replace_file
from schemas.config import Source
from schemas.errors import InputError, StoreError
from schemas.sites import is_site_key

if TYPE_CHECKING:
    from pipeline.store.archive import RawArchive


def learned_profile_path(state: Path, site: str) -> Path:
    if not is_site_key(site):  # it names a file: a store never trusts its callers
        raise StoreError(f"invalid site {site!r}: use a host name or a watched site's name")
    return state / "profiles" / f"{site}.json"


def learned_profile_file(state: Path, site: str | None) -> Path | None:
    """The file of the site's learned profile, when it has one."""
    if site is None:
        return None
    path = learned_profile_path(state, site)
    return path if path.is_file() else None


def load_profile(state: Path, site: str | None) -> SiteProfile | None:
    """The learned profile of a site when there is one, else the shipped one."""
    path = learned_profile_file(state, site)
    if path is not None:
        try:
            return SiteProfile.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"{path}: unreadable site profile: {exc}") from None
    return default_profile(site)


def extractor_version(state: Path, site: str | None) -> str:
    """EXTRACTOR_VERSION, plus the fingerprint of a learned profile when one is in use."""
    path = learned_profile_file(state, site)
    if path is None:
        return EXTRACTOR_VERSION
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:8]
    return f"{EXTRACTOR_VERSION}+profile.{digest}"


def learn_profiles(archive: RawArchive, sources: list[Source]) -> dict[str, SiteProfile]:
    """A profile per site (its `Source.site`: a watched site or a host name) from the newest
    archived page of each of its sources; a site with fewer pages than learning needs to tell
    template from content gets none."""
    pages: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for source in sources:
        archived = archive.latest(source.id)
        if archived is None:
            continue
        try:
            pages[source.site].append(
                (decode_html(archived.body, archived.declared_charset), source.url)
            )
        except InputError:
            continue  # an unreadable capture teaches nothing
    return {
        site: learn_site_profile(found).model_copy(update={"site": site})
        for site, found in pages.items()
        if len({url for _, url in found}) >= MIN_PAGES
    }


def save_profiles(state: Path, profiles: dict[str, SiteProfile]) -> list[Path]:
    paths = []
    for site, profile in sorted(profiles.items()):
        path = learned_profile_path(state, site)
        replace_file(path, (profile.model_dump_json(indent=2) + "\n").encode("utf-8"))
        paths.append(path)
    return paths
