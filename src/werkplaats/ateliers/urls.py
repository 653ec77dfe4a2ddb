from django.urls import path

from werkplaats.ateliers import views

app_name = "ateliers"

werkplaats = "werkplaatsen/<slug:slug>/leerateliers/"
atelier = f"{werkplaats}<slug:atelier>/"

urlpatterns = [
    path("leerateliers/", views.national, name="national"),
    path("stageplaatsen/", views.places, name="places"),
    path(werkplaats, views.atelier_list, name="list"),
    path(f"{werkplaats}nieuw/", views.create, name="create"),
    path(atelier, views.detail, name="detail"),
    path(f"{atelier}wijzigen/", views.edit, name="edit"),
    path(f"{atelier}aanmelden/", views.join, name="join"),
    path(f"{atelier}aanmeldingen/<int:pk>/", views.decide, name="decide"),
    path(f"{atelier}fase/", views.phase, name="phase"),
    path(f"{atelier}logboek/nieuw/", views.log_add, name="log_add"),
    path(f"{atelier}bijlagen/<int:pk>/", views.attachment, name="attachment"),
    path(f"{atelier}stageplaatsen/nieuw/", views.place_add, name="place_add"),
    path(f"{atelier}stageplaatsen/<int:pk>/", views.place_edit, name="place_edit"),
    path(f"{atelier}stageplaatsen/<int:pk>/solliciteren/", views.apply, name="apply"),
    path(f"{atelier}sollicitaties/<int:pk>/", views.application_decide, name="application_decide"),
]
