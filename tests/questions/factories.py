import factory

from tests.network.factories import WerkplaatsFactory
from werkplaats.questions.models import Question, Reference, Reflection, Status, Transition


class QuestionFactory(factory.django.DjangoModelFactory):
    """A question; ``status`` sets it directly (use the services to test the workflow)."""

    class Meta:
        model = Question
        skip_postgeneration_save = True

    werkplaats = factory.SubFactory(WerkplaatsFactory)
    title = factory.Sequence(lambda n: f"Hoe bereiken we jonge mantelzorgers in wijk {n}?")
    situation = "Jonge mantelzorgers vragen zelden hulp. Wij zien ze pas als het misgaat."
    target_group = "Jonge mantelzorgers"
    urgency = Question.Urgency.MONTHS
    asker_name = factory.Sequence(lambda n: f"Vraagsteller Nummer{n}")
    asker_email = factory.Sequence(lambda n: f"vraagsteller{n}@example.net")
    asker_organisation = "Buurtteam Noordwijk-Oost"
    asker_role = "Sociaal werker"
    contact_consent = True
    status = Status.IN_PROGRESS

    @factory.post_generation
    def submitted(self, create, extracted, **kwargs):
        # Every question starts with its "submitted" step, as question_submit writes it.
        if create:
            Transition.objects.create(question=self, from_status="", to_status=Status.SUBMITTED)


class ReflectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reflection

    question = factory.SubFactory(QuestionFactory)
    known = "Onderzoek laat zien dat **vindplaatsgericht werken** helpt."
    approaches = "Outreachend werken in scholen."
    open_questions = "Wat werkt voor jongens?"


class ReferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reference

    reflection = factory.SubFactory(ReflectionFactory)
    authors = "Jansen, P. & De Vries, A."
    year = 2021
    title = factory.Sequence(lambda n: f"Jonge mantelzorgers in beeld, deel {n}")
    source = "Journal of Social Work"
    doi = "10.1080/13691457.2021.1234567"
