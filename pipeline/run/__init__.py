"""Running: the run context, the per-source steps, re-extraction, profiles, task runners."""
