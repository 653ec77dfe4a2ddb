"""Usage counts: views and downloads per publication per month, and nothing about who."""

from datetime import date

import pytest
from django.utils import timezone

from tests.helpers import assert_shows, nl
from tests.publications.factories import (
    PublicationFactory,
    PublicationFileFactory,
    UsageCountFactory,
)
from werkplaats.publications import selectors, services
from werkplaats.publications.models import Publication, UsageCount


@pytest.fixture
def publication(werkplaats_a):
    return PublicationFactory(werkplaats=werkplaats_a)


def this_month():
    today = timezone.localdate()
    return date(today.year, today.month, 1)


# Counting ------------------------------------------------------------------------------------


def test_the_same_month_increments_one_row(publication):
    services.usage_count(publication=publication, today=date(2025, 3, 3))
    services.usage_count(publication=publication, today=date(2025, 3, 31))
    services.usage_count(publication=publication, download=True, today=date(2025, 3, 15))

    row = UsageCount.objects.get()
    assert (row.month, row.views, row.downloads) == (date(2025, 3, 1), 2, 1)


def test_a_new_month_makes_a_new_row(publication):
    services.usage_count(publication=publication, today=date(2025, 3, 31))
    services.usage_count(publication=publication, today=date(2025, 4, 1))
    services.usage_count(publication=publication, today=date(2026, 3, 1))

    assert list(UsageCount.objects.order_by("month").values_list("month", "views")) == [
        (date(2025, 3, 1), 1),
        (date(2025, 4, 1), 1),
        (date(2026, 3, 1), 1),
    ]


def test_each_publication_has_its_own_count(publication, werkplaats_a):
    other = PublicationFactory(werkplaats=werkplaats_a)

    services.usage_count(publication=publication, today=date(2025, 3, 3))
    services.usage_count(publication=other, today=date(2025, 3, 3))

    assert UsageCount.objects.filter(publication=publication).get().views == 1
    assert UsageCount.objects.filter(publication=other).get().views == 1


def test_no_personal_data_can_be_stored():
    fields = {field.name for field in UsageCount._meta.get_fields()}

    assert fields == {"id", "publication", "month", "views", "downloads"}


# Counting pages ------------------------------------------------------------------------------


def test_every_view_of_a_published_publication_counts(client, client_for, member_a, publication):
    client.get(publication.get_absolute_url())
    client.get(publication.get_absolute_url())  # the same visitor again: counted again
    client_for(member_a).get(publication.get_absolute_url())

    row = UsageCount.objects.get(publication=publication)
    assert (row.month, row.views, row.downloads) == (this_month(), 3, 0)


def test_counting_sets_no_cookie_of_its_own(client, publication):
    response = client.get(publication.get_absolute_url())

    # The page's forms (language, log out) set the CSRF cookie; nothing else is set.
    assert set(response.cookies) <= {"csrftoken"}
    assert "sessionid" not in response.cookies


def test_a_draft_is_not_counted(client_for, member_a, werkplaats_a):
    draft = PublicationFactory(werkplaats=werkplaats_a, status=Publication.Status.CONCEPT)

    client_for(member_a).get(draft.get_absolute_url())

    assert not UsageCount.objects.exists()


def test_a_head_request_is_not_counted(client, publication):
    client.head(publication.get_absolute_url())

    assert not UsageCount.objects.exists()


def test_a_page_that_is_not_shown_is_not_counted(client, werkplaats_a):
    draft = PublicationFactory(werkplaats=werkplaats_a, status=Publication.Status.REVIEW)

    assert client.get(draft.get_absolute_url()).status_code == 404
    assert not UsageCount.objects.exists()


def test_downloads_are_counted_apart_from_views(client, publication):
    stored = PublicationFileFactory(publication=publication)
    address = f"{publication.get_absolute_url()}bestanden/{stored.pk}/"

    client.get(address)

    row = UsageCount.objects.get()
    assert (row.views, row.downloads) == (0, 1)


# The table for members -----------------------------------------------------------------------


def test_usage_by_month_covers_twelve_months_with_zeros(publication):
    UsageCountFactory(publication=publication, month=date(2025, 3, 1), views=7, downloads=2)
    UsageCountFactory(publication=publication, month=date(2024, 4, 1), views=5, downloads=0)
    UsageCountFactory(publication=publication, month=date(2024, 3, 1), views=99, downloads=9)

    rows = selectors.usage_by_month(publication, today=date(2025, 3, 20))

    assert [row["month"] for row in rows][:3] == [
        date(2025, 3, 1),
        date(2025, 2, 1),
        date(2025, 1, 1),
    ]
    assert rows[-1]["month"] == date(2024, 4, 1)
    assert len(rows) == 12
    assert rows[0] == {"month": date(2025, 3, 1), "views": 7, "downloads": 2}
    assert rows[1] == {"month": date(2025, 2, 1), "views": 0, "downloads": 0}
    assert rows[-1] == {"month": date(2024, 4, 1), "views": 5, "downloads": 0}
    assert 99 not in [row["views"] for row in rows]  # thirteen months ago


def test_members_see_the_numbers_and_visitors_do_not(client, client_for, member_a, publication):
    UsageCountFactory(publication=publication, month=this_month(), views=41, downloads=17)

    member_page = client_for(member_a).get(publication.get_absolute_url())
    visitor_page = client.get(publication.get_absolute_url())

    assert_shows(member_page, "Views and downloads in the last 12 months")
    content = member_page.content.decode()
    assert '<td class="utrecht-table__cell">42</td>' in content  # 41 and this view
    assert '<td class="utrecht-table__cell">17</td>' in content
    assert nl("Views and downloads in the last 12 months") not in visitor_page.content.decode()
    assert "utrecht-table" not in visitor_page.content.decode()
