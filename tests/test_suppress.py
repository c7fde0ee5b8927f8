"""Inline suppression markers silence exactly what they name, where they say."""

from __future__ import annotations

from redaksi_lint import lint_text

TYPO = "Mereka sudah menyaipakn 3000 personel."


def codes(text: str, fmt: str = "txt") -> list[tuple[int, str]]:
    return [(d.line, d.code) for d in lint_text(text, fmt=fmt) if d.severity.value != "info"]


def test_without_markers_both_are_reported() -> None:
    assert codes(TYPO) == [(1, "S101"), (1, "T501")]


def test_disable_and_enable_one_rule() -> None:
    text = (f"<!-- redaksi-lint disable S101 -->\n{TYPO}\n"
            f"<!-- redaksi-lint enable S101 -->\n{TYPO}\n")
    assert codes(text) == [(2, "T501"), (4, "S101"), (4, "T501")]


def test_disable_by_slug_and_prefix() -> None:
    text = f"<!-- redaksi-lint disable unknown-word, T5 -->\n{TYPO}\n"
    assert codes(text) == []


def test_bare_disable_silences_everything_until_enable() -> None:
    text = f"<!-- redaksi-lint disable -->\n{TYPO}\n<!-- redaksi-lint enable -->\n{TYPO}\n"
    assert codes(text) == [(4, "S101"), (4, "T501")]


def test_disable_next_line() -> None:
    text = f"<!-- redaksi-lint disable-next-line T501 -->\n{TYPO}\n{TYPO}\n"
    assert codes(text) == [(2, "S101"), (3, "S101"), (3, "T501")]


def test_markers_work_in_markdown_and_are_not_prose() -> None:
    text = f"# Judul\n\n<!-- redaksi-lint disable-next-line S101 -->\n{TYPO}\n"
    assert codes(text, "md") == [(4, "T501")]
    # The marker is no prose (no S101); its unknown rule name is M001's business.
    assert codes("<!-- redaksi-lint disable menyaipakn -->\n") == [(1, "M001")]


def test_a_misspelt_marker_is_reported_not_ignored() -> None:
    assert codes("<!-- redaksi-lint disabel S101 -->\nMereka menyaipakn posko.\n") == [
        (1, "M001"), (2, "S101")]
    assert codes("<!-- redaksi-lint disable S1O1 -->\nMereka menyaipakn posko.\n") == [
        (1, "M001"), (2, "S101")]


def test_an_enable_misspelt_after_a_bare_disable_is_still_reported() -> None:
    text = "<!-- redaksi-lint disable -->\nMereka menyaipakn posko.\n<!-- redaksi-lint enabel -->\n"
    assert codes(text) == [(3, "M001")]
