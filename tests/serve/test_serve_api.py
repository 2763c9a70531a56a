"""`factcheck serve` over HTTP, in process: /api/check, LanguageTool's /v2/check, the rule
pages, the size cap and the headers that keep a draft safe."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the serve extra is not installed")

from starlette.testclient import TestClient

from factcheck.api import check
from factcheck.engine import Engine
from factcheck.models import Document
from factcheck.report.json import finding_entry
from factcheck.serve.app import build, create_app, markdown_html
from factcheck.serve.desk import MAX_BODY, Desk, utf16_offset

REPO = Path(__file__).resolve().parent.parent.parent
SEED_001 = (REPO / "examples" / "articles" / "001_0c5695e86abff121.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(build(election="uk-ge-2017")) as c:
        yield c


def test_api_check_gives_the_json_reporters_findings_with_offsets(client: TestClient) -> None:
    r = client.post("/api/check", json={"text": SEED_001, "path": "seed.txt"})
    assert r.status_code == 200
    got = r.json()["findings"]
    expected = check([_doc(SEED_001, "seed.txt")], election="uk-ge-2017", ignore=["DUP"]).findings
    assert [{k: v for k, v in f.items() if k != "offsets"} for f in got] == [
        json.loads(json.dumps(finding_entry(f))) for f in expected
    ]
    wrd = next(f for f in got if f["rule"] == "WRD101")
    assert SEED_001[wrd["start"] : wrd["end"]] == "nearly 11 per cent"
    assert wrd["offsets"]["codepoints"] == {"start": wrd["start"], "end": wrd["end"]}


def _doc(text: str, path: str) -> Document:
    from factcheck.io.prose import prepare_prose

    return prepare_prose(Document(path=path, text=text))


def test_utf16_offsets_count_astral_characters_twice(client: TestClient) -> None:
    text = "🗳️🗳️ " + SEED_001
    r = client.post("/api/check", json={"text": text})
    wrd = next(f for f in r.json()["findings"] if f["rule"] == "WRD101")
    cp, u16 = wrd["offsets"]["codepoints"], wrd["offsets"]["utf16"]
    assert u16["start"] == cp["start"] + 2  # two ballot boxes, each a surrogate pair
    assert text.encode("utf-16-le")[2 * u16["start"] : 2 * u16["end"]].decode("utf-16-le") == (
        "nearly 11 per cent"
    )


def test_election_and_select_options(client: TestClient) -> None:
    none = client.post("/api/check", json={"text": SEED_001, "election": None}).json()
    assert "REF101" in {f["rule"] for f in none["findings"]}  # the desk's default election
    only = client.post(
        "/api/check", json={"text": SEED_001, "options": {"select": ["WRD101"]}}
    ).json()
    assert {f["rule"] for f in only["findings"]} == {"WRD101"}
    bad = client.post("/api/check", json={"text": SEED_001, "election": "uk-ge-1066"})
    assert bad.status_code == 400
    assert "uk-ge-1066" in bad.json()["error"]


def test_suppression_comment_silences_the_finding(client: TestClient) -> None:
    comment = "<!-- factcheck-ignore WRD101: the agent's own figure, checked with her -->\n"
    r = client.post("/api/check", json={"text": comment + SEED_001}).json()
    assert "WRD101" not in {f["rule"] for f in r["findings"]}
    assert [s["rule"] for s in r["suppressed"]] == ["WRD101"]
    assert r["suppressed"][0]["justification"] == "the agent's own figure, checked with her"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "must be JSON"),
        (b'{"text": 5}', "`text`"),
        (b'{"text": "x", "election": 5}', "`election`"),
        (b'{"text": "x", "options": {"select": "NUM"}}', "options"),
    ],
)
def test_bad_requests_get_a_clear_400(client: TestClient, body: bytes, message: str) -> None:
    r = client.post("/api/check", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert message in r.json()["error"]


@pytest.mark.parametrize("endpoint", ["/api/check", "/v2/check"])
def test_body_over_the_cap_is_refused_with_413(client: TestClient, endpoint: str) -> None:
    r = client.post(endpoint, content=b"x" * (MAX_BODY + 1))
    assert r.status_code == 413
    assert "up to 2 MB" in r.json()["error"]


def test_streamed_body_over_the_cap_is_refused(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(3):
            yield b"x" * (1024 * 1024)

    r = client.post("/api/check", content=chunks())
    assert r.status_code == 413


def test_languagetool_client_request_gets_the_seed_findings(client: TestClient) -> None:
    # What LTeX+ and the browser add-ons send: a form, with text, language and options.
    form = {"text": SEED_001, "language": "en-GB", "enabledOnly": "false", "level": "default"}
    r = client.post("/v2/check", data=form)
    assert r.status_code == 200
    body = r.json()
    assert body["software"]["apiVersion"] == 1
    assert body["language"]["code"] == "en-GB"
    m = next(m for m in body["matches"] if m["rule"]["id"] == "WRD101")
    assert SEED_001[m["offset"] : m["offset"] + m["length"]] == "nearly 11 per cent"
    assert m["rule"]["category"] == {"id": "FACTCHECK_WORDING", "name": "Election wording"}
    ctx = m["context"]
    assert ctx["text"][ctx["offset"] : ctx["offset"] + ctx["length"]] == "nearly 11 per cent"
    ref = next(m for m in body["matches"] if m["rule"]["id"] == "REF101")
    assert ref["replacements"] == [{"value": "69.5pc"}]
    assert m["replacements"] == []


def test_languagetool_data_offsets_point_into_the_markup(client: TestClient) -> None:
    sentence = SEED_001.split("\n", 1)[0]
    at = sentence.index("nearly")
    data = {
        "annotation": [
            {"markup": "<p><b>"},
            {"text": sentence[:at]},
            {"markup": "<em>", "interpretAs": ""},
            {"text": sentence[at:]},
            {"markup": "</b></p>"},
        ]
    }
    r = client.post("/v2/check", data={"data": json.dumps(data), "language": "en-GB"})
    original = "<p><b>" + sentence[:at] + "<em>" + sentence[at:] + "</b></p>"
    m = next(m for m in r.json()["matches"] if m["rule"]["id"] == "WRD101")
    assert original[m["offset"] : m["offset"] + m["length"]] == "nearly 11 per cent"


def test_languagetool_without_text_is_a_400(client: TestClient) -> None:
    r = client.post("/v2/check", data={"language": "en-GB"})
    assert r.status_code == 400
    assert "`text` or `data`" in r.json()["error"]


def test_health_rules_and_headers(client: TestClient) -> None:
    health = client.get("/healthz")
    assert health.json()["status"] == "ok"
    assert health.json()["election"] == "uk-ge-2017"
    page = client.get("/rules/WRD101")
    assert page.status_code == 200
    assert "<h1>majority-share-confusion (WRD101)</h1>" in page.text
    assert client.get("/rules/XYZ999").status_code == 404
    index = client.get("/")
    csp = index.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert index.headers["cache-control"] == "no-store"
    assert "<script>" not in index.text  # the script is a file, so no inline script may run
    assert client.get("/v2/languages").json()[1]["longCode"] == "en-GB"


def test_rule_page_markdown_is_escaped() -> None:
    out = markdown_html("# <b>x</b>\n\nA <script>alert(1)</script> `<i>`\n\n```\n<tag>\n```")
    assert "<script>" not in out
    assert "<b>" not in out
    assert "&lt;script&gt;" in out
    assert "<code>&lt;i&gt;</code>" in out
    assert "<pre><code>&lt;tag&gt;</code></pre>" in out


def test_a_hostile_draft_comes_back_escaped(client: TestClient) -> None:
    text = "<script>alert(1)</script></textarea> \u202e Jo won 11,486 votes (20.1%) of 58,814."
    view = client.post("/api/check", json={"text": text, "options": {"view": True}}).json()
    assert "<script>" not in view["view"]
    assert "</textarea>" not in view["view"]
    assert "\u202e" not in view["view"]


def test_one_engine_serves_every_request(monkeypatch: pytest.MonkeyPatch) -> None:
    desk = Desk(election="uk-ge-2017")

    def no_more(*args: object, **kwargs: object) -> Engine:
        raise AssertionError("an engine was built for a request")

    monkeypatch.setattr(Engine, "from_config", no_more)
    app = create_app(desk)
    results: list[list[str]] = []
    with TestClient(app) as c:

        def ask() -> None:
            r = c.post("/api/check", json={"text": SEED_001})
            results.append([f["rule"] for f in r.json()["findings"]])

        threads = [threading.Thread(target=ask) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        other = c.post("/api/check", json={"text": SEED_001, "election": "uk-ge-2015"})
    assert len(results) == 6
    assert all(r == results[0] for r in results)
    assert "WRD101" in results[0]
    assert other.status_code == 200


def test_utf16_offset() -> None:
    assert utf16_offset("a😀b", 2) == 3
    assert utf16_offset("abc", 2) == 2


def test_checking_never_imports_the_server(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys, factcheck.cli, factcheck.report.html\n"
        "factcheck.cli.main(['check', '--isolated', '--output-format', 'html', sys.argv[1]])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('starlette', 'uvicorn', 'anyio', 'playwright')))\n"
    )
    story = tmp_path / "story.txt"
    story.write_text("Jo won 11,846 votes (20.1%) of 58,814.\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", code, str(story)], capture_output=True, text=True, check=False
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_serve_refuses_an_unknown_election(capsys: pytest.CaptureFixture[str]) -> None:
    from factcheck.cli import main

    assert main(["serve", "--election", "uk-ge-1066"]) == 2
    assert "uk-ge-1066" in capsys.readouterr().err


@pytest.mark.internal_errors
def test_a_reader_bug_is_an_error_on_the_draft_not_a_500(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.serve.desk as desk_module

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the reader tripped")

    monkeypatch.setattr(desk_module, "read_article", broken)
    r = client.post("/api/check", json={"text": SEED_001})
    assert r.status_code == 200
    assert r.json()["findings"] == []
    assert "internal error while reading it" in r.json()["errors"][0]["message"]
