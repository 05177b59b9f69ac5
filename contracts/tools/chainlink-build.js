#!/usr/bin/env node
// Compiles Chainlink's price-feed proxies from the pinned @chainlink/contracts package with the
// solc versions their pragmas name (forge compiles everything else with one solc, through
// solc-shim.js), and writes forge-shaped artifacts (abi, bytecode, deployedBytecode) to
// <out>/<Contract>.sol/<Contract>.json, where the forge tests (vm.getCode), the bindings and
// the Go deploy code read them:
//
//   EACAggregatorProxy  src/v0.6/EACAggregatorProxy.sol  solc 0.6.6  (mainnet's 2020 proxies;
//                       no event when the aggregator changes)
//   AggregatorProxy     src/v0.7/dev/AggregatorProxy.sol solc 0.7.6  (emits AggregatorProposed
//                       and AggregatorConfirmed)
//
// Usage: node tools/chainlink-build.js <out dir>   (run from contracts/; `make contracts` does)
'use strict';
const fs = require('fs');
const path = require('path');

const pkg = '@chainlink/contracts';
const pkgDir = path.dirname(require.resolve(`${pkg}/package.json`));
const builds = [
  { contract: 'EACAggregatorProxy', source: 'src/v0.6/EACAggregatorProxy.sol', solc: 'solc-0.6.6' },
  { contract: 'AggregatorProxy', source: 'src/v0.7/dev/AggregatorProxy.sol', solc: 'solc-0.7.6' },
];

function fail(msg) {
  process.stderr.write(`chainlink-build: ${msg}\n`);
  process.exit(1);
}

const outDir = process.argv[2];
if (!outDir || process.argv.length !== 3) fail('usage: chainlink-build.js <out dir>');

// Sources are keyed "@chainlink/contracts/src/...": relative imports resolve inside the package.
function findImports(importPath) {
  if (!importPath.startsWith(`${pkg}/`)) return { error: `outside ${pkg}: ${importPath}` };
  const file = path.join(pkgDir, importPath.slice(pkg.length + 1));
  if (!fs.existsSync(file)) return { error: `file not found: ${importPath}` };
  return { contents: fs.readFileSync(file, 'utf8') };
}

for (const b of builds) {
  const solc = require(b.solc);
  const key = `${pkg}/${b.source}`;
  const input = {
    language: 'Solidity',
    sources: { [key]: { content: fs.readFileSync(path.join(pkgDir, b.source), 'utf8') } },
    settings: {
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { [key]: { [b.contract]: ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const errors = (output.errors || []).filter((e) => e.severity === 'error');
  if (errors.length > 0) fail(`${b.contract} (${b.solc}):\n${errors.map((e) => e.formattedMessage).join('\n')}`);
  const c = output.contracts && output.contracts[key] && output.contracts[key][b.contract];
  if (!c || !c.evm.bytecode.object) fail(`${b.contract} (${b.solc}): no bytecode in the compiler output`);
  const artifact = {
    abi: c.abi,
    bytecode: { object: `0x${c.evm.bytecode.object}` },
    deployedBytecode: { object: `0x${c.evm.deployedBytecode.object}` },
    metadata: { compiler: { version: solc.version() }, source: key },
  };
  const dir = path.join(outDir, `${b.contract}.sol`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${b.contract}.json`), `${JSON.stringify(artifact)}\n`);
  process.stdout.write(`${b.contract}: ${key} with solc ${solc.version()}\n`);
}
