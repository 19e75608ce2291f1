"""Pure rule functions: no spaCy objects in, plain values out, tested with parametrized tables."""
