"""WSGI entry point for gunicorn: ``gunicorn werkplaats.wsgi``."""

import os
import sys

from django.core.wsgi import get_wsgi_application

from werkplaats.config import ConfigError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkplaats.settings")

try:
    application = get_wsgi_application()
except ConfigError as error:
    print(f"Werkplaats cannot start: {error}", file=sys.stderr)
    sys.exit(2)
