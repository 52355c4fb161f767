"""Run the newsdoc command: ``python -m newsdoc``."""

import sys

from .cli import main

sys.exit(main())
