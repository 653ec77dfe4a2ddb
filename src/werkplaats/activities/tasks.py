from django.urls import reverse
from django_tasks import task

from werkplaats.activities.models import Registration
from werkplaats.lib.mail import absolute_url, send_templated_mail

# kind → template under activities/email/. Every mail goes to one person: nobody sees who else
# registered.
TEMPLATES = {
    "confirmation": "activities/email/confirmation",
    "promoted": "activities/email/promoted",
    "cancelled": "activities/email/cancelled",
    "changed": "activities/email/changed",
    "activity_cancelled": "activities/email/activity_cancelled",
    "reminder": "activities/email/reminder",
    "evaluation": "activities/email/evaluation",
}


@task()
def mail_registrations(registration_ids: list[int], kind: str) -> None:
    template = TEMPLATES[kind]
    registrations = Registration.objects.filter(pk__in=registration_ids).select_related(
        "activity__werkplaats"
    )
    for registration in registrations:
        activity = registration.activity
        send_templated_mail(
            to=[registration.email],
            template=template,
            context={
                "registration": registration,
                "activity": activity,
                "link": absolute_url(registration.get_absolute_url()),
                "activity_link": absolute_url(activity.get_absolute_url()),
                "evaluation_link": absolute_url(
                    reverse("activities:evaluation", kwargs={"token": registration.token})
                ),
            },
            reply_to=[activity.werkplaats.contact_email],
        )
