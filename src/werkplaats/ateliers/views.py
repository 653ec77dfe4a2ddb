"""Leerateliers: overviews, the atelier page, joining, phases, the logbook and student places.

The logbook (entries, guests' names, attachments) is for the atelier's members; others see
only the entries marked public, and never the guests' names.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkplaats.accounts.permissions import (
    MANAGE,
    VIEW,
    can,
    can_lead_atelier,
    get_atelier_for_user,
    get_werkplaats_for_user,
    is_atelier_member,
)
from werkplaats.ateliers import selectors, services
from werkplaats.ateliers.forms import (
    ApplicationForm,
    AtelierFilterForm,
    AtelierForm,
    DecideForm,
    JoinForm,
    LogEntryForm,
    PhaseForm,
    PlaceFilterForm,
    StudentPlaceForm,
)
from werkplaats.ateliers.models import Atelier, AtelierMember, AtelierRole, Phase, StudentPlace
from werkplaats.lib.forms import add_validation_error
from werkplaats.lib.uploads import stored_file_response
from werkplaats.publications.selectors import published_of_atelier

PAGE_SIZE = 20
PAST_ACTIVITIES = 10  # on the atelier page; the calendar's archive has the rest
PHASES = [(number, value, label) for number, (value, label) in enumerate(Phase.choices, 1)]


def _errors_as_messages(request, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


# Overviews ---------------------------------------------------------------------------------


def _overview(request, *, werkplaats=None):
    form = AtelierFilterForm(request.GET or None, national=werkplaats is None)
    filters = form.filters()
    if werkplaats is not None:
        filters["werkplaats"] = werkplaats
    ateliers = selectors.public_ateliers(**filters)
    page = Paginator(ateliers, PAGE_SIZE).get_page(request.GET.get("pagina"))
    filtered = bool(form.filters())
    return render(
        request,
        "ateliers/list.html",
        {
            "werkplaats": werkplaats,
            "form": form,
            "page": page,
            "phases": PHASES,
            "filtered": filtered,
            "may_manage": werkplaats is not None and can(request.user, MANAGE, werkplaats),
        },
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


def national(request):
    """All public ateliers of all werkplaatsen."""
    return _overview(request)


def atelier_list(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW)
    return _overview(request, werkplaats=werkplaats)


# The atelier page --------------------------------------------------------------------------


def _detail_page(request, atelier, *, status=200, **forms):
    user = request.user
    lead = can_lead_atelier(user, atelier)
    member = is_atelier_member(user, atelier)
    members = list(selectors.accepted_members(atelier))
    own = selectors.membership_of(user, atelier)
    activities = atelier.activities.visible_to(user).select_related("werkplaats")
    context = {
        "werkplaats": atelier.werkplaats,
        "atelier": atelier,
        "phases": PHASES,
        "phase_steps": selectors.phase_steps_of(atelier),
        "partners": selectors.partners_of(atelier),
        "themes": selectors.themes_of(atelier),
        "questions": selectors.public_questions_of(atelier),
        "agenda_themes": selectors.agenda_themes_of(atelier),
        "members": members if member else [],
        "leads": [m for m in members if m.role == AtelierRole.TREKKER],
        "member_count": len(members),
        "log_entries": selectors.log_entries(atelier, members=member),
        "places": selectors.student_places(atelier, lead=lead),
        "is_member": member,
        "is_lead": lead,
        "own": own,
        "upcoming_activities": activities.upcoming(),
        "past_activities": activities.past()[:PAST_ACTIVITIES],
        "publications": published_of_atelier(atelier),
    }
    if forms.get("join_form") is not None:
        context["join_form"] = forms["join_form"]  # with its errors, e.g. "already asked"
    elif user.is_authenticated and own is None and not member:
        context["join_form"] = JoinForm()
    if lead:
        context["requests"] = selectors.join_requests(atelier)
        context["decide_form"] = forms.get("decide_form")
        context["decide_pk"] = forms.get("decide_pk")
        context["phase_form"] = forms.get("phase_form") or PhaseForm(
            initial={"started_on": timezone.localdate()}
        )
    return render(request, "ateliers/detail.html", context, status=status)


def detail(request, slug, atelier):
    atelier = get_atelier_for_user(request.user, slug, atelier)
    return _detail_page(request, atelier)


@login_required
@require_POST
def join(request, slug, atelier):
    """Ask to join: the leads decide."""
    atelier = get_atelier_for_user(request.user, slug, atelier)
    form = JoinForm(request.POST)
    if form.is_valid():
        try:
            services.member_request(
                user=request.user,
                atelier=atelier,
                role=form.cleaned_data["role"],
                motivation=form.cleaned_data["motivation"],
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(
                request, _("You asked to join. You get an e-mail when the leads have decided.")
            )
            return redirect(atelier.get_absolute_url())
    return _detail_page(request, atelier, join_form=form, status=400)


@login_required
@require_POST
def decide(request, slug, atelier, pk):
    """A lead accepts or declines a request to join."""
    atelier = get_atelier_for_user(request.user, slug, atelier, lead=True)
    member = AtelierMember.objects.filter(atelier=atelier, pk=pk).first()
    if member is None:
        raise Http404
    form = DecideForm(request.POST)
    if form.is_valid():
        try:
            services.member_decide(
                actor=request.user,
                member=member,
                accept=form.accept,
                message=form.cleaned_data["message"],
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            if form.accept:
                messages.success(request, _("%(name)s is now a member.") % {"name": member.user})
            else:
                messages.success(request, _("The request has been declined."))
            return redirect(atelier.get_absolute_url())
    return _detail_page(request, atelier, decide_form=form, decide_pk=member.pk, status=400)


@login_required
@require_POST
def phase(request, slug, atelier):
    atelier = get_atelier_for_user(request.user, slug, atelier, lead=True)
    form = PhaseForm(request.POST)
    if form.is_valid():
        try:
            atelier = services.atelier_move_phase(
                actor=request.user,
                atelier=atelier,
                phase=form.cleaned_data["phase"],
                started_on=form.cleaned_data["started_on"],
                account=form.cleaned_data["account"],
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(
                request,
                _("The atelier is now in the phase: %(phase)s.")
                % {"phase": atelier.get_phase_display()},
            )
            return redirect(atelier.get_absolute_url())
    return _detail_page(request, atelier, phase_form=form, status=400)


# Creating and changing ---------------------------------------------------------------------


def _form_page(request, template, context, *, status=200):
    return render(request, template, context, status=status)


@login_required
def create(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    instance = Atelier(werkplaats=werkplaats)
    form = AtelierForm(request.POST or None, instance=instance, werkplaats=werkplaats)
    if request.method == "POST":
        if form.is_valid():
            try:
                with transaction.atomic():
                    atelier = services.atelier_save(
                        actor=request.user, atelier=form.instance, relations=form.relations()
                    )
                    lead = form.cleaned_data.get("lead")
                    if lead is not None:
                        services.member_add(
                            actor=request.user,
                            atelier=atelier,
                            user=lead.user,
                            role=AtelierRole.TREKKER,
                        )
            except ValidationError as error:
                form.instance.pk = None  # rolled back: the form stays a form for a new one
                add_validation_error(form, error)
            else:
                messages.success(request, _("The atelier has been created."))
                return redirect(atelier.get_absolute_url())
        status = 400
    else:
        status = 200
    return _form_page(
        request,
        "ateliers/atelier_form.html",
        {"werkplaats": werkplaats, "form": form, "atelier": None},
        status=status,
    )


@login_required
def edit(request, slug, atelier):
    atelier = get_atelier_for_user(request.user, slug, atelier, lead=True)
    form = AtelierForm(request.POST or None, instance=atelier, werkplaats=atelier.werkplaats)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                atelier = services.atelier_save(
                    actor=request.user, atelier=form.instance, relations=form.relations()
                )
            except ValidationError as error:
                add_validation_error(form, error)
            else:
                messages.success(request, _("The atelier has been saved."))
                return redirect(atelier.get_absolute_url())
        status = 400
    return _form_page(
        request,
        "ateliers/atelier_form.html",
        {"werkplaats": atelier.werkplaats, "form": form, "atelier": atelier},
        status=status,
    )


# The logbook -------------------------------------------------------------------------------


@login_required
def log_add(request, slug, atelier):
    atelier = get_atelier_for_user(request.user, slug, atelier)
    if not is_atelier_member(request.user, atelier):
        raise Http404
    if request.method != "POST":
        form = LogEntryForm(initial={"date": timezone.localdate()})
        return _form_page(request, "ateliers/log_form.html", {"atelier": atelier, "form": form})
    form = LogEntryForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.log_entry_add(
                actor=request.user,
                atelier=atelier,
                guests=form.guest_names(),
                files=form.cleaned_data["attachments"],
                **form.entry_fields(),
            )
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                add_validation_error(form, error)
            else:
                # A bad file: the message belongs next to the attachments.
                form.add_error("attachments", error)
        else:
            messages.success(request, _("The entry has been added to the logbook."))
            return redirect(f"{atelier.get_absolute_url()}#logbook")
    return _form_page(
        request, "ateliers/log_form.html", {"atelier": atelier, "form": form}, status=400
    )


def attachment(request, slug, atelier, pk):
    """An attachment as a download: for members, or for anyone when its entry is public."""
    atelier = get_atelier_for_user(request.user, slug, atelier)
    found = selectors.attachment_of(atelier, pk, members=is_atelier_member(request.user, atelier))
    if found is None:
        raise Http404
    return stored_file_response(found)


# Student places ----------------------------------------------------------------------------


def places(request):
    """Open practice-research places across werkplaatsen."""
    form = PlaceFilterForm(request.GET or None)
    filters = form.filters()
    page = Paginator(selectors.open_places(**filters), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    return render(
        request,
        "ateliers/places.html",
        {"form": form, "page": page, "filtered": bool(filters)},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


def _place_form(request, atelier, place):
    form = StudentPlaceForm(request.POST or None, instance=place)
    if request.method == "POST":
        if form.is_valid():
            try:
                services.student_place_save(actor=request.user, place=form.instance)
            except ValidationError as error:
                add_validation_error(form, error)
            else:
                messages.success(request, _("The student place has been saved."))
                return redirect(f"{atelier.get_absolute_url()}#places")
        status = 400
    else:
        status = 200
    return _form_page(
        request,
        "ateliers/place_form.html",
        {"atelier": atelier, "form": form, "place": place if place.pk else None},
        status=status,
    )


@login_required
def place_add(request, slug, atelier):
    atelier = get_atelier_for_user(request.user, slug, atelier, lead=True)
    return _place_form(request, atelier, StudentPlace(atelier=atelier))


@login_required
def place_edit(request, slug, atelier, pk):
    atelier = get_atelier_for_user(request.user, slug, atelier, lead=True)
    place = selectors.place_of(atelier, pk)
    if place is None:
        raise Http404
    return _place_form(request, atelier, place)


def apply(request, slug, atelier, pk):
    """A student applies for a place; no account needed."""
    atelier = get_atelier_for_user(request.user, slug, atelier)
    place = selectors.place_of(atelier, pk)
    if place is None:
        raise Http404
    context = {"atelier": atelier, "place": place}
    if request.method != "POST":
        return _form_page(request, "ateliers/apply.html", {**context, "form": ApplicationForm()})
    form = ApplicationForm(request.POST)
    if form.is_valid():
        thanks = _("Thank you. Your application has been sent. You get an e-mail about it.")
        if form.is_spam:
            # A bot sees the same thanks as a person, so it learns nothing from the answer.
            messages.success(request, thanks)
            return redirect(atelier.get_absolute_url())
        try:
            services.student_apply(place=place, **form.application_fields())
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, thanks)
            return redirect(atelier.get_absolute_url())
    return _form_page(request, "ateliers/apply.html", {**context, "form": form}, status=400)


@login_required
@require_POST
def application_decide(request, slug, atelier, pk):
    atelier = get_atelier_for_user(request.user, slug, atelier, lead=True)
    application = selectors.application_of(atelier, pk)
    if application is None:
        raise Http404
    form = DecideForm(request.POST)
    if form.is_valid():
        try:
            services.application_decide(
                actor=request.user,
                application=application,
                accept=form.accept,
                message=form.cleaned_data["message"],
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("The student gets an e-mail about your decision."))
            return redirect(f"{atelier.get_absolute_url()}#places")
    # The decision forms sit in a list on the atelier page: say what went wrong on top.
    for errors in form.errors.values():
        for message in errors:
            messages.error(request, message)
    return _detail_page(request, atelier, status=400)
