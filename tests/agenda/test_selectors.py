from werkplaats.agenda.models import Agenda
from werkplaats.agenda.selectors import current_agenda


def agenda(start, end):
    return Agenda(start_year=start, end_year=end)


def test_the_current_agenda_is_the_one_whose_years_include_the_year():
    later, now, old = agenda(2027, 2030), agenda(2023, 2026), agenda(2019, 2022)

    assert current_agenda([later, now, old], 2024) is now
    assert current_agenda([later, now, old], 2026) is now
    assert current_agenda([later, now, old], 2027) is later


def test_without_an_agenda_for_the_year_the_newest_is_current():
    later, old = agenda(2027, 2030), agenda(2019, 2022)

    assert current_agenda([later, old], 2024) is later
    assert current_agenda([later, old], 2040) is later


def test_of_two_agendas_that_include_the_year_the_last_started_is_current():
    newer, older = agenda(2024, 2027), agenda(2022, 2025)

    assert current_agenda([newer, older], 2024) is newer


def test_no_agendas_no_current_one():
    assert current_agenda([], 2024) is None
