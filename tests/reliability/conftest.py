"""Fixtures shared by the reliability tests: one extraction pipeline, the two loopback servers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from extractors.extract import build_nlp
from pipeline.replay_server import ReplayServer
from tests.support.fault_server import FaultServer


@pytest.fixture(scope="session")
def nlp() -> Language:
    return build_nlp()


@pytest.fixture(scope="module")
def faults() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server
