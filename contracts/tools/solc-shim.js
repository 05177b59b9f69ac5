#!/usr/bin/env node
// A solc executable for forge, backed by the pinned solc npm package.
// forge calls it as `solc --version` and `solc [--allow-paths A,B] [--base-path R]
// [--include-path P] --standard-json`; everything else is refused with exit code 2.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

function usage(msg) {
  process.stderr.write(`solc-shim: ${msg}\nsupported: --version, --standard-json\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${solc.version()}\n`);
  process.exit(0);
}
if (!args.includes('--standard-json')) usage(`unsupported arguments: ${args.join(' ')}`);

const roots = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--base-path' || a === '--include-path') roots.push(args[++i]);
  else if (a === '--allow-paths') roots.push(...args[++i].split(','));
  else if (a !== '--standard-json') usage(`unsupported argument: ${a}`);
}
roots.push(process.cwd());

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const remappings = ((input.settings && input.settings.remappings) || []).map((r) => {
  const [from, to] = r.replace(/^[^:]*:/, '').split('=');
  return { from, to };
});

// forge embeds every source in the input; this callback is only a fallback.
function findImports(importPath) {
  let candidates = [importPath];
  for (const { from, to } of remappings) {
    if (importPath.startsWith(from)) candidates.push(to + importPath.slice(from.length));
  }
  for (const candidate of candidates) {
    for (const root of path.isAbsolute(candidate) ? [''] : roots) {
      const file = path.resolve(root, candidate);
      if (fs.existsSync(file)) return { contents: fs.readFileSync(file, 'utf8') };
    }
  }
  return { error: `file not found: ${importPath}` };
}

process.stdout.write(solc.compile(JSON.stringify(input), { import: findImports }));
