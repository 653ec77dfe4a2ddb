from django.utils.functional import SimpleLazyObject

from werkplaats.accounts.permissions import is_national_admin, managed_werkplaatsen


def navigation(request):
    """What the menu needs about the visitor; computed only when a template asks."""
    user = request.user
    return {
        "is_national_admin": SimpleLazyObject(lambda: is_national_admin(user)),
        "managed_werkplaatsen": SimpleLazyObject(lambda: list(managed_werkplaatsen(user))),
    }
