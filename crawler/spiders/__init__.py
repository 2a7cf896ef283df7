"""Spiders: one for one agency site."""
