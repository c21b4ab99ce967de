"""URLs to site names: the key of per-site rules and profiles."""

from __future__ import annotations

import pytest

from extractors.sites import site_for_url


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://better-internet-for-kids.europa.eu/en/bik/multistakeholder-approach", "bik"),
        ("https://www.betterinternetforkids.eu/en/practice/hotlines", "bik"),
        ("https://digital-strategy.ec.europa.eu/en/policies/digital-services-act", "commission"),
        ("https://ec.europa.eu/commission/presscorner/detail/en/IP_11_1485", "commission"),
        ("https://commission.europa.eu/index_en", "commission"),
        ("https://home-affairs.ec.europa.eu/x", "commission"),
        ("https://youth.europa.eu/strategy/european-youth-goals_en", "commission"),
        ("HTTPS://EC.EUROPA.EU./x", "commission"),
        ("https://europa.eu/youreurope", None),
        ("https://notec.europa.eu.example.com/", None),
        ("http://127.0.0.1:8000/page", None),
        ("not a url", None),
        ("", None),
    ],
)
def test_site_for_url(url: str, site: str | None) -> None:
    assert site_for_url(url) == site
