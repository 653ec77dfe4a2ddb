"""Changes to questions and reflections. Every status change is logged and mailed to the asker."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.audit.services import audit_record
from werkplaats.questions.models import (
    TRANSITIONS,
    Question,
    Reference,
    Reflection,
    Status,
    Transition,
)
from werkplaats.search.registry import index_object

# These steps need a written reason or answer; the asker reads it in the e-mail.
NOTE_REQUIRED = (Status.REFERRED, Status.ANSWERED, Status.REJECTED)


class StaleVersion(Exception):
    """Someone else changed the record since this person opened it."""

    def __init__(self, current):
        super().__init__("stale version")
        self.current = current


@transaction.atomic
def question_submit(*, werkplaats, themes=(), asker=None, **fields) -> Question:
    """Store a question from practice and mail the asker a link to follow it."""
    question = Question(werkplaats=werkplaats, asker=asker, **fields)
    question.full_clean()
    question.save()
    question.themes.set(themes)
    index_object(question)
    Transition.objects.create(
        question=question, from_status="", to_status=Status.SUBMITTED, actor=asker
    )
    audit_record(actor=asker, action="question.submit", obj=question, werkplaats=werkplaats)
    from werkplaats.questions.tasks import mail_question_received

    transaction.on_commit(lambda: mail_question_received.enqueue(question.pk))
    return question


def transition_problems(
    question: Question,
    to_status: str,
    *,
    note: str,
    agenda_theme=None,
    referred_to_werkplaats=None,
    referred_to_institute: str = "",
) -> dict[str, str]:
    """What is wrong with this step, by form field; empty when it may be taken."""
    problems = {}
    if to_status not in TRANSITIONS.get(question.status, ()):
        problems["to_status"] = _(
            'A question with status "%(status)s" cannot move to "%(new)s".'
        ) % {
            "status": Status(question.status).label,
            "new": Status(to_status).label if to_status in Status.values else to_status,
        }
        return problems
    if to_status in NOTE_REQUIRED and not note.strip():
        problems["note"] = {
            Status.REFERRED: _("Write why the question is referred."),
            Status.ANSWERED: _("Write the answer, or where the asker can find it."),
            Status.REJECTED: _("Write why the question is not taken up. The asker reads this."),
        }[to_status]
    if to_status == Status.ON_AGENDA:
        if agenda_theme is None:
            problems["agenda_theme"] = _("Choose the agenda theme the question belongs to.")
        elif agenda_theme.agenda.werkplaats_id != question.werkplaats_id:
            problems["agenda_theme"] = _("Choose a theme of this werkplaats's agenda.")
    if to_status == Status.REFERRED:
        if bool(referred_to_werkplaats) == bool(referred_to_institute.strip()):
            problems["referred_to_werkplaats"] = _(
                "Choose another werkplaats or name a knowledge institute (one of the two)."
            )
        elif referred_to_werkplaats and referred_to_werkplaats.pk == question.werkplaats_id:
            problems["referred_to_werkplaats"] = _("Choose another werkplaats than this one.")
    return problems


@transaction.atomic
def question_transition(
    *,
    actor,
    question: Question,
    version: int,
    to_status: str,
    note: str = "",
    agenda_theme=None,
    referred_to_werkplaats=None,
    referred_to_institute: str = "",
) -> Question:
    """Move a question to its next status.

    ``version`` is the version the actor saw. When someone else changed the question in
    the meantime, :class:`StaleVersion` is raised with the current question and nothing
    is written, so the actor can look again without losing what they typed.
    """
    current = Question.objects.select_for_update().get(pk=question.pk)
    if current.version != version:
        raise StaleVersion(current)
    problems = transition_problems(
        current,
        to_status,
        note=note,
        agenda_theme=agenda_theme,
        referred_to_werkplaats=referred_to_werkplaats,
        referred_to_institute=referred_to_institute,
    )
    if problems:
        raise ValidationError(problems)
    changes = {"status": to_status, "version": F("version") + 1, "updated": timezone.now()}
    if to_status == Status.ON_AGENDA:
        changes["agenda_theme"] = agenda_theme
    if to_status == Status.REFERRED:
        changes["referred_to_werkplaats"] = referred_to_werkplaats
        changes["referred_to_institute"] = referred_to_institute.strip()
    # The version in the WHERE clause makes the write itself refuse a lost update, also on
    # databases where select_for_update does not lock (SQLite locks the whole database).
    updated = Question.objects.filter(pk=current.pk, version=version).update(**changes)
    if updated != 1:
        raise StaleVersion(Question.objects.get(pk=current.pk))
    transition = Transition.objects.create(
        question=current,
        from_status=current.status,
        to_status=to_status,
        actor=actor,
        note=note.strip(),
    )
    audit_record(
        actor=actor,
        action="question.transition",
        obj=current,
        werkplaats=current.werkplaats,
        data={"from": current.status, "to": to_status},
    )
    from werkplaats.questions.tasks import mail_question_transition

    transaction.on_commit(lambda: mail_question_transition.enqueue(transition.pk))
    current.refresh_from_db()
    index_object(current)
    return current


# What the werkplaats that takes a referred question over gets of it: the question and the
# asker's details, since it now handles the question the asker gave their details for.
TAKEN_OVER_FIELDS = (
    "title",
    "situation",
    "target_group",
    "urgency",
    "asker_name",
    "asker_email",
    "asker_organisation",
    "asker_role",
    "contact_consent",
    "asker_id",
)


@transaction.atomic
def question_take_over(*, actor, question: Question, werkplaats) -> Question:
    """Take a question another werkplaats referred to ``werkplaats`` into its own queue.

    The copy starts as a new question (status submitted) of ``werkplaats``, linked to the
    original; the original keeps its status "referred" and its history. The asker gets the
    usual confirmation with a personal link to the copy, from the new werkplaats.
    """
    original = Question.objects.select_for_update().get(pk=question.pk)
    if (
        original.status != Status.REFERRED
        or original.referred_to_werkplaats_id != werkplaats.pk
        or Question.objects.filter(referred_from=original).exists()
    ):
        raise ValidationError(_("This question is not waiting to be taken over any more."))
    copy = Question(
        werkplaats=werkplaats,
        referred_from=original,
        **{field: getattr(original, field) for field in TAKEN_OVER_FIELDS},
    )
    copy.full_clean()
    copy.save()
    copy.themes.set(original.themes.all())
    index_object(copy)
    Transition.objects.create(
        question=copy,
        from_status="",
        to_status=Status.SUBMITTED,
        actor=actor,
        note=_("Taken over from %(werkplaats)s.") % {"werkplaats": original.werkplaats.name},
    )
    audit_record(
        actor=actor,
        action="question.take_over",
        obj=copy,
        werkplaats=werkplaats,
        data={"from_question": original.pk, "from_werkplaats": original.werkplaats_id},
    )
    from werkplaats.questions.tasks import mail_question_received

    transaction.on_commit(lambda: mail_question_received.enqueue(copy.pk))
    return copy


@transaction.atomic
def reflection_save(
    *, actor, question: Question, version: int | None, references: list[dict], **fields
) -> Reflection:
    """Create or update the reflection on ``question`` with its references.

    ``version`` is None for a new reflection, else the version the author saw.
    """
    reflection = Reflection.objects.select_for_update().filter(question=question).first()
    if reflection is None:
        if version is not None:
            raise StaleVersion(None)
        reflection = Reflection(question=question)
    elif reflection.version != version:
        raise StaleVersion(reflection)
    for name, value in fields.items():
        setattr(reflection, name, value)
    reflection.full_clean()
    created = reflection.pk is None
    if not created:
        reflection.version += 1
    reflection.save()
    reflection.authors.add(actor)
    reflection.references.all().delete()
    new_references = [
        Reference(reflection=reflection, order=position, **data)
        for position, data in enumerate(references)
    ]
    for reference in new_references:
        reference.full_clean(exclude=["reflection"])
    Reference.objects.bulk_create(new_references)
    index_object(question)
    audit_record(
        actor=actor,
        action="reflection.create" if created else "reflection.update",
        obj=reflection,
        werkplaats=question.werkplaats,
        data={"references": len(new_references)},
    )
    return reflection


@transaction.atomic
def reflection_publish(*, actor, reflection: Reflection) -> Reflection:
    """Make a reflection public with its question; the asker gets an e-mail."""
    if reflection.is_published:
        return reflection
    if not reflection.known.strip():
        raise ValidationError(
            {"known": _("Write what is known before you publish the reflection.")}
        )
    if not reflection.question.is_public:
        raise ValidationError(
            _("A coordinator must handle the question before its reflection can be published.")
        )
    reflection.state = Reflection.State.PUBLISHED
    reflection.published_at = timezone.now()
    reflection.version += 1
    reflection.save(update_fields=["state", "published_at", "version", "updated"])
    index_object(reflection.question)
    audit_record(
        actor=actor,
        action="reflection.publish",
        obj=reflection,
        werkplaats=reflection.question.werkplaats,
    )
    from werkplaats.questions.tasks import mail_reflection_published

    transaction.on_commit(lambda: mail_reflection_published.enqueue(reflection.pk))
    return reflection
