package devnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/ltvkeeper/ltvkeeper/internal/foundry"
)

// anvilProcess is the devnet's Anvil, its state in dir/anvil-state.json.
type anvilProcess struct {
	cmd    *exec.Cmd
	url    string
	logPth string
	exited chan struct{}
	err    error // how it exited, once exited is closed
}

// BlockGasLimit is the block gas limit of a devnet's Anvil.
const BlockGasLimit = 1_000_000_000

// startAnvil starts Anvil on port and waits until it answers; with keepState, its chain is
// loaded from and written to the folder's state file; with pruneHistory, it keeps only the
// last few blocks' states.
func startAnvil(ctx context.Context, dir string, port int, blockTime time.Duration, keepState, pruneHistory bool, log *slog.Logger) (*anvilProcess, error) {
	bin, err := foundry.Anvil()
	if errors.Is(err, foundry.ErrNoAnvil) {
		bin, err = foundry.InstallAnvil(ctx, log)
	}
	if err != nil {
		return nil, err
	}
	if err := checkPort(fmt.Sprintf("127.0.0.1:%d", port), "--port"); err != nil {
		return nil, err // taken since Start looked
	}

	// A block holds a billion gas, so that seeding 100,000 borrowers takes a few dozen
	// blocks, not thousands.
	args := []string{"--port", strconv.Itoa(port), "--host", "127.0.0.1", "--gas-limit", strconv.Itoa(BlockGasLimit)}
	state := "none"
	if keepState {
		state = filepath.Join(dir, "anvil-state.json")
		args = append(args, "--state", state)
	}
	if pruneHistory {
		args = append(args, "--prune-history", "8")
	}
	if blockTime > 0 {
		args = append(args, "--block-time", strconv.FormatFloat(blockTime.Seconds(), 'f', -1, 64))
	}
	logPath := filepath.Join(dir, "anvil.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("anvil log: %w", err)
	}
	defer logFile.Close() // the child has its own copy
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Its own process group: Ctrl-C in a terminal reaches only us, and we stop Anvil with
	// SIGTERM so that it writes its state.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start anvil (%s): %w", bin, err)
	}
	a := &anvilProcess{cmd: cmd, url: fmt.Sprintf("http://127.0.0.1:%d", port), logPth: logPath, exited: make(chan struct{})}
	go func() {
		a.err = cmd.Wait()
		close(a.exited)
	}()
	log.Info("started anvil", "rpc", a.url, "state", state, "log", logPath, "blockTime", blockTime)
	if err := a.waitReady(ctx); err != nil {
		a.stop()
		return nil, err
	}
	return a, nil
}

func (a *anvilProcess) waitReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	for {
		client, err := ethclient.DialContext(ctx, a.url)
		if err == nil {
			_, err = client.ChainID(ctx)
			client.Close()
			if err == nil {
				return nil
			}
		}
		select {
		case <-a.exited:
			return fmt.Errorf("anvil exited at start (%v); its log %s ends:\n%s", a.err, a.logPth, tail(a.logPth, 20))
		case <-ctx.Done():
			return fmt.Errorf("anvil at %s not ready: %w; its log %s ends:\n%s", a.url, err, a.logPth, tail(a.logPth, 20))
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// stop sends SIGTERM, on which Anvil writes its state, and waits for it to exit; it kills
// Anvil after a minute.
func (a *anvilProcess) stop() error {
	select {
	case <-a.exited:
		return nil
	default:
	}
	if err := a.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return fmt.Errorf("stop anvil: %w", err)
	}
	select {
	case <-a.exited:
		return nil
	case <-time.After(time.Minute):
		_ = a.cmd.Process.Kill()
		<-a.exited
		return fmt.Errorf("anvil did not stop within a minute of SIGTERM: killed it; its state may not be saved")
	}
}

// tail returns the last n lines of a file, or why it could not be read.
func tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
