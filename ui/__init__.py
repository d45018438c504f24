"""Qt widgets of Salon Desk, built on the `salon` domain package."""
