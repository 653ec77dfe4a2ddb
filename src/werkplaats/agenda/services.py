"""Changes to the knowledge agenda, and the field's support and comments on it."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from werkplaats.agenda.models import Agenda, AgendaTheme, Comment, Support
from werkplaats.audit.services import audit_record
from werkplaats.matching.registry import index_item, remove_item


@transaction.atomic
def agenda_save(*, actor, agenda: Agenda) -> Agenda:
    created = agenda.pk is None
    agenda.full_clean()
    agenda.save()
    audit_record(
        actor=actor,
        action="agenda.create" if created else "agenda.update",
        obj=agenda,
        werkplaats=agenda.werkplaats,
        data={"period": agenda.period},
    )
    return agenda


@transaction.atomic
def agenda_theme_save(
    *, actor, theme: AgendaTheme, themes=None, national_themes=None
) -> AgendaTheme:
    created = theme.pk is None
    theme.full_clean()
    theme.save()
    if themes is not None:
        theme.themes.set(themes)
    if national_themes is not None:
        theme.national_themes.set(national_themes)
    index_item(theme)  # agenda themes are not in search, so matching is told here
    audit_record(
        actor=actor,
        action="agenda_theme.create" if created else "agenda_theme.update",
        obj=theme,
        werkplaats=theme.agenda.werkplaats,
        data={"priority": theme.priority},
    )
    return theme


@transaction.atomic
def agenda_theme_delete(*, actor, theme: AgendaTheme) -> None:
    audit_record(
        actor=actor,
        action="agenda_theme.delete",
        obj=theme,
        werkplaats=theme.agenda.werkplaats,
        data={"title": theme.title},
    )
    remove_item(theme)
    theme.delete()


def _target(*, agenda_theme=None, question=None) -> dict:
    if (agenda_theme is None) == (question is None):
        raise ValueError("Give exactly one of agenda_theme and question.")
    return {"agenda_theme": agenda_theme} if agenda_theme else {"question": question}


def support_toggle(*, user, agenda_theme=None, question=None) -> bool:
    """Add the user's support, or take it back when given already. True when it now stands."""
    target = _target(agenda_theme=agenda_theme, question=question)
    with transaction.atomic():
        deleted, _rows = Support.objects.filter(user=user, **target).delete()
        if deleted:
            return False
        try:
            with transaction.atomic():
                Support.objects.create(user=user, **target)
        except IntegrityError:
            pass  # a double click: the support stands already
        return True


@transaction.atomic
def comment_add(*, user, text: str, agenda_theme=None, question=None) -> Comment:
    target = _target(agenda_theme=agenda_theme, question=question)
    text = text.strip()
    if not text:
        raise ValidationError({"text": _("Write your comment.")})
    # full_clean() does not check a TextField's max_length; the service keeps the model's word.
    limit = Comment._meta.get_field("text").max_length
    if len(text) > limit:
        message = _("Your comment is too long. Use at most %(limit_value)d characters.")
        raise ValidationError(
            {"text": ValidationError(message, code="max_length", params={"limit_value": limit})}
        )
    comment = Comment(user=user, text=text, **target)
    comment.full_clean()
    comment.save()
    return comment
