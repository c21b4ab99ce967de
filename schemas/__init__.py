"""Pydantic models and the exception tree: the vocabulary every other package speaks."""
