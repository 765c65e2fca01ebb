"""``python -m translate``: the same command as ``translate``."""

from translate.cli import main

main()
