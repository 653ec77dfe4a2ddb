from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "werkplaats.newsletter"
    verbose_name = _("newsletter")
