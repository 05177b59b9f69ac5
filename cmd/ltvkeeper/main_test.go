package main

import (
	"context"
	"log/slog"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestFlagsHaveEnvAndCategory walks every command and subcommand: each flag must be settable
// from an LTVKEEPER_ environment variable and appear under a category in --help.
func TestFlagsHaveEnvAndCategory(t *testing.T) {
	app := newApp()
	var walk func(path string, flags []cli.Flag, cmds []*cli.Command)
	checked := 0
	walk = func(path string, flags []cli.Flag, cmds []*cli.Command) {
		for _, f := range flags {
			name := path + " --" + f.Names()[0]
			if v, ok := f.(cli.VisibleFlag); (ok && !v.IsVisible()) || f == cli.HelpFlag || f == cli.VersionFlag {
				continue
			}
			checked++
			env, ok := f.(cli.DocGenerationFlag)
			if !ok || len(env.GetEnvVars()) == 0 {
				t.Errorf("%s has no environment variable (want LTVKEEPER_…)", name)
			}
			for _, e := range env.GetEnvVars() {
				if !strings.HasPrefix(e, "LTVKEEPER_") && e != "DATABASE_URL" {
					t.Errorf("%s reads %s, want a name starting with LTVKEEPER_", name, e)
				}
			}
			if c, ok := f.(cli.CategorizableFlag); !ok || c.GetCategory() == "" {
				t.Errorf("%s has no category", name)
			}
		}
		for _, cmd := range cmds {
			walk(path+" "+cmd.Name, cmd.Flags, cmd.Subcommands)
		}
	}
	walk("ltvkeeper", app.Flags, app.Commands)
	if checked < 50 {
		t.Fatalf("checked %d flags, want every flag of every command (is the walk broken?)", checked)
	}
}

// TestFlagEnvVarsDoNotCollide: one environment variable always sets a flag of the same name
// (a flag may appear in several commands with one meaning, such as --rpc), and flags that
// share a name but not a meaning read different variables.
func TestFlagEnvVarsDoNotCollide(t *testing.T) {
	owner := map[string]string{} // env var -> where it was first seen
	envOf := map[string][]string{}
	var walk func(path string, cmds []*cli.Command)
	walk = func(path string, cmds []*cli.Command) {
		for _, cmd := range cmds {
			for _, f := range cmd.Flags {
				env, ok := f.(cli.DocGenerationFlag)
				if !ok {
					continue
				}
				name := "--" + f.Names()[0]
				envOf[path+" "+cmd.Name+" "+name] = env.GetEnvVars()
				for _, e := range env.GetEnvVars() {
					if prev, seen := owner[e]; seen && !strings.HasSuffix(prev, " "+name) {
						t.Errorf("%s %s %s reads %s, which already sets %s", path, cmd.Name, name, e, prev)
					}
					owner[e] = path + " " + cmd.Name + " " + name
				}
			}
			walk(path+" "+cmd.Name, cmd.Subcommands)
		}
	}
	walk("ltvkeeper", newApp().Commands)
	for _, pair := range [][2]string{
		{"ltvkeeper deploy --out", "ltvkeeper bench --out"},
		{"ltvkeeper deploy --out", "ltvkeeper bench --contracts"},
	} {
		a, b := envOf[pair[0]], envOf[pair[1]]
		if len(a) == 0 || len(b) == 0 {
			t.Errorf("%s or %s is gone (or reads no variable): update this test", pair[0], pair[1])
			continue
		}
		for _, e := range a {
			if slices.Contains(b, e) {
				t.Errorf("%s and %s both read %s, but mean different things", pair[0], pair[1], e)
			}
		}
	}
}

// TestLogFlagsAfterTheCommand: --log.level and --log.format work before and after the command
// name; after it they win, and the command line beats the environment.
func TestLogFlagsAfterTheCommand(t *testing.T) {
	defer slog.SetDefault(slog.Default())
	tests := []struct {
		name     string
		env      string
		args     []string
		wantJSON bool
	}{
		{"default", "", []string{"deploy"}, false},
		{"before the command", "", []string{"--log.format", "json", "deploy"}, true},
		{"after the command", "", []string{"deploy", "--log.format", "json"}, true},
		{"after the command wins", "", []string{"--log.format", "json", "deploy", "--log.format", "text"}, false},
		{"environment", "json", []string{"deploy"}, true},
		{"command line before the command beats the environment", "json", []string{"--log.format", "text", "deploy"}, false},
		{"after a subcommand", "", []string{"devnet", "price", "--log.format", "json", "--dir", "/nonexistent"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("LTVKEEPER_LOG_FORMAT", tt.env)
			if tt.env == "" {
				os.Unsetenv("LTVKEEPER_LOG_FORMAT")
			}
			slog.SetDefault(slog.New(slog.DiscardHandler))
			_, err := runApp(t, tt.args...)
			if err == nil {
				t.Fatal("want the command to fail on its missing flags (it ran for real?)")
			}
			_, gotJSON := slog.Default().Handler().(*slog.JSONHandler)
			if gotJSON != tt.wantJSON {
				t.Fatalf("JSON logs = %v, want %v (handler %T)", gotJSON, tt.wantJSON, slog.Default().Handler())
			}
		})
	}
	_, err := runApp(t, "deploy", "--log.level", "loud")
	if err == nil || !strings.Contains(err.Error(), `--log.level "loud"`) {
		t.Fatalf("deploy --log.level loud: %v, want the level rejected", err)
	}
}

// TestEndpointKeyNeverPrinted: a hosted node's URL carries its API key; when the node cannot
// be reached, the error line and the logs name the host but not the key.
func TestEndpointKeyNeverPrinted(t *testing.T) {
	const key = "k3yOfTheHostedNode0123456789"
	var stdout, stderr strings.Builder
	code := run(context.Background(), []string{"ltvkeeper", "index", "--until-head", "--db", pgtest.DB(t),
		"--factory", "0x0000000000000000000000000000000000000fac", "--rpc", "http://127.0.0.1:1/v2/" + key}, &stdout, &stderr)
	out := stdout.String() + stderr.String()
	if code == 0 || !strings.Contains(out, "127.0.0.1:1") {
		t.Fatalf("index against no node: exit %d, want a failure that names the host:\n%s", code, out)
	}
	if strings.Contains(out, key) {
		t.Fatalf("the output holds the endpoint's key:\n%s", out)
	}
}
