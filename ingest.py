#!/usr/bin/env python3
"""Build the statements database: python ingest.py DB PATH [PATH ...] (see --help)."""
from pressarchive.cli import cli

if __name__ == "__main__":
    cli()
