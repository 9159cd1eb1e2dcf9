"""Publishing: digests of a period, profiles of a place or organization, anniversaries of ties.

- `digest.digest(store, start, end, org=None, place=None)`: a bulletin's data for a period.
- `profile.profile(store, name)`: the exchange profile of a place or organization.
- `anniversaries.anniversaries(store, within="90d")`: ties with a round anniversary ahead.
- `render`: the same data as Markdown, HTML (Jinja2, autoescaped) or PDF (WeasyPrint).
- `charts`: server-side SVG charts (events per month, a map of the countries reached).

Work plans and feeds live beside these (`plans*.py`, `feeds.py`); `progress.plan_sections` puts
the progress of the plans in scope into the digest and the profile (`plan_progress`).
"""
