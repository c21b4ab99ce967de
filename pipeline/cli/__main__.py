"""`python -m pipeline.cli`: the same as the `bikwatch` command."""

from pipeline.cli.main import main

raise SystemExit(main())
