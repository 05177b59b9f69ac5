# ltvkeeper build. Every target installs what it needs first (`make tools`).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := test

CONTRACTS := contracts
TOOLS     := $(CONTRACTS)/tools
TOOLS_BIN := $(CURDIR)/$(TOOLS)/node_modules/.bin
FORGE     := $(TOOLS_BIN)/forge
ANVIL     := $(TOOLS_BIN)/anvil
export FOUNDRY_SOLC := $(CURDIR)/$(TOOLS)/solc-shim.js
export PATH := $(TOOLS_BIN):$(PATH)

.PHONY: tools contracts contracts-test gas-snapshot gas-check bindings build go-test demo bench test clean

## tools: install the pinned Foundry, solc and OpenZeppelin from the lockfile, and PostgreSQL 15
## and Chromium (for the dashboard's browser tests) from Debian if they are missing (idempotent)
tools: $(TOOLS)/node_modules/.installed
	scripts/ensure-postgres.sh
	scripts/ensure-chromium.sh

$(TOOLS)/node_modules/.installed: $(TOOLS)/package.json $(TOOLS)/package-lock.json
	npm ci --prefix $(TOOLS) --no-audit --no-fund --loglevel=error
	$(FORGE) --version | head -1
	touch $@

## contracts: compile the Solidity sources
contracts: tools
	cd $(CONTRACTS) && $(FORGE) build

## contracts-test: unit, fuzz and invariant tests
contracts-test: tools
	cd $(CONTRACTS) && $(FORGE) test

## gas-snapshot: rewrite contracts/.gas-snapshot after an intended gas change
gas-snapshot: tools
	cd $(CONTRACTS) && $(FORGE) snapshot

## gas-check: fail when gas drifted from contracts/.gas-snapshot
gas-check: tools
	cd $(CONTRACTS) && $(FORGE) snapshot --check

## bindings: regenerate the Go bindings after a contract change
bindings: contracts
	go generate ./bindings/...

## build: the ltvkeeper binary, with its version and commit
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT  := $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
build: tools
	go build -ldflags "-X main.version=$(VERSION) -X main.commit=$(COMMIT)" -o bin/ltvkeeper ./cmd/ltvkeeper

## go-test: vet and test the Go code against the current contract build (bindings drift included)
go-test: contracts
	@unformatted="$$(git ls-files -z -- '*.go' | xargs -0 -r gofmt -l)"; \
	if [ -n "$$unformatted" ]; then echo "gofmt -w needed on:"; echo "$$unformatted"; exit 1; fi
	go vet ./...
	go test -race -count=1 ./...

## demo: the borrower's story on a throwaway local devnet (Anvil, Postgres, the node)
demo: contracts build
	bin/ltvkeeper demo

## bench: measure and write bench/results.json and bench/results.md
bench: contracts build
	bin/ltvkeeper bench

## test: everything CI runs
test: contracts gas-check go-test

clean:
	rm -rf $(CONTRACTS)/out $(CONTRACTS)/cache
