"""Every curl example in docs/api.md runs against the app, and the response shown under it
is part of what the app returns (keys and values; a string ending in "…" is a prefix)."""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

pytest.importorskip("starlette", reason="the serve extra is not installed")

from starlette.testclient import TestClient

from factcheck.serve.app import build

REPO = Path(__file__).resolve().parent.parent.parent
PAGE = (REPO / "docs" / "api.md").read_text(encoding="utf-8")
_BLOCK = re.compile(r"^[ \t]*```(\w*)\n(.*?)^[ \t]*```", flags=re.MULTILINE | re.DOTALL)


def _examples() -> list[tuple[str, Any]]:
    """(curl command, the JSON shown after it) for every curl block on the page."""
    blocks = [(lang, body) for lang, body in _BLOCK.findall(PAGE)]
    out = []
    for i, (lang, body) in enumerate(blocks):
        if lang == "sh" and "curl " in body:
            command = " ".join(line.strip() for line in body.replace("\\\n", " ").splitlines())
            shown = json.loads(blocks[i + 1][1]) if blocks[i + 1][0] == "json" else None
            out.append((command, shown))
    return out


EXAMPLES = _examples()


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(build(election="uk-ge-2017")) as c:
        yield c


def _request(command: str) -> tuple[str, str, dict[str, str], bytes]:
    """What a curl command line sends: method, path, headers, body."""
    body = b""
    piped = re.match(r"head -c (\d+) /dev/zero \| tr '\\0' x \| (curl .*)", command)
    if piped:
        body, command = b"x" * int(piped.group(1)), piped.group(2)
    words = shlex.split(command)
    assert words[0] == "curl"
    headers: dict[str, str] = {}
    form: list[str] = []
    url, method = "", "GET"
    it = iter(words[1:])
    for w in it:
        if w in ("-s", "--silent"):
            continue
        if w in ("-X", "--request"):
            method = next(it)
        elif w in ("-H", "--header"):
            name, _, value = next(it).partition(":")
            headers[name.strip().lower()] = value.strip()
        elif w in ("-d", "--data"):
            form.append(next(it))
        elif w == "--data-urlencode":
            name, _, value = next(it).partition("=")
            form.append(urlencode({name: value}))
        elif w == "--data-binary":
            assert next(it) == "@-", "only stdin is supported"
        elif w.startswith("http"):
            url = w
        else:
            raise AssertionError(f"the docs use a curl option the test does not know: {w}")
    if form:
        body = "&".join(form).encode("utf-8")
        headers.setdefault("content-type", "application/x-www-form-urlencoded")
    if body:
        method = "POST" if method == "GET" else method
    return method, urlsplit(url).path, headers, body


def _part_of(shown: Any, got: Any, where: str = "$") -> None:
    if isinstance(shown, dict):
        assert isinstance(got, dict), where
        for key, value in shown.items():
            assert key in got, f"{where}.{key} is not in the response"
            _part_of(value, got[key], f"{where}.{key}")
    elif isinstance(shown, list):
        assert isinstance(got, list), where
        assert len(got) >= len(shown), where
        for i, value in enumerate(shown):
            _part_of(value, got[i], f"{where}[{i}]")
    elif isinstance(shown, str) and shown.endswith("…"):
        assert isinstance(got, str), where
        assert got.startswith(shown[:-1].rstrip()), where
    else:
        assert shown == got, f"{where}: the page says {shown!r}, the app says {got!r}"


def test_the_page_has_the_examples() -> None:
    paths = {_request(c)[1] for c, _ in EXAMPLES}
    assert paths == {"/api/check", "/v2/check"}
    assert all(shown is not None for _, shown in EXAMPLES)


@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=lambda x: str(x)[:50])
def test_curl_example_answers_as_the_page_says(
    client: TestClient, command: str, shown: Any
) -> None:
    method, path, headers, body = _request(command)
    r = client.request(method, path, headers=headers, content=body)
    _part_of(shown, r.json())
