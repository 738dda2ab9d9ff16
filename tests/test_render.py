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
