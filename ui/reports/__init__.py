"""The 报表 tab: the owner's monthly review and the export for the accountant."""
