from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation

from tests.agenda.factories import (
    AgendaFactory,
    AgendaThemeFactory,
    CommentFactory,
    NationalThemeFactory,
    QuestionFactory,
    SupportFactory,
)
from tests.helpers import assert_shows, nl
from werkplaats.agenda.models import AgendaTheme
from werkplaats.questions.models import Status


def shown_count(singular, plural, n):
    with translation.override("nl"):
        return translation.ngettext(singular, plural, n) % {"counter": n}


def url(werkplaats):
    return reverse("agenda:werkplaats_agenda", kwargs={"slug": werkplaats.slug})


def test_public_page_shows_the_current_agenda_in_full(client_for, werkplaats_a, agenda_a):
    national = NationalThemeFactory(name="Bestaanszekerheid")
    theme = AgendaThemeFactory(
        agenda=agenda_a,
        title="Armoede",
        description="Over **schulden** en [meer](https://example.org/armoede).",
        priority=AgendaTheme.Priority.HIGH,
    )
    theme.national_themes.set([national])

    response = client_for(None).get(url(werkplaats_a))

    assert response.status_code == 200
    assert response.context["page"].current == agenda_a
    html = response.content.decode()
    assert "Kennisagenda A" in html
    assert "<strong>schulden</strong>" in html  # Markdown
    assert 'href="https://example.org/armoede"' in html
    assert "Bestaanszekerheid" in html
    assert f"{reverse('agenda:national')}#landelijk-{national.slug}" in html
    assert_shows(response, "Priority")
    assert nl("high").capitalize() in html


def test_agendas_come_newest_first_and_the_current_one_is_the_one_of_this_year(
    client_for, werkplaats_a
):
    later = AgendaFactory(werkplaats=werkplaats_a, title="Later", start_year=2098, end_year=2099)
    now = AgendaFactory(werkplaats=werkplaats_a, title="Nu", start_year=2020, end_year=2097)
    old = AgendaFactory(werkplaats=werkplaats_a, title="Oud", start_year=2010, end_year=2013)
    AgendaThemeFactory(agenda=old, title="Thema van toen")

    response = client_for(None).get(url(werkplaats_a))

    page = response.context["page"]
    assert page.agendas == [later, now, old]
    assert page.current == now
    assert page.others == [later, old]
    html = response.content.decode()
    assert "Thema van toen" in html  # in the list of other agendas
    assert_shows(response, "Other agendas of this werkplaats")


def test_page_without_agenda_says_so(client_for, werkplaats_a):
    response = client_for(None).get(url(werkplaats_a))

    assert response.status_code == 200
    assert_shows(response, "This werkplaats has no knowledge agenda yet.")


def test_public_page_shows_only_public_questions_and_no_asker_data(
    client_for, werkplaats_a, theme_a
):
    shown = [
        QuestionFactory(werkplaats=werkplaats_a, agenda_theme=theme_a, status=status)
        for status in (Status.ON_AGENDA, Status.ANSWERED)
    ]
    hidden = [
        QuestionFactory(werkplaats=werkplaats_a, agenda_theme=theme_a, status=status)
        for status in (Status.SUBMITTED, Status.REJECTED)
    ]

    response = client_for(None).get(url(werkplaats_a))

    html = response.content.decode()
    (theme,) = response.context["page"].themes
    assert sorted(q.pk for q in theme.questions.all()) == sorted(q.pk for q in shown)
    for question in shown:
        assert question.title in html
    for question in hidden:
        assert question.title not in html
    for question in shown + hidden:
        for private in (question.asker_name, question.asker_email):
            assert private not in html
    assert "Geheime Organisatie" not in html
    assert "Geheime Functie" not in html


def test_members_see_no_asker_data_either(client_for, member_a, werkplaats_a, question_a):
    html = client_for(member_a).get(url(werkplaats_a)).content.decode()

    assert question_a.title in html
    assert question_a.asker_name not in html
    assert question_a.asker_email not in html


def test_anonymous_visitors_see_counts_but_no_comments_names_or_forms(
    client_for, werkplaats_a, theme_a, member_a, coordinator_a
):
    SupportFactory(agenda_theme=theme_a, user=member_a)
    SupportFactory(agenda_theme=theme_a, user=coordinator_a)
    CommentFactory(agenda_theme=theme_a, user=member_a, text="Dit raakt onze wijk echt.")

    response = client_for(None).get(url(werkplaats_a))

    (theme,) = response.context["page"].themes
    assert (theme.support_count, theme.comment_count) == (2, 1)
    html = response.content.decode()
    assert "Dit raakt onze wijk echt." not in html
    assert member_a.name not in html
    assert coordinator_a.name not in html
    assert reverse("agenda:support", args=[werkplaats_a.slug, "thema", theme_a.pk]) not in html
    assert reverse("agenda:comment", args=[werkplaats_a.slug, "thema", theme_a.pk]) not in html
    assert (
        shown_count("%(counter)s person supports this.", "%(counter)s people support this.", 2)
        in html
    )
    assert shown_count("%(counter)s comment.", "%(counter)s comments.", 1) in html


def test_people_of_another_werkplaats_see_what_anonymous_visitors_see(
    client_for, werkplaats_a, theme_a, member_a, coordinator_b
):
    CommentFactory(agenda_theme=theme_a, user=member_a, text="Alleen voor leden.")

    response = client_for(coordinator_b).get(url(werkplaats_a))

    html = response.content.decode()
    assert response.context["can_take_part"] is False
    assert "Alleen voor leden." not in html
    assert member_a.name not in html


def test_members_see_comments_with_names_and_the_support_button(
    client_for, werkplaats_a, theme_a, member_a, coordinator_a
):
    CommentFactory(agenda_theme=theme_a, user=coordinator_a, text="Graag meer over schulden.")

    response = client_for(member_a).get(url(werkplaats_a))

    html = response.content.decode()
    assert "Graag meer over schulden." in html
    assert coordinator_a.name in html
    assert_shows(response, "I support this")
    assert reverse("agenda:comment", args=[werkplaats_a.slug, "thema", theme_a.pk]) in html
    assert f'value="{url(werkplaats_a)}#thema-{theme_a.pk}"' in html


def test_a_member_who_supports_a_theme_sees_so(client_for, werkplaats_a, theme_a, member_a):
    SupportFactory(agenda_theme=theme_a, user=member_a)

    response = client_for(member_a).get(url(werkplaats_a))

    assert_shows(response, "Take back my support")
    assert_shows(response, "You support this.")


def test_the_page_is_printable(client_for, werkplaats_a, theme_a):
    response = client_for(None).get(url(werkplaats_a))
    html = response.content.decode()
    assert "werkplaats-agenda-theme" in html

    path = finders.find("werkplaats/print.css")
    assert path
    css = open(path, encoding="utf-8").read()  # noqa: SIM115
    assert ".werkplaats-agenda-theme" in css
    assert "break-inside: avoid" in css
    assert 'content: " (" attr(href) ")"' in css
    for hidden in (".werkplaats-nav", ".werkplaats-footer", "form", "button"):
        assert hidden in css
