"""Published publications, and writing publications (members of the werkplaats)."""

import datetime

from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Q
from django.forms.models import model_to_dict
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja import Status as HttpStatus

from werkplaats.accounts.permissions import (
    can_edit_publication,
    can_move_publication,
    can_write_publication,
)
from werkplaats.api.auth import token_auth
from werkplaats.api.errors import (
    ApiError,
    field_errors_of,
    first_or_404,
    forbidden,
    form_errors_of,
    invalid,
    not_found,
)
from werkplaats.api.formdata import form_data, pks_of
from werkplaats.api.pagination import Id, PageParams, Slug, Text, Year, page_of, paginate
from werkplaats.api.responses import choice, reads, writes
from werkplaats.api.routers.network import ThemeOut
from werkplaats.api.schemas import RecordOut
from werkplaats.network.models import Theme
from werkplaats.publications import services
from werkplaats.publications.forms import PublicationForm
from werkplaats.publications.models import AUDIENCE_FIELDS, Audience, Author, Publication

router = Router(tags=["publications"])


class AuthorOut(Schema):
    name: str
    affiliation: str


class PublicationOut(RecordOut):
    id: int
    werkplaats: str = Field(..., description="Slug of the werkplaats.")
    slug: str
    title: str
    kind: str
    status: str
    summary: str
    body: str = Field(..., description="Markdown.")
    date: datetime.date
    language: str
    licence: str
    audiences: list[str]
    authors: list[AuthorOut]
    themes: list[ThemeOut]
    external_url: str
    doi: str
    isbn: str
    appeared_in: str
    published_at: datetime.datetime | None
    updated: datetime.datetime
    url: str

    @staticmethod
    def resolve_authors(obj):
        return list(obj.authors.all())


PublicationPage = page_of(PublicationOut, "PublicationPage")


class PublicationFilters(PageParams):
    werkplaats: Slug | None = None
    theme: Slug | None = None
    kind: choice(Publication.Kind) | None = None
    audience: choice(Audience) | None = None
    language: choice(Publication.Language) | None = None
    year: Year | None = Field(None, description="Year of the publication date.")
    q: Text | None = Field(None, description="Words in the title or summary.")


def _with_details(queryset):
    return queryset.select_related("werkplaats").prefetch_related(
        Prefetch("authors", queryset=Author.objects.order_by("position", "id")),
        Prefetch("themes", queryset=Theme.objects.order_by("name")),
    )


@router.get("/publications", response=reads(PublicationPage), summary="List published publications")
def publication_list(request, filters: Query[PublicationFilters]):
    publications = Publication.objects.published()
    if filters.werkplaats:
        publications = publications.filter(werkplaats__slug=filters.werkplaats)
    if filters.theme:
        publications = publications.filter(themes__slug=filters.theme)
    if filters.kind:
        publications = publications.filter(kind=filters.kind)
    if filters.audience:
        publications = publications.filter(**{AUDIENCE_FIELDS[filters.audience]: True})
    if filters.language:
        publications = publications.filter(language=filters.language)
    if filters.year:
        publications = publications.filter(date__year=filters.year)
    if filters.q:
        publications = publications.filter(
            Q(title__icontains=filters.q) | Q(summary__icontains=filters.q)
        )
    return paginate(_with_details(publications).order_by("-date", "-id"), filters)


@router.get(
    "/publications/{id}", response=reads(PublicationOut), summary="One published publication"
)
def publication_detail(request, id: Id):
    publication = first_or_404(_with_details(Publication.objects.published().filter(pk=id)))
    return publication


class PublicationChange(Schema):
    """The fields of a publication; on a change, only those you send change."""

    title: str | None = Field(None, max_length=250)
    kind: choice(Publication.Kind) | None = None
    summary: str | None = Field(None, max_length=2000)
    body: str | None = Field(None, max_length=200_000, description="Markdown.")
    date: datetime.date | None = None
    language: choice(Publication.Language) | None = None
    licence: choice(Publication.Licence) | None = None
    audiences: list[choice(Audience)] | None = Field(None, max_length=4)
    themes: list[Slug] | None = Field(None, max_length=50, description="Slugs of themes.")
    external_url: str | None = Field(None, max_length=200)
    doi: str | None = Field(None, max_length=250)
    isbn: str | None = Field(None, max_length=30)
    appeared_in: str | None = Field(None, max_length=250)
    national_site_url: str | None = Field(None, max_length=200)


class PublicationIn(PublicationChange):
    title: str = Field(..., max_length=250)
    kind: choice(Publication.Kind)
    summary: str = Field(..., max_length=2000)


FORM_FIELDS = (
    "title",
    "kind",
    "summary",
    "body",
    "date",
    "language",
    "licence",
    "external_url",
    "doi",
    "isbn",
    "appeared_in",
    "national_site_url",
)


def _save(request, publication: Publication, changes: PublicationChange, *, created: bool):
    """Check the values with the editor's form and save them with the editor's service."""
    werkplaats = publication.werkplaats
    values = model_to_dict(publication, FORM_FIELDS)
    values["audiences"] = publication.audiences
    values["themes"] = [] if created else list(publication.themes.values_list("pk", flat=True))
    sent = changes.model_dump(exclude_unset=True)
    for name, value in sent.items():
        if name == "themes":
            value = pks_of(Theme.objects.all(), value, "themes")
        if name == "audiences" and value is None:
            value = []  # as for the themes: null empties the list
        if value is None and name in ("title", "kind", "summary", "date", "language", "licence"):
            continue  # these cannot be emptied; null leaves them as they are
        values[name] = value
    form = PublicationForm(
        form_data(values), instance=publication, werkplaats=werkplaats, everything=False
    )
    if not form.is_valid():
        raise invalid(form_errors_of(form))
    relations = form.relations()
    # Only the themes are written through the API; other links stay as they are.
    relations = {"themes": relations.get("themes", [])}
    try:
        saved = services.publication_save(
            actor=request.user,
            publication=form.instance,
            relations=relations,
            authors=[{"user": request.user}] if created else None,
        )
    except ValidationError as error:
        raise invalid(field_errors_of(error)) from None
    return _with_details(Publication.objects.filter(pk=saved.pk)).get()


@router.post(
    "/publications",
    response=writes(PublicationOut, status=201),
    auth=token_auth,
    summary="Write a publication of your werkplaats, as a draft (members)",
)
def publication_create(request, payload: PublicationIn):
    token = request.auth
    if not can_write_publication(request.user, token.werkplaats):
        raise forbidden(_("Only members of the werkplaats write its publications."))
    publication = Publication(werkplaats=token.werkplaats, date=timezone.localdate())
    return HttpStatus(201, _save(request, publication, payload, created=True))


def _own(request, id) -> Publication:
    """A publication of the token's werkplaats; others are not found, as on the site."""
    publication = (
        Publication.objects.select_related("werkplaats")
        .filter(pk=id, werkplaats=request.auth.werkplaats)
        .first()
    )
    if publication is None:
        raise not_found()
    return publication


@router.patch(
    "/publications/{id}",
    response=writes(PublicationOut),
    auth=token_auth,
    summary="Change a publication of your werkplaats (members; published ones: reviewers)",
)
def publication_update(request, payload: PublicationChange, id: Id):
    publication = _own(request, id)
    if not can_edit_publication(request.user, publication):
        raise forbidden(
            _("A published publication is changed by the researchers and coordinators only.")
            if can_write_publication(request.user, publication.werkplaats)
            else _("Only members of the werkplaats change its publications.")
        )
    return _save(request, publication, payload, created=False)


class StatusIn(Schema):
    status: choice(Publication.Status)


@router.post(
    "/publications/{id}/status",
    response=writes(PublicationOut),
    auth=token_auth,
    summary="Move a publication in its workflow (review: members; publish: reviewers)",
)
def publication_status(request, payload: StatusIn, id: Id):
    publication = _own(request, id)
    if not can_move_publication(request.user, publication, payload.status):
        raise forbidden(_("Your role does not allow this step."))
    try:
        services.publication_move(
            actor=request.user, publication=publication, status=payload.status
        )
    except ValidationError as error:
        raise ApiError(409, "workflow", " ".join(error.messages)) from None
    return _with_details(Publication.objects.filter(pk=publication.pk)).get()
