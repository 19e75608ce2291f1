"""What the commands share: the -c/--set options, messages on stderr, usage errors as exit
code 2, and loading the pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from claimex.errors import UsageError
from claimex.startup import skip_unused_torch

if TYPE_CHECKING:
    from claimex import api

ConfigOption = Annotated[str, typer.Option(
    "--config", "-c",
    help="A spaCy config file, or 'default' (English model), 'rules' (no model), 'trf' "
         "(a transformer pipeline).")]

SetOption = Annotated[list[str] | None, typer.Option(
    "--set", help="Override a config value, as spaCy's CLI does: section.key=value. Repeatable.")]



def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def fail(message: str, code: int = 2) -> typer.Exit:
    stderr_console().print(f"[bold red]claimex: error:[/] {escape(message)}", markup=True)
    return typer.Exit(code)


def load_pipeline(config: str, overrides: list[str] | None, gpu: int = -1) -> api.Pipeline:
    """The pipeline, on GPU ``gpu`` if asked. spaCy is first imported here, not when the
    CLI starts, so that :func:`skip_unused_torch` can still keep torch out."""
    skip_unused_torch(config, overrides, gpu)
    from claimex import api
    from claimex.gpu import use_gpu

    use_gpu(gpu)
    try:
        return api.load_pipeline(config, api.parse_overrides(overrides or []))
    except UsageError as exc:
        raise fail(str(exc)) from None
