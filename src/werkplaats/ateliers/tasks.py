from django_tasks import task

from werkplaats.ateliers.models import AtelierMember, AtelierRole, StudentApplication
from werkplaats.lib.mail import absolute_url, send_templated_mail


def _leads_and_mailbox(atelier) -> list[str]:
    """Who decides on requests: the atelier's leads, and the werkplaats's mailbox."""
    leads = AtelierMember.objects.filter(
        atelier=atelier, role=AtelierRole.TREKKER, state=AtelierMember.State.ACCEPTED
    ).values_list("user__email", flat=True)
    return sorted({*leads, atelier.werkplaats.contact_email})


@task()
def mail_join_request(member_id: int) -> None:
    member = AtelierMember.objects.select_related("atelier__werkplaats", "user").get(pk=member_id)
    send_templated_mail(
        to=_leads_and_mailbox(member.atelier),
        template="ateliers/email/join_request",
        context={"member": member, "link": absolute_url(member.atelier.get_absolute_url())},
    )


@task()
def mail_join_decision(member_id: int) -> None:
    member = AtelierMember.objects.select_related("atelier__werkplaats", "user").get(pk=member_id)
    send_templated_mail(
        to=[member.user.email],
        template="ateliers/email/join_decision",
        context={"member": member, "link": absolute_url(member.atelier.get_absolute_url())},
        reply_to=[member.atelier.werkplaats.contact_email],
    )


@task()
def mail_application_received(application_id: int) -> None:
    application = StudentApplication.objects.select_related("place__atelier__werkplaats").get(
        pk=application_id
    )
    atelier = application.place.atelier
    send_templated_mail(
        to=[application.email],
        template="ateliers/email/application_received",
        context={"application": application, "atelier": atelier},
        reply_to=[atelier.werkplaats.contact_email],
    )
    send_templated_mail(
        to=_leads_and_mailbox(atelier),
        template="ateliers/email/application_new",
        context={
            "application": application,
            "atelier": atelier,
            "link": absolute_url(atelier.get_absolute_url()),
        },
        reply_to=[application.email],
    )


@task()
def mail_application_decision(application_id: int) -> None:
    application = StudentApplication.objects.select_related("place__atelier__werkplaats").get(
        pk=application_id
    )
    atelier = application.place.atelier
    send_templated_mail(
        to=[application.email],
        template="ateliers/email/application_decision",
        context={"application": application, "atelier": atelier},
        reply_to=[atelier.werkplaats.contact_email],
    )
