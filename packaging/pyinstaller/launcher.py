"""Entry point of the PyInstaller bundle: the ``cpdlog`` command, frozen.

``freeze_support`` must run first: the feed reader parses feeds in "spawn" worker processes,
and in a frozen app each worker starts this same executable, which must then act as the
worker instead of starting cpdlog again.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from cpdlog.cli import main

    raise SystemExit(main())
