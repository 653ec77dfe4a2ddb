"""`python -m werkplaats …` is manage.py."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkplaats.settings")
    from django.core.management import execute_from_command_line

    from werkplaats.config import ConfigError

    try:
        execute_from_command_line(sys.argv)
    except ConfigError as error:
        # One clear sentence instead of a traceback: the variable and what is wrong.
        print(f"Werkplaats cannot start: {error}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
