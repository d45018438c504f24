"""The owner's monthly review (报表) and the accountant's workbook: figures computed once, in fen, shown by the
review screen, printed by `main.py report` and written by `main.py export`."""
