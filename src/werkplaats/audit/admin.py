from django.contrib import admin

from werkplaats.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only: the trail cannot be edited or deleted from the site."""

    list_display = ["created", "werkplaats", "actor", "action", "object_type", "object_id"]
    list_filter = ["werkplaats", "action"]
    search_fields = ["action", "object_type", "object_id"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
