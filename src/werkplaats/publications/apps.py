from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "werkplaats.publications"
    verbose_name = _("publications")

    def ready(self):
        from werkplaats.publications.search import register_publications

        register_publications()
