"""The newsletter's pages: the public form, and the subscriber's personal links.

The personal links (``/nieuwsbrief/<token>/…``) work without an account: the token is the
subscription's random key, signed, and it is the only authorisation. Links in e-mails are
opened by mail scanners too, so a GET never changes anything: confirming and unsubscribing
each take one press of a button (a POST).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from werkplaats.accounts.permissions import VIEW, get_werkplaats_for_user
from werkplaats.lib.forms import add_validation_error
from werkplaats.newsletter import selectors, services
from werkplaats.newsletter.forms import ScopeForm, SubscribeForm

GET_OR_POST = require_http_methods(["GET", "POST"])


def _see_other(url: str) -> HttpResponseRedirect:
    # 303: after a POST the browser fetches the next page with GET.
    return HttpResponseRedirect(url, status=303)


def _private(response):
    # Whoever has the link manages the subscription: keep it out of search engines and caches.
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    return response


def _link_problem(request, *, expired: bool = False):
    status = 410 if expired else 404
    return _private(
        render(request, "newsletter/link_problem.html", {"expired": expired}, status=status)
    )


@GET_OR_POST
def subscribe(request, slug=None):
    """The form: on its own (``/nieuwsbrief/``) or with a werkplaats chosen already."""
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW) if slug else None
    status = 200
    if request.method == "POST":
        form = SubscribeForm(request.POST, current=werkplaats)
        if form.is_valid():
            try:
                if not form.is_spam:
                    services.subscription_request(email=form.cleaned_data["email"], **form.scope())
            except ValidationError as error:
                add_validation_error(form, error)
            else:
                # The same answer whether or not the address was subscribed already, and to a
                # bot: nobody learns from it who follows the newsletter.
                return _see_other(reverse("newsletter:requested"))
        status = 400
    else:
        user = request.user
        form = SubscribeForm(
            current=werkplaats,
            initial={
                "werkplaats": werkplaats.slug if werkplaats else "",
                "email": user.email if user.is_authenticated else "",
            },
        )
    return render(
        request,
        "newsletter/subscribe.html",
        {"form": form, "werkplaats": werkplaats},
        status=status,
    )


def requested(request):
    """After the form: look in your mailbox."""
    return render(request, "newsletter/requested.html")


@GET_OR_POST
def confirm(request, token):
    """The link in the confirmation e-mail: one button activates the subscription."""
    subscription = selectors.subscription_by_token(token)
    if subscription is None:
        return _link_problem(request)
    if subscription.is_confirmed:
        return HttpResponseRedirect(subscription.get_absolute_url())
    if subscription.is_expired():
        return _link_problem(request, expired=True)
    if request.method == "POST":
        services.subscription_confirm(subscription=subscription)
        messages.success(request, _("Your subscription is confirmed. Thank you!"))
        return _see_other(subscription.get_absolute_url())
    return _private(render(request, "newsletter/confirm.html", {"subscription": subscription}))


@GET_OR_POST
def manage(request, token):
    """The subscriber's page: what they follow, how often; change it or unsubscribe."""
    subscription = selectors.subscription_by_token(token)
    if subscription is None:
        return _link_problem(request)
    if not subscription.is_confirmed:
        return HttpResponseRedirect(reverse("newsletter:confirm", kwargs={"token": token}))
    status = 200
    if request.method == "POST":
        form = ScopeForm(request.POST, current=subscription.werkplaats)
        if form.is_valid():
            try:
                services.subscription_change(subscription=subscription, **form.scope())
            except ValidationError as error:
                add_validation_error(form, error)
            else:
                messages.success(request, _("Your changes are saved."))
                return _see_other(subscription.get_absolute_url())
        status = 400
    else:
        form = ScopeForm(
            current=subscription.werkplaats, initial=ScopeForm.initial_for(subscription)
        )
    return _private(
        render(
            request,
            "newsletter/manage.html",
            {"subscription": subscription, "form": form},
            status=status,
        )
    )


# Exempt from CSRF: mail programs unsubscribe with a POST of their own, without our form
# (RFC 8058 one-click, "List-Unsubscribe=One-Click"), so no CSRF token can come with it. The
# signed token in the URL is the authorisation, and a forged POST could only do what the link
# is for: end this one subscription.
@csrf_exempt
@GET_OR_POST
def unsubscribe(request, token):
    """GET: a page with one button (link scanners must not unsubscribe). POST: unsubscribe."""
    if not selectors.token_is_ours(token):
        return _link_problem(request)
    subscription = selectors.subscription_by_token(token)
    if request.method == "POST":
        if subscription is not None:
            services.subscription_delete(subscription=subscription)
        # Also when it was gone already: the outcome the subscriber asked for is true.
        return _private(render(request, "newsletter/unsubscribed.html"))
    if subscription is None:
        return _private(render(request, "newsletter/unsubscribed.html", status=410))
    return _private(render(request, "newsletter/unsubscribe.html", {"subscription": subscription}))
