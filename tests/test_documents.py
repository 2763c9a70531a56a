"""Loading files safely: decode rules, refusals with reasons, offsets into the decoded text."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from factcheck import check
from factcheck.documents import (
    InputFileError,
    decode,
    document_from_bytes,
    load_document,
    read_limited,
)
from factcheck.models import Document
from factcheck.results_file import read_results

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "poplar-and-limehouse-2017.json"


def test_utf8_decodes_and_a_byte_order_mark_is_dropped() -> None:
    assert decode("café".encode(), "f") == "café"
    assert decode(codecs.BOM_UTF8 + "café".encode(), "f") == "café"


def test_line_endings_are_kept() -> None:
    assert decode(b"a\r\nb\rc\n", "f") == "a\r\nb\rc\n"


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (codecs.BOM_UTF16_LE + "{}".encode("utf-16-le"), "is encoded as UTF-16"),
        (codecs.BOM_UTF16_BE + "{}".encode("utf-16-be"), "is encoded as UTF-16"),
        (codecs.BOM_UTF32_LE + "{}".encode("utf-32-le"), "is encoded as UTF-32"),
        (codecs.BOM_UTF32_BE + "{}".encode("utf-32-be"), "is encoded as UTF-32"),
        (b"\x00\x01\x02", "binary file (it contains a NUL byte at offset 0)"),
        (b"{" + b" " * 10_000 + b"\x00}", "NUL byte at offset 10001"),
        ("line one\ncafé".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 12, line 2)"),
        (b"\xff", "not valid UTF-8"),
    ],
)
def test_undecodable_bytes_are_refused_with_a_reason(data: bytes, phrase: str) -> None:
    with pytest.raises(InputFileError) as info:
        decode(data, "some.json")
    assert phrase in info.value.message
    assert info.value.path == "some.json"
    assert str(info.value).startswith("some.json: ")


def test_load_document_reads_text_and_media_type(tmp_path: Path) -> None:
    for name, media in [
        ("a.json", "application/json"),
        ("b.JSON", "application/json"),
        ("c.md", "text/markdown"),
        ("d.txt", "text/plain"),
        ("e.HTM", "text/html"),
    ]:
        path = tmp_path / name
        path.write_text("{}", encoding="utf-8")
        loaded = load_document(path)
        assert loaded.text == "{}"
        assert loaded.media_type == media
        assert loaded.path == str(path)


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        (b"", "is empty; there is nothing to check"),
        (b" \n\t\r\n", "is empty"),
        (codecs.BOM_UTF8, "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ],
)
def test_load_document_refuses_files_with_nothing_to_check(
    tmp_path: Path, content: bytes, phrase: str
) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=phrase) as info:
        load_document(path)
    assert info.value.path == str(path)


def test_missing_file_and_directory_and_bad_path(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="cannot be read: No such file"):
        load_document(tmp_path / "nope.json")
    with pytest.raises(InputFileError, match="is a directory"):
        load_document(tmp_path)
    with pytest.raises(InputFileError, match="cannot be read"):
        load_document("bad\x00name.json")


def test_oversized_files_are_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("factcheck.io.files.MAX_BYTES", 100)
    path = tmp_path / "big.json"
    path.write_text(" " * 101 + "{}", encoding="utf-8")
    with pytest.raises(InputFileError, match=r"is 103 bytes, over the 100-byte limit"):
        load_document(path)
    with pytest.raises(InputFileError, match="over the 100-byte limit"):
        document_from_bytes(b"{" * 101, "<stdin>")


def test_streams_are_read_with_a_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.io.files.MAX_BYTES", 10)

    class Endless(io.RawIOBase):
        """Like /dev/zero: a stream that never ends and has no size."""

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            buffer[:] = b"{" * len(buffer)
            return len(buffer)

    with pytest.raises(InputFileError, match="is over the 10-byte limit"):
        read_limited(io.BufferedReader(Endless()), "<stdin>")
    assert read_limited(io.BytesIO(b"0123456789"), "<stdin>") == b"0123456789"


def test_a_file_that_grew_since_its_size_was_taken_is_read_to_its_end_within_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("factcheck.io.files.MAX_BYTES", 10)
    # The size reported first: right, too small (the file grew), or too large (it shrank).
    for expected in (0, 3, 7, 10, 12):
        assert read_limited(io.BytesIO(b"0123456"), "a.txt", expected) == b"0123456"
        assert read_limited(io.BytesIO(b"0123456789"), "a.txt", expected) == b"0123456789"
        with pytest.raises(InputFileError, match="over the 10-byte limit"):
            read_limited(io.BytesIO(b"0123456789A"), "a.txt", expected)


def test_document_from_bytes_applies_every_check() -> None:
    loaded = document_from_bytes(codecs.BOM_UTF8 + b'{"contests": []}', "<stdin>", "x/y")
    assert loaded.text == '{"contests": []}'
    assert loaded.media_type == "x/y"
    with pytest.raises(InputFileError, match="empty"):
        document_from_bytes(b"", "<stdin>")
    with pytest.raises(InputFileError, match="binary"):
        document_from_bytes(b"{\x00}", "<stdin>")


def test_input_file_error_formats_like_a_linter() -> None:
    plain = InputFileError("a.json", "is empty")
    assert str(plain) == "a.json: is empty"
    assert plain.problems() == (plain,)
    located = InputFileError(
        "a.json", "first", 3, 7, more=[InputFileError("a.json", "second", 4, 1)]
    )
    assert str(located) == "a.json:3:7: first\na.json:4:1: second"
    assert located.located() == "a.json:3:7: first"
    assert [p.message for p in located.problems()] == ["first", "second"]
    assert isinstance(located, ValueError)


def test_position_and_line_text_with_crlf() -> None:
    text = "ab\r\ncd\r\n\r\nef"
    d = Document(path="x", text=text)
    assert d.position(0) == (1, 1)
    assert d.position(text.index("c")) == (2, 1)
    assert d.position(text.index("d")) == (2, 2)
    assert d.position(text.index("e")) == (4, 1)
    assert d.line_text(2) == "cd"
    assert d.line_text(3) == ""
    assert d.line_text(4) == "ef"
    assert d.position(len(text) + 50) == d.position(len(text))


def test_crlf_and_bom_file_offsets_point_into_the_decoded_text(tmp_path: Path) -> None:
    """A Windows-saved file (BOM, CRLF) gives findings whose offsets index the decoded text."""
    original = EXAMPLE.read_text("utf-8").replace("11846", "11486")
    crlf = original.replace("\n", "\r\n")
    path = tmp_path / "windows.json"
    path.write_bytes(codecs.BOM_UTF8 + crlf.encode("utf-8"))
    loaded = load_document(path)
    assert loaded.text == crlf  # BOM gone, CRLF kept
    report = check(path)
    plain = check(Document(path=str(path), text=original, media_type="application/json"))
    assert report.findings
    assert len(report.findings) == len(plain.findings)
    lines = crlf.split("\r\n")
    for finding, unix in zip(report.findings, plain.findings, strict=True):
        assert finding.start is not None
        assert finding.end is not None
        assert finding.line is not None
        assert finding.column is not None
        assert crlf[finding.start : finding.end] == finding.text == unix.text
        # Line and column are the same as in the LF file: CR is not a column of its own text.
        assert (finding.line, finding.column) == (unix.line, unix.column)
        line = lines[finding.line - 1]
        assert line[finding.column - 1 :].startswith(str(finding.text))
        # Offsets differ from the LF file by one CR per line before the finding.
        assert unix.start is not None
        assert finding.start - unix.start == finding.line - 1


def test_lone_cr_line_endings_keep_offsets_exact() -> None:
    text = '{"contests": [\r{"valid_votes": "1,000"}\r]}'
    article = read_results(Document(path="cr.json", text=text, media_type="application/json"))
    fig = article.contests[0].valid_votes
    assert fig is not None
    assert fig.span is not None
    assert text[fig.span.start : fig.span.end] == "1,000"


def test_old_mac_line_endings_count_as_lines() -> None:
    doc = Document(path="mac.txt", text="one\rtwo 11486\rthree")
    offset = doc.text.index("11486")
    assert doc.position(offset) == (2, 5)
    assert doc.line_text(2) == "two 11486"
    assert doc.line_text(3) == "three"


def test_info_findings_never_fail_a_check() -> None:
    from factcheck.models import Finding, Report, Severity

    note = Finding(rule="X1", name="x", severity=Severity.INFO, message="a note")
    assert not Report(findings=(note,)).failed(Severity.INFO)
    warn = note.model_copy(update={"severity": Severity.WARNING})
    assert Report(findings=(warn,)).failed(Severity.INFO)
