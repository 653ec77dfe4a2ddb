from django.urls import reverse

from tests.agenda.factories import AgendaFactory, AgendaThemeFactory, NationalThemeFactory
from tests.helpers import assert_shows
from tests.network.factories import WerkplaatsFactory

URL = reverse("agenda:national")


def by_national_theme(response):
    """{national theme name (None: linked to none): {werkplaats name: [agenda theme titles]}}."""
    overview = response.context["overview"]
    rows = [*overview.rows, overview.unlinked]
    return {
        (row.national_theme.name if row.national_theme else None): {
            werkplaats.name: [theme.title for theme in themes] for werkplaats, themes in row.groups
        }
        for row in rows
    }


def test_national_page_lists_themes_of_both_werkplaatsen_under_the_right_national_theme(
    client_for, werkplaats_a, werkplaats_b, agenda_a, agenda_b
):
    armoede = NationalThemeFactory(name="Bestaanszekerheid")
    jeugd = NationalThemeFactory(name="Jeugd")
    NationalThemeFactory(name="Wonen")
    schulden = AgendaThemeFactory(agenda=agenda_a, title="Schulden in de wijk")
    schulden.national_themes.set([armoede])
    gezin = AgendaThemeFactory(agenda=agenda_b, title="Gezin onder druk")
    gezin.national_themes.set([armoede, jeugd])
    AgendaThemeFactory(agenda=agenda_b, title="Eenzaamheid")

    response = client_for(None).get(URL)

    assert response.status_code == 200
    assert by_national_theme(response) == {
        "Bestaanszekerheid": {
            "Werkplaats A": ["Schulden in de wijk"],
            "Werkplaats B": ["Gezin onder druk"],
        },
        "Jeugd": {"Werkplaats B": ["Gezin onder druk"]},
        "Wonen": {},
        None: {"Werkplaats B": ["Eenzaamheid"]},
    }
    html = response.content.decode()
    assert "<caption" in html
    assert 'scope="rowgroup"' in html
    assert 'scope="row"' in html
    assert "Schulden in de wijk" in html
    assert_shows(response, "No regional agenda has a theme here yet.")
    assert_shows(response, "Not linked to the national work programme")


def test_national_page_uses_the_current_agenda_of_each_werkplaats(
    client_for, werkplaats_a, werkplaats_b
):
    national = NationalThemeFactory(name="Bestaanszekerheid")
    old = AgendaFactory(werkplaats=werkplaats_a, start_year=2015, end_year=2018)
    AgendaThemeFactory(agenda=old, title="Oud thema").national_themes.set([national])
    current = AgendaFactory(werkplaats=werkplaats_a, start_year=2019, end_year=2099)
    AgendaThemeFactory(agenda=current, title="Huidig thema").national_themes.set([national])
    # B has only agendas of the past: its newest counts.
    older = AgendaFactory(werkplaats=werkplaats_b, start_year=2010, end_year=2012)
    AgendaThemeFactory(agenda=older, title="Heel oud").national_themes.set([national])
    newest = AgendaFactory(werkplaats=werkplaats_b, start_year=2016, end_year=2019)
    AgendaThemeFactory(agenda=newest, title="Nieuwste van B").national_themes.set([national])

    response = client_for(None).get(URL)

    assert by_national_theme(response)["Bestaanszekerheid"] == {
        "Werkplaats A": ["Huidig thema"],
        "Werkplaats B": ["Nieuwste van B"],
    }
    assert "Oud thema" not in response.content.decode()


def test_national_page_lists_werkplaatsen_without_an_agenda(client_for, agenda_a, werkplaats_b):
    response = client_for(None).get(URL)

    assert [(w.name, a) for w, a in response.context["overview"].werkplaatsen] == [
        ("Werkplaats A", agenda_a),
        ("Werkplaats B", None),
    ]
    assert_shows(response, "no knowledge agenda yet")


def test_national_page_without_any_agenda_or_national_theme(client_for, db):
    WerkplaatsFactory()

    response = client_for(None).get(URL)

    assert response.status_code == 200
    assert "<table" not in response.content.decode()
    assert_shows(response, "The themes of the national work programme have not been filled in yet.")
