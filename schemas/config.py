"""The watch list and settings, as read from `sources.toml`.

Input we do not control (a user's file), so every model forbids unknown keys: a typo is an
error naming the field, not a silently ignored setting.
"""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    ValidationInfo,
    field_validator,
    model_validator,
)

from schemas.errors import StoreError
from schemas.sites import KNOWN_SITES, site_key_for_url

SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}\Z")  # \Z: "$" would let a final newline in


def is_http_url(url: str) -> bool:
    """An absolute http(s) URL with a host: the only kind of address bikwatch fetches."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def check_source_id(source_id: str) -> str:
    """A source id names a folder in every store: one safe path segment, or a StoreError.

    Configuration validation already refuses other ids; a store never trusts its callers."""
    if not SOURCE_ID.match(source_id):
        raise StoreError(f"invalid source id {source_id!r}: use [a-z0-9][a-z0-9._-]*")
    return source_id


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Strict):
    id: str
    url: str
    # Selects the site's rules and profile: "bik", "commission", or for another site its host
    # name (the default), under which `learn-profiles` saves the profile it learns.
    site: str
    name: str | None = None
    enabled: bool = True
    # Per-source overrides of the global settings.
    fail_after: int | None = Field(default=None, ge=1)
    stale_after_days: int | None = Field(default=None, ge=1)

    @field_validator("id")
    @classmethod
    def _safe_id(cls, value: str) -> str:
        # Ids name folders of the stores: keep them from escaping those folders.
        if not SOURCE_ID.match(value):
            raise ValueError("must be lowercase letters, digits, '.', '_' or '-' (max 80)")
        return value

    @model_validator(mode="before")
    @classmethod
    def _site_from_url(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("site") is None and isinstance(data.get("url"), str):
            site = site_key_for_url(data["url"])
            return {**data, "site": site} if site else data
        return data

    @field_validator("site")
    @classmethod
    def _known_or_own_site(cls, value: str, info: ValidationInfo) -> str:
        # A free name would let a typo ("comission") silently clean by the general rules.
        own = site_key_for_url(info.data.get("url", ""))
        if value not in KNOWN_SITES and value != own:
            host = f" or the page's host {own!r}" if own else ""
            raise ValueError(f"must be one of {', '.join(KNOWN_SITES)}{host}, or left out")
        return value

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not is_http_url(value):
            raise ValueError(f"must be an http(s) URL with a host: {value!r}")
        return value

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def origin(self) -> str:
        """`scheme://host:port`: where the fetcher may go for this source, redirects included."""
        return url_origin(self.url)


def url_origin(url: str) -> str:
    """The origin of an http(s) URL, its port always written: `https://example.org:443`."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{f'[{host}]' if ':' in host else host}:{port}"


CONTACT_URL = "https://github.com/bikwatch/bikwatch"


def package_version() -> str:
    try:
        return version("bikwatch")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0"


def default_user_agent() -> str:
    """An identifying User-Agent with a contact URL, as site operators ask of crawlers."""
    return f"bikwatch/{package_version()} (+{CONTACT_URL}; child-safety policy monitor)"


class FetchSettings(_Strict):
    """Timeouts, retry policy and limits of the fetcher. Durations are in seconds."""

    user_agent: str = Field(default_factory=default_user_agent, min_length=1)
    connect_timeout: float = Field(default=10.0, gt=0)
    read_timeout: float = Field(default=20.0, gt=0)
    # Bounds one attempt, from connecting to the last body byte, so a slow drip cannot hold a
    # worker forever even when every single read beats `read_timeout`.
    total_deadline: float = Field(default=60.0, gt=0)
    # Bounds a source's fetch, every attempt and wait between them included.
    source_deadline: float = Field(default=300.0, gt=0)
    max_attempts: int = Field(default=4, ge=1, le=10)
    backoff_base: float = Field(default=1.0, ge=0)
    backoff_cap: float = Field(default=30.0, ge=0)
    retry_after_cap: float = Field(default=120.0, ge=0)
    max_redirects: int = Field(default=5, ge=0, le=20)
    max_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    per_host_concurrency: int = Field(default=2, ge=1)
    respect_robots: bool = True


class FetchConfig(FetchSettings):
    """`[fetch]`: the fetcher's settings, and the run's rounds of retries over them."""

    # More rounds for sources whose fetch failed for a reason that may pass (timeouts, 429,
    # 5xx), this long apart, after the fetcher's own attempts are spent.
    task_retries: int = Field(default=1, ge=0, le=5)
    task_retry_delay_seconds: float = Field(default=10.0, ge=0)

    def fetcher_settings(self) -> dict[str, object]:
        """The fields the fetcher itself takes."""
        return self.model_dump(include=set(FetchSettings.model_fields))


class AlertConfig(_Strict):
    sender: str = "bikwatch@localhost"
    recipients: list[str] = Field(default_factory=lambda: ["bikwatch@localhost"])
    fail_after: int = Field(default=3, ge=1)
    stale_after_days: int = Field(default=7, ge=1)

    @field_validator("sender", "recipients")
    @classmethod
    def _one_address_each(cls, value: str | list[str]) -> str | list[str]:
        # Addresses become mail headers: a line break would let this file add headers, and
        # delivery would refuse them only at the end of a run, every run.
        for address in [value] if isinstance(value, str) else value:
            if "@" not in address or any(char in address for char in "\r\n"):
                raise ValueError(f"not a single e-mail address: {address!r}")
        return value


class SmtpConfig(_Strict):
    host: str
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str | None = None
    password_env: str | None = None  # name of the environment variable with the password
    password_secret_block: str | None = None  # or the name of a Prefect Secret block
    timeout: float = Field(default=30.0, gt=0, le=300)
    retries: int = Field(default=3, ge=1, le=10)
    retry_delay: float = Field(default=2.0, ge=0, le=60)
    ca_file: str | None = None  # trust this CA instead of the system's (a private server)


class ScheduleConfig(_Strict):
    cron: str = "0 6 * * *"
    timezone: str = "Europe/Brussels"


class RunnerConfig(_Strict):
    """Where a run's tasks execute: threads of the flow's process, or a Dask cluster."""

    kind: Literal["threads", "dask"] = "threads"
    # Fetches wait on the network most of the time; per_host_concurrency keeps them polite.
    max_workers: int = Field(default=8, ge=1, le=64)  # threads, or threads per Dask worker
    dask_address: str | None = None  # a running scheduler; None starts a LocalCluster
    dask_workers: int = Field(default=2, ge=1, le=64)  # workers of that LocalCluster
    dask_processes: bool = True  # LocalCluster workers as processes (False: threads)

    @model_validator(mode="after")
    def _dask_settings_need_dask(self) -> RunnerConfig:
        if self.kind == "threads" and self.dask_address is not None:
            raise ValueError('dask_address needs kind = "dask"')
        return self


class StorageConfig(_Strict):
    """fsspec storage options for snapshot and archive locations given as URLs (`s3://...`).

    Credentials belong in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, or an
    instance role), never in this file; the endpoint may come from AWS_ENDPOINT_URL too.
    """

    options: dict[str, JsonValue] = Field(default_factory=dict)

    @field_validator("options")
    @classmethod
    def _no_secrets(cls, value: dict[str, JsonValue]) -> dict[str, JsonValue]:
        secrets = sorted(k for k in value if k in {"key", "secret", "token", "password"})
        if secrets:
            raise ValueError(f"put credentials in the environment, not here: {', '.join(secrets)}")
        return value


class Config(_Strict):
    sources: list[Source] = Field(min_length=1)
    fetch: FetchConfig = Field(default_factory=FetchConfig)
    alerts: AlertConfig = Field(default_factory=AlertConfig)
    smtp: SmtpConfig | None = None
    schedule: ScheduleConfig = Field(default_factory=ScheduleConfig)
    runner: RunnerConfig = Field(default_factory=RunnerConfig)
    storage: StorageConfig = Field(default_factory=StorageConfig)

    @model_validator(mode="after")
    def _unique_ids(self) -> Config:
        ids = [source.id for source in self.sources]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"source ids must be unique: {', '.join(duplicates)}")
        return self

    @property
    def enabled_sources(self) -> list[Source]:
        return [source for source in self.sources if source.enabled]

    @property
    def allowed_hosts(self) -> set[str]:
        return {source.host for source in self.sources}

    @property
    def allowed_origins(self) -> set[str]:
        return {source.origin for source in self.sources}
