"""``python -m cpdlog`` behaves exactly like the ``cpdlog`` command."""

from cpdlog.cli import main

raise SystemExit(main())
