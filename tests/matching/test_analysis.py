"""The analysis: word forms, concepts (phrases and prefixes), field weights."""

import pytest

from werkplaats.matching.analysis import field_terms, read_concepts, vector


def terms(text):
    return field_terms(text)[0]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("sociaal isolement", "eenzaamheid"),
        ("vereenzaming", "eenzame"),
        ("financiële problemen", "schulden"),
        ("financiële probleem", "schuld"),
        ("sociaal contact", "sociale contacten"),
        ("geldzorgen", "schuldhulpverlening"),
        ("het sociaal wijkteam", "wijkteam"),
        ("buurtteams", "wijkteam"),
        ("mantelzorgondersteuning", "mantelzorgers"),
        ("alzheimer", "dementie"),
    ],
)
def test_words_and_phrases_of_one_concept_become_one_term(one, other):
    assert terms(one) == terms(other)
    assert len(terms(one)) == 1


def test_a_phrase_only_matches_its_words_in_order():
    assert terms("isolement sociaal") != terms("sociaal isolement")
    assert terms("problemen financiële") != terms("financiële problemen")


def test_words_of_other_concepts_and_common_words_stay_apart():
    assert terms("schulden") != terms("eenzaamheid")
    assert terms("de het een") == []


def test_compound_parts_count_on_the_side():
    main, parts = field_terms("jongerenwerker")
    assert main and parts


def test_the_title_weighs_more_than_the_body():
    weights = vector("Eenzaamheid", "Schulden")
    assert weights["eenzaamheid"] > weights["schulden"]
    assert vector("", "", ["Schulden"])["schulden"] > vector("", "Schulden")["schulden"]


def test_empty_text_has_no_vector():
    assert vector("", "") == {}
    assert vector("?!", "de een het") == {}


def test_the_concept_list_reads_phrases_and_prefixes(tmp_path):
    path = tmp_path / "concepts.txt"
    path.write_text("# comment\nfiets: rijwiel, stalen ros, fietsen*\n\nzonder dubbele punt\n")
    concepts = read_concepts(path)
    assert concepts.phrases[tuple(field_terms("stalen ros", use_concepts=False)[0])] == "fiets"
    assert concepts.of_word("fietsenstalling") == "fiets"
    assert concepts.of_word("fiet") is None


def test_a_prefix_too_short_is_refused(tmp_path):
    path = tmp_path / "concepts.txt"
    path.write_text("kort: ab*\n")
    with pytest.raises(ValueError, match="prefix"):
        read_concepts(path)
