"""For the question page (another app's template): support and comments on one question."""

from django import template

from werkplaats.accounts.permissions import VIEW_MEMBERS, can
from werkplaats.agenda import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def question_participation(context, question) -> selectors.Participation:
    """``{% question_participation question as participation %}``: counts for everyone;
    the user's own support and the comments for members of the question's werkplaats."""
    user = context.get("user") or context["request"].user
    can_take_part = question.is_public and can(user, VIEW_MEMBERS, question.werkplaats)
    return selectors.question_participation(
        question=question, user=user, can_take_part=can_take_part
    )
