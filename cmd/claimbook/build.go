package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/chart"
	"github.com/claimbook/claimbook/report/xlsx"
)

func init() {
	commands["build"] = command{summary: "build the briefing book, the JSON and CSV exports and the slide charts", run: runBuild}
}

// catalogList is a repeatable -catalog flag.
type catalogList []string

func (l *catalogList) String() string     { return strings.Join(*l, ",") }
func (l *catalogList) Set(s string) error { *l = append(*l, s); return nil }

// buildFile is one output of a build.
type buildFile struct {
	path string
	data []byte
}

func runBuild(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var catalogs catalogList
	fs.Var(&catalogs, "catalog", "catalog `FILE` (YAML or JSON); repeat for several; the embedded U.S.-Japan 2015 catalog if none")
	out := fs.String("out", "out", "write the outputs into `DIR`; with several catalogs, into DIR/<catalog name>")
	stamp := fs.Bool("stamp", false, "record the build time in the book (the output then differs from build to build)")
	addLoadFlags(fs) // -texts DIR, -max-text-size SIZE: what the catalog may read
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: claimbook build [-catalog FILE ...] [-out DIR] [-stamp]")
		fmt.Fprintln(stderr, "\nBuild writes briefing.xlsx, indicators.json, indicators.csv, derived.csv and charts/<view>.png for a")
		fmt.Fprintln(stderr, "catalog. Every file is written atomically: a failed build leaves the previous outputs in place.")
		fmt.Fprintln(stderr, "Without -stamp the same catalog gives byte-identical files.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var when time.Time
	if *stamp {
		when = time.Now().UTC().Truncate(time.Second)
	}
	if len(catalogs) == 0 {
		catalogs = catalogList{""}
	}
	dirs := map[string]string{}
	for _, path := range catalogs {
		dir := *out
		if len(catalogs) > 1 {
			name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
			dir = filepath.Join(*out, name)
			if prev, clash := dirs[dir]; clash {
				return usageError{fmt.Sprintf("catalogs %s and %s would both be built into %s: rename one", prev, path, dir)}
			}
			dirs[dir] = path
		}
		if err := buildOne(path, dir, when, stderr); err != nil {
			return err
		}
	}
	return nil
}

// buildOne builds the outputs of one catalog into dir. All outputs are made
// in memory first, so nothing is written unless every one could be built.
func buildOne(path, dir string, stamp time.Time, stderr io.Writer) error {
	start := time.Now()
	c, err := loadCatalog(path, stderr)
	if err != nil {
		return err
	}
	var files []buildFile
	pngs := map[string][]byte{}
	for i := range c.Views {
		v := &c.Views[i]
		b, err := chart.PNG(c, v, nil)
		if err != nil {
			return fmt.Errorf("chart %q: %w", v.ID, err)
		}
		pngs[v.ID] = b
		files = append(files, buildFile{filepath.Join(dir, "charts", v.ID+".png"), b})
	}
	var book bytes.Buffer
	if err := xlsx.Write(&book, c, &xlsx.Options{Charts: pngs, Stamp: stamp}); err != nil {
		return err
	}
	var js, cs, ds bytes.Buffer
	if err := indicators.WriteJSON(&js, c); err != nil {
		return err
	}
	if err := indicators.WriteCSV(&cs, c); err != nil {
		return err
	}
	if err := indicators.WriteDerivedCSV(&ds, c); err != nil {
		return err
	}
	// The book last: a reader that sees a new book sees the exports it
	// was built with.
	files = append([]buildFile{
		{filepath.Join(dir, "indicators.json"), js.Bytes()},
		{filepath.Join(dir, "indicators.csv"), cs.Bytes()},
		{filepath.Join(dir, "derived.csv"), ds.Bytes()},
	}, files...)
	files = append(files, buildFile{filepath.Join(dir, "briefing.xlsx"), book.Bytes()})
	total := 0
	for _, f := range files {
		if err := writeFileAtomic(f.path, f.data); err != nil {
			return err
		}
		total += len(f.data)
		fmt.Fprintf(stderr, "wrote %s (%s)\n", f.path, size(len(f.data)))
	}
	name := path
	if name == "" {
		name = "the U.S.-Japan 2015 catalog"
	}
	fmt.Fprintf(stderr, "built %s: %d indicators, %d files, %s in %v\n", name, len(c.Indicators), len(files), size(total), time.Since(start).Round(time.Millisecond))
	return nil
}

// size writes a byte count for people: "30.2 kB".
func size(n int) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%.1f kB", float64(n)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
