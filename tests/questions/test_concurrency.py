"""Two coordinators change the same question at the same moment: one wins, the other is told.

This needs two real database connections holding row locks, so it runs on PostgreSQL only
(SQLite has one writer at a time, which the version check in the service covers anyway).
"""

import threading

import pytest
from django.db import connection

from tests.accounts.factories import MembershipFactory, UserFactory
from tests.network.factories import WerkplaatsFactory
from tests.questions.factories import QuestionFactory
from werkplaats.accounts.models import Role
from werkplaats.questions import services
from werkplaats.questions.models import Question, Status, Transition
from werkplaats.questions.services import StaleVersion


@pytest.mark.django_db(transaction=True)
def test_two_coordinators_at_once_one_wins_and_the_other_gets_stale_version():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: two connections with row locks")
    werkplaats = WerkplaatsFactory()
    coordinators = UserFactory.create_batch(2)
    for user in coordinators:
        MembershipFactory(user=user, werkplaats=werkplaats, role=Role.COORDINATOR)
    question = QuestionFactory(werkplaats=werkplaats, status=Status.IN_PROGRESS)
    steps_before = Transition.objects.filter(question=question).count()

    both_have_read = threading.Barrier(2, timeout=10)
    outcomes = {}

    def coordinator_acts(user, to_status, note):
        try:
            # Each thread has its own connection: both read version 1 before either writes.
            seen = Question.objects.get(pk=question.pk)
            both_have_read.wait()
            services.question_transition(
                actor=user,
                question=seen,
                version=seen.version,
                to_status=to_status,
                note=note,
            )
            outcomes[user.pk] = "won"
        except StaleVersion as stale:
            outcomes[user.pk] = ("stale", stale.current.status, stale.current.version)
        except Exception as error:  # anything else fails the assertion below, with its text
            outcomes[user.pk] = error
        finally:
            connection.close()

    threads = [
        threading.Thread(target=coordinator_acts, args=(coordinators[0], Status.ANSWERED, "A")),
        threading.Thread(target=coordinator_acts, args=(coordinators[1], Status.REJECTED, "B")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert not any(thread.is_alive() for thread in threads)
    results = list(outcomes.values())
    assert results.count("won") == 1, outcomes
    [lost] = [result for result in results if result != "won"]
    question.refresh_from_db()
    assert lost == ("stale", question.status, 2), outcomes
    assert question.version == 2
    assert question.status in (Status.ANSWERED, Status.REJECTED)
    assert Transition.objects.filter(question=question).count() == steps_before + 1
