"""Writing through the API: the site's services and permission checks, for the token's
werkplaats only, with the rights of the holder's role there."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.api.conftest import API, bearer
from tests.questions.factories import QuestionFactory
from werkplaats.activities.models import Activity
from werkplaats.audit.models import AuditEntry
from werkplaats.publications.models import Publication
from werkplaats.questions.models import Status

pytestmark = pytest.mark.django_db

NEW_PUBLICATION = {
    "title": "Werkvorm buurtgesprek",
    "kind": "werkvorm",
    "summary": "Hoe je met bewoners een gesprek over de buurt voert.",
    "body": "## Stappen\n\n1. Uitnodigen",
    "themes": ["eenzaamheid"],
    "audiences": ["professionals", "residents"],
}


def post(client, path, token, data):
    return client.post(f"{API}{path}", data, content_type="application/json", **bearer(token))


def patch(client, path, token, data):
    return client.patch(f"{API}{path}", data, content_type="application/json", **bearer(token))


# Publications ------------------------------------------------------------------------------


def test_member_writes_a_draft(client, records, member_a, werkplaats_a, token_for):
    response = post(client, "/publications", token_for(member_a, werkplaats_a), NEW_PUBLICATION)
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == "concept"
    assert data["werkplaats"] == "werkplaats-a"
    assert data["themes"] == [{"slug": "eenzaamheid", "name": "Eenzaamheid"}]
    assert data["authors"] == [{"name": member_a.name, "affiliation": ""}]
    publication = Publication.objects.get(pk=data["id"])
    assert publication.created_by == member_a
    assert publication.for_residents
    assert AuditEntry.objects.filter(
        action="publication.create", object_id=str(publication.pk), actor=member_a
    ).exists()
    # A draft is not public.
    assert client.get(f"{API}/publications/{publication.pk}").status_code == 404


@pytest.mark.parametrize(
    ("change", "status", "field"),
    [
        ({"title": ""}, 400, "title"),
        ({"summary": ""}, 400, "summary"),
        ({"doi": "geen doi"}, 400, "doi"),
        ({"isbn": "123"}, 400, "isbn"),
        ({"external_url": "niet een adres"}, 400, "external_url"),
        ({"themes": ["bestaat-niet"]}, 400, "themes"),
        ({"kind": "roman"}, 422, "kind"),
        ({"title": None}, 422, "title"),
        ({"date": "gisteren"}, 422, "date"),
    ],
)
def test_bad_publication_is_refused_with_the_field(
    client, records, member_a, werkplaats_a, token_for, change, status, field
):
    before = Publication.objects.count()
    response = post(
        client, "/publications", token_for(member_a, werkplaats_a), NEW_PUBLICATION | change
    )
    assert response.status_code == status, response.content
    body = response.json()
    assert body["detail"]
    assert field in [error["field"] for error in body["errors"]]
    assert Publication.objects.count() == before


def test_update_changes_only_what_is_sent(client, records, member_a, werkplaats_a, token_for):
    concept = records["concept"]
    response = patch(
        client, f"/publications/{concept.pk}", token_for(member_a, werkplaats_a), {"title": "Nieuw"}
    )
    assert response.status_code == 200, response.content
    concept.refresh_from_db()
    assert concept.title == "Nieuw"
    assert concept.summary.startswith("Hoe sociaal werkers")
    assert concept.status == Publication.Status.CONCEPT
    assert AuditEntry.objects.filter(action="publication.update").exists()


def test_null_empties_a_list_as_it_does_the_themes(
    client, records, member_a, werkplaats_a, token_for
):
    concept = records["concept"]
    concept.themes.add(records["theme"])
    response = patch(
        client,
        f"/publications/{concept.pk}",
        token_for(member_a, werkplaats_a),
        {"audiences": None, "themes": None},
    )
    assert response.status_code == 200, response.content
    assert response.json()["audiences"] == []
    assert response.json()["themes"] == []
    concept.refresh_from_db()
    assert concept.audiences == []


def test_status_changes_through_its_own_step(client, records, member_a, werkplaats_a, token_for):
    concept, token = records["concept"], token_for(member_a, werkplaats_a)
    # A PATCH cannot publish: the status is not one of its fields, and the service keeps it.
    patch(client, f"/publications/{concept.pk}", token, {"status": "published"})
    concept.refresh_from_db()
    assert concept.status == Publication.Status.CONCEPT
    response = post(client, f"/publications/{concept.pk}/status", token, {"status": "published"})
    assert response.status_code == 200
    assert response.json()["status"] == "published"
    again = post(client, f"/publications/{concept.pk}/status", token, {"status": "review"})
    assert again.status_code == 409
    assert again.json()["code"] == "workflow"


def test_a_plain_member_cannot_publish(client, records, werkplaats_a, token_for):
    from tests.accounts.factories import MembershipFactory

    student = MembershipFactory(werkplaats=werkplaats_a, role="student").user
    token = token_for(student, werkplaats_a)
    concept = records["concept"]
    response = post(client, f"/publications/{concept.pk}/status", token, {"status": "published"})
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert post(client, f"/publications/{concept.pk}/status", token, {"status": "review"}).json()[
        "status"
    ] == ("review")
    # Published texts are changed only by those who may publish them.
    published = records["publication"]
    response = patch(client, f"/publications/{published.pk}", token, {"title": "Anders"})
    assert response.status_code == 403


def test_coordinator_of_b_cannot_touch_a(client, records, coordinator_b, werkplaats_b, token_for):
    token = token_for(coordinator_b, werkplaats_b)
    for publication in (records["concept"], records["publication"]):
        assert (
            patch(client, f"/publications/{publication.pk}", token, {"title": "X"}).status_code
            == 404
        )
        response = post(
            client, f"/publications/{publication.pk}/status", token, {"status": "concept"}
        )
        assert response.status_code == 404
    question = records["public_question"]
    response = post(
        client, f"/questions/{question.pk}/transition", token, {"to_status": "on_agenda"}
    )
    assert response.status_code == 404
    # And what B writes lands in B.
    created = post(client, "/publications", token, NEW_PUBLICATION)
    assert created.json()["werkplaats"] == "werkplaats-b"


def test_without_token_writes_are_401(client, records):
    response = client.post(f"{API}/publications", NEW_PUBLICATION, content_type="application/json")
    assert response.status_code == 401
    assert not Publication.objects.filter(title=NEW_PUBLICATION["title"]).exists()


def test_member_who_left_gets_403(client, records, member_a, werkplaats_a, token_for):
    token = token_for(member_a, werkplaats_a)
    member_a.memberships.all().delete()
    assert post(client, "/publications", token, NEW_PUBLICATION).status_code == 403


# Activities --------------------------------------------------------------------------------


def new_activity(**changes):
    start = timezone.now().replace(microsecond=0) + timedelta(days=20)
    return {
        "title": "Regiobijeenkomst voorjaar",
        "kind": "regionale_bijeenkomst",
        "start": start.isoformat(),
        "end": (start + timedelta(hours=3)).isoformat(),
        "location_name": "Stadhuis Leiden",
        "capacity": 40,
        "themes": ["eenzaamheid"],
        "co_organisers": ["werkplaats-b"],
    } | changes


def test_coordinator_makes_an_activity(client, records, coordinator_a, werkplaats_a, token_for):
    response = post(client, "/activities", token_for(coordinator_a, werkplaats_a), new_activity())
    assert response.status_code == 201, response.content
    data = response.json()
    activity = Activity.objects.get(pk=data["id"])
    assert activity.werkplaats == werkplaats_a
    assert data["co_organisers"] == ["werkplaats-b"]
    assert AuditEntry.objects.filter(action="activity.create", actor=coordinator_a).exists()
    assert client.get(f"{API}/activities/{activity.pk}").status_code == 200


def test_member_may_not_make_an_activity(client, records, member_a, werkplaats_a, token_for):
    response = post(client, "/activities", token_for(member_a, werkplaats_a), new_activity())
    assert response.status_code == 403
    assert not Activity.objects.filter(title="Regiobijeenkomst voorjaar").exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"end": "2000-01-01T10:00:00+01:00"}, "end"),
        ({"location_name": ""}, "location_name"),
        ({"online_url": "geen adres"}, "online_url"),
        ({"co_organisers": ["werkplaats-a"]}, "co_organisers"),
        ({"atelier": 999999}, "atelier"),
    ],
)
def test_bad_activity_is_400(
    client, records, coordinator_a, werkplaats_a, token_for, changes, field
):
    before = Activity.objects.count()
    response = post(
        client, "/activities", token_for(coordinator_a, werkplaats_a), new_activity(**changes)
    )
    assert response.status_code == 400, response.content
    assert field in [error["field"] for error in response.json()["errors"]]
    assert Activity.objects.count() == before


# Questions ---------------------------------------------------------------------------------


def test_coordinator_moves_a_question(client, records, coordinator_a, werkplaats_a, token_for):
    question = records["hidden_question"]
    response = post(
        client,
        f"/questions/{question.pk}/transition",
        token_for(coordinator_a, werkplaats_a),
        {"to_status": "in_progress", "version": question.version},
    )
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "in_progress"
    assert "asker" not in response.content.decode()
    question.refresh_from_db()
    assert question.status == Status.IN_PROGRESS
    assert question.transitions.last().actor == coordinator_a
    assert AuditEntry.objects.filter(action="question.transition", actor=coordinator_a).exists()


def test_transition_rules_give_400_with_reason(
    client, records, coordinator_a, werkplaats_a, token_for
):
    question = records["public_question"]
    token = token_for(coordinator_a, werkplaats_a)
    for payload, field in (
        ({"to_status": "answered"}, "note"),
        ({"to_status": "submitted"}, "to_status"),
        ({"to_status": "on_agenda"}, "agenda_theme"),
        ({"to_status": "referred", "note": "Elders"}, "referred_to_werkplaats"),
        (
            {"to_status": "referred", "note": "Elders", "referred_to_werkplaats": "werkplaats-a"},
            "referred_to_werkplaats",
        ),
    ):
        response = post(client, f"/questions/{question.pk}/transition", token, payload)
        assert response.status_code == 400, (payload, response.content)
        assert field in [error["field"] for error in response.json()["errors"]], payload
    question.refresh_from_db()
    assert question.status == Status.IN_PROGRESS


def test_question_onto_the_agenda_and_referred(
    client, records, coordinator_a, werkplaats_a, token_for
):
    token = token_for(coordinator_a, werkplaats_a)
    question = records["public_question"]
    response = post(
        client,
        f"/questions/{question.pk}/transition",
        token,
        {"to_status": "on_agenda", "agenda_theme": records["agenda_theme"].pk},
    )
    assert response.json()["agenda_theme"]["title"] == "Eenzaamheid onder ouderen"
    other = QuestionFactory(werkplaats=werkplaats_a)
    response = post(
        client,
        f"/questions/{other.pk}/transition",
        token,
        {"to_status": "referred", "note": "Zie B", "referred_to_werkplaats": "werkplaats-b"},
    )
    assert response.json()["referred_to_werkplaats"] == "werkplaats-b"


def test_stale_version_is_409(client, records, coordinator_a, werkplaats_a, token_for):
    question = records["public_question"]
    response = post(
        client,
        f"/questions/{question.pk}/transition",
        token_for(coordinator_a, werkplaats_a),
        {"to_status": "answered", "note": "Antwoord", "version": question.version + 5},
    )
    assert response.status_code == 409
    assert response.json()["code"] == "stale_version"


def test_researcher_may_not_move_questions(client, records, member_a, werkplaats_a, token_for):
    question = records["hidden_question"]
    response = post(
        client,
        f"/questions/{question.pk}/transition",
        token_for(member_a, werkplaats_a),
        {"to_status": "in_progress"},
    )
    assert response.status_code == 403
    question.refresh_from_db()
    assert question.status == Status.SUBMITTED


def test_national_admin_token_acts_in_its_werkplaats(
    client, records, national_admin, werkplaats_a, token_for
):
    question = records["hidden_question"]
    response = post(
        client,
        f"/questions/{question.pk}/transition",
        token_for(national_admin, werkplaats_a),
        {"to_status": "in_progress"},
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    "changes",
    [
        {"start": "9999-12-31T23:00:00-05:00", "end": "9999-12-31T23:30:00-05:00"},
        {"start": "0001-01-01T00:30:00+14:00", "end": "0001-01-01T01:30:00+14:00"},
        {"registration_opens": "0001-01-01T00:30:00"},
    ],
)
def test_a_moment_outside_the_calendar_is_422_not_a_server_error(
    client, records, coordinator_a, werkplaats_a, token_for, changes
):
    before = Activity.objects.count()
    response = post(
        client, "/activities", token_for(coordinator_a, werkplaats_a), new_activity(**changes)
    )
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["code"] == "validation_error"
    assert {error["field"] for error in body["errors"]} == set(changes)
    assert Activity.objects.count() == before
