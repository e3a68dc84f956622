#!/usr/bin/env bash
# The Kyodo News article of 18 April 2025 entered the normal way: `kb draft` proposes its events, a
# person reviews the draft, `kb import` records it. Compare seed/kyodo-2025-04-18.sh, the 156 lines of
# hand-typed commands that made the bundled knowledge base.
#
#   seed/kyodo-2025-04-18-draft.sh [ARTICLE.txt] [DIR]     (run from the repository's root)
#
# It makes a new knowledge base in DIR (default: a new temporary folder) and never touches the
# repository's events/.
set -euo pipefail
article=${1:-../shared/seeds/kyodo-2025-04-18-japan-us-tariff-talks.txt}
dir=${2:-$(mktemp -d)/kb}
mkdir -p "$(dirname "$dir")"
kb() { "${KB:-.venv/bin/kb}" --kb "$dir" "$@"; }
"${KB:-.venv/bin/kb}" init "$dir" >/dev/null

# The negotiation, and the article with its text.
kb add entity --key us-japan-tariff-talks-2025 --kind negotiation --name "US–Japan tariff negotiations (2025)" \
  >/dev/null
src=$(kb add source --kind article --publisher "Kyodo News" \
  --title 'Ishiba wants "specific progress" in tariff talks with U.S.' \
  --published-at 2025-04-18 --language en --text-file "$article" \
  --rights "© Kyodo News. The text is kept only to verify quotes; all rights remain with Kyodo News.")

# The draft: one candidate event a line.
kb draft "$src"
kb draft "$src" -o "$dir/../draft.jsonl"

# The review, as a person would do it in an editor:
# - "the economic revitalization minister" is Akazawa (the article says so two paragraphs up);
# - Akazawa met Trump for Japan, and the 21 trillion yen of exports are Japan's to the United States.
"${PYTHON:-.venv/bin/python}" - "$dir/../draft.jsonl" "$dir/../reviewed.jsonl" <<'PY'
import json, sys

reviewed = []
for line in open(sys.argv[1], encoding="utf-8"):
    event = json.loads(line)
    if event.get("speaker_description") == "the economic revitalization minister":
        del event["speaker_description"]
        event["speaker"] = "ryosei-akazawa"
    if event["type"] == "meeting":
        event["participants"][0]["side"] = "japan"
    if event["type"] == "data_point" and event["metric"] == "exports":
        event.update(subject="japan", counterpart="united-states")
    reviewed.append(json.dumps(event, ensure_ascii=False))
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(reviewed) + "\n")
PY

kb import "$dir/../reviewed.jsonl"
kb verify
echo "Knowledge base: $dir"
