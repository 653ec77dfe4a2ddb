import pytest
from django.core.exceptions import ValidationError

from tests.accounts.factories import UserFactory
from tests.agenda.factories import AgendaThemeFactory, QuestionFactory
from tests.helpers import nl
from werkplaats.agenda.models import Comment, Support
from werkplaats.agenda.services import comment_add, support_toggle


def test_support_toggle_adds_and_takes_back(db):
    user, theme = UserFactory(), AgendaThemeFactory()

    assert support_toggle(user=user, agenda_theme=theme) is True
    assert support_toggle(user=user, agenda_theme=theme) is False
    assert not Support.objects.exists()


def test_support_needs_exactly_one_target(db):
    with pytest.raises(ValueError):
        support_toggle(user=UserFactory())
    with pytest.raises(ValueError):
        support_toggle(
            user=UserFactory(), agenda_theme=AgendaThemeFactory(), question=QuestionFactory()
        )


def test_comment_is_stored_without_surrounding_space(db):
    comment = comment_add(
        user=UserFactory(), text="  Goed idee.\n", agenda_theme=AgendaThemeFactory()
    )

    assert comment.text == "Goed idee."


@pytest.mark.parametrize("text", ["   ", "x" * 3001], ids=["empty", "too-long"])
def test_an_empty_or_too_long_comment_is_refused(db, text):
    with pytest.raises(ValidationError) as raised:
        comment_add(user=UserFactory(), text=text, agenda_theme=AgendaThemeFactory())

    assert list(raised.value.error_dict) == ["text"]
    assert not Comment.objects.exists()


def test_the_too_long_message_names_the_limit(db):
    with pytest.raises(ValidationError) as raised:
        comment_add(user=UserFactory(), text="x" * 3001, agenda_theme=AgendaThemeFactory())

    msgid = "Your comment is too long. Use at most %(limit_value)d characters."
    assert raised.value.messages == [nl(msgid) % {"limit_value": 3000}]
