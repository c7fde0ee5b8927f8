"""`vocab add|remove|list` keep the accept list; `baseline` records today's
findings per file so that only new ones are reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from redaksi_lint.cli import cli
from redaksi_lint.config_files import find_config_file


@pytest.fixture(autouse=True)
def _fresh_lookup() -> None:
    find_config_file.cache_clear()


def test_vocab_add_creates_config_and_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["vocab", "add", "menyaipakn", "Gemoy"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / ".redaksi-lint.yaml").read_text() == "accept: [.redaksi-lint/accept.txt]\n"
    assert (tmp_path / ".redaksi-lint" / "accept.txt").read_text() == "menyaipakn\nGemoy\n"
    again = CliRunner().invoke(cli, ["vocab", "add", "Gemoy", "kotakkata"])
    assert "1 kata ditambahkan" in again.output
    draft = tmp_path / "d.txt"
    draft.write_text("Mereka menyaipakn data.\n", encoding="utf-8")
    assert CliRunner().invoke(cli, [str(draft)]).exit_code == 0


def test_vocab_add_appends_to_existing_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".redaksi-lint.yaml").write_text("# gaya selingkung\nignore: [K605]\n",
                                                 encoding="utf-8")
    CliRunner().invoke(cli, ["vocab", "add", "Danantara"])
    cfg = (tmp_path / ".redaksi-lint.yaml").read_text()
    assert cfg.startswith("# gaya selingkung\nignore: [K605]\n") and "accept:" in cfg


def test_inline_accept_list_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".redaksi-lint.yaml").write_text("accept: [Danantara]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["vocab", "add", "--lang", "en", "Gemoy"])
    assert result.exit_code == 2 and "lists words inline" in result.output


def _json_codes(args: list[str]) -> tuple[int, list[tuple[str, str, int]]]:
    import json

    result = CliRunner().invoke(cli, ["--format", "json", *args])
    diags = json.loads(result.output)["diagnostics"]
    return result.exit_code, [(Path(d["path"]).name, d["code"], d["line"]) for d in diags]


def test_baseline_records_findings_not_words(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    old = tmp_path / "arsip.txt"
    old.write_text("Mereka sudah menyaipakn dana.\n", encoding="utf-8")
    other = tmp_path / "baru.txt"
    other.write_text("Kami menyiapkan dana.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["baseline", str(old), str(other)])
    assert result.exit_code == 0, result.output
    assert "1 temuan dalam 2 berkas dicatat" in result.output
    # Nothing is accepted globally: no accept list, no config written.
    assert not (tmp_path / ".redaksi-lint.yaml").exists()
    assert not (tmp_path / ".redaksi-lint" / "accept.txt").exists()
    recorded = (tmp_path / ".redaksi-lint" / "baseline.json").read_text(encoding="utf-8")
    assert '"path": "arsip.txt", "rule": "S101", "text": "menyaipakn", "count": 1' in recorded
    assert "line" not in recorded
    assert _json_codes([str(old), str(other)]) == (0, [])
    # Lines moved: still skipped (no line numbers in the baseline).
    old.write_text("Judul\n\nMereka sudah menyaipakn dana.\n", encoding="utf-8")
    assert _json_codes([str(old)]) == (0, [])
    # The same typo in another file is reported; so is a second occurrence.
    other.write_text("Kami menyaipakn dana.\n", encoding="utf-8")
    assert _json_codes([str(other)]) == (1, [("baru.txt", "S101", 1)])
    old.write_text("Mereka sudah menyaipakn dana.\nLalu menyaipakn lagi.\n", encoding="utf-8")
    assert _json_codes([str(old)]) == (1, [("arsip.txt", "S101", 2)])


def test_baseline_lives_beside_the_config_and_keeps_other_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".redaksi-lint.yaml").write_text("select: [S101, T501]\n", encoding="utf-8")
    (tmp_path / "naskah").mkdir()
    a, b = tmp_path / "naskah" / "a.txt", tmp_path / "naskah" / "b.txt"
    a.write_text("Ada 3000 warga menyaipakn dana.\n", encoding="utf-8")
    b.write_text("Ada 4000 warga.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "naskah")
    assert CliRunner().invoke(cli, ["baseline", "a.txt", "b.txt"]).exit_code == 0
    book = tmp_path / ".redaksi-lint" / "baseline.json"
    assert '"path": "naskah/b.txt", "rule": "T501", "text": "4000"' in book.read_text()
    b.write_text("Ada 4000 warga menyaipakn dana.\n", encoding="utf-8")
    CliRunner().invoke(cli, ["baseline", "a.txt"])  # re-recording a.txt keeps b.txt's entry
    assert _json_codes(["a.txt", "b.txt"]) == (1, [("b.txt", "S101", 1)])


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_files_written_follow_the_umask(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        umask: int) -> None:
    import os

    monkeypatch.chdir(tmp_path)
    old = os.umask(umask)
    try:
        CliRunner().invoke(cli, ["vocab", "add", "Gemoy"])
        (tmp_path / "a.txt").write_text("Mereka menyaipakn dana.\n", encoding="utf-8")
        CliRunner().invoke(cli, ["baseline", "a.txt"])
    finally:
        os.umask(old)
    for made in (".redaksi-lint.yaml", ".redaksi-lint/accept.txt", ".redaksi-lint/baseline.json"):
        assert (tmp_path / made).stat().st_mode & 0o777 == 0o666 & ~umask, made


def test_vocab_list_and_remove(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    CliRunner().invoke(cli, ["vocab", "add", "Gemoy", "Danantara", "kotakkata"])
    listed = CliRunner().invoke(cli, ["vocab", "list"])
    assert listed.exit_code == 0 and listed.output == "Danantara\nGemoy\nkotakkata\n"
    removed = CliRunner().invoke(cli, ["vocab", "remove", "Gemoy"])
    assert removed.exit_code == 0 and "1 kata dihapus" in removed.output
    assert (tmp_path / ".redaksi-lint" / "accept.txt").read_text() == "Danantara\nkotakkata\n"
    assert CliRunner().invoke(cli, ["vocab", "list"]).output == "Danantara\nkotakkata\n"
    missing = CliRunner().invoke(cli, ["vocab", "remove", "Gemoyy"])
    assert missing.exit_code == 1 and "Gemoyy" in missing.output
