"""Processing algorithms: one thin algorithm per verb, each calling core."""
