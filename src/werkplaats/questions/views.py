"""Questions from practice: bringing them in, following them, handling them, reflecting on them.

The asker's details (name, e-mail, organisation, role) appear only on pages for the
coordinators of the question's werkplaats; every other page leaves them out.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkplaats.accounts.permissions import MANAGE, REFLECT, VIEW, can, get_werkplaats_for_user
from werkplaats.lib.forms import add_validation_error
from werkplaats.matching import engine as matching
from werkplaats.network.models import Werkplaats
from werkplaats.questions import selectors, services, similarity
from werkplaats.questions.forms import (
    QuestionFilterForm,
    QuestionForm,
    QueueFilterForm,
    ReferenceFormSet,
    ReflectionForm,
    TransitionForm,
)
from werkplaats.questions.models import Question, Status
from werkplaats.questions.services import StaleVersion

PAGE_SIZE = 20
# What the similarity check reads of a text typed into the form; more says nothing new.
SIMILAR_TEXT_LIMIT = 6000
REFERENCES_PREFIX = "references"


def _agenda_url(werkplaats) -> str:
    return reverse("agenda:werkplaats_agenda", kwargs={"slug": werkplaats.slug})


def _visible_question(user, werkplaats, pk) -> Question:
    """A question of this werkplaats; one that is not public only for its coordinators."""
    question = selectors.question_of(werkplaats, pk)
    if question is None or not (question.is_public or can(user, MANAGE, werkplaats)):
        raise Http404
    return question


# Bringing in a question --------------------------------------------------------------------


def _ask_page(
    request, werkplaats, form, *, matches=None, elsewhere=None, checked=False, status=200
):
    return render(
        request,
        "questions/ask.html",
        {
            "werkplaats": werkplaats,
            "form": form,
            "matches": matches or [],
            "elsewhere": elsewhere or [],
            "checked": checked,
            "agenda_url": _agenda_url(werkplaats),
        },
        status=status,
    )


def ask(request, slug):
    """The intake form: check for similar questions, or send the question."""
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW)
    if werkplaats.status != Werkplaats.Status.ACTIVE:
        return render(
            request,
            "questions/ask_closed.html",
            {"werkplaats": werkplaats},
            status=400 if request.method == "POST" else 200,
        )
    asker = request.user if request.user.is_authenticated else None
    if request.method != "POST":
        initial = selectors.asker_initial(asker, werkplaats) if asker else {}
        return _ask_page(request, werkplaats, QuestionForm(werkplaats=werkplaats, initial=initial))

    if request.POST.get("action") == "check":
        form = QuestionForm(request.POST, werkplaats=werkplaats, check_only=True)
        valid = form.is_valid()
        text = f"{request.POST.get('title', '')}\n{request.POST.get('situation', '')}"
        matches = similarity.similar_items(text[:SIMILAR_TEXT_LIMIT], werkplaats=werkplaats)
        elsewhere = matching.similar_to_text(
            text[:SIMILAR_TEXT_LIMIT], exclude_werkplaats=werkplaats
        )
        return _ask_page(
            request,
            werkplaats,
            form,
            matches=matches,
            elsewhere=elsewhere,
            checked=True,
            status=200 if valid else 400,
        )

    form = QuestionForm(request.POST, werkplaats=werkplaats)
    if form.is_valid():
        if form.is_spam:
            # A bot sees the same thanks as a person, so it learns nothing from the answer.
            return redirect("questions:asked", slug=werkplaats.slug)
        try:
            services.question_submit(
                werkplaats=werkplaats,
                themes=form.cleaned_data.get("themes", ()),
                asker=asker,
                **form.question_fields(),
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            return redirect("questions:asked", slug=werkplaats.slug)
    return _ask_page(request, werkplaats, form, status=400)


def similar(request, slug):
    """ "Is there already knowledge about this?": the live region of the intake form."""
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW)
    text = "\n".join(request.GET.get(name, "") for name in ("text", "title", "situation"))
    text = text[:SIMILAR_TEXT_LIMIT]
    return render(
        request,
        "questions/includes/similar.html",
        {
            "werkplaats": werkplaats,
            "matches": similarity.similar_items(text, werkplaats=werkplaats),
            "elsewhere": matching.similar_to_text(text, exclude_werkplaats=werkplaats),
            "checked": bool(text.strip()),
            "agenda_url": _agenda_url(werkplaats),
        },
    )


def asked(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW)
    return render(request, "questions/asked.html", {"werkplaats": werkplaats})


# Public pages ------------------------------------------------------------------------------


def question_list(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW)
    form = QuestionFilterForm(
        request.GET or None, themes=selectors.themes_of_public_questions(werkplaats)
    )
    filters = form.cleaned_data if form.is_valid() else {}
    questions = selectors.public_questions(
        werkplaats, status=filters.get("status", ""), theme=filters.get("theme")
    )
    page = Paginator(questions, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(
        request,
        "questions/list.html",
        {
            "werkplaats": werkplaats,
            "form": form,
            "page": page,
            "filtered": bool(filters.get("status") or filters.get("theme")),
            "may_manage": can(request.user, MANAGE, werkplaats),
        },
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


def _detail_page(request, werkplaats, question, *, transition_form=None, stale=False, status=200):
    may_manage = can(request.user, MANAGE, werkplaats)
    may_reflect = can(request.user, REFLECT, werkplaats)
    reflection = selectors.reflection_of(question)
    if reflection is not None and not (reflection.is_published or may_reflect):
        reflection = None  # a draft is for the werkplaats's researchers and coordinators
    if may_manage and transition_form is None and question.next_statuses:
        transition_form = TransitionForm(question=question)
    return render(
        request,
        "questions/detail.html",
        {
            "werkplaats": werkplaats,
            "question": question,
            "transitions": selectors.transitions_of(question),
            "reflection": reflection,
            "may_manage": may_manage,
            "may_reflect": may_reflect,
            "transition_form": transition_form if may_manage else None,
            "stale": stale,
            "agenda_url": _agenda_url(werkplaats) if question.agenda_theme_id else None,
        },
        status=status,
    )


def detail(request, slug, pk):
    werkplaats = get_werkplaats_for_user(request.user, slug, VIEW)
    question = _visible_question(request.user, werkplaats, pk)
    return _detail_page(request, werkplaats, question)


@login_required
@require_POST
def transition(request, slug, pk):
    """A coordinator moves a question to its next status; the asker is told by e-mail."""
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    question = _visible_question(request.user, werkplaats, pk)
    form = TransitionForm(request.POST, question=question)
    if form.is_valid():
        data = form.cleaned_data
        try:
            question = services.question_transition(
                actor=request.user,
                question=question,
                version=data["version"],
                to_status=data["to_status"],
                note=data["note"],
                agenda_theme=data["agenda_theme"],
                referred_to_werkplaats=data["referred_to_werkplaats"],
                referred_to_institute=data["referred_to_institute"],
            )
        except StaleVersion:
            # Show what the question is now, and keep what this coordinator typed.
            current = selectors.question_of(werkplaats, pk)
            typed = request.POST.copy()
            typed["version"] = str(current.version)
            return _detail_page(
                request,
                werkplaats,
                current,
                transition_form=TransitionForm(typed, question=current),
                stale=True,
                status=409,
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(
                request,
                _("The status is now: %(status)s. The asker gets an e-mail about it.")
                % {"status": Status(question.status).label},
            )
            return redirect("questions:detail", slug=werkplaats.slug, pk=question.pk)
    return _detail_page(request, werkplaats, question, transition_form=form, status=400)


# Scientific reflection ---------------------------------------------------------------------


def _reflection_page(request, werkplaats, question, reflection, form, formset, **extra):
    status = extra.pop("status", 200)
    return render(
        request,
        "questions/reflection_form.html",
        {
            "werkplaats": werkplaats,
            "question": question,
            "reflection": reflection,
            "form": form,
            "formset": formset,
            **extra,
        },
        status=status,
    )


def _reflection_forms(reflection):
    """Unbound forms filled with the stored reflection (empty ones for a new reflection)."""
    if reflection is None:
        return ReflectionForm(), ReferenceFormSet(prefix=REFERENCES_PREFIX)
    form = ReflectionForm(
        initial={
            "known": reflection.known,
            "approaches": reflection.approaches,
            "open_questions": reflection.open_questions,
            "version": reflection.version,
        }
    )
    formset = ReferenceFormSet(
        prefix=REFERENCES_PREFIX,
        initial=[
            {
                "authors": reference.authors,
                "year": reference.year,
                "title": reference.title,
                "source": reference.source,
                "doi": reference.doi,
                "url": reference.url,
            }
            for reference in reflection.references.all()
        ],
    )
    return form, formset


@login_required
def reflection(request, slug, pk):
    """Researchers write what is known about a question, with the literature."""
    werkplaats = get_werkplaats_for_user(request.user, slug, REFLECT)
    question = _visible_question(request.user, werkplaats, pk)
    current = selectors.reflection_of(question)
    if request.method != "POST":
        form, formset = _reflection_forms(current)
        return _reflection_page(request, werkplaats, question, current, form, formset)

    form = ReflectionForm(request.POST)
    formset = ReferenceFormSet(request.POST, prefix=REFERENCES_PREFIX)
    if all([form.is_valid(), formset.is_valid()]):
        try:
            services.reflection_save(
                actor=request.user,
                question=question,
                version=form.cleaned_data["version"],
                references=formset.references(),
                known=form.cleaned_data["known"],
                approaches=form.cleaned_data["approaches"],
                open_questions=form.cleaned_data["open_questions"],
            )
        except StaleVersion:
            current = selectors.reflection_of(question)
            typed = request.POST.copy()
            typed["version"] = str(current.version) if current else ""
            return _reflection_page(
                request,
                werkplaats,
                question,
                current,
                ReflectionForm(typed),
                ReferenceFormSet(typed, prefix=REFERENCES_PREFIX),
                stale=True,
                status=409,
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("The reflection has been saved."))
            return redirect("questions:reflection", slug=werkplaats.slug, pk=question.pk)
    return _reflection_page(request, werkplaats, question, current, form, formset, status=400)


@login_required
@require_POST
def reflection_publish(request, slug, pk):
    werkplaats = get_werkplaats_for_user(request.user, slug, REFLECT)
    question = _visible_question(request.user, werkplaats, pk)
    current = selectors.reflection_of(question)
    try:
        if current is None:
            raise ValidationError(_("Write and save the reflection before you publish it."))
        services.reflection_publish(actor=request.user, reflection=current)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        form, formset = _reflection_forms(current)
        return _reflection_page(request, werkplaats, question, current, form, formset, status=400)
    messages.success(
        request, _("The reflection is published. It is shown with the question for everyone.")
    )
    return redirect("questions:detail", slug=werkplaats.slug, pk=question.pk)


# The asker's own page ----------------------------------------------------------------------


def follow(request, token):
    """The personal link from the confirmation e-mail: no login, only this question."""
    key = Question.key_from_follow_token(token)
    question = selectors.question_by_follow_key(key) if key else None
    if question is None:
        response = render(request, "questions/follow_invalid.html", status=404)
    else:
        reflection = selectors.reflection_of(question)
        response = render(
            request,
            "questions/follow.html",
            {
                "question": question,
                "werkplaats": question.werkplaats,
                "transitions": selectors.transitions_of(question),
                "reflection": reflection if reflection and reflection.is_published else None,
                "agenda_url": _agenda_url(question.werkplaats),
            },
        )
    # Whoever has the link sees the question: keep it out of search engines.
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


# Coordinators ------------------------------------------------------------------------------


@login_required
def queue(request, slug):
    """All questions of the werkplaats for its coordinators, oldest first."""
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    form = QueueFilterForm(request.GET or None)
    questions = selectors.question_queue(werkplaats, statuses=form.statuses())
    page = Paginator(questions, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(
        request,
        "questions/queue.html",
        {
            "werkplaats": werkplaats,
            "form": form,
            "page": page,
            "referrals": selectors.incoming_referrals(werkplaats),
        },
        status=400 if form.is_bound and not form.is_valid() else 200,
    )
