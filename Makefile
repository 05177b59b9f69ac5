# ltvkeeper build. Every target installs what it needs first, and only that: the pinned
# Foundry (tools-foundry), PostgreSQL (tools-postgres), Chromium (tools-chromium, for the
# dashboard's browser tests only). `make tools` installs all three, as `make test` does.
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

.PHONY: tools tools-foundry tools-postgres tools-chromium contracts thirdparty-contracts contracts-test test-deep gas-snapshot gas-check bindings licenses build go-test demo bench test clean

## tools: everything the tests need (the three below); each is idempotent
tools: tools-foundry tools-postgres tools-chromium

## tools-foundry: the pinned Foundry, solc, OpenZeppelin, Chainlink and Morpho Blue from the lockfile
tools-foundry: $(TOOLS)/node_modules/.installed

## tools-postgres: PostgreSQL 15 from Debian if missing (Go tests, devnet, demo, bench)
tools-postgres:
	scripts/ensure-postgres.sh

## tools-chromium: Chromium from Debian if missing (only the dashboard's browser tests)
tools-chromium:
	scripts/ensure-chromium.sh

$(TOOLS)/node_modules/.installed: $(TOOLS)/package.json $(TOOLS)/package-lock.json
	npm ci --prefix $(TOOLS) --no-audit --no-fund --loglevel=error
	$(FORGE) --version | head -1
	touch $@

## contracts: compile the Solidity sources, and the third-party ones (thirdparty-contracts)
contracts: tools-foundry thirdparty-contracts
	cd $(CONTRACTS) && $(FORGE) build

# forge compiles with one solc; Chainlink's proxies and Morpho Blue name older ones in their
# pragmas, so they are compiled from their npm packages on their own, into forge-shaped
# artifacts in out/.
## thirdparty-contracts: compile EACAggregatorProxy (solc 0.6.6), AggregatorProxy (0.7.6) and
## Morpho Blue's Morpho (0.8.19)
thirdparty-contracts: tools-foundry
	cd $(CONTRACTS) && node tools/thirdparty-build.js out

## contracts-test: unit, fuzz and invariant tests
contracts-test: tools-foundry thirdparty-contracts
	cd $(CONTRACTS) && $(FORGE) test

## test-deep: the forge tests with the deep profile (10,000 fuzz runs, 1,000 invariant runs of
## depth 100); takes long, and CI does not run it
test-deep: tools-foundry thirdparty-contracts
	cd $(CONTRACTS) && FOUNDRY_PROFILE=deep $(FORGE) test

# The gas snapshot is taken with the default profile whatever FOUNDRY_PROFILE the shell has,
# and holds the unit tests only: a fuzz or invariant test's gas is a mean over inputs that
# change whenever any compiled contract does (the fuzzer draws on their constants).
GAS_TESTS = --no-match-test '^(testFuzz|invariant)'

## gas-snapshot: rewrite contracts/.gas-snapshot after an intended gas change
gas-snapshot: tools-foundry thirdparty-contracts
	cd $(CONTRACTS) && FOUNDRY_PROFILE=default $(FORGE) snapshot $(GAS_TESTS)

## gas-check: fail when gas drifted from contracts/.gas-snapshot
gas-check: tools-foundry thirdparty-contracts
	cd $(CONTRACTS) && FOUNDRY_PROFILE=default $(FORGE) snapshot --check $(GAS_TESTS)

## bindings: regenerate the Go bindings after a contract change
bindings: contracts
	go generate ./bindings/...

## licenses: rewrite THIRD_PARTY_LICENSES.md after go.mod or contracts/tools/package-lock.json
## changed (a Go test fails until then)
licenses: tools-foundry
	go run ./scripts/thirdparty

## build: the ltvkeeper binary, with its version and commit
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT  := $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
build:
	go build -ldflags "-X main.version=$(VERSION) -X main.commit=$(COMMIT)" -o bin/ltvkeeper ./cmd/ltvkeeper

## go-test: vet and test the Go code against the current contract build (bindings drift included)
go-test: contracts tools-postgres tools-chromium
	@unformatted="$$(git ls-files -z -- '*.go' | xargs -0 -r gofmt -l)"; \
	if [ -n "$$unformatted" ]; then echo "gofmt -w needed on:"; echo "$$unformatted"; exit 1; fi
	go vet ./...
	go test -race -count=1 ./...

## demo: the borrower's story on a throwaway local devnet (Anvil, Postgres, the node)
demo: contracts tools-postgres build
	bin/ltvkeeper demo

## bench: measure and write bench/results.json and bench/results.md
bench: contracts tools-postgres build
	bin/ltvkeeper bench

## test: everything CI runs
test: contracts gas-check go-test

clean:
	rm -rf $(CONTRACTS)/out $(CONTRACTS)/cache
