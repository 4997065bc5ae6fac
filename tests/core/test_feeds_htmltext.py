"""The parser-free path of `fragment_text` says what the HTML parser says, or steps aside."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.feeds import htmltext
from reader.core.feeds.htmltext import fragment_text

PIECES = [
    "<p>",
    "</p>",
    "<br>",
    "<br/>",
    '<div class="a>b">',
    "</div>",
    "<a href='x'>",
    "</a>",
    "<b>",
    "</b>",
    "<li>",
    "<ul>",
    "</ul>",
    "<pre>",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\xa0",
    "\t",
    "&amp;",
    "&lt;b&gt;",
    "&nbsp;",
    "&notit;",
    "&#128;",
    "&#x41;",
    "&bogus;",
    "&",
    "<",
    ">",
    "word",
    "Été",
    "<img src=x alt=y/>",
    "<script>x</script>",
    "<table><tr>",
    "<!-- c -->",
    '<span title="<">',
    "<p title=a'b>",
    "<textarea>",
    "<em >",
    "</em >",
    "<h2>",
    "\x00",
]


def slow(html: str) -> str:
    original = htmltext._simple_text
    htmltext._simple_text = lambda _html: None
    try:
        return fragment_text(html)
    finally:
        htmltext._simple_text = original


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_fast_path_agrees_with_the_parser(pieces):
    html = "".join(pieces)
    assert fragment_text(html) == slow(html)


def test_examples():
    assert fragment_text("<p>One &amp; two</p><p>In HTML, &lt;b&gt; starts</p>") == (
        "One & two\nIn HTML, <b> starts"
    )
    assert htmltext._simple_text("<p>a</p><script>x</script>") is None
    assert htmltext._simple_text("<p>a <b>b</b></p>") == "a b"
