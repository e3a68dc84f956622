"""The ``kb`` command and ``python -m kb``.

The command line's modules (click, pydantic, kb's own) are imported with Python's
cyclic garbage collector paused: they make many objects and no garbage, and its passes over
them cost a short command such as ``kb add`` about a tenth of its start-up. They are then
frozen, so that the collections while the command runs skip them.
"""

import gc


def main() -> None:
    gc.disable()
    try:
        from kb.cli import cli
    finally:
        gc.freeze()
        gc.enable()
    cli()


if __name__ == "__main__":
    main()
