import pytest
from django.urls import reverse

from tests.helpers import assert_shows, form_errors, messages_of, nl
from tests.pages.factories import ContactMessageFactory
from werkplaats.pages.models import ContactMessage
from werkplaats.pages.tasks import forward_contact_message

THANKS = "Thank you for your message. We will answer you by e-mail."


def contact_url(werkplaats):
    return reverse("pages:contact", kwargs={"slug": werkplaats.slug})


def message_data(**changes):
    data = {
        "name": "Fatima de Vries",
        "email": "fatima@example.net",
        "subject": "Meedoen",
        "message": "Hoe kan ik meedoen aan het leeratelier?",
        "website": "",
    }
    data.update(changes)
    return data


def test_message_is_stored_and_mailed_to_the_mailbox_with_reply_to_the_sender(
    client_for, werkplaats_a, mailoutbox, django_capture_on_commit_callbacks
):
    client = client_for(None)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_url(werkplaats_a), message_data())

    assert response.status_code == 302
    assert response["Location"] == f"{werkplaats_a.get_absolute_url()}#contact"
    contact = ContactMessage.objects.get()
    assert contact.werkplaats == werkplaats_a
    assert contact.email == "fatima@example.net"
    assert contact.mailed_at is not None
    [mail] = mailoutbox
    assert mail.to == [werkplaats_a.contact_email]
    assert mail.reply_to == ["fatima@example.net"]
    assert "Hoe kan ik meedoen aan het leeratelier?" in mail.body
    assert "Fatima de Vries" in mail.subject
    assert "\n" not in mail.subject
    assert messages_of(client.get(response["Location"])) == [nl(THANKS)]


def test_a_message_without_subject_is_accepted(client_for, werkplaats_a):
    response = client_for(None).post(contact_url(werkplaats_a), message_data(subject=""))

    assert response.status_code == 302
    assert ContactMessage.objects.get().subject == ""


def test_message_is_shown_to_the_coordinator(client_for, coordinator_a, werkplaats_a):
    ContactMessageFactory(werkplaats=werkplaats_a, message="Vraag over armoede")

    response = client_for(coordinator_a).get(
        reverse("network:manage_messages", kwargs={"slug": werkplaats_a.slug})
    )

    assert "Vraag over armoede" in response.content.decode()


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_a_message_without_text_is_refused(client_for, werkplaats_a, mailoutbox, text):
    response = client_for(None).post(contact_url(werkplaats_a), message_data(message=text))

    assert response.status_code == 400
    assert form_errors(response, "contact_form") == {"message": ["required"]}
    assert "Dit veld is verplicht." in response.content.decode()
    assert not ContactMessage.objects.exists()
    assert mailoutbox == []


def test_a_message_without_name_and_address_is_refused(client_for, werkplaats_a, mailoutbox):
    response = client_for(None).post(contact_url(werkplaats_a), message_data(name="", email=""))

    assert response.status_code == 400
    assert form_errors(response, "contact_form") == {"name": ["required"], "email": ["required"]}
    assert not ContactMessage.objects.exists()
    assert mailoutbox == []


@pytest.mark.parametrize("email", ["fatima", "fatima@", "fatima@@example.net"])
def test_a_message_with_an_invalid_address_is_refused(client_for, werkplaats_a, email):
    response = client_for(None).post(contact_url(werkplaats_a), message_data(email=email))

    assert response.status_code == 400
    assert form_errors(response, "contact_form") == {"email": ["invalid"]}
    assert "Voer een geldig e-mailadres in." in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_a_refused_message_keeps_what_was_typed(client_for, werkplaats_a):
    response = client_for(None).post(
        contact_url(werkplaats_a), message_data(email="fatima", message="Mijn lange vraag")
    )

    assert "Mijn lange vraag" in response.content.decode()


def test_a_message_that_is_too_long_is_refused(client_for, werkplaats_a):
    response = client_for(None).post(contact_url(werkplaats_a), message_data(message="x" * 5001))

    assert response.status_code == 400
    assert list(form_errors(response, "contact_form")) == ["message"]
    assert not ContactMessage.objects.exists()


def test_a_bot_filling_the_hidden_field_gets_the_same_thanks_and_nothing_is_stored(
    client_for, werkplaats_a, mailoutbox, django_capture_on_commit_callbacks
):
    person, bot = client_for(None), client_for(None)

    with django_capture_on_commit_callbacks(execute=True):
        answer_to_person = person.post(contact_url(werkplaats_a), message_data())
    ContactMessage.objects.all().delete()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        answer_to_bot = bot.post(
            contact_url(werkplaats_a), message_data(website="https://spam.example.com")
        )

    assert answer_to_bot.status_code == answer_to_person.status_code == 302
    assert answer_to_bot["Location"] == answer_to_person["Location"]
    assert messages_of(bot.get(answer_to_bot["Location"])) == [nl(THANKS)]
    assert not ContactMessage.objects.exists()
    assert mailoutbox == []


def test_the_hidden_field_is_hidden(client_for, werkplaats_a):
    response = client_for(None).get(werkplaats_a.get_absolute_url())

    assert "<div hidden>" in response.content.decode()
    assert_shows(response, "Leave this field empty")


def test_contact_for_an_unknown_werkplaats_answers_404(client_for, db):
    response = client_for(None).post("/werkplaatsen/bestaat-niet/contact/", message_data())

    assert response.status_code == 404
    assert not ContactMessage.objects.exists()


def test_a_retried_forward_sends_nothing_twice(werkplaats_a, mailoutbox):
    contact = ContactMessageFactory(werkplaats=werkplaats_a)

    forward_contact_message.call(contact.pk)
    forward_contact_message.call(contact.pk)

    assert len(mailoutbox) == 1


def test_mail_subject_is_plain_text(werkplaats_a, mailoutbox):
    contact = ContactMessageFactory(
        werkplaats=werkplaats_a, name="Stichting Buurt & Co", subject="Vraag over <wijkteams>"
    )

    forward_contact_message.call(contact.pk)

    [mail] = mailoutbox
    assert "Stichting Buurt & Co" in mail.subject
    assert "<wijkteams>" in mail.subject


def test_mail_body_is_plain_text(werkplaats_a, mailoutbox):
    contact = ContactMessageFactory(
        werkplaats=werkplaats_a, name="Stichting Buurt & Co", message="Is 3 < 4 & 5 > 2?"
    )

    forward_contact_message.call(contact.pk)

    [mail] = mailoutbox
    assert "Stichting Buurt & Co" in mail.body
    assert "Is 3 < 4 & 5 > 2?" in mail.body
