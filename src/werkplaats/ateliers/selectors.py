"""Reads of ateliers, each a fixed number of queries whatever the number of rows."""

from django.db.models import Prefetch

from werkplaats.ateliers.models import (
    Atelier,
    AtelierMember,
    AtelierRole,
    Attachment,
    LogEntry,
    PhaseStep,
    SessionGuest,
    StudentApplication,
    StudentPlace,
)
from werkplaats.network.models import Organisation, Theme


def public_ateliers(
    *, werkplaats=None, theme=None, phase="", kind="", status="", place="", **_ignored
):
    """Public ateliers for the overviews, with what a card shows, newest start first."""
    ateliers = Atelier.objects.public()
    if werkplaats is not None:
        ateliers = ateliers.filter(werkplaats=werkplaats)
    if theme is not None:
        ateliers = ateliers.filter(themes=theme)
    if phase:
        ateliers = ateliers.filter(phase=phase)
    if kind:
        ateliers = ateliers.filter(kind=kind)
    if status:
        ateliers = ateliers.filter(status=status)
    if place:
        ateliers = ateliers.filter(places__icontains=place)
    return (
        ateliers.select_related("werkplaats")
        .prefetch_related(
            Prefetch("partners", queryset=Organisation.objects.order_by("name")),
            Prefetch("themes", queryset=Theme.objects.order_by("name")),
        )
        .order_by("-period_start", "title", "id")
    )


def phase_steps_of(atelier):
    return PhaseStep.objects.filter(atelier=atelier).order_by("started_on", "id")


def accepted_members(atelier):
    return (
        AtelierMember.objects.filter(atelier=atelier, state=AtelierMember.State.ACCEPTED)
        .select_related("user")
        .order_by("user__name", "id")
    )


def lead_names(members) -> list[str]:
    return [member.user.name for member in members if member.role == AtelierRole.TREKKER]


def join_requests(atelier):
    return (
        AtelierMember.objects.filter(atelier=atelier, state=AtelierMember.State.REQUESTED)
        .select_related("user")
        .order_by("created", "id")
    )


def membership_of(user, atelier) -> AtelierMember | None:
    """The user's own request or membership, whatever its state."""
    if not user.is_authenticated:
        return None
    return AtelierMember.objects.filter(atelier=atelier, user=user).first()


def log_entries(atelier, *, members: bool):
    """The logbook: every entry for members, the public entries for everyone else."""
    entries = LogEntry.objects.filter(atelier=atelier)
    if not members:
        entries = entries.filter(public=True)
    return entries.select_related("author").prefetch_related(
        Prefetch("attachments", queryset=Attachment.objects.order_by("id")),
        Prefetch("guests", queryset=SessionGuest.objects.order_by("id")),
    )


def attachment_of(atelier, pk, *, members: bool) -> Attachment | None:
    """An attachment of this atelier's logbook that the reader may download, or None."""
    attachments = Attachment.objects.filter(entry__atelier=atelier, pk=pk)
    if not members:
        attachments = attachments.filter(entry__public=True)
    return attachments.first()


def student_places(atelier, *, lead: bool):
    """The atelier's places: all of them with their applications for leads, else the open ones."""
    places = StudentPlace.objects.filter(atelier=atelier)
    if lead:
        return places.prefetch_related(
            Prefetch("applications", queryset=StudentApplication.objects.order_by("created"))
        )
    return places.filter(open=True)


def place_of(atelier, pk) -> StudentPlace | None:
    return StudentPlace.objects.filter(atelier=atelier, pk=pk).first()


def application_of(atelier, pk) -> StudentApplication | None:
    return (
        StudentApplication.objects.filter(place__atelier=atelier, pk=pk)
        .select_related("place__atelier__werkplaats")
        .first()
    )


def open_places(*, level="", werkplaats=None):
    """Open places across werkplaatsen: the atelier is public and not completed."""
    places = (
        StudentPlace.objects.filter(open=True, atelier__status=Atelier.Status.ACTIVE)
        .select_related("atelier__werkplaats")
        .order_by("period_start", "id")
    )
    if level:
        places = places.filter(level=level)
    if werkplaats is not None:
        places = places.filter(atelier__werkplaats=werkplaats)
    return places


def public_questions_of(atelier):
    from werkplaats.questions.models import Question

    return Question.objects.public().filter(ateliers=atelier).order_by("title")


def agenda_themes_of(atelier):
    return atelier.agenda_themes.select_related("agenda__werkplaats").order_by("priority", "title")


def partners_of(atelier):
    return atelier.partners.order_by("name")


def themes_of(atelier):
    return atelier.themes.order_by("name")
