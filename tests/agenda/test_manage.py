"""Coordinators keep the agenda: agendas, themes, and the field's support and comments."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.agenda.factories import (
    AgendaFactory,
    CommentFactory,
    NationalThemeFactory,
    QuestionFactory,
    SupportFactory,
)
from tests.helpers import assert_shows, form_errors, messages_of, nl
from tests.network.factories import ThemeFactory
from werkplaats.agenda.models import Agenda, AgendaTheme
from werkplaats.audit.models import AuditEntry
from werkplaats.questions.models import Status


def manage_url(werkplaats):
    return reverse("agenda:manage", args=[werkplaats.slug])


def agenda_add_url(werkplaats):
    return reverse("agenda:agenda_add", args=[werkplaats.slug])


def agenda_edit_url(agenda):
    return reverse("agenda:agenda_edit", args=[agenda.werkplaats.slug, agenda.pk])


def theme_add_url(agenda):
    return reverse("agenda:theme_add", args=[agenda.werkplaats.slug, agenda.pk])


def theme_edit_url(theme):
    return reverse("agenda:theme_edit", args=[theme.agenda.werkplaats.slug, theme.pk])


def theme_delete_url(theme):
    return reverse("agenda:theme_delete", args=[theme.agenda.werkplaats.slug, theme.pk])


AGENDA = {
    "title": "Kennisagenda 2027–2030",
    "start_year": "2027",
    "end_year": "2030",
    "introduction": "Wat wij *samen* willen leren.",
}


# The overview


def test_manage_page_shows_support_comments_newest_first_and_questions(
    client_for, coordinator_a, werkplaats_a, theme_a, member_a
):
    SupportFactory(agenda_theme=theme_a, user=member_a)
    old = CommentFactory(agenda_theme=theme_a, user=member_a, text="Eerste opmerking")
    new = CommentFactory(agenda_theme=theme_a, user=coordinator_a, text="Tweede opmerking")
    old.created = timezone.now() - timedelta(days=2)
    old.save(update_fields=["created"])
    placed = QuestionFactory(werkplaats=werkplaats_a, agenda_theme=theme_a)
    answered = QuestionFactory(
        werkplaats=werkplaats_a, agenda_theme=theme_a, status=Status.ANSWERED
    )

    response = client_for(coordinator_a).get(manage_url(werkplaats_a))

    assert response.status_code == 200
    (agenda,) = response.context["agendas"]
    (theme,) = agenda.themes.all()
    assert (theme.support_count, theme.comment_count) == (1, 2)
    assert list(theme.comments.all()) == [new, old]
    assert {q.pk for q in theme.questions.all()} == {placed.pk, answered.pk}
    html = response.content.decode()
    assert html.index("Tweede opmerking") < html.index("Eerste opmerking")
    assert member_a.name in html
    assert placed.title in html
    assert placed.asker_email not in html
    assert agenda_edit_url(agenda) in html
    assert theme_add_url(agenda) in html
    assert theme_edit_url(theme_a) in html
    assert theme_delete_url(theme_a) in html


def test_manage_page_shows_only_this_werkplaats(
    client_for, coordinator_a, werkplaats_a, theme_a, theme_b
):
    response = client_for(coordinator_a).get(manage_url(werkplaats_a))

    html = response.content.decode()
    assert theme_a.title in html
    assert theme_b.title not in html


def test_manage_page_without_agenda(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).get(manage_url(werkplaats_a))

    assert_shows(response, "This werkplaats has no knowledge agenda yet.")
    assert agenda_add_url(werkplaats_a) in response.content.decode()


# Agendas


def test_coordinator_adds_an_agenda_and_it_is_audited(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).post(agenda_add_url(werkplaats_a), AGENDA, follow=True)

    agenda = Agenda.objects.get()
    assert (agenda.werkplaats, agenda.title, agenda.start_year, agenda.end_year) == (
        werkplaats_a,
        "Kennisagenda 2027–2030",
        2027,
        2030,
    )
    assert response.redirect_chain[-1][0] == manage_url(werkplaats_a)
    assert messages_of(response) == [nl("The agenda has been saved.")]
    entry = AuditEntry.objects.get(action="agenda.create")
    assert (entry.actor, entry.werkplaats) == (coordinator_a, werkplaats_a)


def test_the_same_start_year_twice_is_refused_next_to_the_field(
    client_for, coordinator_a, werkplaats_a
):
    AgendaFactory(werkplaats=werkplaats_a, start_year=2027, end_year=2028)

    response = client_for(coordinator_a).post(agenda_add_url(werkplaats_a), AGENDA)

    assert response.status_code == 400
    assert form_errors(response) == {"start_year": ["unique"]}
    assert_shows(response, "This werkplaats already has an agenda from that year.")
    assert 'id="id_start_year_error"' in response.content.decode()
    assert Agenda.objects.count() == 1
    assert not AuditEntry.objects.exists()


def test_another_werkplaats_may_start_in_the_same_year(
    client_for, coordinator_a, werkplaats_a, werkplaats_b
):
    AgendaFactory(werkplaats=werkplaats_b, start_year=2027)

    response = client_for(coordinator_a).post(agenda_add_url(werkplaats_a), AGENDA)

    assert response.status_code == 302
    assert Agenda.objects.filter(werkplaats=werkplaats_a).count() == 1


def test_an_agenda_ending_before_it_starts_is_refused(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).post(
        agenda_add_url(werkplaats_a), {**AGENDA, "start_year": "2030", "end_year": "2027"}
    )

    assert response.status_code == 400
    assert list(form_errors(response)) == ["end_year"]
    assert_shows(response, "The last year cannot be before the first year.")
    assert not Agenda.objects.exists()


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({"title": ""}, {"title": ["required"]}),
        (
            {"start_year": "", "end_year": ""},
            {"start_year": ["required"], "end_year": ["required"]},
        ),
        ({"start_year": "twintig"}, {"start_year": ["invalid"]}),
        ({"start_year": "1999"}, {"start_year": ["min_value"]}),
        ({"end_year": "2101"}, {"end_year": ["max_value"]}),
    ],
    ids=["no-title", "no-years", "not-a-number", "too-early", "too-late"],
)
def test_bad_agenda_input_is_refused(client_for, coordinator_a, werkplaats_a, changes, errors):
    response = client_for(coordinator_a).post(agenda_add_url(werkplaats_a), {**AGENDA, **changes})

    assert response.status_code == 400
    assert form_errors(response) == errors
    assert_shows(
        response, "Not everything is filled in correctly. Look at the messages next to the fields."
    )
    assert not Agenda.objects.exists()


def test_coordinator_changes_an_agenda_keeping_its_start_year(client_for, coordinator_a, agenda_a):
    response = client_for(coordinator_a).post(
        agenda_edit_url(agenda_a),
        {**AGENDA, "start_year": agenda_a.start_year, "title": "Nieuwe titel"},
    )

    assert response.status_code == 302
    agenda_a.refresh_from_db()
    assert agenda_a.title == "Nieuwe titel"
    assert AuditEntry.objects.filter(action="agenda.update").count() == 1


def test_changing_an_agenda_to_the_start_year_of_another_is_refused(
    client_for, coordinator_a, werkplaats_a, agenda_a
):
    other = AgendaFactory(werkplaats=werkplaats_a, start_year=2010, end_year=2012)

    response = client_for(coordinator_a).post(
        agenda_edit_url(agenda_a), {**AGENDA, "start_year": "2010", "end_year": "2012"}
    )

    assert response.status_code == 400
    assert form_errors(response) == {"start_year": ["unique"]}
    agenda_a.refresh_from_db()
    assert agenda_a.start_year != other.start_year


def test_agenda_form_shows_the_agenda(client_for, coordinator_a, agenda_a):
    response = client_for(coordinator_a).get(agenda_edit_url(agenda_a))

    assert response.status_code == 200
    assert agenda_a.title in response.content.decode()


# Themes


def test_coordinator_adds_a_theme_with_themes_and_national_themes(
    client_for, coordinator_a, agenda_a
):
    social = ThemeFactory(name="Armoede")
    national = NationalThemeFactory(name="Bestaanszekerheid")

    response = client_for(coordinator_a).post(
        theme_add_url(agenda_a),
        {
            "title": "Schulden",
            "description": "Over **schulden**.",
            "priority": AgendaTheme.Priority.HIGH,
            "themes": [social.pk],
            "national_themes": [national.pk],
        },
    )

    theme = AgendaTheme.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#thema-{theme.pk}")
    assert (theme.agenda, theme.title, theme.priority) == (agenda_a, "Schulden", 1)
    assert list(theme.themes.all()) == [social]
    assert list(theme.national_themes.all()) == [national]
    assert AuditEntry.objects.filter(action="agenda_theme.create").count() == 1


def test_theme_form_shows_priority_as_radio_buttons_and_themes_as_checkboxes(
    client_for, coordinator_a, agenda_a
):
    NationalThemeFactory(name="Bestaanszekerheid")

    html = client_for(coordinator_a).get(theme_add_url(agenda_a)).content.decode()

    assert 'type="radio" name="priority"' in html
    assert 'type="checkbox" name="national_themes"' in html
    assert "Bestaanszekerheid" in html


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({"title": ""}, {"title": ["required"]}),
        ({"priority": ""}, {"priority": ["required"]}),
        ({"priority": "9"}, {"priority": ["invalid_choice"]}),
        ({"national_themes": ["999999"]}, {"national_themes": ["invalid_choice"]}),
        ({"themes": ["geen-getal"]}, {"themes": ["invalid_pk_value"]}),
    ],
    ids=["no-title", "no-priority", "unknown-priority", "unknown-national", "bad-theme"],
)
def test_bad_theme_input_is_refused(client_for, coordinator_a, agenda_a, changes, errors):
    data = {"title": "Schulden", "priority": "2", **changes}

    response = client_for(coordinator_a).post(theme_add_url(agenda_a), data)

    assert response.status_code == 400
    assert form_errors(response) == errors
    assert not AgendaTheme.objects.exists()
    assert not AuditEntry.objects.exists()


def test_coordinator_changes_a_theme(client_for, coordinator_a, theme_a):
    national = NationalThemeFactory()

    response = client_for(coordinator_a).post(
        theme_edit_url(theme_a),
        {"title": "Nieuwe titel", "priority": "3", "national_themes": [national.pk]},
    )

    assert response.status_code == 302
    theme_a.refresh_from_db()
    assert (theme_a.title, theme_a.priority) == ("Nieuwe titel", 3)
    assert list(theme_a.national_themes.all()) == [national]


def test_a_bad_change_to_a_theme_saves_nothing(client_for, coordinator_a, theme_a):
    response = client_for(coordinator_a).post(
        theme_edit_url(theme_a), {"title": "", "priority": "1"}
    )

    assert response.status_code == 400
    assert_shows(response, "Give the theme a title.")
    theme_a.refresh_from_db()
    assert theme_a.title == "Armoede en schulden"


def test_removing_a_theme_asks_first(client_for, coordinator_a, theme_a):
    response = client_for(coordinator_a).get(theme_delete_url(theme_a))

    assert response.status_code == 200
    assert theme_a.title in response.content.decode()
    assert_shows(response, "Yes, remove")
    assert AgendaTheme.objects.filter(pk=theme_a.pk).exists()


def test_removing_a_theme_keeps_its_questions(client_for, coordinator_a, theme_a, question_a):
    response = client_for(coordinator_a).post(theme_delete_url(theme_a))

    assert response.status_code == 302
    assert response["Location"] == manage_url(theme_a.agenda.werkplaats)
    assert not AgendaTheme.objects.exists()
    question_a.refresh_from_db()
    assert question_a.agenda_theme is None
    assert AuditEntry.objects.filter(action="agenda_theme.delete").count() == 1


def test_a_bad_last_year_on_an_existing_agenda_gets_one_message(
    client_for, coordinator_a, agenda_a
):
    response = client_for(coordinator_a).post(
        agenda_edit_url(agenda_a), {**AGENDA, "start_year": "2100", "end_year": "twee"}
    )

    assert response.status_code == 400
    assert form_errors(response) == {"end_year": ["invalid"]}
