"""Parse JSON and remember where every value is in the text.

The standard library's decoder does the hard parts (strings, numbers, escapes); this walker
only tracks offsets, so a finding about a results file can point at the exact characters of
the figure, and keep the figure as written ("67.30" keeps its two decimals).

It is stricter than :func:`json.loads` where leniency would mislead: ``NaN`` and ``Infinity``
are not JSON and are refused, as are duplicate keys (which copy of a figure would be checked?)
and nesting deeper than any results file needs. Every failure is a
:class:`json.JSONDecodeError` with the offset of the problem.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_WS = " \t\n\r"


class _NotJSONConstant(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _refuse_constant(name: str) -> Any:
    raise _NotJSONConstant(name)


_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)
_scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]
_MAX_DEPTH = 200


@dataclass(frozen=True, slots=True)
class Node:
    """A JSON value and its place: ``start``/``end`` cover the value's text (quotes included).

    An object or array holds only its children's nodes; its plain value is built when asked
    for (:attr:`value`), so a large file is not held twice over, once as nodes and once as
    Python values.
    """

    scalar: Any
    """The value of a string, number, true, false or null; None for an object or array."""
    start: int
    end: int
    children: dict[str, Node] | list[Node] | None = None
    keys: dict[str, tuple[int, int]] | None = None
    """For an object, the offsets of each key's text, quotes included."""

    @property
    def value(self) -> Any:
        """The plain value: for an object or array, built afresh from its children."""
        if isinstance(self.children, dict):
            return {k: c.value for k, c in self.children.items()}
        if isinstance(self.children, list):
            return [c.value for c in self.children]
        return self.scalar

    @property
    def is_null(self) -> bool:
        """True for JSON null."""
        return self.scalar is None and self.children is None

    @property
    def is_object(self) -> bool:
        """True for a JSON object."""
        return isinstance(self.children, dict)

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the value without the quotes of a string."""
        if isinstance(self.scalar, str):
            return self.start + 1, self.end - 1
        return self.start, self.end

    def child(self, key: str | int) -> Node | None:
        """The node at ``key`` (an object key or a list index), if present."""
        if isinstance(self.children, dict) and isinstance(key, str):
            return self.children.get(key)
        if (
            isinstance(self.children, list)
            and isinstance(key, int)
            and 0 <= key < len(self.children)
        ):
            return self.children[key]
        return None

    def key_span(self, key: str) -> tuple[int, int] | None:
        """Offsets of an object key's text (quotes included), if this object has the key."""
        return self.keys.get(key) if self.keys is not None else None

    def find(self, path: tuple[str | int, ...]) -> Node:
        """The deepest node along ``path`` that exists (for pointing at errors)."""
        node = self
        for key in path:
            nxt = node.child(key)
            if nxt is None:
                break
            node = nxt
        return node


Each = Callable[[Node, int], None]
"""What :func:`parse_streaming` hands each element of the streamed array to."""


def _skip_ws(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i] in _WS:
        i += 1
    return i


def _error(msg: str, text: str, i: int) -> json.JSONDecodeError:
    return json.JSONDecodeError(msg, text, i)


def _parse(text: str, i: int, depth: int) -> tuple[Node, int]:
    if depth > _MAX_DEPTH:
        raise _error(
            f"nested more than {_MAX_DEPTH} levels deep, far deeper than any results file needs",
            text,
            i,
        )
    i = _skip_ws(text, i)
    if i >= len(text):
        raise _error("Expecting value", text, i)
    ch = text[i]
    if ch == "{":
        return _parse_object(text, i, depth)
    if ch == "[":
        return _parse_array(text, i, depth)
    try:
        value, end = _DECODER.raw_decode(text, i)
    except _NotJSONConstant as exc:
        raise _error(
            f"{exc.name} is not a JSON value; write the figure as a number or leave it out",
            text,
            i,
        ) from None
    except json.JSONDecodeError:
        raise
    except ValueError:  # an integer too long to convert (Python's 4,300-digit limit)
        j = i + 1
        while j < len(text) and text[j].isdigit():
            j += 1
        raise _error(f"a number {j - i:,} characters long is too long to read", text, i) from None
    return Node(value, i, end), end


def _parse_object(
    text: str, start: int, depth: int, stream: tuple[str, Each] | None = None
) -> tuple[Node, int]:
    children: dict[str, Node] = {}
    keys: dict[str, tuple[int, int]] = {}
    i = _skip_ws(text, start + 1)
    if i < len(text) and text[i] == "}":
        return Node(None, start, i + 1, children, keys), i + 1
    while True:
        i = _skip_ws(text, i)
        if i >= len(text) or text[i] != '"':
            raise _error("Expecting property name enclosed in double quotes", text, i)
        key_start = i
        key, i = _scanstring(text, i + 1)
        if key in keys:
            raise _error(
                f"duplicate key {key!r}; each key may appear only once in an object",
                text,
                key_start,
            )
        keys[key] = (key_start, i)
        i = _skip_ws(text, i)
        if i >= len(text) or text[i] != ":":
            raise _error("Expecting ':' delimiter", text, i)
        i = _skip_ws(text, i + 1)
        if stream is not None and key == stream[0] and text.startswith("[", i):
            node, i = _parse_array(text, i, depth + 1, stream[1])
        else:
            node, i = _parse(text, i, depth + 1)
        children[key] = node
        i = _skip_ws(text, i)
        if i < len(text) and text[i] == ",":
            i += 1
            continue
        if i < len(text) and text[i] == "}":
            return Node(None, start, i + 1, children, keys), i + 1
        raise _error("Expecting ',' delimiter", text, i)


def _parse_array(text: str, start: int, depth: int, each: Each | None = None) -> tuple[Node, int]:
    """An array; with ``each``, every element is handed to it and not kept."""
    children: list[Node] = []
    i = _skip_ws(text, start + 1)
    if i < len(text) and text[i] == "]":
        return Node(None, start, i + 1, children), i + 1
    index = 0
    while True:
        node, i = _parse(text, i, depth + 1)
        if each is None:
            children.append(node)
        else:
            each(node, index)
            index += 1
        i = _skip_ws(text, i)
        if i < len(text) and text[i] == ",":
            i += 1
            continue
        if i < len(text) and text[i] == "]":
            return Node(None, start, i + 1, children), i + 1
        raise _error("Expecting ',' delimiter", text, i)


def parse(text: str) -> Node:
    """Parse a whole JSON document. Raises :class:`json.JSONDecodeError` with a position."""
    node, end = _parse(text, 0, 0)
    end = _skip_ws(text, end)
    if end != len(text):
        raise _error("Extra data after the JSON value", text, end)
    return node


def parse_streaming(text: str, key: str, each: Each) -> Node:
    """Parse a whole JSON document whose top-level array at ``key`` may be large.

    Each element of that array is parsed, passed to ``each(node, index)`` and let go, so
    the tree of a large results file is never held whole: the returned root holds an empty
    list at ``key`` (offsets still those of the whole array). :func:`parse_at` parses an
    element again from its ``start``. Errors are those of :func:`parse`.
    """
    i = _skip_ws(text, 0)
    if not text.startswith("{", i):
        return parse(text)
    node, end = _parse_object(text, i, 0, (key, each))
    end = _skip_ws(text, end)
    if end != len(text):
        raise _error("Extra data after the JSON value", text, end)
    return node


def parse_at(text: str, start: int, depth: int = 2) -> Node:
    """The value that begins at ``start`` (an element :func:`parse_streaming` passed on),
    ``depth`` levels below the top, as the whole parse would give it."""
    return _parse(text, start, depth)[0]
