from datetime import date

from tests.network.factories import PartnershipFactory, ThemeFactory, WerkplaatsFactory
from werkplaats.network.models import Werkplaats


def test_home_lists_every_werkplaats_with_partner_count_and_themes(client_for, db):
    den_haag = WerkplaatsFactory(name="Werkplaats Den Haag & Leiden", places="Den Haag / Leiden")
    noord = WerkplaatsFactory(
        name="Werkplaats Noord-Holland",
        status=Werkplaats.Status.COMPLETED,
        period_start=date(2019, 1, 1),
        period_end=date(2023, 12, 31),
    )
    PartnershipFactory.create_batch(2, werkplaats=den_haag)
    theme = ThemeFactory(name="Armoede")
    noord.themes.add(theme)

    response = client_for(None).get("/")

    assert response.status_code == 200
    werkplaatsen = list(response.context["werkplaatsen"])
    assert werkplaatsen == [den_haag, noord]
    assert [w.partner_count for w in werkplaatsen] == [2, 0]
    content = response.content.decode()
    assert den_haag.get_absolute_url() in content
    assert "Den Haag / Leiden" in content
    assert "Armoede" in content
    assert "2023" in content


def test_home_without_werkplaatsen_answers_200(client_for, db):
    response = client_for(None).get("/")

    assert response.status_code == 200
    assert list(response.context["werkplaatsen"]) == []


def test_home_is_in_dutch(client_for, db):
    response = client_for(None).get("/", headers={"accept-language": "en"})

    assert response.status_code == 200
    assert '<html lang="nl"' in response.content.decode()
    assert response.headers["Content-Language"] == "nl"


def test_visitor_can_switch_to_english(client_for, db):
    client = client_for(None)

    switch = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    response = client.get("/")

    assert switch.status_code == 302
    assert '<html lang="en"' in response.content.decode()
