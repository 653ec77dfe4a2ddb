import pytest

from werkplaats.lib.markdown import render_markdown
from werkplaats.lib.templatetags.werkplaats_tags import markdown


def test_markdown_is_rendered():
    html = render_markdown(
        "## Doel\n\n*Samen* **leren**\n\n- een\n- twee\n\n[Movisie](https://www.movisie.nl)"
    )

    assert "<h2>Doel</h2>" in html
    assert "<em>Samen</em>" in html
    assert "<strong>leren</strong>" in html
    assert "<li>een</li>" in html
    assert 'href="https://www.movisie.nl"' in html
    assert 'rel="noopener noreferrer"' in html


def test_empty_text_gives_empty_html():
    assert render_markdown("") == ""
    assert render_markdown(None) == ""


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "Tekst <script src='https://evil.example.com/x.js'></script>",
        "<SCRIPT>alert(1)</SCRIPT>",
        "<svg><script>alert(1)</script></svg>",
    ],
)
def test_scripts_are_removed(text):
    html = render_markdown(text)

    assert "<script" not in html.lower()
    assert "evil.example.com" not in html


@pytest.mark.parametrize(
    "text",
    [
        '<img src="x" onerror="alert(1)">',
        '<p onclick="alert(1)">klik</p>',
        '<a href="https://example.org" onmouseover="alert(1)">link</a>',
        '<div style="background:url(javascript:alert(1))">x</div>',
        "<body onload=alert(1)>",
    ],
)
def test_event_handlers_and_styles_are_removed(text):
    html = render_markdown(text).lower()

    assert "onerror" not in html
    assert "onclick" not in html
    assert "onmouseover" not in html
    assert "onload" not in html
    assert "style=" not in html
    assert "<img" not in html


@pytest.mark.parametrize(
    "text",
    [
        "[klik](javascript:alert(1))",
        "[klik](JavaScript:alert(1))",
        "[klik]( javascript:alert(1))",
        '<a href="javascript:alert(1)">klik</a>',
        '<a href="jav&#x09;ascript:alert(1)">klik</a>',
        "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[klik](vbscript:msgbox(1))",
    ],
)
def test_unsafe_links_are_removed(text):
    html = render_markdown(text).lower()

    assert "javascript:" not in html
    assert "vbscript:" not in html
    assert "data:" not in html
    assert "klik" in html  # the text stays, the link goes


def test_safe_links_stay():
    html = render_markdown("[mail](mailto:info@example.org) en [web](http://example.org)")

    assert 'href="mailto:info@example.org"' in html
    assert 'href="http://example.org"' in html


@pytest.mark.parametrize("tag", ["iframe", "object", "embed", "form", "style", "input"])
def test_dangerous_tags_are_removed(tag):
    html = render_markdown(f"<{tag}>x</{tag}>")

    assert f"<{tag}" not in html


def test_template_filter_output_is_marked_safe_after_sanitising():
    html = markdown("**vet** <script>alert(1)</script>")

    assert hasattr(html, "__html__")
    assert "<strong>vet</strong>" in html
    assert "<script" not in html
