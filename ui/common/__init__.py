"""Widgets and helpers that several tabs share: the lazy table and record models, pickers, form and child
dialog helpers, translated labels and error sentences, PDF writing and background work.

May import `salon` and Qt; never a feature package of `ui`.
"""
