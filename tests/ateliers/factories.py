from datetime import date

import factory
from django.core.files.base import ContentFile

from tests.accounts.factories import UserFactory
from tests.files import PDF
from tests.network.factories import WerkplaatsFactory
from werkplaats.ateliers.models import (
    Atelier,
    AtelierMember,
    AtelierRole,
    Attachment,
    LogEntry,
    PhaseStep,
    SessionGuest,
    StudentApplication,
    StudentPlace,
)


class AtelierFactory(factory.django.DjangoModelFactory):
    """An active atelier with its first phase step, as ``atelier_save`` writes it."""

    class Meta:
        model = Atelier
        skip_postgeneration_save = True

    werkplaats = factory.SubFactory(WerkplaatsFactory)
    title = factory.Sequence(lambda n: f"Leeratelier Samen in de wijk {n}")
    slug = factory.Sequence(lambda n: f"leeratelier-{n}")
    kind = Atelier.Kind.LEERATELIER
    status = Atelier.Status.ACTIVE
    description = "Wij leren **samen** over eenzaamheid."
    period_start = date(2024, 1, 1)
    places = "Leiden"

    @factory.post_generation
    def first_step(self, create, extracted, **kwargs):
        if create:
            PhaseStep.objects.create(atelier=self, phase=self.phase, started_on=self.period_start)


class AtelierMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AtelierMember

    atelier = factory.SubFactory(AtelierFactory)
    user = factory.SubFactory(UserFactory)
    role = AtelierRole.PROFESSIONAL
    state = AtelierMember.State.ACCEPTED


class LogEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LogEntry

    atelier = factory.SubFactory(AtelierFactory)
    date = date(2024, 3, 1)
    kind = LogEntry.Kind.SESSION
    title = factory.Sequence(lambda n: f"Bijeenkomst nummer {n}")
    text = "We spraken over buurthuizen."
    public = False


class SessionGuestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SessionGuest

    entry = factory.SubFactory(LogEntryFactory)
    name = factory.Sequence(lambda n: f"Gastbewoner{n}")


class AttachmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attachment

    entry = factory.SubFactory(LogEntryFactory)
    file = factory.LazyFunction(lambda: ContentFile(PDF, name="verslag.pdf"))
    original_name = "verslag.pdf"
    content_type = "application/pdf"
    size = len(PDF)


class StudentPlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StudentPlace

    atelier = factory.SubFactory(AtelierFactory)
    number = 2
    level = StudentPlace.Level.HBO
    period_start = date(2024, 9, 1)
    period_end = date(2025, 1, 31)
    tasks = "Interviews met bewoners en een kort verslag."
    open = True


class StudentApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StudentApplication

    place = factory.SubFactory(StudentPlaceFactory)
    name = factory.Sequence(lambda n: f"Student Nummer{n}")
    email = factory.Sequence(lambda n: f"student{n}@example.net")
    education = "Social Work, Hogeschool Leiden"
    motivation = "Ik wil leren over onderzoek in de wijk."
