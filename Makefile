PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared/eval
BENCH_N ?= 10000

.PHONY: install compile demo test lint eval quality bench bench-ingest clean

$(STAMP): pyproject.toml setup.py
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY)"; exit 1; }
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# (re)build the optional C extensions of changed modules in place (install builds them once; CHRONIK_PURE=1 skips)
compile: $(STAMP)
	env -u CHRONIK_PURE $(BIN)/python setup.py -q build_ext --inplace

# chronik end to end on examples/de and examples/en (store demo.duckdb, exports in out/)
demo: $(STAMP)
	BIN=$(BIN) bash examples/demo.sh

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools

# scores on the gold sets in ../shared/eval (not shipped) and the bundled examples
eval: $(STAMP)
	$(BIN)/chronik eval $(SHARED)/de/seed.jsonl
	$(BIN)/chronik eval $(SHARED)/de/dev_10kgnad.jsonl
	$(BIN)/chronik eval $(SHARED)/en/plover_gsr.jsonl
	$(BIN)/chronik eval $(SHARED)/en/plv_train.jsonl --pairs
	$(BIN)/chronik eval examples/gold.jsonl

# the quality table of README.md (between <!-- quality --> markers)
quality: $(STAMP)
	$(BIN)/python bench/quality.py

# extraction speed on one core, of the build named in its output; written into README.md (<!-- bench:extract -->)
bench: compile
	$(BIN)/python bench/bench_extract.py

# ingest speed with 1 and 2 workers on a generated corpus; written into README.md (<!-- bench:ingest -->)
bench-ingest: $(STAMP)
	$(BIN)/python bench/make_corpus.py --n $(BENCH_N)
	$(BIN)/python bench/bench_ingest.py

clean:
	rm -rf $(VENV) build dist *.egg-info chronik.duckdb demo.duckdb out
	find src -name '*.so' -delete -o -name '*.c' -delete
	rm -f src/chronik/_compiled.json
