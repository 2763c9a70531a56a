"""The HTTP app: the editor's page, ``/api/check``, LanguageTool's ``/v2/check``, the rule
pages and a health check.

Safe by default: request bodies over :data:`~factcheck.serve.desk.MAX_BODY` get a 413 with
a plain message before the draft is read in full; drafts are read into memory and never
logged or written (form bodies are parsed here, not spooled to temporary files); every page
carries a Content-Security-Policy; API answers are never cached.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from factcheck.config import Config
from factcheck.errors import FactcheckError
from factcheck.models import Finding, Report
from factcheck.report.html import render_view
from factcheck.report.json import finding_entry, input_error_entry
from factcheck.serve import languagetool
from factcheck.serve.desk import MAX_BODY, Desk, checked_of, utf16_offset, with_offsets
from factcheck.serve.page import CSP, CSS, JS, editor_page

_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class _TooLarge(Exception):
    pass


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=_HEADERS)


def _too_large(size: int | None = None) -> JSONResponse:
    got = f"the request is {size / 1_048_576:.1f} MB; " if size else "the request is too large; "
    return _error(
        413,
        f"{got}factcheck serve accepts up to {MAX_BODY // 1_048_576} MB. Check the story "
        "in parts, or run `factcheck check` on the file.",
    )


async def _body(request: Request) -> bytes:
    """The request body, refused as soon as it passes the cap (declared or streamed)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
        raise _TooLarge(int(declared))
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise _TooLarge(size)
        chunks.append(chunk)
    return b"".join(chunks)


def _local(f: Finding) -> Finding:
    """The finding with its rule page served here, for an editor with no internet."""
    return f.model_copy(update={"url": f"/rules/{f.rule}"})


def _actions(text: str, f: Finding) -> str:
    """The Apply and Mark-as-correct controls of a card (offsets in UTF-16, as JS counts)."""
    if f.start is None or f.end is None:
        return ""
    start, end = utf16_offset(text, f.start), utf16_offset(text, f.end)
    out = []
    if f.replacement is not None:
        out.append(
            f'<button type="button" class="apply" data-start="{start}" data-end="{end}" '
            f'data-replacement="{html.escape(f.replacement, quote=True)}">Apply: '
            f"{html.escape(f.replacement)}</button>"
        )
    rule = html.escape(f.rule, quote=True)
    out.append(
        f'<button type="button" class="correct">Mark as correct</button>'
        f'<div class="mark-form" hidden><label>Why is it right? <input type="text" '
        f'class="reason" maxlength="200"></label> <button type="button" class="make" '
        f'data-rule="{rule}">Make the comment</button>'
        f'<div class="made" hidden><p>Keep this comment above the paragraph, so the check '
        f'in CI agrees:</p><input class="comment" readonly> <button type="button" '
        f'class="insert" data-start="{start}">Insert it above the paragraph</button></div></div>'
    )
    return "".join(out)


def _summary(report: Report) -> str:
    if report.errors:
        return "; ".join(e.message for e in report.errors)
    n = len(report.findings)
    text = f"{n} finding{'s' if n != 1 else ''}" if n else "Nothing to flag"
    if report.suppressed:
        text += f"; {len(report.suppressed)} marked as correct"
    return text + "."


def _view(text: str, report: Report) -> str:
    if not report.documents:
        return ""
    findings = [_local(f) for f in report.findings]
    actions = {str(i): _actions(text, f) for i, f in enumerate(findings, 1)}
    return render_view(
        report.documents[0],
        findings,
        checked=checked_of(report),
        suppressed=report.suppressed,
        actions=actions,
    )


def create_app(desk: Desk) -> Starlette:
    """The app around a desk (one engine, built once, shared by every request)."""

    async def index(request: Request) -> Response:
        return HTMLResponse(editor_page(desk.elections(), desk.election), headers=_HEADERS)

    async def desk_css(request: Request) -> Response:
        return Response(CSS, media_type="text/css", headers=_HEADERS)

    async def desk_js(request: Request) -> Response:
        return Response(JS, media_type="text/javascript", headers=_HEADERS)

    async def healthz(request: Request) -> Response:
        rules = len(desk.engine.selected)
        return JSONResponse(
            {"status": "ok", "election": desk.election, "rules": rules}, headers=_HEADERS
        )

    async def rule_page(request: Request) -> Response:
        from factcheck.docs import rule_page as markdown
        from factcheck.registry import get_rule

        code = request.path_params["code"]
        try:
            rule = get_rule(code)
        except FactcheckError:
            return HTMLResponse(
                _html_page("No such rule", f"<p>No rule {html.escape(code)}.</p>"),
                status_code=404,
                headers=_HEADERS,
            )
        return HTMLResponse(
            _html_page(f"{rule.code} {rule.name}", markdown_html(markdown(rule))),
            headers=_HEADERS,
        )

    async def api_check(request: Request) -> Response:
        try:
            raw = await _body(request)
        except _TooLarge as exc:
            return _too_large(exc.args[0])
        try:
            data = json.loads(raw)
        except ValueError:
            return _error(400, 'the body must be JSON: {"text": "..."}')
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            return _error(400, "give the draft as a string in `text`")
        options = data.get("options") or {}
        path, election = data.get("path"), data.get("election")
        select = options.get("select") if isinstance(options, dict) else None
        if path is not None and not isinstance(path, str):
            return _error(400, "`path` must be a string")
        if election is not None and not isinstance(election, str):
            return _error(400, "`election` must be a string, such as uk-ge-2017")
        if not isinstance(options, dict) or (
            select is not None
            and (not isinstance(select, list) or not all(isinstance(s, str) for s in select))
        ):
            return _error(400, "`options` is an object; `options.select` a list of rules")
        text: str = data["text"]
        try:
            report = await run_in_threadpool(desk.check, text, path, election, select)
        except FactcheckError as exc:
            return _error(400, str(exc))
        out: dict[str, Any] = {
            "findings": [with_offsets(text, finding_entry(f), f) for f in report.findings],
            "suppressed": [
                {
                    **with_offsets(text, finding_entry(s.finding, "suppressed"), s.finding),
                    "justification": s.justification,
                }
                for s in report.suppressed
            ],
            "errors": [input_error_entry(e) for e in report.errors],
            "summary": _summary(report),
        }
        if options.get("view"):
            out["view"] = _view(text, report)
        return JSONResponse(out, headers=_HEADERS)

    async def lt_check(request: Request) -> Response:
        try:
            raw = await _body(request)
        except _TooLarge as exc:
            return _too_large(exc.args[0])
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind not in ("", "application/x-www-form-urlencoded"):
            return _error(415, "send the form as application/x-www-form-urlencoded")
        try:
            form = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
            form.update({k: v for k, v in request.query_params.items() if k not in form})
            text, where = languagetool.plain_text(form)
            original = languagetool.original_text(form)
        except UnicodeDecodeError:
            return _error(400, "the form is not UTF-8")
        except languagetool.BadRequest as exc:
            return _error(400, str(exc))
        language = form.get("language", "auto")
        try:
            report = await run_in_threadpool(desk.check, text, None, None, None)
        except FactcheckError as exc:
            return _error(400, str(exc))
        body = languagetool.response(list(report.findings), text, original, where, language)
        return JSONResponse(body, headers=_HEADERS)

    async def lt_languages(request: Request) -> Response:
        return JSONResponse(languagetool.LANGUAGES, headers=_HEADERS)

    routes = [
        Route("/", index),
        Route("/desk.css", desk_css),
        Route("/desk.js", desk_js),
        Route("/healthz", healthz),
        Route("/rules/{code}", rule_page),
        Route("/api/check", api_check, methods=["POST"]),
        Route("/v2/check", lt_check, methods=["POST"]),
        Route("/v2/languages", lt_languages),
    ]
    return Starlette(routes=routes)


def _html_page(title: str, body: str) -> str:
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<title>{html.escape(title)}</title><link rel="stylesheet" href="/desk.css"></head>'
        f'<body><main class="rulepage">{body}</main></body>'
        "</html>\n"
    )


def markdown_html(text: str) -> str:
    """A rule page's Markdown as HTML: headings, fenced code, tables and paragraphs, with
    every character escaped first (no raw HTML from a docstring reaches the page)."""
    out: list[str] = []
    blocks = re.split(r"\n{2,}", text.strip())
    fence: list[str] | None = None
    for block in blocks:
        if fence is not None:
            fence.append(block)
            if block.rstrip().endswith("```"):
                out.append(_code("\n\n".join(fence)))
                fence = None
            continue
        if block.startswith("```"):
            if block.rstrip().endswith("```") and block.count("```") >= 2:
                out.append(_code(block))
            else:
                fence = [block]
            continue
        heading = re.match(r"(#{1,4}) (.*)", block)
        if heading and "\n" not in block:
            level = len(heading.group(1))
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif block.startswith("|"):
            rows = [r for r in block.splitlines() if not re.fullmatch(r"[|\-\s:]+", r)]
            cells = [[c.strip() for c in r.strip("|").split("|")] for r in rows]
            out.append(
                "<table>"
                + "".join(
                    "<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>"
                    for row in cells
                )
                + "</table>"
            )
        else:
            out.append(f"<p>{_inline(block)}</p>")
    if fence is not None:
        out.append(_code("\n\n".join(fence)))
    return "\n".join(out)


def _code(block: str) -> str:
    body = block.split("\n", 1)[1] if "\n" in block else ""
    body = body.rstrip().removesuffix("```").rstrip()
    return f"<pre><code>{html.escape(body)}</code></pre>"


def _inline(text: str) -> str:
    escaped = html.escape(text)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)


def build(config: Config | None = None, election: str | None = None) -> Starlette:
    """A ready app: the desk built and warmed, so the first request is as fast as the rest."""
    desk = Desk(config, election)
    desk.warm()
    return create_app(desk)
