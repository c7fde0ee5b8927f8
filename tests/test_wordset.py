"""WordSet answers membership exactly as a frozenset of the same words, before
and after it builds its hash set, and survives pickling (the table cache)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from redaksi_lint import wordset
from redaksi_lint.wordset import WordSet

words = st.text(alphabet=st.sampled_from("abkz-'éÉ\u00ff\u4e00"), max_size=6)


@given(st.lists(words, max_size=40), st.lists(words, max_size=40))
def test_membership_is_that_of_a_frozenset(listed: list[str], asked: list[str]) -> None:
    expected = frozenset(w for w in listed if w)
    table = pickle.loads(pickle.dumps(WordSet(listed)))
    assert len(table) == len(expected) and frozenset(table) == expected
    for word in [*asked, *listed]:
        assert (word in table) == (word in expected), word


def test_the_hash_set_is_built_after_many_lookups() -> None:
    table = WordSet(["kota", "desa", "pasar"])
    for _ in range(wordset.SET_AFTER):
        assert "desa" in table and "kampung" not in table
    assert table._set == frozenset({"kota", "desa", "pasar"})
    assert "pasar" in table and "pasa" not in table


def test_findings_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Ties between equally good corrections are broken by the words, not by
    the order of a set (which changes with PYTHONHASHSEED)."""
    draft = tmp_path / "draf.txt"
    draft.write_text("Aya pergi dengan hati-hait ke pasar. Mereka menyaipakn bantuan.\n",
                     encoding="utf-8")
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-m", "redaksi_lint", "--format", "json",
                               str(draft)], env=env, capture_output=True, text=True,
                              check=False)
        assert proc.returncode == 1, proc.stderr
        outputs.add(proc.stdout)
    assert len(outputs) == 1
