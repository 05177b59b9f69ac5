package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// checkOutDir says whether path's folder exists, so that a command fails before its work
// rather than after it; flag names the flag in the error.
func checkOutDir(flag, path string) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return fmt.Errorf("%s %s: no folder %s to write it in (create it, or pick another path)", flag, path, dir)
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Errorf("%s %s: is a folder: give a file name", flag, path)
	}
	return nil
}

// writeFileAtomic writes path in one step: write goes to a temporary file beside it, which
// replaces path only once written and closed. On any error path is left as it was and the
// temporary file is removed.
func writeFileAtomic(path string, write func(w io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
