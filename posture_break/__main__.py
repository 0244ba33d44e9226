"""`python -m posture_break` runs the same entry point as the `posture-break` command."""

import sys

from posture_break.cli.main import main

sys.exit(main())
