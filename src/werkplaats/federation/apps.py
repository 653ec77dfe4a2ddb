from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FederationConfig(AppConfig):
    name = "werkplaats.federation"
    verbose_name = _("federation")

    def ready(self):
        from werkplaats.federation.matching import register_for_matching
        from werkplaats.federation.search import register_harvested_records

        register_harvested_records()
        register_for_matching()
