"""Sending mail from templates: plain text, and for mailing lists an HTML part and headers."""

import copy

import pytest

from werkplaats.lib.mail import send_templated_mail


@pytest.fixture
def templates(tmp_path, settings):
    """A mail of three templates of its own, in front of the site's."""
    (tmp_path / "mail").mkdir()
    (tmp_path / "mail" / "hello_subject.txt").write_text("Hello\n{{ name }}\n")
    (tmp_path / "mail" / "hello_body.txt").write_text("Dear {{ name }},")
    (tmp_path / "mail" / "hello_body.html").write_text("<p>Dear {{ name }},</p>")
    engines = copy.deepcopy(settings.TEMPLATES)
    engines[0]["DIRS"] = [tmp_path, *engines[0]["DIRS"]]
    settings.TEMPLATES = engines
    return "mail/hello"


def test_a_templated_mail_is_plain_text_with_a_one_line_subject(templates, mailoutbox):
    send_templated_mail(to=["anna@example.org"], template=templates, context={"name": "Anna"})

    (message,) = mailoutbox
    assert message.to == ["anna@example.org"]
    assert message.subject == "Hello Anna"
    assert message.body == "Dear Anna,"
    assert getattr(message, "alternatives", []) == []
    assert message.message().get_content_type() == "text/plain"


def test_extra_headers_and_an_html_part_go_with_the_mail(templates, mailoutbox):
    send_templated_mail(
        to=["anna@example.org"],
        template=templates,
        context={"name": "Anna"},
        headers={"List-Unsubscribe": "<https://example.org/u>"},
        html=True,
    )

    (message,) = mailoutbox
    assert message.message()["List-Unsubscribe"] == "<https://example.org/u>"
    assert message.body == "Dear Anna,"
    assert message.alternatives == [("<p>Dear Anna,</p>", "text/html")]
