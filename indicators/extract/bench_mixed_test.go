package extract

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// mixedCorpus returns the public documents of the genre the repository
// holds — the module's testdata/corpus (White House, BEA and USTR texts)
// and report/xlsx/testdata/multi (USDA ERS, USAID, White House and BEA) —
// one after another, repeated to about n bytes: text as the extractor
// meets it in the field, not one document over and over.
func mixedCorpus(tb testing.TB, n int) string {
	tb.Helper()
	var files []string
	for _, dir := range []string{"../../testdata/corpus", "../../report/xlsx/testdata/multi"} {
		m, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) < 8 {
		tb.Fatalf("the mixed corpus has %d texts, want at least 8 (testdata/corpus and report/xlsx/testdata/multi)", len(files))
	}
	var b strings.Builder
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(t)
		b.WriteString("\n\n")
	}
	doc := b.String()
	return strings.Repeat(doc, n/len(doc)+1)[:n]
}

// The Mixed benchmarks run Extract over the mixed corpus at 1 and 10 MB.
func BenchmarkExtractMixed1MB(b *testing.B)  { benchmarkMixed(b, 1<<20) }
func BenchmarkExtractMixed10MB(b *testing.B) { benchmarkMixed(b, 10<<20) }

func benchmarkMixed(b *testing.B, n int) { benchmarkText(b, mixedCorpus(b, n)) }
