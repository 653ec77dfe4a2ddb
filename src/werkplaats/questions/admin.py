from django import forms
from django.contrib import admin
from django.db import models

from werkplaats.questions.models import Question, Reference, Reflection, Transition


class TransitionInline(admin.TabularInline):
    """The workflow's log: written by the services only, never changed by hand."""

    model = Transition
    extra = 0
    can_delete = False
    fields = ["created", "from_status", "to_status", "actor", "note"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["title", "werkplaats", "status", "urgency", "created"]
    list_filter = ["status", "urgency", "werkplaats"]
    search_fields = ["title", "situation", "asker_name", "asker_email"]
    date_hierarchy = "created"
    list_select_related = ["werkplaats"]
    filter_horizontal = ["themes"]
    raw_id_fields = ["asker", "agenda_theme", "referred_to_werkplaats"]
    # The status changes only through the workflow, so that every step is logged and mailed.
    readonly_fields = ["status", "version", "follow_key", "created", "updated"]
    inlines = [TransitionInline]


class ReferenceInline(admin.TabularInline):
    model = Reference
    extra = 0
    formfield_overrides = {
        models.URLField: {"form_class": forms.URLField, "assume_scheme": "https"}
    }


@admin.register(Reflection)
class ReflectionAdmin(admin.ModelAdmin):
    list_display = ["question", "state", "published_at", "updated"]
    list_filter = ["state", "question__werkplaats"]
    search_fields = ["question__title", "known"]
    list_select_related = ["question"]
    raw_id_fields = ["question"]
    filter_horizontal = ["authors"]
    readonly_fields = ["version", "published_at", "created", "updated"]
    inlines = [ReferenceInline]
