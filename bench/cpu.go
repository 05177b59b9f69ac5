package bench

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// cpuSample is the CPU time (user and system) used so far by this process and by a Postgres
// server's processes, so that a listing's CPU per request can be told apart from the load of
// a shared machine, which its latency includes.
type cpuSample struct {
	self, postgres time.Duration
	ok             bool // false when the server's CPU cannot be read (no /proc)
}

// sampleCPU reads the CPU used by this process and by the server whose postmaster is pid.
func sampleCPU(pid int) cpuSample {
	var s cpuSample
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		s.self = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	s.postgres, s.ok = serverCPU(pid)
	return s
}

// serverCPU is the CPU time of the process pid and of its running children (a postmaster's
// backends), from /proc/PID/schedstat, which counts nanoseconds. Children that ended are not
// counted: the listings' backends are the pool's, which stay open.
func serverCPU(pid int) (time.Duration, bool) {
	if pid <= 0 {
		return 0, false
	}
	total, ok := schedCPU(strconv.Itoa(pid))
	if !ok {
		return 0, false
	}
	for _, child := range childrenOf(pid) {
		t, _ := schedCPU(child)
		total += t
	}
	return total, true
}

// childrenOf are the running children of process pid.
func childrenOf(pid int) []string {
	var out []string
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		if parentOf(filepath.Base(d)) == pid {
			out = append(out, filepath.Base(d))
		}
	}
	return out
}

// treeCPU is the CPU time of process pid (all its threads), of the children it has waited for
// (a postmaster's ended backends) and of its children still running, from /proc/PID/stat; ok
// is false when /proc cannot tell.
func treeCPU(pid int) (time.Duration, bool) {
	if pid <= 0 {
		return 0, false
	}
	total, ok := statCPU(strconv.Itoa(pid), true)
	if !ok {
		return 0, false
	}
	for _, child := range childrenOf(pid) {
		t, _ := statCPU(child, false)
		total += t
	}
	return total, true
}

// userHZ is the unit of the times in /proc/PID/stat on Linux: hundredths of a second.
const userHZ = 100

// statCPU is the user and system time of process pid, and with waited that of the children
// it has waited for, from /proc/PID/stat (fields 14 to 17).
func statCPU(pid string, waited bool) (time.Duration, bool) {
	f := statFields(pid)
	if len(f) < 15 {
		return 0, false
	}
	if waited {
		return ticksOf(f[11:15])
	}
	return ticksOf(f[11:13])
}

// ticksOf is the sum of fields, each a count of clock ticks (userHZ a second).
func ticksOf(fields []string) (time.Duration, bool) {
	var ticks int64
	for _, v := range fields {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return 0, false
		}
		ticks += n
	}
	return time.Duration(ticks) * time.Second / userHZ, true
}

// statFields are the fields of /proc/PID/stat from the third, the state, on; nil when unknown.
// The command name before them, in parentheses, may hold spaces.
func statFields(pid string) []string {
	raw, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return nil
	}
	i := strings.LastIndexByte(string(raw), ')')
	if i < 0 {
		return nil
	}
	return strings.Fields(string(raw[i+1:]))
}

// schedCPU is the time /proc/PID/schedstat says the process has run.
func schedCPU(pid string) (time.Duration, bool) {
	raw, err := os.ReadFile("/proc/" + pid + "/schedstat")
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(raw))
	if len(f) == 0 {
		return 0, false
	}
	ns, err := strconv.ParseInt(f[0], 10, 64)
	return time.Duration(ns), err == nil
}

// parentOf is the parent's pid from /proc/PID/stat; 0 when unknown.
func parentOf(pid string) int {
	f := statFields(pid)
	if len(f) < 2 {
		return 0
	}
	ppid, _ := strconv.Atoi(f[1])
	return ppid
}

// machineBusy is the time the machine's cores have been busy (every process and the kernel:
// all but idle and waiting for I/O), from the first line of /proc/stat.
func machineBusy() (time.Duration, bool) {
	raw, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, false
	}
	line, _, _ := strings.Cut(string(raw), "\n")
	f := strings.Fields(line)
	if len(f) < 9 || f[0] != "cpu" {
		return 0, false
	}
	// user nice system idle iowait irq softirq steal (guest is in user): all but idle and iowait
	return ticksOf(append(f[1:4:4], f[6:9]...))
}
