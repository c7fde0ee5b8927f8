"""One self-contained HTML page for editors who never open a terminal: each
draft with every finding highlighted in place (message and suggestions on
hover) and a summary per rule. No scripts, no external resources."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from html import escape

from ..engine import FileResult
from ..i18n import pick, severity_label, translate
from .suggestions import shown_suggestions

STYLE = """
body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-family:sans-serif}h2{font-family:sans-serif;font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;font-family:sans-serif;font-size:.9rem}
td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
.draft{white-space:pre-wrap;line-height:1.7;border:1px solid #ddd;padding:1rem;background:#fffef8}
mark{position:relative;border-bottom:2px solid;background:#fff3b0;cursor:help}
mark.error{background:#ffd6d6;border-color:#c00}mark.warning{border-color:#d80}
mark.info{background:#e3f0ff;border-color:#48c}
mark .tip{display:none;position:absolute;left:0;top:1.6em;z-index:2;min-width:18rem;
background:#333;color:#fff;font:12px sans-serif;padding:.4rem .6rem;border-radius:4px}
mark:hover .tip{display:block}.err{color:#c00;font-family:sans-serif}
"""


def _draft(res: FileResult, lang: str) -> str:
    """The draft's text with non-overlapping findings wrapped in <mark>."""
    doc = res.document
    if doc is None:
        return ""
    text = doc.text
    parts: list[str] = []
    pos = 0
    for d in sorted(res.diagnostics, key=lambda d: (d.start, -d.end)):
        start, end = d.start, max(d.end, d.start + 1)
        if start < pos or start >= len(text):
            continue  # overlaps one already shown: it is in the table below
        end = min(end, len(text))
        tip = f"{d.code} {d.rule} [{severity_label(d.severity, lang)}]: {d.text_message(lang)}"
        if d.suggestions:
            tip += " → " + ", ".join(shown_suggestions(d, text[d.start : d.end], lang))
        parts.append(escape(text[pos:start]))
        parts.append(
            f'<mark class="{d.severity.value}" data-code="{d.code}" title="{escape(tip)}">'
            f'{escape(text[start:end])}<span class="tip">{escape(tip)}</span></mark>'
        )
        pos = end
    parts.append(escape(text[pos:]))
    return "".join(parts)


def iter_render(results: Iterable[FileResult], lang: str = "id") -> Iterator[str]:
    """The page opens with a summary of the whole run, so it is built whole:
    it is a report to read in a browser, not a format for whole archives."""
    yield render(_joined(results), lang)


def _joined(results: Iterable[FileResult]) -> list[FileResult]:
    """One result per file: the chunks of a large file joined."""
    out: list[FileResult] = []
    for res in results:
        if res.continues and out:
            last = out[-1]
            out[-1] = FileResult(last.path, [*last.diagnostics, *res.diagnostics],
                                 res.error or last.error, last.document)
        else:
            out.append(res)
    return out


def render(results: list[FileResult], lang: str = "id") -> str:
    counts = Counter((d.code, d.rule, d.severity) for r in results for d in r.diagnostics)
    total = sum(counts.values())
    rows = "".join(
        f"<tr><td>{code}</td><td>{slug}</td><td>{severity_label(sev, lang)}</td><td>{n}</td></tr>"
        for (code, slug, sev), n in sorted(counts.items())
    )
    head = pick(lang, "Kode Aturan Tingkat Jumlah", "Code Rule Severity Count").split()
    summary = pick(lang, f"{total} temuan dalam {len(results)} berkas.",
                   f"{total} finding{'s' if total != 1 else ''} in {len(results)} "
                   f"file{'s' if len(results) != 1 else ''}.")
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"en" if lang == "en" else "id"}"><head><meta charset="utf-8">',
        "<title>redaksi-lint</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>redaksi-lint</h1>",
        f'<p id="summary">{summary}</p>',
        "<table><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>",
        rows,
        "</table>",
    ]
    columns = pick(lang, "Baris Kolom Kode Tingkat Pesan Saran",
                   "Line Column Code Severity Message Suggestions").split()
    for res in results:
        out.append(f"<h2>{escape(res.path)}</h2>")
        if res.error:
            out.append(f'<p class="err">{escape(translate(res.error, lang))}</p>')
            continue
        out.append(f'<div class="draft">{_draft(res, lang)}</div>')
        out.append("<table><tr>" + "".join(f"<th>{c}</th>" for c in columns) + "</tr>")
        text = res.document.text if res.document is not None else None
        for d in res.diagnostics:
            flagged = text[d.start : d.end] if text is not None else None
            out.append(
                f"<tr><td>{d.line}</td><td>{d.column}</td><td>{d.code}</td>"
                f"<td>{severity_label(d.severity, lang)}</td>"
                f"<td>{escape(d.text_message(lang))}</td>"
                f"<td>{escape(', '.join(shown_suggestions(d, flagged, lang)))}</td></tr>"
            )
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
