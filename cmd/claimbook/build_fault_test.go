//go:build unix

package main

// These tests run the command as a child process (this test binary, which
// calls run when CLAIMBOOK_TEST_MAIN is set) and kill it, signal it, run
// many at once, or give it a umask.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestMain(m *testing.M) {
	if os.Getenv("CLAIMBOOK_TEST_MAIN") == "1" {
		if u := os.Getenv("CLAIMBOOK_TEST_UMASK"); u != "" {
			n, err := strconv.ParseUint(u, 8, 32)
			if err != nil {
				panic(err)
			}
			syscall.Umask(int(n))
		}
		os.Exit(exitCode(run(os.Args[1:], os.Stdout, os.Stderr)))
	}
	os.Exit(m.Run())
}

// child returns the command line args run by this test binary as claimbook,
// with the extra environment variables env.
func child(env []string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(append(os.Environ(), "CLAIMBOOK_TEST_MAIN=1"), env...)
	return cmd
}

// startPaused starts a child build that pauses at stage, and returns once
// it has said so. The child's stderr is then drained into the returned
// function's result, which waits for the child to end.
func startPaused(t *testing.T, stage string, args ...string) (cmd *exec.Cmd, wait func() (code int, stderr string)) {
	t.Helper()
	cmd = child([]string{pauseEnv + "=" + stage}, args...)
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	paused := make(chan bool)
	var log strings.Builder
	done := make(chan struct{})
	go func() {
		defer close(done)
		sc := bufio.NewScanner(pipe)
		said := false
		for sc.Scan() {
			log.WriteString(sc.Text() + "\n")
			if !said && sc.Text() == "claimbook: test pause at "+stage {
				said = true
				paused <- true
			}
		}
		io.Copy(io.Discard, pipe)
		if !said {
			paused <- false
		}
	}()
	if !<-paused {
		<-done
		cmd.Wait()
		t.Fatalf("the build did not pause at %s:\n%s", stage, log.String())
	}
	return cmd, func() (int, string) {
		<-done
		cmd.Wait()
		return cmd.ProcessState.ExitCode(), log.String()
	}
}

// killRefs builds the two reference sets: the old one (the embedded
// catalog, five charts) and the new one (a copy without the last view).
func killRefs(t *testing.T) (catalog string, old, new map[string]string, oldDir string) {
	t.Helper()
	dir, _ := reducedCatalog(t, "reduced.yaml")
	catalog = filepath.Join(dir, "reduced.yaml")
	oldDir = refBuild(t, "")
	return catalog, readTree(t, oldDir), readTree(t, refBuild(t, catalog)), oldDir
}

// TestBuildKilled kills a build with SIGKILL at each stage of the swap, and
// at varied moments: the folder then holds the complete old set or the
// complete new one, and the next build cleans up what the killed one left.
func TestBuildKilled(t *testing.T) {
	catalog, old, new, oldDir := killRefs(t)
	if cmp.Equal(old, new) {
		t.Fatal("the reference sets are equal")
	}
	check := func(name, parent string, want map[string]string) {
		t.Helper()
		out := filepath.Join(parent, "out")
		got := readTree(t, out)
		if want != nil {
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: the folder (-want +got):\n%s", name, diff)
			}
		} else if !cmp.Equal(got, old) && !cmp.Equal(got, new) {
			t.Errorf("%s: the folder is neither the old set nor the new one: %v", name, got)
		}
		// The next build removes what the killed one left.
		if code, _, stderr := runCmd("build", "-catalog", catalog, "-out", out); code != 0 {
			t.Fatalf("%s: the build after: exit %d: %s", name, code, stderr)
		}
		if diff := cmp.Diff(new, readTree(t, out)); diff != "" {
			t.Errorf("%s: after the next build (-want +got):\n%s", name, diff)
		}
		if got := names(t, parent); !cmp.Equal(got, []string{"out"}) {
			t.Errorf("%s: beside the folder after the next build: %q, want only out", name, got)
		}
	}
	for _, tt := range []struct {
		stage   string
		want    map[string]string
		staging bool // a staging folder is left beside out
	}{
		{"locked", old, false},
		{"writing", old, true},
		{"staged", old, true},
		{"swapped", new, true},
	} {
		parent := t.TempDir()
		out := filepath.Join(parent, "out")
		copyTree(t, oldDir, out)
		cmd, wait := startPaused(t, tt.stage, "build", "-catalog", catalog, "-out", out)
		cmd.Process.Kill()
		wait()
		left := false
		for _, n := range names(t, parent) {
			left = left || strings.HasPrefix(n, ".out.claimbook-staging-")
		}
		if left != tt.staging {
			t.Errorf("killed at %s: staging folder left: %v, want %v", tt.stage, left, tt.staging)
		}
		check("killed at "+tt.stage, parent, tt.want)
	}
	seen := map[string]int{}
	for i := range 16 {
		parent := t.TempDir()
		out := filepath.Join(parent, "out")
		copyTree(t, oldDir, out)
		cmd := child(nil, "build", "-catalog", catalog, "-out", out)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(i) * 15 * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		switch got := readTree(t, out); {
		case cmp.Equal(got, old):
			seen["old"]++
		case cmp.Equal(got, new):
			seen["new"]++
		}
		check(fmt.Sprintf("killed after %d ms", i*15), parent, nil)
	}
	t.Logf("killed at varied moments: %v", seen)
}

// TestBuildSignals stops a build with SIGINT or SIGTERM: it exits 130 or
// 143 and leaves the old set (before the swap) or the new one (after),
// and nothing beside it.
func TestBuildSignals(t *testing.T) {
	catalog, old, new, oldDir := killRefs(t)
	for _, tt := range []struct {
		sig   syscall.Signal
		stage string
		code  int
		want  map[string]string
	}{
		{syscall.SIGINT, "locked", 130, old},
		{syscall.SIGINT, "writing", 130, old},
		{syscall.SIGTERM, "writing", 143, old},
		{syscall.SIGTERM, "staged", 143, old},
		{syscall.SIGINT, "swapped", 130, new},
	} {
		parent := t.TempDir()
		out := filepath.Join(parent, "out")
		copyTree(t, oldDir, out)
		cmd, wait := startPaused(t, tt.stage, "build", "-catalog", catalog, "-out", out)
		cmd.Process.Signal(tt.sig)
		code, stderr := wait()
		if code != tt.code {
			t.Errorf("%v at %s: exit %d, want %d; stderr:\n%s", tt.sig, tt.stage, code, tt.code, stderr)
		}
		if diff := cmp.Diff(tt.want, readTree(t, out)); diff != "" {
			t.Errorf("%v at %s: the folder (-want +got):\n%s", tt.sig, tt.stage, diff)
		}
		if got := names(t, parent); !cmp.Equal(got, []string{"out"}) {
			t.Errorf("%v at %s: beside the folder: %q, want only out", tt.sig, tt.stage, got)
		}
	}
}

// TestBuildConcurrent runs 16 builds of two catalogs into one folder at
// once, three times: each build succeeds (the later ones wait for the
// lock), and the folder ends as one complete set, byte for byte what one
// process builds.
func TestBuildConcurrent(t *testing.T) {
	catalog, old, new, _ := killRefs(t)
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	for round := range 3 {
		var wg sync.WaitGroup
		for i := range 16 {
			args := []string{"build", "-out", out}
			if i%2 == round%2 {
				args = append(args, "-catalog", catalog)
			}
			wg.Go(func() {
				b, err := child(nil, args...).CombinedOutput()
				if err != nil {
					t.Errorf("round %d, build %d: %v:\n%s", round, i, err, b)
				}
			})
		}
		wg.Wait()
		if got := readTree(t, out); !cmp.Equal(got, old) && !cmp.Equal(got, new) {
			t.Errorf("round %d: after 16 builds at once the folder is neither set: %v", round, got)
		}
		if got := names(t, parent); !cmp.Equal(got, []string{"out"}) {
			t.Errorf("round %d: beside the folder: %q, want only out", round, got)
		}
	}
}

// TestBuildUmask: files get 0666 and folders 0777, less the umask.
func TestBuildUmask(t *testing.T) {
	for _, umask := range []os.FileMode{0o027, 0o002, 0o077} {
		out := filepath.Join(t.TempDir(), "out")
		cmd := child([]string{fmt.Sprintf("CLAIMBOOK_TEST_UMASK=%o", umask)}, "build", "-out", out)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("build: %v:\n%s", err, b)
		}
		err := filepath.Walk(out, func(p string, fi os.FileInfo, err error) error {
			if err != nil {
				return err
			}
			want := 0o666 &^ umask
			if fi.IsDir() {
				want = 0o777 &^ umask
			}
			if got := fi.Mode().Perm(); got != want {
				t.Errorf("umask %03o: %s has mode %v, want %v", umask, p, got, want)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestBuildReproducible builds the default catalog in two processes: every
// file of the two output sets, the book and the deck included, is the same
// to the byte (same input, same bytes).
func TestBuildReproducible(t *testing.T) {
	var trees [2]map[string]string
	for i := range trees {
		dir := filepath.Join(t.TempDir(), "out")
		cmd := child(nil, "build", "-out", dir)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("build %d: %v\n%s", i+1, err, out)
		}
		trees[i] = readTree(t, dir)
	}
	for _, want := range []string{"briefing.xlsx", "deck.pptx", "indicators.json", "indicators.csv", "charts/trade-2014.png"} {
		if _, ok := trees[0][want]; !ok {
			t.Errorf("the build wrote no %s", want)
		}
	}
	if len(trees[0]) != len(trees[1]) {
		t.Fatalf("the two builds wrote %d and %d files", len(trees[0]), len(trees[1]))
	}
	for name, a := range trees[0] {
		if b := trees[1][name]; a != b {
			t.Errorf("%s differs between two builds of the same catalog", name)
		}
	}
}
