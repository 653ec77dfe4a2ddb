"""Finding: word forms, synonyms and compounds, ranking, snippets, facets, filters, order, pages.

Every test runs on the backend of the database the suite runs on: SQLite FTS5 by default,
PostgreSQL with ``DATABASE_URL``; both must pass the same tests.
"""

from datetime import date

import pytest
from django.contrib.contenttypes.models import ContentType

from tests.activities.factories import in_days
from tests.helpers import nl
from tests.network.factories import ThemeFactory, WerkplaatsFactory
from tests.search.conftest import find, titles
from werkplaats.activities.models import Activity
from werkplaats.ateliers.models import Atelier
from werkplaats.search.backends import get_backend
from werkplaats.search.backends.base import Backend
from werkplaats.search.documents import SearchDocument
from werkplaats.search.models import SearchEntry

pytestmark = pytest.mark.django_db


def facet(results, name) -> dict[str, int]:
    for found in results.facets:
        if found.name == name:
            return {value.value: value.count for value in found.values}
    return {}


# Word forms ----------------------------------------------------------------------------------


def test_an_inflected_form_finds_the_text_that_does_not_contain_it(question):
    question("Wijkgericht werken in Leiden")
    assert titles("wijkgerichte") == ["Wijkgericht werken in Leiden"]


def test_a_plural_finds_the_singular_and_back(question):
    question("Samenwerken met de gemeente")
    question("Gemeentelijke regie op jeugdhulp")
    question("Eenzaamheid onder ouderen")
    assert sorted(titles("gemeenten")) == [
        "Gemeentelijke regie op jeugdhulp",
        "Samenwerken met de gemeente",
    ]
    assert titles("eenzaam") == ["Eenzaamheid onder ouderen"]


def test_a_synonym_from_the_synonym_list_finds_the_word(question):
    # synonyms.txt: "schulden schuld geldzorgen …" and "jongeren jongere jeugd …"
    question("Hulp bij schulden voor jongeren")
    assert titles("geldzorgen") == ["Hulp bij schulden voor jongeren"]
    assert titles("jeugd") == ["Hulp bij schulden voor jongeren"]


def test_a_part_of_a_compound_finds_the_compound(question):
    question("Schuldhulpverlening dichtbij")
    question("Gezondheidszorg in de buurt")
    assert titles("schuld") == ["Schuldhulpverlening dichtbij"]
    assert titles("zorg") == ["Gezondheidszorg in de buurt"]


def test_a_compound_does_not_find_its_parts_apart(question):
    question("Zorg voor de jeugd")
    question("Jeugdzorg in de wijk")
    assert titles("jeugdzorg") == ["Jeugdzorg in de wijk"]


def test_sociaal_team_and_wijkteam_find_each_other(question):
    question("Het sociaal team in Noord")
    assert titles("wijkteams") == ["Het sociaal team in Noord"]


def test_every_word_must_occur(question):
    question("Armoede in gezinnen")
    question("Armoede onder ouderen")
    assert titles("armoede ouderen") == ["Armoede onder ouderen"]


def test_quoted_words_must_occur_together_in_that_order(question):
    question("Sociaal werk op school")
    question("Werk en sociaal beleid")
    assert titles('"sociaal werk"') == ["Sociaal werk op school"]


def test_minus_leaves_out_and_or_gives_either(question):
    question("Mantelzorg en werk")
    question("Mantelzorg in de wijk")
    question("Vrijwilligers in de wijk")
    assert titles("mantelzorg -werk") == ["Mantelzorg in de wijk"]
    # OR separates groups of words: (vrijwilligers) or (mantelzorg, not werk).
    assert sorted(titles("vrijwilligers OR mantelzorg -werk")) == [
        "Mantelzorg in de wijk",
        "Vrijwilligers in de wijk",
    ]


# Ranking -------------------------------------------------------------------------------------


def test_a_match_in_the_title_ranks_above_one_in_the_summary_above_one_in_the_body(question):
    # Made oldest first, so that ranking has to beat "newest first among equals".
    question("Samen leren", situation="Over armoede in de wijk.", target_group="")
    question("Samen werken", situation="Over de wijk.", target_group="Mensen in armoede")
    question("Armoede in de wijk", situation="Over de wijk.", target_group="")
    # The same match ranks the newest first.
    question("Armoede in de stad", situation="Over de stad.", target_group="")

    assert titles("armoede") == [
        "Armoede in de stad",
        "Armoede in de wijk",
        "Samen leren",
        "Samen werken",
    ]


def test_newest_first_orders_by_date(activity):
    activity("Kenniscafé over wonen", start=in_days(-300))
    activity("Congres over wonen", start=in_days(40))
    activity("Workshop wonen", start=in_days(-10))
    assert titles("wonen", sort="nieuwste") == [
        "Congres over wonen",
        "Workshop wonen",
        "Kenniscafé over wonen",
    ]


# Snippets ------------------------------------------------------------------------------------


def test_the_snippet_marks_the_words_found_in_any_form(question):
    question(
        "Vraag over de wijk",
        situation="In onze gemeenten groeien de schulden van gezinnen. "
        "Wat doen gemeentelijke teams?",
    )
    [result] = find("gemeente schuld").page.object_list
    assert str(result.snippet) == (
        "In onze <mark>gemeenten</mark> groeien de <mark>schulden</mark> van gezinnen. "
        "Wat doen <mark>gemeentelijke</mark> teams?"
    )


def test_the_snippet_escapes_html_in_the_text(question):
    question(
        "Vraag met opmaak",
        situation='<script>alert("x")</script> De <b>gemeente</b> & de wijk.',
    )
    [result] = find("gemeente").page.object_list
    snippet = str(result.snippet)
    assert "<script>" not in snippet and "<b>" not in snippet
    assert snippet == (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; De &lt;b&gt;<mark>gemeente</mark>"
        "&lt;/b&gt; &amp; de wijk."
    )


def test_a_long_summary_is_cut_around_the_words_found(question):
    before = "Eerst komt er een heel lang verhaal over iets anders. " * 10
    question("Lange vraag", situation=before + "Dan pas gaat het over mantelzorgers.")
    [result] = find("mantelzorgers").page.object_list
    snippet = str(result.snippet)
    assert snippet.startswith("… ")
    assert snippet.endswith("over <mark>mantelzorgers</mark>.")
    assert len(snippet.split()) < 50


# Facets and filters --------------------------------------------------------------------------


@pytest.fixture
def mixed(question, atelier, activity, werkplaats_a, werkplaats_b):
    """Questions, ateliers and activities on "wonen" in two werkplaatsen and two themes."""
    housing, poverty = (
        ThemeFactory(name="Wonen", slug="wonen"),
        ThemeFactory(name="Armoede", slug="armoede"),
    )
    q1 = question("Wonen en zorg")
    q1.themes.set([housing])
    question("Wonen voor jongeren", werkplaats=werkplaats_b)
    a1 = atelier("Leeratelier wonen", kind=Atelier.Kind.LEERATELIER, period_start=date(2023, 3, 1))
    a1.themes.set([housing, poverty])
    atelier(
        "Leergemeenschap wonen", kind=Atelier.Kind.LEERGEMEENSCHAP, period_start=date(2024, 5, 1)
    )
    joint = activity("Regiobijeenkomst wonen", kind=Activity.Kind.REGIONAL, start=in_days(10))
    joint.co_organisers.set([werkplaats_b])
    for obj in (q1, a1, joint):  # the relations changed after indexing
        from werkplaats.search.registry import index_object

        index_object(obj)
    return {"housing": housing, "poverty": poverty}


def test_facets_count_the_results(mixed, werkplaats_a, werkplaats_b):
    results = find("wonen")
    assert results.total == 5 and not results.capped
    assert facet(results, "type") == {"question": 2, "atelier": 2, "activity": 1}
    assert facet(results, "soort") == {
        "leeratelier": 1,
        "leergemeenschap": 1,
        "regionale_bijeenkomst": 1,
    }
    # The joint activity counts for both werkplaatsen.
    assert facet(results, "werkplaats") == {"werkplaats-a": 4, "werkplaats-b": 2}
    assert facet(results, "thema") == {"wonen": 2, "armoede": 1}
    assert facet(results, "jaar")["2023"] == 1
    assert facet(results, "jaar")["2024"] == 1


def test_facet_labels_are_readable(mixed):
    results = find("wonen")
    labels = {found.name: [value.label for value in found.values] for found in results.facets}
    assert labels["type"] == [nl("Question from practice"), nl("Learning atelier"), nl("Activity")]
    assert labels["werkplaats"] == ["Werkplaats A", "Werkplaats B"]
    assert labels["thema"] == ["Wonen", "Armoede"]


def test_filters_narrow_the_results_and_the_counts(mixed, werkplaats_b):
    results = find("wonen", types=["atelier"])
    assert sorted(r.title for r in results.page.object_list) == [
        "Leeratelier wonen",
        "Leergemeenschap wonen",
    ]
    assert facet(results, "type") == {"atelier": 2}

    assert sorted(titles("wonen", werkplaatsen=[werkplaats_b])) == [
        "Regiobijeenkomst wonen",
        "Wonen voor jongeren",
    ]
    assert titles("wonen", themes=[mixed["poverty"]]) == ["Leeratelier wonen"]
    assert titles("wonen", years=[2024]) == ["Leergemeenschap wonen"]
    assert titles("wonen", kinds=["regionale_bijeenkomst"]) == ["Regiobijeenkomst wonen"]


def test_values_of_one_filter_are_alternatives_and_filters_all_apply(mixed, werkplaats_b):
    assert len(titles("wonen", types=["atelier", "activity"])) == 3
    assert titles("wonen", types=["question", "activity"], werkplaatsen=[werkplaats_b]) == [
        "Regiobijeenkomst wonen",
        "Wonen voor jongeren",
    ]
    assert titles("wonen", types=["atelier"], years=[2023, 2024], themes=[mixed["housing"]]) == [
        "Leeratelier wonen"
    ]


def test_a_selected_filter_without_results_is_still_offered(mixed):
    results = find("wonen", types=["news"])
    assert results.total == 0
    assert [(v.value, v.count, v.selected) for v in results.facets[0].values] == [("news", 0, True)]


def test_the_audience_filter(werkplaats_a):
    """Only publications and news have audiences; the backend filters on any document."""
    content_type = ContentType.objects.get_for_model(SearchEntry)
    get_backend().write(
        [
            (
                content_type.pk,
                number,
                SearchDocument(
                    type="publication",
                    title=title,
                    url=f"/p/{number}/",
                    audiences=audiences,
                    werkplaatsen=[werkplaats_a.pk],
                ),
            )
            for number, title, audiences in [
                (1, "Handreiking wonen voor bewoners", ["residents"]),
                (2, "Advies wonen", ["policy", "professionals"]),
            ]
        ]
    )
    results = find("wonen")
    assert facet(results, "publiek") == {"residents": 1, "policy": 1, "professionals": 1}
    assert titles("wonen", audiences=["residents"]) == ["Handreiking wonen voor bewoners"]
    assert titles("wonen", audiences=["education"]) == []


def test_filters_alone_list_everything_they_match_newest_first(mixed):
    results = selectors_search_without_words(types=["atelier"])
    assert [r.title for r in results.page.object_list] == [
        "Leergemeenschap wonen",
        "Leeratelier wonen",
    ]


def selectors_search_without_words(**filters):
    from werkplaats.search import selectors

    return selectors.search(query=None, selection=selectors.Selection(**filters), sort="nieuwste")


# Pages and the window --------------------------------------------------------------------------


def test_results_come_in_pages_of_twenty(question):
    for number in range(25):
        question(f"Vraag {number} over dementie")
    first, second = find("dementie"), find("dementie", page=2)
    assert first.total == 25
    assert len(first.page.object_list) == 20
    assert len(second.page.object_list) == 5
    assert {r.title for r in first.page.object_list}.isdisjoint(
        r.title for r in second.page.object_list
    )


def test_more_matches_than_the_window_are_counted_as_more(question, monkeypatch):
    monkeypatch.setattr(Backend, "window_size", 5)
    for number in range(8):
        question(f"Vraag {number} over dementie")
    results = find("dementie")
    assert results.capped and results.total == 5
    # The window holds the newest matches.
    assert sorted(r.title for r in results.page.object_list) == [
        f"Vraag {number} over dementie" for number in range(3, 8)
    ]
    assert facet(results, "type") == {"question": 5}


def test_non_public_content_is_not_found_even_in_the_index_after_a_rebuild(werkplaats_a):
    from tests.activities.factories import ActivityFactory
    from tests.ateliers.factories import AtelierFactory
    from tests.questions.factories import QuestionFactory
    from werkplaats.search.registry import rebuild

    QuestionFactory(werkplaats=werkplaats_a, title="Geheime vraag", status="submitted")
    AtelierFactory(werkplaats=werkplaats_a, title="Geheim atelier", status="preparing")
    ActivityFactory(werkplaats=werkplaats_a, title="Geheime bijeenkomst", audience="members")
    rebuild()
    assert titles("geheim") == []
    assert titles("geheime") == []


def test_werkplaats_of_the_result_is_shown(question, werkplaats_b):
    other = WerkplaatsFactory(name="Werkplaats Noord", slug="noord")
    question("Vraag over inburgering", werkplaats=other)
    [result] = find("inburgering").page.object_list
    assert result.werkplaats == other
    assert result.type_label == nl("Question from practice")
    assert result.url == f"/werkplaatsen/noord/vragen/{result.url.split('/')[-2]}/"


def test_the_window_holds_the_newest_matches_whatever_their_dates(activity, monkeypatch):
    monkeypatch.setattr(Backend, "window_size", 4)
    for days in (-2000, -1500, -900, -400, -30, -1, 20):
        activity(f"Bijeenkomst over dementie {days}", start=in_days(days))
    results = find("dementie", sort="nieuwste")
    assert results.capped
    assert [r.title for r in results.page.object_list] == [
        "Bijeenkomst over dementie 20",
        "Bijeenkomst over dementie -1",
        "Bijeenkomst over dementie -30",
        "Bijeenkomst over dementie -400",
    ]


def test_a_rare_word_weighs_more_than_a_common_one(question):
    # "wijk" is in many texts, "dementie" in two. Each of these two has one word in its
    # title and the other in its summary: the one with the rare word in its title comes
    # first, though it is the older one.
    for number in range(6):
        question(f"Wonen in de wijk {number}")
    question("Dementie en eenzaamheid", situation="Wat zien we in de wijk?")
    question("De wijk en eenzaamheid", situation="Wat zien we bij dementie?")
    assert titles("dementie wijk")[:2] == ["Dementie en eenzaamheid", "De wijk en eenzaamheid"]


def test_removing_and_replacing_texts_keeps_the_counts_of_words_right(question):
    from werkplaats.search.backends import statistics
    from werkplaats.search.backends.base import field_terms
    from werkplaats.search.registry import index_object, rebuild

    first = question("Dementie in de wijk")
    question("Dementie thuis")
    first.title = "Eenzaamheid in de wijk"
    first.save()
    index_object(first)
    dementie, eenzaamheid, wijk = field_terms("dementie eenzaamheid wijk")
    counted = statistics.read([dementie, eenzaamheid, wijk])
    assert counted.entries == 2
    assert counted.frequencies == {dementie: 1, eenzaamheid: 1, wijk: 1}
    rebuild()
    assert statistics.read([dementie, eenzaamheid, wijk]) == counted
