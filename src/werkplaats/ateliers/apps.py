from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AteliersConfig(AppConfig):
    name = "werkplaats.ateliers"
    verbose_name = _("Learning ateliers")
