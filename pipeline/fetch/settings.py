"""How politely and how patiently bikwatch fetches: one options object for the whole fetcher."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from pydantic import BaseModel, ConfigDict, Field

CONTACT_URL = "https://github.com/bikwatch/bikwatch"


def package_version() -> str:
    try:
        return version("bikwatch")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0"


def default_user_agent() -> str:
    """An identifying User-Agent with a contact URL, as site operators ask of crawlers."""
    return f"bikwatch/{package_version()} (+{CONTACT_URL}; child-safety policy monitor)"


class FetchSettings(BaseModel):
    """Timeouts, retry policy and limits of the fetcher. Durations are in seconds."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    user_agent: str = Field(default_factory=default_user_agent, min_length=1)
    connect_timeout: float = Field(default=10.0, gt=0)
    read_timeout: float = Field(default=20.0, gt=0)
    # Bounds one attempt, from connecting to the last body byte, so a slow drip cannot hold a
    # worker forever even when every single read beats `read_timeout`.
    total_deadline: float = Field(default=60.0, gt=0)
    max_attempts: int = Field(default=4, ge=1)
    backoff_base: float = Field(default=1.0, ge=0)
    backoff_cap: float = Field(default=30.0, ge=0)
    retry_after_cap: float = Field(default=120.0, ge=0)
    max_redirects: int = Field(default=5, ge=0)
    max_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    per_host_concurrency: int = Field(default=2, ge=1)
    respect_robots: bool = True
