from django.apps import AppConfig


class LibConfig(AppConfig):
    """Shared helpers and template tags; no models."""

    name = "werkplaats.lib"
