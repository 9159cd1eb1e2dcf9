"""Analyses over the store: the partnership network."""
