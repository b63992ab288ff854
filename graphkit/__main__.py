"""``python -m graphkit``: the same CLI as the ``graphkit`` command."""
from graphkit.cli import main

main()
