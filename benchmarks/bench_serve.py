"""``factcheck serve``: how long a warm ``/api/check`` takes on a 3 KB draft, and how long the
server takes to start answering.

Usage (from the repository root, with the ``serve`` extra installed)::

    python benchmarks/bench_serve.py [--requests N] [--starts N]

- ``/api/check``: a server started in this process on a free loopback port; one request to
  warm it, then ``--requests`` (default 200) POSTs of a 3 KB draft (seed 001's first 3 KB)
  over real HTTP (a kept-alive connection), checked against uk-ge-2017. Beside it, in turns,
  the same draft through ``Desk.check`` directly, so the HTTP and JSON cost shows apart from
  the check. Prints the median and 95th percentile.
- start-up: ``factcheck serve --election uk-ge-2017`` as a new process, timed from spawn to
  the first ``200`` from ``/healthz`` (the engine is built and warmed before it listens),
  ``--starts`` times (default 5), beside ``factcheck --version`` (the interpreter and the
  command's imports alone) in turns. Prints the median of each.

Targets (the issue's): under 50 ms warm, under 2 s to start.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from factcheck.serve.desk import Desk
from factcheck.serve.testing import free_port, running_server

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "examples" / "articles" / "001_0c5695e86abff121.txt").read_text(encoding="utf-8")


def draft() -> str:
    """3 KB of copy: seed 001, then its opening again, cut at a word."""
    text = (SEED + "\n\n" + SEED).encode("utf-8")[:3072].decode("utf-8", "ignore")
    return text[: text.rfind(" ")]


def bench_check(requests: int) -> None:
    text = draft()
    body = json.dumps({"text": text}).encode("utf-8")
    desk = Desk(election="uk-ge-2017")
    desk.warm()
    with running_server(election="uk-ge-2017") as base:
        host, port = base.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port))

        def post() -> int:
            conn.request("POST", "/api/check", body, {"Content-Type": "application/json"})
            r = conn.getresponse()
            payload = json.loads(r.read())
            return len(payload["findings"])

        found = post()
        http_ms: list[float] = []
        direct_ms: list[float] = []
        for _ in range(requests):
            t = time.perf_counter()
            post()
            http_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            desk.check(text)
            direct_ms.append((time.perf_counter() - t) * 1000)
        conn.close()
    print(f"draft: {len(text.encode('utf-8'))} bytes, {found} findings, {requests} requests")
    for name, xs in (("POST /api/check", http_ms), ("Desk.check (no HTTP)", direct_ms)):
        xs.sort()
        p95 = xs[int(len(xs) * 0.95) - 1]
        print(f"  {name:<22} median {statistics.median(xs):6.1f} ms   p95 {p95:6.1f} ms")


def _start_once() -> float:
    port = free_port()
    t = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "factcheck",
            "serve",
            "--election",
            "uk-ge-2017",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    return time.perf_counter() - t
            except OSError:
                time.sleep(0.01)
            if proc.poll() is not None:
                raise RuntimeError("factcheck serve exited before answering")
    finally:
        proc.terminate()
        proc.wait(10)


def _version_once() -> float:
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"], check=True, capture_output=True
    )
    return time.perf_counter() - t


def bench_start(starts: int) -> None:
    serve: list[float] = []
    version: list[float] = []
    for _ in range(starts):
        serve.append(_start_once())
        version.append(_version_once())
    print(f"start-up, median of {starts}:")
    print(f"  factcheck serve -> first /healthz  {statistics.median(serve):5.2f} s")
    print(f"  factcheck --version                {statistics.median(version):5.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    bench_check(args.requests)
    bench_start(args.starts)


if __name__ == "__main__":
    main()
