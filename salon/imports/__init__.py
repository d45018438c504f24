"""Bringing a salon's old client list in (F9): read the file, find its header, plan, then import."""
