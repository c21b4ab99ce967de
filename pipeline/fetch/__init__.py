"""Fetching source pages politely and within bounds; see `Fetcher`."""

from pipeline.fetch.fetcher import Fetcher
from pipeline.fetch.models import FetchedPage, Validators
from pipeline.fetch.settings import FetchSettings, default_user_agent

__all__ = ["FetchSettings", "FetchedPage", "Fetcher", "Validators", "default_user_agent"]
