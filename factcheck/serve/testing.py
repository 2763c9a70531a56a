"""A real server on a free loopback port, in this process: for browser tests, screenshots
and the benchmark, which need HTTP as a browser speaks it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from factcheck.config import Config


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def running_server(
    config: Config | None = None, election: str | None = None, *, timeout: float = 30.0
) -> Iterator[str]:
    """Serve the app on 127.0.0.1 until the block ends; yields its base URL."""
    import uvicorn

    from factcheck.serve.app import build

    app = build(config, election)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, access_log=False, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
