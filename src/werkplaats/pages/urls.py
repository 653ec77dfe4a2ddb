from django.urls import path

from werkplaats.pages import views

app_name = "pages"

urlpatterns = [
    path("", views.home, name="home"),
    path("werkplaatsen/<slug:slug>/", views.werkplaats, name="werkplaats"),
    path("werkplaatsen/<slug:slug>/contact/", views.contact, name="contact"),
]
