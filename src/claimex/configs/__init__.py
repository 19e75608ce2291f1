"""Pipeline configs shipped with claimex: default.cfg (English model) and rules.cfg (no model)."""
