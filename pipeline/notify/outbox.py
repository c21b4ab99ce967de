"""The outbox: alerts wait here as RFC 5322 `.eml` files until a delivery succeeds.

An alert is written before any attempt to send it, so a crash or a down server never loses
it; a delivered one moves to `sent/`. File names derive from the run id, so putting the same
run's alert twice, or after it was sent, keeps one file and sends it once.
"""

from __future__ import annotations

import hashlib
import re
from email import policy
from email.message import EmailMessage
from pathlib import Path

from pipeline.store.files import replace_file
from schemas.errors import StoreError

# The run an alert belongs to: the outbox files alerts by it, so a run never files two.
RUN_HEADER = "X-Bikwatch-Run"

SENT_DIR = "sent"
_UNSAFE_NAME_CHARS = re.compile(r"[^A-Za-z0-9._-]+")


def alert_file_name(run_id: str) -> str:
    """A readable, collision-free file name for one run's alert."""
    readable = _UNSAFE_NAME_CHARS.sub("_", run_id)[:60].strip("._") or "run"
    digest = hashlib.sha256(run_id.encode("utf-8")).hexdigest()[:10]
    return f"alert-{readable}-{digest}.eml"


class Outbox:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.sent_path = self.path / SENT_DIR

    def put(self, message: EmailMessage) -> Path:
        """Store the alert (atomically); the file already there when this run's alert is."""
        key = message.get(RUN_HEADER) or message.get("Message-ID")
        if not key:
            raise StoreError(f"alert has neither {RUN_HEADER} nor Message-ID: cannot file it")
        name = alert_file_name(str(key))
        for existing in (self.path / name, self.sent_path / name):
            if existing.exists():
                return existing
        target = self.path / name
        # RFC 5322 wants CRLF line ends; the SMTP policy writes them.
        replace_file(target, message.as_bytes(policy=policy.SMTP))
        return target

    def pending(self) -> list[Path]:
        """Alerts not yet delivered, oldest first."""
        if not self.path.is_dir():
            return []
        files = [p for p in self.path.glob("*.eml") if p.is_file()]
        return sorted(files, key=lambda p: (p.stat().st_mtime_ns, p.name))

    def sent(self) -> list[Path]:
        if not self.sent_path.is_dir():
            return []
        return sorted(self.sent_path.glob("*.eml"))

    def mark_sent(self, path: Path) -> Path:
        """Move a delivered alert to `sent/`; returns its new place."""
        try:
            self.sent_path.mkdir(parents=True, exist_ok=True)
            return Path(path).replace(self.sent_path / Path(path).name)
        except OSError as exc:
            raise StoreError(f"cannot move {path} to {self.sent_path}: {exc}") from exc
