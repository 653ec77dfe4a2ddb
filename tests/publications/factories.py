from datetime import date

import factory
from django.utils import timezone

from tests.files import PDF
from tests.network.factories import OrganisationFactory, WerkplaatsFactory
from werkplaats.network.models import Organisation
from werkplaats.pages.models import NewsItem
from werkplaats.publications.models import (
    Author,
    Course,
    CourseUse,
    Publication,
    PublicationFile,
    UsageCount,
)


class PublicationFactory(factory.django.DjangoModelFactory):
    """A published handreiking for professionals."""

    class Meta:
        model = Publication
        skip_postgeneration_save = True

    werkplaats = factory.SubFactory(WerkplaatsFactory)
    title = factory.Sequence(lambda n: f"Handreiking wijkgericht werken {n}")
    slug = factory.Sequence(lambda n: f"handreiking-{n}")
    kind = Publication.Kind.HANDREIKING
    status = Publication.Status.PUBLISHED
    summary = "Hoe sociaal werkers en bewoners samen werken aan een wijk waar iedereen meedoet."
    body = "## Wat werkt\n\nKleine stappen, **samen** met bewoners."
    date = date(2025, 3, 1)
    for_professionals = True


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    publication = factory.SubFactory(PublicationFactory)
    name = factory.Sequence(lambda n: f"Auteur {n}")
    affiliation = "Hogeschool Leiden"


class PublicationFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PublicationFile

    publication = factory.SubFactory(PublicationFactory)
    file = factory.django.FileField(filename="handreiking.pdf", data=PDF)
    original_name = "handreiking.pdf"
    content_type = "application/pdf"
    size = len(PDF)


class UsageCountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UsageCount

    publication = factory.SubFactory(PublicationFactory)
    month = date(2025, 3, 1)
    views = 10
    downloads = 2


class CourseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Course

    name = factory.Sequence(lambda n: f"Social Work {n}")
    institution = factory.SubFactory(OrganisationFactory, kind=Organisation.Kind.HOGESCHOOL)
    level = Course.Level.HBO


class CourseUseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CourseUse

    publication = factory.SubFactory(PublicationFactory)
    werkplaats = factory.LazyAttribute(lambda o: o.publication.werkplaats)
    course = factory.SubFactory(CourseFactory)
    how = "Verplichte literatuur in de minor Wijkgericht werken."
    academic_year = "2025-2026"


class NewsItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsItem

    werkplaats = factory.SubFactory(WerkplaatsFactory)
    title = factory.Sequence(lambda n: f"Nieuw leeratelier gestart {n}")
    slug = factory.Sequence(lambda n: f"nieuws-{n}")
    summary = "Een nieuw leeratelier over eenzaamheid is gestart."
    body = "Wij zoeken nog **bewoners** die mee willen doen."
    status = NewsItem.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
