package wording

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPaletteWrittenOnce: the Okabe–Ito colours are written in one place,
// Palette in color.go; the charts, the book and the deck read them from
// there. A colour spelt again in the report packages or the command, as
// hex ("0072B2") or as bytes (color.NRGBA{R: 0x00, G: 0x72, B: 0xB2}),
// is a second definition that can drift from the first.
func TestPaletteWrittenOnce(t *testing.T) {
	bytesRE := regexp.MustCompile(`(?i)0x([0-9a-f]{2})\s*,\s*(?:G:\s*)?0x([0-9a-f]{2})\s*,\s*(?:B:\s*)?0x([0-9a-f]{2})`)
	read := 0
	for _, root := range []string{"../..", "../../../cmd"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			if filepath.Clean(path) == filepath.Join("..", "..", "internal", "wording", "color.go") {
				return nil
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			read++
			upper := strings.ToUpper(string(src))
			for _, hex := range Palette {
				if strings.Contains(upper, `"`+hex+`"`) {
					t.Errorf("%s writes %q; want wording.Palette", path, hex)
				}
			}
			for _, m := range bytesRE.FindAllStringSubmatch(string(src), -1) {
				hex := strings.ToUpper(m[1] + m[2] + m[3])
				for _, p := range Palette {
					if hex == p {
						t.Errorf("%s writes %q as bytes (%s); want wording.Palette", path, hex, m[0])
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if read < 50 {
		t.Errorf("read %d Go files of report and cmd, want the packages' own (50 or more)", read)
	}
}

// TestPaletteColor: bars past the sixth take the Palette from the start.
func TestPaletteColor(t *testing.T) {
	for i, want := range []string{"0072B2", "D55E00", "009E73", "CC79A7", "E69F00", "56B4E9", "0072B2"} {
		if got := PaletteColor(i); got != want {
			t.Errorf("PaletteColor(%d) = %q, want %q", i, got, want)
		}
	}
}
