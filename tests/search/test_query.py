"""Reading what people type: words, "phrases", -leaving out, OR; and what cannot be read."""

import pytest

from werkplaats.search.query import MAX_LENGTH, QueryError, Term, parse


def test_words_become_terms_that_all_must_match():
    query = parse("Wijkgerichte gemeenten")
    assert query.groups == ((Term(("wijkgericht",)), Term(("gemeent",))),)


def test_stop_words_are_left_out_and_synonyms_joined():
    # "geldzorgen" is a synonym of "schulden" in lib/synonyms.txt.
    assert parse("de geldzorgen van het gezin").groups == ((Term(("schuld",)), Term(("gezin",))),)


def test_quotes_make_a_phrase_and_minus_leaves_out():
    query = parse('"sociaal werk" -onderwijs')
    assert query.groups == ((Term(("sociaal", "werk")), Term(("onderwijs",), negated=True)),)
    assert query.positive_terms == {"sociaal", "werk"}


def test_or_makes_alternative_groups():
    query = parse("mantelzorg OR vrijwilligers of")
    assert query.groups == ((Term(("mantelzorg",)),), (Term(("vrijwilliger",)),))


def test_only_common_words_give_no_query():
    assert parse("de het een") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("x" * (MAX_LENGTH + 1), "too_long"),
        ('"wijkteam', "unbalanced_quotes"),
        ('wijk "team" "', "unbalanced_quotes"),
        ("- OR -- OR", "no_words"),
        ('-- "" ++ ** ()', "no_words"),
        ("-jeugd -zorg", "only_excluded"),
        ("zorg OR -jeugd", "only_excluded"),
    ],
)
def test_what_cannot_be_a_query_is_refused_with_a_reason(text, code):
    with pytest.raises(QueryError) as error:
        parse(text)
    assert error.value.code == code
    assert str(error.value.message)


def test_the_longest_allowed_query_is_read():
    assert parse(("wijk " * 100)[:MAX_LENGTH]).term_count == 40


def test_an_empty_search_is_no_query():
    assert parse("") is None
    assert parse("   ") is None
