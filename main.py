"""Salon Desk (客情管家) entry point: parses arguments and hands over to the GUI or the command line."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from salon import cli

    if cli.wants_command_line(args):
        # Before the parser exists: its help texts, like everything the command prints, are in this language.
        from ui.language import install_for_command_line

        install_for_command_line(cli.language_option(args))
        return cli.main(args)
    from ui.app import run_gui

    return run_gui(cli.gui_options(args))


if __name__ == "__main__":
    sys.exit(main())
