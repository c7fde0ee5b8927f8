"""The acceptance model: what each kind of evidence decides, and `trace`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from redaksi_lint.lexicon import get_lexicon


@pytest.mark.parametrize(("word", "status"), [
    ("rumah", "known"),          # a dictionary stem
    ("menyiapkan", "known"),     # hunspell form, web count, affix reading
    ("tegasnya", "known"),       # a clitic on a dictionary word: reporting verbs
    ("diinisialisasi", "known"), # di- on a technical loan
    ("slalu", "plausible"),      # only a web count, one slip from selalu
    ("terdebut", "plausible"),   # only an affix reading, one slip from tersebut
    ("ekonomii", "unknown"),     # no -i on a root ending in i
    ("organic", "unknown"),      # an English word's web count is English use
    ("dikampus", "unknown"),     # di- on a noun root: no passive
    ("tandasnya", "known"),      # a letter more than tandanya: still a reporting verb
    ("perusahan", "plausible"),  # web count and per-an reading, but perusahaan undoubled
    ("lainya", "plausible"),     # web count and a clitic reading, but lainnya undoubled
    ("pendanan", "unknown"),     # peN-an on the conjunction dan is no reading
    ("rekamanya", "unknown"),    # re- only before a listed word, not kama + nya
    ("antikorupsinya", "known"), # a longer bound form before a clitic form
    ("menunjukan", "plausible"), # -kan on tunjuk keeps both k's: menunjukkan
    ("masukan", "known"),        # a dictionary noun in -an, not masukkan mistyped
    ("keterbukan", "plausible"), # an analysis nobody writes, keterbukaan undoubled
])
def test_verdicts(word: str, status: str) -> None:
    assert get_lexicon().judge(word).status == status


def test_neighbour_and_glued_preposition() -> None:
    lex = get_lexicon()
    assert lex.neighbour("slalu") == "selalu"
    assert lex.neighbour("terdebut") == "tersebut"
    assert lex.neighbour("kepasar") == "ke pasar"
    assert lex.neighbour("dibuat") is None  # a passive verb, not di + buat
    assert lex.neighbour("perusahan") == "perusahaan"
    assert lex.neighbour("percapakan") == "percakapan"  # a swap over one letter


def test_evidence_is_kept_for_and_against() -> None:
    verdict = get_lexicon().judge("terdebut")
    sources = [(e.source, e.supports) for e in verdict.evidence]
    assert ("analysis", True) in sources
    assert ("neighbour", False) in sources


def _trace(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "redaksi_lint", "trace", *args],
                          capture_output=True, text=True, check=False)


def test_trace_shows_evidence_and_verdict() -> None:
    proc = _trace("slalu")
    assert proc.returncode == 0, proc.stderr
    assert "Putusan: mencurigakan" in proc.stdout
    assert "+ frekuensi web" in proc.stdout
    assert '- satu ketukan dari "selalu"' in proc.stdout
    assert "Saran: selalu" in proc.stdout


def test_trace_in_context_in_english() -> None:
    proc = _trace("organic", "--lang", "en", "--context",
                  "Petani menjual produk organic di pasar.")
    assert proc.returncode == 0, proc.stderr
    assert "Verdict: unknown" in proc.stdout
    assert "adapted form: organik" in proc.stdout
    assert "S109 [warning]" in proc.stdout


def test_trace_word_absent_from_context() -> None:
    proc = _trace("rumah", "--context", "Kalimat tanpa kata itu.")
    assert "tidak ada di kalimat itu" in proc.stdout
