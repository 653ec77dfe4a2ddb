from django.urls import path

from werkplaats.accounts import views

app_name = "accounts"

urlpatterns = [
    path("mijn/", views.mine, name="mine"),
    path("mijn/lidmaatschap/<int:pk>/", views.membership_update_own, name="membership_update_own"),
    path("uitnodiging/<str:token>/", views.invitation, name="invitation"),
    path("werkplaatsen/<slug:slug>/beheer/leden/", views.manage_members, name="manage_members"),
    path("werkplaatsen/<slug:slug>/beheer/leden/uitnodigen/", views.invite, name="invite"),
    path(
        "werkplaatsen/<slug:slug>/beheer/leden/<int:pk>/rol/",
        views.change_role,
        name="change_role",
    ),
    path(
        "werkplaatsen/<slug:slug>/beheer/leden/<int:pk>/verwijderen/",
        views.remove_member,
        name="remove_member",
    ),
    path(
        "werkplaatsen/<slug:slug>/beheer/uitnodigingen/<int:pk>/intrekken/",
        views.revoke_invitation,
        name="revoke_invitation",
    ),
]
