"""Pipeline components: each takes a Doc, fills something, and returns it."""
