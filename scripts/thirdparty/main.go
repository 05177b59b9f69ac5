// Command thirdparty writes THIRD_PARTY_LICENSES.md: the licence of every Go module that
// go.mod requires (direct and indirect, read from the licence files of the module as the
// module proxy serves it), of every npm package in contracts/tools/package-lock.json (the
// lockfile's licence field, else the installed package.json) and of every data set described
// in data/README.md. Run it from the repository root after go.mod or the lockfile changes:
//
//	make licenses
//
// A test in this package fails while the file does not list exactly what go.mod and the
// lockfile hold.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Output is the generated file, relative to the repository root.
const Output = "THIRD_PARTY_LICENSES.md"

// lockfile is the npm lockfile of the pinned Solidity toolchain, relative to the root.
var lockfile = filepath.Join("contracts", "tools", "package-lock.json")

func main() {
	root := flag.String("root", ".", "the repository root")
	flag.Parse()
	if err := run(*root); err != nil {
		fmt.Fprintln(os.Stderr, "thirdparty:", err)
		os.Exit(1)
	}
}

func run(root string) error {
	mods, err := GoModules(root)
	if err != nil {
		return err
	}
	if err := goLicences(mods); err != nil {
		return err
	}
	pkgs, err := NpmPackages(root)
	if err != nil {
		return err
	}
	if err := npmLicences(pkgs); err != nil {
		return err
	}
	data, err := dataSets(root)
	if err != nil {
		return err
	}
	var unknown []string
	for _, d := range slices.Concat(mods, pkgs) {
		if strings.Contains(d.Licence, "unknown") {
			unknown = append(unknown, fmt.Sprintf("%s %s: %s", d.Name, d.Version, d.Licence))
		}
	}
	if len(unknown) > 0 {
		return fmt.Errorf("licence not recognised for %s: read their licences and name them in overrides (scripts/thirdparty)", strings.Join(unknown, "; "))
	}
	return os.WriteFile(filepath.Join(root, Output), render(mods, pkgs, data), 0o644)
}

// Dep is one third-party module or package.
type Dep struct {
	Name, Version string
	Indirect      bool
	Licence       string
	dir           string // where its files are, for reading its licence
}

// GoModules lists the modules go.mod requires, in go.mod's order.
func GoModules(root string) ([]Dep, error) {
	cmd := exec.Command("go", "mod", "edit", "-json")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go mod edit -json in %s: %w", root, err)
	}
	var mod struct {
		Require []struct {
			Path, Version string
			Indirect      bool
		}
	}
	if err := json.Unmarshal(out, &mod); err != nil {
		return nil, fmt.Errorf("go mod edit -json: %w", err)
	}
	deps := make([]Dep, 0, len(mod.Require))
	for _, r := range mod.Require {
		deps = append(deps, Dep{Name: r.Path, Version: r.Version, Indirect: r.Indirect})
	}
	return deps, nil
}

// NpmPackages lists the packages of the lockfile, by name.
func NpmPackages(root string) ([]Dep, error) {
	b, err := os.ReadFile(filepath.Join(root, lockfile))
	if err != nil {
		return nil, err
	}
	var lock struct {
		Packages map[string]struct {
			Version string
			License string
			Dev     bool
		}
	}
	if err := json.Unmarshal(b, &lock); err != nil {
		return nil, fmt.Errorf("%s: %w", lockfile, err)
	}
	var deps []Dep
	for key, p := range lock.Packages {
		if key == "" { // the tools project itself
			continue
		}
		name := key[strings.LastIndex(key, "node_modules/")+len("node_modules/"):]
		deps = append(deps, Dep{Name: name, Version: p.Version, Licence: p.License,
			dir: filepath.Join(root, filepath.Dir(lockfile), filepath.FromSlash(key))})
	}
	sort.Slice(deps, func(i, j int) bool {
		if deps[i].Name != deps[j].Name {
			return deps[i].Name < deps[j].Name
		}
		return deps[i].Version < deps[j].Version
	})
	return deps, nil
}

// goLicences downloads the modules (from a folder outside the module, so that go.sum stays
// as it is) and names the licence of each from its licence files.
func goLicences(mods []Dep) error {
	args := []string{"mod", "download", "-json"}
	for _, m := range mods {
		args = append(args, m.Name+"@"+m.Version)
	}
	tmp, err := os.MkdirTemp("", "thirdparty")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command("go", args...)
	cmd.Dir = tmp
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil && len(out) == 0 {
		return fmt.Errorf("go mod download: %w", err)
	}
	dirs := map[string]string{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var d struct{ Path, Version, Dir, Error string }
		if err := dec.Decode(&d); err != nil {
			return fmt.Errorf("go mod download -json: %w", err)
		}
		if d.Error != "" {
			return fmt.Errorf("go mod download %s@%s: %s", d.Path, d.Version, d.Error)
		}
		dirs[d.Path+"@"+d.Version] = d.Dir
	}
	for i := range mods {
		m := &mods[i]
		if l, ok := overrides[m.Name]; ok {
			m.Licence = l
			continue
		}
		m.Licence, err = licenceOf(dirs[m.Name+"@"+m.Version])
		if err != nil {
			return fmt.Errorf("%s %s: %w", m.Name, m.Version, err)
		}
	}
	return nil
}

// overrides name the licence of modules whose own files do not: a module in a subfolder of
// its repository does not carry the repository's licence file.
var overrides = map[string]string{
	"github.com/ProjectZKM/Ziren/crates/go-runtime/zkvm_runtime": "MIT OR Apache-2.0 (the Ziren repository's Cargo.toml; no licence file in the module)",
	"github.com/holiman/bloomfilter/v2":                          "MIT (stated in bloomfilter.go; no licence file in the module)",
}

// npmLicences fills in the licence of packages whose lockfile entry has none from their
// installed package.json (make tools-foundry installs them).
func npmLicences(pkgs []Dep) error {
	for i := range pkgs {
		p := &pkgs[i]
		if p.Licence != "" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(p.dir, "package.json"))
		if err != nil {
			return fmt.Errorf("%s has no licence in %s and is not installed (run 'make tools-foundry'): %w", p.Name, lockfile, err)
		}
		var pj struct {
			License  any
			Licenses []struct{ Type string }
		}
		if err := json.Unmarshal(b, &pj); err != nil {
			return fmt.Errorf("%s: %w", p.dir, err)
		}
		var types []string
		switch l := pj.License.(type) {
		case string:
			types = append(types, l)
		case map[string]any:
			types = append(types, fmt.Sprint(l["type"]))
		}
		for _, l := range pj.Licenses {
			types = append(types, l.Type)
		}
		p.Licence = strings.Join(types, " OR ")
		if p.Licence == "" {
			p.Licence = "unknown (no licence in its package.json)"
		}
	}
	return nil
}

// licenceFile matches the names of licence files at a module's root.
var licenceFile = regexp.MustCompile(`(?i)^(licen[cs]e|copying|unlicense)([.-].*)?$`)

// signatures recognise licence texts by phrases that only they contain.
var signatures = []struct{ id, phrase string }{
	{"Apache-2.0", "Apache License"},
	{"MPL-2.0", "Mozilla Public License"},
	{"LGPL-3.0", "GNU LESSER GENERAL PUBLIC LICENSE"},
	{"GPL-3.0", "GNU GENERAL PUBLIC LICENSE"},
	{"MIT", "Permission is hereby granted, free of charge"},
	{"ISC", "for any purpose with or without fee is hereby granted"},
	{"Unlicense", "free and unencumbered software released into the public domain"},
	{"CC0-1.0", "CC0"},
	{"BSD", "Redistribution and use in source and binary forms"},
}

// licenceOf names the licences of the licence files in dir, per file when they differ.
func licenceOf(dir string) (string, error) {
	if dir == "" {
		return "", fmt.Errorf("not downloaded")
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	var ids, parts []string
	for _, e := range entries {
		if e.IsDir() || !licenceFile.MatchString(e.Name()) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return "", err
		}
		id := strings.Join(classify(string(b)), " AND ")
		if id == "" {
			id = "unknown"
		}
		ids = append(ids, id)
		parts = append(parts, id+" ("+e.Name()+")")
	}
	switch {
	case len(ids) == 0:
		return "unknown (no licence file in the module)", nil
	case len(slices.Compact(slices.Clone(ids))) == 1:
		return ids[0], nil
	}
	return strings.Join(parts, "; "), nil
}

// classify names the licences a licence text contains, in the order of signatures.
func classify(text string) []string {
	flat := strings.Join(strings.Fields(text), " ")
	var ids []string
	for _, s := range signatures {
		if !strings.Contains(flat, s.phrase) {
			continue
		}
		id := s.id
		if id == "BSD" {
			id = "BSD-2-Clause"
			if strings.Contains(flat, "Neither the name") || strings.Contains(flat, "names of its contributors") {
				id = "BSD-3-Clause"
			}
		}
		ids = append(ids, id)
	}
	return ids
}

// Check reports, with the fix, when the generated file does not list exactly the modules of
// go.mod and the packages of the lockfile at their versions.
func Check(root string) error {
	mods, err := GoModules(root)
	if err != nil {
		return err
	}
	pkgs, err := NpmPackages(root)
	if err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(root, Output))
	if err != nil {
		return fmt.Errorf("%w (run 'make licenses')", err)
	}
	listed := map[string][]string{}
	section := ""
	for _, line := range strings.Split(string(b), "\n") {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			section = h
			continue
		}
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if !strings.HasPrefix(line, "| ") || len(cells) < 3 || cells[0] == "module" || cells[0] == "package" {
			continue
		}
		listed[section] = append(listed[section], cells[0]+"@"+cells[1])
	}
	var problems []string
	for _, c := range []struct {
		section, source string
		deps            []Dep
	}{{"Go modules", "go.mod", mods}, {"npm packages", lockfile, pkgs}} {
		var want []string
		for _, d := range c.deps {
			want = append(want, d.Name+"@"+d.Version)
		}
		got := listed[c.section]
		for _, w := range want {
			if !slices.Contains(got, w) {
				problems = append(problems, fmt.Sprintf("%s is in %s but not listed", w, c.source))
			}
		}
		for _, g := range got {
			if !slices.Contains(want, g) {
				problems = append(problems, fmt.Sprintf("%s is listed but not in %s", g, c.source))
			}
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s is stale: %s (run 'make licenses' and commit the result)", Output, strings.Join(problems, "; "))
	}
	return nil
}

// dataSet is a file of data/ and the licence its README gives it.
type dataSet struct{ file, licence string }

// dataSets reads data/README.md: each "## FILE" section's "- Licence:" line.
func dataSets(root string) ([]dataSet, error) {
	b, err := os.ReadFile(filepath.Join(root, "data", "README.md"))
	if err != nil {
		return nil, err
	}
	var sets []dataSet
	var file string
	for _, line := range strings.Split(string(b), "\n") {
		if f, ok := strings.CutPrefix(line, "## "); ok {
			file = f
		}
		if l, ok := strings.CutPrefix(line, "- Licence: "); ok && file != "" {
			sets = append(sets, dataSet{file: file, licence: strings.TrimSuffix(l, ". The notice is reproduced below.")})
		}
	}
	if len(sets) == 0 {
		return nil, fmt.Errorf("data/README.md: no '- Licence:' line under a '## FILE' heading")
	}
	return sets, nil
}

func render(mods, pkgs []Dep, data []dataSet) []byte {
	var b bytes.Buffer
	b.WriteString(`# Third-party licences

ltvkeeper is MIT-licensed (see LICENSE). This file lists what its build pulls in from others.
It is generated by ` + "`make licenses`" + ` (scripts/thirdparty) from go.mod,
contracts/tools/package-lock.json and data/README.md; do not edit it by hand (a test fails
when it does not list exactly what go.mod and the lockfile hold). Licences are SPDX
identifiers read from each module's or package's own licence files or metadata; where a
module has several licence files, each is named.

## Go modules

Every module go.mod requires, direct and indirect (not all are compiled into the binary:
go.mod also lists what only tests, tools or other platforms use).

| module | version | | licence |
|---|---|---|---|
`)
	for _, m := range mods {
		kind := "direct"
		if m.Indirect {
			kind = "indirect"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", m.Name, m.Version, kind, m.Licence)
	}
	b.WriteString(`
## npm packages

The pinned Solidity toolchain in contracts/tools, installed by the build and not shipped with
ltvkeeper. OpenZeppelin Contracts' sources are compiled into the contracts. The solc
package's own code is MIT; the compiler it carries (soljson.js) is the Solidity compiler,
which its authors license under GPL-3.0. @uniswap/v3-core declares BUSL-1.1, whose terms in
its LICENSE end on a Change Date of 2023-04-01 (or earlier, at Uniswap Labs' choice), when the
Change License, GPL-2.0-or-later, applies: it is GPL-2.0-or-later now. Development chains and
tests deploy its published factory and pool bytecode as it is; the executor's source imports
only its interface files (GPL-2.0-or-later) for the pool's function signatures.
@morpho-org/morpho-blue declares BUSL-1.1 for Morpho.sol, whose terms in its LICENSE change to
GPL-2.0-or-later on a Change Date no later than 2026-01-01: it is
GPL-2.0-or-later now; its interfaces and libraries are GPL-2.0-or-later (or BUSL-1.1, at the
user's choice). The build compiles its Morpho.sol with solc 0.8.19, as it is deployed, for
development chains and tests; ltvkeeper's own development oracle and interest rate model import
only its interface files.

| package | version | licence |
|---|---|---|
`)
	for _, p := range pkgs {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", p.Name, p.Version, p.Licence)
	}
	b.WriteString(`
## Data

Shipped in data/; its README gives the source and reproduces the licence notice.

| file | licence |
|---|---|
`)
	for _, d := range data {
		fmt.Fprintf(&b, "| data/%s | %s |\n", d.file, d.licence)
	}
	return b.Bytes()
}
