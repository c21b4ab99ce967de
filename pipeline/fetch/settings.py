"""The fetcher's options object; it lives with the configuration models, of which `[fetch]`
extends it."""

from schemas.config import CONTACT_URL, FetchSettings, default_user_agent, package_version

__all__ = ["CONTACT_URL", "FetchSettings", "default_user_agent", "package_version"]
