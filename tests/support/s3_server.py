"""A local S3-compatible server (moto's, on loopback) for the shared-store tests."""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

# Dummy credentials: moto accepts any, and botocore refuses to sign without some.
CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "bikwatch-test",
    "AWS_SECRET_ACCESS_KEY": "bikwatch-test",
    "AWS_DEFAULT_REGION": "us-east-1",
}


@dataclass(frozen=True)
class S3Server:
    endpoint_url: str

    @property
    def options(self) -> dict[str, str]:
        """fsspec storage options that point s3fs at this server."""
        return {"endpoint_url": self.endpoint_url}

    def new_bucket(self) -> str:
        """A fresh, empty bucket; its name as an `s3://` URL."""
        import s3fs

        name = f"bikwatch-{uuid.uuid4().hex[:12]}"
        s3fs.S3FileSystem(endpoint_url=self.endpoint_url, skip_instance_cache=True).mkdir(name)
        return f"s3://{name}"


@contextmanager
def running_s3_server() -> Iterator[S3Server]:
    """Start moto's threaded server on a free loopback port, with credentials in the env."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one log line per request otherwise
    saved = {name: os.environ.get(name) for name in CREDENTIALS}
    os.environ.update(CREDENTIALS)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield S3Server(f"http://{host}:{port}")
    finally:
        server.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
