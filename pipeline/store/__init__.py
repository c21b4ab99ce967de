"""Storing: snapshots, the raw archive (WARC), blob locations and the run state."""
