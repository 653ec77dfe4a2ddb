"""The while-typing suggestions across the network, as JSON for any front end.

The intake form shows the same list in its own live region (questions ``similar``); this
endpoint serves other pages and applications. Everything it returns is public.
"""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from werkplaats.matching import engine
from werkplaats.matching.forms import SuggestForm


@require_GET
def suggest(request):
    """``?tekst=…&werkplaats=<slug>&aantal=5``: items of other werkplaatsen like the text."""
    form = SuggestForm(request.GET)
    if not form.is_valid():
        errors = {
            field: [str(message) for message in messages] for field, messages in form.errors.items()
        }
        return JsonResponse({"errors": errors}, status=400)
    text = form.cleaned_data["tekst"]
    suggestions = engine.similar_to_text(
        text,
        exclude_werkplaats=form.cleaned_data["werkplaats"],
        limit=form.cleaned_data["aantal"] or engine.LIMIT,
    )
    return JsonResponse(
        {
            "suggestions": [
                {
                    "title": suggestion.title,
                    "url": request.build_absolute_uri(suggestion.url),
                    "kind": suggestion.kind,
                    "kind_label": str(suggestion.kind_label),
                    "werkplaats": suggestion.werkplaats_name,
                    "score": suggestion.score,
                }
                for suggestion in suggestions
            ]
        }
    )
