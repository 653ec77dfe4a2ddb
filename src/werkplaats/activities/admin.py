from django.contrib import admin

from werkplaats.activities.models import (
    Activity,
    ActivityFile,
    Evaluation,
    ProgrammeSession,
    Registration,
)


class ProgrammeSessionInline(admin.TabularInline):
    model = ProgrammeSession
    extra = 0


class ActivityFileInline(admin.TabularInline):
    model = ActivityFile
    extra = 0
    readonly_fields = ["original_name", "content_type", "size", "created"]
    exclude = ["file"]


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin):
    list_display = ["title", "werkplaats", "kind", "start", "status", "audience"]
    list_filter = ["status", "kind", "audience", "werkplaats"]
    search_fields = ["title", "description"]
    date_hierarchy = "start"
    list_select_related = ["werkplaats"]
    filter_horizontal = ["themes", "co_organisers", "organisations_present"]
    raw_id_fields = ["atelier"]
    readonly_fields = ["uid", "sequence", "reminders_sent_at", "evaluations_sent_at"]
    inlines = [ProgrammeSessionInline, ActivityFileInline]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    # Registrations change through the services (waiting list, mails); the admin only reads.
    list_display = ["name", "activity", "state", "attended", "created"]
    list_filter = ["state", "attended", "activity__werkplaats"]
    search_fields = ["name", "email", "organisation"]
    list_select_related = ["activity"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Evaluation)
class EvaluationAdmin(admin.ModelAdmin):
    list_display = ["activity", "usefulness", "created"]
    list_select_related = ["activity"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
