"""Rule documentation pages, generated from each rule's own metadata and docstring.

``python -m factcheck.docs docs/rules`` writes one Markdown page per rule and an index; a test
checks the committed pages match, so the docs never drift from the code.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from factcheck.registry import all_rules
from factcheck.rule import Rule

REQUIRED_SECTIONS = (
    "What it does",
    "Why is this bad?",
    "Example",
    "Use instead",
    "How to silence it",
)


def sections(rule: type[Rule]) -> dict[str, str]:
    """The docstring's ``## Heading`` sections, by heading."""
    doc = rule.documentation()
    parts = re.split(r"^## (.+)$", doc, flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}


def examples(rule: type[Rule]) -> tuple[str, str]:
    """The failing and the passing example: the code blocks under Example and Use instead."""
    secs = sections(rule)

    def block(name: str) -> str:
        m = re.search(r"```\w*\n(.*?)```", secs.get(name, ""), flags=re.DOTALL)
        if not m:
            raise ValueError(f"{rule.code} {rule.name}: section {name!r} has no code block")
        return m.group(1)

    return block("Example"), block("Use instead")


def rule_page(rule: type[Rule]) -> str:
    """The Markdown page for one rule."""
    summary = rule.summary()
    body = rule.documentation().split("\n", 1)[1].strip() if "\n" in rule.documentation() else ""
    meta = (
        f"| code | name | default severity | scope |\n|---|---|---|---|\n"
        f"| `{rule.code}` | `{rule.name}` | {rule.severity.value} | {rule.scope.value} |"
    )
    return f"# {rule.name} ({rule.code})\n\n{summary}\n\n{meta}\n\n{body}\n"


def index_page() -> str:
    """The table of every rule."""
    rows = "\n".join(
        f"| [`{r.code}`]({r.name}.md) | `{r.name}` | {r.severity.value} | {r.summary()} |"
        for r in all_rules()
    )
    return (
        "# Rules\n\nGenerated from the rules' own metadata by `python -m factcheck.docs "
        "docs/rules`; do not edit by hand.\n\n| code | name | severity | what it checks |\n"
        f"|---|---|---|---|\n{rows}\n"
    )


def pages() -> dict[str, str]:
    """Every generated page, by file name."""
    out = {f"{r.name}.md": rule_page(r) for r in all_rules()}
    out["index.md"] = index_page()
    return out


def write(folder: Path) -> list[Path]:
    """Write every page into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in pages().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for p in write(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/rules")):
        print(p)
