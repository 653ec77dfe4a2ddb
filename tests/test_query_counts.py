"""A page costs a fixed number of queries whatever its size (3 rows or 30).

Counts are compared, not hard-coded: each test measures a page with 3 rows, adds 27
more, and measures again.
"""

import pytest

from tests.accounts.factories import InvitationFactory, MembershipFactory
from tests.helpers import assert_same_cost
from tests.network.factories import (
    OrganisationFactory,
    PartnershipFactory,
    ThemeFactory,
    WerkplaatsFactory,
)
from tests.pages.factories import ContactMessageFactory
from werkplaats.accounts.models import Role
from werkplaats.network.models import Organisation, Partnership


def test_home_query_count_does_not_grow_with_werkplaatsen(client_for, db):
    def add(n):
        for werkplaats in WerkplaatsFactory.create_batch(n):
            PartnershipFactory.create_batch(2, werkplaats=werkplaats)
            werkplaats.themes.add(*ThemeFactory.create_batch(2))

    assert_same_cost(client_for(None), "/", add)


@pytest.mark.parametrize(
    "filters",
    [
        None,
        {"q": "organisatie"},
        {"kind": Organisation.Kind.GEMEENTE},
        {"werkplaats": "werkplaats-a"},
        {"werkplaats": "werkplaats-a", "role": Partnership.Role.PARTNER, "q": "o"},
    ],
    ids=["unfiltered", "name", "kind", "werkplaats", "all-filters"],
)
def test_partner_directory_query_count_does_not_grow_with_organisations(
    client_for, werkplaats_a, werkplaats_b, filters
):
    def add(n):
        for organisation in OrganisationFactory.create_batch(n):
            PartnershipFactory(werkplaats=werkplaats_a, organisation=organisation)
            PartnershipFactory(werkplaats=werkplaats_b, organisation=organisation)

    assert_same_cost(client_for(None), "/partners/", add, filters)


def test_werkplaats_page_query_count_does_not_grow_with_partners_and_people(
    client_for, werkplaats_a
):
    def add(n):
        PartnershipFactory.create_batch(n, werkplaats=werkplaats_a)
        MembershipFactory.create_batch(
            n, werkplaats=werkplaats_a, listed=True, organisation=OrganisationFactory()
        )

    assert_same_cost(client_for(None), werkplaats_a.get_absolute_url(), add)


def test_members_page_query_count_does_not_grow_with_members_and_invitations(
    client_for, coordinator_a, werkplaats_a
):
    def add(n):
        MembershipFactory.create_batch(
            n, werkplaats=werkplaats_a, organisation=OrganisationFactory()
        )
        InvitationFactory.create_batch(n, werkplaats=werkplaats_a, invited_by=coordinator_a)

    assert_same_cost(
        client_for(coordinator_a), f"/werkplaatsen/{werkplaats_a.slug}/beheer/leden/", add
    )


def test_mine_query_count_does_not_grow_with_colleagues(client_for, member_a, werkplaats_a):
    def add(n):
        MembershipFactory.create_batch(
            n, werkplaats=werkplaats_a, role=Role.COORDINATOR, organisation=OrganisationFactory()
        )

    assert_same_cost(client_for(member_a), "/mijn/", add)


def test_mine_query_count_does_not_grow_with_own_werkplaatsen(client_for, member_a):
    OrganisationFactory.create_batch(3)

    def add(n):
        for werkplaats in WerkplaatsFactory.create_batch(n):
            MembershipFactory(user=member_a, werkplaats=werkplaats)
            MembershipFactory(werkplaats=werkplaats, role=Role.COORDINATOR)

    assert_same_cost(client_for(member_a), "/mijn/", add)


def test_management_overview_query_count_does_not_grow_with_rows(
    client_for, coordinator_a, werkplaats_a
):
    def add(n):
        MembershipFactory.create_batch(n, werkplaats=werkplaats_a)
        PartnershipFactory.create_batch(n, werkplaats=werkplaats_a)

    assert_same_cost(client_for(coordinator_a), f"/werkplaatsen/{werkplaats_a.slug}/beheer/", add)


def test_partners_page_query_count_does_not_grow_with_partners(
    client_for, coordinator_a, werkplaats_a
):
    def add(n):
        PartnershipFactory.create_batch(n, werkplaats=werkplaats_a)

    assert_same_cost(
        client_for(coordinator_a), f"/werkplaatsen/{werkplaats_a.slug}/beheer/partners/", add
    )


def test_messages_page_query_count_does_not_grow_with_messages(
    client_for, coordinator_a, werkplaats_a
):
    def add(n):
        ContactMessageFactory.create_batch(n, werkplaats=werkplaats_a)

    assert_same_cost(
        client_for(coordinator_a), f"/werkplaatsen/{werkplaats_a.slug}/beheer/berichten/", add
    )


def test_organisation_page_query_count_does_not_grow_with_werkplaatsen(client_for, db):
    organisation = OrganisationFactory()

    def add(n):
        PartnershipFactory.create_batch(n, organisation=organisation)

    assert_same_cost(client_for(None), organisation.get_absolute_url(), add)
