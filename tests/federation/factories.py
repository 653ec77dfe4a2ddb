import datetime

import factory

from werkplaats.federation.models import HarvestedRecord, HarvestSource


class HarvestSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HarvestSource

    name = factory.Sequence(lambda n: f"Werkplaats Elders {n}")
    base_url = factory.Sequence(lambda n: f"https://elders-{n}.example.org/oai/")


class HarvestedRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HarvestedRecord

    source = factory.SubFactory(HarvestSourceFactory)
    identifier = factory.Sequence(lambda n: f"oai:andere.example.org:publication:{n}")
    datestamp = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    title = factory.Sequence(lambda n: f"Handreiking schuldhulpverlening {n}")
    description = "Hoe wijkteams vroeg signaleren dat bewoners schulden hebben."
    creators = "Auteur Elders"
    publisher = "Werkplaats Sociaal Domein Elders"
    date = datetime.date(2025, 6, 1)
    kind = "handreiking"
    language = "nl"
    url = factory.Sequence(lambda n: f"https://andere.example.org/publicaties/{n}/")
