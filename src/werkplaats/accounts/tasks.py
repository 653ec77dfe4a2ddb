from django.urls import reverse
from django_tasks import task

from werkplaats.accounts.models import Invitation
from werkplaats.lib.mail import absolute_url, send_templated_mail


@task()
def send_invitation(invitation_id: int) -> None:
    invitation = Invitation.objects.select_related("werkplaats", "invited_by").get(pk=invitation_id)
    if not invitation.is_usable:
        return
    link = absolute_url(reverse("accounts:invitation", kwargs={"token": invitation.token}))
    send_templated_mail(
        to=[invitation.email],
        template="accounts/email/invitation",
        context={"invitation": invitation, "link": link},
        reply_to=[invitation.werkplaats.contact_email],
    )
