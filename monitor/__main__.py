"""``python -m monitor``: the ``monitor`` command line."""

from monitor.cli import main

main()
