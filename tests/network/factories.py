from datetime import date

import factory

from werkplaats.network.models import Organisation, Partnership, Theme, Werkplaats


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")


class WerkplaatsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Werkplaats

    name = factory.Sequence(lambda n: f"Werkplaats Sociaal Domein {n}")
    slug = factory.Sequence(lambda n: f"werkplaats-{n}")
    region = "Zuid-Holland"
    tagline = "Praktijk, onderzoek en onderwijs werken samen."
    goal = "Het bevorderen van **inclusie**."
    period_start = date(2020, 1, 1)
    contact_email = factory.LazyAttribute(lambda o: f"{o.slug}@example.org")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    slug = factory.Sequence(lambda n: f"organisatie-{n}")
    kind = Organisation.Kind.GEMEENTE
    place = "Leiden"


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partnership

    werkplaats = factory.SubFactory(WerkplaatsFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Partnership.Role.PARTNER
    start = date(2020, 1, 1)
