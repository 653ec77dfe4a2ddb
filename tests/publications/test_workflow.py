"""The workflow concept → in review → published: every step for every role, and its trail.

Members send a draft for review; researchers, coordinators and national admins also publish
and send back to draft. A member who may not take a step gets 404 (as outsiders do); a step
the workflow does not have is 409 with the reason.
"""

import pytest
from django.urls import reverse

from tests.accounts.factories import MembershipFactory, UserFactory
from tests.helpers import assert_shows, flashed, nl
from tests.publications.factories import PublicationFactory
from werkplaats.accounts.models import Role
from werkplaats.audit.models import AuditEntry
from werkplaats.publications.models import Publication

Status = Publication.Status
CONCEPT, REVIEW, PUBLISHED = Status.CONCEPT, Status.REVIEW, Status.PUBLISHED


def move_url(publication):
    return reverse(
        "publications:move",
        kwargs={"slug": publication.werkplaats.slug, "publication": publication.slug},
    )


@pytest.fixture
def plain_member(werkplaats_a):
    user = UserFactory(name="Professional A")
    MembershipFactory(user=user, werkplaats=werkplaats_a, role=Role.PROFESSIONAL)
    return user


@pytest.fixture
def users(role_users, plain_member):
    return {**role_users, "plain_member": plain_member}


PUBLISHERS = {"member_a", "coordinator_a", "national_admin"}  # member_a is a researcher
MEMBERS = PUBLISHERS | {"plain_member"}
ROLES = (
    "anonymous",
    "plain_member",
    "member_a",
    "coordinator_a",
    "coordinator_b",
    "national_admin",
)

# (from, to) -> who may take the step; the workflow has every one of these steps.
STEPS = {
    (CONCEPT, REVIEW): MEMBERS,
    (CONCEPT, PUBLISHED): PUBLISHERS,
    (REVIEW, PUBLISHED): PUBLISHERS,
    (REVIEW, CONCEPT): PUBLISHERS,
    (PUBLISHED, CONCEPT): PUBLISHERS,
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("old", "new"), list(STEPS))
def test_each_step_for_each_role(client_for, users, werkplaats_a, role, old, new):
    publication = PublicationFactory(werkplaats=werkplaats_a, status=old)

    response = client_for(users[role]).post(move_url(publication), {"status": new})

    publication.refresh_from_db()
    if role == "anonymous":
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
        assert publication.status == old
    elif role in STEPS[(old, new)]:
        assert response.status_code == 302
        assert response.url == publication.get_absolute_url()
        assert publication.status == new
        entry = AuditEntry.objects.get(action="publication.status")
        assert entry.actor == users[role]
        assert entry.object_id == str(publication.pk)
        assert entry.werkplaats == werkplaats_a
        assert entry.data == {"from": old, "to": new}
    else:
        assert response.status_code == 404
        assert publication.status == old
        assert not AuditEntry.objects.filter(action="publication.status").exists()


@pytest.mark.parametrize(
    ("old", "new"),
    [(PUBLISHED, REVIEW), (CONCEPT, CONCEPT), (REVIEW, REVIEW), (PUBLISHED, PUBLISHED)],
)
def test_a_step_the_workflow_does_not_have_is_409_with_the_reason(
    client_for, coordinator_a, werkplaats_a, old, new
):
    publication = PublicationFactory(werkplaats=werkplaats_a, status=old)

    response = client_for(coordinator_a).post(move_url(publication), {"status": new})

    assert response.status_code == 409
    assert (
        nl("A publication cannot go from %(old)s to %(new)s.")
        % {
            "old": nl(Status(old).label),
            "new": nl(Status(new).label),
        }
        in response.content.decode()
    )
    publication.refresh_from_db()
    assert publication.status == old
    assert not AuditEntry.objects.exists()


def test_a_plain_member_cannot_touch_a_published_one(client_for, plain_member, werkplaats_a):
    """A published text is changed only by those who may publish (can_edit_publication)."""
    publication = PublicationFactory(werkplaats=werkplaats_a, status=PUBLISHED)

    response = client_for(plain_member).post(move_url(publication), {"status": REVIEW})

    assert response.status_code == 404
    publication.refresh_from_db()
    assert publication.status == PUBLISHED


def test_publishing_without_a_summary_is_refused(client_for, coordinator_a, werkplaats_a):
    publication = PublicationFactory(werkplaats=werkplaats_a, status=REVIEW, summary="   ")

    response = client_for(coordinator_a).post(move_url(publication), {"status": PUBLISHED})

    assert response.status_code == 409
    assert_shows(response, "Write a summary before publishing.")


def test_publishing_stamps_the_moment_and_says_so(client_for, coordinator_a, werkplaats_a):
    publication = PublicationFactory(werkplaats=werkplaats_a, status=REVIEW, published_at=None)

    response = client_for(coordinator_a).post(move_url(publication), {"status": PUBLISHED})

    publication.refresh_from_db()
    assert publication.published_at is not None
    assert nl("The publication has been published.") in flashed(response)


def test_sending_for_review_says_so(client_for, plain_member, werkplaats_a):
    publication = PublicationFactory(werkplaats=werkplaats_a, status=CONCEPT)

    response = client_for(plain_member).post(move_url(publication), {"status": REVIEW})

    assert nl("The publication has been sent for review.") in flashed(response)


def test_a_published_publication_back_to_draft_is_gone_for_visitors(
    client_for, client, coordinator_a, werkplaats_a
):
    publication = PublicationFactory(werkplaats=werkplaats_a, status=PUBLISHED)
    assert client.get(publication.get_absolute_url()).status_code == 200

    client_for(coordinator_a).post(move_url(publication), {"status": CONCEPT})

    assert client.get(publication.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("value", ["", "withdrawn", None])
def test_an_unknown_step_is_400(client_for, coordinator_a, werkplaats_a, value):
    publication = PublicationFactory(werkplaats=werkplaats_a, status=CONCEPT)

    response = client_for(coordinator_a).post(
        move_url(publication), {} if value is None else {"status": value}
    )

    assert response.status_code == 400
    assert_shows(response, "Choose a step in the workflow.")
    publication.refresh_from_db()
    assert publication.status == CONCEPT


@pytest.mark.parametrize(("role", "status"), [("member_a", 405), ("coordinator_b", 404)])
def test_get_is_not_a_step(client_for, users, werkplaats_a, role, status):
    publication = PublicationFactory(werkplaats=werkplaats_a, status=CONCEPT)

    assert client_for(users[role]).get(move_url(publication)).status_code == status
    publication.refresh_from_db()
    assert publication.status == CONCEPT


def test_the_whole_way_with_its_trail(client_for, plain_member, coordinator_a, werkplaats_a):
    publication = PublicationFactory(werkplaats=werkplaats_a, status=CONCEPT)

    client_for(plain_member).post(move_url(publication), {"status": REVIEW})
    client_for(coordinator_a).post(move_url(publication), {"status": CONCEPT})
    client_for(plain_member).post(move_url(publication), {"status": REVIEW})
    client_for(coordinator_a).post(move_url(publication), {"status": PUBLISHED})

    publication.refresh_from_db()
    assert publication.status == PUBLISHED
    trail = AuditEntry.objects.filter(action="publication.status").order_by("id")
    assert [(e.actor, e.data["from"], e.data["to"]) for e in trail] == [
        (plain_member, CONCEPT, REVIEW),
        (coordinator_a, REVIEW, CONCEPT),
        (plain_member, CONCEPT, REVIEW),
        (coordinator_a, REVIEW, PUBLISHED),
    ]


def test_a_publication_of_b_under_the_address_of_a_is_404(client_for, coordinator_a, werkplaats_b):
    other = PublicationFactory(werkplaats=werkplaats_b, status=CONCEPT)
    address = reverse(
        "publications:move", kwargs={"slug": "werkplaats-a", "publication": other.slug}
    )

    assert client_for(coordinator_a).post(address, {"status": PUBLISHED}).status_code == 404
    other.refresh_from_db()
    assert other.status == CONCEPT
