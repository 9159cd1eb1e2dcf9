"""English components: grammars of dates, numbers, names, events and ties."""
