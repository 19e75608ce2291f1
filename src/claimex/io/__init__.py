"""Reading inputs, splitting pages into sections, writing records."""
