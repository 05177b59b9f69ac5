package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readmeReference is the command reference as the flags define it, taken when the package is
// initialised: urfave/cli writes values read from the environment into the shared flags, so
// a later test could change the defaults it shows.
var readmeReference = cliReference(newApp())

// TestREADMECommandReference fails when README.md's command reference differs from the one
// the commands and flags generate.
func TestREADMECommandReference(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := replaceReference(string(doc), readmeReference)
	if err != nil {
		t.Fatalf("README.md: %v", err)
	}
	if got := string(doc); got != want {
		gotLines, wantLines := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := 0; i < len(gotLines) && i < len(wantLines); i++ {
			if gotLines[i] != wantLines[i] {
				t.Fatalf("README.md's command reference is out of date: regenerate it with `go generate ./cmd/ltvkeeper` "+
					"(or `go run ./cmd/ltvkeeper docs --readme README.md` from the repository root).\nline %d is\n\t%s\nwant\n\t%s",
					i+1, gotLines[i], wantLines[i])
			}
		}
		t.Fatalf("README.md's command reference is out of date: regenerate it with `go generate ./cmd/ltvkeeper` "+
			"(or `go run ./cmd/ltvkeeper docs --readme README.md` from the repository root); README.md has %d lines, want %d",
			len(gotLines), len(wantLines))
	}
}

// TestDocsReplace: the reference goes between the markers and nowhere else; without markers
// the command says how to add them.
func TestDocsReplace(t *testing.T) {
	doc := "# title\n\n" + docsBegin + "\nold\n" + docsEnd + "\n\nafter\n"
	got, err := replaceReference(doc, "\nnew\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := "# title\n\n" + docsBegin + "\n\nnew\n" + docsEnd + "\n\nafter\n"; got != want {
		t.Errorf("replaceReference = %q, want %q", got, want)
	}
	if _, err := replaceReference("# no markers\n", "x"); err == nil || !strings.Contains(err.Error(), docsBegin) {
		t.Errorf("without markers: %v, want an error showing the markers", err)
	}
	// The command writes the file, and a second run changes nothing.
	file := filepath.Join(t.TempDir(), "README.md")
	if err := os.WriteFile(file, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "docs", "--readme", file)
	written, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"#### `ltvkeeper node`", "| `--api.max-lag` | `30` | `LTVKEEPER_API_MAX_LAG` |", "#### `ltvkeeper devnet price`", "`--target`"} {
		if !strings.Contains(string(written), want) {
			t.Errorf("docs --readme wrote no %q", want)
		}
	}
	if want, _ := replaceReference(doc, readmeReference); string(written) != want {
		t.Errorf("docs --readme wrote a reference other than the one generated from newApp():\n%s", written)
	}
	if strings.Contains(string(written), "#### `ltvkeeper docs`") {
		t.Error("docs --readme documents the hidden docs command")
	}
}
