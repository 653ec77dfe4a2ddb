""" "Nieuws vanuit de werkplaats": who reads what, writing, publishing, the werkplaats page."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.accounts.factories import UserFactory
from tests.conftest import ROLES
from tests.helpers import assert_same_cost, assert_shows, flashed, nl
from tests.publications.factories import NewsItemFactory
from werkplaats.audit.models import AuditEntry
from werkplaats.pages.forms import NEWS_BODY_MAX
from werkplaats.pages.models import NewsItem

MANAGERS = {"coordinator_a", "national_admin"}
DRAFT = NewsItem.Status.CONCEPT
PUBLISHED = NewsItem.Status.PUBLISHED


def url(name: str, item=None, werkplaats="werkplaats-a") -> str:
    if item is None:
        return reverse(f"pages:{name}", kwargs={"slug": werkplaats})
    return reverse(f"pages:{name}", kwargs={"slug": item.werkplaats.slug, "news": item.slug})


def answer_of(response):
    """``"login"`` for a redirect to the login page, otherwise the status code."""
    if response.status_code == 302 and response.url.startswith(reverse("account_login")):
        return "login"
    return response.status_code


def expected_answer(role: str, answer, allowed=MANAGERS):
    if role == "anonymous":
        return "login"
    return answer if role in allowed else 404


def ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def published(werkplaats_a, coordinator_a):
    return NewsItemFactory(
        werkplaats=werkplaats_a,
        author=coordinator_a,
        title="Leeratelier eenzaamheid gestart",
        slug="leeratelier-gestart",
        body="Wij zoeken nog **bewoners**.",
        published_at=ago(2),
    )


@pytest.fixture
def draft(werkplaats_a, coordinator_a):
    return NewsItemFactory(
        werkplaats=werkplaats_a,
        author=coordinator_a,
        title="Geheim concept",
        slug="concept",
        status=DRAFT,
        published_at=None,
    )


# Reading -------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_everybody_reads_published_news(client_for, role_users, published, role):
    response = client_for(role_users[role]).get(published.get_absolute_url())

    assert response.status_code == 200
    content = response.content.decode()
    assert "Leeratelier eenzaamheid gestart" in content
    assert "<strong>bewoners</strong>" in content  # the text, rendered from Markdown


@pytest.mark.parametrize("role", ROLES)
def test_a_draft_is_only_for_the_werkplaatss_coordinators(client_for, role_users, draft, role):
    response = client_for(role_users[role]).get(draft.get_absolute_url())

    assert response.status_code == (200 if role in MANAGERS else 404)


@pytest.mark.parametrize("role", ROLES)
def test_the_news_list_shows_drafts_and_the_new_link_only_to_coordinators(
    client_for, role_users, published, draft, role
):
    response = client_for(role_users[role]).get(url("news"))

    assert response.status_code == 200
    content = response.content.decode()
    manages = role in MANAGERS
    assert list(response.context["page"].object_list) == [published]
    assert response.context["drafts"] == ([draft] if manages else [])
    assert ("Geheim concept" in content) is manages
    assert (draft.get_absolute_url() in content) is manages
    assert (url("news_create") in content) is manages
    assert published.get_absolute_url() in content


def test_the_news_list_is_newest_first_and_paginated(client_for, werkplaats_a):
    items = [NewsItemFactory(werkplaats=werkplaats_a, published_at=ago(days)) for days in range(25)]

    first = client_for(None).get(url("news"))
    second = client_for(None).get(url("news"), {"pagina": 2})

    assert list(first.context["page"].object_list) == items[:20]
    assert list(second.context["page"].object_list) == items[20:]
    assert "pagina=2" in first.content.decode()


def test_the_news_list_shows_only_news_of_its_werkplaats(client_for, published, werkplaats_b):
    NewsItemFactory(werkplaats=werkplaats_b, title="Nieuws van B")

    response = client_for(None).get(url("news"))

    assert list(response.context["page"].object_list) == [published]
    assert "Nieuws van B" not in response.content.decode()


def test_a_taken_back_item_is_a_draft_again_for_visitors(client_for, werkplaats_a):
    taken_back = NewsItemFactory(werkplaats=werkplaats_a, status=DRAFT, published_at=ago(3))

    assert client_for(None).get(taken_back.get_absolute_url()).status_code == 404
    assert list(client_for(None).get(url("news")).context["page"].object_list) == []


def test_a_news_item_of_b_under_the_address_of_a_is_404(client_for, coordinator_a, werkplaats_b):
    theirs = NewsItemFactory(werkplaats=werkplaats_b, slug="van-b")
    address = reverse("pages:news_detail", kwargs={"slug": "werkplaats-a", "news": "van-b"})

    assert client_for(coordinator_a).get(address).status_code == 404
    assert client_for(coordinator_a).get(theirs.get_absolute_url()).status_code == 200


def test_unknown_news_and_werkplaats_are_404(client_for, werkplaats_a):
    assert client_for(None).get(url("news", werkplaats="bestaat-niet")).status_code == 404
    missing = reverse("pages:news_detail", kwargs={"slug": "werkplaats-a", "news": "bestaat-niet"})
    assert client_for(None).get(missing).status_code == 404


def test_script_in_a_news_text_is_not_executed(client_for, werkplaats_a):
    item = NewsItemFactory(
        werkplaats=werkplaats_a,
        body='Tekst <script>alert("x")</script> [klik](javascript:alert(1))',
    )

    content = client_for(None).get(item.get_absolute_url()).content.decode()

    assert "<script>alert" not in content
    assert "javascript:" not in content


@pytest.mark.parametrize("role", ["anonymous", "coordinator_a"])
def test_the_news_list_costs_the_same_whatever_its_size(client_for, role_users, werkplaats_a, role):
    def add(n):
        NewsItemFactory.create_batch(n, werkplaats=werkplaats_a)
        NewsItemFactory.create_batch(n, werkplaats=werkplaats_a, status=DRAFT, published_at=None)

    assert_same_cost(client_for(role_users[role]), url("news"), add)


# The werkplaats page -------------------------------------------------------------------------


def test_the_werkplaats_page_shows_the_latest_three_published_items(
    client_for, werkplaats_a, werkplaats_b, draft
):
    items = [
        NewsItemFactory(werkplaats=werkplaats_a, title=f"Bericht {days}", published_at=ago(days))
        for days in (5, 1, 3, 9)
    ]
    NewsItemFactory(werkplaats=werkplaats_b, title="Nieuws van B", published_at=ago(0))

    response = client_for(None).get(werkplaats_a.get_absolute_url())

    assert list(response.context["news"]) == [items[1], items[2], items[0]]
    content = response.content.decode()
    assert content.index("Bericht 1") < content.index("Bericht 3") < content.index("Bericht 5")
    for absent in ("Bericht 9", "Geheim concept", "Nieuws van B"):
        assert absent not in content
    assert url("news") in content


def test_the_werkplaats_page_without_news_says_so(client_for, werkplaats_a, draft):
    response = client_for(None).get(werkplaats_a.get_absolute_url())

    assert list(response.context["news"]) == []
    assert_shows(response, "There is no news yet.")


def test_the_werkplaats_page_costs_the_same_whatever_the_news(client_for, werkplaats_a):
    def add(n):
        NewsItemFactory.create_batch(n, werkplaats=werkplaats_a)

    assert_same_cost(client_for(None), werkplaats_a.get_absolute_url(), add)


# Who may write -------------------------------------------------------------------------------

# view -> (method, the answer the coordinators get)
EXPECTED = {
    "news_create": ("GET", 200),
    "news_create_post": ("POST", 400),
    "news_edit": ("GET", 200),
    "news_edit_post": ("POST", 400),
    "news_publish_post": ("POST", 400),
    "news_publish": ("GET", 405),
}


@pytest.mark.parametrize(
    ("name", "role"),
    [pytest.param(name, role, id=f"{name}-{role}") for name in EXPECTED for role in ROLES],
)
def test_each_role_gets_the_expected_answer(client_for, role_users, published, name, role):
    method, answer = EXPECTED[name]
    view = name.removesuffix("_post")
    address = url(view) if view == "news_create" else url(view, published)
    client = client_for(role_users[role])

    response = client.get(address) if method == "GET" else client.post(address, {})

    assert answer_of(response) == expected_answer(role, answer)
    assert list(NewsItem.objects.all()) == [published]
    published.refresh_from_db()
    assert (published.title, published.status) == ("Leeratelier eenzaamheid gestart", PUBLISHED)
    assert not AuditEntry.objects.filter(action__startswith="news").exists()


@pytest.mark.parametrize("role", ["member_a", "coordinator_b"])
def test_others_cannot_change_or_publish_a_draft(client_for, role_users, draft, role):
    client = client_for(role_users[role])

    changed = client.post(url("news_edit", draft), {"title": "X", "summary": "Y"})
    published = client.post(url("news_publish", draft), {"publish": "1"})

    assert (changed.status_code, published.status_code) == (404, 404)
    draft.refresh_from_db()
    assert (draft.title, draft.status) == ("Geheim concept", DRAFT)


def test_a_coordinator_of_b_cannot_write_news_for_a(client_for, coordinator_b, werkplaats_a):
    response = client_for(coordinator_b).post(
        url("news_create"), {"title": "Nep", "summary": "Nep", "body": ""}
    )

    assert response.status_code == 404
    assert not NewsItem.objects.exists()


# Writing -------------------------------------------------------------------------------------


@pytest.fixture
def coordinator(client_for, coordinator_a):
    return client_for(coordinator_a)


def news_data(**changes) -> dict:
    data = {
        "title": "Kenniscafé over armoede",
        "summary": "Op 12 maart praten we over armoede in de wijk.",
        "body": "## Programma\n\n- Welkom\n- **Gesprek**",
    }
    data.update(changes)
    return data


def test_a_coordinator_writes_a_news_item_as_a_draft(coordinator, coordinator_a, werkplaats_a):
    response = coordinator.post(url("news_create"), news_data())

    item = NewsItem.objects.get()
    assert response.status_code == 302
    assert response.url == item.get_absolute_url()
    assert (item.werkplaats, item.title, item.slug, item.status, item.author) == (
        werkplaats_a,
        "Kenniscafé over armoede",
        "kenniscafe-over-armoede",
        DRAFT,
        coordinator_a,
    )
    assert item.published_at is None
    assert item.body == "## Programma\n\n- Welkom\n- **Gesprek**"
    assert AuditEntry.objects.filter(
        action="news.create", actor=coordinator_a, object_id=str(item.pk), werkplaats=werkplaats_a
    ).exists()
    assert flashed(response) == [
        nl("The news item has been saved as a draft. Publish it when it is ready.")
    ]
    # Nobody else sees it yet.
    assert NewsItem.objects.published().count() == 0


def test_two_items_with_the_same_title_get_their_own_address(coordinator, werkplaats_a):
    coordinator.post(url("news_create"), news_data())
    coordinator.post(url("news_create"), news_data())

    slugs = sorted(NewsItem.objects.values_list("slug", flat=True))
    assert len(set(slugs)) == 2


def test_the_editor_explains_markdown(coordinator, werkplaats_a):
    response = coordinator.get(url("news_create"))

    assert response.status_code == 200
    assert_shows(response, "You can use Markdown: *italic*, **bold**, lists with - at the start.")


def test_a_coordinator_changes_a_published_item_and_it_stays_published(
    coordinator, coordinator_a, published
):
    published_at = published.published_at

    response = coordinator.post(
        url("news_edit", published), news_data(title="Leeratelier gestart: doe mee")
    )

    assert response.status_code == 302
    published.refresh_from_db()
    assert published.title == "Leeratelier gestart: doe mee"
    assert published.slug == "leeratelier-gestart"  # the address stays
    assert (published.status, published.published_at) == (PUBLISHED, published_at)
    assert AuditEntry.objects.filter(action="news.update", actor=coordinator_a).exists()


def test_an_item_whose_author_has_left_can_still_be_changed(coordinator, werkplaats_a):
    author = UserFactory()
    item = NewsItemFactory(werkplaats=werkplaats_a, author=author)
    author.delete()  # the item stays, without its author

    response = coordinator.post(url("news_edit", item), news_data(title="Nieuwe titel"))

    item.refresh_from_db()
    assert (response.status_code, item.title) == (302, "Nieuwe titel")


def test_the_edit_form_shows_the_stored_item(coordinator, published):
    response = coordinator.get(url("news_edit", published))

    assert response.context["form"]["title"].value() == "Leeratelier eenzaamheid gestart"


# name -> (changes, the field that gets the message)
BAD_NEWS = {
    "no-title": ({"title": ""}, "title"),
    "blank-title": ({"title": "   "}, "title"),
    "long-title": ({"title": "x" * 201}, "title"),
    "no-summary": ({"summary": ""}, "summary"),
    "blank-summary": ({"summary": " \n "}, "summary"),
    "long-summary": ({"summary": "x" * 601}, "summary"),
    "long-body": ({"body": "x" * (NEWS_BODY_MAX + 1)}, "body"),
}


@pytest.mark.parametrize("case", BAD_NEWS)
def test_bad_input_for_a_new_item_answers_400_and_saves_nothing(coordinator, werkplaats_a, case):
    changes, field = BAD_NEWS[case]

    response = coordinator.post(url("news_create"), news_data(**changes))

    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert f'id="id_{field}_error"' in response.content.decode()
    assert not NewsItem.objects.exists()
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize("case", BAD_NEWS)
def test_bad_input_for_a_change_answers_400_and_changes_nothing(coordinator, published, case):
    changes, field = BAD_NEWS[case]

    response = coordinator.post(url("news_edit", published), news_data(**changes))

    assert response.status_code == 400
    assert field in response.context["form"].errors
    published.refresh_from_db()
    assert published.title == "Leeratelier eenzaamheid gestart"
    assert not AuditEntry.objects.exists()
    # The page keeps the stored title in its heading and links.
    assert response.context["item"].title == "Leeratelier eenzaamheid gestart"


def test_missing_fields_are_explained(coordinator, werkplaats_a):
    response = coordinator.post(url("news_create"), news_data(title="", summary=""))

    assert_shows(response, "Write a title.")
    assert_shows(response, "Write a short summary.")


# Publishing ----------------------------------------------------------------------------------


def test_a_coordinator_publishes_a_draft(coordinator, coordinator_a, draft):
    before = timezone.now()

    response = coordinator.post(url("news_publish", draft), {"publish": "1"})

    assert response.status_code == 302
    assert response.url == draft.get_absolute_url()
    draft.refresh_from_db()
    assert draft.status == PUBLISHED
    assert draft.published_at >= before
    assert AuditEntry.objects.filter(
        action="news.publish", actor=coordinator_a, object_id=str(draft.pk)
    ).exists()
    assert flashed(response) == [nl("The news item has been published.")]
    # Now everybody reads it.
    assert coordinator.get(url("news")).context["page"].object_list[0] == draft


def test_a_coordinator_takes_a_published_item_back(client_for, coordinator, published):
    published_at = published.published_at

    response = coordinator.post(url("news_publish", published), {"publish": "0"})

    assert response.status_code == 302
    published.refresh_from_db()
    assert published.status == DRAFT
    assert published.published_at == published_at
    assert AuditEntry.objects.filter(action="news.unpublish").count() == 1
    assert flashed(response) == [
        nl("The news item is no longer published. Only coordinators can see it.")
    ]
    assert client_for(None).get(published.get_absolute_url()).status_code == 404


def test_publishing_again_keeps_the_first_publication_date(coordinator, published):
    published_at = published.published_at

    coordinator.post(url("news_publish", published), {"publish": "0"})
    coordinator.post(url("news_publish", published), {"publish": "1"})

    published.refresh_from_db()
    assert (published.status, published.published_at) == (PUBLISHED, published_at)
    actions = list(
        AuditEntry.objects.filter(action__startswith="news")
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == ["news.unpublish", "news.publish"]


@pytest.mark.parametrize("value", [None, "", "ja", "2"])
def test_a_bad_publish_field_answers_400_and_changes_nothing(coordinator, draft, value):
    data = {} if value is None else {"publish": value}

    response = coordinator.post(url("news_publish", draft), data)

    assert response.status_code == 400
    draft.refresh_from_db()
    assert draft.status == DRAFT
    assert not AuditEntry.objects.exists()


def test_the_detail_page_offers_the_right_button(coordinator, published, draft):
    on_draft = coordinator.get(draft.get_absolute_url()).content.decode()
    on_published = coordinator.get(published.get_absolute_url()).content.decode()

    assert 'name="publish" value="1"' in on_draft
    assert 'name="publish" value="0"' in on_published
    assert url("news_edit", draft) in on_draft


def test_visitors_get_no_buttons(client_for, published):
    content = client_for(None).get(published.get_absolute_url()).content.decode()

    assert url("news_publish", published) not in content
    assert url("news_edit", published) not in content
