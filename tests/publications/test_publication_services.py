"""The publication services on their own: saving with authors and relations, the workflow,
files and usage counts."""

import inspect
from datetime import date
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.accounts.factories import UserFactory
from tests.files import PDF
from tests.network.factories import ThemeFactory
from tests.publications.factories import PublicationFactory, PublicationFileFactory
from werkplaats.audit.models import AuditEntry
from werkplaats.publications import services
from werkplaats.publications.models import Publication, PublicationFile, UsageCount
from werkplaats.publications.services import TRANSITIONS

Status = Publication.Status


def new_publication(werkplaats, **fields):
    values = {
        "werkplaats": werkplaats,
        "title": "Werken met ervaringsdeskundigen",
        "kind": Publication.Kind.METHODIEK,
        "summary": "Hoe je ervaringsdeskundigen een volwaardige plek geeft.",
        "date": date(2025, 5, 1),
        **fields,
    }
    return Publication(**values)


# Saving --------------------------------------------------------------------------------------


def test_save_creates_a_draft_with_a_slug_and_the_creator(werkplaats_a, coordinator_a):
    saved = services.publication_save(
        actor=coordinator_a,
        publication=new_publication(werkplaats_a),
        authors=[{"name": "Anna Jansen"}],
    )

    saved.refresh_from_db()
    assert saved.status == Status.CONCEPT
    assert saved.slug == "werken-met-ervaringsdeskundigen"
    assert saved.created_by == coordinator_a
    assert saved.published_at is None
    assert AuditEntry.objects.get().action == "publication.create"


def test_slugs_are_unique_per_werkplaats_only(werkplaats_a, werkplaats_b, coordinator_a):
    first = services.publication_save(
        actor=coordinator_a, publication=new_publication(werkplaats_a)
    )
    second = services.publication_save(
        actor=coordinator_a, publication=new_publication(werkplaats_a)
    )
    elsewhere = services.publication_save(
        actor=coordinator_a, publication=new_publication(werkplaats_b)
    )

    assert first.slug == "werken-met-ervaringsdeskundigen"
    assert second.slug == "werken-met-ervaringsdeskundigen-2"
    assert elsewhere.slug == "werken-met-ervaringsdeskundigen"


def test_a_reserved_slug_is_never_given(werkplaats_a, coordinator_a):
    saved = services.publication_save(
        actor=coordinator_a, publication=new_publication(werkplaats_a, title="Nieuw")
    )

    assert saved.slug == "nieuw-2"


def test_authors_in_order_a_member_without_a_name_gets_theirs(werkplaats_a, member_a):
    saved = services.publication_save(
        actor=member_a,
        publication=new_publication(werkplaats_a),
        authors=[
            {"user": member_a, "name": "", "affiliation": " Hogeschool Leiden "},
            {"user": None, "name": " Bert Smit ", "affiliation": ""},
        ],
    )

    assert [(a.position, a.user, a.name, a.affiliation) for a in saved.authors.all()] == [
        (0, member_a, "Onderzoeker A", "Hogeschool Leiden"),
        (1, None, "Bert Smit", ""),
    ]


def test_saving_again_replaces_the_authors_and_relations(werkplaats_a, member_a):
    first, second = ThemeFactory(), ThemeFactory()
    saved = services.publication_save(
        actor=member_a,
        publication=new_publication(werkplaats_a),
        relations={"themes": [first]},
        authors=[{"name": "A"}, {"name": "B"}],
    )

    services.publication_save(
        actor=member_a, publication=saved, relations={"themes": [second]}, authors=[{"name": "C"}]
    )

    assert [a.name for a in saved.authors.all()] == ["C"]
    assert list(saved.themes.all()) == [second]
    assert [e.action for e in AuditEntry.objects.order_by("id")] == [
        "publication.create",
        "publication.update",
    ]


def test_saving_without_authors_keeps_them(werkplaats_a, member_a):
    saved = services.publication_save(
        actor=member_a, publication=new_publication(werkplaats_a), authors=[{"name": "A"}]
    )

    services.publication_save(actor=member_a, publication=saved)

    assert [a.name for a in saved.authors.all()] == ["A"]


def test_saving_cannot_change_the_status(werkplaats_a, member_a):
    publication = PublicationFactory(
        werkplaats=werkplaats_a, status=Status.CONCEPT, created_by=member_a
    )
    publication.status = Status.PUBLISHED

    services.publication_save(actor=member_a, publication=publication)

    publication.refresh_from_db()
    assert publication.status == Status.CONCEPT


def test_an_invalid_publication_is_refused_and_nothing_is_written(werkplaats_a, member_a):
    with pytest.raises(ValidationError) as error:
        services.publication_save(
            actor=member_a, publication=new_publication(werkplaats_a, summary="")
        )

    assert "summary" in error.value.error_dict
    assert not Publication.objects.exists()
    assert not AuditEntry.objects.exists()


def test_an_author_without_a_name_rolls_everything_back(werkplaats_a, member_a):
    with pytest.raises(ValidationError):
        services.publication_save(
            actor=member_a,
            publication=new_publication(werkplaats_a),
            authors=[{"name": "Goed"}, {"name": "  "}],
        )

    assert not Publication.objects.exists()
    assert not AuditEntry.objects.exists()


# The workflow --------------------------------------------------------------------------------


ALL_STEPS = [(old, new) for old in Status.values for new in Status.values]


@pytest.mark.parametrize(("old", "new"), ALL_STEPS)
def test_move_follows_the_transitions(werkplaats_a, coordinator_a, old, new):
    publication = PublicationFactory(werkplaats=werkplaats_a, status=old, published_at=None)

    if new in TRANSITIONS[old]:
        services.publication_move(actor=coordinator_a, publication=publication, status=new)
        publication.refresh_from_db()
        assert publication.status == new
        assert (publication.published_at is not None) == (new == Status.PUBLISHED)
        entry = AuditEntry.objects.get()
        assert (entry.action, entry.data) == ("publication.status", {"from": old, "to": new})
    else:
        with pytest.raises(ValidationError) as error:
            services.publication_move(actor=coordinator_a, publication=publication, status=new)
        assert error.value.code == "transition"
        publication.refresh_from_db()
        assert publication.status == old
        assert not AuditEntry.objects.exists()


def test_move_to_an_unknown_status_is_refused(werkplaats_a, coordinator_a):
    publication = PublicationFactory(werkplaats=werkplaats_a, status=Status.CONCEPT)

    with pytest.raises(ValidationError):
        services.publication_move(actor=coordinator_a, publication=publication, status="gone")


def test_republishing_stamps_the_new_moment(werkplaats_a, coordinator_a):
    publication = PublicationFactory(werkplaats=werkplaats_a, status=Status.CONCEPT)
    services.publication_move(actor=coordinator_a, publication=publication, status=Status.PUBLISHED)
    first = Publication.objects.get().published_at
    services.publication_move(actor=coordinator_a, publication=publication, status=Status.CONCEPT)
    assert Publication.objects.get().published_at == first  # kept while it is a draft again

    services.publication_move(actor=coordinator_a, publication=publication, status=Status.PUBLISHED)

    assert Publication.objects.get().published_at > first


# Files ---------------------------------------------------------------------------------------


def test_file_add_and_delete_with_their_trail(werkplaats_a, member_a):
    publication = PublicationFactory(werkplaats=werkplaats_a)

    stored = services.publication_file_add(
        actor=member_a,
        publication=publication,
        upload=SimpleUploadedFile("rapport.pdf", PDF),
    )
    path = Path(stored.file.path)
    assert path.read_bytes() == PDF

    services.publication_file_delete(actor=member_a, stored=stored)

    assert not path.exists()
    assert not PublicationFile.objects.exists()
    assert [(e.action, e.data) for e in AuditEntry.objects.order_by("id")] == [
        ("publication.file_add", {"file": "rapport.pdf"}),
        ("publication.file_delete", {"file": "rapport.pdf"}),
    ]


def test_a_long_file_name_is_cut_to_fit(werkplaats_a, member_a):
    publication = PublicationFactory(werkplaats=werkplaats_a)
    name = "a" * 300 + ".pdf"

    stored = services.publication_file_add(
        actor=member_a, publication=publication, upload=SimpleUploadedFile(name, PDF)
    )

    assert stored.original_name == name[:200]


def test_a_file_of_a_wrong_type_is_refused_before_it_is_stored(werkplaats_a, member_a, media):
    publication = PublicationFactory(werkplaats=werkplaats_a)

    with pytest.raises(ValidationError):
        services.publication_file_add(
            actor=member_a,
            publication=publication,
            upload=SimpleUploadedFile("virus.pdf", b"MZ\x90\x00"),
        )

    assert not PublicationFile.objects.exists()
    assert not [p for p in Path(media).rglob("*") if p.is_file()]


def test_deleting_a_publication_deletes_its_rows(werkplaats_a):
    publication = PublicationFactory(werkplaats=werkplaats_a)
    PublicationFileFactory(publication=publication)
    services.usage_count(publication=publication)

    publication.delete()

    assert not PublicationFile.objects.exists()
    assert not UsageCount.objects.exists()


# Usage ---------------------------------------------------------------------------------------


def test_usage_count_recovers_when_the_row_appears_at_the_same_moment(werkplaats_a, monkeypatch):
    """Two first visitors of a month at once: the loser of the insert adds to the winner's row."""
    publication = PublicationFactory(werkplaats=werkplaats_a)
    calls = []
    original_filter = UsageCount.objects.filter

    def racing_filter(*args, **kwargs):
        queryset = original_filter(*args, **kwargs)
        if not calls:
            # The first update finds no row; meanwhile another request creates it.
            calls.append(True)
            UsageCount.objects.create(publication=publication, month=kwargs["month"], views=1)
            return original_filter(pk=-1)
        return queryset

    monkeypatch.setattr(UsageCount.objects, "filter", racing_filter)
    services.usage_count(publication=publication, today=date(2025, 6, 9))
    monkeypatch.undo()

    row = UsageCount.objects.get()
    assert (row.month, row.views) == (date(2025, 6, 1), 2)


def test_usage_needs_no_user():
    # The signature takes no request, user or address: there is nothing about who to pass.
    assert set(inspect.signature(services.usage_count).parameters) == {
        "publication",
        "download",
        "today",
    }


def test_a_deleted_actor_leaves_the_trail_without_a_name(werkplaats_a):
    actor = UserFactory()
    publication = PublicationFactory(werkplaats=werkplaats_a, status=Status.CONCEPT)
    services.publication_move(actor=actor, publication=publication, status=Status.REVIEW)

    actor.delete()

    entry = AuditEntry.objects.get()
    assert entry.actor is None
    assert entry.data == {"from": "concept", "to": "review"}
