"""Which site a URL belongs to: the name that selects per-site rules and profiles.

Here rather than in `extractors/` because the watch list defaults a source's site from it, and
`schemas` imports nothing of the packages above it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# (site, host suffixes). A host matches a suffix when it equals it or ends with "." + suffix;
# the first matching site wins, so the more specific hosts come first.
SITE_HOSTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bik", ("better-internet-for-kids.europa.eu", "betterinternetforkids.eu")),
    (
        "commission",
        # the European Youth Portal is the Commission's too, in the same ECL markup
        (
            "digital-strategy.ec.europa.eu",
            "commission.europa.eu",
            "ec.europa.eu",
            "youth.europa.eu",
        ),
    ),
)

KNOWN_SITES = tuple(site for site, _ in SITE_HOSTS)

# A site key names a learned profile's file (`<state>/profiles/<site>.json`): one safe path
# segment. Host names fit it; "." and ".." cannot, as the first character is a letter or digit.
SITE_KEY = re.compile(r"^[a-z0-9][a-z0-9._-]{0,252}\Z")  # \Z: "$" would let a final newline in


def is_site_key(value: str) -> bool:
    return bool(SITE_KEY.match(value))


def _host(url: str) -> str:
    return (urlsplit(url.strip()).hostname or "").lower().rstrip(".")


def _host_matches(host: str, suffix: str) -> bool:
    return host == suffix or host.endswith("." + suffix)


def site_for_url(url: str) -> str | None:
    """The site name ("bik", "commission") of `url`, or None for a host no site claims."""
    host = _host(url)
    if not host:
        return None
    for site, suffixes in SITE_HOSTS:
        if any(_host_matches(host, suffix) for suffix in suffixes):
            return site
    return None


def site_key_for_url(url: str) -> str | None:
    """The site of `url`: a watched site's name, else its host name (the key of a profile
    learned for it); None when the host is no safe key (an IPv6 literal)."""
    key = site_for_url(url) or _host(url)
    return key if is_site_key(key) else None
