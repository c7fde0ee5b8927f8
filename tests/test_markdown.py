"""Markdown as markdown-it reads it: code, links, markup and structure are not
prose; each block is checked on its own; fixes never touch what is not prose."""

from __future__ import annotations

from redaksi_lint import lint_text
from redaksi_lint.fixer import fix_text
from redaksi_lint.formats import load_document
from redaksi_lint.tokenize import split_sentences, tokenize


def found(text: str, code: str | None = None) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.code) for d in lint_text(text, fmt="md")
            if code is None or d.code == code]


def sentences(text: str) -> list[str]:
    doc = load_document(text, "a.md", "md")
    return [text[s.start : s.end] for s in split_sentences(doc, tokenize(doc.prose))]


def test_a_stray_backtick_hides_nothing() -> None:
    text = ("Tanda ` ini sendirian di paragraf pertama.\n\n"
            "Paragraf kedua menyaipakn data.\n\n"
            "Paragraf ketiga memakai `kode` dan menyaipakn lagi.\n")
    assert found(text, "S101") == [(3, 16, "S101"), (5, 36, "S101")]


def test_code_spans_are_taken_per_block() -> None:
    text = "Isi `menyaipakn` di sini.\n\n> Kutipan `a\n> menyaipakn` selesai.\n"
    assert found(text, "S101") == []


def test_mdx_heading_id_is_not_prose_and_never_fixed() -> None:
    text = "## Cara memasang {/*cara--memasang*/}\n\nTeks biasa -- dengan tanda pisah.\n"
    assert [c for _, _, c in found(text, "P405")] == ["P405"]  # only in the paragraph
    fixed = fix_text(text, "a.md").after
    assert "{/*cara--memasang*/}" in fixed and "Teks biasa — dengan" in fixed
    assert "{#cara--memasang}" in fix_text("## Judul {#cara--memasang}\n", "a.md").after


def test_entities_are_not_words_and_positions_hold() -> None:
    text = "Nilai &lt; 5&nbsp;persen menyaipakn data.\n"
    assert found(text, "S101") == [(1, 26, "S101")]


def test_heading_and_paragraph_line_are_two_blocks() -> None:
    assert sentences("# Judul Panduan\nParagraf ini langsung di bawahnya.\n") == [
        "Judul Panduan", "Paragraf ini langsung di bawahnya."]


def test_list_items_are_sentences_of_their_own() -> None:
    assert sentences("- satu hal\n- dua hal\n* tiga hal\n") == ["satu hal", "dua hal",
                                                                 "tiga hal"]


def test_table_cells_are_prose_and_structure_is_not() -> None:
    text = ("| Nama | Keterangan |\n|------|------------|\n"
            "| Budi | menyaipakn data |\n| Budi | menyaipakn data |\n")
    assert found(text, "S101") == [(3, 10, "S101"), (4, 10, "S101")]
    assert found(text, "R202") == []
    doc = load_document(text, "a.md", "md")
    assert doc.table_lines == {0, 1, 2, 3}
    assert all(doc.is_masked(*doc.line_span(1)) for _ in [0])
    assert [s.split("|")[0].strip() for s in sentences(text)[:2]] == ["Nama", "Keterangan"]


def test_fix_on_markdown_keeps_code_urls_targets_and_lines() -> None:
    text = ("---\njudul: a--b  ,c\n---\n"
            "# Panduan\n"
            "Lihat [tautan ini](https://contoh.id/a,b) dan `x ,y  z`.Lalu ,baca.\n\n"
            "| a | b |\n|---|---|\n| sama  sama | sama  sama |\n| sama  sama | sama  sama |\n"
            "<div class=\"a  b\">teks</div>\n")
    result = fix_text(text, "a.md", unsafe=True)
    after = result.after
    assert after.count("\n") == text.count("\n")
    for kept in ("judul: a--b  ,c", "(https://contoh.id/a,b)", "`x ,y  z`",
                 "|---|---|", '<div class="a  b">'):
        assert kept in after
    assert "Lalu, baca." in after  # prose is still fixed


def test_html_paragraph_starts_are_checked() -> None:
    html = "<html><body>\n<p>Namun petugas tetap siaga.</p>\n<p>petugas tetap siaga.</p>\n"
    codes = {(d.line, d.code) for d in lint_text(html, fmt="html")}
    assert (2, "P406") in codes and (3, "K602") in codes
    one_line = "<p>Harga naik.</p><p>petugas tetap siaga di sana.</p>"
    assert [d.code for d in lint_text(one_line, fmt="html") if d.code == "K602"] == ["K602"]


def test_mdx_imports_and_expressions_are_code() -> None:
    text = ("import Foo from './foo'\n\n## Cara memasang {/*cara--memasang*/}\n\n"
            "Nilai <Foo prop=\"a--b\" /> dan {props.nama--x} sekedar contoh.\n")
    after = fix_text(text, "panduan.mdx").after
    assert after == text.replace("sekedar", "sekadar")


def test_kramdown_aside_prose_is_checked_and_its_markup_is_not() -> None:
    """<aside markdown="1"> (Jekyll sites) holds published prose: its text is
    checked, its tags, link targets and images are not."""
    from redaksi_lint import lint_text

    text = ('# Judul\n\n<aside markdown="1" class="pquote">\n'
            '  <img src="https://x.y/dimana.png" alt="avatar">\n'
            '  Apakah Anda pernah menghadiri acara dimana Anda tidak mengenal orang?\n'
            '  <p markdown="1" class="pquote-credit">\n'
            '— @janl, ["Sustainable Open Source"](https://web.archive.org/dimana)\n'
            '  </p>\n</aside>\n')
    found = [(d.line, d.code) for d in lint_text(text, fmt="md")]
    assert found == [(5, "S106")]


def test_html_block_text_is_checked_and_its_tags_and_code_are_not() -> None:
    """A checkbox label or a caption in an HTML block is read by the public:
    its text is checked; tags (also over several lines), code, scripts and
    comments are not."""
    from redaksi_lint import lint_text

    text = ('Paragraf pembuka.\n\n<div class="clearfix">\n'
            '  <input type="checkbox" id="dimana"\n'
            '         value="kemana dimana">\n'
            '  <label for="cbox6">\n'
            '    Apakah pengelola merespon dengan cepat?\n'
            '  </label>\n'
            '  <pre>dimana = 1</pre> <code>kemana()</code>\n'
            '  <!-- dimana -->\n'
            '</div>\n')
    found = [(d.line, d.code) for d in lint_text(text, fmt="md")]
    assert found == [(7, "S103")]


def test_comments_and_template_tags_inside_an_html_block_are_not_prose() -> None:
    """{/* … */} and {% … %} between HTML tags are code, not text to fix."""
    from redaksi_lint.fixer import fix_text

    text = '<span class="a  b">\n{/*a--b dimana*/} {% if a--b %}\n</span>\n'
    assert fix_text(text, "a.md", unsafe=True).after == text
