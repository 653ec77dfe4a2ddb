from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "werkplaats.matching"
    verbose_name = _("matching across the network")

    def ready(self):
        from werkplaats.matching import content, registry
        from werkplaats.search.registry import add_listener

        content.register_all()
        # Every service that keeps the search index current keeps this one current too.
        add_listener(registry.search_changed)
