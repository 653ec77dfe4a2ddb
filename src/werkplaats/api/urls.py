from django.urls import URLPattern, path

from werkplaats.api import views
from werkplaats.api.api import api
from werkplaats.api.errors import wrap_not_allowed

app_name = "api"


def _json_errors(patterns):
    """Ninja's URL patterns, answering a wrong method with our error shape."""
    return [
        URLPattern(
            p.pattern,
            # Ninja's root raises a 404 that names its docs_url; ours says where things are.
            views.api_root if p.name == "api-root" else wrap_not_allowed(p.callback),
            p.default_args,
            p.name,
        )
        for p in patterns
    ]


ninja_patterns, _app, ninja_namespace = api.urls

urlpatterns = [
    path("mijn/api-sleutels/", views.token_list, name="tokens"),
    path("mijn/api-sleutels/<int:pk>/intrekken/", views.token_revoke, name="token_revoke"),
    path("api/v1/docs/", views.docs, name="docs"),
    path("api/v1/", (_json_errors(ninja_patterns), _app, ninja_namespace)),
    # Anything else below /api/ is a 404 in the API's own shape, not the site's page.
    path("api/<path:rest>", views.not_found, name="not_found"),
    path("api/", views.not_found, {"rest": ""}, name="not_found_root"),
]
