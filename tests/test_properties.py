"""Properties over arbitrary text: linting never raises, every span names
exactly the text it reports, and fixes are idempotent and stay in their spans."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from redaksi_lint import lint_text
from redaksi_lint.distance import (
    DeletionIndex,
    NeighbourIndex,
    is_one_edit,
    one_edit_away,
    osa_distance,
    within,
)
from redaksi_lint.fix import apply_fixes, select_fixes

PIECES = [
    "kota", "kota", " ", "  ", ".", ",", " ,", "\n", "\r\n", "\r", "\t", "\ufeff", "Israel",
    "Isral", "menyaipakn", "3000", "1.000", "Rp.", "ke 21", "--", "“", "”", '"', "Namun",
    "Seorang", "serta.", "e\u0301", "😀", "anti-tank", "Ibukota", "Ramadhan", "mengkondisikan",
    "<!-- redaksi-lint disable -->", "https://contoh.id/a", "Dr.", "dan dan", "ketar ketir",
    "yg", "tsb.", "dll", "tidak pidana", "rumah sakti", "suka bunga acuan", "2.5 persen", "(",
    ")", "kunjungiwww.contoh.id", "di:www.contoh.id", "kota- kota", "sayur - mayur",
    "juara ke empat", "dikampus", "Dirumah",
]
draft_text = st.one_of(st.text(max_size=300),
                       st.lists(st.sampled_from(PIECES), max_size=60).map("".join))


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """Independent reference: lines end at \\r\\n, \\r or \\n; columns count characters."""
    line, start, i = 1, 0, 0
    while i < offset:
        ch = text[i]
        if ch == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            i += 2
            if i <= offset:
                line, start = line + 1, i
            continue
        i += 1
        if ch in "\r\n":
            line, start = line + 1, i
    return line, offset - start + 1


@given(draft_text)
def test_spans_name_exactly_what_they_report(text: str) -> None:
    body = text  # offsets are into the text as given (a BOM is a masked character)
    for d in lint_text(text):
        assert 0 <= d.start <= d.end <= len(body)
        assert (d.line, d.column) == _line_col(body, d.start)
        assert (d.end_line, d.end_column) == _line_col(body, d.end)
        if d.fix is not None:
            assert 0 <= d.fix.start <= d.fix.end <= len(body)


@given(draft_text)
def test_fixes_stay_in_their_spans_and_converge(text: str) -> None:
    body = text  # offsets are into the text as given (a BOM is a masked character)
    found = lint_text(body)
    fixes = [f for f in select_fixes(found) if body[f.start : f.end] != f.replacement]
    fixed, count = apply_fixes(body, found)
    assert count == len(fixes)
    # outside the fixed spans nothing changed: rebuild the text from the pieces
    pos, pieces = 0, []
    for f in fixes:
        pieces.append(body[pos : f.start])
        pieces.append(f.replacement)
        pos = f.end
    pieces.append(body[pos:])
    assert fixed == "".join(pieces)
    current = fixed
    for _ in range(6):
        again, n = apply_fixes(current, lint_text(current))
        if n == 0:
            break
        current = again
    assert apply_fixes(current, lint_text(current))[1] == 0


@given(st.text(alphabet="abcİ", max_size=9), st.text(alphabet="abcİ", max_size=9),
       st.integers(min_value=0, max_value=3))
def test_bounded_distance_agrees_with_the_full_table(a: str, b: str, k: int) -> None:
    """`within` decides on the middle of two words, after their common ends;
    it must agree with the whole dynamic-programming table."""
    assert within(a, b, k) == (osa_distance(a, b) <= k)


@given(st.text(alphabet="abé-", max_size=6), st.text(alphabet="abzé-", max_size=7))
def test_one_edit_test_agrees_with_the_spelled_out_edits(word: str, cand: str) -> None:
    """`is_one_edit` answers what one_edit_away spells out (letters a-z
    inserted or substituted, any letter deleted or swapped)."""
    assert is_one_edit(word, cand) == (cand in one_edit_away(word))


@given(st.lists(st.text(alphabet="abcé", min_size=1, max_size=6), max_size=30),
       st.text(alphabet="abcdé", max_size=7))
def test_deletion_index_finds_every_indexed_word_one_edit_away(words: list[str],
                                                               probe: str) -> None:
    """The deletion keys find exactly the indexed words one edit from a probe
    (common_neighbour relies on it for the common words)."""
    index = DeletionIndex(words)
    assert index.one_edit_away(probe) == one_edit_away(probe) & set(words)


@given(st.lists(st.text(alphabet="abcd", min_size=1, max_size=9), max_size=25),
       st.text(alphabet="abcd", min_size=1, max_size=9), st.integers(min_value=1, max_value=2))
@example(["abcdea"], "aabcde", 2)  # a letter out at the start, one in at the end
def test_name_index_finds_what_the_edit_distance_finds(words: list[str], probe: str,
                                                       limit: int) -> None:
    """NeighbourIndex's quick rejections never drop a word within the limit
    (bcdefa is two edits from abcdef, though every letter differs)."""
    index = NeighbourIndex(words, lambda _w: limit)
    assert index.near(probe) == {w for w in words
                                 if w[:1] == probe[:1] and osa_distance(w, probe) <= limit}
