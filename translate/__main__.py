"""``python -m translate``: the same command as ``translate``."""

from translate.cli import end_interrupted, main

try:
    main()
except SystemExit as exc:
    end_interrupted(exc)  # an interrupted command ends here, with its code
    raise
