"""Which watched site a URL belongs to: the name that selects per-site rules and profiles."""

from __future__ import annotations

from urllib.parse import urlsplit

# (site, host suffixes). A host matches a suffix when it equals it or ends with "." + suffix;
# the first matching site wins, so the more specific hosts come first.
SITE_HOSTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bik", ("better-internet-for-kids.europa.eu", "betterinternetforkids.eu")),
    (
        "commission",
        ("digital-strategy.ec.europa.eu", "commission.europa.eu", "ec.europa.eu"),
    ),
)


def _host_matches(host: str, suffix: str) -> bool:
    return host == suffix or host.endswith("." + suffix)


def site_for_url(url: str) -> str | None:
    """The site name ("bik", "commission") of `url`, or None for a host no site claims."""
    host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    if not host:
        return None
    for site, suffixes in SITE_HOSTS:
        if any(_host_matches(host, suffix) for suffix in suffixes):
            return site
    return None
