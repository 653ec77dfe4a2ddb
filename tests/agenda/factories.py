import factory

from tests.accounts.factories import UserFactory
from tests.network.factories import WerkplaatsFactory
from tests.questions.factories import QuestionFactory as BaseQuestionFactory
from werkplaats.agenda.models import Agenda, AgendaTheme, Comment, NationalTheme, Support
from werkplaats.questions.models import Status


class NationalThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NationalTheme

    name = factory.Sequence(lambda n: f"Landelijk thema {n}")
    slug = factory.Sequence(lambda n: f"landelijk-thema-{n}")
    description = "Wat het **landelijk werkprogramma** hierover zegt."
    order = factory.Sequence(lambda n: n)


class AgendaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agenda

    werkplaats = factory.SubFactory(WerkplaatsFactory)
    title = factory.Sequence(lambda n: f"Kennisagenda {n}")
    # Unique per werkplaats in a test, before this year (so current), and clear of the
    # years tests choose themselves (2010 and later).
    start_year = factory.Sequence(lambda n: 2000 + n % 10)
    end_year = 2099  # current in every year the tests run
    introduction = "Wat wij samen willen leren."


class AgendaThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaTheme

    agenda = factory.SubFactory(AgendaFactory)
    title = factory.Sequence(lambda n: f"Agendathema {n}")
    description = "Over *armoede* en schulden."
    priority = AgendaTheme.Priority.MEDIUM


class QuestionFactory(BaseQuestionFactory):
    """A public question (on the agenda) whose asker fields say "Geheim", so that tests can
    prove none of them reaches a page."""

    asker_name = factory.Sequence(lambda n: f"Vraagsteller Geheim {n}")
    asker_email = factory.Sequence(lambda n: f"vraagsteller{n}@geheim.example.org")
    asker_organisation = "Geheime Organisatie"
    asker_role = "Geheime Functie"
    status = Status.ON_AGENDA


class SupportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Support

    user = factory.SubFactory(UserFactory)


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    user = factory.SubFactory(UserFactory)
    text = factory.Sequence(lambda n: f"Opmerking nummer {n}")
