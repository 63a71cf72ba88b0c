package main

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildAndRun builds the example as a program, runs it, and checks
// what it wrote.
func TestBuildAndRun(t *testing.T) {
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "briefing")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, tmp).CombinedOutput()
	if err != nil {
		t.Fatalf("running the example: %v\n%s", err, out)
	}
	if want := "gap: $216 billion to $228 billion, allowed (2.165e+11, 2.275e+11]"; !strings.Contains(string(out), want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
	b, err := os.ReadFile(filepath.Join(tmp, "gap.png"))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width != 1440 || cfg.Height != 1080 {
		t.Errorf("gap.png: %v, %dx%d; want a 1440x1080 PNG", err, cfg.Width, cfg.Height)
	}
	book, err := os.ReadFile(filepath.Join(tmp, "briefing.xlsx"))
	if err != nil || !bytes.HasPrefix(book, []byte("PK")) {
		t.Errorf("briefing.xlsx is not a zip: %v", err)
	}
}
