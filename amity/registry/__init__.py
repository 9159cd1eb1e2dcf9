"""Registry: countries, the gazetteer of places, and (later) the sister-city registry."""
