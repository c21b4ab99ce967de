"""Notifying: the wording of changes, the alert e-mail (compose, outbox, SMTP), Atom feeds and
the Prefect change table.

The package itself imports nothing, so that the wording alone (`bikwatch diff --format text`)
never pays for the mail modules. Importing any of them never imports Prefect; only a
configured Secret block loads it, when the password is needed.
"""
