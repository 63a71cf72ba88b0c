package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

func init() {
	commands["export"] = command{summary: "write a catalog as JSON, CSV or YAML (with its source texts)", run: runExport}
}

func runExport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	catalog := fs.String("catalog", "", "catalog `FILE` (YAML or JSON); the embedded U.S.-Japan 2015 catalog if empty")
	format := fs.String("format", "json", "output `format`: json, csv (indicators), derived-csv (derived figures), series-csv (points of series) or yaml")
	out := fs.String("out", "", "write files into `DIR` instead of standard output (yaml: the catalog and its source texts)")
	load := addLoadFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: claimbook export [-catalog FILE] [-format json|csv|derived-csv|series-csv|yaml] [-out DIR] [-texts DIR ...] [-max-text-size SIZE]")
		fmt.Fprintln(stderr, "\nExport writes the catalog in the JSON contract, as CSV (csv: one row per indicator; derived-csv:")
		fmt.Fprintln(stderr, "one row per derived figure; series-csv: one row per point of a series, with its conflicts), or as a YAML catalog. With -out DIR and -format yaml, DIR gets catalog.yaml and the source texts it names,")
		fmt.Fprintln(stderr, "so the pair can be copied, edited and verified anywhere: each text under a safe base name of its")
		fmt.Fprintln(stderr, "own (no folder, no leading dot, never catalog.yaml, unique ignoring case).")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var write func(io.Writer, *indicators.Catalog) error
	var name string
	switch *format {
	case "json":
		write, name = indicators.WriteJSON, "indicators.json"
	case "csv":
		write, name = indicators.WriteCSV, "indicators.csv"
	case "derived-csv":
		write, name = indicators.WriteDerivedCSV, "derived.csv"
	case "series-csv":
		write, name = indicators.WriteSeriesCSV, "series.csv"
	case "yaml", "yml":
		write, name = indicators.WriteYAML, "catalog.yaml"
	default:
		fs.Usage()
		return usageError{fmt.Sprintf("unknown format %q: write json, csv, derived-csv, series-csv or yaml", *format)}
	}
	c, err := loadCatalog(*catalog, load, stderr)
	if err != nil {
		return err
	}
	if *out == "" {
		var buf bytes.Buffer
		if err := write(&buf, c); err != nil {
			return err
		}
		_, err := stdout.Write(buf.Bytes())
		return err
	}
	files := map[string][]byte{}
	var order []string
	if name == "catalog.yaml" {
		// Put each source text beside the catalog under a safe base name.
		// Every text here passed the rules of what a catalog may read.
		used := map[string]string{} // lower-case name → text
		for i := range c.Sources {
			s := &c.Sources[i]
			if s.Text == "" {
				continue
			}
			base := bundleName(s, used)
			s.TextPath = base
			if _, seen := used[strings.ToLower(base)]; !seen {
				used[strings.ToLower(base)] = s.Text
				files[base] = []byte(s.Text)
				order = append(order, base)
			}
		}
	}
	var buf bytes.Buffer
	if err := write(&buf, c); err != nil {
		return err
	}
	files[name] = buf.Bytes()
	if name != "catalog.yaml" {
		p := filepath.Join(*out, name)
		if err := writeFileAtomic(p, files[name]); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "wrote %s (%d bytes)\n", p, len(files[name]))
		return nil
	}
	// The catalog and its texts are one set, swapped in at once as build's
	// outputs are: DIR must be new, empty or an earlier bundle.
	order = append(order, name)
	set := make([]buildFile, len(order))
	for i, f := range order {
		set[i] = buildFile{f, files[f]}
	}
	ctx, stop := notifySignals(context.Background())
	defer stop()
	if err := writeSet(ctx, *out, set, stderr); err != nil {
		return err
	}
	for _, f := range set {
		fmt.Fprintf(stderr, "wrote %s (%d bytes)\n", filepath.Join(*out, f.name), len(f.data))
	}
	return nil
}

// reservedNames are the outputs a source text may not be named after in an
// export folder, lower case.
var reservedNames = map[string]bool{"catalog.yaml": true, "catalog.yml": true, "indicators.json": true,
	"indicators.csv": true, "derived.csv": true, "briefing.xlsx": true, "deck.pptx": true, "charts": true, manifestName: true}

// bundleName returns the file name of source s in an export folder: its
// text's base name made safe (letters, digits, ".", "-", "_"; no leading
// dot), or its ID with ".txt"; prefixed with the ID, and then numbered,
// where the name is reserved or names another text, ignoring case. A text
// equal to the one already under the name shares it.
func bundleName(s *indicators.Source, used map[string]string) string {
	base := safeName(path.Base(filepath.ToSlash(s.TextPath)))
	id := safeName(s.ID)
	if id == "" {
		id = "source"
	}
	if base == "" {
		base = id + ".txt"
	}
	free := func(n string) bool {
		l := strings.ToLower(n)
		prev, taken := used[l]
		return !reservedNames[l] && filepath.IsLocal(n) && (!taken || prev == s.Text)
	}
	if free(base) {
		return base
	}
	if n := id + "-" + base; free(n) {
		return n
	}
	for k := 2; ; k++ {
		if n := fmt.Sprintf("%s-%d-%s", id, k, base); free(n) {
			return n
		}
	}
}

// safeName keeps the letters, digits, ".", "-" and "_" of name, writes "_"
// for anything else, and drops leading dots (hidden files, "..") and
// dashes (a name that reads as a flag).
func safeName(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return strings.TrimLeft(b.String(), ".-")
}
