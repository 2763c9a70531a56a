"""HTML blanking: factcheck's tokenizer beside the regex blanker it replaced and html.parser.

Run by hand (figures in docs/benchmarks.md):

    .venv/bin/python benchmarks/bench_html.py --repeat 5

The page is the seed articles wrapped in paragraphs with attributes, a comment, a script and
a style, repeated to about 1 MB; the hostile inputs are markup left open. The three are timed
side by side in one run, best of ``--repeat``.
"""

from __future__ import annotations

import argparse
import html
import re
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from factcheck.io.html import blank_html

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "articles"

_TAG_START = re.compile(r"<(?:[A-Za-z/!?])")
_RAW_TEXT = re.compile(r"<(script|style)\b", re.IGNORECASE)


def regex_blanker(text: str) -> str:
    """The blanker before factcheck.io.html (tags ended at the first '>'), entities left out."""
    out: list[str] = []
    pos, n = 0, len(text)
    while True:
        m = _TAG_START.search(text, pos)
        if m is None:
            out.append(text[pos:])
            break
        start = m.start()
        out.append(text[pos:start])
        if text.startswith("<!--", start):
            close = text.find("-->", start + 4)
            end = n if close < 0 else close + 3
        else:
            raw = _RAW_TEXT.match(text, start)
            close = text.find(">", start)
            end = n if close < 0 else close + 1
            if raw is not None:
                closing = re.compile(rf"</{raw.group(1)}\s*>", re.IGNORECASE).search(text, end)
                end = n if closing is None else closing.end()
        out.append(re.sub(r"[^\r\n]", " ", text[start:end]))
        pos = end
        if pos >= n:
            break
    return "".join(out)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.n = 0

    def handle_data(self, data: str) -> None:
        self.n += len(data)


def html_parser(text: str) -> str:
    """The standard library's parser over the same text (it reports the text; no blanking)."""
    p = _Collect()
    p.feed(text)
    p.close()
    return ""


def page(size: int) -> str:
    body = "".join(
        f'<p class="story" data-note="majority > 5,000">{html.escape(s.read_text("utf-8"))}</p>\n'
        for s in sorted(SEEDS.glob("*.txt"))
    )
    unit = (
        "<!doctype html><html><head><title>Results</title><style>p { x: 1 }</style></head>"
        f"<body><!-- a comment -->{body}<script>if (a < b) {{}}</script></body></html>\n"
    )
    return unit * (size // len(unit) + 1)


def best(fn: Callable[[str], str], text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    inputs = {
        "article page, 1 MB": page(1_000_000),
        "'<!--' x 20,000": "<!--" * 20_000,
        '"<a b=\'" x 2,000': "<a b='" * 2_000,
    }
    print(f"{'input':<22}{'factcheck':>12}{'old regex':>12}{'html.parser':>13}")
    for name, text in inputs.items():
        cells = [best(f, text, args.repeat) for f in (blank_html, regex_blanker, html_parser)]
        print(f"{name:<22}" + "".join(f"{c:>11.3f}s" for c in cells[:2]) + f"{cells[2]:>12.3f}s")


if __name__ == "__main__":
    main()
