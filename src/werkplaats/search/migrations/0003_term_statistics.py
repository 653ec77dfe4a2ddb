"""Document frequencies for ranking (see werkplaats/search/backends/statistics.py), counted
from the entries already in the index."""

from django.db import migrations, models

BATCH = 1000


def count_existing(apps, schema_editor):
    from werkplaats.search.backends import statistics
    from werkplaats.search.backends.base import field_terms

    entries = apps.get_model("search", "SearchEntry").objects.order_by("pk")
    batch = []
    for title, summary in entries.values_list("title", "summary").iterator(BATCH):
        batch.append((field_terms(title), field_terms(summary)))
        if len(batch) == BATCH:
            statistics.count(batch, 1)
            batch = []
    statistics.count(batch, 1)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext")]

    operations = [
        migrations.CreateModel(
            name="TermStatistic",
            fields=[
                ("term", models.TextField(primary_key=True, serialize=False)),
                ("documents", models.BigIntegerField(default=0)),
            ],
            options={
                "verbose_name": "term statistic",
                "verbose_name_plural": "term statistics",
            },
        ),
        migrations.RunPython(count_existing, migrations.RunPython.noop),
    ]
