"""A configuration that is wrong says so: exit status 2, one line naming the
file, the line and the key, with a did-you-mean; never silently ignored."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from redaksi_lint import Config, lint_text

DRAFT = "Para nitizen menunggu 3000 paket bantuan.\n"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command in English, the language these messages are written in."""
    return subprocess.run([sys.executable, "-m", "redaksi_lint", *args, "--lang", "en"], cwd=cwd,
                          capture_output=True, text=True, check=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("flag", "value", "hint"), [
    ("--select", "X999", None), ("--ignore", "nonsense", None),
    ("--select", "unknown-wrod", "unknown-word"), ("--ignore", "S101,T5O1", None)])
def test_unknown_rules_on_the_command_line_are_errors(
    folder: Path, flag: str, value: str, hint: str | None
) -> None:
    proc = run(flag, value, "a.txt", cwd=folder)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith(f"redaksi-lint: {flag}: unknown rule ")
    if hint:
        assert f"did you mean '{hint}'?" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_rules_with_a_prefix_lists_what_it_selects(folder: Path) -> None:
    from redaksi_lint.rules import all_rules

    proc = run("rules", "T5", cwd=folder)
    codes = [line.split()[0] for line in proc.stdout.splitlines()[1:]]
    assert proc.returncode == 0 and codes[:4] == ["T501", "T502", "T503", "T504"]
    assert codes == [r.code for r in all_rules() if r.code.startswith("T5")]
    assert run("rules", "X9", cwd=folder).returncode == 2


def test_rules_code_lists_its_options_with_defaults_and_its_data(folder: Path) -> None:
    out = run("rules", "K605", cwd=folder).stdout
    assert "max_words (int, default: 40): " in out
    out = run("rules", "P403", cwd=folder).stdout
    assert "style (curly | straight, default: none): " in out
    assert "dictionaries/names.tsv" in run("rules", "N302", cwd=folder).stdout


@pytest.mark.parametrize(("options", "message"), [
    ("K605: {max_word: 10}", "K605: unknown option 'max_word' (did you mean 'max_words'?)"),
    ("K605: {max_words: ten}", "K605: option 'max_words' must be an integer, not 'ten'"),
    ("long-sentence: {max_words: true}", "option 'max_words' must be an integer, not True"),
    ("P403: {style: fancy}", "option 'style' must be one of curly, straight, not 'fancy'"),
    ("T503: {strict: 1}", "option 'strict' must be true or false, not 1"),
    ("S101: {limit: 3}", "S101: unknown option 'limit'; S101 has no options"),
    ("K6: {max_words: 3}", "options are given to one rule by its code or slug, not 'K6'"),
    ("K699: {max_words: 3}", "unknown rule 'K699'"),
])
def test_rule_options_are_checked(folder: Path, options: str, message: str) -> None:
    (folder / ".redaksi-lint.yaml").write_text(f"lang: id\noptions:\n  {options}\n",
                                               encoding="utf-8")
    proc = run("a.txt", cwd=folder)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(f"redaksi-lint: {folder / '.redaksi-lint.yaml'}:3: options: ")
    assert proc.stderr.endswith(f"{message}\n") and proc.stderr.count("\n") == 1


def test_pyproject_errors_name_the_line_of_the_key(folder: Path) -> None:
    pyproject = folder / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n\n[tool.redaksi-lint]\nlang = "id"\n'
                         'selct = ["S"]\n', encoding="utf-8")
    proc = run("a.txt", cwd=folder)
    assert proc.returncode == 2
    assert proc.stderr == (f"redaksi-lint: {pyproject}:6: unknown key 'selct' "
                           "(did you mean 'select'?)\n")
    pyproject.write_text('[tool.redaksi-lint]\nlang = "id"\n\n[tool.redaksi-lint.options]\n'
                         'P403 = {style = "curly"}\nK605 = {max_words = "x"}\n',
                         encoding="utf-8")
    proc = run("a.txt", cwd=folder)
    assert proc.stderr.startswith(f"redaksi-lint: {pyproject}:6: options: K605: ")


def test_a_missing_accept_file_is_an_error_not_a_word(folder: Path) -> None:
    (folder / ".redaksi-lint.yaml").write_text("accept: [kamus/redaksi.txt]\n",
                                               encoding="utf-8")
    proc = run("a.txt", cwd=folder)
    assert proc.returncode == 2
    assert "no such file 'kamus/redaksi.txt'" in proc.stderr


def test_the_readme_example_keeps_its_reject_list_on() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "select: [S, R, N, P, T]" in readme and "reject: [nitizen]" in readme
    config = Config(select=["S", "R", "N", "P", "T"], reject={"nitizen"})
    assert [d.code for d in lint_text(DRAFT, config) if d.code == "V001"] == ["V001"]
    ignored = Config(select=["S"], ignore=["rejected-word"], reject={"nitizen"})
    assert not [d for d in lint_text(DRAFT, ignored) if d.code == "V001"]
    no_spelling = Config(select=["T"], reject={"nitizen"})
    assert not [d for d in lint_text(DRAFT, no_spelling) if d.code == "V001"]


def test_every_rule_declares_the_data_files_it_reads() -> None:
    import re

    from redaksi_lint.data import data_dir
    from redaksi_lint.rules import all_rules

    declared: dict[str, set[str]] = {}
    for cls in all_rules():
        for name in cls.data_files:
            assert (data_dir() / name).is_file(), f"{cls.code}: {name} does not exist"
        declared.setdefault(cls.__module__, set()).update(cls.data_files)
        for name, spec in cls.option_specs.items():
            assert name in cls.default_options and spec.doc, f"{cls.code}: option {name}"
        assert set(cls.default_options) == set(cls.option_specs), cls.code
    for module, names in declared.items():
        source = Path(__import__(module, fromlist=["_"]).__file__ or "").read_text("utf-8")
        read = set(re.findall(r'"([\w-]+\.(?:txt|tsv))"', source))
        assert read <= names, f"{module} reads {sorted(read - names)} without declaring them"
