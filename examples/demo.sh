#!/usr/bin/env bash
# chronik end to end on the bundled example articles (examples/de, examples/en): code, explain, store,
# query, SQL, export, evaluate. Re-runnable: re-coding a document replaces its earlier rows in the store.
#
#   make demo                      # or: BIN=.venv/bin examples/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${BIN:-.venv/bin}"
CHRONIK="$BIN/chronik"
DB=demo.duckdb
OUT=out

step() { printf '\n\033[1m== %s\033[0m\n$ %s\n' "$1" "$2"; }

step "1. Code the example articles (4 German, 2 English) into events and store them in $DB" \
     "chronik code --db $DB examples/de examples/en"
"$CHRONIK" code --db "$DB" examples/de examples/en

step "2. Why was each event coded? Evidence span, status, date and the rules that fired (one German article)" \
     "chronik code --explain --no-store examples/de/de-2021-03-17-aussenminister.txt"
"$CHRONIK" code --explain --no-store examples/de/de-2021-03-17-aussenminister.txt

step "3. What is in the store" "chronik stats --db $DB"
"$CHRONIK" stats --db "$DB"

step "4. Query the store: every meeting (CONSULT) involving South Korea" \
     "chronik query --db $DB --type CONSULT --country KOR"
"$CHRONIK" query --db "$DB" --type CONSULT --country KOR

step "5. Plain SQL on the store (DuckDB)" \
     "chronik sql --db $DB \"select event, status, count(*) n from events group by all order by n desc limit 8\""
"$CHRONIK" sql --db "$DB" "select event, status, count(*) n from events group by all order by n desc limit 8"

mkdir -p "$OUT"
step "6. Export strict PLOVER JSON lines (planned meetings become AGREE, negated events are left out)" \
     "chronik export --db $DB --format plover --out $OUT/demo.plover.jsonl"
"$CHRONIK" export --db "$DB" --format plover --out "$OUT/demo.plover.jsonl"
head -3 "$OUT/demo.plover.jsonl" | cut -c1-400

step "7. Export a POLECAT-like TSV" "chronik export --db $DB --format polecat --out $OUT/demo.polecat.tsv"
"$CHRONIK" export --db "$DB" --format polecat --out "$OUT/demo.polecat.tsv"
head -3 "$OUT/demo.polecat.tsv" | cut -c1-300

step "8. Score against the hand-coded gold events of the same articles (headline of the report)" \
     "chronik eval examples/gold.jsonl"
"$CHRONIK" eval examples/gold.jsonl | sed -n '1,6p'

printf '\nDone. Store: %s (try: %s sql --db %s "select * from events limit 5"); exports in %s/\n' \
       "$DB" "$CHRONIK" "$DB" "$OUT"
