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

.PHONY: tools contracts contracts-test gas-snapshot gas-check demo test clean

## tools: install the pinned Foundry, solc and OpenZeppelin from the lockfile (idempotent)
tools: $(TOOLS)/node_modules/.installed

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

## demo: build the contracts and walk one loan through its life on the worked example
demo: contracts
	cd $(CONTRACTS) && $(FORGE) test --match-contract WorkedExampleTest -vv

## test: everything CI runs
test: contracts gas-check

clean:
	rm -rf $(CONTRACTS)/out $(CONTRACTS)/cache
