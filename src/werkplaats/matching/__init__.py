"""Matching across the network: "In andere werkplaatsen".

For every public question, agenda theme, atelier and publication (and whatever another app
registers, such as harvested records) the most similar public items of *other* werkplaatsen,
shown on its page (``{% elsewhere obj %}`` in ``templatetags/matching_tags.py``), in the
intake form while someone types (``questions`` views ``ask``/``similar``), and as JSON
(``matching:suggest``).

* ``analysis.py``: Dutch text as weighted terms (stems, the concepts of ``concepts.txt``,
  compound parts, title and theme weights);
* ``registry.py``: what is indexed (``register()``), keeping the index current
  (``index_item``/``remove_item``, and the search registry's listener), ``rebuild()``;
* ``engine.py``: the lookup (postings for candidates, exact TF-IDF cosine to rank them);
* ``content.py``: the four content types of this installation.

Quality and speed are measured with ``bench/matching.py`` (see bench/README.md).
"""
