"""``claimex info``: versions, the pipeline's components, the model in use."""

from __future__ import annotations

import sys
from typing import Annotated

import orjson
import typer
from rich.console import Console

from claimex.cli.common import ConfigOption, SetOption, load_pipeline


def info(
    config: ConfigOption = "default",
    overrides: SetOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    gpu: Annotated[int, typer.Option("--gpu", metavar="N", help="Load on GPU N.")] = -1,
) -> None:
    """Versions, the pipeline's components and where its model was loaded from."""
    pipeline = load_pipeline(config, overrides, gpu)
    from claimex import api

    details = api.pipeline_info(pipeline)
    if as_json:
        sys.stdout.write(orjson.dumps(details, option=orjson.OPT_INDENT_2).decode() + "\n")
        return
    console = Console(highlight=False, soft_wrap=True)
    console.print(f"claimex   {details['claimex']}")
    console.print(f"spaCy     {details['spacy']}")
    console.print(f"config    {details['config']} ({details['config_path']}, "
                  f"hash {details['config_hash']})")
    model = details["model"]
    console.print("model     " + (f"{model['name']} {model['version']} from {model['path']}"
                                  + (" (installed package)" if model["from_package"]
                                     else " (pipeline directory)")
                                  if model else "none (rules only)"))
    console.print(f"device    {details['device']}")
    if details["transformers"]:
        console.print(f"transformer {', '.join(details['transformers'])}")
    console.print("pipeline")
    for component in details["components"]:
        origin = f"sourced from {component['source']}" if component["source"] else "claimex/spaCy"
        console.print(f"  {component['name']:<20} {component['factory']:<20} {origin}")
