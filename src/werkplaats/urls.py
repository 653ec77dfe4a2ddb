from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Werkplaats – national administration")
admin.site.site_title = _("Werkplaats administration")
# One login for the whole site: the admin uses allauth's page, with its lockout and reset.
admin.site.login = login_required(admin.site.login)

urlpatterns = [
    path("", include("werkplaats.pages.urls")),
    path("", include("werkplaats.network.urls")),
    path("", include("werkplaats.accounts.urls")),
    path("", include("werkplaats.questions.urls")),
    path("", include("werkplaats.agenda.urls")),
    path("", include("werkplaats.ateliers.urls")),
    path("", include("werkplaats.activities.urls")),
    path("", include("werkplaats.search.urls")),
    path("", include("werkplaats.publications.urls")),
    path("", include("werkplaats.monitoring.urls")),
    path("", include("werkplaats.matching.urls")),
    path("", include("werkplaats.federation.urls")),
    path("", include("werkplaats.newsletter.urls")),
    path("", include("werkplaats.api.urls")),
    path("account/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
