"""Registry: countries, the gazetteer, and the registry of places, organizations, people and ties.

- `countries`, `gazetteer`, `places`: names to ISO codes and to places with coordinates
  (`PlaceResolver.resolve`: "X of Y", districts attached to their parent, misspellings).
- `importer.import_registry`: the Wikipedia and Wikidata twin-town pairs into one
  symmetric, deduplicated registry of ties (idempotent).
- `resolve.resolve_report` / `resolve_all`: a stored report's places, organizations,
  people, ties (linked to the registry or added as found in reports) and events.
- `merge`: merges and splits of entities by hand, with undo.
- `api`: one call per command (partners, ties, timeline, network stats and exports).
"""
