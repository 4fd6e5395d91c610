"""attribution: who said what in the news.

Modules, in the order the data flows:
types -> text -> sentences -> candidates (rules) / tagger_model (transformer) -> tagging
-> speakers -> affiliation -> stance -> pipeline -> store / search -> evaluation -> cli.
"""

__version__ = "0.1.0"
