from datetime import timedelta

import factory
from django.utils import timezone

from tests.ateliers.factories import PDF
from tests.network.factories import WerkplaatsFactory
from werkplaats.activities.models import (
    Activity,
    ActivityFile,
    Evaluation,
    ProgrammeSession,
    Registration,
    RegistrationRole,
)


def in_days(days: float, hour: int = 14):
    """A moment ``days`` from now at ``hour`` o'clock local time (negative days: in the past)."""
    moment = timezone.localtime() + timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


class ActivityFactory(factory.django.DjangoModelFactory):
    """A public kenniscafé next month with 20 places, registration open."""

    class Meta:
        model = Activity
        skip_postgeneration_save = True

    werkplaats = factory.SubFactory(WerkplaatsFactory)
    title = factory.Sequence(lambda n: f"Kenniscafé eenzaamheid {n}")
    slug = factory.Sequence(lambda n: f"kenniscafe-{n}")
    kind = Activity.Kind.KENNISCAFE
    start = factory.LazyFunction(lambda: in_days(30, 14))
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=2))
    location_name = "Bibliotheek Leiden"
    address = "Nieuwstraat 4, 2312 KA Leiden"
    capacity = 20
    description = "Wij praten **samen** over eenzaamheid in de wijk."


class ProgrammeSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgrammeSession

    activity = factory.SubFactory(ActivityFactory, kind=Activity.Kind.CONGRESS)
    title = factory.Sequence(lambda n: f"Werksessie {n}")
    start = factory.LazyAttribute(lambda o: o.activity.start)
    end = factory.LazyAttribute(lambda o: o.activity.start + timedelta(hours=1))
    room = "Zaal 1"
    speakers = "Dr. A. de Vries"


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    activity = factory.SubFactory(ActivityFactory)
    name = factory.Sequence(lambda n: f"Deelnemer {n}")
    email = factory.Sequence(lambda n: f"deelnemer{n}@example.org")
    organisation = "Wijkteam Noord"
    role = RegistrationRole.PROFESSIONAL
    state = Registration.State.REGISTERED


class EvaluationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evaluation

    activity = factory.SubFactory(ActivityFactory)
    usefulness = 4
    applied = "De gesprekskaart gebruiken in huisbezoeken."
    missed = "Meer tijd voor vragen."


class ActivityFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActivityFile

    activity = factory.SubFactory(ActivityFactory)
    file = factory.django.FileField(
        filename="presentatie.pdf",
        data=PDF,
    )
    original_name = "presentatie.pdf"
    content_type = "application/pdf"
    size = 80
