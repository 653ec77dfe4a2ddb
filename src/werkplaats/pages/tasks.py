from django.utils import timezone
from django_tasks import task

from werkplaats.lib.mail import send_templated_mail
from werkplaats.pages.models import ContactMessage


@task()
def forward_contact_message(message_id: int) -> None:
    contact = ContactMessage.objects.select_related("werkplaats").get(pk=message_id)
    if contact.mailed_at:
        return  # already forwarded: a retried task sends nothing twice
    send_templated_mail(
        to=[contact.werkplaats.contact_email],
        template="pages/email/contact",
        context={"contact": contact},
        reply_to=[contact.email],
    )
    ContactMessage.objects.filter(pk=contact.pk).update(mailed_at=timezone.now())
