"""Questions that another werkplaats referred to this one: read them, then take them over."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from werkplaats.accounts.permissions import MANAGE, get_werkplaats_for_user
from werkplaats.questions import selectors, services


@login_required
def referral(request, slug, pk):
    """A referred question for the coordinators it was referred to; POST takes it over."""
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    question = selectors.incoming_referral(werkplaats, pk)
    if question is None:
        raise Http404
    problem = ""
    if request.method == "POST":
        try:
            copy = services.question_take_over(
                actor=request.user, question=question, werkplaats=werkplaats
            )
        except ValidationError as error:
            problem = error.messages[0]
        else:
            messages.success(
                request,
                _("The question is now in your queue. The asker gets an e-mail about it."),
            )
            return redirect("questions:detail", slug=werkplaats.slug, pk=copy.pk)
    return render(
        request,
        "questions/referral.html",
        {
            "werkplaats": werkplaats,
            "question": question,
            "note": selectors.referral_note(question),
            "problem": problem,
        },
        status=409 if problem else 200,
    )
