from django import forms
from django.contrib import admin
from django.db import models

from werkplaats.network.models import Organisation, Partnership, Theme, Werkplaats


class PartnershipInline(admin.TabularInline):
    model = Partnership
    extra = 0
    autocomplete_fields = ["organisation"]


@admin.register(Werkplaats)
class WerkplaatsAdmin(admin.ModelAdmin):
    list_display = ["name", "region", "status", "period_start", "period_end"]
    list_filter = ["status"]
    search_fields = ["name", "region"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["themes"]
    inlines = [PartnershipInline]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    formfield_overrides = {
        models.URLField: {"form_class": forms.URLField, "assume_scheme": "https"}
    }
    list_display = ["name", "kind", "place"]
    list_filter = ["kind"]
    search_fields = ["name", "place"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
