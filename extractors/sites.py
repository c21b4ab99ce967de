"""Which site a URL belongs to; the table lives in `schemas.sites`, which the watch list uses."""

from schemas.sites import KNOWN_SITES, SITE_HOSTS, is_site_key, site_for_url, site_key_for_url

__all__ = ["KNOWN_SITES", "SITE_HOSTS", "is_site_key", "site_for_url", "site_key_for_url"]
