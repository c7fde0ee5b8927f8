"""Word documents: read through python-docx; a finding names its paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from redaksi_lint.runner import lint_file

docx = pytest.importorskip("docx")


def test_docx_findings_name_the_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Judul Berita Hari Ini")
    document.add_paragraph("")
    document.add_paragraph("Pemerintah sudah menyaipakn 3000 personel.")
    path = tmp_path / "naskah.docx"
    document.save(str(path))
    res = lint_file(str(path))
    assert res.error is None
    found = {(d.line, d.column, d.code) for d in res.diagnostics}
    assert (3, 18, "S101") in found and (3, 29, "T501") in found


def test_broken_docx_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "rusak.docx"
    path.write_bytes(b"PK\x03\x04 bukan dokumen")
    res = lint_file(str(path))
    assert res.error is not None and "not a readable .docx" in res.error


def test_docx_is_never_rewritten(tmp_path: Path) -> None:
    from redaksi_lint.fixer import fix_file
    from redaksi_lint.source import InputError

    path = tmp_path / "naskah.docx"
    docx.Document().save(str(path))
    with pytest.raises(InputError):
        fix_file(path)


def test_a_docx_with_a_large_picture_is_still_checked(tmp_path: Path) -> None:
    """Its size is the picture's: the document is read whole, not cut as text."""
    import os
    import zipfile

    document = docx.Document()
    document.add_paragraph("Pemerintah sudah menyaipakn 3000 personel.")
    path = tmp_path / "foto.docx"
    document.save(str(path))
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/media/foto.bin", os.urandom(1_500_000))
    assert path.stat().st_size > 1024 * 1024
    res = lint_file(str(path))
    assert res.error is None
    assert (1, 18, "S101") in {(d.line, d.column, d.code) for d in res.diagnostics}


def test_docx_table_cells_are_checked_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Pemerintah menyiapkan anggaran.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Wilayah"
    table.cell(0, 1).text = "Keterangan"
    table.cell(1, 0).text = "Kupang"
    table.cell(1, 1).text = "Petugas sudah menyaipakn tenda."
    document.add_paragraph("Warga mengungsi ke menyaipakn sekolah.")
    path = tmp_path / "tabel.docx"
    document.save(str(path))
    res = lint_file(str(path))
    assert res.error is None
    found = [(d.line, d.column) for d in res.diagnostics if d.code == "S101"]
    # paragraph 1, then the four cells (2-5), then the last paragraph (6)
    assert found == [(5, 15), (6, 20)]


def test_docx_merged_cell_is_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Petugas sudah menyaipakn tenda."
    path = tmp_path / "gabung.docx"
    document.save(str(path))
    res = lint_file(str(path))
    assert [(d.line, d.code) for d in res.diagnostics if d.code == "S101"] == [(1, "S101")]
