from django.contrib import admin

from werkplaats.ateliers.models import (
    Atelier,
    AtelierMember,
    Attachment,
    LogEntry,
    PhaseStep,
    SessionGuest,
    StudentApplication,
    StudentPlace,
)


class PhaseStepInline(admin.TabularInline):
    model = PhaseStep
    extra = 0
    raw_id_fields = ["actor"]


class AtelierMemberInline(admin.TabularInline):
    model = AtelierMember
    extra = 0
    raw_id_fields = ["user", "decided_by"]


@admin.register(Atelier)
class AtelierAdmin(admin.ModelAdmin):
    list_display = ["title", "werkplaats", "kind", "status", "phase", "period_start"]
    list_filter = ["status", "kind", "phase", "werkplaats"]
    search_fields = ["title", "description", "places"]
    list_select_related = ["werkplaats"]
    filter_horizontal = ["themes", "partners"]
    raw_id_fields = ["questions", "agenda_themes"]
    inlines = [PhaseStepInline, AtelierMemberInline]


class AttachmentInline(admin.TabularInline):
    model = Attachment
    extra = 0
    readonly_fields = ["original_name", "content_type", "size", "created"]


class SessionGuestInline(admin.TabularInline):
    model = SessionGuest
    extra = 0


@admin.register(LogEntry)
class LogEntryAdmin(admin.ModelAdmin):
    list_display = ["title", "atelier", "date", "kind", "public"]
    list_filter = ["kind", "public"]
    search_fields = ["title", "text", "atelier__title"]
    list_select_related = ["atelier"]
    raw_id_fields = ["atelier", "author"]
    inlines = [AttachmentInline, SessionGuestInline]


class StudentApplicationInline(admin.TabularInline):
    model = StudentApplication
    extra = 0
    raw_id_fields = ["decided_by"]


@admin.register(StudentPlace)
class StudentPlaceAdmin(admin.ModelAdmin):
    list_display = ["atelier", "number", "level", "period_start", "period_end", "open"]
    list_filter = ["level", "open"]
    list_select_related = ["atelier"]
    raw_id_fields = ["atelier"]
    inlines = [StudentApplicationInline]
