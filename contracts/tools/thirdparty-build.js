#!/usr/bin/env node
// Compiles the third-party contracts whose pragmas name another solc than forge's (forge
// compiles everything else with one solc, through solc-shim.js) from their pinned npm packages,
// with the pinned solc of that version and the settings of their mainnet deployments, and
// writes forge-shaped artifacts (abi, bytecode, deployedBytecode) to
// <out>/<Contract>.sol/<Contract>.json, where the forge tests (vm.getCode), the bindings and
// the Go deploy code read them:
//
//   EACAggregatorProxy  @chainlink/contracts     src/v0.6/EACAggregatorProxy.sol  solc 0.6.6
//                       (mainnet's 2020 proxies; no event when the aggregator changes)
//   AggregatorProxy     @chainlink/contracts     src/v0.7/dev/AggregatorProxy.sol solc 0.7.6
//                       (emits AggregatorProposed and AggregatorConfirmed)
//   Morpho              @morpho-org/morpho-blue  src/Morpho.sol                   solc 0.8.19
//                       (via IR, 999,999 optimizer runs, as Morpho Blue is deployed)
//
// Morpho emits its events through a library (EventsLib); solc before 0.8.20 leaves such events
// out of the contract's ABI, so the artifact's ABI also carries the events of the libraries
// listed in `eventsFrom`. The bytecode is the compiler's, untouched.
//
// Usage: node tools/thirdparty-build.js <out dir>   (run from contracts/; `make contracts` does)
'use strict';
const fs = require('fs');
const path = require('path');

const builds = [
  {
    pkg: '@chainlink/contracts', contract: 'EACAggregatorProxy', source: 'src/v0.6/EACAggregatorProxy.sol',
    solc: 'solc-0.6.6', settings: { optimizer: { enabled: true, runs: 200 } },
  },
  {
    pkg: '@chainlink/contracts', contract: 'AggregatorProxy', source: 'src/v0.7/dev/AggregatorProxy.sol',
    solc: 'solc-0.7.6', settings: { optimizer: { enabled: true, runs: 200 } },
  },
  {
    pkg: '@morpho-org/morpho-blue', contract: 'Morpho', source: 'src/Morpho.sol',
    solc: 'solc-0.8.19', settings: { viaIR: true, optimizer: { enabled: true, runs: 999999 }, evmVersion: 'paris' },
    eventsFrom: [{ source: 'src/libraries/EventsLib.sol', contract: 'EventsLib' }],
  },
];

function fail(msg) {
  process.stderr.write(`thirdparty-build: ${msg}\n`);
  process.exit(1);
}

const outDir = process.argv[2];
if (!outDir || process.argv.length !== 3) fail('usage: thirdparty-build.js <out dir>');

// Sources are keyed "<package>/src/...": relative imports resolve inside the package.
function importer(pkg, pkgDir) {
  return (importPath) => {
    if (!importPath.startsWith(`${pkg}/`)) return { error: `outside ${pkg}: ${importPath}` };
    const file = path.join(pkgDir, importPath.slice(pkg.length + 1));
    if (!fs.existsSync(file)) return { error: `file not found: ${importPath}` };
    return { contents: fs.readFileSync(file, 'utf8') };
  };
}

for (const b of builds) {
  const solc = require(b.solc);
  const pkgDir = path.dirname(require.resolve(`${b.pkg}/package.json`));
  const key = `${b.pkg}/${b.source}`;
  const selection = { [key]: { [b.contract]: ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } };
  for (const e of b.eventsFrom || []) selection[`${b.pkg}/${e.source}`] = { [e.contract]: ['abi'] };
  const input = {
    language: 'Solidity',
    sources: { [key]: { content: fs.readFileSync(path.join(pkgDir, b.source), 'utf8') } },
    settings: { ...b.settings, outputSelection: selection },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: importer(b.pkg, pkgDir) }));
  const errors = (output.errors || []).filter((e) => e.severity === 'error');
  if (errors.length > 0) fail(`${b.contract} (${b.solc}):\n${errors.map((e) => e.formattedMessage).join('\n')}`);
  const c = output.contracts && output.contracts[key] && output.contracts[key][b.contract];
  if (!c || !c.evm.bytecode.object) fail(`${b.contract} (${b.solc}): no bytecode in the compiler output`);
  const abi = [...c.abi];
  for (const e of b.eventsFrom || []) {
    const lib = output.contracts[`${b.pkg}/${e.source}`] && output.contracts[`${b.pkg}/${e.source}`][e.contract];
    if (!lib) fail(`${b.contract} (${b.solc}): no ABI of ${e.contract} in the compiler output`);
    abi.push(...lib.abi.filter((x) => x.type === 'event'));
  }
  const artifact = {
    abi,
    bytecode: { object: `0x${c.evm.bytecode.object}` },
    deployedBytecode: { object: `0x${c.evm.deployedBytecode.object}` },
    metadata: { compiler: { version: solc.version() }, source: key },
  };
  const dir = path.join(outDir, `${b.contract}.sol`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${b.contract}.json`), `${JSON.stringify(artifact)}\n`);
  process.stdout.write(`${b.contract}: ${key} with solc ${solc.version()}\n`);
}
