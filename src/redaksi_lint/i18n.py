"""One language per run: what the command says besides findings (errors,
summaries, labels) in Indonesian, or in English with `--lang en`.

Errors are raised deep in the library with English text (they are also read
by Python users and in logs); `translate` turns them into Indonesian at the
moment they are shown, phrase by phrase, so a message keeps its file names,
values and line numbers. A phrase missing from the table is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .diagnostic import Severity

LANGS = ("id", "en")

SEVERITY_LABELS = {
    "id": {Severity.ERROR: "kesalahan", Severity.WARNING: "peringatan", Severity.INFO: "info"},
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"},
}


def pick(lang: str, indonesian: str, english: str) -> str:
    """The text in the run's language (Indonesian unless `en`)."""
    return english if lang == "en" else indonesian


def severity_label(severity: Severity, lang: str) -> str:
    return SEVERITY_LABELS["en" if lang == "en" else "id"][severity]


_Repl = str | Callable[[re.Match[str]], str]

# English phrase (a regex) -> Indonesian. Longer phrases first where one
# contains another. Groups keep what the phrase names (a file, a value).
_PHRASES: list[tuple[str, _Repl]] = [
    # input errors
    (r"(?i)no such file or directory", "berkas atau folder tidak ada"),
    (r"File exists", "sudah ada berkas dengan nama itu"),
    (r"Not a directory", "bukan folder"),
    (r"Read-only file system", "sistem berkas hanya-baca"),
    (r"No space left on device", "ruang disk habis"),
    (r"broken symbolic link", "tautan simbolik rusak"),
    (r"no \.txt or \.md drafts in this directory", "tidak ada naskah .txt atau .md di folder ini"),
    (r"is a directory", "adalah folder"),
    (r"(?i)permission denied", "izin ditolak"),
    (r"cannot decode standard input", "masukan standar tidak dapat didekode"),
    (r"binary file \(contains NUL bytes\); not a text draft",
     "berkas biner (berisi bita NUL), bukan naskah teks"),
    (r"invalid (\S+) at line (\d+), byte column (\d+) \(byte offset (\d+)\)",
     r"\1 tidak sah pada baris \2, kolom bita \3 (posisi bita \4)"),
    (r"invalid (\S+) near byte offset (\d+) \(after line (\d+)\)",
     r"\1 tidak sah di sekitar posisi bita \2 (setelah baris \3)"),
    (r"invalid (UTF-\S+) at byte (\d+)", r"\1 tidak sah pada bita \2"),
    (r"use --encoding to name the file's encoding",
     "pakai --encoding untuk menyebut pengodean berkas"),
    (r"cannot decode as ([^:]+):", r"tidak dapat didekode sebagai \1:"),
    (r"reading \.docx needs the optional extra: ",
     "membaca .docx memerlukan paket tambahan: "),
    (r"not a readable \.docx file", "bukan berkas .docx yang dapat dibaca"),
    (r"\.docx files are never rewritten; fix them in the word processor",
     "berkas .docx tidak pernah ditulis ulang; perbaiki di pengolah kata"),
    (r"file changed on disk while it was being checked; not written",
     "berkas berubah di disk saat diperiksa; tidak ditulis"),
    (r"internal error while checking this file", "galat internal saat memeriksa berkas ini"),
    (r"please report it", "mohon laporkan"),
    # configuration errors
    (r"unknown rule", "aturan tidak dikenal"),
    (r"unknown key", "kunci tidak dikenal"),
    (r"unknown option", "opsi tidak dikenal"),
    (r"did you mean", "maksud Anda"),
    (r"expected words or file names, got", "diharapkan kata atau nama berkas, bukan"),
    (r"the configuration must be a mapping of keys", "konfigurasi harus berupa pemetaan kunci"),
    (r"expected a mapping rule: level", "diharapkan pemetaan aturan: tingkat"),
    (r"level must be error, warning or info", "tingkat harus error, warning, atau info"),
    (r"expected a mapping rule: \{option: value\}",
     "diharapkan pemetaan aturan: {opsi: nilai}"),
    (r"expected a mapping canonical: \[wrong, \.\.\.\]",
     "diharapkan pemetaan nama_baku: [salah, ...]"),
    (r"lang must be 'id' or 'en'", "lang harus 'id' atau 'en'"),
    (r"cannot read config file", "berkas konfigurasi tidak dapat dibaca"),
    (r"invalid TOML", "TOML tidak sah"),
    (r"invalid YAML", "YAML tidak sah"),
    (r"'accept' lists words inline; add a file of words to it \(for example ([^)]+)\) "
     r"so new words can be appended",
     r"'accept' memuat kata secara langsung; tambahkan berkas kata (misalnya \1) "
     r"agar kata baru dapat ditambahkan"),
    (r"interrupted", "dihentikan"),
    (r"serve needs the optional extra: ", "serve memerlukan paket tambahan: "),
    (r"cannot write the report", "laporan tidak dapat ditulis"),
    # click's usage errors
    (r"^No such option:? '?([^'\s]+)'?\.?", r"Opsi tidak dikenal: \1."),
    (r"Did you mean '?([^'?]+)'?\?", r"Maksud Anda \1?"),
    (r"\(Possible options: ([^)]*)\)", r"(opsi yang mungkin: \1)"),
    (r"^No such command:? '?([^'\s]+)'?\.?", r"Perintah tidak dikenal: \1."),
    (r"^Invalid value for ([^:]+): ", r"Nilai tidak sah untuk \1: "),
    (r"'([^']*)' is not one of (.*)\.$", r"'\1' bukan salah satu dari \2."),
    (r"'([^']*)' is not a valid integer\.", r"'\1' bukan bilangan bulat."),
    (r"(\S+) is not in the range ([^.]+)\.", r"\1 di luar rentang \2."),
    (r"^Missing argument '([^']+)'\.", r"Argumen '\1' belum diberikan."),
    (r"^Missing option '([^']+)'\.", r"Opsi '\1' belum diberikan."),
    (r"'([^']*)' is not a valid integer range\.", r"'\1' bukan bilangan bulat dalam rentang."),
    (r"^Option '([^']+)' requires an argument\.", r"Opsi '\1' memerlukan nilai."),
    (r"^Option '([^']+)' does not take a value\.", r"Opsi '\1' tidak menerima nilai."),
    (r"^Got unexpected extra arguments? \(([^)]*)\)", r"Argumen berlebih: \1"),
    (r"(File|Path|Directory) '([^']*)' does not exist\.", r"'\2' tidak ada."),
    (r"(File|Path) '([^']*)' is a directory\.", r"'\2' adalah folder."),
]


@cache
def _compiled() -> list[tuple[re.Pattern[str], _Repl]]:
    """The patterns, compiled at the first message to translate (most runs
    have none, and compiling them was a noticeable part of start-up)."""
    return [(re.compile(p), r) for p, r in _PHRASES]


def translate(message: str, lang: str) -> str:
    """An English message from the library or from click in the run's language."""
    if lang == "en":
        return message
    for pattern, repl in _compiled():
        message = pattern.sub(repl, message)
    return message


def lang_from_args(args: list[str]) -> str:
    """The `--lang` of a command line, before it is parsed (a usage error is
    reported in the language the user asked for)."""
    for k, arg in enumerate(args):
        if arg == "--lang" and k + 1 < len(args):
            return "en" if args[k + 1] == "en" else "id"
        if arg.startswith("--lang="):
            return "en" if arg.partition("=")[2] == "en" else "id"
    return "id"
