#!/usr/bin/env bash
# The eleven pages of ../shared/seeds/us-japan-2025/ entered as a reporter would: each page is added
# with its text, drafted with `kb draft`, and what a careful review of the draft accepts is imported.
# The review is seed/us-japan-2025/<page>.jsonl, one event payload a line, as the reporter left the
# draft: `SOURCE` stands for the page's source, `@claim:WORDS` for the one claim already recorded that
# cites those words (a claim of the Kyodo article, or of an earlier page), so the same review imports
# into the repository's knowledge base and into a fresh one.
#
#   seed/us-japan-2025.sh [SEEDS_DIR]      (run from the repository's root, once, after
#                                           seed/kyodo-2025-04-18.sh; KB_DIR=DIR for another knowledge base)
#
# For each page it prints the edits the review made to the draft of the drafter of the moment
# (benchmarks/review_edits.py): candidates accepted unchanged, changed (and how many fields),
# rejected, and events added by hand. DRAFTS=DIR keeps the drafts there (default: a temporary folder);
# PAGES="c1 c2" enters only those pages; DRAFT_ONLY=1 adds and drafts the pages without importing their
# reviews (to write a review: the page's source ID is then in DRAFTS/<page>.source).
# Re-running it appends new events (their recorded_at differs): it is a record of how the knowledge
# base was made, not a build step.
set -euo pipefail
seeds=${1:-../shared/seeds/us-japan-2025}
texts=$seeds/texts
reviews=$(dirname "$0")/us-japan-2025
drafts=${DRAFTS:-$(mktemp -d)}
mkdir -p "$drafts"
: >"$drafts/edits.tsv"
kb() { "${KB:-.venv/bin/kb}" "$@"; }
python=${PYTHON:-.venv/bin/python}
talks=us-japan-tariff-talks-2025
yomiuri="© The Yomiuri Shimbun. The text is kept only to verify quotes; all rights remain with The Yomiuri Shimbun."

# The US–EU talks of page X2 are another negotiation: its claims never join the US–Japan talks.
kb add entity --key us-eu-trade-talks-2025 --kind negotiation --name "US–EU trade negotiations (2025)" \
  --description "Talks on the US tariffs of 2025 on goods from the European Union" >/dev/null

# page ID NEGOTIATION -- kb add source OPTIONS: add the page, draft it, compare the draft with its
# review, import the review (the claims, then what refers to claims already recorded).
page() {
  local id=$1 negotiation=$2
  shift 3
  case " ${PAGES:-$id} " in *" $id "*) ;; *) return ;; esac
  local src
  src=$(kb add source "$@")
  kb draft "$src" --negotiation "$negotiation" -o "$drafts/$id.draft.jsonl"
  if [ -n "${DRAFT_ONLY:-}" ]; then echo "$src" >"$drafts/$id.source"; return; fi
  "$python" benchmarks/review_edits.py --page "$id" --source "$src" --kb "${KB_DIR:-.}" \
    --draft "$drafts/$id.draft.jsonl" --review "$reviews/$id.jsonl" \
    --claims "$drafts/$id.claims.jsonl" --references "$drafts/$id.references.jsonl" \
    --table "$drafts/edits.tsv"
  kb import "$drafts/$id.claims.jsonl" >/dev/null
  if [ -s "$drafts/$id.references.jsonl" ]; then
    "$python" benchmarks/review_edits.py --resolve --source "$src" --kb "${KB_DIR:-.}" \
      --review "$drafts/$id.references.jsonl" --claims "$drafts/$id.after.jsonl"
    kb import "$drafts/$id.after.jsonl" >/dev/null
  fi
}

page c1 $talks -- --kind article --publisher "The Japan News (The Yomiuri Shimbun)" \
  --title "Japan, U.S. to Aim for Swift Agreement; Ishiba Indicates Willingness to Visit United States" \
  --url https://japannews.yomiuri.co.jp/politics/politics-government/20250417-249655 \
  --published-at 2025-04-17 --language en --rights "$yomiuri" --text-file "$texts/c1.txt"

# C2: one Associated Press story, stored as carried by two papers (the second copy runs further):
# one source, whose texts are both copies, so an excerpt may come from either.
page c2 $talks -- --kind article --publisher "Associated Press" --author "Yuri Kageyama" \
  --title "Japan reports a \$63 billion trade surplus with the US as it talks with Trump on tariffs" \
  --url https://www.ajc.com/news/nation-world/japan-reports-a-63-billion-trade-surplus-with-the-us-as-it-talks-with-trump-on-tariffs/AMN7DL4VLBCB5LPLHIQAHEPLRU/ \
  --published-at 2025-04-17 --language en \
  --rights "© The Associated Press, as carried by The Atlanta Journal-Constitution and the Star Tribune. The texts are kept only to verify quotes." \
  --text-file "$texts/c2-ajc.txt" --text-file "$texts/c2-startribune.txt"

# S04 gives no date of its own: it reports data released on Thursday, April 17 (2025).
page s04 $talks -- --kind article --publisher "New Business Age (Xinhua/RSS)" \
  --title "[Headline not in the stored text; the address reads japan-records-366-billion-trade-deficit-in-fy2024]" \
  --url https://newbusinessage.com/article/japan-records-366-billion-trade-deficit-in-fy2024 \
  --published-at 2025 --language en \
  --rights "© New Business Age / Xinhua. The text is kept only to verify quotes." --text-file "$texts/s04.txt"

page s01 $talks -- --kind article --publisher "The Japan News (The Yomiuri Shimbun)" \
  --title "Ishiba Tells Govt to Speed Up Preparations for Next Japan-U.S. Tariff Talks; Akazawa Says Trump Coming to Meeting Shows Eagerness to Get Things Done" \
  --url "https://japannews.yomiuri.co.jp/?p=250026" \
  --published-at 2025-04-19 --language en --rights "$yomiuri" --text-file "$texts/s01.txt"

page c4 $talks -- --kind article --publisher "The Japan News (The Yomiuri Shimbun)" \
  --title "Akazawa Eyes Tariff Deal with U.S. at Summit Meeting in June; Says American Representatives Are Growing More Aware of Japan’s Economic Contribution" \
  --url "https://japannews.yomiuri.co.jp/?p=256139" \
  --published-at 2025-05-24 --language en --rights "$yomiuri" --text-file "$texts/c4.txt"

page c5 $talks -- --kind transcript --publisher "Prime Minister's Office of Japan" \
  --title "Press Conference by Prime Minister ISHIBA Shigeru Regarding the Agreement Reached in the Japan-U.S. Consultation on U.S. Tariff Measures and Other Matters" \
  --url https://worldjpn.net/documents/texts/PI/20250723.O2E.html \
  --published-at 2025-07-23 --language en \
  --rights "Provisional translation by the Prime Minister's Office of Japan, as archived by \"The World and Japan\" Database (GRIPS / University of Tokyo)." \
  --text-file "$texts/c5.txt"

page s15 $talks -- --kind article --publisher "The Japan News (The Yomiuri Shimbun)" \
  --title "[Headline not in the stored text]" \
  --url https://japannews.yomiuri.co.jp/business/economy/20250725-271862/ \
  --published-at 2025-07-25 --language en --rights "$yomiuri" --text-file "$texts/s15.txt"

page x2 us-eu-trade-talks-2025 -- --kind article --publisher "India Today" \
  --title "[Headline not in the stored text; the address reads us-eu-seal-trade-framework-after-trumps-tariff-talks-with-top-european-leader]" \
  --url https://www.indiatoday.in/world/story/us-eu-seal-trade-framework-after-trumps-tariff-talks-with-top-european-leader-glbs-2762207-2025-07-27 \
  --published-at 2025-07-27 --language en \
  --rights "© India Today. The text is kept only to verify quotes." --text-file "$texts/x2.txt"

# C6: one page stored three times, whole (c6.txt) and in two overlapping parts: one source, three texts.
page c6 $talks -- --kind article --publisher "NDTV Profit" \
  --title "Donald Trump Signs Order Sealing Japan Trade Deal With 15% Tariff Rate" \
  --url https://www.ndtvprofit.com/business/donald-trump-signs-order-sealing-japan-trade-deal-with-15-tariff-rate \
  --published-at 2025-09-05 --language en \
  --rights "© NDTV Profit. The text is kept only to verify quotes." \
  --text-file "$texts/c6.txt" --text-file "$texts/c6a.txt" --text-file "$texts/c6b.txt"

page s16 $talks -- --kind press_release --publisher "The White House" \
  --title "Fact Sheet: President Donald J. Trump Implements A Historic U.S.-Japan Framework Agreement" \
  --url https://www.pubt.io/view/56032D86CFAB04505864AA9B4BA695E017894124 \
  --published-at 2025-09-05 --language en \
  --rights "A work of the United States Government, as distributed by Public on 09/05/2025." \
  --text-file "$texts/s16.txt"

page s17 $talks -- --kind official_page \
  --publisher "Federal Register (Office of the Federal Register / U.S. Government Publishing Office)" \
  --title "Executive Order 14345--Implementing the United States-Japan Agreement" \
  --url https://www.govinfo.gov/content/pkg/FR-2025-09-09/html/2025-17389.htm \
  --published-at 2025-09-09 --language en \
  --rights "A work of the United States Government (90 FR 43535-43538)." --text-file "$texts/s17.txt"

"$python" benchmarks/review_edits.py --print-table "$drafts/edits.tsv"
kb verify
