"""course_use_save and course_use_delete, and the rules of CourseUse.clean they rely on."""

import pytest
from django.core.exceptions import ValidationError

from tests.ateliers.factories import AtelierFactory
from tests.helpers import nl
from tests.publications.factories import CourseFactory, CourseUseFactory, PublicationFactory
from werkplaats.audit.models import AuditEntry
from werkplaats.publications.models import Course, CourseUse, Publication
from werkplaats.publications.services import course_use_delete, course_use_save


def new_use(werkplaats, **fields) -> CourseUse:
    values = {
        "werkplaats": werkplaats,
        "course": CourseFactory(),
        "how": "Gastcollege over wijkgericht werken.",
        "academic_year": "2025-2026",
        **fields,
    }
    return CourseUse(**values)


def test_saving_a_use_of_a_publication_stores_it_with_an_audit_entry(coordinator_a, werkplaats_a):
    publication = PublicationFactory(werkplaats=werkplaats_a)

    use = course_use_save(actor=coordinator_a, use=new_use(werkplaats_a, publication=publication))

    assert CourseUse.objects.get() == use
    entry = AuditEntry.objects.get(action="course_use.create")
    assert entry.actor == coordinator_a
    assert entry.werkplaats == werkplaats_a
    assert entry.object_id == str(use.pk)


def test_saving_a_use_of_an_atelier_stores_it(coordinator_a, werkplaats_a):
    atelier = AtelierFactory(werkplaats=werkplaats_a)

    use = course_use_save(actor=coordinator_a, use=new_use(werkplaats_a, atelier=atelier))

    assert CourseUse.objects.get().atelier == atelier
    assert use.publication is None


def test_changing_a_use_is_audited_as_an_update(coordinator_a, werkplaats_a):
    use = CourseUseFactory(publication__werkplaats=werkplaats_a)
    use.how = "Opdracht in het tweede jaar."

    course_use_save(actor=coordinator_a, use=use)

    use.refresh_from_db()
    assert use.how == "Opdracht in het tweede jaar."
    assert AuditEntry.objects.filter(action="course_use.update", object_id=str(use.pk)).exists()


@pytest.mark.parametrize(
    "year",
    ["2025", "2025-2027", "2026-2025", "2025/2026", "25-26", "2025-2026-2027", "abcd-efgh", ""],
)
def test_a_wrong_academic_year_is_refused_and_nothing_saved(coordinator_a, werkplaats_a, year):
    use = new_use(werkplaats_a, publication=PublicationFactory(werkplaats=werkplaats_a))
    use.academic_year = year

    with pytest.raises(ValidationError) as refused:
        course_use_save(actor=coordinator_a, use=use)

    assert "academic_year" in refused.value.message_dict
    assert not CourseUse.objects.exists()
    assert not AuditEntry.objects.filter(action__startswith="course_use").exists()


def test_a_use_needs_a_publication_or_an_atelier(coordinator_a, werkplaats_a):
    with pytest.raises(ValidationError) as refused:
        course_use_save(actor=coordinator_a, use=new_use(werkplaats_a))

    assert nl("Choose a publication or a learning atelier.") in str(refused.value)
    assert not CourseUse.objects.exists()


def test_a_use_cannot_have_both_a_publication_and_an_atelier(coordinator_a, werkplaats_a):
    use = new_use(
        werkplaats_a,
        publication=PublicationFactory(werkplaats=werkplaats_a),
        atelier=AtelierFactory(werkplaats=werkplaats_a),
    )

    with pytest.raises(ValidationError):
        course_use_save(actor=coordinator_a, use=use)

    assert not CourseUse.objects.exists()


@pytest.mark.parametrize("source", ["publication", "atelier"])
def test_a_source_of_another_werkplaats_is_refused(
    coordinator_a, werkplaats_a, werkplaats_b, source
):
    other = (
        PublicationFactory(werkplaats=werkplaats_b)
        if source == "publication"
        else AtelierFactory(werkplaats=werkplaats_b)
    )

    with pytest.raises(ValidationError) as refused:
        course_use_save(actor=coordinator_a, use=new_use(werkplaats_a, **{source: other}))

    assert nl("Choose a publication or atelier of this werkplaats.") in refused.value.messages
    assert not CourseUse.objects.exists()


def test_clean_accepts_two_consecutive_years(werkplaats_a):
    use = new_use(werkplaats_a, publication=PublicationFactory(werkplaats=werkplaats_a))
    use.academic_year = "2099-2100"

    use.full_clean()  # does not raise


def test_deleting_a_use_removes_only_that_use_and_is_audited(coordinator_a, werkplaats_a):
    use = CourseUseFactory(publication__werkplaats=werkplaats_a)
    other = CourseUseFactory(publication__werkplaats=werkplaats_a)
    pk = use.pk

    course_use_delete(actor=coordinator_a, use=use)

    assert list(CourseUse.objects.all()) == [other]
    # The course and the publication stay.
    assert Course.objects.filter(pk=use.course_id).exists()
    assert Publication.objects.filter(pk=use.publication_id).exists()
    entry = AuditEntry.objects.get(action="course_use.delete")
    assert entry.object_id == str(pk)
    assert entry.actor == coordinator_a
    assert entry.werkplaats == werkplaats_a
