from django.urls import path

from werkplaats.matching import views

app_name = "matching"

urlpatterns = [
    path("netwerk/vergelijkbaar.json", views.suggest, name="suggest"),
]
