"""Changes to ateliers, their members, phases, logbook and student places."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.accounts.permissions import forget_atelier_roles
from werkplaats.ateliers.models import (
    PHASE_ORDER,
    Atelier,
    AtelierMember,
    Attachment,
    LogEntry,
    PhaseStep,
    SessionGuest,
    StudentApplication,
    StudentPlace,
)
from werkplaats.audit.services import audit_record
from werkplaats.lib.uploads import checked_content_type
from werkplaats.network.services import unique_slug
from werkplaats.search.registry import index_object


def _enqueue(task, *args) -> None:
    transaction.on_commit(lambda: task.enqueue(*args))


@transaction.atomic
def atelier_save(*, actor, atelier: Atelier, relations: dict | None = None) -> Atelier:
    """Create or change an atelier; ``relations`` maps many-to-many field names to values."""
    created = atelier.pk is None
    if created and not atelier.slug:
        # "nieuw" is the address of the create page, so no atelier may have it.
        atelier.slug = unique_slug(
            Atelier.objects.filter(werkplaats=atelier.werkplaats), atelier.title, reserved={"nieuw"}
        )
    atelier.full_clean()
    atelier.save()
    for name, values in (relations or {}).items():
        getattr(atelier, name).set(values)
    index_object(atelier)
    if created:
        PhaseStep.objects.create(
            atelier=atelier, phase=atelier.phase, started_on=atelier.period_start, actor=actor
        )
    audit_record(
        actor=actor,
        action="atelier.create" if created else "atelier.update",
        obj=atelier,
        werkplaats=atelier.werkplaats,
    )
    return atelier


@transaction.atomic
def atelier_move_phase(*, actor, atelier: Atelier, phase: str, started_on, account: str) -> Atelier:
    """Move the atelier to another phase of the knowledge cycle.

    Going back in the cycle happens (new findings send a group back to collecting), but
    it needs a reason, so the history stays readable.
    """
    atelier = Atelier.objects.select_for_update().get(pk=atelier.pk)
    if phase not in PHASE_ORDER:
        raise ValidationError({"phase": _("Choose one of the phases in the list.")})
    if phase == atelier.phase:
        raise ValidationError({"phase": _("The atelier is already in this phase.")})
    if PHASE_ORDER[phase] < PHASE_ORDER[atelier.phase] and not account.strip():
        raise ValidationError(
            {"account": _("Write why the atelier goes back to an earlier phase.")}
        )
    last = atelier.phase_steps.order_by("-started_on", "-id").first()
    if last and started_on < last.started_on:
        raise ValidationError(
            {"started_on": _("The date cannot be before the start of the current phase.")}
        )
    old = atelier.phase
    atelier.phase = phase
    atelier.save(update_fields=["phase", "updated"])
    PhaseStep.objects.create(
        atelier=atelier, phase=phase, started_on=started_on, account=account.strip(), actor=actor
    )
    audit_record(
        actor=actor,
        action="atelier.phase",
        obj=atelier,
        werkplaats=atelier.werkplaats,
        data={"from": old, "to": phase},
    )
    return atelier


def member_request(*, user, atelier: Atelier, role: str, motivation: str = "") -> AtelierMember:
    """Ask to join an atelier. Asking twice is refused, whatever became of the first time."""
    member = AtelierMember(atelier=atelier, user=user, role=role, motivation=motivation.strip())
    member.full_clean()
    try:
        with transaction.atomic():
            member.save()
            audit_record(
                actor=user,
                action="atelier_member.request",
                obj=member,
                werkplaats=atelier.werkplaats,
            )
    except IntegrityError:
        raise ValidationError(_("You have already asked to join this atelier.")) from None
    from werkplaats.ateliers.tasks import mail_join_request

    _enqueue(mail_join_request, member.pk)
    return member


@transaction.atomic
def member_add(*, actor, atelier: Atelier, user, role: str) -> AtelierMember:
    """A lead or coordinator adds someone directly, for example the first lead."""
    member, _created = AtelierMember.objects.update_or_create(
        atelier=atelier,
        user=user,
        defaults={
            "role": role,
            "state": AtelierMember.State.ACCEPTED,
            "decided_by": actor,
            "decided_at": timezone.now(),
        },
    )
    audit_record(
        actor=actor,
        action="atelier_member.add",
        obj=member,
        werkplaats=atelier.werkplaats,
        data={"role": role},
    )
    forget_atelier_roles(user)
    return member


@transaction.atomic
def member_decide(
    *, actor, member: AtelierMember, accept: bool, message: str = ""
) -> AtelierMember:
    member = AtelierMember.objects.select_for_update().select_related("atelier").get(pk=member.pk)
    if member.state != AtelierMember.State.REQUESTED:
        raise ValidationError(_("This request has already been decided."))
    if not accept and not message.strip():
        raise ValidationError({"message": _("Write a short message to explain the decision.")})
    member.state = AtelierMember.State.ACCEPTED if accept else AtelierMember.State.DECLINED
    member.decision_message = message.strip()
    member.decided_by = actor
    member.decided_at = timezone.now()
    member.save()
    audit_record(
        actor=actor,
        action="atelier_member.accept" if accept else "atelier_member.decline",
        obj=member,
        werkplaats=member.atelier.werkplaats,
    )
    forget_atelier_roles(member.user)
    from werkplaats.ateliers.tasks import mail_join_decision

    _enqueue(mail_join_decision, member.pk)
    return member


@transaction.atomic
def log_entry_add(
    *, actor, atelier: Atelier, guests: list[str] = (), files: list = (), **fields
) -> LogEntry:
    """Write a logbook entry with its guests (names only) and attachments, all or nothing."""
    entry = LogEntry(atelier=atelier, author=actor, **fields)
    entry.full_clean()
    content_types = [checked_content_type(upload) for upload in files]
    entry.save()
    SessionGuest.objects.bulk_create(
        [SessionGuest(entry=entry, name=name.strip()[:150]) for name in guests if name.strip()]
    )
    for upload, content_type in zip(files, content_types, strict=True):
        Attachment.objects.create(
            entry=entry,
            file=upload,
            original_name=upload.name[-200:],
            content_type=content_type,
            size=upload.size,
        )
    audit_record(
        actor=actor,
        action="log_entry.create",
        obj=entry,
        werkplaats=atelier.werkplaats,
        data={"attachments": len(content_types), "guests": len(guests)},
    )
    return entry


@transaction.atomic
def student_place_save(*, actor, place: StudentPlace) -> StudentPlace:
    created = place.pk is None
    place.full_clean()
    place.save()
    audit_record(
        actor=actor,
        action="student_place.create" if created else "student_place.update",
        obj=place,
        werkplaats=place.atelier.werkplaats,
    )
    return place


def student_apply(*, place: StudentPlace, **fields) -> StudentApplication:
    if not place.open or place.atelier.status != Atelier.Status.ACTIVE:
        raise ValidationError(_("This place is no longer open for applications."))
    application = StudentApplication(place=place, **fields)
    application.full_clean()
    try:
        with transaction.atomic():
            application.save()
    except IntegrityError:
        raise ValidationError(_("You have already applied for this place.")) from None
    from werkplaats.ateliers.tasks import mail_application_received

    _enqueue(mail_application_received, application.pk)
    return application


@transaction.atomic
def application_decide(
    *, actor, application: StudentApplication, accept: bool, message: str = ""
) -> StudentApplication:
    application = StudentApplication.objects.select_for_update().get(pk=application.pk)
    if application.state != StudentApplication.State.APPLIED:
        raise ValidationError(_("This application has already been decided."))
    application.state = (
        StudentApplication.State.ACCEPTED if accept else StudentApplication.State.DECLINED
    )
    application.decision_message = message.strip()
    application.decided_by = actor
    application.save()
    audit_record(
        actor=actor,
        action="student_application.accept" if accept else "student_application.decline",
        obj=application,
        werkplaats=application.place.atelier.werkplaats,
    )
    from werkplaats.ateliers.tasks import mail_application_decision

    _enqueue(mail_application_decision, application.pk)
    return application
