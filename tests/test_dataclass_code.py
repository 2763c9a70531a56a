"""factcheck.dataclass_code: a dataclass made with stored code is the dataclass Python makes.

Only the compiling of the methods ``dataclasses`` writes is skipped: the methods must have the
same code, annotations and behaviour. The end-to-end test checks the seed articles in fresh
interpreters, with and without the stored code.
"""

from __future__ import annotations

import dataclasses
import marshal
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import CodeType, FunctionType
from typing import Any

import pytest

from factcheck import dataclass_code

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "articles"


def _make() -> type[Any]:
    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: str = "a"
        tags: tuple[str, ...] = dataclasses.field(default=(), compare=False)

    return Point


@pytest.fixture
def installed() -> Iterator[None]:
    dataclass_code.install()
    try:
        yield
    finally:
        dataclass_code.uninstall()


def _code_parts(code: CodeType) -> tuple[object, ...]:
    consts = tuple(_code_parts(c) if isinstance(c, CodeType) else c for c in code.co_consts)
    return (code.co_code, consts, code.co_names, code.co_varnames, code.co_flags, code.co_filename)


def _methods(cls: type[Any]) -> dict[str, FunctionType]:
    return {k: v for k, v in vars(cls).items() if isinstance(v, FunctionType)}


def test_stored_code_makes_the_same_methods(installed: None) -> None:
    with_store = _make()
    dataclass_code.uninstall()
    plain = _make()
    dataclass_code.install()
    again = _make()  # from the code compiled for the first class
    made = _methods(plain)
    assert set(made) >= {"__init__", "__repr__", "__eq__", "__lt__", "__setattr__", "__hash__"}
    for cls in (with_store, again):
        ours = _methods(cls)
        assert set(ours) == set(made)
        for name, fn in made.items():
            assert _code_parts(ours[name].__code__) == _code_parts(fn.__code__), name
            # Not strings: the module's `from __future__ import annotations` is not inherited.
            assert ours[name].__annotations__ == fn.__annotations__, name
        p = cls(1, "b", ("t",))
        assert p == cls(1, "b")
        assert p < cls(2)
        assert hash(p) == hash(cls(1, "b"))
        assert repr(p) == "_make.<locals>.Point(x=1, y='b', tags=('t',))"
        with pytest.raises(dataclasses.FrozenInstanceError):
            p.x = 2


def test_install_twice_and_uninstall(installed: None) -> None:
    dataclass_code.install()
    assert getattr(dataclasses, "exec") is dataclass_code._stored_exec  # noqa: B009
    dataclass_code.uninstall()
    assert not hasattr(dataclasses, "exec")
    dataclass_code.uninstall()  # nothing installed: nothing to do
    assert _make()(1).y == "a"


def test_store_round_trip_and_unusable_files(tmp_path: Path) -> None:
    code = dataclass_code.compiled("def f(a):\n return a + 1\n")
    path = tmp_path / "store.marshal"
    dataclass_code.save(path, {"src": code})
    assert dataclass_code.load(path) == {"src": code}
    path.write_bytes(marshal.dumps((("another", "build"), {"src": code})))
    assert dataclass_code.load(path) == {}
    path.write_bytes(marshal.dumps((dataclass_code._BUILD, {"src": code}))[:-5])
    assert dataclass_code.load(path) == {}
    path.write_bytes(b"not marshal")
    assert dataclass_code.load(path) == {}
    assert dataclass_code.load(tmp_path / "absent") == {}
    blocker = tmp_path / "file"
    blocker.write_text("x")
    dataclass_code.save(blocker / "sub" / "store.marshal", {})  # parent is a file: no error


def _run(code: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, env=env, cwd=cwd
    )


def test_the_command_checks_alike_with_and_without_stored_code(tmp_path: Path) -> None:
    # The command installs the store (factcheck._startup); the same check without it, and
    # with a store written by an earlier process, must print the same report.
    store = tmp_path / "store.marshal"
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    point = f"dataclass_code.cache_path = lambda: __import__('pathlib').Path({str(store)!r})\n"
    prelude = "import sys\nfrom factcheck import dataclass_code\n" + point
    run = f"sys.argv = ['factcheck', 'check', *{seeds!r}]\nfrom factcheck._startup import run\n"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    plain = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys\nsys.argv = ['factcheck', 'check', *{seeds!r}]\n"
            "from factcheck.cli import entry\nentry()",
        ],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    first = _run(prelude + run + "run()", env, tmp_path)  # compiles and stores
    assert store.exists()
    stored = dataclass_code.load(store)
    assert stored
    assert all(isinstance(c, CodeType) for c in stored.values())
    check = "\ncalls = []\n_orig = dataclass_code.compiled\n"
    check += "dataclass_code.compiled = lambda s: calls.append(s) or _orig(s)\n"
    check += (
        "import atexit\natexit.register(lambda: print('compiled', len(calls), file=sys.stderr))\n"
    )
    second = _run(prelude + check + run + "run()", env, tmp_path)  # builds from the store
    assert plain.returncode == first.returncode == second.returncode == 1  # the seeds have findings
    assert plain.stdout == first.stdout == second.stdout
    assert "compiled 0" in second.stderr  # every dataclass came from the store


def test_nothing_is_stored_under_dont_write_bytecode(tmp_path: Path) -> None:
    store = tmp_path / "store.marshal"
    code = (
        "from factcheck import dataclass_code\n"
        f"dataclass_code.cache_path = lambda: __import__('pathlib').Path({str(store)!r})\n"
        "dataclass_code.install()\n"
        "import dataclasses\n"
        "@dataclasses.dataclass\n"
        "class A:\n"
        "    x: int\n"
        "assert A(1) == A(1)\n"
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    assert _run(code, env, tmp_path).returncode == 0
    assert not store.exists()
    env.pop("PYTHONDONTWRITEBYTECODE")
    assert _run(code, env, tmp_path).returncode == 0
    assert store.exists()


def test_annotations_typing_evaluates_compile_to_the_same_code(installed: None) -> None:
    import typing

    texts = ("list[int]", "dict[str, 'Point'] | None", "Annotated[int, Field(ge=0)]")
    stored = [typing.ForwardRef(text).__forward_code__ for text in texts]
    again = [typing.ForwardRef(text).__forward_code__ for text in texts]
    dataclass_code.uninstall()
    plain = [typing.ForwardRef(text).__forward_code__ for text in texts]
    dataclass_code.install()
    assert [_code_parts(c) for c in stored] == [_code_parts(c) for c in plain]
    assert all(a is s for a, s in zip(again, stored, strict=True))  # compiled once
    with pytest.raises(SyntaxError):
        typing.ForwardRef("not valid (")
    # Any other call is the builtin's.
    assert eval(compile("1 + 2", "<x>", "eval")) == 3
    dataclass_code.uninstall()
    assert "compile" not in vars(typing)
