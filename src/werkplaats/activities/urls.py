from django.urls import path

from werkplaats.activities import manage_views, registration_views, views

app_name = "activities"

werkplaats = "werkplaatsen/<slug:slug>/activiteiten/"
activity = f"{werkplaats}<slug:activity>/"

urlpatterns = [
    # The national calendar, and the same pages per werkplaats.
    path("activiteiten/", views.calendar_list, name="national"),
    path("activiteiten/maand/<int:year>/<int:month>/", views.month, name="national_month"),
    path("activiteiten/archief/", views.archive, name="national_archive"),
    path("activiteiten/agenda.ics", views.feed, name="national_feed"),
    path(werkplaats, views.calendar_list, name="list"),
    path(f"{werkplaats}maand/<int:year>/<int:month>/", views.month, name="month"),
    path(f"{werkplaats}archief/", views.archive, name="archive"),
    path(f"{werkplaats}agenda.ics", views.feed, name="feed"),
    path(f"{werkplaats}nieuw/", manage_views.create, name="create"),
    # One activity.
    path(activity, views.detail, name="detail"),
    path(f"{activity}agenda.ics", views.activity_ics, name="ics"),
    path(f"{activity}aanmelden/", registration_views.register, name="register"),
    path(f"{activity}bestanden/<int:pk>/", views.file_download, name="file"),
    # The organiser's pages.
    path(f"{activity}wijzigen/", manage_views.edit, name="edit"),
    path(f"{activity}annuleren/", manage_views.cancel, name="cancel"),
    path(f"{activity}programma/", manage_views.programme, name="programme"),
    path(f"{activity}programma/<int:pk>/", manage_views.session_edit, name="session_edit"),
    path(
        f"{activity}programma/<int:pk>/verwijderen/",
        manage_views.session_delete,
        name="session_delete",
    ),
    path(f"{activity}deelnemers/", manage_views.participants, name="participants"),
    path(f"{activity}verslag/", manage_views.report, name="report"),
    path(
        f"{activity}bestanden/<int:pk>/verwijderen/",
        manage_views.file_delete,
        name="file_delete",
    ),
    # The personal link of someone who registered (no account needed).
    path("aanmelding/<str:token>/", registration_views.registration, name="registration"),
    path(
        "aanmelding/<str:token>/annuleren/",
        registration_views.registration_cancel,
        name="registration_cancel",
    ),
    path(
        "aanmelding/<str:token>/ics/", registration_views.registration_ics, name="registration_ics"
    ),
    path("aanmelding/<str:token>/evaluatie/", registration_views.evaluation, name="evaluation"),
]
