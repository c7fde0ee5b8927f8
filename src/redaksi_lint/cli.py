"""The `redaksi-lint` command: parse options, call the library, print, exit.

Exit status: 0 when nothing at error/warning level was found, 1 when there are
findings, 2 on a usage or input error (2 wins when both happen).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

import click

from . import __version__
from .diagnostic import Severity
from .reporters import FORMATS, MACHINE_FORMATS, get_streamer
from .results import FileResult

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PROGRESS_MIN_FILES = 20


class DefaultGroup(click.Group):
    """A group whose unknown first argument is a path for the `check` command,
    so `redaksi-lint draft.txt` and `redaksi-lint rules` both work."""

    default_command = "check"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h",
                                                                          "--version")):
            moved = self._command_after_options(ctx, args)
            args = moved if moved is not None else [self.default_command, *args]
        return super().parse_args(ctx, args)

    def _command_after_options(self, ctx: click.Context, args: list[str]) -> list[str] | None:
        """`redaksi-lint --lang en rules`: options written before a command
        name belong to that command (when it has them), not to `check`."""
        i = 0
        while i < len(args) and args[i].startswith("-") and args[i] != "-":
            name = args[i].partition("=")[0]
            option = next((p for c in self.commands.values() for p in c.params
                           if isinstance(p, click.Option) and name in p.opts), None)
            if option is None:
                return None
            takes_value = not option.is_flag and "=" not in args[i]
            i += 2 if takes_value else 1
        if i >= len(args) or args[i] not in self.commands or i == 0:
            return None
        command = self.commands[args[i]]
        names = {opt for p in command.params if isinstance(p, click.Option) for opt in p.opts}
        if any(a.partition("=")[0] not in names for a in args[:i] if a.startswith("-")):
            return None
        return [args[i], *args[:i], *args[i + 1 :]]

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "[OPTIONS] PATH...  |  COMMAND [ARGS]...")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The check options come first: checking drafts is what a newcomer
        came for, and `check` is the command run when none is named."""
        check_command = self.commands[self.default_command]
        with click.Context(check_command, info_name=self.default_command,
                           parent=ctx) as check_ctx:
            rows = [r for p in check_command.get_params(check_ctx)
                    if isinstance(p, click.Option)
                    and (r := p.get_help_record(check_ctx)) is not None]
        with formatter.section("Check options (redaksi-lint [OPTIONS] PATH...)"):
            formatter.write_dl(rows)
        super().format_options(ctx, formatter)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="redaksi-lint")
def cli() -> None:
    """Editorial checker for Indonesian prose: spelling (KBBI), EYD V punctuation,
    names, numbers. `redaksi-lint PATH...` checks drafts; `-` reads stdin."""


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


@cli.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--output-format", "--format", "output_format", type=click.Choice(FORMATS),
              default="full", show_default=True,
              help="full: source line and summary; concise: one line per finding "
                   "(`text` is its old name); json, sarif, github, html.")
@click.option("--lang", type=click.Choice(["id", "en"]), default=None,
              help="Language of the messages (default: config, else id).")
@click.option("--config", "config_path", default=None, type=click.Path(dir_okay=False),
              help="Config file (default: the nearest .redaksi-lint.yaml or pyproject.toml).")
@click.option("--select", multiple=True, help="Only these rules (codes, prefixes or slugs).")
@click.option("--ignore", multiple=True, help="Skip these rules.")
@click.option("--min-severity", type=click.Choice(["info", "warning", "error"]), default=None,
              help="Report nothing below this level.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing; the exit status tells.")
@click.option("--statistics", is_flag=True,
              help="Print the number of findings per rule (on standard error with json, "
                   "sarif, github and html).")
@click.option("--fix", is_flag=True,
              help="Apply the safe fixes to the files (to stdin: print the fixed text).")
@click.option("--unsafe-fixes", is_flag=True,
              help="With --fix or --diff, also apply the unsafe fixes (deletions, guesses).")
@click.option("--diff", is_flag=True,
              help="Print the fixes as a diff and write nothing; exit 1 when there is one.")
@click.option("--color", "color_choice", type=click.Choice(["auto", "always", "never"]),
              default="auto", show_default=True,
              help="Colour the text report (auto: on a terminal, unless NO_COLOR is set; "
                   "FORCE_COLOR forces it).")
@click.option("--no-color", is_flag=True, hidden=True, help="Same as --color never.")
@click.option("--exit-zero", is_flag=True,
              help="Exit 0 even when findings are reported (2 still means an error).")
@click.option("--output-file", "-o", default=None, type=click.Path(dir_okay=False),
              help="Write the report to this file (replaced whole when the run ends).")
@click.option("--jobs", "-j", type=click.IntRange(0, 64), default=None,
              help="Worker processes: files, or chunks of a large file, in parallel "
                   "(0: one per core). Default: one per core, at most 4, when the files "
                   "hold 1 MB or more; else one.")
@click.option("--encoding", default=None, help="Encoding of the input files (default UTF-8).")
@click.option("--stdin-filename", default=None, help="Name to report for `-` (and its format).")
@click.option("--force-exclude", is_flag=True,
              help="Apply `exclude` to files named on the command line too.")
def check(paths: tuple[str, ...], output_format: str, lang: str | None,
          config_path: str | None, select: tuple[str, ...], ignore: tuple[str, ...],
          min_severity: str | None, quiet: bool, statistics: bool, fix: bool,
          unsafe_fixes: bool, diff: bool, color_choice: str, no_color: bool, exit_zero: bool,
          output_file: str | None, jobs: int | None, encoding: str | None,
          stdin_filename: str | None, force_exclude: bool) -> None:
    """Check drafts (files, directories of .txt/.md, or - for stdin)."""
    from .config_files import ConfigError, check_selector
    from .runner import AUTO_JOBS, Overrides, RunOptions, available_cores, run_paths

    try:
        for flag, values in (("--select", select), ("--ignore", ignore)):
            for sel in _split(values):
                check_selector(flag, sel)
    except ConfigError as exc:
        _error(str(exc), lang or "id")
        sys.exit(EXIT_ERROR)
    overrides = Overrides(select=_split(select) or None, ignore=_split(ignore),
                          min_severity=Severity(min_severity) if min_severity else None,
                          lang=lang)
    options = RunOptions(config_path=config_path, overrides=overrides, encoding=encoding,
                         jobs=AUTO_JOBS if jobs is None else jobs or available_cores(),
                         stdin_filename=stdin_filename,
                         fix="diff" if diff else "fix" if fix else None,
                         unsafe_fixes=unsafe_fixes,
                         force_exclude=force_exclude)
    try:
        run = run_paths(paths, options)
    except ConfigError as exc:
        _error(str(exc), lang or "id")
        sys.exit(EXIT_ERROR)
    # A progress bar on a terminal when many files are checked; never in a pipe.
    progress = len(run.tasks) >= PROGRESS_MIN_FILES and not quiet and sys.stderr.isatty()
    from .report_file import ReportFileError, report_sink
    from .reporters.color import use_color

    color = (output_format in ("full", "concise", "text") and output_file is None
             and use_color("never" if no_color else color_choice, sys.stdout.isatty()))
    diffs: list[str] = []

    from .fixer import FixTally, unified_diff

    tally = FixTally()
    on_stdin = "-" in paths

    def kept(item: Iterator[FileResult]) -> Iterator[FileResult]:
        for res in item:
            if res.fixed is not None:
                tally.add(res.fixed)
                if diff:
                    diffs.append(unified_diff(res.fixed))
                elif res.path == (stdin_filename or "-") and on_stdin:
                    diffs.append(res.fixed.after)  # --fix of stdin prints the fixed text
            yield res

    try:
        with run, report_sink(output_file) as sink:
            # --diff prints only the diff; --fix of stdin prints only the fixed text
            status = _report([kept(item) for item in run.items], output_format, run.lang,
                             quiet=quiet or diff or (fix and on_stdin),
                             statistics=statistics and not diff, color=color,
                             progress=progress,
                             hint_fixes=None if fix or diff else unsafe_fixes, sink=sink)
    except ReportFileError as exc:
        _error(str(exc), run.lang)
        sys.exit(EXIT_ERROR)
    if diff or fix:
        click.echo("".join(diffs), nl=False)
        if not quiet:
            click.echo(tally.summary(run.lang, would=diff), err=True)
    if diff and status != EXIT_ERROR:
        status = EXIT_FINDINGS if tally.changed_files else EXIT_CLEAN
    if exit_zero and status == EXIT_FINDINGS:
        status = EXIT_CLEAN
    sys.exit(status)


def _usage_error(exc: click.UsageError, lang: str) -> None:
    """click's usage error, in the run's language."""
    from .i18n import pick, translate

    if exc.ctx is not None:
        usage = exc.ctx.get_usage()
        click.echo(pick(lang, usage.replace("Usage:", "Penggunaan:", 1), usage), err=True)
        help_hint = f"{exc.ctx.command_path} --help"
        click.echo(pick(lang, f"Lihat '{help_hint}' untuk bantuan.",
                        f"Try '{help_hint}' for help."), err=True)
    message = translate(exc.format_message(), lang)
    click.echo(pick(lang, f"Galat: {message}", f"Error: {message}"), err=True)


def _error(message: str, lang: str) -> None:
    """One line on standard error, in the run's language."""
    from .i18n import translate

    click.echo(f"redaksi-lint: {translate(message, lang)}", err=True)


def _report(results: list[FileResult | Iterator[FileResult]], output_format: str, lang: str,
            quiet: bool = False, statistics: bool = False, color: bool = False,
            progress: bool = False, hint_fixes: bool | None = None,
            sink: TextIO | None = None) -> int:
    """Check what is still to be checked and write the report as it goes; the
    exit status, the statistics and the input errors are kept on the way.
    With `hint_fixes` (False, or True for --unsafe-fixes) a text report ends
    with how many findings --fix would fix, on stderr."""
    from .fix import fixable_summary

    status = EXIT_CLEAN
    counts: Counter[tuple[str, str]] = Counter()
    errors: list[FileResult] = []
    fixable: Counter[bool] = Counter()  # findings with a fix, by whether it is safe

    def each() -> Iterator[FileResult]:
        nonlocal status
        with click.progressbar(results, label="redaksi-lint", file=sys.stderr,
                               hidden=not progress) as bar:
            for item in bar:
                for res in [item] if isinstance(item, FileResult) else item:
                    if res.error:
                        errors.append(res)
                    for d in res.diagnostics:
                        if d.severity in (Severity.ERROR, Severity.WARNING):
                            status = EXIT_FINDINGS
                        counts[(d.code, d.rule)] += 1
                        if d.fix is not None:
                            fixable[d.fix.is_safe] += 1
                    yield res

    if quiet:
        for _ in each():
            pass
    else:
        pieces = get_streamer(output_format, color, bool(hint_fixes))(each(), lang)
        # Written as it comes, in pieces of some 64 kB; behind a progress bar
        # on the terminal the report waits for the end instead.
        _write(pieces, hold=progress, sink=sink, color=color)
        if statistics:
            # A machine format stays valid: its reader gets the document alone.
            table = "".join(f"{n:6d}  {code}  {slug}\n"
                            for (code, slug), n in sorted(counts.items()))
            if output_format in MACHINE_FORMATS:
                click.echo(table, nl=False, err=True)
            else:
                click.echo(table, nl=False, file=sink)
    # The full report ends with this count itself; the concise one has it on stderr.
    hint = fixable_summary(fixable[True], fixable[False], bool(hint_fixes), lang)
    if (hint and hint_fixes is not None and output_format in ("text", "concise")
            and not quiet):
        click.echo(hint, err=True)
    for r in errors:
        _error(f"{r.path}: {r.error}", lang)
        status = EXIT_ERROR
    return status


def _write(pieces: Iterable[str], hold: bool = False, size: int = 64 * 1024,
           sink: TextIO | None = None, color: bool = False) -> None:
    buffer: list[str] = []
    held = 0
    for piece in pieces:
        buffer.append(piece)
        held += len(piece)
        if held >= size and not hold:
            click.echo("".join(buffer), nl=False, file=sink, color=color)
            buffer, held = [], 0
    if buffer:
        click.echo("".join(buffer), nl=False, file=sink, color=color)


LANG_OPTION = click.option("--lang", type=click.Choice(["id", "en"]), default="id",
                           show_default=True, help="Language of the output.")


@cli.command("rules")
@click.argument("code", required=False)
@LANG_OPTION
def rules_command(code: str | None, lang: str) -> None:
    """List every rule, or explain one (`redaksi-lint rules S103`); a prefix
    (`rules T5`) lists the rules it selects."""
    from .config import selector_matches
    from .config_files import ConfigError, check_selector
    from .i18n import pick, severity_label
    from .rules import all_rules, get_rule

    cls = get_rule(code) if code else None
    if cls is not None:
        summary = cls.summary_en if lang == "en" else cls.summary
        fixable = pick(lang, ", dapat diperbaiki", ", fixable") if cls.fixable else ""
        click.echo(f"{cls.code} {cls.slug} ({severity_label(cls.severity, lang)}{fixable})"
                   f"\n\n{summary}\n\n{cls.documentation(lang)}")
        if cls.option_specs:
            where = f"options: {{{cls.code}: {{name: value}}}}"
            click.echo(pick(lang, f"\nOpsi (dalam berkas konfigurasi: {where}):",
                            f"\nOptions (in a config file: {where}):"))
            for name, spec in cls.option_specs.items():
                default = cls.default_options.get(name)
                kind = " | ".join(spec.choices) if spec.choices else spec.type.__name__
                click.echo(f"  {name} ({kind}, {pick(lang, 'bawaan', 'default')}: "
                           f"{_show(default)}): {spec.doc}")
        if cls.data_files:
            click.echo(f"\n{pick(lang, 'Data bahasa', 'Data')}: "
                       f"{', '.join('dictionaries/' + f for f in cls.data_files)}")
        return
    if code:
        try:
            check_selector("rules", code)
        except ConfigError as exc:
            _error(str(exc), lang)
            sys.exit(EXIT_ERROR)
    rows: list[Any] = [pick(lang, "KODE SLUG TINGKAT PERBAIKAN RINGKASAN",
                            "CODE SLUG SEVERITY FIX SUMMARY").split()]
    for rule in all_rules():
        if code and not selector_matches(code, rule.code, rule.slug):
            continue
        rows.append((rule.code, rule.slug, severity_label(rule.severity, lang),
                     pick(lang, "ya", "yes") if rule.fixable else "",
                     rule.summary_en if lang == "en" else rule.summary))
    widths = [max(len(str(r[i])) for r in rows) for i in range(4)]
    for r in rows:
        click.echo("  ".join(str(c).ljust(w) for c, w in zip(r[:4], widths, strict=True))
                   + "  " + r[4])


def _show(value: Any) -> str:
    """An option's default as it would be written in a config file."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    return "{}" if value == {} else str(value)


@cli.command("trace")
@click.argument("word")
@click.option("--context", "context", default=None,
              help="A sentence with the word: also show what is reported on it there.")
@click.option("--config", "config_path", default=None, type=click.Path(dir_okay=False),
              help="Configuration file for the check of --context.")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id")
def trace_command(word: str, context: str | None, config_path: str | None, lang: str) -> None:
    """Show why a word is accepted or reported: every source consulted and the verdict."""
    from .config_files import ConfigError, config_for
    from .trace import trace_word

    try:
        config = config_for(".", config_path)
    except ConfigError as exc:
        _error(str(exc), lang)
        sys.exit(EXIT_ERROR)
    click.echo(trace_word(word, context, config, lang), nl=False)


@cli.command("config")
@click.argument("path", required=False, default=".")
@click.option("--config", "config_path", default=None, type=click.Path(dir_okay=False),
              help="Config file to show instead of the one found for PATH.")
@LANG_OPTION
def config_command(path: str, config_path: str | None, lang: str) -> None:
    """Print the effective configuration for PATH (a file or folder)."""
    from pathlib import Path

    import yaml

    from .config_files import ConfigError, config_for

    target = path
    if Path(path).is_dir():
        target = str(Path(path) / "draft.txt")  # a file in that folder
    try:
        cfg = config_for(target, config_path)
    except ConfigError as exc:
        _error(str(exc), lang)
        sys.exit(EXIT_ERROR)
    from .i18n import pick

    data = {
        "source": cfg.source or pick(lang, "(bawaan: tidak ada berkas konfigurasi)",
                                     "(defaults: no config file found)"),
        "select": cfg.select if cfg.select is not None else ["ALL"],
        "ignore": cfg.ignore,
        "severity": {k: v.value for k, v in cfg.severity.items()},
        "options": cfg.options,
        "accept": sorted(cfg.accept),
        "reject": sorted(cfg.reject),
        "names": cfg.names,
        "include": cfg.include,
        "exclude": cfg.exclude,
        "lang": cfg.lang,
    }
    click.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), nl=False)


@cli.group("vocab")
def vocab_group() -> None:
    """The project's accept list (words that are never reported): add, remove, list."""


@vocab_group.command("add")
@click.argument("words", nargs=-1, required=True)
@LANG_OPTION
def vocab_add(words: tuple[str, ...], lang: str) -> None:
    """Append WORDS to the accept list of the nearest config (created if needed)."""
    from pathlib import Path

    from .config_files import ConfigError
    from .i18n import pick
    from .vocab import add_words

    try:
        path, new = add_words(Path.cwd(), list(words))
    except ConfigError as exc:
        _error(str(exc), lang)
        sys.exit(EXIT_ERROR)
    click.echo(pick(lang, f"{len(new)} kata ditambahkan ke {path}",
                    f"{len(new)} word{'s' if len(new) != 1 else ''} added to {path}"))


@vocab_group.command("remove")
@click.argument("words", nargs=-1, required=True)
@LANG_OPTION
def vocab_remove(words: tuple[str, ...], lang: str) -> None:
    """Take WORDS out of the accept-list file of the nearest config."""
    from pathlib import Path

    from .i18n import pick
    from .vocab import remove_words

    path, removed = remove_words(Path.cwd(), list(words))
    if path is None:
        _error("no accept-list file in the nearest config", lang)
        sys.exit(EXIT_ERROR)
    click.echo(pick(lang, f"{len(removed)} kata dihapus dari {path}",
                    f"{len(removed)} word{'s' if len(removed) != 1 else ''} removed from {path}"))
    missing = sorted({w.strip() for w in words} - set(removed))
    if missing:
        _error(pick(lang, f"tidak ada di {path}: {', '.join(missing)}",
                    f"not in {path}: {', '.join(missing)}"), lang)
        sys.exit(EXIT_FINDINGS)


@vocab_group.command("list")
@LANG_OPTION
def vocab_list(lang: str) -> None:
    """Print the accepted words (inline and from files) of the nearest config."""
    from pathlib import Path

    from .config_files import ConfigError
    from .vocab import list_words

    try:
        _, words = list_words(Path.cwd())
    except ConfigError as exc:
        _error(str(exc), lang)
        sys.exit(EXIT_ERROR)
    for word in words:
        click.echo(word)


@cli.command("baseline")
@click.argument("paths", nargs=-1, required=True)
@click.option("--config", "config_path", default=None, type=click.Path(dir_okay=False),
              help="Config file (default: the nearest .redaksi-lint.yaml or pyproject.toml).")
@click.option("--encoding", default=None, help="Encoding of the input files (default UTF-8).")
@LANG_OPTION
def baseline(paths: tuple[str, ...], config_path: str | None, encoding: str | None,
             lang: str) -> None:
    """Record today's findings in PATHS so that `check` reports only new ones.

    Each finding is kept as file, rule, text and count (no line numbers) in
    .redaksi-lint/baseline.json beside the config that applies; the same text
    in another file, or one more occurrence, is still reported."""
    from .baseline import Baseline, BaselineError, baseline_file, load, relative_key
    from .config_files import ConfigError
    from .i18n import pick
    from .runner import RunOptions, run_paths

    options = RunOptions(config_path=config_path, encoding=encoding, baseline=False,
                         flagged=True, whole_files=True)
    status = EXIT_CLEAN
    baselines: dict[Any, Baseline] = {}
    checked: dict[Any, set[str]] = {}
    try:
        with run_paths(paths, options) as run:
            for task, item in zip(run.tasks, run.items, strict=True):
                for res in item:
                    if res.error:
                        _error(f"{res.path}: {res.error}", lang)
                        status = EXIT_ERROR
                        continue
                    if task.config is None or res.path == "-":
                        continue
                    where = baseline_file(task.config)
                    if where not in baselines:
                        baselines[where] = Baseline(where)
                        checked[where] = set()
                    book = baselines[where]
                    checked[where].add(relative_key(res.path, book.base))
                    book.add(res.path, res.diagnostics, res.flagged or [])
    except (ConfigError, BaselineError) as exc:
        _error(str(exc), lang)
        sys.exit(EXIT_ERROR)
    for where, book in baselines.items():
        # Files checked now are recorded afresh; others keep their entries.
        old = load(where)
        if old is not None:
            for key, n in old.counts.items():
                if key[0] not in checked[where]:
                    book.counts[key] = n
        book.write()
        load.cache_clear()
        total = sum(n for (p, _, _), n in book.counts.items() if p in checked[where])
        files = len(checked[where])
        click.echo(pick(lang, f"{total} temuan dalam {files} berkas dicatat di {where}",
                        f"{total} finding{'s' if total != 1 else ''} in {files} "
                        f"file{'s' if files != 1 else ''} recorded in {where}"))
    sys.exit(status)


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; other than loopback only when you mean it.")
@click.option("--port", type=click.IntRange(1, 65535), default=8081, show_default=True)
@click.option("--workers", type=click.IntRange(0, 256), default=0,
              help="Worker processes for checks (default 0: one per core).")
@click.option("--config", "config_path", default=None, type=click.Path(dir_okay=False),
              help="Config file (default: the nearest .redaksi-lint.yaml or pyproject.toml).")
@click.option("--max-text-size", type=click.IntRange(1), default=1_000_000, show_default=True,
              help="Largest text a request may send, in bytes (larger: 413).")
@click.option("--time-limit", type=click.FloatRange(0.1), default=30.0, show_default=True,
              help="Seconds a check may take (longer: 503).")
@click.option("--api-key", default=None, envvar="REDAKSI_LINT_API_KEY",
              help="Answer only requests that send this apiKey (env REDAKSI_LINT_API_KEY).")
@click.option("--allow-origin", multiple=True,
              help="Web origin allowed to call the server from a browser (CORS); '*' for any.")
@LANG_OPTION
def serve_command(host: str, port: int, workers: int, config_path: str | None,
                  max_text_size: int, time_limit: float, api_key: str | None,
                  allow_origin: tuple[str, ...], lang: str) -> None:
    """Serve LanguageTool's HTTP API (/v2/check) and a page for editors (/)."""
    from .config_files import ConfigError, config_for

    try:
        from .server import Settings, serve
    except ImportError as exc:
        _error(f"serve needs the optional extra: pip install 'redaksi-lint[server]' ({exc})",
               lang)
        sys.exit(EXIT_ERROR)
    try:
        config = config_for("-", config_path)
    except ConfigError as exc:
        _error(str(exc), lang)
        sys.exit(EXIT_ERROR)
    settings = Settings(max_bytes=max_text_size, api_key=api_key,
                        allow_origins=list(allow_origin))
    where = f"http://{'[' + host + ']' if ':' in host else host}:{port}"

    def announce() -> None:
        from .i18n import pick

        source = config.source or pick(lang, "bawaan", "defaults")
        click.echo(pick(lang, f"redaksi-lint: halaman penyunting di {where}/, API LanguageTool di "
                              f"{where}/v2 (konfigurasi: {source})",
                        f"redaksi-lint: page for editors at {where}/, LanguageTool API at "
                        f"{where}/v2 (config: {source})"), err=True)

    serve(config, host, port, workers, settings, time_limit, announce)


def main(args: list[str] | None = None) -> None:
    """Console entry point: usage errors exit 2, Ctrl-C exits 130 quietly
    (files being written by --fix are replaced atomically, never half-written)."""
    from .stream import tune_garbage_collector

    tune_garbage_collector()
    from .i18n import lang_from_args

    lang = lang_from_args(sys.argv[1:] if args is None else args)
    try:
        cli.main(args=args, prog_name="redaksi-lint", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        _error("interrupted", lang)
        sys.exit(130)
    except click.UsageError as exc:
        _usage_error(exc, lang)
        sys.exit(EXIT_ERROR)
    except click.ClickException as exc:
        _error(exc.format_message(), lang)
        sys.exit(EXIT_ERROR)
    except BrokenPipeError:
        sys.stderr.close()  # a closed pipe (| head) is not an error of the draft
        sys.exit(EXIT_CLEAN)
    sys.exit(EXIT_CLEAN)


if __name__ == "__main__":  # pragma: no cover
    main()
