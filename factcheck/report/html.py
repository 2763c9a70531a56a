"""A self-contained HTML report: each article with every finding highlighted where it is, a
card per finding with its arithmetic, and a chart per contest of the shares the article states
beside the official ones.

One file, no network: the styles and the little script are inline, there are no fonts or
images to fetch, and a Content-Security-Policy in the page forbids loading anything. Every
character that came from an input (article text, names, file names, messages quoting them) is
HTML-escaped, and control and bidi characters are shown as visible escapes, so a hostile
article can neither run script nor reorder what an editor reads.

:func:`render_view` draws one article; ``factcheck serve`` uses it for the editor's page.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import pairwise
from typing import TextIO

from factcheck.models import (
    Article,
    CheckedArticle,
    ContestResult,
    Document,
    Figure,
    Finding,
    Report,
    Severity,
    SuppressedFinding,
)
from factcheck.report.escape import visible_keeping_tabs
from factcheck.report.reporter import ReportOptions

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)
"""The report's policy: nothing is loaded from anywhere, not even from the file's folder."""

_SEVERITY_WORD = {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Note"}
_SEVERITY_MARK = {Severity.ERROR: "E", Severity.WARNING: "W", Severity.INFO: "i"}

CSS = """
:root{--err:#b00020;--warn:#8a5a00;--info:#035e8f;--ink:#1b1b1b;--muted:#555;--bg:#fff;
--paper:#f7f7f5;--line:#d6d6d0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
body{margin:0;color:var(--ink);background:var(--bg);line-height:1.45}
header.top{padding:1rem 1.5rem;border-bottom:1px solid var(--line);background:var(--paper)}
h1{font-size:1.35rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:0 0 .4rem;word-break:break-all}
main{padding:1rem 1.5rem}
section.article{border:1px solid var(--line);border-radius:6px;margin:0 0 1.5rem;padding:1rem}
.summary{color:var(--muted);margin:.2rem 0 .8rem}
.view{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem}
@media (max-width:900px){.view{grid-template-columns:1fr}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:1rem/1.6 Georgia,"Times New Roman",serif;
margin:0;padding:.8rem;background:var(--paper);border-radius:4px;max-height:80vh;overflow:auto}
a.hl{color:inherit;text-decoration:none;border-bottom:3px solid;padding:0 1px}
a.hl.sev-error{border-bottom-style:solid;border-color:var(--err);background:#fde7ea}
a.hl.sev-warning{border-bottom-style:dashed;border-color:var(--warn);background:#fff3d6}
a.hl.sev-info{border-bottom-style:dotted;border-color:var(--info);background:#e3f1fa}
a.hl sup{font:bold .65rem system-ui,sans-serif;margin-left:1px;white-space:nowrap}
.sev-error sup,.card.sev-error .sev{color:var(--err)}
.sev-warning sup,.card.sev-warning .sev{color:var(--warn)}
.sev-info sup,.card.sev-info .sev{color:var(--info)}
.rel{outline:1px dashed var(--muted)}
.active{outline:3px solid #3b5bdb;outline-offset:1px}
.rel.active{background:#e5e9ff}
.cards{display:flex;flex-direction:column;gap:.6rem}
details.card{border:1px solid var(--line);border-left:6px solid;border-radius:4px;
padding:.4rem .7rem;background:#fff}
details.card.sev-error{border-left-color:var(--err)}
details.card.sev-warning{border-left-color:var(--warn);border-left-style:dashed}
details.card.sev-info{border-left-color:var(--info);border-left-style:dotted}
details.card summary{cursor:pointer}
.sev{font-weight:bold}.words{display:block;font-style:italic}
.card .rule{font-family:ui-monospace,monospace}
.card ul{margin:.3rem 0;padding-left:1.2rem}.card .arith li{font-family:ui-monospace,monospace;
font-size:.85rem}
.card h4{margin:.5rem 0 .1rem;font-size:.85rem;text-transform:uppercase;color:var(--muted)}
.card .fix{background:#eef7ee;padding:.3rem .5rem;border-radius:3px}
.card .actions{margin-top:.5rem;display:flex;gap:.5rem;flex-wrap:wrap;align-items:center}
.charts{display:flex;flex-wrap:wrap;gap:1rem;margin:.5rem 0 1rem}
figure.chart{margin:0;border:1px solid var(--line);border-radius:4px;padding:.5rem;background:#fff}
figure.chart figcaption{font-weight:bold;margin-bottom:.3rem}
.legend{font-size:.8rem;color:var(--muted)}
.suppressed{color:var(--muted);font-size:.9rem}
.errors{border:1px solid var(--err);padding:.5rem 1rem;border-radius:4px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
"""

JS = """
(function(){
  function mark(id, on){
    document.querySelectorAll('[data-f~="'+id+'"],[data-r~="'+id+'"]').forEach(function(el){
      el.classList.toggle('active', on);
    });
  }
  document.addEventListener('toggle', function(ev){
    var card = ev.target;
    if (card.classList && card.classList.contains('card')) mark(card.dataset.finding, card.open);
  }, true);
  document.addEventListener('click', function(ev){
    var a = ev.target.closest ? ev.target.closest('a.hl') : null;
    if (!a) return;
    var card = document.getElementById(a.getAttribute('href').slice(1));
    if (card) { card.open = true; }
  });
})();
"""


def _e(text: object) -> str:
    """Text from an input as HTML: escaped, with control and bidi characters made visible."""
    shown = "\n".join(
        visible_keeping_tabs(line) for line in str(text).replace("\r\n", "\n").split("\n")
    )
    return html.escape(shown.replace("\r", "\n"), quote=True)


def _e1(text: object) -> str:
    """As :func:`_e`, on one line (attributes, titles)."""
    return _e(str(text).replace("\r", " ").replace("\n", " "))


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    ident: str
    primary: bool
    severity: Severity


def _marks(findings: Sequence[tuple[str, Finding]], path: str, length: int) -> list[_Mark]:
    out: list[_Mark] = []
    for ident, f in findings:
        if f.start is not None and f.end is not None and f.end > f.start:
            out.append(_Mark(f.start, min(f.end, length), ident, True, f.severity))
        for r in f.related:
            known = r.start is not None and r.end is not None
            if known and r.path in (None, path) and (r.end or 0) > (r.start or 0):
                out.append(_Mark(r.start or 0, min(r.end or 0, length), ident, False, f.severity))
    return [m for m in out if m.start < length]


def _highlighted(text: str, marks: Sequence[_Mark]) -> str:
    """The text cut at every mark's edges; each piece covered by a finding is a link to its
    card, each piece covered only by a related figure is outlined."""
    edges = {0, len(text), *(m.start for m in marks), *(m.end for m in marks)}
    # A cut between "\r" and "\n" would show half a line break as a lone "\r": cut before it.
    cuts = sorted({c - 1 if text[c - 1 : c + 1] == "\r\n" else c for c in edges})
    parts: list[str] = []
    started: set[str] = set()
    for lo, hi in pairwise(cuts):
        piece = _e(text[lo:hi])
        over = [m for m in marks if m.start <= lo and hi <= m.end]
        primary = [m for m in over if m.primary]
        related = " ".join(sorted({m.ident for m in over if not m.primary}))
        if primary:
            worst = max(primary, key=lambda m: m.severity.level)
            ids = " ".join(m.ident for m in primary)
            first = [m for m in primary if m.ident not in started and m.start == lo]
            anchor = f' id="at-{first[0].ident}"' if first else ""
            started.update(m.ident for m in first)
            # The badge says the severity in a letter, so colour is never the only cue.
            badge = "".join(
                f"<sup>{_SEVERITY_MARK[m.severity]}{m.ident}</sup>" for m in primary if m.end == hi
            )
            parts.append(
                f'<a class="hl sev-{worst.severity.value}"{anchor} href="#card-{worst.ident}"'
                f' data-f="{ids}" data-r="{related}" title="{_SEVERITY_WORD[worst.severity]}: '
                f'see finding {worst.ident}">{piece}{badge}</a>'
            )
        elif related:
            parts.append(f'<span class="rel" data-r="{related}">{piece}</span>')
        else:
            parts.append(piece)
    return "".join(parts)


def _figures(article: Article) -> Iterable[Figure]:
    for contest in article.contests:
        yield from (
            f
            for f in (contest.turnout, contest.majority, contest.majority_share, contest.electorate)
            if f is not None
        )
        for c in contest.candidates:
            yield from (f for f in (c.votes, c.share, c.rank) if f is not None)
    for claim in article.claims:
        for name in ("amount", "previous", "current", "bound", "exact", "seats"):
            value = getattr(claim, name, None)
            if isinstance(value, Figure):
                yield value


def _grounds(f: Finding, article: Article | None) -> str:
    """How factcheck read the figure a finding blames: its four ties, loose ones marked."""
    lines: list[str] = []
    reading = f.evidence.get("reading")
    if isinstance(reading, list):
        lines.extend(f"<li>{_e(r)}</li>" for r in reading)
    if article is not None and f.start is not None:
        for fig in _figures(article):
            g = fig.grounds
            if g is None or fig.span is None or not (f.start <= fig.span.start < (f.end or 0)):
                continue
            for tie, said in (
                ("what", g.what),
                ("subject", g.subject),
                ("seat", g.seat),
                ("election", g.election),
            ):
                loose = " <strong>(loose)</strong>" if tie in g.loose else ""
                lines.append(f"<li><em>{tie}</em>: {_e(said)}{loose}</li>")
            break
    if not lines:
        return ""
    return (
        '<details class="reading"><summary>How factcheck read this figure</summary>'
        f"<ul>{''.join(lines)}</ul></details>"
    )


_OFFICIAL_KEYS = ("dataset", "source", "election", "record")


def _official(f: Finding) -> str:
    rows = [
        (k, v)
        for k, v in f.evidence.items()
        if (k.startswith("official") or k in _OFFICIAL_KEYS) and v not in (None, "", [])
    ]
    if not rows:
        return ""
    items = "".join(
        f"<li><em>{_e(k.replace('_', ' '))}</em>: "
        f"{_e('; '.join(map(str, v)) if isinstance(v, list) else v)}</li>"
        for k, v in rows
    )
    return f"<h4>Official figures</h4><ul class='official'>{items}</ul>"


def render_card(
    ident: str, f: Finding, article: Article | None = None, *, actions: str = ""
) -> str:
    """One finding as a card: rule (linked to its page), message, arithmetic, official
    figures, the fix and how the figure was read. ``actions`` is trusted HTML (buttons)."""
    sev = f.severity.value
    rule = f'<span class="rule">{_e1(f.rule)}</span> {_e1(f.name)}'
    if f.url and f.url.startswith(("https://", "http://", "/")):
        rule = f'<a href="{_e1(f.url)}" target="_blank" rel="noopener noreferrer">{rule}</a>'
    where = f" at line {f.line}, column {f.column}" if f.line is not None else ""
    body = [f'<p class="message">{_e(f.message)}</p>']
    words = ""
    if f.text:
        shown = f.text if len(f.text) <= 60 else f.text[:59] + "…"
        words = f' <span class="words">“{_e(shown)}”</span>'
        body.append(f"<p class='legend'>Line {f.line}, column {f.column}</p>" if where else "")
    if f.arithmetic:
        steps = "".join(f"<li>{_e(s)}</li>" for s in f.arithmetic)
        body.append(f'<h4>Arithmetic</h4><ul class="arith">{steps}</ul>')
    body.append(_official(f))
    if f.fix:
        body.append(f'<h4>Fix</h4><p class="fix">{_e(f.fix)}</p>')
    if f.replacement is not None:
        body.append(f"<p>Replace with: <code>{_e(f.replacement)}</code></p>")
    also = f.evidence.get("also")
    if isinstance(also, list):
        for a in also:
            if isinstance(a, dict):
                body.append(
                    f"<p>Also {_e(a.get('rule'))} {_e(a.get('name'))}: {_e(a.get('message'))}</p>"
                )
    if f.related:
        rel = "".join(
            f"<li>{_e(r.message)}"
            + (f" (line {r.line}, column {r.column})" if r.line is not None else "")
            + "</li>"
            for r in f.related
        )
        body.append(f"<h4>Related figures</h4><ul>{rel}</ul>")
    body.append(_grounds(f, article))
    body.append(f"<p class='legend'>Confidence: {_e(f.confidence.value)}</p>")
    if actions:
        body.append(f'<div class="actions">{actions}</div>')
    return (
        f'<details class="card sev-{sev}" id="card-{ident}" data-finding="{ident}" '
        f'data-key="{_e1(f.rule)}:{_e1(f.text or "")}">'
        f'<summary><span class="sev">{_SEVERITY_WORD[f.severity]} {ident}</span> · {rule}'
        f"{words}</summary>{''.join(body)}</details>"
    )


def _share(votes: Figure | None, valid: Figure | None) -> Fraction | None:
    if votes is None or valid is None or not valid.value:
        return None
    return Fraction(votes.value) * 100 / Fraction(valid.value)


def _pct(x: Fraction | None) -> str:
    return "—" if x is None else f"{float(x):.1f}%"


def render_chart(
    contest: ContestResult, official: ContestResult | None, election: str | None
) -> str:
    """The shares the article states for one contest as bars, beside the official shares."""
    from factcheck.packs import default_pack
    from factcheck.reference.matching import match_candidate

    rows: list[tuple[str, Fraction | None, Fraction | None]] = []
    pack = default_pack()
    for cand in contest.candidates:
        stated = Fraction(cand.share.value) if cand.share is not None else None
        true: Fraction | None = None
        if official is not None:
            m = match_candidate(cand.name, official.candidates, party=cand.party, pack=pack)
            if m is not None:
                true = _share(m.candidate.votes, official.valid_votes)
        label = cand.name + (f" ({cand.party})" if cand.party else "")
        rows.append((label, stated, true))
    if not any(s is not None for _, s, _ in rows):
        return ""
    name = contest.name or "Unnamed contest"
    bar_h, gap, label_w, width = 12, 10, 230, 560
    plot = width - label_w - 60
    height = len(rows) * (2 * bar_h + gap) + 10
    top = max([100.0, *(float(v) for _, a, b in rows for v in (a, b) if v is not None)])
    desc = "; ".join(f"{label}: article {_pct(a)}, official {_pct(b)}" for label, a, b in rows)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="{_e1("Shares in " + name)}"><title>{_e1(name)}</title>'
        f"<desc>{_e1(desc)}</desc>"
    ]
    y = 5
    for label, stated, true in rows:
        short = label if len(label) <= 34 else label[:33] + "…"
        parts.append(f'<text x="0" y="{y + bar_h + 4}" font-size="12">{_e1(short)}</text>')
        for k, (value, fill, kind) in enumerate(
            ((stated, "#c05621", "article"), (true, "#2b6cb0", "official"))
        ):
            yy = y + k * bar_h
            if value is None:
                if kind == "official" and official is None:
                    continue
                parts.append(
                    f'<text x="{label_w}" y="{yy + bar_h - 2}" font-size="10" fill="#555">'
                    f"{kind}: not stated</text>"
                )
                continue
            w = max(1.0, float(value) / top * plot)
            pattern = ' stroke="#000" stroke-dasharray="3 2"' if kind == "article" else ""
            parts.append(
                f'<rect x="{label_w}" y="{yy}" width="{w:.1f}" height="{bar_h - 1}" '
                f'fill="{fill}"{pattern}><title>{kind}: {_pct(value)}</title></rect>'
                f'<text x="{label_w + w + 4:.1f}" y="{yy + bar_h - 2}" font-size="10">'
                f"{kind[0].upper()} {_pct(value)}</text>"
            )
        y += 2 * bar_h + gap
    parts.append("</svg>")
    legend = "dashed orange (A): as the article states"
    if official is not None:
        legend += f"; solid blue (O): official, {_e1(election or '')}"
    elif election:
        legend += f"; no official result found for {_e1(election)}"
    return (
        f'<figure class="chart"><figcaption>{_e1(name)}</figcaption>{"".join(parts)}'
        f'<div class="legend">{legend}</div></figure>'
    )


def _summary(findings: Sequence[Finding], suppressed: int) -> str:
    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    if not findings:
        text = "No findings."
    else:
        text = (
            f"{len(findings)} finding{'s' if len(findings) != 1 else ''}: "
            f"{counts[Severity.ERROR]} error, {counts[Severity.WARNING]} warning, "
            f"{counts[Severity.INFO]} note."
        )
    if suppressed:
        text += f" {suppressed} silenced in the article."
    return text


def render_view(
    document: Document,
    findings: Sequence[Finding],
    *,
    checked: CheckedArticle | None = None,
    suppressed: Sequence[SuppressedFinding] = (),
    actions: dict[str, str] | None = None,
    prefix: str = "",
) -> str:
    """One article as HTML: summary, charts, the text highlighted, and the cards.

    ``actions`` maps a finding's number (1-based, as a string) to trusted HTML for its card;
    ``prefix`` keeps finding ids unique when several articles share a page.
    """
    numbered = [(f"{prefix}{i}", f) for i, f in enumerate(findings, 1)]
    text = document.text
    marks = _marks(numbered, document.path, len(text))
    article = checked.article if checked is not None else None
    charts = ""
    if checked is not None:
        charts = "".join(
            render_chart(
                c, checked.official[i] if i < len(checked.official) else None, checked.election
            )
            for i, c in enumerate(checked.article.contests)
        )
    cards = "".join(
        render_card(ident, f, article, actions=(actions or {}).get(ident[len(prefix) :], ""))
        for ident, f in numbered
    )
    silenced = ""
    if suppressed:
        items = "".join(
            f"<li>{_e1(s.finding.rule)} at line {s.finding.line}: {_e(s.justification)}</li>"
            for s in suppressed
        )
        silenced = (
            f'<details class="suppressed"><summary>Silenced</summary><ul>{items}</ul></details>'
        )
    return (
        f'<p class="summary">{_summary(findings, len(suppressed))}</p>'
        + (f'<div class="charts">{charts}</div>' if charts else "")
        + f'<div class="view"><pre class="text">{_highlighted(text, marks)}</pre>'
        + f'<div class="cards">{cards or "<p>Nothing to flag.</p>"}{silenced}</div></div>'
    )


def page(title: str, body: str, *, script: str = JS, csp: str = CSP) -> str:
    """A whole HTML page around trusted ``body`` HTML."""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e1(title)}</title><style>{CSS}</style></head><body>{body}"
        f"<script>{script}</script></body></html>\n"
    )


def render_html(report: Report) -> str:
    """The whole report as one self-contained HTML page."""
    by_path: dict[str | None, list[Finding]] = {}
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
    silenced: dict[str | None, list[SuppressedFinding]] = {}
    for s in report.suppressed:
        silenced.setdefault(s.finding.path, []).append(s)
    checked = {c.article.document.path: c for c in report.articles}
    docs = [c.article.document for c in report.articles] or list(report.documents)
    sections: list[str] = []
    shown: set[str | None] = set()
    for n, doc in enumerate(docs, 1):
        if doc.path in shown:
            continue
        shown.add(doc.path)
        view = render_view(
            doc,
            by_path.get(doc.path, []),
            checked=checked.get(doc.path),
            suppressed=silenced.get(doc.path, []),
            prefix=f"{n}-",
        )
        sections.append(f'<section class="article"><h2>{_e1(doc.path)}</h2>{view}</section>')
    elsewhere = [f for p, fs in by_path.items() if p not in shown for f in fs]
    if elsewhere:
        cards = "".join(render_card(f"x-{i}", f) for i, f in enumerate(elsewhere, 1))
        sections.append(
            f'<section class="article"><h2>Other findings</h2><div class="cards">{cards}'
            "</div></section>"
        )
    if report.errors:
        items = "".join(
            f"<li>{_e1(e.path)}"
            + (f":{e.line}:{e.column}" if e.line is not None else "")
            + f": {_e(e.message)}</li>"
            for e in report.errors
        )
        sections.append(
            f'<section class="errors"><h2>Files not checked</h2><ul>{items}</ul></section>'
        )
    total = (
        f"{len(report.findings)} findings in {len(shown)} article"
        f"{'s' if len(shown) != 1 else ''}; {len(report.errors)} not checked"
    )
    body = (
        f'<header class="top"><h1>factcheck report</h1><p>{total}</p></header>'
        f"<main>{''.join(sections)}</main>"
    )
    return page("factcheck report", body)


class HtmlReporter:
    """``--output-format html``: one self-contained page to open in a browser."""

    needs_articles = True
    """The report must keep every article whole, with what was read from it."""

    def write(self, report: Report, out: TextIO, options: ReportOptions) -> None:
        """Write the page."""
        text = render_html(report)
        if options.ascii_only:
            # A stream that cannot carry UTF-8 gets character references, which mean the same.
            text = text.encode("ascii", "xmlcharrefreplace").decode("ascii")
        out.write(text)
