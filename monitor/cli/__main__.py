"""``python -m monitor.cli``: what tools and tests spawn (the same as the ``monitor`` console script)."""

from monitor.cli import main

main()
