from django.db import transaction

from werkplaats.network.models import Werkplaats
from werkplaats.pages.models import ContactMessage


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
