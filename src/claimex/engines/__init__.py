"""Execution engines beyond the local one: Dask."""
