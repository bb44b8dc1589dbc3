# Pathway's entry points. `make run` and `make test` install what is missing
# (pinned, from the package registries only), so both work on a fresh machine.

SHELL := /bin/bash
.DEFAULT_GOAL := run

# One shared build directory outside the clone, so CI and fresh clones reuse it.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/pathway/target
# Browser tests use Debian's Chromium; no test tool downloads its own browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SERVER_BIN := $(CARGO_TARGET_DIR)/server/pathway-server

.PHONY: run test rust-tests dist size bench lint node rust-tools build-tools browser-tools lighthouse-tools postgres

## run: build everything and serve Pathway with demo data on http://127.0.0.1:8080
run: dist
	cargo build --profile server --package pathway-server
	$(SERVER_BIN) --demo --data-dir data --dist-dir dist

## test: lint, the first visit's size budget, every Rust test (the storage
## tests against SQLite and a throwaway PostgreSQL cluster), Schemathesis
## against the API, then the browser tests against the built app
test: lint dist browser-tools postgres
	cargo xtask size --budget
	tests/with-postgres.sh $(MAKE) --no-print-directory rust-tests
	tests/api-fuzz.sh
	cd tests && npx playwright test

# Every Rust test, and the server's HTTP tests again with the server on
# PostgreSQL (run by `test` inside a throwaway cluster).
rust-tests:
	cargo test --workspace
	PATHWAY_TEST_STORE=postgres cargo test --package pathway-server \
		$(addprefix --test ,$(POSTGRES_SUITES))

POSTGRES_SUITES := access api councils live messages notify practice reports sync

## dist: build the browser app into dist/ (release, precompressed)
dist: rust-tools build-tools
	cargo xtask dist

## size: the raw and brotli size of each file of the release app shell
## (always rebuilt: a debug dist/ left by iterating would be measured otherwise)
size: dist
	cargo xtask size

## bench: sync throughput and latency over HTTP, beside the database's raw insert
## rate, for SQLite and for PostgreSQL (a throwaway cluster);
## live streams one server holds, memory per stream and the time to reach them all;
## the reports over a generated service of 1,000 young people with 3 years of history;
## and phones pulling every 4 s: p50 and p99, and the most served with p99 under 50 ms,
## by one server on SQLite and by two sharing PostgreSQL;
## then a generated team on a phone: the replica's size and the time to caseload,
## and the time to her plan, online and offline;
## and Lighthouse's mobile performance score for the sign-in screen
bench: dist browser-tools lighthouse-tools postgres
	tests/with-postgres.sh cargo bench --package pathway-server --bench sync
	cargo bench --package pathway-server --bench live
	cargo bench --package pathway-server --bench reports
	tests/with-postgres.sh cargo bench --package pathway-server --bench load
	cargo build --profile server --package pathway-server
	cd tests && npx playwright test -c playwright.bench.config.ts
	node tests/lighthouse/sign-in.mjs

## lint: formatting and clippy, for the server and for the browser build
lint: rust-tools
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --package pathway-app --target wasm32-unknown-unknown -- -D warnings

node:
	@command -v npm >/dev/null \
		|| { $(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs npm; }

rust-tools:
	@command -v cargo >/dev/null || { echo "Pathway needs Rust (cargo and rustup) installed."; exit 1; }
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@rustup component list --installed | grep -q '^rust-src' || rustup component add rust-src

# wasm-opt (npm's binaryen, never Debian's) and a JavaScript minifier, run by
# `cargo xtask dist` on release builds.
build-tools: node
	@test -d tools/node_modules/binaryen -a -d tools/node_modules/csso \
		|| (cd tools && npm ci --no-audit --no-fund)

# PostgreSQL's programs, for the throwaway cluster the storage tests run
# against (tests/with-postgres.sh); a cluster the package starts is stopped.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
		|| { $(SUDO) apt-get update && $(SUDO) apt-get install -y postgresql-15 \
			&& { $(SUDO) pg_ctlcluster 15 main stop 2>/dev/null || true; }; }

# Chromium, and letters for Tigrinya (phones have them; without them the
# Ethiopic test would measure empty boxes for "nothing too wide").
browser-tools: node
	@command -v chromium >/dev/null \
		|| { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }
	@dpkg -s fonts-sil-abyssinica >/dev/null 2>&1 \
		|| { $(SUDO) apt-get update && $(SUDO) apt-get install -y fonts-sil-abyssinica; }
	@test -d tests/node_modules/@playwright/test \
		|| (cd tests && npm ci --no-audit --no-fund)

# Lighthouse from npm, for `make bench` only; it audits in Debian's Chromium.
lighthouse-tools: browser-tools
	@test -d tests/lighthouse/node_modules/lighthouse \
		|| (cd tests/lighthouse && npm ci --no-audit --no-fund)
