"""The reviewed registries of initiatives and organisations, and the look-ups over them."""

from extractors.registry.loader import (
    OrganisationRegistry,
    Registry,
    load_initiatives,
    load_organisations,
    normalise_mention,
)

__all__ = [
    "OrganisationRegistry",
    "Registry",
    "load_initiatives",
    "load_organisations",
    "normalise_mention",
]
