"""Fetching source pages politely and within bounds: `fetcher.Fetcher` makes `models.FetchedPage`s.

The package itself imports nothing, so that reading a `FetchedPage` (the raw archive, the CLI)
never pays for importing httpx.
"""
