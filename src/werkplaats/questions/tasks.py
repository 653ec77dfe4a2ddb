from django.urls import reverse
from django_tasks import task

from werkplaats.lib.mail import absolute_url, send_templated_mail
from werkplaats.questions.models import Question, Reflection, Status, Transition


def _follow_link(question: Question) -> str:
    return absolute_url(reverse("questions:follow", kwargs={"token": question.follow_token}))


@task()
def mail_question_received(question_id: int) -> None:
    """Confirm to the asker, with their personal link, and tell the werkplaats's mailbox."""
    question = Question.objects.select_related("werkplaats").get(pk=question_id)
    send_templated_mail(
        to=[question.asker_email],
        template="questions/email/received",
        context={"question": question, "link": _follow_link(question)},
        reply_to=[question.werkplaats.contact_email],
    )
    send_templated_mail(
        to=[question.werkplaats.contact_email],
        template="questions/email/new_question",
        context={
            "question": question,
            "link": absolute_url(
                reverse(
                    "questions:detail",
                    kwargs={"slug": question.werkplaats.slug, "pk": question.pk},
                )
            ),
        },
    )


@task()
def mail_question_transition(transition_id: int) -> None:
    transition = Transition.objects.select_related(
        "question__werkplaats",
        "question__agenda_theme",
        "question__referred_to_werkplaats",
    ).get(pk=transition_id)
    question = transition.question
    send_templated_mail(
        to=[question.asker_email],
        template="questions/email/transition",
        context={"question": question, "transition": transition, "link": _follow_link(question)},
        reply_to=[question.werkplaats.contact_email],
    )
    receiver = question.referred_to_werkplaats
    if transition.to_status == Status.REFERRED and receiver is not None:
        # The werkplaats it was referred to finds it in its queue; its mailbox hears of it.
        send_templated_mail(
            to=[receiver.contact_email],
            template="questions/email/referred_to_you",
            context={
                "question": question,
                "transition": transition,
                "link": absolute_url(
                    reverse("questions:referral", kwargs={"slug": receiver.slug, "pk": question.pk})
                ),
            },
            reply_to=[question.werkplaats.contact_email],
        )


@task()
def mail_reflection_published(reflection_id: int) -> None:
    reflection = Reflection.objects.select_related("question__werkplaats").get(pk=reflection_id)
    question = reflection.question
    send_templated_mail(
        to=[question.asker_email],
        template="questions/email/reflection_published",
        context={"question": question, "link": _follow_link(question)},
        reply_to=[question.werkplaats.contact_email],
    )
