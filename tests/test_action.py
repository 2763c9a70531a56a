"""action.yml, the composite GitHub Action: its inputs, steps and check script agree.

The check step's script is run here as the runner would run it (inputs as environment
variables, ``$GITHUB_OUTPUT`` a file), with this checkout's ``factcheck`` on the PATH.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ACTION = Path(__file__).resolve().parent.parent / "action.yml"
INPUTS = {"files", "election", "fail-on", "output-format"}
_EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", flags=re.DOTALL)


def action() -> dict[str, Any]:
    data = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def steps() -> list[dict[str, Any]]:
    found = action()["runs"]["steps"]
    assert isinstance(found, list)
    return found


def step(step_id: str) -> dict[str, Any]:
    return next(s for s in steps() if s.get("id") == step_id)


def expressions(value: object) -> list[str]:
    """Every ``${{ ... }}`` expression in a value, however deeply nested."""
    if isinstance(value, str):
        return [e.strip() for e in _EXPRESSION.findall(value)]
    if isinstance(value, dict):
        return [e for k, v in value.items() for e in expressions(k) + expressions(v)]
    if isinstance(value, list):
        return [e for v in value for e in expressions(v)]
    return []


def test_the_inputs_are_the_documented_four_each_described() -> None:
    inputs = action()["inputs"]
    assert set(inputs) == INPUTS
    for name, spec in inputs.items():
        assert spec.get("description"), name
        assert spec.get("required") is False, name
        assert "default" in spec, name
    assert inputs["output-format"]["default"] == "sarif"


def test_every_input_is_used_and_every_reference_names_an_input() -> None:
    used = set()
    for expr in expressions(action()["runs"]) + expressions(action()["outputs"]):
        used |= set(re.findall(r"inputs\.([A-Za-z0-9_-]+)", expr))
    assert used == INPUTS


def test_scripts_take_inputs_from_the_environment_never_pasted_in() -> None:
    # ${{ inputs.files }} inside a script would let a file name run commands.
    for s in steps():
        if "run" in s:
            assert s.get("shell") == "bash", s.get("name")
            assert not expressions(s["run"]), s.get("name")


def test_steps_refer_only_to_steps_before_them_and_outputs_to_real_ones() -> None:
    seen: set[str] = set()
    for s in steps():
        for expr in expressions(s):
            for ref in re.findall(r"steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)", expr):
                assert ref[0] in seen, (s.get("name"), ref)
        if "id" in s:
            seen.add(s["id"])
    written = set(re.findall(r'echo "([a-z-]+)=', step("check")["run"]))
    referenced = {
        m
        for expr in expressions(action())
        for m in re.findall(r"steps\.check\.outputs\.([A-Za-z0-9_-]+)", expr)
    }
    assert referenced == written == {"exit-code", "sarif-file"}


def test_sarif_is_uploaded_from_the_file_the_check_wrote_even_when_it_failed() -> None:
    upload = next(s for s in steps() if str(s.get("uses", "")).startswith("github/codeql"))
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    condition = upload["if"]
    assert "always()" in condition
    assert "inputs.output-format == 'sarif'" in condition
    assert upload["with"]["sarif_file"] == "${{ steps.check.outputs.sarif-file }}"
    order = [s.get("name") for s in steps()]
    # The step that fails the job comes last, after the upload.
    assert order.index(upload["name"]) < order.index("Fail on findings") == len(order) - 1


def run_check_step(
    tmp_path: Path, **inputs: str
) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    """Run the check step's script with the given inputs, as the runner would."""
    check = step("check")
    output = tmp_path / "github_output"
    output.write_text("", encoding="utf-8")
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["GITHUB_OUTPUT"] = str(output)
    defaults = {k: str(v.get("default", "")) for k, v in action()["inputs"].items()}
    values = {**defaults, **inputs}
    for key, value in check["env"].items():
        expr = _EXPRESSION.fullmatch(str(value).strip())
        if expr and expr.group(1).strip().startswith("inputs."):
            env[key] = values[expr.group(1).strip().removeprefix("inputs.")]
        else:
            env[key] = str(value).replace("${{ runner.temp }}", str(tmp_path))
    result = subprocess.run(
        ["bash", "-c", check["run"]],
        env=env,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    written = dict(
        line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines() if line
    )
    return result, written


def test_the_check_step_writes_sarif_and_keeps_the_exit_status(tmp_path: Path) -> None:
    result, outputs = run_check_step(
        tmp_path, files="examples/articles\nexamples/poplar-and-limehouse-2017-typo.json"
    )
    assert result.returncode == 0, result.stderr
    assert outputs["exit-code"] == "1"
    sarif = json.loads(Path(outputs["sarif-file"]).read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"NUM101"}
    assert f"factcheck: {len(results)} finding(s) written" in result.stdout


SEED = "examples/articles/001_0c5695e86abff121.txt"


@pytest.mark.parametrize(
    ("inputs", "exit_code", "shown"),
    [
        # The seed articles have warnings (WRD101) and no errors without an election.
        ({"files": "examples/articles"}, "1", "WRD101"),
        ({"files": "examples/articles", "fail-on": "error"}, "0", "WRD101"),
        ({"files": SEED, "election": "uk-ge-2017"}, "1", "REF101 reference-mismatch"),
        ({"files": f"{SEED} no/such/file.md"}, "2", "no/such/file.md"),
        ({"files": SEED, "election": "uk-ge-1066"}, "2", "uk-ge-1066"),
    ],
)
def test_the_inputs_reach_factcheck(
    tmp_path: Path, inputs: dict[str, str], exit_code: str, shown: str
) -> None:
    result, outputs = run_check_step(tmp_path, **inputs, **{"output-format": "text"})
    assert result.returncode == 0, result.stderr
    assert outputs["exit-code"] == exit_code, result.stdout + result.stderr
    assert "sarif-file" not in outputs
    assert shown in result.stdout + result.stderr


def test_the_ci_page_documents_every_input_and_output() -> None:
    page = (ACTION.parent / "docs" / "ci.md").read_text(encoding="utf-8")
    for name in INPUTS:
        assert f"| `{name}` |" in page, name
    for name in action()["outputs"]:
        assert f"`{name}`" in page, name
