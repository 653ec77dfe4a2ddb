""" "In andere werkplaatsen" through the browser: on the demo, a visitor opens a question, an
agenda, an atelier and a publication page that each show related items of the other
werkplaats, follows one of them, and types a question into the intake form of the other
werkplaats. Every page on the way is checked with axe (``page_checks``).
"""

import pytest

pytestmark = pytest.mark.e2e

SECTION = "main section[aria-labelledby^='elders-']"


def first_with_section(kind):
    """The address of a public demo item of ``kind`` whose page has suggestions."""
    from werkplaats.matching import engine
    from werkplaats.matching.models import MatchItem

    for item in MatchItem.objects.filter(kind=kind).order_by("pk"):
        obj = item.content_type.get_object_for_this_type(pk=item.object_id)
        if engine.similar_to_object(obj):
            return item.url.split("#")[0], obj
    raise AssertionError(f"no demo {kind} with suggestions from the other werkplaats")


def test_related_items_of_the_other_werkplaats(demo, page_checks, submit):
    page = page_checks.page
    for kind in ("question", "agenda_theme", "atelier", "publication"):
        url, _obj = first_with_section(kind)
        page_checks.visit(url)
        sections = page.locator(SECTION)
        assert sections.count() >= 1, f"no section on {url}"
        assert sections.first.locator("li a").count() >= 1

    # Follow a suggestion: it leads to a page of the other werkplaats.
    url, question = first_with_section("question")
    page_checks.visit(url)
    link = page.locator(SECTION).first.locator("li a").first
    target = link.get_attribute("href")
    assert question.werkplaats.slug not in target
    submit(page, link)
    page_checks.check("the suggestion followed")

    # The intake form of an active werkplaats: typing a question of another werkplaats
    # shows it in the second list.
    from werkplaats.network.models import Werkplaats
    from werkplaats.questions.models import Question

    active = Werkplaats.objects.active().first()
    question = Question.objects.public().exclude(werkplaats=active).first()
    page_checks.visit(f"/werkplaatsen/{active.slug}/vraag-stellen/")
    page.fill("#id_title", question.title)
    page.fill("#id_situation", question.situation)
    # 200 or 400 (fields that wait for sending may be missing): the lists show either way.
    with page.expect_navigation():
        page.locator("main button[name=action][value=check]").click()
    assert page.locator("#similar li a", has_text=question.title).count() >= 1
    page_checks.check("intake form with suggestions from the network")
    page_checks.assert_all_passed()
