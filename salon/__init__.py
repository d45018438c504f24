"""Salon Desk domain and persistence. Pure Python: nothing in this package imports Qt."""
