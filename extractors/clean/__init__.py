"""Cleaning: the main text of a page, once, with its structure and without boilerplate."""

from extractors.clean.cleaner import clean_html, cleaning_mode
from extractors.clean.profile import SiteProfile, default_profile, learn_site_profile

__all__ = ["SiteProfile", "clean_html", "cleaning_mode", "default_profile", "learn_site_profile"]
