"""The readability indication for texts for residents: the measure itself, in the editor
without JavaScript, and the live endpoint htmx posts to."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.accounts.factories import UserFactory
from tests.helpers import assert_shows, nl
from tests.publications.factories import PublicationFactory
from tests.publications.test_editor import CREATE, edit_url, form_data
from werkplaats.lib.readability import MIN_WORDS, readability
from werkplaats.publications.models import Publication

READABILITY = reverse("publications:readability")

SIMPLE = (
    "Wij maken de wijk samen mooier. Je kunt helpen. Kom naar het buurthuis op dinsdag. "
    "Daar drinken we koffie. We praten over wat beter kan. Iedereen mag meedoen. "
    "Je hoeft niets te betalen. Neem gerust een buur mee."
)
BUREAUCRATIC = (
    "De gemeentelijke beleidsmedewerkers dienen in overeenstemming met de toepasselijke "
    "verordeningen en de daaruit voortvloeiende uitvoeringsbesluiten zorg te dragen voor een "
    "adequate implementatie van de maatschappelijke ondersteuningsvoorzieningen, waarbij de "
    "professionele verantwoordelijkheid van de betrokken organisaties nadrukkelijk "
    "geïntegreerd wordt in de integrale beleidsvorming rondom participatiebevordering."
)
# Short words, but one endless sentence.
RAMBLING = (
    "Wij gaan met de kinderen en hun ouders en de buren van hier naar het park en dan gaan "
    "wij daar met zijn allen samen spelen en eten en ook nog wat drinken tot het donker is."
)

B1_YES = "B1: yes. The text is probably easy to read for most residents."
B1_NO = "B1: no. The text is probably too hard for many residents."
LONG_SENTENCES = (
    "The sentences are long: more than 15 words on average. Split long sentences in two."
)
LONG_WORDS = (
    "There are many long words: more than 1 in 10 words has four syllables or more. "
    "Choose short, everyday words."
)
HARD = (
    "The text is hard to read: the reading ease score is below 60. "
    "Use shorter words and shorter sentences."
)


# The measure ---------------------------------------------------------------------------------


def test_a_simple_text_is_b1():
    result = readability(SIMPLE)

    assert result.enough_text
    assert result.is_b1
    assert result.problems == []
    assert result.flesch_douma >= 60
    assert result.words_per_sentence <= 15


def test_a_bureaucratic_text_fails_on_every_sign():
    result = readability(BUREAUCRATIC)

    assert not result.is_b1
    assert result.problems == ["flesch_douma", "long_sentences", "long_words"]
    assert result.sentences == 1
    assert result.long_word_share > 0.10


def test_one_long_sentence_of_short_words_fails_only_on_sentence_length():
    result = readability(RAMBLING)

    assert result.problems == ["long_sentences"]
    assert not result.is_b1


def test_too_little_text_is_not_enough_to_judge():
    result = readability("Kom ook naar het buurthuis.")

    assert result.words < MIN_WORDS
    assert not result.enough_text
    assert not result.is_b1  # not judged, so not called B1


def test_markdown_markup_is_not_counted():
    assert (
        readability(f"## Kop\n\n**{SIMPLE}**").problems == readability(f"Kop\n\n{SIMPLE}").problems
    )


def test_no_text_at_all():
    result = readability("")

    assert result.words == 0
    assert not result.enough_text


# In the editor, without JavaScript -----------------------------------------------------------


def check(client, address, **changes):
    return client.post(address, form_data(action="readability", **changes))


def test_the_check_button_shows_b1_yes_and_saves_nothing(client_for, member_a):
    response = check(client_for(member_a), CREATE, audiences=["residents"], summary=SIMPLE, body="")

    assert response.status_code == 200
    assert response.context["readability"].is_b1
    assert_shows(response, B1_YES)
    assert not Publication.objects.exists()


def test_the_check_button_names_what_to_change(client_for, member_a):
    response = check(
        client_for(member_a),
        CREATE,
        audiences=["residents"],
        summary="Samenvatting.",
        body=BUREAUCRATIC,
    )

    assert response.status_code == 200
    assert_shows(response, B1_NO)
    for problem in (HARD, LONG_SENTENCES, LONG_WORDS):
        assert_shows(response, problem)
    content = response.content.decode()
    assert nl("Reading ease score") in content
    assert nl("Words per sentence") in content
    assert nl("Long words") in content
    assert not Publication.objects.exists()


def test_the_check_button_says_when_there_is_too_little_text(client_for, member_a):
    response = check(
        client_for(member_a), CREATE, audiences=["residents"], summary="Kort.", body=""
    )

    assert response.status_code == 200
    assert not response.context["readability"].enough_text
    with translation.override("nl"):
        expected = translation.ngettext(
            "There is not enough text yet to say how easy it is to read. "
            "Write at least %(counter)s word.",
            "There is not enough text yet to say how easy it is to read. "
            "Write at least %(counter)s words.",
            MIN_WORDS,
        ) % {"counter": MIN_WORDS}
    assert expected in response.content.decode()


def test_the_check_without_for_residents_says_to_tick_it(client_for, member_a):
    response = check(client_for(member_a), CREATE, audiences=["professionals"], summary=SIMPLE)

    assert response.status_code == 200
    assert response.context["readability"] is None
    assert_shows(response, "Tick “for residents” to see how easy the text is to read.")


def test_the_check_of_a_changed_publication_saves_nothing(client_for, member_a, werkplaats_a):
    publication = PublicationFactory(werkplaats=werkplaats_a, title="Blijft zo")

    response = check(
        client_for(member_a), edit_url(publication), title="Anders", audiences=["residents"]
    )

    assert response.status_code == 200
    publication.refresh_from_db()
    assert publication.title == "Blijft zo"


def test_the_check_of_a_form_with_errors_shows_them_with_the_indication(client_for, member_a):
    response = check(
        client_for(member_a), CREATE, title="", audiences=["residents"], summary=SIMPLE
    )

    assert response.status_code == 400
    assert response.context["readability"].is_b1
    assert not Publication.objects.exists()


def test_after_saving_the_editor_shows_the_indication_of_the_stored_text(
    client_for, member_a, werkplaats_a
):
    publication = PublicationFactory(
        werkplaats=werkplaats_a, summary=BUREAUCRATIC, body="", for_residents=True
    )

    response = client_for(member_a).get(edit_url(publication))

    assert response.context["readability"].problems == [
        "flesch_douma",
        "long_sentences",
        "long_words",
    ]
    assert_shows(response, B1_NO)


def test_a_text_not_for_residents_gets_no_indication(client_for, member_a, werkplaats_a):
    publication = PublicationFactory(werkplaats=werkplaats_a, summary=BUREAUCRATIC)

    response = client_for(member_a).get(edit_url(publication))

    assert response.context["readability"] is None
    assert nl(B1_NO) not in response.content.decode()


def test_members_see_the_indication_on_the_page_of_a_text_for_residents(
    client_for, client, member_a, werkplaats_a
):
    publication = PublicationFactory(werkplaats=werkplaats_a, summary=SIMPLE, for_residents=True)

    assert_shows(client_for(member_a).get(publication.get_absolute_url()), B1_YES)
    assert nl(B1_YES) not in client.get(publication.get_absolute_url()).content.decode()


# Live, with htmx -----------------------------------------------------------------------------


def test_the_editor_asks_for_the_indication_while_typing(client_for, member_a):
    content = client_for(member_a).get(CREATE).content.decode()

    assert f'hx-post="{READABILITY}"' in content
    assert 'hx-target="#readability"' in content
    assert 'id="readability"' in content
    assert 'aria-live="polite"' in content
    assert "vendor/htmx/htmx" in content


def test_the_endpoint_answers_with_the_indication(client_for, member_a):
    response = client_for(member_a).post(
        READABILITY, {"audiences": ["residents"], "summary": "Samenvatting.", "body": BUREAUCRATIC}
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert content.strip().startswith('<div id="readability"')
    assert "<html" not in content
    assert_shows(response, B1_NO)
    assert_shows(response, LONG_WORDS)


def test_the_endpoint_stays_empty_when_not_for_residents(client_for, member_a):
    response = client_for(member_a).post(
        READABILITY, {"audiences": ["professionals"], "summary": SIMPLE}
    )

    assert response.status_code == 200
    assert response.context["readability"] is None
    assert nl(B1_YES) not in response.content.decode()


def test_the_endpoint_reads_at_most_a_limited_text(client_for, member_a):
    response = client_for(member_a).post(
        READABILITY, {"audiences": ["residents"], "summary": "", "body": SIMPLE * 2000}
    )

    assert response.status_code == 200
    assert response.context["readability"].words < 5000


def test_the_endpoint_is_post_only(client_for, member_a):
    assert client_for(member_a).get(READABILITY).status_code == 405


def test_the_endpoint_is_for_people_who_are_logged_in(client):
    response = client.post(READABILITY, {"audiences": ["residents"], "summary": SIMPLE})

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_the_endpoint_needs_the_csrf_token(db):
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory())
    data = {"audiences": ["residents"], "summary": SIMPLE}

    assert client.post(READABILITY, data).status_code == 403

    client.get(reverse("publications:national"))  # every page sets the cookie
    token = client.cookies["csrftoken"].value
    assert client.post(READABILITY, {**data, "csrfmiddlewaretoken": token}).status_code == 200


@pytest.mark.parametrize("role", ["member_a", "coordinator_b"])
def test_the_endpoint_says_nothing_about_any_werkplaats(client_for, role_users, role):
    # It only measures the text it gets: anybody logged in gets the same answer.
    response = client_for(role_users[role]).post(
        READABILITY, {"audiences": ["residents"], "summary": SIMPLE}
    )

    assert response.status_code == 200
    assert response.context["readability"].is_b1
