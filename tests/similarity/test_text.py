"""Dutch text as search terms (lib/text.py): what must match, and what must not."""

from pathlib import Path

import pytest

from werkplaats.lib import text
from werkplaats.lib.text import STOP_WORDS, stem, terms


def test_gemeente_and_gemeenten_share_a_stem_that_is_not_the_stem_of_meen():
    assert stem("gemeente") == stem("gemeenten")
    # The newer Snowball "dutch" stemmer strips "ge-" and makes both "meen".
    assert stem("gemeente") != stem("meen")


@pytest.mark.parametrize(("word", "not_this"), [("gezin", "zin"), ("gezond", "zon")])
def test_the_prefix_ge_is_kept(word, not_this):
    assert terms(word) != [not_this]
    assert stem(word) != stem(not_this)
    assert stem(word).startswith("ge")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("schulden", "schuld"),
        ("eenzaamheid", "eenzaam"),
        ("ouderen", "oudere"),
        ("wijkteams", "wijkteam"),
        ("bewoners", "bewoner"),
        ("buurten", "buurt"),
        ("gesprekken", "gesprek"),
    ],
)
def test_word_forms_share_a_stem(one, other):
    assert stem(one) == stem(other)


def test_stop_words_are_dropped(without_synonyms):
    assert terms("Hoe kunnen we de ouderen in onze wijk bereiken?") == [
        stem("ouderen"),
        stem("wijk"),
        stem("bereiken"),
    ]
    assert terms("Hoe kan ik dat doen en wat zijn de regels?") == [stem("regels")]
    assert all(term not in STOP_WORDS for term in terms("Wat is er met hun zorg aan de hand?"))


def test_hyphenated_words_are_split_into_their_parts(without_synonyms):
    assert terms("jeugd-en-gezin") == [stem("jeugd"), stem("gezin")]
    assert terms("Wmo-consulent") == [stem("wmo"), stem("consulent")]
    assert terms("sociaal-wijkteam") == [stem("sociaal"), stem("wijkteam")]


def test_case_and_punctuation_do_not_matter():
    assert terms("GEMEENTE, Gemeente; gemeente!") == [stem("gemeente")] * 3


def test_letters_with_accents_stay_in_the_word_and_match_without_them(without_synonyms):
    assert terms("cliënten geïsoleerd") == [stem("clienten"), stem("geisoleerd")]
    assert len(terms("cliënten")) == 1


@pytest.mark.parametrize("text", ["", None, "   ", "?!", "de het een", "a b c", "2024 12"])
def test_no_terms_in_empty_or_contentless_text(text):
    assert terms(text) == []


@pytest.fixture
def without_synonyms(monkeypatch):
    """The tokenising and stemming alone, without the synonym list joining words."""
    monkeypatch.setattr(text, "SYNONYMS", {})


def test_synonyms_of_one_line_become_one_term():
    assert terms("geldzorgen") == terms("schulden")
    assert terms("senioren") == terms("ouderen")
    assert terms("een sociaal wijkteam") == terms("het sociaal team") == terms("wijkteam")


def test_the_synonym_list_has_no_word_in_two_groups():
    lines = [
        line.split()
        for line in (Path(text.__file__).with_name("synonyms.txt")).read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    words = [word for line in lines for word in line]
    assert len(words) == len(set(words))
