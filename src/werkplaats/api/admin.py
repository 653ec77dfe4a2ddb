from django.contrib import admin

from werkplaats.api.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """National admins see and revoke tokens; nobody makes one here (the secret would be
    unknown to its holder) or sees more than the prefix."""

    list_display = ["name", "user", "werkplaats", "prefix", "created", "last_used", "revoked_at"]
    list_filter = ["werkplaats"]
    search_fields = ["name", "user__email", "prefix"]
    readonly_fields = ["user", "werkplaats", "name", "prefix", "created", "last_used"]
    exclude = ["secret_hash"]

    def has_add_permission(self, request):
        return False
