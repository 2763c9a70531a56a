"""Write an Article as a results file: what ``factcheck extract`` prints.

The output is the format :mod:`factcheck.results_file` reads, so it can be edited by hand and
checked again with ``factcheck check``. Reading it back gives the same contests and claims:
the same values, units, precisions, hedges and quotation marks (the spans point into the new
file, of course).

Each figure is written in the plainest form that reads back as the same figure:

* a contest's figure as a plain number when it is one (``"39,558"``, ``"67.3"``, ``1``);
* otherwise, and for every claim's figure, as the article's own words (``"nearly 11 per
  cent"``, ``"less than a third"``), taken from the article text at the figure's span, or
  said again from the figure (its hedge's first word in the pack, its text, its unit);
* with ``{"words": ..., "unit": ..., "hedge": ..., "quoted": ...}`` when the words alone do
  not give everything the figure holds (a bare "a third" the reader took as "about").

Every choice is checked by reading it back; a figure that no form can carry raises
:class:`ResultsWriteError` rather than be written as something else.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from pydantic import JsonValue

from factcheck import errors
from factcheck.models import (
    Article,
    CandidateResult,
    ChangeClaim,
    Claim,
    ContestResult,
    Document,
    Figure,
    OutcomeClaim,
    SeatClaim,
    Unit,
)
from factcheck.packs import RESERVED_HEDGE, Pack, default_pack
from factcheck.results_file import (
    CANDIDATE_FIGURE_UNITS,
    CLAIM_FIGURE_FIELDS,
    CONTEST_FIGURE_UNITS,
    MAX_WORDS,
    FigureWordsError,
    claim_figure_from_words,
    contest_figure_from_words,
    plain_figure,
    plain_form,
)

ResultsWriteError = errors.ResultsWriteError
"""Defined in :mod:`factcheck.errors`; importable from here as before."""

_UNIT_WORDS = {Unit.PERCENT: ("per cent", "pc"), Unit.POINTS: ("points",)}


def article_to_results(article: Article, *, pack: Pack | None = None) -> dict[str, JsonValue]:
    """The article's contests and claims in the results-file format, as a JSON-ready dict.

    ``pack`` must be the pack the figures were read with: hedge names and words come from it.
    Raises :class:`ResultsWriteError` for a figure no form can carry faithfully.
    """
    writer = _Writer(article.document, pack or default_pack())
    out: dict[str, JsonValue] = {
        "contests": [writer.contest(c, i) for i, c in enumerate(article.contests)]
    }
    if article.claims:
        out["claims"] = [writer.claim(c, i) for i, c in enumerate(article.claims)]
    return out


def to_json(
    article: Article, *, pack: Pack | None = None, ensure_ascii: bool = False, width: int = 120
) -> str:
    """The article as results-file JSON text: objects that fit in ``width`` on one line each."""
    return _dump(article_to_results(article, pack=pack), 0, ensure_ascii, width)


def _dump(value: JsonValue, level: int, ensure_ascii: bool, width: int) -> str:
    flat = json.dumps(value, ensure_ascii=ensure_ascii)
    if not isinstance(value, dict | list) or len(flat) + 2 * level <= width or not value:
        return flat
    pad = "  " * (level + 1)
    if isinstance(value, dict):
        items = [
            f"{pad}{json.dumps(k, ensure_ascii=ensure_ascii)}: "
            f"{_dump(v, level + 1, ensure_ascii, width)}"
            for k, v in value.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + "  " * level + "}"
    items = [pad + _dump(v, level + 1, ensure_ascii, width) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + "  " * level + "]"


def _step(fig: Figure) -> int | None:
    """The step a rounded count stands for, as a results file's ``rounded`` gives it."""
    whole = fig.precision == fig.precision.to_integral_value()
    return int(fig.precision) if not fig.exact and whole and fig.precision >= 1 else None


def _same(a: Figure, b: Figure) -> bool:
    return a.model_dump(exclude={"span", "grounds"}) == b.model_dump(exclude={"span", "grounds"})


class _Writer:
    def __init__(self, doc: Document, pack: Pack) -> None:
        self.doc = doc
        self.pack = pack

    # -- contests ------------------------------------------------------------------------------

    def contest(self, c: ContestResult, i: int) -> dict[str, JsonValue]:
        where = f"contests[{i}]"
        out: dict[str, JsonValue] = {}
        if c.name is not None:
            out["name"] = c.name
        if c.election is not None:
            out["election"] = c.election
        if c.complete is not None:
            out["complete"] = c.complete
        for key, unit in CONTEST_FIGURE_UNITS.items():
            fig = getattr(c, key)
            if fig is not None:
                out[key] = self.contest_figure(fig, unit, key, f"{where}.{key}")
        out["candidates"] = [
            self.candidate(cand, f"{where}.candidates[{j}]") for j, cand in enumerate(c.candidates)
        ]
        return out

    def candidate(self, cand: CandidateResult, where: str) -> dict[str, JsonValue]:
        out: dict[str, JsonValue] = {"name": cand.name}
        if cand.party is not None:
            out["party"] = cand.party
        for key, unit in CANDIDATE_FIGURE_UNITS.items():
            fig = getattr(cand, key)
            if fig is not None:
                out[key] = self.contest_figure(fig, unit, key, f"{where}.{key}")
        return out

    def contest_figure(self, fig: Figure, unit: Unit, key: str, where: str) -> JsonValue:
        if fig.unit is not unit:
            raise ResultsWriteError(
                f"{where}: the figure {fig.text!r} is in {fig.unit.value}, but a results "
                f"file's {key} is in {unit.value}"
            )
        plain = plain_form(fig.text, unit, key)
        if plain is not None and _same(plain_figure(str(plain), unit), fig):
            return plain

        def read(words: str, extra: dict[str, Any]) -> Figure:
            return contest_figure_from_words(
                words,
                unit,
                hedge=extra.get("hedge"),
                quoted=bool(extra.get("quoted", False)),
                rounded=extra.get("rounded"),
                pack=self.pack,
            )

        return self.words(fig, where, read, default_quoted=False, unit_free=False)

    # -- claims --------------------------------------------------------------------------------

    def claim(self, claim: Claim, i: int) -> dict[str, JsonValue]:
        where = f"claims[{i}]"
        out: dict[str, JsonValue] = {"kind": claim.kind, "quantity": claim.quantity.value}
        for key in ("contest", "candidate", "party"):
            value = getattr(claim, key)
            if value is not None:
                out[key] = value
        if claim.quoted:
            out["quoted"] = True
        if isinstance(claim, ChangeClaim):
            if claim.direction is not None:
                out["direction"] = claim.direction.value
            if claim.direction_text is not None:
                out["direction_text"] = claim.direction_text
        elif isinstance(claim, SeatClaim):
            out["verb"] = claim.verb
        elif isinstance(claim, OutcomeClaim):
            out["verb"] = claim.verb
            if claim.from_party is not None:
                out["from_party"] = claim.from_party
        for key in CLAIM_FIGURE_FIELDS[claim.kind]:
            fig = getattr(claim, key)
            if fig is not None:
                out[key] = self.claim_figure(claim, fig, key, f"{where}.{key}")
        if isinstance(claim, ChangeClaim) and claim.since is not None:
            out["since"] = claim.since
        return out

    def claim_figure(self, claim: Claim, fig: Figure, key: str, where: str) -> JsonValue:
        def read(words: str, extra: dict[str, Any]) -> Figure:
            unit = extra.get("unit")
            return claim_figure_from_words(
                words,
                claim.quantity,
                key,
                unit=Unit(unit) if unit is not None else None,
                hedge=extra.get("hedge"),
                quoted=bool(extra.get("quoted", claim.quoted)),
                rounded=extra.get("rounded"),
                pack=self.pack,
            )

        return self.words(fig, where, read, default_quoted=claim.quoted, unit_free=True)

    # -- words ---------------------------------------------------------------------------------

    def words(
        self,
        fig: Figure,
        where: str,
        read: Callable[[str, dict[str, Any]], Figure],
        *,
        default_quoted: bool,
        unit_free: bool,
    ) -> JsonValue:
        """The figure as words, bare when they say it all, else with what they leave out."""
        for words in self.candidate_words(fig):
            extra: dict[str, Any] = {}
            try:
                got = read(words, {})
            except FigureWordsError:
                # The unit the words imply may be out of bounds for them ("12,000" read as a
                # percentage) while the figure's own unit is not.
                if not unit_free:
                    continue
                extra["unit"] = fig.unit.value
                try:
                    got = read(words, extra)
                except FigureWordsError:
                    continue
            if not extra and _same(got, fig):
                return {"words": words} if not unit_free else words
            if got.unit is not fig.unit:
                if not unit_free:
                    continue
                extra["unit"] = fig.unit.value
            if got.hedge != fig.hedge:
                extra["hedge"] = fig.hedge
            if fig.quoted != default_quoted:
                extra["quoted"] = fig.quoted
            step = _step(fig)
            if step is not None and (got.precision != fig.precision or got.exact != fig.exact):
                extra["rounded"] = step
            try:
                again = read(words, extra)
            except FigureWordsError:
                continue
            if _same(again, fig):
                return {"words": words, **extra}
        raise ResultsWriteError(
            f"{where}: cannot write the figure {fig.text!r} ({fig.value} {fig.unit.value}, "
            f"hedge {fig.hedge}) as words that read back as the same figure"
        )

    def candidate_words(self, fig: Figure) -> Iterator[str]:
        """Words that might say the figure: the article's own first, then the figure's."""
        text = self.doc.text
        span = fig.span
        if span is not None and 0 <= span.start < span.end <= min(
            len(text), span.start + MAX_WORDS
        ):
            yield text[span.start : span.end]
        hedge = ""
        if fig.hedge != RESERVED_HEDGE and fig.hedge in self.pack.hedges:
            hedge = self.pack.hedges[fig.hedge].words[0] + " "
        said = f"{hedge}{fig.text}"
        # The figure's own unit word first, then the bare number, then the other unit words:
        # for a figure whose words and unit disagree (read as "5 points", kept as votes).
        yield from (f"{said} {word}" for word in _UNIT_WORDS.get(fig.unit, ()))
        yield said
        for unit, words in _UNIT_WORDS.items():
            if unit is not fig.unit:
                yield from (f"{said} {word}" for word in words)
