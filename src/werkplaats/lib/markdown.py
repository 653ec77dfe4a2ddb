"""Markdown to safe HTML: rendered with Python-Markdown, then sanitised with nh3."""

import html as html_lib
import re

import markdown as markdown_lib
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "em", "h2", "h3", "h4", "hr", "li", "ol", "p",
    "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}}


def render_markdown(text: str) -> str:
    """HTML for ``text``; scripts, styles, event handlers and unsafe links are removed."""
    html = markdown_lib.markdown(text or "", extensions=["sane_lists", "tables"])
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def plain_text(text: str) -> str:
    """The words of a Markdown text without its markup, for search and readability.

    Block ends become blank lines, so paragraphs and list items stay apart.
    """
    html = markdown_lib.markdown(text or "", extensions=["sane_lists", "tables"])
    html = re.sub(r"</(p|li|h[1-6]|blockquote|pre|tr|td|th)>", "\n\n", html)
    return html_lib.unescape(nh3.clean(html, tags=set())).strip()
