"""Delivering the outbox over SMTP: bounded retries, and never losing an alert.

A server that is down, refuses us or rejects the login leaves every undelivered alert in the
outbox, to be sent by the next run; `deliver_pending` reports why and never raises for it.
The password comes from an environment variable or a Prefect Secret block, is read only when
sending, and is never logged or reported.
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pipeline.notify.outbox import Outbox
from schemas.errors import ConfigError, StoreError

log = logging.getLogger(__name__)

NO_SMTP_REASON = "no SMTP server configured: the alert stays in the outbox as an .eml file"


class SmtpSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    host: str = Field(min_length=1)
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str | None = None
    password_env: str | None = None  # name of the environment variable holding the password
    password_secret_block: str | None = None  # name of a Prefect Secret block
    sender: str = Field(min_length=3)
    recipients: list[str] = Field(min_length=1)
    timeout: float = Field(default=10.0, gt=0, le=300)
    retries: int = Field(default=3, ge=1, le=10)
    retry_delay: float = Field(default=2.0, ge=0, le=60)  # seconds, doubled at each attempt
    ca_file: Path | None = None  # trust this CA instead of the system's (a private server)

    @field_validator("sender", "recipients")
    @classmethod
    def _one_line(cls, value: str | list[str]) -> str | list[str]:
        for address in [value] if isinstance(value, str) else value:
            if any(char in address for char in "\r\n") or "@" not in address:
                raise ValueError(f"not a single e-mail address: {address!r}")
        return value

    @model_validator(mode="after")
    def _one_password_source(self) -> SmtpSettings:
        if self.password_env and self.password_secret_block:
            raise ValueError("give password_env or password_secret_block, not both")
        return self


class KeptAlert(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: Path
    reason: str


class DeliveryReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    sent: list[Path] = Field(default_factory=list)  # their place under outbox/sent/
    kept: list[KeptAlert] = Field(default_factory=list)

    @property
    def all_delivered(self) -> bool:
        return not self.kept

    @property
    def failure(self) -> str | None:
        """Why alerts stayed in the outbox though a server is configured (None: no failure).

        Without an SMTP server the outbox is where alerts are meant to wait: not a failure.
        """
        failed = [kept for kept in self.kept if kept.reason != NO_SMTP_REASON]
        if not failed:
            return None
        count = f"{len(failed)} alert{'s' if len(failed) > 1 else ''}"
        return f"{count} not delivered, kept in the outbox for the next run: {failed[0].reason}"


def resolve_password(settings: SmtpSettings) -> str | None:
    """The SMTP password, read now (never stored in the settings)."""
    if settings.password_env:
        password = os.environ.get(settings.password_env)
        if not password:
            raise ConfigError(f"environment variable {settings.password_env} is not set")
        return password
    if settings.password_secret_block:
        return load_secret_block(settings.password_secret_block)
    return None


def load_secret_block(name: str) -> str:
    """A Prefect Secret block's value."""
    try:
        # Deferred on purpose: the one use of Prefect outside pipeline/flow.py, paid only when
        # `password_secret_block` is configured (alerts, feeds and the CLI never import Prefect).
        from prefect.blocks.system import Secret

        # _sync: a value, never a coroutine, even when called from async code.
        block: Any = Secret.load(name, _sync=True)  # type: ignore[call-arg]
        return str(block.get())
    except Exception as exc:  # Prefect raises several kinds; one config error for the caller
        raise ConfigError(
            f"cannot load Prefect Secret block {name!r}: {type(exc).__name__}"
        ) from None


def deliver_pending(outbox: Outbox, settings: SmtpSettings | None) -> DeliveryReport:
    """Send every pending alert; what cannot be sent stays in the outbox with a reason."""
    pending = outbox.pending()
    if not pending or settings is None:
        return DeliveryReport(kept=[KeptAlert(path=p, reason=NO_SMTP_REASON) for p in pending])
    try:
        password = resolve_password(settings)
    except ConfigError as exc:
        log.warning("alert delivery failed: %s", exc)
        return _keep_all(pending, str(exc))
    remaining = list(pending)
    sent: list[Path] = []
    reason = ""
    for attempt in range(1, settings.retries + 1):
        try:
            _send_all(remaining, sent, outbox, settings, password)
            break
        except _PERMANENT_ERRORS as exc:
            reason = _describe(exc)
            break
        except (OSError, smtplib.SMTPException) as exc:
            reason = f"{_describe(exc)} (after {attempt} attempt{'s' if attempt > 1 else ''})"
            log.warning("SMTP delivery attempt %d to %s failed: %s", attempt, settings.host, reason)
            if attempt < settings.retries:
                time.sleep(settings.retry_delay * 2 ** (attempt - 1))
    report = DeliveryReport(sent=sent, kept=[KeptAlert(path=p, reason=reason) for p in remaining])
    log.info("delivered %d alert(s), kept %d in the outbox", len(sent), len(remaining))
    if report.failure:
        log.warning("alert delivery failed: %s", report.failure)
    return report


def _keep_all(paths: list[Path], reason: str) -> DeliveryReport:
    return DeliveryReport(kept=[KeptAlert(path=p, reason=reason) for p in paths])


def _send_all(
    remaining: list[Path],
    sent: list[Path],
    outbox: Outbox,
    settings: SmtpSettings,
    password: str | None,
) -> None:
    """Send over one connection, moving each delivered file out of `remaining` at once."""
    with _connect(settings, password) as client:
        while remaining:
            client.send_message(read_alert(remaining[0]), to_addrs=settings.recipients)
            sent.append(outbox.mark_sent(remaining.pop(0)))


def _connect(settings: SmtpSettings, password: str | None) -> smtplib.SMTP:
    context = ssl.create_default_context(cafile=settings.ca_file)
    client: smtplib.SMTP
    if settings.security == "tls":
        client = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=context
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        if settings.security == "starttls":
            client.starttls(context=context)
        if settings.username:
            if settings.security == "none":
                raise ConfigError("refusing to send the SMTP password without TLS")
            client.login(settings.username, password or "")
    except BaseException:
        client.close()
        raise
    return client


def read_alert(path: Path) -> EmailMessage:
    try:
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
    except OSError as exc:
        raise StoreError(f"cannot read alert {path}: {exc}") from exc
    assert isinstance(message, EmailMessage)  # policy.default builds EmailMessage
    return message


# Retrying these cannot help: a wrong password, refused addresses, a certificate we distrust.
_PERMANENT_ERRORS = (
    smtplib.SMTPAuthenticationError,
    smtplib.SMTPRecipientsRefused,
    smtplib.SMTPSenderRefused,
    smtplib.SMTPNotSupportedError,
    ssl.SSLCertVerificationError,
    ConfigError,
    StoreError,
)


def _describe(exc: BaseException) -> str:
    """One line about a failure, from the server's answer: never the credentials we sent."""
    if isinstance(exc, smtplib.SMTPResponseException):
        answer = (
            exc.smtp_error.decode("utf-8", "replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )
        return f"SMTP server answered {exc.smtp_code}: {' '.join(answer.split())}"
    return f"{type(exc).__name__}: {' '.join(str(exc).split()) or 'no detail'}"
