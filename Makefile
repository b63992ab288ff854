# Two commands for a newcomer: `make demo` and `make test` (both set up .venv on first use).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test setup neo4j-up neo4j-down clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	bash tools/demo.sh

test: $(STAMP)
	bash tools/run_tests.sh

neo4j-up:
	bash neo4j-server/ctl.sh up

neo4j-down:
	bash neo4j-server/ctl.sh down

clean:
	rm -rf $(VENV) out neo4j-server/target neo4j-server/data
