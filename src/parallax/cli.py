"""The ``parallax`` command: a thin face over the library (every command is a few lines over pipeline)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichBar
from rich.table import Table

from parallax import pipeline
from parallax.errors import ParallaxError
from parallax.ingest.groups import load_groups
from parallax.ingest.manifest import Manifest
from parallax.model import Failure
from parallax.present.tables import EXPORT_FORMATS, export_tables

app = typer.Typer(
    help=(
        "Parallax turns a pile of news articles into per-story, cross-outlet briefings.\n\n"
        "Start with: parallax run ARTICLES_DIR --out OUT  (then open OUT/index.html).\n"
        "Inputs may be text, HTML, news-please JSON/JSONL, RSS/Atom feeds, WARC files, URLs or '-' for stdin."
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
)
stories_app = typer.Typer(help="List stories and correct them; corrections are kept and re-applied on every run.")
app.add_typer(stories_app, name="stories")
console = Console(stderr=True)

Inputs = Annotated[list[str], typer.Argument(help="Files, folders (recursive), globs, URLs, or '-' for stdin.")]
OutDir = Annotated[Path, typer.Option("--out", "-o", help="Output folder (briefing.json, index.html, stories/).")]
Db = Annotated[
    str | None, typer.Option("--db", help="Store: a SQLite path or a SQLAlchemy URL. Default: OUT/parallax.db.")
]
ManifestOpt = Annotated[
    Path | None, typer.Option("--manifest", "-m", help="CSV or JSON giving outlet, published, url, authors, group.")
]
GroupsOpt = Annotated[
    Path | None, typer.Option("--groups", help="Your own outlet groups (TOML, JSON or CSV: outlet,group).")
]
FetchOpt = Annotated[bool, typer.Option("--fetch/--no-fetch", help="Allow network access for URLs and feed links.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes for the analysis.")]
StoreDb = Annotated[str, typer.Option("--db", help="Store: a SQLite path (e.g. OUT/parallax.db) or URL.")]


@contextmanager
def _user_errors() -> Iterator[None]:
    """A mistake in the user's input becomes a one-line message and exit code 2, not a traceback."""
    try:
        yield
    except ParallaxError as err:
        console.print(f"[red]error:[/] {err.reason}")
        raise typer.Exit(2) from err


class BarProgress(pipeline.Progress):
    """Rich progress bars for the stages."""

    def __init__(self, bar: RichBar):
        self.bar = bar
        self.task = None

    def start(self, stage: str, total: int | None = None) -> None:
        self.task = self.bar.add_task(stage, total=total)

    def advance(self, steps: int = 1) -> None:
        if self.task is not None:
            self.bar.advance(self.task, steps)

    def done(self) -> None:
        if self.task is not None:
            task = self.bar.tasks[self.task]
            self.bar.update(self.task, total=task.completed, completed=task.completed)


def _bar() -> RichBar:
    return RichBar(
        SpinnerColumn(),
        TextColumn("[bold]{task.description:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )


def _failures_table(failures: list[Failure]) -> Table:
    table = Table(title="Failed or skipped", show_lines=False)
    table.add_column("stage")
    table.add_column("input")
    table.add_column("reason")
    for failure in failures:
        table.add_row(failure.stage, failure.source, failure.reason)
    return table


def _print_ingest(summary: pipeline.IngestSummary) -> None:
    table = Table(title="Ingest")
    for column in ("read", "new articles", "already stored", "copies", "failed"):
        table.add_column(column, justify="right")
    table.add_row(
        str(summary.read),
        str(summary.stored),
        str(summary.already_stored),
        str(summary.duplicates),
        str(len(summary.failures)),
    )
    console.print(table)


@app.command()
def run(
    inputs: Inputs,
    out: OutDir = Path("parallax-out"),
    db: Db = None,
    manifest: ManifestOpt = None,
    groups: GroupsOpt = None,
    fetch: FetchOpt = False,
    jobs: JobsOpt = 1,
) -> None:
    """Run every stage over what is new and write OUT/briefing.json, OUT/index.html and OUT/stories/.

    Running again into the same OUT is incremental: only new articles are read and analysed.
    """
    with _user_errors(), _bar() as bar:
        summary = pipeline.run(
            inputs,
            out,
            db=db,
            manifest=Manifest.load(manifest) if manifest else None,
            groups=load_groups(groups) if groups else None,
            allow_network=fetch,
            jobs=jobs,
            progress=BarProgress(bar),
        )
    _print_ingest(summary.ingest)
    failures = list(pipeline.each_failure(summary))
    if failures:
        console.print(_failures_table(failures))
    console.print(
        f"[bold]{summary.analysed}[/] analysed, [bold]{summary.stories}[/] stories "
        f"({summary.multi_outlet_stories} with several outlets)."
    )
    for path in summary.outputs[:2]:
        console.print(f"wrote {path}")
    console.print(f"and {len(summary.outputs) - 2} story pages under {out / 'stories'}")
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def ingest(
    inputs: Inputs,
    db: StoreDb,
    manifest: ManifestOpt = None,
    fetch: FetchOpt = False,
) -> None:
    """Read inputs into the store (raw bytes kept, articles extracted, copies linked), nothing more."""
    store = pipeline.open_store(None, db)
    with _user_errors(), _bar() as bar:
        summary = pipeline.ingest(
            store, inputs, Manifest.load(manifest) if manifest else None, fetch, BarProgress(bar)
        )
    _print_ingest(summary)
    if summary.failures:
        console.print(_failures_table(summary.failures))
    raise typer.Exit(1 if summary.failures else 0)


@app.command()
def analyze(db: StoreDb, jobs: JobsOpt = 1) -> None:
    """Analyse stored articles that have no analysis yet (actors, quotes, dates, positions, tone)."""
    store = pipeline.open_store(None, db)
    with _bar() as bar:
        analysed, skipped = pipeline.analyze_new(store, jobs, BarProgress(bar))
    console.print(f"{analysed} analysed, {len(skipped)} skipped")
    if skipped:
        console.print(_failures_table(skipped))


@app.command()
def export(
    db: StoreDb,
    out: OutDir = Path("parallax-out"),
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of: json, {', '.join(EXPORT_FORMATS)}.")] = "json",
    groups: GroupsOpt = None,
) -> None:
    """Export what the store holds: the briefing (json, with the HTML report), or tables for analysts."""
    store = pipeline.open_store(None, db)
    with _user_errors():
        paths = _export(store, out, format, groups)
    for path in paths:
        console.print(f"wrote {path}")


def _export(store, out: Path, format: str, groups: Path | None) -> list[Path]:
    if format == "json":
        index = pipeline.assign_stories(store)
        briefings = pipeline.compare_stories(store, index, load_groups(groups) if groups else None)
        paths = pipeline.export(store, out, briefings)
    elif format in EXPORT_FORMATS:
        paths = export_tables(store.articles(), store.analyses(), out, format)
    else:
        raise typer.BadParameter(f"unknown format {format!r}", param_hint="--format")
    return paths


@stories_app.command("list")
def stories_list(db: StoreDb) -> None:
    """Show every story with its articles and outlets."""
    store = pipeline.open_store(None, db)
    index = pipeline.assign_stories(store)
    articles = {a.id: a for a in store.articles()}
    table = Table(title="Stories")
    for column in ("story", "articles", "outlets", "title"):
        table.add_column(column)
    for story_id, ids in index.stories().items():
        members = [articles[i] for i in ids if i in articles]
        outlets = sorted({a.outlet or "?" for a in members})
        title = next((a.title for a in members if a.title), "")
        table.add_row(story_id, "\n".join(ids), ", ".join(outlets), title or "")
    console.print(table)


@stories_app.command("merge")
def stories_merge(
    story: Annotated[str, typer.Argument(help="The story that stays.")],
    other: Annotated[str, typer.Argument(help="The story merged into it.")],
    db: StoreDb,
) -> None:
    """Merge two stories into one."""
    with _user_errors():
        result = pipeline.correct_stories(pipeline.open_store(None, db), "merge", story, [other])
    console.print(f"merged {other} into {result}")


@stories_app.command("split")
def stories_split(
    story: Annotated[str, typer.Argument(help="The story to split.")],
    db: StoreDb,
    articles: Annotated[list[str], typer.Option("--articles", "-a", help="Article ids that leave the story.")],
) -> None:
    """Split articles out of a story into a new story of their own."""
    with _user_errors():
        result = pipeline.correct_stories(pipeline.open_store(None, db), "split", story, articles)
    console.print(f"split {len(articles)} articles out of {story} into {result}")


@stories_app.command("move")
def stories_move(
    article: Annotated[str, typer.Argument(help="The article to move.")],
    story: Annotated[str, typer.Argument(help="The story it belongs to.")],
    db: StoreDb,
) -> None:
    """Move one article into another story."""
    with _user_errors():
        result = pipeline.correct_stories(pipeline.open_store(None, db), "move", story, [article])
    console.print(f"moved {article} to {result}")


@app.command()
def failures(db: StoreDb) -> None:
    """List every input that failed, with its reason."""
    console.print(_failures_table(pipeline.open_store(None, db).failures()))
