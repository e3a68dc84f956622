"""Drafting events from an article's text: rule-based, deterministic and offline.

``draft`` reads a source's text and proposes the payloads a person would record — new
entities and roles first, then statements, meetings and data points, each citing the text
with an exact excerpt — for a person to review before ``kb import`` records them.
"""

from kb.draft.draft import Draft, draft_file, draft_source, draft_text

__all__ = ["Draft", "draft_file", "draft_source", "draft_text"]
