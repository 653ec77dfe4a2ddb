from django.urls import path

from werkplaats.newsletter import views

app_name = "newsletter"

personal = "nieuwsbrief/<str:token>/"

urlpatterns = [
    path("nieuwsbrief/", views.subscribe, name="subscribe"),
    path("nieuwsbrief/aangevraagd/", views.requested, name="requested"),
    path("werkplaatsen/<slug:slug>/nieuwsbrief/", views.subscribe, name="werkplaats"),
    # The subscriber's personal links (no account needed); a token always contains a colon,
    # so it never takes the place of the page above.
    path(personal, views.manage, name="manage"),
    path(f"{personal}bevestigen/", views.confirm, name="confirm"),
    path(f"{personal}afmelden/", views.unsubscribe, name="unsubscribe"),
]
