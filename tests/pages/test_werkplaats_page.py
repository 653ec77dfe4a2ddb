from tests.accounts.factories import MembershipFactory, UserFactory
from tests.network.factories import OrganisationFactory, PartnershipFactory
from werkplaats.accounts.models import Role
from werkplaats.pages.forms import ContactForm


def page(client_for, werkplaats):
    return client_for(None).get(werkplaats.get_absolute_url())


def test_werkplaats_page_shows_sections_partners_and_contact_form(client_for, werkplaats_a):
    werkplaats_a.approach = "- vraagstukken\n- **reflectie**"
    werkplaats_a.lectoraten = "Sociale Innovatie, Empowerment"
    werkplaats_a.save()
    partnership = PartnershipFactory(
        werkplaats=werkplaats_a, organisation__name="Hogeschool Leiden"
    )

    response = page(client_for, werkplaats_a)

    assert response.status_code == 200
    content = response.content.decode()
    assert werkplaats_a.name in content
    assert "<strong>inclusie</strong>" in content  # the goal, rendered from Markdown
    assert "<li><strong>reflectie</strong></li>" in content
    assert "Sociale Innovatie, Empowerment" in content
    assert partnership.organisation.get_absolute_url() in content
    assert werkplaats_a.contact_email in content
    assert isinstance(response.context["contact_form"], ContactForm)
    assert not response.context["contact_form"].is_bound


def test_partners_of_another_werkplaats_are_not_shown(client_for, werkplaats_a, werkplaats_b):
    theirs = PartnershipFactory(werkplaats=werkplaats_b)

    response = page(client_for, werkplaats_a)

    assert list(response.context["partnerships"]) == []
    assert theirs.organisation.name not in response.content.decode()


def test_people_who_agreed_to_be_listed_are_shown(client_for, werkplaats_a):
    organisation = OrganisationFactory(name="Gemeente Den Haag")
    listed = MembershipFactory(
        werkplaats=werkplaats_a,
        user__name="Zichtbare Onderzoeker",
        organisation=organisation,
        listed=True,
    )

    response = page(client_for, werkplaats_a)

    assert list(response.context["people"]) == [listed]
    content = response.content.decode()
    assert "Zichtbare Onderzoeker" in content
    assert "Gemeente Den Haag" in content


def test_people_who_did_not_agree_are_never_shown(client_for, werkplaats_a, werkplaats_b):
    MembershipFactory(
        werkplaats=werkplaats_a,
        user__name="Verborgen Coördinator",
        user__email="verborgen@example.org",
        role=Role.COORDINATOR,
        listed=False,
    )
    # Listed in B, not in A: consent is per werkplaats.
    both = UserFactory(name="Alleen In B")
    MembershipFactory(user=both, werkplaats=werkplaats_a, listed=False)
    MembershipFactory(user=both, werkplaats=werkplaats_b, listed=True)

    for viewer in (None, UserFactory(is_superuser=True)):
        response = client_for(viewer).get(werkplaats_a.get_absolute_url())
        content = response.content.decode()
        assert list(response.context["people"]) == []
        assert "Verborgen Coördinator" not in content
        assert "verborgen@example.org" not in content
        assert "Alleen In B" not in content


def test_deactivated_people_are_not_shown_even_if_listed(client_for, werkplaats_a):
    MembershipFactory(
        werkplaats=werkplaats_a, user__name="Vertrokken Lid", user__is_active=False, listed=True
    )

    response = page(client_for, werkplaats_a)

    assert "Vertrokken Lid" not in response.content.decode()


def test_email_addresses_of_listed_people_are_not_shown(client_for, werkplaats_a):
    listed = MembershipFactory(werkplaats=werkplaats_a, listed=True)

    response = page(client_for, werkplaats_a)

    assert listed.user.name in response.content.decode()
    assert listed.user.email not in response.content.decode()


def test_unknown_werkplaats_answers_404(client_for, db):
    assert client_for(None).get("/werkplaatsen/bestaat-niet/").status_code == 404


def test_script_in_a_section_is_not_executed(client_for, werkplaats_a):
    werkplaats_a.goal = 'Doel <script>alert("x")</script> [klik](javascript:alert(1))'
    werkplaats_a.save()

    response = page(client_for, werkplaats_a)

    content = response.content.decode()
    assert "<script>alert" not in content
    assert "javascript:" not in content
