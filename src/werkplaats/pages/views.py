from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkplaats.accounts.permissions import VIEW, get_werkplaats_for_user
from werkplaats.activities.selectors import calendar_activities
from werkplaats.network import selectors
from werkplaats.pages.forms import ContactForm
from werkplaats.pages.models import NewsItem
from werkplaats.pages.services import contact_message_submit

UPCOMING_ACTIVITIES = 3  # on the werkplaats page; its calendar has the rest
LATEST_NEWS = 3  # on the werkplaats page; its news page has the rest


def home(request):
    """The national overview: every werkplaats of this installation."""
    return render(request, "pages/home.html", {"werkplaatsen": selectors.werkplaatsen_overview()})


def _werkplaats_page(request, werkplaats, contact_form, status=200):
    return render(
        request,
        "pages/werkplaats.html",
        {
            "werkplaats": werkplaats,
            "partnerships": selectors.partnerships_of(werkplaats),
            "people": selectors.listed_people_of(werkplaats),
            "activities": calendar_activities(request.user, werkplaats=werkplaats).upcoming()[
                :UPCOMING_ACTIVITIES
            ],
            "news": NewsItem.objects.filter(werkplaats=werkplaats).published()[:LATEST_NEWS],
            "contact_form": contact_form,
        },
        status=status,
    )


def werkplaats(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW)
    return _werkplaats_page(request, werkplaats, ContactForm())


@require_POST
def contact(request, slug):
    """ "Neem contact op en stel uw vragen": stored, and mailed to the werkplaats's mailbox."""
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW)
    form = ContactForm(request.POST)
    if not form.is_valid():
        return _werkplaats_page(request, werkplaats, form, status=400)
    if not form.is_spam:
        contact_message_submit(
            werkplaats=werkplaats,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            subject=form.cleaned_data["subject"],
            message=form.cleaned_data["message"],
        )
    # A bot sees the same thanks as a person, so it learns nothing from the answer.
    messages.success(request, _("Thank you for your message. We will answer you by e-mail."))
    return redirect(f"{werkplaats.get_absolute_url()}#contact")
