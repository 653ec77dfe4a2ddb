"""The search page /zoeken/: results, filters as checkboxes and links, and bad input."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.helpers import assert_same_cost, assert_shows, nl
from tests.network.factories import ThemeFactory, WerkplaatsFactory
from tests.questions.factories import QuestionFactory
from tests.search.conftest import indexed
from werkplaats.search.query import MAX_LENGTH

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


def test_the_page_without_a_search_asks_for_words(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert_shows(
        response,
        "Type one or more words to search for, for example “eenzaamheid” or “wijkgericht werken”.",
    )
    assert response.context["results"] is None


def test_results_show_type_title_link_snippet_werkplaats_and_date(client, question):
    found = question("Wijkgericht werken met bewoners", situation="De gemeente werkt wijkgericht.")
    response = client.get(URL, {"q": "wijkgerichte"})
    assert response.status_code == 200
    content = response.content.decode()
    link = f'<a class="utrecht-link" href="{found.get_absolute_url()}">'
    assert f"{link}Wijkgericht werken met bewoners</a>" in content
    assert "De gemeente werkt <mark>wijkgericht</mark>." in content
    assert nl("Question from practice") in content
    assert "Werkplaats A" in content
    # The day in the Netherlands: between 23:00 and 24:00 UTC it is the next day there.
    assert f'datetime="{timezone.localdate(found.created):%Y-%m-%d}"' in content
    assert_shows(response, "Best match first")


def test_nothing_found_suggests_fewer_words(client, question):
    question("Armoede in de wijk")
    response = client.get(URL, {"q": "armoede dementie"})
    assert response.status_code == 200
    assert_shows(response, "Search with fewer words.")
    assert response.context["results"].total == 0


def test_only_common_words_get_a_message(client):
    response = client.get(URL, {"q": "de het een"})
    assert response.status_code == 200
    assert_shows(
        response,
        "Your search has only very common words, such as “de” or “het”. Search with other words.",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '"wijkteam',
            "A quotation mark is not closed. "
            "Put words you want to find together between two quotation marks.",
        ),
        ("- OR --", "Your search has no words in it. Type one or more words to search for."),
        (
            "-jeugd",
            "Type at least one word to search for, "
            "not only words to leave out (with a minus sign).",
        ),
    ],
)
def test_a_search_that_cannot_be_read_answers_400_with_the_reason(client, text, message):
    response = client.get(URL, {"q": text})
    assert response.status_code == 400
    assert_shows(response, message)
    # What was typed stays in the box, to correct it.
    assert 'value="{}"'.format(text.replace('"', "&quot;")) in response.content.decode()


def test_a_search_that_is_too_long_answers_400(client):
    response = client.get(URL, {"q": "wijk " * 60})
    assert response.status_code == 400
    content = response.content.decode()
    assert (
        nl("Your search is too long. Use at most %(count)s characters.") % {"count": MAX_LENGTH}
        in content
    )


def test_a_filter_that_does_not_exist_answers_400(client):
    response = client.get(URL, {"q": "wijk", "type": "geheim"})
    assert response.status_code == 400
    assert_shows(
        response,
        "One of the filters in the web address does not exist. Remove the filters and try again.",
    )


def test_html_in_the_search_is_escaped(client, question):
    question("Vraag over de wijk")
    response = client.get(URL, {"q": "<script>wijk</script>"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "<script>wijk" not in content
    assert "&lt;script&gt;wijk&lt;/script&gt;" in content


def test_filters_work_as_a_form_without_javascript(client, question, werkplaats_b):
    question("Wonen in A")
    question("Wonen in B", werkplaats=werkplaats_b)
    response = client.get(URL, {"q": "wonen", "werkplaats": "werkplaats-b"})
    assert response.status_code == 200
    assert [r.title for r in response.context["results"].page.object_list] == ["Wonen in B"]
    content = response.content.decode()
    # The chosen filter is a checked checkbox in a GET form that keeps the search words.
    assert 'name="werkplaats" value="werkplaats-b" id="filter-werkplaats-1" checked' in content
    assert '<input type="hidden" name="q" value="wonen">' in content
    assert_shows(response, "Remove all filters")


def test_newest_first_is_a_link(client, question):
    question("Eerste vraag over wonen")
    question("Tweede vraag over wonen")
    response = client.get(URL, {"q": "wonen"})
    assert "?q=wonen&amp;volgorde=nieuwste&amp;pagina=1" in response.content.decode()
    response = client.get(URL, {"q": "wonen", "volgorde": "nieuwste"})
    assert [r.title for r in response.context["results"].page.object_list] == [
        "Tweede vraag over wonen",
        "Eerste vraag over wonen",
    ]


def test_the_second_page(client, question):
    for number in range(23):
        question(f"Vraag {number} over wonen")
    response = client.get(URL, {"q": "wonen", "pagina": 2})
    assert response.status_code == 200
    assert len(response.context["results"].page.object_list) == 3
    assert_shows(response, "Previous page")


def test_the_page_costs_the_same_queries_whatever_it_finds(client, werkplaats_a):
    themes = [ThemeFactory() for _ in range(3)]

    def add_rows(count):
        for number in range(count):
            question = QuestionFactory(
                werkplaats=WerkplaatsFactory() if number % 2 else werkplaats_a,
                title=f"Vraag {number} over wonen",
            )
            question.themes.set(themes[: number % 3 + 1])
            indexed(question)

    assert_same_cost(client, URL, add_rows, data={"q": "wonen", "thema": themes[0].slug})


def test_every_page_has_a_search_box_in_the_header(client):
    response = client.get(reverse("pages:home"))
    content = response.content.decode()
    assert f'action="{URL}"' in content
    assert '<label class="werkplaats-visually-hidden" for="site-search">' in content
    assert_shows(response, "Search the whole site")
