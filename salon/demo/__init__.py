"""The demo salon: staff, clients, menu, cards and years of visits, written in bulk as the domain writes them.

May import anything in `salon`; nothing in `salon` outside this package imports it, except the command line
(and the window, lazily, when the user asks for demo data).
"""
