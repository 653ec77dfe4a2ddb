"""The demo's publications, news and uses in education (werkplaats.publications.demo)."""

import inspect
from collections import Counter
from datetime import date

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from werkplaats.activities.demo import SURNAMES
from werkplaats.audit.models import AuditEntry
from werkplaats.lib.identifiers import clean_doi, clean_isbn
from werkplaats.lib.markdown import plain_text
from werkplaats.lib.readability import WORD, readability
from werkplaats.lib.uploads import checked_content_type
from werkplaats.network.demo import MEMBERS, load_demo
from werkplaats.network.models import Werkplaats
from werkplaats.pages.models import NewsItem
from werkplaats.publications.demo import (
    NATIONAL_SITE,
    PUBLICATIONS,
    USAGE_MONTHS,
    load_publications_demo,
)
from werkplaats.publications.models import (
    Author,
    Course,
    CourseUse,
    Publication,
    PublicationFile,
    UsageCount,
)
from werkplaats.questions import demo as questions_demo

pytestmark = pytest.mark.django_db

Kind = Publication.Kind
Status = Publication.Status
# Texts for professionals, which read harder than B1: the control for the B1 test.
NOT_B1 = ("handreiking-integraal-en-wijkgericht-werken-k4", "samen-kennis-maken")
# The kinds the Noord-Holland page promises at least two of a year.
PROMISED = {Kind.HANDREIKING, Kind.ARTIKEL, Kind.ADVIES, Kind.COLUMN, Kind.BLOG, Kind.CASUISTIEK}


@pytest.fixture(autouse=True)
def var_dir(settings, tmp_path):
    """Keep the demo password of the tests out of the developer's own ./var/."""
    settings.VAR_DIR = tmp_path
    return tmp_path


@pytest.fixture
def demo(db):
    load_demo()
    return {w.slug: w for w in Werkplaats.objects.all()}


def counts():
    models = (
        Publication, Author, PublicationFile, UsageCount, NewsItem, Course, CourseUse, AuditEntry,
    )  # fmt: skip
    return {model.__name__: model.objects.count() for model in models}


def test_every_kind_is_published_for_each_werkplaats_within_its_period(demo):
    today = timezone.localdate()
    for werkplaats in demo.values():
        published = Publication.objects.published().filter(werkplaats=werkplaats)
        assert set(published.values_list("kind", flat=True)) == set(Kind.values), werkplaats.slug
        for publication in published:
            assert publication.published_at is not None
            assert timezone.localdate(publication.published_at) == publication.date

        end = werkplaats.period_end or today
        for publication in Publication.objects.filter(werkplaats=werkplaats):
            assert werkplaats.period_start <= publication.date <= end, publication.slug
        for item in NewsItem.objects.published().filter(werkplaats=werkplaats):
            assert werkplaats.period_start <= timezone.localdate(item.published_at) <= end
    noord_holland = Publication.objects.filter(werkplaats=demo["noord-holland"])
    assert {p.date.year for p in noord_holland} == {2020, 2021, 2022}
    den_haag = Publication.objects.filter(werkplaats=demo["den-haag-leiden"])
    assert min(p.date for p in den_haag) < date(2020, 1, 1)
    assert max(p.date for p in den_haag).year == 2026

    # Noord-Holland promised two of these a year, and to publish in vaktijdschriften.
    published = Publication.objects.published().filter(
        werkplaats=demo["noord-holland"], kind__in=PROMISED
    )
    per_year = Counter(p.date.year for p in published)
    assert all(per_year[year] >= 2 for year in (2020, 2021, 2022)), per_year
    assert published.filter(kind=Kind.VAKPUBLICATIE).count() == 0  # not one of the promised
    vak = Publication.objects.filter(kind=Kind.VAKPUBLICATIE)
    assert vak.count() == 2
    assert all(p.appeared_in.startswith("Vakblad Sociaal Werk, ") for p in vak)

    # Den Haag & Leiden has work in progress, for its members' view.
    assert den_haag.filter(status=Status.CONCEPT).count() >= 2
    assert den_haag.filter(status=Status.REVIEW).count() >= 2
    for draft in den_haag.exclude(status=Status.PUBLISHED):
        assert draft.published_at is None
        assert not draft.usage.exists()
    assert Publication.objects.published().count() >= 28
    # Every step of the workflow is in the audit trail.
    published = Publication.objects.published()
    moves = AuditEntry.objects.filter(action="publication.status")
    assert moves.filter(data__to=Status.PUBLISHED).count() == published.count()
    reviewed = moves.filter(data__to=Status.REVIEW).count()
    assert reviewed == Publication.objects.exclude(status=Status.CONCEPT).count()


def test_links_and_authors_stay_within_the_werkplaats(demo):
    # Every atelier, question and agenda theme the demo names was found.
    for werkplaats_slug, specs in PUBLICATIONS.items():
        for spec in specs:
            publication = Publication.objects.get(werkplaats__slug=werkplaats_slug, slug=spec.slug)
            assert publication.ateliers.count() == len(spec.ateliers), spec.slug
            assert publication.questions.count() == len(spec.questions), spec.slug
            assert publication.agenda_themes.count() == len(spec.agenda_themes), spec.slug
            assert publication.authors.count() == len(spec.authors), spec.slug

    for publication in Publication.objects.prefetch_related(
        "themes", "ateliers", "questions", "agenda_themes", "authors"
    ):
        werkplaats = publication.werkplaats
        allowed = set(werkplaats.themes.values_list("pk", flat=True))
        # Den Haag & Leiden's agenda themes add themes of their own (armoede, toegang).
        for agenda in werkplaats.agendas.prefetch_related("themes__themes"):
            for agenda_theme in agenda.themes.all():
                allowed |= {t.pk for t in agenda_theme.themes.all()}
        assert publication.themes.exists(), publication.slug
        assert {t.pk for t in publication.themes.all()} <= allowed, publication.slug
        for atelier in publication.ateliers.all():
            assert atelier.werkplaats_id == werkplaats.pk
            if publication.is_published:
                assert atelier.period_start <= publication.date, publication.slug
        for question in publication.questions.all():
            assert question.werkplaats_id == werkplaats.pk
            assert question.is_public, publication.slug
            assert timezone.localdate(question.created) <= publication.date, publication.slug
        for agenda_theme in publication.agenda_themes.all():
            assert agenda_theme.agenda.werkplaats_id == werkplaats.pk
        assert publication.authors.exists(), publication.slug
        assert publication.audiences, publication.slug

    for werkplaats in demo.values():
        published = Publication.objects.published().filter(werkplaats=werkplaats)
        assert published.filter(ateliers__isnull=False).distinct().count() >= 8
        assert published.filter(questions__isnull=False).distinct().count() >= 3
        assert published.filter(agenda_themes__isnull=False).distinct().count() >= 5
        assert published.filter(for_residents=True).count() >= 2

    # Authors are demo members of the werkplaats or made-up people.
    authors = Author.objects.select_related("user", "publication__werkplaats")
    members = authors.filter(user__isnull=False)
    assert members.count() >= 20
    for author in members:
        assert author.user.email in MEMBERS
        # A member writes for their own werkplaats, with the organisation of their membership.
        membership = author.user.memberships.get(werkplaats=author.publication.werkplaats)
        assert author.affiliation == (
            membership.organisation.name if membership.organisation else ""
        )
        assert author.name == author.user.name
    outsiders = authors.filter(user__isnull=True)
    assert outsiders.count() >= 20
    for author in outsiders:
        assert author.name.split()[-1] in SURNAMES, author.name
    assert outsiders.exclude(affiliation="").count() >= 15
    # The real people named on the source pages do not appear.
    names = " ".join(authors.values_list("name", flat=True))
    assert "Tineke" not in names and "Linders" not in names


def test_texts_read_well_and_invent_no_identifiers(demo):
    for_residents = Publication.objects.filter(for_residents=True)
    assert for_residents.count() >= 5
    for publication in for_residents:
        for text in (publication.summary, publication.body):
            result = readability(text)
            assert result.is_b1, (publication.slug, result)
        assert readability(f"{publication.summary}\n\n{publication.body}").is_b1
    # The indication is not simply always "B1": texts for professionals are harder.
    for slug in NOT_B1:
        assert not readability(Publication.objects.get(slug=slug).summary).is_b1, slug

    for publication in Publication.objects.all():
        assert 60 <= len(WORD.findall(plain_text(publication.summary))) <= 120, publication.slug
        assert publication.body.count("\n## ") + publication.body.startswith("## ") >= 2
        if publication.kind != Kind.COLUMN:  # a column is prose; the rest have lists
            assert "\n- " in publication.body or "\n1. " in publication.body, publication.slug
    assert Publication.objects.filter(language=Publication.Language.ENGLISH).count() == 1
    licences = Counter(Publication.objects.values_list("licence", flat=True))
    assert licences.most_common(1)[0][0] == Publication.Licence.CC_BY
    assert len(licences) >= 4

    # No invented DOIs (only those the questions demo cites) and only valid ISBNs.
    cited = inspect.getsource(questions_demo)
    for publication in Publication.objects.exclude(doi=""):
        assert clean_doi(publication.doi) == publication.doi
        assert publication.doi in cited, publication.slug
    for publication in Publication.objects.exclude(isbn=""):
        assert clean_isbn(publication.isbn) == publication.isbn
    # Links go to the real national site's front page or to example.org, nowhere else.
    national = Publication.objects.exclude(national_site_url="")
    assert list(national.values_list("national_site_url", flat=True)) == [NATIONAL_SITE]
    for url in Publication.objects.exclude(external_url="").values_list("external_url", flat=True):
        assert url.startswith("https://video.example.org/")
    videos = Publication.objects.filter(kind=Kind.VIDEO)
    assert all(video.external_url for video in videos)


def test_a_third_have_a_pdf_and_published_ones_have_usage(demo):
    files = list(PublicationFile.objects.select_related("publication"))
    total = Publication.objects.count()
    assert total / 4 <= len(files) <= total / 2
    for stored in files:
        with stored.file.open("rb") as handle:
            data = handle.read()
        assert checked_content_type(SimpleUploadedFile(stored.original_name, data)) == (
            "application/pdf"
        )
        assert stored.size == len(data) < 20_000
        assert stored.original_name == f"{stored.publication.slug}.pdf"
        assert b"/Title (" in data and data.rstrip().endswith(b"%%EOF")
    assert AuditEntry.objects.filter(action="publication.file_add").count() == len(files)

    published = Publication.objects.published()
    assert set(UsageCount.objects.values_list("publication", flat=True)) == set(
        published.values_list("pk", flat=True)
    )
    this_month = timezone.localdate().replace(day=1)
    for usage in UsageCount.objects.select_related("publication"):
        publication = usage.publication
        assert usage.month.day == 1
        assert publication.date.replace(day=1) <= usage.month <= this_month
        assert usage.views > 0
        assert usage.downloads <= usage.views
        assert (usage.downloads > 0) == publication.files.exists(), publication.slug
    # Several months for those that appeared long enough ago.
    old = published.filter(date__lt=date(2026, 1, 1))
    assert all(p.usage.count() == USAGE_MONTHS for p in old)


def test_news_and_uses_in_education_of_both_werkplaatsen(demo):
    for werkplaats in demo.values():
        news = NewsItem.objects.filter(werkplaats=werkplaats)
        assert 4 <= news.published().count() <= 6
        drafts = news.exclude(status=NewsItem.Status.PUBLISHED)
        assert drafts.count() == 1
        assert drafts.get().published_at is None
        for item in news:
            assert item.summary and item.body and item.author is not None
    assert AuditEntry.objects.filter(action="news.publish").count() == (
        NewsItem.objects.published().count()
    )

    hogescholen = {"hogeschool-leiden", "de-haagse-hogeschool", "hogeschool-inholland"}
    assert set(Course.objects.values_list("institution__slug", flat=True)) == hogescholen
    for werkplaats in demo.values():
        uses = CourseUse.objects.filter(werkplaats=werkplaats).select_related(
            "course__institution", "publication", "atelier"
        )
        assert len({use.academic_year for use in uses}) >= 3, werkplaats.slug
        assert uses.filter(publication__isnull=False).exists()
        assert uses.filter(atelier__isnull=False).exists()
        partners = set(werkplaats.partnerships.values_list("organisation", flat=True))
        for use in uses:
            use.full_clean()
            assert use.course.institution_id in partners
            # An academic year runs from September to August; what was used existed by then.
            first, last = (int(year) for year in use.academic_year.split("-"))
            if use.publication:
                assert use.publication.is_published
                assert use.publication.date < date(last, 9, 1), use
            else:
                assert use.atelier.period_start < date(last, 9, 1), use
                assert use.atelier.period_end is None or use.atelier.period_end >= date(
                    first, 9, 1
                ), use
    assert (
        AuditEntry.objects.filter(action="course_use.create").count() == CourseUse.objects.count()
    )


def test_demo_records_pass_model_validation(demo):
    # SQLite does not enforce max_length; full_clean does.
    for model in (Publication, Author, NewsItem, Course, CourseUse, UsageCount):
        for obj in model.objects.all():
            obj.full_clean()


def test_loading_twice_changes_nothing(demo):
    before = counts()
    publication = Publication.objects.get(slug="column-koffie-zonder-afspraak")

    load_demo()

    assert counts() == before
    assert before["Publication"] >= 30

    # An edited text is put back through the service (one audit entry); its status stays.
    Publication.objects.filter(pk=publication.pk).update(summary="Oud")
    load_publications_demo()
    publication.refresh_from_db()
    assert publication.summary.startswith("Bea woont al dertig jaar")
    assert publication.status == Status.PUBLISHED
    assert AuditEntry.objects.count() == before["AuditEntry"] + 1


def test_the_demo_sends_no_mail(django_capture_on_commit_callbacks):
    # The services enqueue their work on commit; in tests the tasks run at once.
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    assert mail.outbox == []
    assert Publication.objects.published().exists() and NewsItem.objects.published().exists()
