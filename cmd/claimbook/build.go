package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/chart"
	"github.com/claimbook/claimbook/report/pptx"
	"github.com/claimbook/claimbook/report/xlsx"
)

func init() {
	commands["build"] = command{summary: "build the briefing book, the slide deck and charts, and the JSON and CSV exports", run: runBuild}
}

// catalogList is a repeatable -catalog flag.
type catalogList []string

func (l *catalogList) String() string     { return strings.Join(*l, ",") }
func (l *catalogList) Set(s string) error { *l = append(*l, s); return nil }

func runBuild(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var catalogs catalogList
	fs.Var(&catalogs, "catalog", "catalog `FILE` (YAML or JSON); repeat for several; the embedded U.S.-Japan 2015 catalog if none")
	out := fs.String("out", "out", "write the outputs into `DIR`; with several catalogs, into DIR/<catalog name>")
	stamp := fs.Bool("stamp", false, "record the build time in the book (the output then differs from build to build)")
	load := addLoadFlags(fs) // -texts DIR, -max-text-size SIZE: what the catalog may read
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: claimbook build [-catalog FILE ...] [-out DIR] [-stamp]")
		fmt.Fprintln(stderr, "\nBuild writes briefing.xlsx, deck.pptx, indicators.json, indicators.csv, derived.csv, series.csv (if the")
		fmt.Fprintln(stderr, "catalog has series) and charts/<view>.png for a catalog, and replaces the whole of DIR at once: a failed, interrupted or killed build leaves")
		fmt.Fprintln(stderr, "the previous outputs as they were, and the charts of views that are gone go with them. DIR")
		fmt.Fprintln(stderr, "must be new, empty or written by claimbook. A second build into the same DIR waits for the first.")
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
	ctx, stop := notifySignals(context.Background())
	defer stop()
	start := time.Now()
	var files []buildFile
	var builds []built
	dirs := map[string]string{} // folder name in lower case -> catalog
	for _, path := range catalogs {
		sub := ""
		if len(catalogs) > 1 {
			name, err := catalogFolder(path)
			if err != nil {
				return usageError{err.Error()}
			}
			key := strings.ToLower(name)
			if prev, clash := dirs[key]; clash {
				return usageError{fmt.Sprintf("catalogs %s and %s would both be built into %s: rename one", prev, path, filepath.Join(*out, name))}
			}
			dirs[key] = path
			sub = name
		}
		// Nothing is written before writeSet: a signal while a catalog is
		// built (its charts can take long) ends the command at once,
		// leaving the outputs as they were (s29z-foodhygiene: a chart
		// that never returned kept SIGTERM waiting for it).
		type result struct {
			b   built
			err error
		}
		// Its messages are held until it returns, so that a build the
		// signal left running writes nothing after the command's last
		// word (review29b).
		done := make(chan result, 1)
		var said bytes.Buffer
		go func() {
			b, err := buildOne(path, sub, load, when, &said)
			done <- result{b, err}
		}()
		var r result
		select {
		case r = <-done:
			stderr.Write(said.Bytes())
		case <-ctx.Done():
			return context.Cause(ctx)
		}
		b, err := r.b, r.err
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		files = append(files, b.files...)
		builds = append(builds, b)
	}
	// All catalogs are one output set, swapped in at once.
	if err := writeSet(ctx, *out, files, stderr); err != nil {
		return err
	}
	for _, b := range builds {
		total := 0
		for i, f := range b.files {
			total += *b.sizes[i]
			fmt.Fprintf(stderr, "wrote %s (%s)\n", filepath.Join(*out, filepath.FromSlash(f.name)), size(*b.sizes[i]))
		}
		fmt.Fprintf(stderr, "built %s: %d indicators, %d files, %s in %v\n", b.name, b.indicators, len(b.files), size(total), time.Since(start).Round(time.Millisecond))
		if b.views == 0 && b.indicators > 0 {
			fmt.Fprintf(stderr, "note: %s has no views, so no charts were drawn and the deck has its title slide only: add views (README, \"Writing a catalog\"), or start from claimbook extract -draft, which proposes them\n", b.name)
		}
		reportConflicts(stderr, b.conflicts)
	}
	if ctx.Err() != nil {
		// A signal after the swap: the new outputs are in place, but the
		// exit status says the build was interrupted.
		return context.Cause(ctx)
	}
	return nil
}

// catalogFolder returns the folder, inside -out, that the catalog at path is
// built into when there are several: its base name without the extension,
// which must be a plain name (not empty, no leading dot, no separator), so
// that nothing is written outside -out.
func catalogFolder(path string) (string, error) {
	base := filepath.Base(path)
	name := strings.TrimSuffix(base, filepath.Ext(base))
	if name == "" || strings.HasPrefix(name, ".") || !filepath.IsLocal(name) || strings.ContainsAny(name, `/\`) ||
		strings.ContainsFunc(name, unicode.IsControl) {
		return "", fmt.Errorf("catalog %q would be built into the folder %q, which is not a plain folder name: rename the file so that its name starts with a letter or digit, such as \"trade.yaml\"", path, name)
	}
	return name, nil
}

// built is what buildOne made of one catalog.
type built struct {
	name       string // the catalog, for people
	indicators int
	views      int
	conflicts  indicators.ErrorList // between sources of one series, as verify lists them
	files      []buildFile
	sizes      []*int // the bytes of each file, known once writeSet wrote it
}

// add appends a file that write makes; its size is counted as it is
// written.
func (b *built) add(name string, write func(io.Writer) error) {
	n := new(int)
	b.files = append(b.files, buildFile{name: name, write: func(w io.Writer) error {
		return write(countWriter{w, n})
	}})
	b.sizes = append(b.sizes, n)
}

// addData appends a file made beforehand.
func (b *built) addData(name string, data []byte) {
	n := len(data)
	b.files = append(b.files, buildFile{name: name, data: data})
	b.sizes = append(b.sizes, &n)
}

// countWriter adds the bytes written through it to *n.
type countWriter struct {
	w io.Writer
	n *int
}

func (c countWriter) Write(p []byte) (int, error) {
	k, err := c.w.Write(p)
	*c.n += k
	return k, err
}

// buildOne loads a catalog, draws its charts and returns its outputs,
// named inside the folder sub of the output set ("" for its top): the
// charts as bytes, the book, the deck and the exports as functions that
// writeSet calls to write them straight into the staging folder, so that
// the outputs of a large catalog are never held in memory.
func buildOne(path, sub string, load *indicators.LoadOptions, stamp time.Time, stderr io.Writer) (built, error) {
	c, err := loadCatalog(path, load, stderr)
	if err != nil {
		return built{}, err
	}
	in := func(name string) string {
		if sub == "" {
			return name
		}
		return sub + "/" + name
	}
	pngs := map[string][]byte{}
	// The deck's slides carry each view's title and source line as text:
	// their charts are drawn without them, to fill the picture box.
	deckPNGs := map[string][]byte{}
	deckParts := map[string][][]byte{}
	partClaims := map[string][][]string{}
	// A view whose bar labels would shrink below the deck's body text
	// is drawn over more than one slide.
	deckOpt := &chart.Options{Embed: true, Width: pptx.ChartWidth, Height: pptx.ChartHeight, DPI: pptx.ChartDPI, MinLabel: pptx.ChartMinLabel}
	slides, embeds, claims, err := renderCharts(c, deckOpt)
	if err != nil {
		return built{}, err
	}
	for i := range c.Views {
		v := &c.Views[i]
		pngs[v.ID] = slides[i]
		if len(embeds[i]) == 1 {
			deckPNGs[v.ID] = embeds[i][0]
		} else {
			deckParts[v.ID] = embeds[i]
			partClaims[v.ID] = claims[i]
		}
	}
	name := path
	if name == "" {
		name = "the U.S.-Japan 2015 catalog"
	}
	b := built{name: name, indicators: len(c.Indicators), views: len(c.Views)}
	if len(c.Series) > 0 {
		b.conflicts = c.ConflictFindings()
	}
	// writeSet writes the files on as many goroutines as there are cores,
	// in this order: the book, the slowest output of a large catalog,
	// first, so that the others are written beside it. Each output goes
	// to its own file, so the bytes do not depend on the order.
	b.add(in("briefing.xlsx"), func(w io.Writer) error {
		return xlsx.Write(w, c, &xlsx.Options{Charts: pngs, Stamp: stamp})
	})
	b.add(in("deck.pptx"), func(w io.Writer) error {
		return pptx.Write(w, c, &pptx.Options{Charts: deckPNGs, Parts: deckParts, PartClaims: partClaims, Stamp: stamp})
	})
	b.add(in("indicators.json"), func(w io.Writer) error { return indicators.WriteJSON(w, c) })
	b.add(in("indicators.csv"), func(w io.Writer) error { return indicators.WriteCSV(w, c) })
	b.add(in("derived.csv"), func(w io.Writer) error { return indicators.WriteDerivedCSV(w, c) })
	if len(c.Series) > 0 {
		b.add(in("series.csv"), func(w io.Writer) error { return indicators.WriteSeriesCSV(w, c) })
	}
	for i := range c.Views {
		b.addData(in("charts/"+c.Views[i].ID+".png"), slides[i])
	}
	return b, nil
}

// renderCharts draws every view of c twice, as a slide and with deckOpt
// (in one or more parts: chart.Parts), on as many cores as there are: the
// charts are the slowest part of a build. The first error, in view order,
// is returned. claims[i] holds the indicator IDs each of embeds[i] draws.
func renderCharts(c *indicators.Catalog, deckOpt *chart.Options) (slides [][]byte, embeds [][][]byte, claims [][][]string, err error) {
	n := len(c.Views)
	slides, embeds, claims = make([][]byte, n), make([][][]byte, n), make([][][]string, n)
	errs := make([]error, 2*n)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for k := range 2 * n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			v := &c.Views[k/2]
			if k%2 == 0 {
				slides[k/2], errs[k] = chart.PNG(c, v, nil)
			} else {
				embeds[k/2], claims[k/2], errs[k] = deckParts(c, v, deckOpt)
			}
			if errs[k] != nil {
				errs[k] = fmt.Errorf("chart %q: %w", v.ID, errs[k])
			}
		}()
	}
	wg.Wait()
	for _, e := range errs {
		if e != nil {
			return nil, nil, nil, e
		}
	}
	return slides, embeds, claims, nil
}

// deckParts renders view v of c for the deck, as one PNG or as the parts
// chart.Parts splits it into, with the indicator IDs each part draws.
func deckParts(c *indicators.Catalog, v *indicators.ChartView, opt *chart.Options) ([][]byte, [][]string, error) {
	parts, err := chart.Parts(c, v, opt)
	if err != nil {
		return nil, nil, err
	}
	out := make([][]byte, len(parts))
	ids := make([][]string, len(parts))
	for i, s := range parts {
		if out[i], err = s.Encode(); err != nil {
			return nil, nil, err
		}
		ids[i] = s.Claims()
	}
	return out, ids, nil
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

// countConflicts counts the findings of Catalog.ConflictFindings that are
// conflicts outright and those that are revisions by a later source.
func countConflicts(l indicators.ErrorList) (outright, revisions int) {
	for _, e := range l {
		if errors.Is(e, indicators.ErrRevision) {
			revisions++
		} else {
			outright++
		}
	}
	return outright, revisions
}

// maxConflictLines is how many conflicts build prints; verify lists all.
const maxConflictLines = 5

// reportConflicts prints the first conflicts and revisions between
// sources, as verify lists them, and how many more there are: the book's
// Cover lists them all, and a build does not fail on them.
func reportConflicts(w io.Writer, l indicators.ErrorList) {
	if len(l) == 0 {
		return
	}
	outright, revisions := countConflicts(l)
	fmt.Fprintf(w, "%d conflict%s and %d revision%s between sources, kept and listed on the Cover (claimbook verify lists them all; -strict fails on conflicts):\n",
		outright, plural(outright), revisions, plural(revisions))
	for i, e := range l {
		if i == maxConflictLines {
			fmt.Fprintf(w, "… and %d more\n", len(l)-maxConflictLines)
			break
		}
		fmt.Fprintln(w, e)
	}
}
