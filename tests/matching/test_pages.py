"""The "In andere werkplaatsen" sections on the detail pages and in the intake form."""

import pytest
from django.urls import reverse

from tests.helpers import assert_same_cost, queries
from werkplaats.matching.registry import index_item

pytestmark = pytest.mark.django_db


def section_of(response, obj):
    content = response.content.decode()
    marker = f'id="elders-{obj._meta.model_name}-{obj.pk}"'
    assert marker in content, "no section 'In other werkplaatsen'"
    return content.split(marker, 1)[1].split("</section>", 1)[0]


def test_question_page_shows_related_items_of_other_werkplaatsen(client_for, topics):
    question = topics["lonely_a"]
    response = client_for(None).get(question.get_absolute_url())

    section = section_of(response, question)
    assert topics["lonely_b"].title in section
    assert topics["lonely_c"].get_absolute_url() in section
    assert "Werkplaats B" in section and "Werkplaats C" in section
    assert question.title not in section


def test_atelier_page_shows_the_section(client_for, topics):
    atelier = topics["lonely_c"]
    response = client_for(None).get(atelier.get_absolute_url())
    assert topics["lonely_a"].get_absolute_url() in section_of(response, atelier)


def test_publication_page_shows_the_section(client_for, topics):
    publication = topics["debts_b"]
    response = client_for(None).get(publication.get_absolute_url())
    assert topics["debts_c"].get_absolute_url() in section_of(response, publication)


def test_agenda_page_shows_a_section_per_theme(client_for, topics, werkplaats_b):
    theme = topics["lonely_b"]
    url = reverse("agenda:werkplaats_agenda", args=[werkplaats_b.slug])
    section = section_of(client_for(None).get(url), theme)
    assert topics["lonely_a"].get_absolute_url() in section
    assert "</h4>" in section  # under the h3 of the theme


def test_no_section_without_related_items(client_for, make, werkplaats_a):
    lonely = make("question", werkplaats_a, "Parkeervergunning aanvragen", "Een vraag")
    response = client_for(None).get(lonely.get_absolute_url())
    assert 'id="elders-' not in response.content.decode()


def test_the_agenda_page_costs_the_same_with_more_themes(
    client_for, make, werkplaats_a, werkplaats_b
):
    make("question", werkplaats_a, "Eenzame ouderen bereiken", "eenzaamheid")
    make("question", werkplaats_a, "Schulden bij jongeren", "geldzorgen")
    topics = ["Eenzaamheid in de wijk", "Schulden en armoede", "Mantelzorgers ontlasten"]

    def add(n):
        for number in range(n):
            make("agenda_theme", werkplaats_b, f"{topics[number % 3]} {number}", "ouderen")

    url = reverse("agenda:werkplaats_agenda", args=[werkplaats_b.slug])
    assert_same_cost(client_for(None), url, add, small=2, large=12)


@pytest.mark.parametrize("kind", ["question", "atelier", "publication"])
def test_a_detail_page_costs_the_same_with_more_items_elsewhere(
    client_for, make, werkplaats_a, werkplaats_b, kind
):
    obj = make(kind, werkplaats_a, "Eenzame ouderen bereiken", "eenzaamheid bij ouderen")

    def add(n):
        for number in range(n):
            make("question", werkplaats_b, f"Eenzaamheid bij ouderen {number}", "eenzame senioren")

    assert_same_cost(client_for(None), obj.get_absolute_url(), add, small=2, large=12)


def test_the_section_costs_a_few_queries(client_for, topics):
    url = topics["lonely_a"].get_absolute_url()
    client_for(None).get(url)
    with_section = len(queries(client_for(None), url))
    assert with_section < 40


# --- The intake form ---------------------------------------------------------------------


def test_intake_suggestions_list_items_of_other_werkplaatsen(client_for, topics, werkplaats_a):
    url = reverse("questions:similar", args=[werkplaats_a.slug])
    response = client_for(None).get(
        url, {"title": "Geldzorgen", "situation": "financiële problemen"}
    )

    content = response.content.decode()
    assert response.status_code == 200
    assert topics["debts_b"].get_absolute_url() in content
    assert topics["debts_c"].get_absolute_url() in content
    assert [s.werkplaats_name for s in response.context["elsewhere"]] != []
    assert all(s.werkplaats_name != "Werkplaats A" for s in response.context["elsewhere"])


def test_the_check_button_shows_them_too(client_for, topics, werkplaats_a):
    url = reverse("questions:ask", args=[werkplaats_a.slug])
    response = client_for(None).post(
        url,
        {"action": "check", "title": "Eenzaamheid bij ouderen", "situation": "Sociaal isolement"},
    )
    assert f"#thema-{topics['lonely_b'].pk}" in response.content.decode()


def test_a_question_being_typed_in_b_does_not_suggest_b(client_for, topics, werkplaats_b):
    url = reverse("questions:similar", args=[werkplaats_b.slug])
    response = client_for(None).get(url, {"text": "eenzame ouderen sociaal isolement"})
    assert topics["lonely_b"].title not in [s.title for s in response.context["elsewhere"]]
    assert topics["lonely_a"].get_absolute_url() in response.content.decode()


def test_nothing_elsewhere_for_empty_text(client_for, topics, werkplaats_a):
    url = reverse("questions:similar", args=[werkplaats_a.slug])
    response = client_for(None).get(url, {"text": ""})
    assert response.status_code == 200
    assert response.context["elsewhere"] == []


def test_index_item_of_an_unregistered_model_is_refused(werkplaats_a):
    with pytest.raises(LookupError):
        index_item(werkplaats_a)
