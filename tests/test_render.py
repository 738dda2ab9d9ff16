import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from detentio.publish.render import export_html


def test_stderr_is_left_out_of_the_report_but_stdout_stays():
    cell = new_code_cell("print('x')", outputs=[
        new_output("stream", name="stdout", text="forty POWs\n"),
        new_output("stream", name="stderr", text="UserWarning: noisy library\n"),
    ])
    nb = new_notebook(cells=[new_markdown_cell("# Title"), cell])
    html = export_html(nbformat.from_dict(nb), "Title")
    assert "forty POWs" in html
    assert "noisy library" not in html
    assert "print(&#39;x&#39;)" not in html and "print('x')" not in html  # code hidden
    assert nb.cells[1].outputs[1]["name"] == "stderr"  # the executed notebook keeps it


def test_a_note_call_is_bound_to_the_word_before_it():
    from bs4 import BeautifulSoup

    from detentio import render

    soup = BeautifulSoup('<p>rules are customary.<span class="detentio-fn"> [<span class="fn-body">n1</span>]</span>'
                         ' after <q>quoted</q><span class="detentio-fn"> [<span class="fn-body">n2</span>]</span></p>',
                         "html.parser")
    notes = render._number_footnotes(soup)
    assert [n.get_text() for n in notes] == ["n1", "n2"]
    first, second = soup.find_all("sup", class_="fn-ref")
    # A word joiner keeps "customary." and its call on one line (a line never starts with the number).
    assert str(first.previous_sibling) == "rules are customary." + render.WORD_JOINER
    assert second.previous_sibling.name == "q" and second.previous_sibling.get_text() == "quoted"
