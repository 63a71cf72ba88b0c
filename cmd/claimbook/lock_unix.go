//go:build unix

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// lockTarget takes the lock of an output folder: an exclusive flock on the
// file at path, beside the folder. If another build holds it, lockTarget
// says so on stderr once and waits until it is free or ctx is done. unlock
// removes the lock file and releases the lock.
func lockTarget(ctx context.Context, path, dir string, stderr io.Writer) (unlock func(), err error) {
	waited := false
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o666)
		if err != nil {
			return nil, fmt.Errorf("out %q: cannot make its lock file: %w", dir, err)
		}
		if err := flockWait(ctx, f, func() {
			if !waited {
				fmt.Fprintf(stderr, "waiting for another build into %s to finish\n", dir)
				waited = true
			}
		}); err != nil {
			f.Close()
			return nil, err
		}
		// The build before us removes the lock file before it releases the
		// lock: if the file we locked is no longer at path, lock again.
		fi, err1 := f.Stat()
		pi, err2 := os.Stat(path)
		if err1 == nil && err2 == nil && os.SameFile(fi, pi) {
			return func() {
				os.Remove(path)
				f.Close()
			}, nil
		}
		f.Close()
	}
}

// flockWait takes an exclusive flock on f, polling so that ctx (a signal)
// can end the wait; wait is called each time the lock is busy.
func flockWait(ctx context.Context, f *os.File, wait func()) error {
	delay := 5 * time.Millisecond
	for {
		err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		switch {
		case err == nil:
			return nil
		case errors.Is(err, unix.EINTR):
			continue
		case !errors.Is(err, unix.EWOULDBLOCK):
			return fmt.Errorf("locking %s: %w", f.Name(), err)
		}
		wait()
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return context.Cause(ctx)
		case <-t.C:
		}
		delay = min(2*delay, 100*time.Millisecond)
	}
}
