"""publish: from a notebook run to a report a reviewer can trust.

Owns report fragments and notes (:mod:`.report`, :mod:`.notes`), tables as
CSV and figures in words (:mod:`.downloads`, :mod:`.describe`), notebook
parameters and runs.yml (:mod:`.params`, :mod:`.runs`), HTML and PDF
rendering (:mod:`.render`; the archival PDF: :mod:`.archive`; "Cite this
report": :mod:`.cite_report`), the worker that executes and publishes one run
(:mod:`.execute`), provenance (:mod:`.provenance`) and the build (:mod:`.build`),
with its lock (:mod:`.buildlock`) and workers that end with it (:mod:`.workers`).
"""
