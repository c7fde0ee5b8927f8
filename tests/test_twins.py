"""One finding per problem: twins (same edit on overlapping spans) are merged,
the more specific rule kept."""

from __future__ import annotations

from redaksi_lint import lint_text
from redaksi_lint.diagnostic import Diagnostic, Fix, Severity
from redaksi_lint.twins import drop_twins


def _codes(text: str) -> list[tuple[str, str]]:
    return [(d.code, text[d.start : d.end]) for d in lint_text(text)]


def test_house_name_and_standard_form_on_one_word_give_one_finding() -> None:
    found = _codes("Kementrian Keuangan mengumumkan anggaran baru pada Senin.\n")
    assert [c for c, w in found if w == "Kementrian"] == ["N302"]


def test_a_name_variant_is_reported_once_on_the_whole_name() -> None:
    text = ("Menteri Sri Mulyani hadir. Ia bicara dengan Sri Mulyani. "
            "Kata Sri Mulyanni dana aman.\n")
    found = [(c, w) for c, w in _codes(text) if c == "N301"]
    assert found == [("N301", "Sri Mulyanni")]


def test_house_list_wins_over_the_name_variant() -> None:
    text = "Joko Widodo hadir. Joko Widodo bicara. Joko Widodoo menambahkan.\n"
    assert [c for c, w in _codes(text) if "Widodoo" in w] == ["N302"]


def _diag(code: str, start: int, end: int, sugg: str, fix: bool = False) -> Diagnostic:
    return Diagnostic(code, code.lower(), Severity.WARNING, start, end, "m", suggestions=[sugg],
                      fix=Fix(start, end, sugg) if fix else None)


def test_different_edits_on_one_span_are_both_kept() -> None:
    text = "menyaipakn"
    found = [_diag("S101", 0, 10, "menyiapkan"), _diag("S103", 0, 10, "menyapukan")]
    assert drop_twins(text, found) == (found, 0)


def test_the_finding_with_a_fix_is_kept_and_order_is_kept() -> None:
    text = "a Kementrian b kota kota"
    general = _diag("S101", 2, 12, "Kementerian")
    fixed = _diag("S103", 2, 12, "Kementerian", fix=True)
    other = _diag("R201", 15, 24, "kota-kota", fix=True)
    assert drop_twins(text, [general, other, fixed]) == ([other, fixed], 1)


def test_contained_span_with_the_same_edit_is_a_twin() -> None:
    text = "Sri Mulyanni"
    whole = _diag("N301", 0, 12, "Sri Mulyani")
    part = _diag("N301", 4, 12, "Mulyani")
    assert drop_twins(text, [part, whole]) == ([whole], 1)
