// Command ltvkeeper deploys, indexes and keeps safe loans against Bitcoin on-chain.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/ltvkeeper/ltvkeeper/internal/secret"
)

// Set at build time with -ldflags "-X main.version=… -X main.commit=…".
var (
	version = "dev"
	commit  = "unknown"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run runs the app on args and returns the exit code: output goes to stdout, logs and the
// one error line to stderr.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	app := newApp()
	// The node endpoints' keys never reach the output: see registerSecrets.
	app.Writer, app.ErrWriter = secret.Writer(stdout), secret.Writer(stderr)
	if err := app.RunContext(ctx, args); err != nil {
		fmt.Fprintln(app.ErrWriter, "ltvkeeper:", err)
		return 1
	}
	return 0
}
