"""Command line: python ingest.py DB PATH [PATH ...]"""
import os
import sys
import time
from pathlib import Path

import click
import sqlite_utils

from .pipeline import BATCH_ARTICLES, MAX_FILE_BYTES, TIME_LIMIT, ingest
from .read import Limits
from .resolve import Registry
from .topics import Taxonomy

DATA = Path(__file__).resolve().parent.parent / "data"


@click.command()
@click.argument("db_path", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--prune", is_flag=True, help="Remove the rows of files under PATHS that are no longer there.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.option("--speakers", type=click.Path(dir_okay=False), default=str(DATA / "speakers.yml"), show_default=True,
              help="Registry of known speakers (YAML).")
@click.option("--topics", type=click.Path(dir_okay=False, exists=True), default=str(DATA / "topics.yml"),
              show_default=True, help="Topic taxonomy (YAML).")
@click.option("--max-size", type=int, default=MAX_FILE_BYTES, show_default=True,
              help="Files larger than this many bytes are recorded as problems, not read.")
@click.option("--max-unpacked", type=click.IntRange(1), default=Limits.max_unpacked, show_default=True,
              help="A gzip file that decompresses to more bytes than this (or a WARC record larger) is a problem, "
                   "not read.")
@click.option("--max-yaml-aliases", type=click.IntRange(0), default=Limits.max_yaml_aliases, show_default=True,
              help="Markdown front matter with more YAML aliases than this is a problem, not read.")
@click.option("--timeout", type=click.FloatRange(0), default=TIME_LIMIT, show_default=True,
              help="Seconds one file may take to read and analyse; a file that takes longer is stopped and "
                   "recorded as a problem (0: no limit).")
@click.option("--batch", type=click.IntRange(1), default=BATCH_ARTICLES, show_default=True,
              help="Articles written per transaction.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=min(os.cpu_count() or 1, 8), show_default=True,
              help="Worker processes that read and analyse files (writing stays in one process).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Read and analyse on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); the "
                   "workers must see the files at the same paths. Writing stays in this process.")
@click.option("--dask", "local_dask", is_flag=True,
              help="Read and analyse on a Dask LocalCluster of --jobs worker processes started for this run.")
def cli(db_path, paths, prune, quiet, speakers, topics, max_size, max_unpacked, max_yaml_aliases, timeout, batch,
        jobs, scheduler, local_dask):
    """Ingest articles, pages, feeds and transcripts under PATHS into the statements database DB_PATH."""
    db = sqlite_utils.Database(db_path)
    registry = Registry.load(speakers)
    taxonomy = Taxonomy.load(topics)
    started = time.monotonic()
    show_bar = not quiet and sys.stderr.isatty()

    def progress(results, total):
        with click.progressbar(results, length=total, label="ingesting", file=sys.stderr, show_pos=True,
                               item_show_func=lambda r: r.source[-40:] if r else "") as bar:
            yield from bar

    limits = Limits(max_bytes=max_size, max_unpacked=max_unpacked, max_yaml_aliases=max_yaml_aliases)
    summary = ingest(db, list(paths), registry, taxonomy, prune_missing=prune, limits=limits,
                     progress=progress if show_bar else None, jobs=jobs, timeout=timeout, batch_articles=batch,
                     dask=scheduler or ("local" if local_dask else None), fork_server=True)
    if not quiet:
        for line in summary.lines():
            click.echo(line)
        click.echo(f"took {time.monotonic() - started:.1f}s")


def main():
    cli()
