"""Provides `UsageParser` and `commands_epilog()`: usage errors and help a user can act on.

argparse reports an optional `PATH ...` among the missing arguments ("required: id,
PATH") and says nothing of what the command does; `UsageParser` names only what is
really missing, then the command's purpose and an example.
"""

from __future__ import annotations

import argparse
import re
from typing import NoReturn

EXAMPLES = {
    "show": "newsreader show 002_c8764f082d158dae.txt",
    "grep": 'newsreader grep "military parade"',
    "actor": "newsreader actor medvedv",
    "fix merge": 'newsreader fix merge "Kim Jong Un" "Kim Jong-un"',
    "fix split": 'newsreader fix split Kim --from "Kim Jong Un"',
    "fix rename": 'newsreader fix rename medvedv "Dmitry A. Medvedev"',
    "fix not-actor": 'newsreader fix not-actor "Victory Day"',
}
_REQUIRED = re.compile(r"the following arguments are required: (.*)")
_OPTIONAL = {"PATH", "paths"}


class UsageParser(argparse.ArgumentParser):
    """An ArgumentParser whose "required" errors say what the command does, by example."""

    def error(self, message: str) -> NoReturn:
        m = _REQUIRED.fullmatch(message)
        if m:
            missing = [x for x in m[1].split(", ") if x not in _OPTIONAL]
            message = f"missing {', '.join(missing).upper()}"
            if self.description:
                message += f": {self.description}"
            command = self.prog.removeprefix("newsreader ").strip()
            if command in EXAMPLES:
                message += f"\n  e.g. {EXAMPLES[command]}"
        super().error(message)


def commands_epilog(sub: argparse._SubParsersAction) -> str:
    """One line per registered subcommand: its name and its help."""
    rows = [(a.dest, a.help or "") for a in sub._choices_actions]  # noqa: SLF001
    width = max((len(name) for name, _ in rows), default=0) + 2
    lines = [f"  {name:<{width}}{text}" for name, text in rows]
    return "commands (see `newsreader COMMAND --help`):\n" + "\n".join(lines) + "\n"


def describe(sub: argparse._SubParsersAction) -> None:
    """Give every subcommand (nested ones too) its help line as its description."""
    for action in sub._choices_actions:  # noqa: SLF001
        parser = sub.choices[action.dest]
        parser.description = parser.description or action.help
        for inner in parser._subparsers._group_actions if parser._subparsers else ():  # noqa: SLF001
            if isinstance(inner, argparse._SubParsersAction):  # noqa: SLF001
                describe(inner)
