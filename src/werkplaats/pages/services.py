from django.db import transaction
from django.utils import timezone

from werkplaats.audit.services import audit_record
from werkplaats.network.models import Werkplaats
from werkplaats.network.services import unique_slug
from werkplaats.pages.models import ContactMessage, NewsItem
from werkplaats.search.registry import index_object


@transaction.atomic
def contact_message_submit(
    *, werkplaats: Werkplaats, name: str, email: str, subject: str, message: str
) -> ContactMessage:
    """Store a contact message and forward it to the werkplaats's mailbox."""
    contact = ContactMessage(
        werkplaats=werkplaats, name=name, email=email, subject=subject, message=message
    )
    contact.full_clean()
    contact.save()
    from werkplaats.pages.tasks import forward_contact_message

    transaction.on_commit(lambda: forward_contact_message.enqueue(contact.pk))
    return contact


@transaction.atomic
def news_save(*, actor, item: NewsItem) -> NewsItem:
    """Create or change a news item; the status changes only through news_publish."""
    created = item.pk is None
    if created:
        if not item.slug:
            item.slug = unique_slug(
                NewsItem.objects.filter(werkplaats=item.werkplaats), item.title, reserved={"nieuw"}
            )
        item.author = actor if getattr(actor, "is_authenticated", False) else None
    else:
        item.status = NewsItem.objects.values_list("status", flat=True).get(pk=item.pk)
    item.full_clean()
    item.save()
    audit_record(
        actor=actor,
        action="news.create" if created else "news.update",
        obj=item,
        werkplaats=item.werkplaats,
    )
    index_object(item)
    return item


@transaction.atomic
def news_publish(*, actor, item: NewsItem, publish: bool = True) -> NewsItem:
    """Publish a news item (it shows on the werkplaats page and in the feeds), or take it back."""
    item = NewsItem.objects.select_for_update().get(pk=item.pk)
    item.status = NewsItem.Status.PUBLISHED if publish else NewsItem.Status.CONCEPT
    if publish and item.published_at is None:
        item.published_at = timezone.now()
    item.save(update_fields=["status", "published_at", "updated"])
    audit_record(
        actor=actor,
        action="news.publish" if publish else "news.unpublish",
        obj=item,
        werkplaats=item.werkplaats,
    )
    index_object(item)
    return item
