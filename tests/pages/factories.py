import factory

from tests.network.factories import WerkplaatsFactory
from werkplaats.pages.models import ContactMessage


class ContactMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactMessage

    werkplaats = factory.SubFactory(WerkplaatsFactory)
    name = factory.Sequence(lambda n: f"Afzender {n}")
    email = factory.Sequence(lambda n: f"afzender{n}@example.net")
    subject = "Vraag over de werkplaats"
    message = "Hoe kan ik meedoen aan een leeratelier?"
