"""The search page: one search over publications, news, questions, ateliers and activities."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from werkplaats.search import selectors
from werkplaats.search.forms import SearchForm
from werkplaats.search.query import QueryError, parse


def search(request):
    """``/zoeken/?q=…``; filters as GET parameters, so every state of the page is a link.

    An empty search shows the form; a search that cannot be read (too long, an unclosed
    quotation mark, only operators) or a filter that does not exist answers 400 with a
    message, and keeps what was typed in the box.
    """
    form = SearchForm(request.GET)
    context = {
        "form": form,
        "results": None,
        "problem": None,  # with what was typed
        "filter_problem": None,
        "only_common_words": False,
    }
    if not form.is_valid():
        context["filter_problem"] = _(
            "One of the filters in the web address does not exist. "
            "Remove the filters and try again."
        )
        return render(request, "search/search.html", context, status=400)
    text = form.cleaned_data["q"]
    selection = form.selection()
    try:
        query = parse(text)
    except QueryError as error:
        context["problem"] = error.message
        return render(request, "search/search.html", context, status=400)
    if query is None and text:
        context["only_common_words"] = True
    elif query is not None or selection:
        context["results"] = selectors.search(
            query=query,
            selection=selection,
            sort=form.sort() if query is not None else selectors.NEWEST,
            page_number=request.GET.get("pagina"),
        )
    context.update(query=query, text=text, selection=selection, sort=form.sort())
    return render(request, "search/search.html", context)
