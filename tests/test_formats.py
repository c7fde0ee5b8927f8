"""Document formats: only prose is checked, positions point into the source."""

from __future__ import annotations

from redaksi_lint import lint_text

MD = """---
title: menyaipakn
---
# Judul menyaipakn

Paragraf dengan `kode menyaipakn` dan [tautan](https://x.id/menyaipakn) serta menyaipakn.

```python
menyaipakn = 1
```

    indentasi menyaipakn

<div>
menyaipakn
</div>

Akhir menyaipakn.
"""

HTML = """<!DOCTYPE html><html><head><title>menyaipakn</title>
<style>.menyaipakn {color: red}</style></head>
<body><p class="menyaipakn">Pemerintah sudah menyaipakn dana.</p>
<script>var menyaipakn = 1;</script><p>Harga&nbsp;naik.</p></body></html>
"""


def spelling(text: str, fmt: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(text, fmt=fmt) if d.code == "S101"]


def test_markdown_checks_only_prose() -> None:
    # the heading, the paragraph, the text of the HTML block and the last
    # line; not front matter, code, link targets or indented code
    assert spelling(MD, "md") == [(4, 9), (6, 79), (15, 1), (18, 7)]


def test_html_checks_only_the_text_of_the_body() -> None:
    assert spelling(HTML, "html") == [(3, 46)]


def test_unknown_extension_is_plain_text() -> None:
    assert [d.code for d in lint_text("Mereka menyaipakn dana.", path="naskah.draft")
            if d.code == "S101"] == ["S101"]
