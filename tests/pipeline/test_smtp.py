"""Real delivery to a real SMTP server on loopback (aiosmtpd), with STARTTLS or TLS and AUTH."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from pipeline.notify.compose import compose_alert
from pipeline.notify.outbox import Outbox
from pipeline.notify.smtp import SmtpSettings, deliver_pending
from schemas.changes import Change, DiffResult
from schemas.run import RunReport, SourceOutcome

USER, PASSWORD, PASSWORD_ENV = "bikwatch", "s3cret-pass", "BIKWATCH_TEST_SMTP_PASSWORD"
HOST = "127.0.0.1"


@dataclass(frozen=True)
class Certificate:
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    """A self-signed certificate for 127.0.0.1, which the client trusts as its CA file."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return Certificate(cert_file, key_file)


@dataclass
class Inbox:
    """What the server received: the raw messages and their envelopes."""

    messages: list[EmailMessage] = field(default_factory=list)
    recipients: list[list[str]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = message_from_bytes(envelope.original_content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 Message accepted"


def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    # handled=False: aiosmtpd then answers 535 itself (handled=True would leave the client hanging).
    return AuthResult(success=ok, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def start_server(
    certificate: Certificate, inbox: Inbox, port: int, *, implicit_tls: bool
) -> Controller:
    # aiosmtpd only counts STARTTLS as TLS for AUTH; under implicit TLS all of it is encrypted.
    tls: dict[str, Any] = (
        {"ssl_context": certificate.server_context(), "auth_require_tls": False}
        if implicit_tls
        else {
            "tls_context": certificate.server_context(),
            "require_starttls": True,
            "auth_require_tls": True,
        }
    )
    controller = Controller(
        inbox,
        hostname=HOST,
        port=port,
        authenticator=authenticate,
        **tls,
    )
    controller.start()
    return controller


@pytest.fixture
def inbox() -> Inbox:
    return Inbox()


@pytest.fixture
def starttls_server(certificate: Certificate, inbox: Inbox) -> Iterator[int]:
    port = free_port()
    controller = start_server(certificate, inbox, port, implicit_tls=False)
    yield port
    controller.stop()


@pytest.fixture(autouse=True)
def password_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


def settings(certificate: Certificate, port: int, **overrides: Any) -> SmtpSettings:
    values: dict[str, Any] = {
        "host": HOST,
        "port": port,
        "security": "starttls",
        "username": USER,
        "password_env": PASSWORD_ENV,
        "sender": "bikwatch@example.org",
        "recipients": ["team@example.org", "lead@example.org"],
        "timeout": 2.0,
        "retries": 2,
        "retry_delay": 0.0,
        "ca_file": certificate.cert_file,
    }
    return SmtpSettings(**(values | overrides))


def queue_alert(outbox: Outbox, run_id: str = "run-1") -> Path:
    change = Change(
        kind="signatory_added",
        initiative="Code of conduct",
        value="<script>alert(1)</script>",
        quote="TikTok & <b>friends</b> joined.",
    )
    report = RunReport(
        run_id=run_id,
        started_at=dt.datetime(2025, 3, 1, tzinfo=dt.UTC),
        outcomes=[
            SourceOutcome(
                source_id="hate-speech",
                url="https://commission.europa.eu/hate-speech",
                name="Hate speech\r\nBcc: intruder@example.org",
                outcome="changed",
                diff=DiffResult(changes=[change]),
            )
        ],
    )
    message = compose_alert(report, sender="bikwatch@example.org", recipients=["team@example.org"])
    assert message is not None
    return outbox.put(message)


def test_starttls_with_auth_delivers_the_alert(
    certificate: Certificate, inbox: Inbox, starttls_server: int, tmp_path: Path
) -> None:
    outbox = Outbox(tmp_path)
    queued = queue_alert(outbox)
    delivery = deliver_pending(outbox, settings(certificate, starttls_server))
    assert delivery.all_delivered and [p.name for p in delivery.sent] == [queued.name]
    assert outbox.pending() == [] and (tmp_path / "sent" / queued.name).exists()
    (received,) = inbox.messages
    assert inbox.recipients == [["team@example.org", "lead@example.org"]]
    assert received["Subject"] == "bikwatch: 1 change on Hate speech Bcc: intruder@example.org"
    assert received["Bcc"] is None and received["X-Bikwatch-Run"] == "run-1"
    plain, rich = received.get_body(("plain",)), received.get_body(("html",))
    assert plain is not None and rich is not None
    assert "+ joined  <script>alert(1)</script>" in plain.get_content()
    html_text = rich.get_content()
    assert "<script>" not in html_text and "<b>friends</b>" not in html_text
    assert "joined</strong> &lt;script&gt;alert(1)&lt;/script&gt;" in html_text
    assert "TikTok &amp; &lt;b&gt;friends&lt;/b&gt; joined." in html_text


def test_implicit_tls(certificate: Certificate, inbox: Inbox, tmp_path: Path) -> None:
    port = free_port()
    controller = start_server(certificate, inbox, port, implicit_tls=True)
    try:
        outbox = Outbox(tmp_path)
        queue_alert(outbox)
        assert deliver_pending(outbox, settings(certificate, port, security="tls")).all_delivered
    finally:
        controller.stop()
    assert len(inbox.messages) == 1


def test_an_absent_server_keeps_the_alert_for_the_next_run(
    certificate: Certificate, inbox: Inbox, tmp_path: Path
) -> None:
    outbox, port = Outbox(tmp_path), free_port()
    queued = queue_alert(outbox)
    delivery = deliver_pending(outbox, settings(certificate, port))
    assert delivery.sent == [] and [k.path for k in delivery.kept] == [queued]
    assert "ConnectionRefusedError" in delivery.kept[0].reason
    assert "after 2 attempts" in delivery.kept[0].reason
    controller = start_server(certificate, inbox, port, implicit_tls=False)
    try:
        queue_alert(outbox)  # the same run re-run: still one alert
        assert deliver_pending(outbox, settings(certificate, port)).all_delivered
    finally:
        controller.stop()
    assert len(inbox.messages) == 1 and outbox.pending() == []


def test_a_refused_login_keeps_the_alert_and_never_reports_the_password(
    certificate: Certificate,
    inbox: Inbox,
    starttls_server: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    outbox = Outbox(tmp_path)
    queued = queue_alert(outbox)
    monkeypatch.setenv(PASSWORD_ENV, "wrong-password")
    delivery = deliver_pending(outbox, settings(certificate, starttls_server))
    assert [k.path for k in delivery.kept] == [queued] and inbox.messages == []
    assert "535" in delivery.kept[0].reason and "wrong-password" not in delivery.kept[0].reason
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    assert deliver_pending(outbox, settings(certificate, starttls_server)).all_delivered
    assert len(inbox.messages) == 1


def test_an_untrusted_certificate_is_not_accepted(
    certificate: Certificate, inbox: Inbox, starttls_server: int, tmp_path: Path
) -> None:
    outbox = Outbox(tmp_path)
    queue_alert(outbox)
    delivery = deliver_pending(outbox, settings(certificate, starttls_server, ca_file=None))
    assert "SSLCertVerificationError" in delivery.kept[0].reason and inbox.messages == []


def test_a_missing_password_variable_keeps_the_alert(
    certificate: Certificate, starttls_server: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outbox = Outbox(tmp_path)
    queue_alert(outbox)
    monkeypatch.delenv(PASSWORD_ENV)
    delivery = deliver_pending(outbox, settings(certificate, starttls_server))
    assert f"{PASSWORD_ENV} is not set" in delivery.kept[0].reason


def test_several_pending_alerts_go_in_one_delivery(
    certificate: Certificate, inbox: Inbox, starttls_server: int, tmp_path: Path
) -> None:
    outbox = Outbox(tmp_path)
    queue_alert(outbox, "run-1")
    queue_alert(outbox, "run-2")
    assert len(deliver_pending(outbox, settings(certificate, starttls_server)).sent) == 2
    assert sorted(m["X-Bikwatch-Run"] for m in inbox.messages) == ["run-1", "run-2"]


def test_settings_reject_header_injection_and_two_password_sources() -> None:
    with pytest.raises(ValueError, match="single e-mail address"):
        SmtpSettings(host="h", sender="a@b.eu\r\nBcc: x@y.eu", recipients=["c@d.eu"])
    with pytest.raises(ValueError, match="not both"):
        SmtpSettings(
            host="h",
            sender="a@b.eu",
            recipients=["c@d.eu"],
            password_env="X",
            password_secret_block="smtp",
        )
