from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "werkplaats.search"
    verbose_name = _("Search")

    def ready(self):
        # The content types that exist in this app's neighbours; others register themselves.
        from werkplaats.search import content

        content.register_all()
