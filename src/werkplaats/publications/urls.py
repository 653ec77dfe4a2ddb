from django.urls import path

from werkplaats.publications import editor_views, education_views, feeds, oai, views

app_name = "publications"

werkplaats = "werkplaatsen/<slug:slug>/"
publications = f"{werkplaats}publicaties/"
publication = f"{publications}<slug:publication>/"
education = f"{werkplaats}in-het-onderwijs/"

urlpatterns = [
    # The kennisbank, national and per werkplaats.
    path("publicaties/", views.publication_list, name="national"),
    path(publications, views.publication_list, name="list"),
    path(f"{publications}nieuw/", editor_views.create, name="create"),
    path(publication, views.detail, name="detail"),
    path(f"{publication}bestanden/<int:pk>/", views.file_download, name="file"),
    # Writing, files and the workflow (members write; researchers and coordinators publish).
    path(f"{publication}wijzigen/", editor_views.edit, name="edit"),
    path(f"{publication}status/", editor_views.move, name="move"),
    path(f"{publication}bestanden/", editor_views.files, name="files"),
    path(
        f"{publication}bestanden/<int:pk>/verwijderen/",
        editor_views.file_delete,
        name="file_delete",
    ),
    path("publicaties/leesbaarheid/", editor_views.readability, name="readability"),
    # Knowledge in education.
    path("in-het-onderwijs/", education_views.overview, name="education_national"),
    path(education, education_views.overview, name="education"),
    path(f"{education}nieuw/", education_views.use_add, name="course_use_add"),
    path(f"{education}opleidingen/nieuw/", education_views.course_add, name="course_add"),
    path(f"{education}<int:pk>/verwijderen/", education_views.use_delete, name="course_use_delete"),
    # Feeds and harvesting.
    path("feeds/rss/", feeds.RssFeed(), name="rss_national"),
    path("feeds/atom/", feeds.AtomFeed(), name="atom_national"),
    path(f"{werkplaats}feeds/rss/", feeds.RssFeed(), name="rss"),
    path(f"{werkplaats}feeds/atom/", feeds.AtomFeed(), name="atom"),
    path("oai/", oai.endpoint, name="oai"),
]
