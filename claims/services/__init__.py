"""Writes for the claims app. Every human write goes through these modules."""
