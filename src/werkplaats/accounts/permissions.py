"""The one place that says who may do what.

Three actions on a werkplaats:

* ``view``: its public pages; everyone.
* ``view_members``: member-only content; its members, and national admins.
* ``reflect``: write scientific reflections and read their drafts; its researchers
  and coordinators, and national admins.
* ``manage``: details, partners, members, invitations, messages, the question
  workflow and the knowledge agenda; its coordinators, and national admins.

Views never test roles themselves: they call :func:`can` or one of the
``get_…_for_user`` lookups, which answer 404 (not 403) so that a coordinator of
one werkplaats cannot even learn what another keeps behind its doors.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404

from werkplaats.accounts.models import Membership, Role
from werkplaats.network.models import Werkplaats

VIEW = "view"
VIEW_MEMBERS = "view_members"
REFLECT = "reflect"
MANAGE = "manage"
ACTIONS = (VIEW, VIEW_MEMBERS, REFLECT, MANAGE)
REFLECTING_ROLES = (Role.RESEARCHER, Role.COORDINATOR)


def is_national_admin(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


def roles_by_werkplaats(user) -> dict[int, str]:
    """{werkplaats id: role} of the user, read once per request and kept on the user object."""
    if not user.is_authenticated:
        return {}
    cached = getattr(user, "_werkplaats_roles", None)
    if cached is None:
        cached = dict(Membership.objects.filter(user=user).values_list("werkplaats_id", "role"))
        user._werkplaats_roles = cached
    return cached


def forget_roles(user) -> None:
    """Drop the cached roles after a membership of this user changed."""
    if hasattr(user, "_werkplaats_roles"):
        del user._werkplaats_roles


def role_in(user, werkplaats: Werkplaats) -> str | None:
    return roles_by_werkplaats(user).get(werkplaats.pk)


def can(user, action: str, werkplaats: Werkplaats) -> bool:
    if action not in ACTIONS:
        raise ValueError(f"Unknown action {action!r}")
    if action == VIEW:
        return True
    if not user.is_authenticated or not user.is_active:
        return False
    if is_national_admin(user):
        return True
    role = role_in(user, werkplaats)
    if action == VIEW_MEMBERS:
        return role is not None
    if action == REFLECT:
        return role in REFLECTING_ROLES
    return role == Role.COORDINATOR


def get_werkplaats_for_user(user, slug: str, action: str = VIEW) -> Werkplaats:
    werkplaats = get_object_or_404(Werkplaats, slug=slug)
    if not can(user, action, werkplaats):
        raise Http404
    return werkplaats


def managed_werkplaats_ids(user) -> set[int] | None:
    """Ids of the werkplaatsen this user may manage; None for national admins (all of them)."""
    if is_national_admin(user):
        return None
    return {pk for pk, role in roles_by_werkplaats(user).items() if role == Role.COORDINATOR}


def managed_werkplaatsen(user):
    """The werkplaatsen this user may manage, for menus."""
    managed = managed_werkplaats_ids(user)
    if managed is None:
        return Werkplaats.objects.all()
    return Werkplaats.objects.filter(pk__in=managed)


# Ateliers: their leads (trekkers) manage them beside the werkplaats's coordinators.


def atelier_role(user, atelier) -> str | None:
    """The user's role in the atelier once accepted, read once per request."""
    if not user.is_authenticated:
        return None
    cache = getattr(user, "_atelier_roles", None)
    if cache is None:
        from werkplaats.ateliers.models import AtelierMember

        cache = dict(
            AtelierMember.objects.filter(user=user, state=AtelierMember.State.ACCEPTED).values_list(
                "atelier_id", "role"
            )
        )
        user._atelier_roles = cache
    return cache.get(atelier.pk)


def forget_atelier_roles(user) -> None:
    if hasattr(user, "_atelier_roles"):
        del user._atelier_roles


def can_lead_atelier(user, atelier) -> bool:
    from werkplaats.ateliers.models import AtelierRole

    return can(user, MANAGE, atelier.werkplaats) or (
        atelier_role(user, atelier) == AtelierRole.TREKKER
    )


def is_atelier_member(user, atelier) -> bool:
    """Members see the logbook; leads and the werkplaats's coordinators count as members."""
    return can_lead_atelier(user, atelier) or atelier_role(user, atelier) is not None


def get_atelier_for_user(user, slug: str, atelier_slug: str, *, lead: bool = False):
    """An atelier of the werkplaats; one in preparation only for its members, else 404."""
    from werkplaats.ateliers.models import Atelier

    atelier = get_object_or_404(
        Atelier.objects.select_related("werkplaats"), werkplaats__slug=slug, slug=atelier_slug
    )
    if lead and not can_lead_atelier(user, atelier):
        raise Http404
    if not atelier.is_public and not is_atelier_member(user, atelier):
        raise Http404
    return atelier


# Activities: organised by the werkplaats's coordinators, and by the leads of the atelier an
# activity belongs to (its sessions). Members-only activities exist only for members.


def can_organise_activity(user, activity) -> bool:
    if can(user, MANAGE, activity.werkplaats):
        return True
    return activity.atelier_id is not None and can_lead_atelier(user, activity.atelier)


def can_see_activity(user, activity) -> bool:
    from werkplaats.activities.models import Activity

    return activity.audience == Activity.Audience.PUBLIC or can(
        user, VIEW_MEMBERS, activity.werkplaats
    )


def get_activity_for_user(user, slug: str, activity_slug: str, *, organise: bool = False):
    """An activity of the werkplaats, or 404 for those who may not see (or organise) it."""
    from werkplaats.activities.models import Activity

    activity = get_object_or_404(
        Activity.objects.select_related("werkplaats", "atelier__werkplaats"),
        werkplaats__slug=slug,
        slug=activity_slug,
    )
    if organise:
        # Organisers see what they organise, members-only or not (an atelier's lead may be
        # from outside the werkplaats).
        if not can_organise_activity(user, activity):
            raise Http404
        return activity
    if not can_see_activity(user, activity):
        raise Http404
    return activity


# Publications: written by the werkplaats's members, published by its coordinators and
# researchers (who review), read by everyone once published.


def can_write_publication(user, werkplaats) -> bool:
    """Members write drafts; a draft is seen by the werkplaats's members."""
    return can(user, VIEW_MEMBERS, werkplaats)


def can_publish(user, werkplaats) -> bool:
    """Researchers and coordinators review and publish (REFLECT covers exactly them)."""
    return can(user, REFLECT, werkplaats)


def can_move_publication(user, publication, status: str) -> bool:
    """Members send a draft for review; researchers and coordinators take every step."""
    from werkplaats.publications.models import Publication

    if not can_write_publication(user, publication.werkplaats):
        return False
    return status == Publication.Status.REVIEW or can_publish(user, publication.werkplaats)


def can_edit_publication(user, publication) -> bool:
    """Members change drafts; a published text changes only by those who may publish it, so
    nothing goes live without the review it would otherwise need."""
    if publication.is_published:
        return can_publish(user, publication.werkplaats)
    return can_write_publication(user, publication.werkplaats)


def get_publication_for_user(user, slug: str, publication_slug: str, *, write: bool = False):
    """A publication of the werkplaats; unpublished ones only for its members, else 404.

    With ``write``: only for those who may change it (see can_edit_publication)."""
    from werkplaats.publications.models import Publication

    publication = get_object_or_404(
        Publication.objects.select_related("werkplaats"),
        werkplaats__slug=slug,
        slug=publication_slug,
    )
    if write and not can_edit_publication(user, publication):
        raise Http404
    if not publication.is_published and not can_write_publication(user, publication.werkplaats):
        raise Http404
    return publication


# Results against targets (monitoring): the members of a werkplaats see its dashboard, its
# coordinators change the targets and make the reports; the national overview is for national
# admins and coordinators (figures only, no records of other werkplaatsen).


def can_see_results(user, werkplaats) -> bool:
    return can(user, VIEW_MEMBERS, werkplaats)


def can_manage_targets(user, werkplaats) -> bool:
    return can(user, MANAGE, werkplaats)


def can_see_national_results(user) -> bool:
    managed = managed_werkplaats_ids(user)
    return managed is None or bool(managed)
