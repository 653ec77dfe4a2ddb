import re
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from tests.accounts.factories import MembershipFactory
from tests.agenda.factories import AgendaThemeFactory
from tests.helpers import assert_shows, form_errors
from tests.network.factories import OrganisationFactory, ThemeFactory, WerkplaatsFactory
from tests.questions.factories import QuestionFactory
from werkplaats.accounts.models import Role
from werkplaats.audit.models import AuditEntry
from werkplaats.network.models import Werkplaats
from werkplaats.questions.models import Question, Status, Transition

NO_CONSENT = "Tick the box. Without it, we cannot tell you what happens."


def ask_url(werkplaats):
    return reverse("questions:ask", kwargs={"slug": werkplaats.slug})


def asked_url(werkplaats):
    return reverse("questions:asked", kwargs={"slug": werkplaats.slug})


def question_data(**changes):
    data = {
        "title": "Hoe helpen we gezinnen met schulden om hulp te vragen?",
        "situation": "Veel gezinnen met schulden komen pas bij ons als de deurwaarder er is.",
        "target_group": "Gezinnen met schulden",
        "urgency": Question.Urgency.URGENT,
        "asker_name": "Fatima de Vries",
        "asker_email": "fatima@example.net",
        "asker_organisation": "Gemeente Leiden",
        "asker_role": "Schuldhulpverlener",
        "contact_consent": "on",
        "website": "",
        "action": "send",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def links_in(body):
    return [urlsplit(url).path for url in re.findall(r"https?://\S+", body)]


def test_the_form_is_shown_to_everyone(client_for, werkplaats_a):
    response = client_for(None).get(ask_url(werkplaats_a))

    assert response.status_code == 200
    content = response.content.decode()
    for name in ["title", "situation", "target_group", "urgency", "asker_email"]:
        assert f'name="{name}"' in content
    assert 'name="contact_consent"' in content
    assert "<div hidden>" in content  # the honeypot
    assert 'value="check"' in content and 'value="send"' in content


def test_the_form_asks_for_similar_questions_while_typing_without_inline_script_or_style(
    client_for, werkplaats_a
):
    content = client_for(None).get(ask_url(werkplaats_a)).content.decode()

    similar_url = reverse("questions:similar", kwargs={"slug": werkplaats_a.slug})
    assert f'hx-get="{similar_url}"' in content
    assert 'hx-trigger="keyup changed delay:500ms"' in content
    assert 'id="similar"' in content and 'aria-live="polite"' in content
    assert "vendor/htmx/htmx.min.js" in content
    assert '"includeIndicatorStyles": false' in content
    assert "<style" not in content
    assert not re.search(r"<script(?![^>]*\bsrc=)", content)


def test_a_question_is_stored_logged_and_confirmed_by_mail_with_a_working_link(
    client_for, werkplaats_a, mailoutbox, django_capture_on_commit_callbacks
):
    theme = ThemeFactory(name="Armoede en schulden")
    client = client_for(None)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ask_url(werkplaats_a), question_data(themes=[theme.pk]))

    assert response.status_code == 302
    assert response["Location"] == asked_url(werkplaats_a)
    question = Question.objects.get()
    assert question.werkplaats == werkplaats_a
    assert question.status == Status.SUBMITTED
    assert question.asker is None
    assert question.urgency == Question.Urgency.URGENT
    assert question.asker_organisation == "Gemeente Leiden"
    assert list(question.themes.all()) == [theme]
    [step] = Transition.objects.filter(question=question)
    assert (step.from_status, step.to_status) == ("", Status.SUBMITTED)
    assert AuditEntry.objects.filter(action="question.submit", werkplaats=werkplaats_a).exists()

    to_asker, to_mailbox = sorted(mailoutbox, key=lambda mail: mail.to != ["fatima@example.net"])
    assert to_asker.to == ["fatima@example.net"]
    assert to_mailbox.to == [werkplaats_a.contact_email]
    follow_path = reverse("questions:follow", kwargs={"token": question.follow_token})
    assert follow_path in links_in(to_asker.body)
    page = client_for(None).get(follow_path)
    assert page.status_code == 200
    assert question.title in page.content.decode()
    assert question.get_absolute_url() in links_in(to_mailbox.body)

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert_shows(thanks, "Thank you for your question")


def test_a_logged_in_member_finds_the_form_filled_in(client_for, werkplaats_a, professional_a):
    organisation = OrganisationFactory(name="Welzijn Leiden")
    membership = professional_a.memberships.get()
    membership.organisation = organisation
    membership.save()

    response = client_for(professional_a).get(ask_url(werkplaats_a))

    form = response.context["form"]
    assert form.initial == {
        "asker_name": "Professional A",
        "asker_email": "professional-a@example.org",
        "asker_organisation": "Welzijn Leiden",
    }
    assert 'value="professional-a@example.org"' in response.content.decode()


def test_the_organisation_of_this_werkplaats_comes_first(
    client_for, werkplaats_a, werkplaats_b, professional_a
):
    MembershipFactory(
        user=professional_a,
        werkplaats=werkplaats_b,
        organisation=OrganisationFactory(name="Elders"),
        role=Role.PROFESSIONAL,
    )
    membership = professional_a.memberships.get(werkplaats=werkplaats_a)
    membership.organisation = OrganisationFactory(name="Hier")
    membership.save()

    response = client_for(professional_a).get(ask_url(werkplaats_a))

    assert response.context["form"].initial["asker_organisation"] == "Hier"


def test_a_question_of_a_logged_in_member_is_linked_to_them(
    client_for, werkplaats_a, professional_a
):
    response = client_for(professional_a).post(ask_url(werkplaats_a), question_data())

    assert response.status_code == 302
    question = Question.objects.get()
    assert question.asker == professional_a
    assert question.transitions.get().actor == professional_a


def test_missing_fields_are_refused_and_nothing_is_saved(client_for, werkplaats_a, mailoutbox):
    response = client_for(None).post(
        ask_url(werkplaats_a),
        question_data(
            title="  ", situation="", asker_name="", asker_email="", contact_consent=None
        ),
    )

    assert response.status_code == 400
    assert form_errors(response) == {
        "title": ["required"],
        "situation": ["required"],
        "asker_name": ["required"],
        "asker_email": ["required"],
        "contact_consent": ["required"],
    }
    assert_shows(response, "Write your question.")
    assert_shows(response, "Write your e-mail address.")
    assert not Question.objects.exists()
    assert mailoutbox == []


@pytest.mark.parametrize("email", ["fatima", "fatima@", "fatima@@example.net"])
def test_an_invalid_email_address_is_refused(client_for, werkplaats_a, email):
    response = client_for(None).post(ask_url(werkplaats_a), question_data(asker_email=email))

    assert response.status_code == 400
    assert form_errors(response) == {"asker_email": ["invalid"]}
    assert_shows(response, "Write a complete e-mail address, like name@example.nl.")
    assert not Question.objects.exists()


def test_without_consent_the_question_is_refused_with_a_clear_message(client_for, werkplaats_a):
    response = client_for(None).post(ask_url(werkplaats_a), question_data(contact_consent=None))

    assert response.status_code == 400
    assert form_errors(response) == {"contact_consent": ["required"]}
    assert_shows(response, NO_CONSENT)
    assert not Question.objects.exists()


def test_a_refused_question_keeps_what_was_typed(client_for, werkplaats_a):
    response = client_for(None).post(
        ask_url(werkplaats_a), question_data(asker_email="x", situation="Mijn lange verhaal")
    )

    assert "Mijn lange verhaal" in response.content.decode()


def test_an_unknown_urgency_is_refused(client_for, werkplaats_a):
    response = client_for(None).post(ask_url(werkplaats_a), question_data(urgency="gisteren"))

    assert response.status_code == 400
    assert list(form_errors(response)) == ["urgency"]
    assert not Question.objects.exists()


def test_a_bot_filling_the_hidden_field_gets_the_same_thanks_and_nothing_is_saved(
    client_for, werkplaats_a, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        person = client_for(None).post(ask_url(werkplaats_a), question_data())
    Question.objects.all().delete()
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        bot = client_for(None).post(
            ask_url(werkplaats_a), question_data(website="https://spam.example.com")
        )

    assert bot.status_code == person.status_code == 302
    assert bot["Location"] == person["Location"]
    assert not Question.objects.exists()
    assert mailoutbox == []


def test_check_shows_similar_questions_and_agenda_themes_and_saves_nothing(
    client_for, werkplaats_a, mailoutbox
):
    similar = QuestionFactory(
        werkplaats=werkplaats_a,
        title="Hoe vragen gezinnen met schulden eerder om hulp?",
        situation="Gezinnen met schulden melden zich laat bij de schuldhulpverlening.",
    )
    unrelated = QuestionFactory(
        werkplaats=werkplaats_a,
        title="Wat werkt tegen eenzaamheid bij ouderen?",
        situation="Ouderen in de wijk zijn vaak alleen.",
    )
    theme = AgendaThemeFactory(
        agenda__werkplaats=werkplaats_a,
        title="Schulden en armoede in gezinnen",
        description="Hoe gezinnen met schulden eerder hulp krijgen.",
    )

    response = client_for(None).post(ask_url(werkplaats_a), question_data(action="check"))

    assert response.status_code == 200
    content = response.content.decode()
    assert_shows(response, "Is there already knowledge about this?")
    assert similar.title in content
    assert theme.title in content
    assert unrelated.title not in content
    # Everything typed is kept, and nothing is stored or sent.
    assert "Veel gezinnen met schulden komen pas bij ons" in content
    assert 'value="fatima@example.net"' in content
    assert Question.objects.count() == 2
    assert mailoutbox == []


def test_check_needs_only_the_question_not_the_contact_details(client_for, werkplaats_a):
    response = client_for(None).post(
        ask_url(werkplaats_a),
        question_data(action="check", asker_name="", asker_email="", contact_consent=None),
    )

    assert response.status_code == 200
    assert form_errors(response) == {}
    assert not Question.objects.exists()


def test_check_without_a_question_says_what_is_missing(client_for, werkplaats_a):
    response = client_for(None).post(
        ask_url(werkplaats_a), question_data(action="check", title="", situation="")
    )

    assert response.status_code == 400
    assert form_errors(response) == {"title": ["required"], "situation": ["required"]}


def test_check_says_so_when_nothing_is_similar(client_for, werkplaats_a):
    response = client_for(None).post(ask_url(werkplaats_a), question_data(action="check"))

    assert response.status_code == 200
    assert_shows(
        response, "We found no similar questions or agenda themes. You can send your question."
    )


def test_check_leaves_out_questions_that_are_not_public_and_those_of_other_werkplaatsen(
    client_for, werkplaats_a, werkplaats_b
):
    text = {
        "title": "Schulden bij gezinnen",
        "situation": "Gezinnen met schulden vragen laat hulp.",
    }
    hidden = [
        QuestionFactory(werkplaats=werkplaats_a, status=Status.SUBMITTED, **text),
        QuestionFactory(werkplaats=werkplaats_a, status=Status.REJECTED, **text),
        QuestionFactory(werkplaats=werkplaats_b, status=Status.IN_PROGRESS, **text),
    ]

    response = client_for(None).post(ask_url(werkplaats_a), question_data(action="check"))

    assert response.context["matches"] == []
    for question in hidden:
        assert reverse("questions:detail", args=[question.werkplaats.slug, question.pk]) not in (
            response.content.decode()
        )


def test_a_completed_werkplaats_takes_no_questions(client_for, db, mailoutbox):
    completed = WerkplaatsFactory(
        status=Werkplaats.Status.COMPLETED, period_end="2023-12-31", slug="afgerond"
    )

    shown = client_for(None).get(ask_url(completed))
    posted = client_for(None).post(ask_url(completed), question_data())

    assert shown.status_code == 200
    assert 'name="title"' not in shown.content.decode()
    assert_shows(shown, "This werkplaats takes no new questions")
    assert posted.status_code == 400
    assert not Question.objects.exists()
    assert mailoutbox == []


def test_an_unknown_werkplaats_answers_404(client_for, db):
    assert client_for(None).get("/werkplaatsen/bestaat-niet/vraag-stellen/").status_code == 404
    response = client_for(None).post("/werkplaatsen/bestaat-niet/vraag-stellen/", question_data())
    assert response.status_code == 404
    assert not Question.objects.exists()


# The live region, asked for by htmx while typing --------------------------------------------


def similar_url(werkplaats):
    return reverse("questions:similar", kwargs={"slug": werkplaats.slug})


def test_similar_returns_the_live_region_with_matching_questions(
    client_for, werkplaats_a, question_a
):
    response = client_for(None).get(
        similar_url(werkplaats_a), {"text": "jonge mantelzorgers op school bereiken"}
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert content.strip().startswith('<div id="similar"')
    assert 'aria-live="polite"' in content
    assert "<html" not in content
    assert question_a.title in content
    assert reverse("questions:detail", args=[werkplaats_a.slug, question_a.pk]) in content
    assert question_a.asker_name not in content


def test_similar_reads_the_title_and_situation_fields_that_htmx_sends(
    client_for, werkplaats_a, question_a
):
    response = client_for(None).get(
        similar_url(werkplaats_a), {"title": "Mantelzorgers", "situation": "jonge leerlingen"}
    )

    assert [match.item for match in response.context["matches"]] == [question_a]


def test_similar_without_text_shows_an_empty_region(client_for, werkplaats_a, question_a):
    response = client_for(None).get(similar_url(werkplaats_a))

    assert response.status_code == 200
    assert 'id="similar"' in response.content.decode()
    assert question_a.title not in response.content.decode()
    assert response.context["matches"] == []


def test_similar_of_an_unknown_werkplaats_answers_404(client_for, db):
    response = client_for(None).get("/werkplaatsen/bestaat-niet/vraag-stellen/vergelijkbaar/")

    assert response.status_code == 404


def test_after_a_check_the_contact_fields_are_still_shown_as_needed(client_for, werkplaats_a):
    response = client_for(None).post(
        ask_url(werkplaats_a), question_data(action="check", asker_name="", asker_email="")
    )

    form = response.context["form"]
    assert form.fields["asker_name"].required
    assert form.fields["asker_email"].required
    assert form.fields["contact_consent"].required


def test_without_any_themes_the_form_does_not_ask_for_them(client_for, werkplaats_a):
    without = client_for(None).get(ask_url(werkplaats_a))
    ThemeFactory()
    with_themes = client_for(None).get(ask_url(werkplaats_a))

    assert 'name="themes"' not in without.content.decode()
    assert 'name="themes"' in with_themes.content.decode()
