#!/usr/bin/env bash
# How the Kyodo News article of 18 April 2025 on the US–Japan tariff talks was entered into
# the bundled knowledge base, with the kb CLI. Every claim cites the article with the exact
# words that support it; kb refuses any excerpt or quote that is not in the article's text.
#
#   seed/kyodo-2025-04-18.sh [ARTICLE.txt]     (run from the repository's root, once)
#
# Re-running it appends new events (their recorded_at differs): it is a record of how the
# knowledge base was made, not a build step. It is written for the kb of today: where a field came
# after the bundled events were recorded (claims' schema version 2: --via-description, --note,
# --value-qualifier, --equivalent, --by-when-qualifier, an undated remark), the bundled event
# holds what kb could record then, and is read as the later version (docs/design.md).
set -euo pipefail
article=${1:-../shared/seeds/kyodo-2025-04-18-japan-us-tariff-talks.txt}
kb() { "${KB:-.venv/bin/kb}" "$@"; }
talks=us-japan-tariff-talks-2025

# The source, with its text stored as a snapshot so every quote can be checked.
src=$(kb add source --kind article --publisher "Kyodo News" \
  --title 'Ishiba wants "specific progress" in tariff talks with U.S.' \
  --published-at 2025-04-18 --language en --text-file "$article" \
  --rights "© Kyodo News. The text is kept only to verify quotes; all rights remain with Kyodo News.")
cite() { printf '%s:%s' "$src" "$1"; }

# The negotiation, and everyone and everything the article names.
kb add entity --key $talks --kind negotiation --name "US–Japan tariff negotiations (2025)" \
  --alias "bilateral tariff negotiations" --description "Talks on the US tariffs of 2025 on Japanese goods"
kb add entity --key japan --kind country --name Japan --wikidata Q17
kb add entity --key united-states --kind country --name "United States" --alias "U.S." --alias US --wikidata Q30
kb add entity --key china --kind country --name China --wikidata Q148
kb add entity --key government-of-japan --kind organisation --name "Government of Japan" \
  --alias "Japanese government"
kb add entity --key world-trade-organization --kind organisation --name "World Trade Organization" \
  --alias WTO --wikidata Q7825
kb add entity --key shigeru-ishiba --kind person --name "Shigeru Ishiba" --alias Ishiba
kb add entity --key ryosei-akazawa --kind person --name "Ryosei Akazawa" --alias Akazawa
kb add entity --key donald-trump --kind person --name "Donald Trump" --alias Trump --wikidata Q22686
kb add entity --key scott-bessent --kind person --name "Scott Bessent" --alias Bessent
kb add entity --key howard-lutnick --kind person --name "Howard Lutnick" --alias Lutnick
kb add entity --key jamieson-greer --kind person --name "Jamieson Greer" --alias Greer

# The posts the article gives them.
kb add role --person ishiba --title "prime minister" --organisation japan \
  --citation "$(cite "Japanese Prime Minister Shigeru Ishiba")"
kb add role --person akazawa --title "chief negotiator" --organisation japan \
  --citation "$(cite "Japan's chief negotiator Ryosei Akazawa")"
kb add role --person akazawa --title "economic revitalization minister" --organisation japan \
  --citation "$(cite "the economic revitalization minister told a press conference")"
kb add role --person trump --title president --organisation united-states \
  --citation "$(cite "U.S. President Donald Trump")"
kb add role --person bessent --title "treasury secretary" --organisation united-states \
  --citation "$(cite "Treasury Secretary Scott Bessent")"
kb add role --person lutnick --title "commerce secretary" --organisation united-states \
  --citation "$(cite "Commerce Secretary Howard Lutnick")"
kb add role --person greer --title "trade representative" --organisation united-states \
  --citation "$(cite "U.S. Trade Representative Jamieson Greer")"

# Statements: who said what, and how the words reached the article.
kb add statement --negotiation $talks --occurred-at 2025-04-18 --speaker ishiba \
  --attribution partial_quote --venue "told reporters" --topic tariffs \
  --text 'Ishiba wants to see "specific progress" in bilateral tariff negotiations with the United States' \
  --citation "$(cite 'Japanese Prime Minister Shigeru Ishiba said Friday he wants to see "specific progress" in bilateral tariff negotiations with the United States')"
kb add statement --negotiation $talks --occurred-at 2025-04-18 --speaker ishiba \
  --attribution partial_quote --topic tariffs \
  --text 'Ishiba understood that the just-ended first round of negotiations had been "frank and constructive"' \
  --citation "$(cite 'Ishiba said he understood that the just-ended first round of negotiations had been "frank and constructive," following a direct briefing')"
kb add statement --negotiation $talks --occurred-at 2025-04-18 --speaker ishiba \
  --attribution direct_quote --venue "told reporters" --topic tariffs \
  --text "I instructed (Akazawa) to accelerate preparations and coordination within the government so we can make specific progress in the next round of negotiations" \
  --citation "$(cite '"I instructed (Akazawa) to accelerate preparations and coordination within the government so we can make specific progress in the next round of negotiations," Ishiba told reporters.')"
# "Ishiba has said": the article gives no date, so the remark is undated (known by the article's date).
kb add statement --negotiation $talks --speaker ishiba \
  --attribution partial_quote --topic tariffs \
  --text 'A "gap" remains between Japan and the United States in terms of their overall positions' \
  --citation "$(cite 'Ishiba has said a "gap" remains between Japan and the United States in terms of their overall positions.')"
kb add statement --negotiation $talks --occurred-at 2025-04 --speaker akazawa \
  --attribution paraphrase --topic tariffs \
  --text "Trump's decision to meet Akazawa indicates that the United States is eager to reach a deal quickly" \
  --citation "$(cite "Akazawa said Trump's decision to meet with him indicates that the United States is eager to reach a deal quickly.")"
kb add statement --negotiation $talks --occurred-at 2025-04 --speaker akazawa \
  --attribution partial_quote --topic tariffs \
  --text 'The initial round of negotiations gave Akazawa a rough idea of the key "themes" for the U.S. side' \
  --citation "$(cite 'The initial round of negotiations gave him a rough idea of the key "themes" for the U.S. side.')"
kb add statement --negotiation $talks --occurred-at 2025-04-18 --speaker akazawa \
  --attribution direct_quote --venue "press conference" --topic tariffs \
  --text "All I can say is that we will continue to negotiate flexibly, considering what is the best and most effective from the viewpoint of national interests" \
  --citation "$(cite '"All I can say is that we will continue to negotiate flexibly, considering what is the best and most effective from the viewpoint of national interests," the economic revitalization minister told a press conference.')"
kb add statement --negotiation $talks --occurred-at 2025-04-18 --speaker akazawa \
  --attribution direct_quote --venue "press conference" --topic tariffs \
  --text "As is the case with all negotiations, nothing is agreed until everything is agreed" \
  --citation "$(cite '"As is the case with all negotiations, nothing is agreed until everything is agreed," Akazawa said')"
kb add statement --negotiation $talks --occurred-at 2025-04-18 --speaker akazawa \
  --attribution partial_quote --venue "press conference" --topic tariffs \
  --text 'Akazawa will aim for a "win-win" deal for both Japan and the United States' \
  --citation "$(cite 'adding that he will aim for a "win-win" deal for both Japan and the United States')"
kb add statement --negotiation $talks --occurred-at 2025-04 --speaker trump \
  --attribution reported --via-description "a Japanese government source" --venue "told the Japanese delegation" \
  --topic trade-deficit \
  --text "Trump wants to reduce the U.S. trade deficit to zero" \
  --citation "$(cite "Trump told the Japanese delegation he wants to reduce the U.S. trade deficit to zero, a Japanese government source said")"
kb add statement --negotiation $talks --occurred-at 2025-04 --speaker trump \
  --attribution reported --via-description "a Japanese government source" --venue "told the Japanese delegation" \
  --topic autos --topic agriculture \
  --text "Trump expressed frustration that not enough U.S. cars and agricultural products are entering Japan" \
  --citation "$(cite "quoting him as expressing frustration that not enough U.S. cars and agricultural products are entering Japan")"
kb add statement --negotiation $talks --occurred-at 2025-04-18 --speaker-description analysts \
  --attribution paraphrase --modality hypothetical --topic defense --topic fx \
  --text "The talks could drag on if the two sides take up defense and foreign exchange rate issues" \
  --citation "$(cite "The talks could drag on if the two sides take up defense and foreign exchange rate issues, analysts say")"
kb add statement --negotiation $talks --occurred-at 2025-04-18 --speaker trump \
  --attribution partial_quote --via-description analysts --topic defense --topic fx \
  --text 'Trump sees the bilateral security pact "one-sided" and a strong dollar problematic' \
  --citation "$(cite 'as Trump sees the bilateral security pact "one-sided" and a strong dollar problematic')"
kb add statement --negotiation $talks --occurred-at 2025-04-18 --speaker-description "Kyodo News" \
  --attribution reported --topic tariffs --topic autos --topic steel --topic aluminum \
  --text "Higher U.S. levies on imports such as cars, steel and aluminum, along with the reciprocal tariff, have fueled concerns over their potential impact on the export-reliant Japanese economy" \
  --citation "$(cite "Higher U.S. levies on imports such as cars, steel and aluminum, along with the so-called reciprocal tariff, have fueled concerns over their potential impact on the export-reliant Japanese economy.")"

# Meetings: the first round in Washington, and the briefing that followed it.
kb add meeting --negotiation $talks --occurred-at 2025-04 --round 1 --place Washington \
  --note "The article gives no day: the first round was the week before it" \
  --participant "ryosei-akazawa:japan:chief negotiator" --participant donald-trump:united-states:president \
  --topic tariffs --summary "Akazawa met U.S. President Donald Trump in Washington" \
  --citation "$(cite "In Washington, Akazawa met with U.S. President Donald Trump")"
kb add meeting --negotiation $talks --occurred-at 2025-04 --round 1 --place Washington \
  --participant "ryosei-akazawa:japan:chief negotiator" \
  --participant "scott-bessent:united-states:treasury secretary" \
  --participant "howard-lutnick:united-states:commerce secretary" \
  --participant "jamieson-greer:united-states:trade representative" \
  --topic tariffs \
  --summary "Akazawa negotiated with Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and U.S. Trade Representative Jamieson Greer" \
  --citation "$(cite "negotiated with Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and U.S. Trade Representative Jamieson Greer")"
kb add meeting --negotiation $talks --occurred-at 2025-04 --format unknown \
  --participant "shigeru-ishiba:japan:prime minister" --participant "ryosei-akazawa:japan:chief negotiator" \
  --topic tariffs --summary "Akazawa briefed Ishiba directly on the first round of negotiations, after returning from Washington" \
  --citation "$(cite "following a direct briefing from Japan's chief negotiator Ryosei Akazawa, who had just returned from Washington")"

# The two figures, as the Japanese government gave them.
kb add data_point --negotiation $talks --occurred-at 2025-03 --metric trade_surplus \
  --subject japan --counterpart united-states --value 9000000000000 --unit JPY --approximate \
  --value-qualifier about --equivalent 63000000000:USD \
  --period-start 2024-04 --period-end 2025-03 --stated-by government-of-japan --topic trade-deficit \
  --value-as-stated 'around 9 trillion yen ($63 billion)' \
  --citation "$(cite 'According to Japanese government data, the country had a trade surplus of around 9 trillion yen ($63 billion) with the United States')" \
  --citation "$(cite "in the year ended this March")"
kb add data_point --negotiation $talks --occurred-at 2025-03 --metric exports \
  --subject japan --counterpart united-states --value 21000000000000 --unit JPY \
  --period-start 2024-04 --period-end 2025-03 --stated-by government-of-japan --topic autos \
  --value-as-stated "a record 21 trillion yen" \
  --citation "$(cite "U.S.-bound shipments hit a record 21 trillion yen, with cars among the main exported items.")"

# Japan's position on the tariffs, and what is expected next.
kb add position --negotiation $talks --occurred-at 2025-04 --holder japan --kind demand \
  --addressee united-states --issue "US tariff measures" --topic tariffs \
  --text "The United States should rethink its tariff measures, which Japan questions are in line with World Trade Organization rules and the bilateral trade pact" \
  --citation "$(cite "Japan has been urging the United States, its close ally, to rethink its tariff measures, questioning whether they align with World Trade Organization rules and a bilateral trade pact.")"
kb add expectation --negotiation $talks --occurred-at 2025-04-18 --modality expected \
  --what "The next round of ministerial talks between Japan and the United States" \
  --by-when 2025-04 --by-when-qualifier by_end_of \
  --topic tariffs \
  --citation "$(cite "as the next round of ministerial talks is expected by the end of April")"

kb verify
