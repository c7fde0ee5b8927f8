"""Every rule's behaviour as data: tests/rules/<CODE>.yaml holds pass / fail /
fix cases, and this one test runs them all."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from redaksi_lint import Config, lint_text
from redaksi_lint.fix import apply_fixes
from redaksi_lint.rules import all_rules

CASE_DIR = Path(__file__).parent / "rules"
POSITION_KEYS = ("line", "column", "end_line", "end_column")


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASE_DIR.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        rule = spec["rule"]
        for i, case in enumerate(spec["cases"]):
            name = case.get("name", str(i))
            params.append(pytest.param(rule, case, id=f"{rule}-{name}"))
    return params


def _run(rule: str, text: str, case: dict[str, Any]) -> list[Any]:
    config = Config(select=[rule], options={rule: case.get("configs", {})},
                    **case.get("config", {}))
    return [d for d in lint_text(text, config, fmt=case.get("format", "txt")) if d.code == rule]


@pytest.mark.parametrize(("rule", "case"), _cases())
def test_fixture_case(rule: str, case: dict[str, Any]) -> None:
    if "pass_str" in case:
        found = _run(rule, case["pass_str"], case)
        assert not found, f"unexpected {[(d.message, d.suggestions) for d in found]}"
    if "fail_str" in case:
        found = _run(rule, case["fail_str"], case)
        assert found, f"{rule} did not report {case['fail_str']!r}"
        if "suggestion" in case:
            assert found[0].suggestions, "no suggestions"
            assert found[0].suggestions[0] == case["suggestion"]
        if "fix_str" in case:  # what --fix writes: the safe fixes only
            fixed, _ = apply_fixes(case["fail_str"], found)
            assert fixed == case["fix_str"]
        if "unsafe_fix_str" in case:  # what --fix --unsafe-fixes writes
            fixed, _ = apply_fixes(case["fail_str"], found, unsafe=True)
            assert fixed == case["unsafe_fix_str"]
        if "count" in case:
            assert len(found) == case["count"]
        if "severity" in case:
            assert found[0].severity.value == case["severity"]
        if "flagged" in case:  # the text the first finding covers
            assert case["fail_str"][found[0].start : found[0].end] == case["flagged"]
        if "columns" in case:  # [column, end_column] of the first finding, 1-based
            assert [found[0].column, found[0].end_column] == case["columns"]
        # Positions of the first finding, 1-based, end exclusive (as reported).
        where = {k: getattr(found[0], k) for k in POSITION_KEYS if k in case}
        assert where == {k: case[k] for k in where}, "position"


def test_every_rule_has_fixtures_and_docs() -> None:
    have = {p.stem for p in CASE_DIR.glob("*.yaml")}
    for cls in all_rules():
        assert cls.code in have, f"{cls.code} has no fixture file"
        assert cls.documentation(), f"{cls.code} has no documentation"
        assert cls.summary and cls.summary_en, f"{cls.code} has no summary"
        spec = yaml.safe_load((CASE_DIR / f"{cls.code}.yaml").read_text(encoding="utf-8"))
        passing = sum("pass_str" in c for c in spec["cases"])
        failing = sum("fail_str" in c for c in spec["cases"])
        assert passing >= 5 and failing >= 5, f"{cls.code}: {passing} pass / {failing} fail cases"


def test_the_first_failing_case_of_every_rule_gives_its_position() -> None:
    for path in sorted(CASE_DIR.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        first = next(c for c in spec["cases"] if "fail_str" in c)
        assert {"line", "column", "end_column"} <= first.keys(), f"{path.name}: {first}"


_EXAMPLE_RE = re.compile(r"\*\*Example\*\*(?: \(with `(?P<config>[^`]+)`\))?\n(?P<body>.*?)\n\*\*",
                         re.DOTALL)


def _examples(doc: str, label: str) -> list[str]:
    m = re.search(rf"{label}: (.*?)(?:\n\n|$)", doc, re.DOTALL)
    if m is None:
        return []
    return [ex for ex in re.findall(r"`([^`]+)`", m.group(1)) if "…" not in ex]


@pytest.mark.parametrize("cls", all_rules(), ids=lambda c: c.code)
def test_documented_examples_behave_as_documented(cls: Any) -> None:
    """The Failing/Passing examples of `redaksi-lint rules CODE` are run
    through the checker: a failing one is reported by the rule, a passing
    one is not. (Examples described in words, or cut with …, are skipped.)"""
    m = _EXAMPLE_RE.search(cls.documentation())
    assert m, f"{cls.code}: no **Example** section"
    config = yaml.safe_load(m.group("config")) if m.group("config") else {}
    for field in ("accept", "reject"):
        if field in config:
            config[field] = set(config[field])
    failing, passing = _examples(m.group("body"), "Failing"), _examples(m.group("body"), "Passing")
    if cls.code in _DESCRIBED_IN_WORDS:
        return
    assert failing and passing, f"{cls.code}: no runnable example"
    for text in failing:
        found = lint_text(text, Config(select=[cls.code], **config))
        assert any(d.code == cls.code for d in found), f"{cls.code} misses {text!r}"
    for text in passing:
        found = lint_text(text, Config(select=[cls.code], **config))
        assert not any(d.code == cls.code for d in found), f"{cls.code} flags {text!r}"


# Rules whose example is a whole paragraph, described rather than quoted.
_DESCRIBED_IN_WORDS = {"K605", "R202", "N301"}
