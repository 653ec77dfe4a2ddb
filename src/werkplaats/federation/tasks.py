from django_tasks import task

from werkplaats.federation.models import HarvestSource
from werkplaats.federation.services import harvest_source


@task()
def harvest_source_task(source_id: int) -> str:
    """Harvest one source now (the admin's "Harvest now"); the result is on the source."""
    source = HarvestSource.objects.filter(pk=source_id).first()
    if source is None:
        return "the source no longer exists"
    return harvest_source(source=source).summary()
