"""publish: from a notebook run to a report a reviewer can trust.

Owns report fragments and notes (:mod:`.report`, :mod:`.notes`), notebook
parameters and runs.yml (:mod:`.params`, :mod:`.runs`), HTML and PDF
rendering (:mod:`.render`), the worker that executes and publishes one run
(:mod:`.execute`), provenance (:mod:`.provenance`) and the build (:mod:`.build`),
with its lock (:mod:`.buildlock`) and workers that end with it (:mod:`.workers`).
"""
