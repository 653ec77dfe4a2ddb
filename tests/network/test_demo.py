import re
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command
from django.test import RequestFactory
from django.urls import reverse

from werkplaats.accounts.models import Membership, Role, User
from werkplaats.network.demo import MEMBERS, load_demo
from werkplaats.network.models import Organisation, Partnership, Theme, Werkplaats

TEXT_FIELDS = [
    "name", "region", "tagline", "goal", "approach", "education", "field_involvement",
    "expected_results", "places", "lectoraten", "contact_email",
]  # fmt: skip
# 06-numbers and other Dutch numbers: 0 or +31 and nine more digits, spaces or dashes between.
PHONE = re.compile(r"(?:\+31|(?<!\d)0)(?:[\s-]?\d){9}(?!\d)|\d{10}")

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def var_dir(settings, tmp_path):
    """Keep the demo password of the tests out of the developer's own ./var/."""
    settings.VAR_DIR = tmp_path
    return tmp_path


def run_demo(*args):
    out = StringIO()
    call_command("demo", *args, stdout=out)
    return out.getvalue()


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Werkplaats, Organisation, Partnership, Theme, User, Membership, EmailAddress)
    }


def test_demo_creates_both_werkplaatsen_with_partners_and_sections():
    load_demo()

    den_haag = Werkplaats.objects.get(slug="den-haag-leiden")
    noord_holland = Werkplaats.objects.get(slug="noord-holland")
    assert den_haag.status == Werkplaats.Status.ACTIVE
    assert den_haag.period_end is None
    assert noord_holland.status == Werkplaats.Status.COMPLETED
    assert str(noord_holland.period_end) == "2022-12-31"
    assert noord_holland.places == "Haarlem / Alkmaar"
    for werkplaats in (den_haag, noord_holland):
        assert len(werkplaats.sections) == 5
        assert werkplaats.themes.exists()
        assert werkplaats.partnerships.filter(role=Partnership.Role.TREKKER).count() == 1
    assert noord_holland.expected_results.count("\n- ") + 1 == 7
    assert set(den_haag.partnerships.values_list("organisation__name", flat=True)) == {
        "Hogeschool Leiden",
        "De Haagse Hogeschool",
        "Lectoraat Sociale Innovatie",
        "Gemeente Den Haag",
        "Gemeente Leiden",
    }
    nh_partners = set(noord_holland.partnerships.values_list("organisation__slug", flat=True))
    assert {"hogeschool-inholland", "movisie", "ijmond-werkt", "gemeente-texel"} <= nh_partners
    # Every organisation is a partner of exactly the werkplaats that names it.
    assert Partnership.objects.count() == Organisation.objects.count()


def test_demo_records_pass_model_validation():
    # SQLite does not enforce max_length; full_clean does.
    load_demo()
    for model in (Werkplaats, Organisation, Partnership, Theme, Membership):
        for obj in model.objects.all():
            obj.full_clean()


def test_running_twice_creates_no_duplicates_and_keeps_the_password(var_dir):
    first = run_demo()
    before = counts()
    password = (var_dir / "demo_password").read_text()

    second = run_demo()

    assert counts() == before
    assert (var_dir / "demo_password").read_text() == password
    assert password in first
    assert password in second
    assert "(0 new)" in second


def test_password_file_is_private(var_dir):
    load_demo()
    assert (var_dir / "demo_password").stat().st_mode & 0o777 == 0o600


def test_if_empty_does_nothing_when_a_werkplaats_exists():
    Werkplaats.objects.create(
        name="Bestaande werkplaats",
        slug="bestaand",
        region="Utrecht",
        period_start="2024-01-01",
        contact_email="werkplaats@example.org",
    )

    out = run_demo("--if-empty")

    assert Werkplaats.objects.count() == 1
    assert not User.objects.exists()
    assert len(out.strip().splitlines()) == 1


def test_if_empty_loads_into_an_empty_database():
    run_demo("--if-empty")
    assert Werkplaats.objects.count() == 2


def test_command_refuses_in_production(settings):
    settings.PRODUCTION = True
    with pytest.raises(CommandError):
        run_demo()
    assert not User.objects.exists()


def test_every_demo_user_can_log_in():
    result = load_demo()

    assert len(result.emails) == len(MEMBERS) + 1
    for email in result.emails:
        user = authenticate(
            request=RequestFactory().post("/"), email=email, password=result.password
        )
        assert user is not None, email
        assert user.email == email
        assert EmailAddress.objects.filter(user=user, email=email, verified=True).exists()


def test_demo_login_passes_allauth_email_verification(client):
    # A login through allauth's own form: an unverified address would stop here.
    result = load_demo()
    client.post(
        reverse("account_login"),
        {"login": "coordinator@example.org", "password": result.password},
    )
    assert client.session.get("_auth_user_id") == str(
        User.objects.get(email="coordinator@example.org").pk
    )


def test_demo_people_cover_every_role_and_one_national_admin():
    load_demo()
    den_haag_roles = set(
        Membership.objects.filter(werkplaats__slug="den-haag-leiden").values_list("role", flat=True)
    )
    assert den_haag_roles == set(Role.values)
    assert Membership.objects.get(user__email="coordinator-nh@example.org").role == Role.COORDINATOR
    admin = User.objects.get(email="admin@example.org")
    assert admin.is_superuser and admin.is_staff
    assert not admin.memberships.exists()
    listed = set(Membership.objects.values_list("listed", flat=True))
    assert listed == {True, False}
    assert all(
        email.endswith("@example.org") for email in User.objects.values_list("email", flat=True)
    )


def test_no_phone_numbers_or_real_contact_names_in_werkplaats_texts():
    load_demo()
    for werkplaats in Werkplaats.objects.all():
        for name in TEXT_FIELDS:
            value = getattr(werkplaats, name)
            assert not PHONE.search(value), (werkplaats.slug, name)
            # The seed pages name a contact person and a lector; the demo leaves them out.
            assert "Tineke" not in value and "Linders" not in value


def test_contact_addresses_are_role_mailboxes_on_example_org():
    load_demo()
    assert all(
        email.endswith("@example.org")
        for email in Werkplaats.objects.values_list("contact_email", flat=True)
    )


def test_phone_pattern_catches_mobile_numbers():
    # Guard the guard: the pattern must catch the number on the seed page.
    assert PHONE.search("Telefoon 0612345678")
    assert PHONE.search("bel 06-12345678")
    assert not PHONE.search("januari 2020 t/m december 2022")
