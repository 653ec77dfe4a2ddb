from django.urls import path

from werkplaats.pages import news_views, views

app_name = "pages"

news = "werkplaatsen/<slug:slug>/nieuws/"

urlpatterns = [
    path("", views.home, name="home"),
    path("werkplaatsen/<slug:slug>/", views.werkplaats, name="werkplaats"),
    path("werkplaatsen/<slug:slug>/contact/", views.contact, name="contact"),
    path(news, news_views.news_list, name="news"),
    path(f"{news}nieuw/", news_views.create, name="news_create"),
    path(f"{news}<slug:news>/", news_views.detail, name="news_detail"),
    path(f"{news}<slug:news>/wijzigen/", news_views.edit, name="news_edit"),
    path(f"{news}<slug:news>/publiceren/", news_views.publish, name="news_publish"),
]
