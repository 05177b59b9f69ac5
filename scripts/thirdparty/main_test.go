package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestThirdPartyLicensesIsCurrent fails when go.mod or the npm lockfile changed without
// 'make licenses'.
func TestThirdPartyLicensesIsCurrent(t *testing.T) {
	if err := Check(filepath.Join("..", "..")); err != nil {
		t.Fatal(err)
	}
}

// TestCheckNamesWhatDrifted changes go.mod and the lockfile in a copy of the repository's and
// wants Check to name each change.
func TestCheckNamesWhatDrifted(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{"go.mod", lockfile, Output} {
		b, err := os.ReadFile(filepath.Join("..", "..", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(root, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := Check(root); err != nil {
		t.Fatalf("unchanged copy: %v", err)
	}

	edit := exec.Command("go", "mod", "edit", "-require=example.com/new@v1.0.0", "-require=golang.org/x/sync@v0.99.0")
	edit.Dir = root
	if out, err := edit.CombinedOutput(); err != nil {
		t.Fatalf("go mod edit: %v\n%s", err, out)
	}
	lock := filepath.Join(root, lockfile)
	b, err := os.ReadFile(lock)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(lock, []byte(strings.Replace(string(b), `"version": "0.2.6"`, `"version": "0.2.7"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}

	err = Check(root)
	if err == nil {
		t.Fatal("Check passed after go.mod and the lockfile changed")
	}
	for _, want := range []string{
		"example.com/new@v1.0.0 is in go.mod but not listed",
		"golang.org/x/sync@v0.99.0 is in go.mod but not listed",
		"golang.org/x/sync@v0.24.0 is listed but not in go.mod",
		"tmp@0.2.7 is in " + lockfile + " but not listed",
		"run 'make licenses'",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Check: %v\nwant it to say %q", err, want)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Permission is hereby granted, free of charge, to any person", "MIT"},
		{"Redistribution and use in source and binary forms, with or without modification", "BSD-2-Clause"},
		{"Redistribution and use in source and binary forms ... Neither the name of Google", "BSD-3-Clause"},
		{"Permission to use, copy, modify, and distribute this software\nfor any purpose with or without fee is hereby granted", "ISC"},
		{"Apache License\nVersion 2.0, January 2004", "Apache-2.0"},
		{"GNU LESSER GENERAL PUBLIC LICENSE Version 3", "LGPL-3.0"},
		{"Apache License ... Permission is hereby granted, free of charge", "Apache-2.0 AND MIT"},
		{"all rights reserved", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(classify(tt.text), " AND "); got != tt.want {
			t.Errorf("classify(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
