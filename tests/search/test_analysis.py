"""Index terms: the stems of lib/text.py, plus the parts of known compounds."""

import pytest

from werkplaats.lib.text import terms as lib_terms
from werkplaats.search.analysis import analyse, index_text, split_compound


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("wijkteam", ["wijk", "team"]),
        ("wijkteams", ["wijk", "teams"]),
        ("gezondheidszorg", ["gezondheid", "zorg"]),  # with the linking s
        ("armoedebeleid", ["armoede", "beleid"]),
        ("schuldhulpverlening", ["schuld", "hulpverlening"]),
        ("woonzorgcentrum", ["woon", "zorg", "centrum"]),  # three parts
        ("jongerenwerker", ["jongeren", "werker"]),
    ],
)
def test_known_compounds_are_split_into_their_parts(word, parts):
    assert split_compound(word) == parts


@pytest.mark.parametrize("word", ["beleid", "gemeente", "mantelzorger", "ervaringsdeskundige"])
def test_other_words_stay_whole(word):
    assert split_compound(word) is None


def test_the_running_text_has_the_terms_of_lib_text():
    text = "De gemeenten zoeken met het sociaal team naar eenzame ouderen in de wijken."
    running, _parts = analyse(text)
    assert running == lib_terms(text)


def test_compound_parts_come_after_the_text_once():
    # "sociaal team" becomes "wijkteam" (lib.text), whose parts are wijk (read as its
    # synonym buurt) and team.
    assert index_text("Het wijkteam en het sociaal team") == "wijkteam wijkteam buurt team"
    assert index_text("schuldhulpverlening") == "schuldhulpverlen schuld hulpverlen"


def test_stop_words_and_digits_are_not_terms():
    assert index_text("de het een 2024 en of") == ""
