"""National admins manage the harvest sources here; harvested records can only be looked at."""

from functools import partial

from django.contrib import admin, messages
from django.db import models, transaction
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from werkplaats.federation.models import HarvestedRecord, HarvestSource
from werkplaats.federation.services import harvest_source_delete, harvest_source_save
from werkplaats.federation.tasks import harvest_source_task

STATE_FIELDS = (
    "granularity",
    "deleted_record",
    "harvested_from",
    "last_full_harvest",
    "last_run",
    "last_result",
    "last_error",
)


@admin.register(HarvestSource)
class HarvestSourceAdmin(admin.ModelAdmin):
    list_display = ["name", "base_url", "active", "last_run", "last_result", "records_link"]
    list_filter = ["active"]
    search_fields = ["name", "base_url"]
    fields = ("name", "base_url", "active", *STATE_FIELDS)
    readonly_fields = STATE_FIELDS
    actions = ["harvest_now"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.display(description=_("harvested publications"))
    def records_link(self, source):
        url = reverse("admin:federation_harvestedrecord_changelist")
        return format_html('<a href="{}?source__id__exact={}">{}</a>', url, source.pk, _("Show"))

    def save_model(self, request, obj, form, change):
        harvest_source_save(actor=request.user, source=obj)

    def delete_model(self, request, obj):
        harvest_source_delete(actor=request.user, source=obj)

    def get_deleted_objects(self, objs, request):
        # The records go with their source: nobody may delete one alone, but this may.
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        perms_needed.discard(HarvestedRecord._meta.verbose_name)
        return deleted, counts, perms_needed, protected

    def delete_queryset(self, request, queryset):
        for source in queryset:
            harvest_source_delete(actor=request.user, source=source)

    @admin.action(description=_("Harvest now"))
    def harvest_now(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        for source_id in ids:
            transaction.on_commit(partial(harvest_source_task.enqueue, source_id))
        self.message_user(
            request,
            ngettext(
                "The harvest of %(count)d source has started; its result appears here.",
                "The harvest of %(count)d sources has started; their results appear here.",
                len(ids),
            )
            % {"count": len(ids)},
            messages.SUCCESS,
        )


@admin.register(HarvestedRecord)
class HarvestedRecordAdmin(admin.ModelAdmin):
    """Read-only: a harvested record is what its source says; the next harvest renews it."""

    list_display = ["title", "source", "publisher", "date", "kind", "deleted", "datestamp"]
    list_filter = ["source", "deleted", "kind"]
    search_fields = ["title", "identifier", "creators"]
    list_select_related = ["source"]
    date_hierarchy = "datestamp"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
