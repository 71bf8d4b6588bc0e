"""`datasette serve` in several worker processes.

One Datasette process renders pages on one core: Python holds one lock, and page rendering (Jinja, not SQLite)
is most of a request's CPU time. uvicorn's own supervisor runs `--workers` processes on one listening socket,
each building the Datasette that `datasette serve ARGS` builds: the same arguments, parsed by Datasette's own
command, so the Makefile's flags mean the same with one worker or several.

    python -m pressarchive.site.serve --workers 2 -- statements.db --metadata metadata.yml ...
"""
import json
import os
import socket

import click
import uvicorn
from datasette import cli
from uvicorn.supervisors import Multiprocess

ARGS_ENV = "PRESSARCHIVE_SERVE_ARGS"   # how the workers, started afresh by uvicorn, get the arguments


def build(args):
    """(Datasette, host, port) from `datasette serve` arguments. `return_instance` is the hook Datasette's serve
    command keeps for building an instance without running it."""
    ctx = cli.serve.make_context("datasette serve", list(args))
    params = dict(ctx.params, return_instance=True)
    with ctx:
        ds = ctx.invoke(cli.serve.callback, **params)
    return ds, params["host"], params["port"]


def create_app():
    """The ASGI app of one worker (uvicorn calls this in each worker process). Datasette runs its startup hooks
    on the first request."""
    ds, _, _ = build(json.loads(os.environ[ARGS_ENV]))
    return ds.app()


@click.command(context_settings={"ignore_unknown_options": True})
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="worker processes, each a Datasette serving every request it accepts")
@click.argument("datasette_args", nargs=-1, type=click.UNPROCESSED)
def main(workers, datasette_args):
    """Serve with `datasette serve` arguments (DATASETTE_ARGS) in WORKERS processes."""
    _, host, port = build(datasette_args)   # bad arguments fail here, once, with Datasette's own message
    os.environ[ARGS_ENV] = json.dumps(list(datasette_args))
    config = uvicorn.Config("pressarchive.site.serve:create_app", factory=True, host=host, port=port,
                            workers=workers, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    if workers == 1:
        server.run()
        return
    # What uvicorn.run does for several workers, plus TCP_NODELAY on the listening socket (accepted connections
    # inherit it). uvicorn binds that socket without the TCP protocol number, so asyncio does not set it on each
    # connection as it does for one process: every response on a kept-alive connection then waited ~40 ms for
    # the client's delayed ACK (Nagle).
    sock = config.bind_socket()
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    Multiprocess(config, sockets=[sock]).run()


if __name__ == "__main__":
    main()
