from django.urls import path

from werkplaats.network import overview_views, views

app_name = "network"

manage = "werkplaatsen/<slug:slug>/beheer/"

urlpatterns = [
    path("netwerk/", overview_views.overview, name="overview"),
    path("themas/", overview_views.theme_list, name="theme_list"),
    path("themas/<slug:slug>/", overview_views.theme_detail, name="theme"),
    path("partners/", views.organisation_list, name="organisation_list"),
    path("partners/<slug:slug>/", views.organisation_detail, name="organisation"),
    path(manage, views.manage, name="manage"),
    path(f"{manage}gegevens/", views.manage_details, name="manage_details"),
    path(f"{manage}partners/", views.manage_partners, name="manage_partners"),
    path(f"{manage}partners/nieuw/", views.partner_edit, name="partner_add"),
    path(f"{manage}partners/<int:pk>/", views.partner_edit, name="partner_edit"),
    path(f"{manage}partners/<int:pk>/verwijderen/", views.partner_remove, name="partner_remove"),
    path(f"{manage}organisaties/nieuw/", views.organisation_create, name="organisation_create"),
    path(f"{manage}berichten/", views.manage_messages, name="manage_messages"),
]
