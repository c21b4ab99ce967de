"""Cleaning and extraction: pure functions from HTML to pydantic models.

Never imports prefect or httpx, does no I/O and never reads the clock.
"""

# Bumped whenever cleaning or extraction output may change for the same raw page, so that
# snapshots record which extractor produced them and re-extraction can tell extractor changes
# apart from page changes.
EXTRACTOR_VERSION = "0.22.0"
