"""Client files (客户档案, F1–F2): the file itself, its fixed choices, birthdays solar or lunar, and search.

May import the store and the flat domain modules (phones, text, errors); not packages or visits.
"""
