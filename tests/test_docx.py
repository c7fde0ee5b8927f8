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
