"""Changes to publications, their authors and files, the workflow, usage and course uses.

The workflow is concept → ter review → gepubliceerd. Going back is possible (a published text
with an error goes back to concept); every step is in the audit trail.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.audit.services import audit_record
from werkplaats.lib.uploads import delete_stored, store_upload
from werkplaats.network.services import unique_slug
from werkplaats.publications.models import (
    RESERVED_SLUGS,
    Author,
    Course,
    CourseUse,
    Publication,
    PublicationFile,
    UsageCount,
)
from werkplaats.search.registry import index_object

Status = Publication.Status
# Which steps the workflow allows from each status.
TRANSITIONS = {
    Status.CONCEPT: (Status.REVIEW, Status.PUBLISHED),
    Status.REVIEW: (Status.CONCEPT, Status.PUBLISHED),
    Status.PUBLISHED: (Status.CONCEPT,),
}


def _touch(publication: Publication) -> None:
    # Harvesters ask for what changed since a moment (OAI-PMH `from`): a new file is a change.
    Publication.objects.filter(pk=publication.pk).update(updated=timezone.now())


@transaction.atomic
def publication_save(
    *, actor, publication: Publication, relations: dict | None = None, authors=None
) -> Publication:
    """Create or change a publication; ``relations`` maps many-to-many names to values and
    ``authors`` is a list of dicts (user, name, affiliation) in their order."""
    created = publication.pk is None
    if created:
        if not publication.slug:
            publication.slug = unique_slug(
                Publication.objects.filter(werkplaats=publication.werkplaats),
                publication.title,
                reserved=RESERVED_SLUGS,
            )
        publication.created_by = actor if getattr(actor, "is_authenticated", False) else None
    else:
        # The status changes only through publication_move.
        publication.status = Publication.objects.values_list("status", flat=True).get(
            pk=publication.pk
        )
    publication.full_clean()
    publication.save()
    for name, values in (relations or {}).items():
        getattr(publication, name).set(values)
    if authors is not None:
        publication.authors.all().delete()
        for position, author in enumerate(authors):
            user = author.get("user")
            row = Author(
                publication=publication,
                position=position,
                user=user,
                name=(author.get("name") or (user.name if user else "")).strip(),
                affiliation=(author.get("affiliation") or "").strip(),
            )
            row.full_clean()
            row.save()
    audit_record(
        actor=actor,
        action="publication.create" if created else "publication.update",
        obj=publication,
        werkplaats=publication.werkplaats,
    )
    index_object(publication)
    return publication


@transaction.atomic
def publication_move(*, actor, publication: Publication, status: str) -> Publication:
    """Move a publication in the workflow; publishing stamps the moment it became public."""
    publication = Publication.objects.select_for_update().get(pk=publication.pk)
    if status not in TRANSITIONS[publication.status]:
        raise ValidationError(
            _("A publication cannot go from %(old)s to %(new)s.")
            % {
                "old": Status(publication.status).label,
                "new": Status(status).label if status in Status.values else status,
            },
            code="transition",
        )
    if status == Status.PUBLISHED and not publication.summary.strip():
        raise ValidationError(_("Write a summary before publishing."), code="summary")
    old = publication.status
    publication.status = status
    if status == Status.PUBLISHED:
        publication.published_at = timezone.now()
    publication.save(update_fields=["status", "published_at", "updated"])
    audit_record(
        actor=actor,
        action="publication.status",
        obj=publication,
        werkplaats=publication.werkplaats,
        data={"from": old, "to": status},
    )
    index_object(publication)
    return publication


@transaction.atomic
def publication_file_add(*, actor, publication: Publication, upload) -> PublicationFile:
    """Attach a file; its type is read from the content (see lib.uploads)."""
    stored = store_upload(PublicationFile(publication=publication), upload)
    _touch(publication)
    audit_record(
        actor=actor,
        action="publication.file_add",
        obj=publication,
        werkplaats=publication.werkplaats,
        data={"file": stored.original_name},
    )
    return stored


@transaction.atomic
def publication_file_delete(*, actor, stored: PublicationFile) -> None:
    publication = stored.publication
    name = stored.original_name
    delete_stored(stored)
    _touch(publication)
    audit_record(
        actor=actor,
        action="publication.file_delete",
        obj=publication,
        werkplaats=publication.werkplaats,
        data={"file": name},
    )


def usage_count(*, publication: Publication, download: bool = False, today=None) -> None:
    """Count one view (or download) in this month's row; nothing about the visitor is kept."""
    today = today or timezone.localdate()
    month = datetime.date(today.year, today.month, 1)
    field = "downloads" if download else "views"
    updated = UsageCount.objects.filter(publication=publication, month=month).update(
        **{field: F(field) + 1}
    )
    if updated:
        return
    try:
        with transaction.atomic():
            UsageCount.objects.create(publication=publication, month=month, **{field: 1})
    except IntegrityError:  # another request made this month's row just now
        UsageCount.objects.filter(publication=publication, month=month).update(
            **{field: F(field) + 1}
        )


@transaction.atomic
def course_save(*, actor, werkplaats, course: Course) -> Course:
    """Add a course. Courses are shared by all werkplaatsen; the audit entry says who added it
    and from which werkplaats."""
    course.full_clean()
    course.save()
    audit_record(
        actor=actor,
        action="course.create",
        obj=course,
        werkplaats=werkplaats,
        data={"name": course.name, "institution": course.institution.name},
    )
    return course


@transaction.atomic
def course_use_save(*, actor, use: CourseUse) -> CourseUse:
    created = use.pk is None
    use.full_clean()
    use.save()
    audit_record(
        actor=actor,
        action="course_use.create" if created else "course_use.update",
        obj=use,
        werkplaats=use.werkplaats,
    )
    return use


@transaction.atomic
def course_use_delete(*, actor, use: CourseUse) -> None:
    audit_record(actor=actor, action="course_use.delete", obj=use, werkplaats=use.werkplaats)
    use.delete()
