"""Harvesting other installations, and keeping their records in our search.

**How a harvest runs** (:func:`harvest_source`):

1. Identify: the source's granularity and whether it keeps deleted records.
2. ListRecords in ``oai_dc``, page after page along the resumption tokens, ``from`` the
   source's own clock at the start of the last successful harvest (its ``responseDate``,
   so clocks that differ do not matter; ``from`` is inclusive, so a record changed in that
   second comes again, which costs nothing: storing it again changes nothing).
3. A *full* harvest (no ``from``) also learns what disappeared: a record we have that the
   complete list no longer holds is marked deleted. Sources that keep no deleted records
   (``deletedRecord`` "no" or "transient", as ours) therefore get a full harvest at least
   every ``FULL_HARVEST_INTERVAL``; the first harvest of a source is always full.

**Transactions: one per page.** A page is fetched and parsed completely before anything is
written, then written in one transaction with its search entries. No transaction is held
open while waiting for the network (on SQLite that would block every other writer). When a
run fails halfway, the pages before stay written: each is whole and correct, and because
``harvested_from`` only moves on after a complete run, the next run asks for them again.
The failure and its reason are kept on the source (``last_error``).

Records are written only here; nothing on the site edits them.
"""

import datetime
import logging
import time
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from werkplaats.audit.services import audit_record
from werkplaats.federation import oai_client
from werkplaats.federation.models import HarvestedRecord, HarvestSource
from werkplaats.federation.oai_client import HarvestError, Page
from werkplaats.federation.records import fields_of
from werkplaats.search.registry import index_object, remove_object

logger = logging.getLogger(__name__)

FULL_HARVEST_INTERVAL = datetime.timedelta(hours=24)
MAX_RUN_SECONDS = 15 * 60
MAX_PAGES = 10_000
# A run that has not finished after this long is taken to have died (killed, machine down).
STALE_RUN = datetime.timedelta(hours=1)
COMPARED_FIELDS = (
    "datestamp",
    "deleted",
    "title",
    "description",
    "creators",
    "publisher",
    "date",
    "subjects",
    "type",
    "kind",
    "language",
    "url",
    "metadata",
)


@dataclass
class HarvestResult:
    source: str
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    full: bool = False
    error: str = ""
    busy: bool = False  # another run was harvesting this source; nothing was done

    def summary(self) -> str:
        """For the command's output and the source's "last result" (not translated: logs)."""
        if self.busy:
            return "skipped: another harvest of this source is running"
        counts = (
            f"{self.new} new, {self.updated} updated, {self.deleted} deleted, "
            f"{self.unchanged} unchanged ({'full' if self.full else 'incremental'})"
        )
        return f"failed after {counts}: {self.error}" if self.error else counts


def harvest_source(
    *, source: HarvestSource, full: bool = False, fetch: oai_client.Fetch | None = None
) -> HarvestResult:
    """Harvest ``source`` once: what changed since the last harvest, or all (``full``).

    Idempotent: a second run right after the first changes nothing. Never raises for what
    the source does wrong: the result (and the source's ``last_error``) says what happened.
    ``fetch`` answers the requests (default: over HTTP, ``oai_client.fetch_url``).
    """
    result = HarvestResult(source=source.name)
    if not _claim(source):
        result.busy = True
        return result
    try:
        _harvest(source, result, full=full, fetch=fetch)
    except HarvestError as error:
        result.error = error.message
        logger.warning("Harvest of %s (%s) failed: %s", source.name, source.base_url, error)
        HarvestSource.objects.filter(pk=source.pk).update(
            last_run=timezone.now(), last_result=result.summary()[:200], last_error=error.message
        )
    finally:
        HarvestSource.objects.filter(pk=source.pk).update(running_since=None)
    source.refresh_from_db()
    return result


def _claim(source: HarvestSource) -> bool:
    """Mark the source as being harvested, unless a (live) run already did."""
    now = timezone.now()
    free = Q(running_since__isnull=True) | Q(running_since__lt=now - STALE_RUN)
    return bool(HarvestSource.objects.filter(free, pk=source.pk).update(running_since=now))


def _harvest(source: HarvestSource, result: HarvestResult, *, full: bool, fetch) -> None:
    identity = oai_client.identify(source.base_url, fetch=fetch)
    keeps_deletions = identity.deleted_record == HarvestSource.DeletedRecord.PERSISTENT
    full_is_due = not keeps_deletions and (
        source.last_full_harvest is None
        or identity.response_date - source.last_full_harvest >= FULL_HARVEST_INTERVAL
    )
    result.full = full or source.harvested_from is None or full_is_due
    start = ""
    if not result.full:
        start = oai_client.format_datestamp(source.harvested_from, identity.granularity)

    deadline = time.monotonic() + MAX_RUN_SECONDS
    seen: set[str] = set()
    began = None
    token = ""
    for _number in range(MAX_PAGES):
        page = oai_client.list_records(source.base_url, start=start, token=token, fetch=fetch)
        began = began or page.response_date
        _store_page(source, page, result)
        seen.update(record.identifier for record in page.records)
        if not page.token:
            break
        if page.token == token:
            raise HarvestError("The source gave the same resumption token twice.")
        if time.monotonic() > deadline:
            raise HarvestError(
                f"The harvest took longer than {MAX_RUN_SECONDS // 60} minutes and was stopped;"
                " the next run goes on from the same point."
            )
        token = page.token
    else:
        raise HarvestError(f"The source gave more than {MAX_PAGES} pages; the harvest stopped.")

    if result.full:
        result.deleted += _mark_missing_deleted(source, seen)
    HarvestSource.objects.filter(pk=source.pk).update(
        granularity=identity.granularity,
        deleted_record=identity.deleted_record,
        harvested_from=began,
        last_full_harvest=began if result.full else source.last_full_harvest,
        last_run=timezone.now(),
        last_result=result.summary()[:200],
        last_error="",
    )


@transaction.atomic
def _store_page(source: HarvestSource, page: Page, result: HarvestResult) -> None:
    """Write one page's records and their search entries, all or nothing."""
    identifiers = [record.identifier for record in page.records]
    existing = {row.identifier: row for row in source.records.filter(identifier__in=identifiers)}
    for record in page.records:
        row = existing.get(record.identifier)
        if record.deleted:
            if row is not None and not row.deleted:
                row.deleted = True
                row.datestamp = record.datestamp
                row.save(update_fields=["deleted", "datestamp", "harvested"])
                remove_object(row)
                result.deleted += 1
            continue
        values = fields_of(record)
        if row is None:
            row = HarvestedRecord(source=source, identifier=record.identifier, **values)
            result.new += 1
        elif any(getattr(row, name) != values[name] for name in COMPARED_FIELDS):
            for name, value in values.items():
                setattr(row, name, value)
            result.updated += 1
        else:
            result.unchanged += 1
            continue
        row.source = source
        row.full_clean(validate_constraints=False)  # the lookup above is the unique check
        row.save()
        index_object(row)
        existing[record.identifier] = row


@transaction.atomic
def _mark_missing_deleted(source: HarvestSource, seen: set[str]) -> int:
    """After a complete list: what the source no longer gives is gone there."""
    missing = [
        pk
        for pk, identifier in source.records.present().values_list("pk", "identifier")
        if identifier not in seen
    ]
    for row in HarvestedRecord.objects.filter(pk__in=missing):
        remove_object(row)
    HarvestedRecord.objects.filter(pk__in=missing).update(deleted=True, harvested=timezone.now())
    return len(missing)


# Managing sources (the admin calls these) ------------------------------------------------------


@transaction.atomic
def harvest_source_save(*, actor, source: HarvestSource) -> HarvestSource:
    """Create or change a source. A new name is shown with its records at once."""
    created = source.pk is None
    renamed = not created and (
        HarvestSource.objects.values_list("name", flat=True).get(pk=source.pk) != source.name
    )
    source.full_clean()
    source.save()
    if renamed:
        for row in source.records.present().select_related("source"):
            index_object(row)
    audit_record(
        actor=actor,
        action="harvest_source.create" if created else "harvest_source.update",
        obj=source,
        data={"name": source.name, "base_url": source.base_url, "active": source.active},
    )
    return source


@transaction.atomic
def harvest_source_delete(*, actor, source: HarvestSource) -> None:
    """Delete a source with its records, and take them out of the search."""
    for row in source.records.all():
        remove_object(row)
    audit_record(
        actor=actor,
        action="harvest_source.delete",
        obj=source,
        data={"name": source.name, "base_url": source.base_url},
    )
    source.delete()
