"""Creating and changing an atelier, and moving it through the phases."""

from django.urls import reverse

from tests.accounts.factories import MembershipFactory, UserFactory
from tests.agenda.factories import AgendaFactory, AgendaThemeFactory
from tests.helpers import assert_shows, form_errors
from tests.network.factories import OrganisationFactory, PartnershipFactory, ThemeFactory
from tests.questions.factories import QuestionFactory
from werkplaats.ateliers.models import Atelier, AtelierMember, PhaseStep
from werkplaats.questions.models import Status


def create_url():
    return reverse("ateliers:create", kwargs={"slug": "werkplaats-a"})


def atelier_data(**extra):
    return {
        "title": "Armoede en schulden",
        "kind": "leergemeenschap",
        "status": "active",
        "description": "Samen **leren**.",
        "period_start": "2024-02-01",
        "period_end": "2025-02-01",
        "places": "Leiden",
        **extra,
    }


def test_a_coordinator_creates_an_atelier_with_relations_and_a_first_lead(
    client_for, coordinator_a, werkplaats_a, werkplaats_b
):
    theme = ThemeFactory()
    partner = PartnershipFactory(werkplaats=werkplaats_a).organisation
    question = QuestionFactory(werkplaats=werkplaats_a, status=Status.IN_PROGRESS)
    agenda_theme = AgendaThemeFactory(agenda=AgendaFactory(werkplaats=werkplaats_a))
    lead = MembershipFactory(werkplaats=werkplaats_a, user=UserFactory(name="Nieuwe Trekker"))

    response = client_for(coordinator_a).post(
        create_url(),
        atelier_data(
            themes=[theme.pk],
            partners=[partner.pk],
            questions=[question.pk],
            agenda_themes=[agenda_theme.pk],
            lead=lead.pk,
        ),
    )

    assert response.status_code == 302
    atelier = Atelier.objects.get(title="Armoede en schulden")
    assert atelier.werkplaats == werkplaats_a
    assert list(atelier.themes.all()) == [theme]
    assert list(atelier.partners.all()) == [partner]
    assert list(atelier.questions.all()) == [question]
    assert list(atelier.agenda_themes.all()) == [agenda_theme]
    assert AtelierMember.objects.get(atelier=atelier).user == lead.user
    assert AtelierMember.objects.get(atelier=atelier).role == "trekker"
    assert PhaseStep.objects.filter(atelier=atelier).count() == 1


def test_partners_questions_and_themes_of_another_werkplaats_are_refused(
    client_for, coordinator_a, werkplaats_b
):
    other_partner = PartnershipFactory(werkplaats=werkplaats_b).organisation
    unrelated = OrganisationFactory()
    other_question = QuestionFactory(werkplaats=werkplaats_b, status=Status.IN_PROGRESS)
    other_theme = AgendaThemeFactory(agenda=AgendaFactory(werkplaats=werkplaats_b))

    response = client_for(coordinator_a).post(
        create_url(),
        atelier_data(
            partners=[other_partner.pk, unrelated.pk],
            questions=[other_question.pk],
            agenda_themes=[other_theme.pk],
        ),
    )

    assert response.status_code == 400
    assert {"partners", "questions", "agenda_themes"} <= set(form_errors(response))
    assert not Atelier.objects.exists()


def test_an_end_before_the_start_is_refused(client_for, coordinator_a):
    response = client_for(coordinator_a).post(
        create_url(), atelier_data(period_start="2024-05-01", period_end="2024-04-01")
    )

    assert response.status_code == 400
    assert "period_end" in form_errors(response)
    assert_shows(response, "The end date cannot be before the start date.")
    assert not Atelier.objects.exists()


def test_a_lead_edits_the_atelier(client_for, atelier_lead, atelier):
    url = reverse("ateliers:edit", kwargs={"slug": "werkplaats-a", "atelier": atelier.slug})

    response = client_for(atelier_lead).post(url, atelier_data(title="Nieuwe titel"))

    assert response.status_code == 302
    atelier.refresh_from_db()
    assert atelier.title == "Nieuwe titel"
    assert atelier.slug == "eenzaam"  # the address stays


def test_editing_with_an_end_before_the_start_saves_nothing(client_for, atelier_lead, atelier):
    url = reverse("ateliers:edit", kwargs={"slug": "werkplaats-a", "atelier": atelier.slug})

    response = client_for(atelier_lead).post(
        url, atelier_data(title="Anders", period_start="2024-05-01", period_end="2024-04-01")
    )

    assert response.status_code == 400
    assert "period_end" in form_errors(response)
    atelier.refresh_from_db()
    assert atelier.title == "Eenzaamheid in de wijk"


def test_a_partner_already_linked_stays_offered(client_for, atelier_lead, atelier):
    old = OrganisationFactory(name="Oude partner")
    atelier.partners.add(old)
    url = reverse("ateliers:edit", kwargs={"slug": "werkplaats-a", "atelier": atelier.slug})

    response = client_for(atelier_lead).get(url)

    assert old in response.context["form"].fields["partners"].queryset


# Phases -------------------------------------------------------------------------------------


def phase_url(atelier):
    return reverse("ateliers:phase", kwargs={"slug": "werkplaats-a", "atelier": atelier.slug})


def test_a_lead_moves_the_atelier_forward(client_for, atelier_lead, atelier):
    response = client_for(atelier_lead).post(
        phase_url(atelier),
        {"phase": "verzamelen", "started_on": "2024-03-01", "account": "We verkenden."},
    )

    assert response.status_code == 302
    atelier.refresh_from_db()
    assert atelier.phase == "verzamelen"
    assert atelier.phase_number == 2


def test_going_back_without_a_reason_is_refused(client_for, atelier_lead, atelier):
    Atelier.objects.filter(pk=atelier.pk).update(phase="verdiepen")

    response = client_for(atelier_lead).post(
        phase_url(atelier), {"phase": "verzamelen", "started_on": "2024-06-01", "account": ""}
    )

    assert response.status_code == 400
    assert "account" in form_errors(response, "phase_form")
    assert_shows(response, "Write why the atelier goes back to an earlier phase.")
    atelier.refresh_from_db()
    assert atelier.phase == "verdiepen"
    assert PhaseStep.objects.filter(atelier=atelier).count() == 1


def test_going_back_with_a_reason_is_logged(client_for, atelier_lead, atelier):
    Atelier.objects.filter(pk=atelier.pk).update(phase="verdiepen")

    response = client_for(atelier_lead).post(
        phase_url(atelier),
        {"phase": "verzamelen", "started_on": "2024-06-01", "account": "Nieuwe signalen."},
    )

    assert response.status_code == 302
    step = PhaseStep.objects.filter(atelier=atelier).latest("id")
    assert (step.phase, step.account) == ("verzamelen", "Nieuwe signalen.")
    assert step.actor == atelier_lead
    page = client_for(None).get(atelier.get_absolute_url()).content.decode()
    assert "Nieuwe signalen." in page


def test_the_phase_indicator_marks_the_current_step(client, atelier):
    content = client.get(atelier.get_absolute_url()).content.decode()

    assert content.count('aria-current="step"') == 1
    assert_shows(client.get(atelier.get_absolute_url()), "current phase")
