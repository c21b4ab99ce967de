"""A client that resets its connection to the replay server is no server error: nothing is
printed (the default handler printed a traceback, seen in a test run's output)."""

from __future__ import annotations

import socket
import struct
import time

import httpx
import pytest

from pipeline.replay_server import ReplayServer


def test_a_reset_connection_prints_nothing_and_the_server_goes_on(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with ReplayServer({"/ok": (b"<p>ok</p>", "text/html")}) as server:
        host, port = server.host, int(server.base_url.rsplit(":", 1)[1])
        client = socket.create_connection((host, port))
        client.sendall(b"GET /ok HTTP/1.1\r\nHost: x\r\n")  # a request left half written
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()  # linger 0: a reset, not a clean close
        time.sleep(0.3)  # the handler thread reads the reset
        assert httpx.get(server.url("/ok")).status_code == 200
    assert "Traceback" not in capfd.readouterr().err
