from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "werkplaats.pages"
    verbose_name = _("Pages")

    def ready(self):
        from werkplaats.pages.search import register_news

        register_news()
