"""Comparing: the diff of two extractions, matching, page health and source health."""
