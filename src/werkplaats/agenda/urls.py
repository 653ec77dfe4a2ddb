from django.urls import path

from werkplaats.agenda import views

app_name = "agenda"

public = "werkplaatsen/<slug:slug>/kennisagenda/"
manage = "werkplaatsen/<slug:slug>/beheer/kennisagenda/"

urlpatterns = [
    path("kennisagenda/", views.national, name="national"),
    path(public, views.werkplaats_agenda, name="werkplaats_agenda"),
    # kind is "thema" (an agenda theme) or "vraag" (a question); anything else is a 404.
    path(f"{public}<str:kind>/<int:pk>/steunen/", views.support, name="support"),
    path(f"{public}<str:kind>/<int:pk>/reageren/", views.comment, name="comment"),
    path(manage, views.manage, name="manage"),
    path(f"{manage}nieuw/", views.agenda_edit, name="agenda_add"),
    path(f"{manage}<int:pk>/", views.agenda_edit, name="agenda_edit"),
    path(f"{manage}<int:agenda_pk>/thema/nieuw/", views.theme_edit, name="theme_add"),
    path(f"{manage}thema/<int:pk>/", views.theme_edit, name="theme_edit"),
    path(f"{manage}thema/<int:pk>/verwijderen/", views.theme_delete, name="theme_delete"),
]
