from django.urls import path

from werkplaats.questions import referral_views, views

app_name = "questions"

werkplaats = "werkplaatsen/<slug:slug>/"
question = f"{werkplaats}vragen/<int:pk>/"

urlpatterns = [
    path(f"{werkplaats}vraag-stellen/", views.ask, name="ask"),
    path(f"{werkplaats}vraag-stellen/vergelijkbaar/", views.similar, name="similar"),
    path(f"{werkplaats}vraag-stellen/bedankt/", views.asked, name="asked"),
    path(f"{werkplaats}vragen/", views.question_list, name="list"),
    path(question, views.detail, name="detail"),
    path(f"{question}status/", views.transition, name="transition"),
    path(f"{question}reflectie/", views.reflection, name="reflection"),
    path(f"{question}reflectie/publiceren/", views.reflection_publish, name="reflection_publish"),
    path(f"{werkplaats}beheer/vragen/", views.queue, name="queue"),
    path(
        f"{werkplaats}beheer/vragen/doorverwezen/<int:pk>/",
        referral_views.referral,
        name="referral",
    ),
    # The asker's personal link from the confirmation e-mail.
    path("vraag/<str:token>/", views.follow, name="follow"),
]
