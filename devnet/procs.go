package devnet

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// PidsFile is the name of the file, in the state folder, that lists the processes a running
// devnet started, so that the next start can stop those a killed devnet left behind.
const PidsFile = "pids.json"

// child is a process the devnet started: its pid and its command line as /proc shows it
// (the arguments joined by NUL bytes), which tells it from another process given the same pid.
type child struct {
	PID     int    `json:"pid"`
	Cmdline string `json:"cmdline"`
}

// children are the processes of a running devnet.
type children struct {
	Anvil    *child `json:"anvil,omitempty"`
	Postgres *child `json:"postgres,omitempty"` // the private cluster's server
}

// cmdline reads a process's command line; "" when it is gone (or a zombie).
func cmdline(pid int) string {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil {
		return ""
	}
	return string(bytes.TrimRight(raw, "\x00"))
}

// running says whether c is still the process it was when recorded.
func (c *child) running() bool {
	return c != nil && c.PID > 0 && c.Cmdline != "" && cmdline(c.PID) == c.Cmdline
}

// recordChild returns pid as a child, with its command line read now.
func recordChild(pid int) *child {
	return &child{PID: pid, Cmdline: cmdline(pid)}
}

func readChildren(dir string) (children, error) {
	var cs children
	raw, err := os.ReadFile(filepath.Join(dir, PidsFile))
	if errors.Is(err, os.ErrNotExist) {
		return cs, nil
	}
	if err != nil {
		return cs, fmt.Errorf("devnet folder %s: %w", dir, err)
	}
	if err := json.Unmarshal(raw, &cs); err != nil {
		return cs, fmt.Errorf("%s: %w (remove it)", filepath.Join(dir, PidsFile), err)
	}
	return cs, nil
}

// reapOrphans stops the Anvil a killed devnet left running in dir, once its pid is checked to
// be that Anvil still; it waits until it is gone. A private Postgres left running is not
// stopped: the cluster finds it running and uses it. The caller holds dir's lock, so no
// running devnet owns these processes.
func reapOrphans(dir string, log *slog.Logger) error {
	cs, err := readChildren(dir)
	if err != nil {
		return err
	}
	if a := cs.Anvil; a.running() {
		log.Warn("stopping the anvil a stopped devnet left running", "pid", a.PID, "dir", dir)
		if err := stopProcess(a, time.Minute); err != nil {
			return fmt.Errorf("anvil (pid %d) left running by an earlier devnet in %s: %w", a.PID, dir, err)
		}
	}
	if p := cs.Postgres; p.running() {
		log.Info("the private Postgres of an earlier devnet is still running: using it", "pid", p.PID)
	}
	return nil
}

// stopProcess sends SIGTERM (on which Anvil writes its state) and waits up to grace for the
// process to go; then it kills it.
func stopProcess(c *child, grace time.Duration) error {
	if err := syscall.Kill(c.PID, syscall.SIGTERM); err != nil && !errors.Is(err, syscall.ESRCH) {
		return err
	}
	if waitGone(c, grace) {
		return nil
	}
	if err := syscall.Kill(c.PID, syscall.SIGKILL); err != nil && !errors.Is(err, syscall.ESRCH) {
		return err
	}
	if !waitGone(c, 10*time.Second) {
		return fmt.Errorf("still running 10s after SIGKILL")
	}
	return nil
}

// waitGone waits until the process has exited: no longer in /proc, or a zombie. (Its command
// line empties earlier, while it still holds its sockets.)
func waitGone(c *child, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for exiting(c.PID) {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(20 * time.Millisecond) // polling /proc for the process to end
	}
	return true
}

// exiting says whether pid still runs: in /proc, and not a zombie whose threads are all gone.
// (A main thread can be a zombie while the process's other threads still hold its sockets.)
func exiting(pid int) bool {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	// pid (comm) state ...: comm may hold spaces and parentheses, the state follows the last ')'.
	i := bytes.LastIndexByte(raw, ')')
	if i < 0 || i+2 >= len(raw) || raw[i+2] != 'Z' {
		return true
	}
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	return err == nil && len(tasks) > 1
}

// checkPort says why addr (host:port) cannot be listened on, naming the flag that sets it and
// the process listening there when /proc tells.
func checkPort(addr, flag string) error {
	l, err := net.Listen("tcp", addr)
	if err == nil {
		return l.Close()
	}
	_, portText, _ := net.SplitHostPort(addr)
	port, _ := strconv.Atoi(portText)
	who := "is another devnet or anvil running? stop it"
	if owner := portOwner(port); owner != "" {
		who = "it is " + owner + ": stop it"
	}
	return fmt.Errorf("%s %s: port %d is in use (%v); %s, or choose another port (%s)", flag, addr, port, err, who, flag)
}

// portOwner names the process listening on TCP port, as "pid N (command line)", when /proc
// shows it; "" otherwise.
func portOwner(port int) string {
	inodes := make(map[string]bool)
	for _, table := range []string{"/proc/net/tcp", "/proc/net/tcp6"} {
		listeningInodes(table, port, inodes)
	}
	if len(inodes) == 0 {
		return ""
	}
	procs, _ := os.ReadDir("/proc")
	for _, p := range procs {
		pid, err := strconv.Atoi(p.Name())
		if err != nil {
			continue
		}
		fds, _ := os.ReadDir(filepath.Join("/proc", p.Name(), "fd"))
		for _, fd := range fds {
			link, err := os.Readlink(filepath.Join("/proc", p.Name(), "fd", fd.Name()))
			if err != nil || !strings.HasPrefix(link, "socket:[") {
				continue
			}
			if inodes[strings.TrimSuffix(strings.TrimPrefix(link, "socket:["), "]")] {
				return fmt.Sprintf("pid %d (%s)", pid, strings.ReplaceAll(cmdline(pid), "\x00", " "))
			}
		}
	}
	return ""
}

// listeningInodes adds to inodes the socket inodes of a /proc/net/tcp table that listen on port.
func listeningInodes(table string, port int, inodes map[string]bool) {
	f, err := os.Open(table)
	if err != nil {
		return
	}
	defer f.Close()
	const listen = "0A"
	s := bufio.NewScanner(f)
	s.Scan() // the header
	for s.Scan() {
		// sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
		fields := strings.Fields(s.Text())
		if len(fields) < 10 || fields[3] != listen {
			continue
		}
		_, hexPort, ok := strings.Cut(fields[1], ":")
		if p, err := strconv.ParseUint(hexPort, 16, 16); ok && err == nil && int(p) == port {
			inodes[fields[9]] = true
		}
	}
}
