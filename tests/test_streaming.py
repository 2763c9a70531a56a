"""Large results files are read and checked a chunk of contests at a time.

The report must be the one reading the whole file gives, a bad file must be refused with the
same problems, and a chunk's contests must be let go once their findings are made.
"""

from __future__ import annotations

import gc
import json
import weakref
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import api, jsonspans, results_file
from factcheck.documents import InputFileError
from factcheck.engine import Engine
from factcheck.models import Article, ContestResult, Document, Report
from factcheck.packs import default_pack
from factcheck.report import render

PARTIES = ["Labour", "Conservative", "Green"]
SEATS = ["Poplar and Limehouse", "Bethnal Green and Bow", "Hackney South", "Nowhere Central"]


def _contest(k: int) -> dict[str, Any]:
    """A contest; every third one has a wrong share, every fourth a wrong total."""
    votes = [20_000 + 37 * k, 9_000 + 11 * k, 3_000 + k]
    total = sum(votes)
    shares = [f"{100 * v / total:.1f}" for v in votes]
    if k % 3 == 0:
        shares[1] = "31.4"
    contest: dict[str, Any] = {
        "name": SEATS[k % len(SEATS)],
        "valid_votes": total + (50 if k % 4 == 0 else 0),
        "majority": votes[0] - votes[1],
        "majority_share": "99.9" if k % 5 == 0 else None,
        "candidates": [
            {"name": f"Person {k}-{j}", "party": p, "votes": v, "share": s, "rank": j + 1}
            for j, (p, v, s) in enumerate(zip(PARTIES, votes, shares, strict=True))
        ],
    }
    if k % 7 == 0:
        contest["candidates"][2]["votes"] = {"words": "nearly 4,000"}
    return {key: value for key, value in contest.items() if value is not None}


def _write(tmp_path: Path, contests: list[dict[str, Any]], name: str = "feed.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"contests": contests}, indent=1), encoding="utf-8")
    return path


def _document(path: Path) -> Document:
    return Document(
        path=str(path), text=path.read_text(encoding="utf-8"), media_type="application/json"
    )


def _stream_everything(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(api, "STREAM_BYTES", 0)
    monkeypatch.setattr(results_file, "STREAM_CHUNK", chunk)


def _outputs(report: Report) -> tuple[str, str]:
    return render(report, "json"), render(report, "text")


@pytest.mark.parametrize("election", [None, "uk-ge-2017"])
@pytest.mark.parametrize("chunk", [1, 2, 5])
def test_a_file_checked_in_chunks_gives_the_report_of_the_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int, election: str | None
) -> None:
    path = _write(tmp_path, [_contest(k) for k in range(23)])
    whole = factcheck.check(path, election=election)
    assert whole.findings, "the file is meant to have findings"
    _stream_everything(monkeypatch, chunk)
    chunked = factcheck.check(path, election=election)
    assert _outputs(chunked) == _outputs(whole)


def test_chunked_and_whole_files_side_by_side_give_the_same_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two copies, so the corpus rules compare a file checked in chunks with another one.
    a = _write(tmp_path, [_contest(k) for k in range(9)], "a.json")
    contests = [_contest(k) for k in range(9)]
    contests[4]["candidates"][0]["votes"] += 1_000
    b = _write(tmp_path, contests, "b.json")
    whole = factcheck.check([a, b])
    _stream_everything(monkeypatch, 2)
    chunked = factcheck.check([a, b])
    assert any(f.name == "cross-article-conflict" for f in whole.findings)
    assert _outputs(chunked) == _outputs(whole)


def test_a_chunk_is_let_go_once_its_findings_are_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, [_contest(k) for k in range(12)])
    _stream_everything(monkeypatch, 3)
    seen: list[weakref.ref[ContestResult]] = []
    most_alive = 0
    check_safely = Engine.check_safely

    def watched(self: Engine, article: Article) -> Any:
        nonlocal most_alive
        gc.collect()
        most_alive = max(most_alive, sum(1 for r in seen if r() is not None))
        seen.extend(weakref.ref(c) for c in article.contests)
        return check_safely(self, article)

    monkeypatch.setattr(Engine, "check_safely", watched)
    report = factcheck.check(path)
    assert len(seen) == 12  # four chunks of three, each checked once
    assert most_alive == 0  # when a chunk is checked, no earlier chunk's contest is alive
    assert report.findings


def test_a_bad_contest_late_in_a_large_file_is_refused_with_every_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contests = [_contest(k) for k in range(10)]
    contests[8]["candidates"][1]["votes"] = -3
    contests[9]["turnot"] = "60"
    path = _write(tmp_path, contests)
    doc = Document(
        path=str(path), text=path.read_text(encoding="utf-8"), media_type="application/json"
    )
    with pytest.raises(InputFileError) as whole:
        results_file._read_whole(doc, default_pack())
    chunks = results_file.iter_results(doc, chunk=2)
    with pytest.raises(InputFileError) as streamed:
        next(chunks)
    assert [str(p) for p in streamed.value.problems()] == [str(p) for p in whole.value.problems()]
    assert len(whole.value.problems()) == 2
    _stream_everything(monkeypatch, 2)
    report = factcheck.check([path, _write(tmp_path, [_contest(1)], "good.json")])
    assert {e.path for e in report.errors} == {str(path)}
    assert report.findings == () or all(f.path != str(path) for f in report.findings)
    assert report.documents[0].path.endswith("good.json")


def test_a_file_with_claims_is_read_as_one_article(tmp_path: Path) -> None:
    data = {
        "contests": [_contest(k) for k in range(4)],
        "claims": [
            {"kind": "seats", "quantity": "seats", "party": "Labour", "verb": "won", "seats": "3"}
        ],
    }
    text = json.dumps(data)
    doc = Document(path="c.json", text=text, media_type="application/json")
    chunks = list(results_file.iter_results(doc, chunk=1))
    assert len(chunks) == 1
    assert len(chunks[0].contests) == 4
    assert len(chunks[0].claims) == 1


def test_chunks_hold_the_contests_of_the_whole_read_in_order(tmp_path: Path) -> None:
    path = _write(tmp_path, [_contest(k) for k in range(7)])
    doc = Document(
        path="f.json", text=path.read_text(encoding="utf-8"), media_type="application/json"
    )
    whole = results_file._read_whole(doc, default_pack())
    chunks = list(results_file.iter_results(doc, chunk=3))
    assert [len(a.contests) for a in chunks] == [3, 3, 1]
    assert tuple(c for a in chunks for c in a.contests) == whole.contests
    assert results_file.read_results(doc) == whole


# -- the streaming parser --------------------------------------------------------------------

SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=5)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=8,
)


def _shape(node: jsonspans.Node) -> Any:
    kids: Any = node.children
    if isinstance(kids, dict):
        kids = {k: _shape(c) for k, c in kids.items()}
    elif isinstance(kids, list):
        kids = [_shape(c) for c in kids]
    return (node.scalar, node.start, node.end, kids, node.keys)


@given(
    st.dictionaries(st.text(max_size=3), VALUES, max_size=3),
    st.lists(VALUES, max_size=4) | VALUES,
    st.integers(min_value=0, max_value=400),
    st.booleans(),
)
def test_the_streaming_parse_agrees_with_the_whole_parse(
    top: dict[str, Any], contests: Any, cut: int, truncate: bool
) -> None:
    text = json.dumps({**top, "contests": contests}, indent=1)
    if truncate:
        text = text[:cut]
    elements: list[jsonspans.Node] = []
    error: tuple[str, int] | None = None
    try:
        whole = jsonspans.parse(text)
    except json.JSONDecodeError as exc:
        error = (exc.msg, exc.pos)
    if error is not None:
        with pytest.raises(json.JSONDecodeError) as streamed:
            jsonspans.parse_streaming(text, "contests", lambda n, i: elements.append(n))
        assert (streamed.value.msg, streamed.value.pos) == error
        return
    root = jsonspans.parse_streaming(text, "contests", lambda n, i: elements.append(n))
    array = whole.child("contests")
    assert array is not None
    if isinstance(array.children, list):
        assert [_shape(n) for n in elements] == [_shape(n) for n in array.children]
        assert [_shape(jsonspans.parse_at(text, n.start)) for n in elements] == [
            _shape(n) for n in elements
        ]
        kept, rest = root.children, whole.children
        assert isinstance(kept, dict)
        assert isinstance(rest, dict)
        rest = {k: v for k, v in rest.items() if k != "contests"}
        assert {k: _shape(v) for k, v in kept.items() if k != "contests"} == {
            k: _shape(v) for k, v in rest.items()
        }
        assert (root.start, root.end, root.keys) == (whole.start, whole.end, whole.keys)
    else:
        assert _shape(root) == _shape(whole)


def test_the_corpus_holds_results_files_without_their_text_or_large_ones_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = _write(tmp_path, [_contest(k) for k in range(3)], "small.json")
    large = _write(tmp_path, [_contest(k) for k in range(6)], "large.json")
    monkeypatch.setattr(api, "STREAM_BYTES", len(large.read_text(encoding="utf-8")))
    held: dict[str, Article] = {}
    corpus_check = Engine.check_corpus_safely

    def watched(self: Engine, articles: Any) -> Any:
        held.update({a.document.path: a for a in (articles.held(i) for i in range(len(articles)))})
        return corpus_check(self, articles)

    monkeypatch.setattr(Engine, "check_corpus_safely", watched)
    report = factcheck.check([small, large])
    assert {p: a.document.text for p, a in held.items()} == {str(small): "", str(large): ""}
    assert len(held[str(small)].contests) == 3  # a small file's figures are kept
    assert held[str(large)].contests == ()  # a large one is read again if a rule asks
    # Reporters still show the lines findings point at.
    cited = {f.path for f in report.findings}
    assert cited == {str(small), str(large)}
    assert all(d.text for d in report.documents if d.path in cited)
