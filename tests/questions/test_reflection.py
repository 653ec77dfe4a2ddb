"""Researchers write a scientific reflection on a question, with structured literature."""

from datetime import date

import pytest
from django.urls import reverse

from tests.helpers import assert_shows, messages_of, nl
from tests.questions.factories import QuestionFactory, ReferenceFactory, ReflectionFactory
from werkplaats.audit.models import AuditEntry
from werkplaats.questions import services
from werkplaats.questions.models import Reference, Reflection, Status

PREFIX = "references"
STALE = (
    "Someone else changed this reflection while you were working on it. "
    "Look at the saved version below; what you typed is still in the form."
)


def reflection_url(question):
    return reverse(
        "questions:reflection", kwargs={"slug": question.werkplaats.slug, "pk": question.pk}
    )


def publish_url(question):
    return reverse(
        "questions:reflection_publish",
        kwargs={"slug": question.werkplaats.slug, "pk": question.pk},
    )


def reflection_data(references=(), *, version="", initial=0, **fields):
    """The POST of the reflection form: its fields and the rows of the literature formset."""
    data = {
        "known": "Onderzoek laat zien dat outreachend werken helpt.",
        "approaches": "Werk samen met scholen.",
        "open_questions": "",
        "version": version,
        f"{PREFIX}-TOTAL_FORMS": str(len(references)),
        f"{PREFIX}-INITIAL_FORMS": str(initial),
        f"{PREFIX}-MIN_NUM_FORMS": "0",
        f"{PREFIX}-MAX_NUM_FORMS": "1000",
    }
    data.update(fields)
    for index, row in enumerate(references):
        for name in ("authors", "year", "title", "source", "doi", "url"):
            data[f"{PREFIX}-{index}-{name}"] = row.get(name, "")
        if row.get("DELETE"):
            data[f"{PREFIX}-{index}-DELETE"] = "on"
    return data


SOURCE = {
    "authors": "Jansen, P. & De Vries, A.",
    "year": "2021",
    "title": "Jonge mantelzorgers in beeld",
    "source": "Tijdschrift voor Sociale Vraagstukken",
    "doi": "https://doi.org/10.1080/13691457.2021.1234567",
    "url": "",
}
EMPTY = dict.fromkeys(SOURCE, "")


# Who may write ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["member_a", "coordinator_a", "national_admin"])
def test_researchers_and_coordinators_open_the_reflection_form(
    client_for, request, question_a, role
):
    response = client_for(request.getfixturevalue(role)).get(reflection_url(question_a))

    assert response.status_code == 200
    assert f'name="{PREFIX}-TOTAL_FORMS"' in response.content.decode()


@pytest.mark.parametrize("role", ["professional_a", "coordinator_b"])
def test_others_get_404(client_for, request, question_a, role):
    client = client_for(request.getfixturevalue(role))

    assert client.get(reflection_url(question_a)).status_code == 404
    assert client.post(reflection_url(question_a), reflection_data([SOURCE])).status_code == 404
    assert client.post(publish_url(question_a)).status_code == 404
    assert not Reflection.objects.exists()


def test_anonymous_visitors_are_sent_to_the_login_page(client_for, question_a):
    response = client_for(None).get(reflection_url(question_a))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_question_that_is_not_public_is_404_for_researchers(client_for, werkplaats_a, member_a):
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.SUBMITTED)

    assert client_for(member_a).get(reflection_url(question)).status_code == 404


# Writing ------------------------------------------------------------------------------------


def test_a_researcher_saves_a_reflection_with_literature(client_for, question_a, member_a):
    client = client_for(member_a)

    response = client.post(reflection_url(question_a), reflection_data([SOURCE, EMPTY, EMPTY]))

    assert response.status_code == 302
    assert response["Location"] == reflection_url(question_a)
    reflection = Reflection.objects.get(question=question_a)
    assert reflection.state == Reflection.State.DRAFT
    assert reflection.known == "Onderzoek laat zien dat outreachend werken helpt."
    assert list(reflection.authors.all()) == [member_a]
    [reference] = reflection.references.all()
    assert reference.doi == "10.1080/13691457.2021.1234567"  # the pasted prefix is gone
    assert reference.year == 2021
    assert reference.source == "Tijdschrift voor Sociale Vraagstukken"
    assert AuditEntry.objects.filter(action="reflection.create").exists()
    assert messages_of(client.get(response["Location"])) == [nl("The reflection has been saved.")]


def test_the_form_shows_the_saved_reflection_and_empty_rows_for_more(
    client_for, question_a, member_a
):
    reflection = ReflectionFactory(question=question_a)
    ReferenceFactory(reflection=reflection, title="Bestaande bron")

    response = client_for(member_a).get(reflection_url(question_a))

    assert response.context["form"].initial["version"] == 1
    formset = response.context["formset"]
    assert formset.total_form_count() == 4
    assert "Bestaande bron" in response.content.decode()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"doi": "1080/13691457"}, "doi"),
        ({"doi": "https://doi.org/11.1080/x"}, "doi"),
        ({"doi": "10.abc/x"}, "doi"),
        ({"year": "1800"}, "year"),
        ({"year": str(date.today().year + 2)}, "year"),
        ({"year": "ooit"}, "year"),
        ({"url": "niet een adres"}, "url"),
        ({"title": ""}, "title"),
        ({"authors": "  "}, "authors"),
    ],
)
def test_a_bad_reference_is_refused_next_to_its_field(
    client_for, question_a, member_a, changes, field
):
    response = client_for(member_a).post(
        reflection_url(question_a), reflection_data([{**SOURCE, **changes}])
    )

    assert response.status_code == 400
    [row] = response.context["formset"].forms
    assert list(row.errors) == [field]
    assert f'id="id_{PREFIX}-0-{field}_error"' in response.content.decode()
    assert not Reflection.objects.exists()
    assert not Reference.objects.exists()


def test_a_row_with_only_a_source_asks_for_title_and_authors(client_for, question_a, member_a):
    response = client_for(member_a).post(
        reflection_url(question_a), reflection_data([{**EMPTY, "source": "Movisie"}])
    )

    assert response.status_code == 400
    [row] = response.context["formset"].forms
    assert set(row.errors) == {"title", "authors"}
    assert_shows(response, "Write the title.")


def test_the_year_may_be_next_year(client_for, question_a, member_a):
    next_year = str(date.today().year + 1)

    response = client_for(member_a).post(
        reflection_url(question_a), reflection_data([{**SOURCE, "year": next_year}])
    )

    assert response.status_code == 302
    assert Reference.objects.get().year == int(next_year)


def test_emptying_a_row_or_ticking_delete_removes_the_source(client_for, question_a, member_a):
    reflection = ReflectionFactory(question=question_a)
    ReferenceFactory.create_batch(3, reflection=reflection)
    kept = {**SOURCE, "title": "Blijft"}

    response = client_for(member_a).post(
        reflection_url(question_a),
        reflection_data(
            [EMPTY, {**SOURCE, "title": "Weg", "DELETE": True}, kept],
            version="1",
            initial=3,
        ),
    )

    assert response.status_code == 302
    reflection.refresh_from_db()
    assert reflection.version == 2
    assert [r.title for r in reflection.references.all()] == ["Blijft"]


def test_a_deleted_row_may_be_invalid(client_for, question_a, member_a):
    response = client_for(member_a).post(
        reflection_url(question_a),
        reflection_data([{**SOURCE, "doi": "fout", "DELETE": True}]),
    )

    assert response.status_code == 302
    assert not Reference.objects.exists()


def test_someone_else_saving_first_answers_409_and_keeps_what_was_typed(
    client_for, question_a, member_a, coordinator_a
):
    reflection = ReflectionFactory(question=question_a, known="Eerste versie.")
    services.reflection_save(
        actor=coordinator_a,
        question=question_a,
        version=1,
        references=[],
        known="De versie van de coördinator.",
    )

    response = client_for(member_a).post(
        reflection_url(question_a),
        reflection_data([SOURCE], version="1", known="Mijn eigen zorgvuldige tekst"),
    )

    assert response.status_code == 409
    assert_shows(response, STALE)
    content = response.content.decode()
    assert "Mijn eigen zorgvuldige tekst" in content
    assert "De versie van de coördinator." in content
    assert SOURCE["title"] in content
    assert response.context["form"].data["version"] == "2"
    reflection.refresh_from_db()
    assert reflection.known == "De versie van de coördinator."
    assert not Reference.objects.exists()


# Who sees the draft -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "sees_draft"),
    [
        ("anonymous", False),
        ("professional_a", False),
        ("coordinator_b", False),
        ("member_a", True),
        ("coordinator_a", True),
    ],
)
def test_a_draft_is_shown_only_to_researchers_and_coordinators(
    client_for, request, question_a, role, sees_draft
):
    ReflectionFactory(question=question_a, known="Geheime conceptgedachte")
    user = None if role == "anonymous" else request.getfixturevalue(role)

    response = client_for(user).get(question_a.get_absolute_url())

    assert response.status_code == 200
    assert ("Geheime conceptgedachte" in response.content.decode()) is sees_draft
    assert (reflection_url(question_a) in response.content.decode()) is sees_draft


def test_a_draft_is_not_on_the_askers_page(client_for, question_a):
    ReflectionFactory(question=question_a, known="Geheime conceptgedachte")

    response = client_for(None).get(
        reverse("questions:follow", kwargs={"token": question_a.follow_token})
    )

    assert "Geheime conceptgedachte" not in response.content.decode()


# Publishing ---------------------------------------------------------------------------------


def test_publishing_makes_the_reflection_public_and_mails_the_asker(
    client_for, question_a, member_a, mailoutbox, django_capture_on_commit_callbacks
):
    reflection = ReflectionFactory(question=question_a, known="Wat we weten.")
    ReferenceFactory(reflection=reflection, doi="10.1080/13691457.2021.1234567")

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(member_a).post(publish_url(question_a))

    assert response.status_code == 302
    assert response["Location"] == question_a.get_absolute_url()
    reflection.refresh_from_db()
    assert reflection.is_published
    [mail] = mailoutbox
    assert mail.to == [question_a.asker_email]
    assert reverse("questions:follow", kwargs={"token": question_a.follow_token}) in mail.body

    public = client_for(None).get(question_a.get_absolute_url())
    content = public.content.decode()
    assert "Wat we weten." in content
    assert 'href="https://doi.org/10.1080/13691457.2021.1234567"' in content
    follow = client_for(None).get(
        reverse("questions:follow", kwargs={"token": question_a.follow_token})
    )
    assert "Wat we weten." in follow.content.decode()


def test_publishing_without_what_is_known_shows_a_message(
    client_for, question_a, member_a, mailoutbox
):
    ReflectionFactory(question=question_a, known="")

    response = client_for(member_a).post(publish_url(question_a))

    assert response.status_code == 400
    assert messages_of(response) == [nl("Write what is known before you publish the reflection.")]
    assert not Reflection.objects.filter(state=Reflection.State.PUBLISHED).exists()
    assert mailoutbox == []


def test_publishing_before_saving_shows_a_message(client_for, question_a, member_a):
    response = client_for(member_a).post(publish_url(question_a))

    assert response.status_code == 400
    assert messages_of(response) == [nl("Write and save the reflection before you publish it.")]


def test_publish_answers_405_to_a_get(client_for, question_a, member_a):
    assert client_for(member_a).get(publish_url(question_a)).status_code == 405
