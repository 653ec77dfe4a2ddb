"""National admins see questions and reflections in the admin; the workflow log is read-only."""

from django.urls import reverse

from tests.questions.factories import ReferenceFactory, ReflectionFactory


def test_the_admin_shows_questions_with_their_steps_and_reflections_with_sources(
    client_for, national_admin, question_a
):
    reflection = ReflectionFactory(question=question_a)
    ReferenceFactory(reflection=reflection, title="Een bron in de admin")
    client = client_for(national_admin)

    pages = [
        reverse("admin:questions_question_changelist"),
        reverse("admin:questions_question_change", args=[question_a.pk]),
        reverse("admin:questions_reflection_changelist"),
        reverse("admin:questions_reflection_change", args=[reflection.pk]),
    ]

    for url in pages:
        assert client.get(url).status_code == 200, url
    question_page = client.get(pages[1]).content.decode()
    assert 'name="transitions-0-note"' not in question_page  # read-only inline
    assert "Een bron in de admin" in client.get(pages[3]).content.decode()


def test_the_status_cannot_be_changed_in_the_admin(client_for, national_admin, question_a):
    response = client_for(national_admin).get(
        reverse("admin:questions_question_change", args=[question_a.pk])
    )

    assert 'name="status"' not in response.content.decode()
