"""Change alerts: compose one email per run, file it in the outbox, deliver it over SMTP.

Importing this package never imports Prefect; only a configured Secret block loads it, lazily.
"""

from pipeline.notify.compose import compose_alert
from pipeline.notify.outbox import RUN_HEADER, Outbox
from pipeline.notify.smtp import DeliveryReport, KeptAlert, SmtpSettings, deliver_pending

__all__ = [
    "RUN_HEADER",
    "DeliveryReport",
    "KeptAlert",
    "Outbox",
    "SmtpSettings",
    "compose_alert",
    "deliver_pending",
]
