"""`vocab add` and `baseline`: the accept list grows, and accepted words are quiet."""

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
    assert "1 word(s) added" in again.output
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
    result = CliRunner().invoke(cli, ["vocab", "add", "Gemoy"])
    assert result.exit_code == 2 and "lists words inline" in result.output


def test_baseline_accepts_what_is_reported_today(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "arsip.txt"
    draft.write_text("Mereka sudah menyaipakn dana untuk pembangunan.\n", encoding="utf-8")
    assert CliRunner().invoke(cli, [str(draft)]).exit_code == 1
    result = CliRunner().invoke(cli, ["baseline", str(draft)])
    assert "1 word(s) added" in result.output
    assert "menyaipakn" in (tmp_path / ".redaksi-lint" / "accept.txt").read_text()
    find_config_file.cache_clear()
    assert CliRunner().invoke(cli, [str(draft)]).exit_code == 0
