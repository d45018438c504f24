"""Client packages (疗程卡/次卡, 年卡/月卡, 储值卡, F4): the ledger every change goes through, selling, using,
expiry and reactivation, refunds, and the views the screens read.

May import the store and the flat domain modules (catalogue, payments, money, dates); never `salon.visits`,
which builds on it.
"""
