"""DOIs and ISBNs as people type them: cleaned to one form, or refused with a reason."""

import pytest
from django import forms

from werkplaats.lib.identifiers import clean_doi, clean_isbn

DOI = "10.1080/13691457.2021.1234567"


@pytest.mark.parametrize(
    "typed",
    [
        DOI,
        f"  {DOI}  ",
        f"doi:{DOI}",
        f"DOI: {DOI}",
        f"https://doi.org/{DOI}",
        f"http://doi.org/{DOI}",
        f"https://dx.doi.org/{DOI}",
        f"HTTPS://DOI.ORG/{DOI}",
    ],
)
def test_every_usual_form_of_a_doi_becomes_the_bare_doi(typed):
    assert clean_doi(typed) == DOI


@pytest.mark.parametrize(
    "doi",
    [
        "10.1000/182",
        "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0",
        "10.5555/a.b-c_d",
    ],
)
def test_dois_with_all_kinds_of_suffixes_are_accepted(doi):
    assert clean_doi(doi) == doi


@pytest.mark.parametrize("empty", ["", "   ", None])
def test_no_doi_stays_empty(empty):
    assert clean_doi(empty) == ""


@pytest.mark.parametrize(
    "wrong",
    [
        "11.1080/123",  # does not start with 10.
        "10.abc/123",  # the prefix is not a number
        "10.1080",  # no slash
        "10.1080/",  # nothing after the slash
        "10.1080/with space",
        "https://example.org/10.1080/123",  # a link, but not to doi.org
        "doi.org",
    ],
)
def test_a_wrong_doi_is_refused_with_its_reason(wrong):
    with pytest.raises(forms.ValidationError) as error:
        clean_doi(wrong)

    assert error.value.code == "doi"


# ISBN ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("9780306406157", "9780306406157"),
        ("978-0-306-40615-7", "9780306406157"),
        ("978 0 306 40615 7", "9780306406157"),
        ("ISBN 978-0-306-40615-7", "9780306406157"),
        ("ISBN: 978-90-368-1234-4", "9789036812344"),
        ("979-10-90636-07-1", "9791090636071"),
        ("0306406152", "0306406152"),
        ("0-306-40615-2", "0306406152"),
        ("0-8044-2957-X", "080442957X"),
        ("080442957x", "080442957X"),  # a lowercase check letter
    ],
)
def test_isbn_10_and_13_with_and_without_hyphens(typed, clean):
    assert clean_isbn(typed) == clean


@pytest.mark.parametrize("empty", ["", "  ", None])
def test_no_isbn_stays_empty(empty):
    assert clean_isbn(empty) == ""


@pytest.mark.parametrize(
    "wrong",
    [
        "9780306406158",  # ISBN-13, wrong check digit
        "978-0-306-40615-0",
        "0306406153",  # ISBN-10, wrong check digit
        "0-8044-2957-1",
        "9770306406157",  # 977 is not a book prefix
        "030640615",  # nine digits
        "97803064061577",  # fourteen digits
        "X306406152",  # X only as the last character
        "978030640615X",  # and never in an ISBN-13
        "abcdefghij",
    ],
)
def test_a_wrong_isbn_is_refused_with_its_reason(wrong):
    with pytest.raises(forms.ValidationError) as error:
        clean_isbn(wrong)

    assert error.value.code == "isbn"
