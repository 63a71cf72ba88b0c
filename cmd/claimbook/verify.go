package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/chart"
)

func init() {
	commands["verify"] = command{summary: "check a catalog: hashes, quotes at their spans, figures against quotes", run: runVerify}
}

func runVerify(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	catalog := fs.String("catalog", "", "catalog `FILE` (YAML or JSON); the embedded U.S.-Japan 2015 catalog if empty")
	strict := fs.Bool("strict", false, "fail (exit 1) when a quote differs from its source in typography, or two sources conflict (a later source's revision is no problem)")
	load := addLoadFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: claimbook verify [-catalog FILE] [-strict] [-texts DIR ...] [-max-text-size SIZE]")
		fmt.Fprintln(stderr, "\nVerify checks every provenance of a catalog: the source text's sha256, the quote at its span,")
		fmt.Fprintln(stderr, "the section headings, and that the stated figure is in the quote and agrees with the numbers.")
		fmt.Fprintln(stderr, "A quote typed with other typography than the source's (' for ’) is found and passes; the outputs")
		fmt.Fprintln(stderr, "carry the source's characters, and a notice on stderr gives the quote to write (-strict: a problem).")
		fmt.Fprintln(stderr, "A notice is written \"file:line:col: notice: …\" and leaves the exit status 0; with -strict it is")
		fmt.Fprintln(stderr, "written \"file:line:col: notice (-strict: a problem): …\" and the exit status is 1. A note,")
		fmt.Fprintln(stderr, "\"file:line:col: note: …\", says what the outputs will do that the text cannot change; -strict passes it.")
		fmt.Fprintln(stderr, "Two claims of one series for one period whose figures allow no common value are listed as")
		fmt.Fprintln(stderr, "\"file:line:col: conflict: …\" findings with both quotes; both are kept (-strict: a problem). When the")
		fmt.Fprintln(stderr, "second source was issued later, the finding is \"revision: …\": the later figure revises the first")
		fmt.Fprintln(stderr, "(or reckons it another way); both are kept, the series line takes the later, and -strict passes.")
		fmt.Fprintln(stderr, "Exit status: 0 all verified, 1 problems (one file:line:col line each on stderr), 2 usage or unreadable input.")
		fmt.Fprintln(stderr, "\nA catalog is untrusted input; verifying one from someone else is safe because:")
		fmt.Fprintln(stderr, "  - it reads only regular files inside its own folder, and inside the -texts folders you name:")
		fmt.Fprintln(stderr, "    absolute paths, \"..\" out of the folder, symbolic links out, directories, devices and FIFOs")
		fmt.Fprintln(stderr, "    are refused; each text is read up to -max-text-size (64MiB), the catalog file up to 64MiB;")
		fmt.Fprintln(stderr, "  - no message quotes a source text unless its sha256 is pinned in the catalog and matches;")
		fmt.Fprintln(stderr, "  - only http and https addresses are accepted as URLs (they become the book's only web links);")
		fmt.Fprintln(stderr, "  - text is data: the book and deck write it as text, never as a formula, link or markup, and")
		fmt.Fprintln(stderr, "    characters they cannot hold (a form feed, other control characters) are refused here, so")
		fmt.Fprintln(stderr, "    what verify passes, build builds.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	c, notices, err := loadVerified(*catalog, load, *strict, stderr)
	if err != nil {
		return err
	}
	// Load has verified; Verify again for the summary's honesty is cheap.
	if err := c.Verify(); err != nil {
		fmt.Fprintln(stderr, err)
		return failedError{""}
	}
	if err := drawable(c); err != nil {
		// What verify passes, build builds: a view the charts refuse
		// for what no catalog rule sees (a glyph the font lacks) is a
		// problem here, not at build.
		fmt.Fprintf(stderr, "%s: %v\n", *catalog, err)
		return failedError{fmt.Sprintf("%s: 1 problem", *catalog)}
	}
	for _, e := range notices {
		fmt.Fprintln(stderr, noticeLine(e, *strict))
	}
	conflicts := c.ConflictFindings()
	if len(conflicts) > 0 {
		fmt.Fprintln(stderr, conflicts)
	}
	outright, revisions := countConflicts(conflicts)
	if k := problems(notices); *strict && k+outright > 0 {
		// One line says what failed (s33d-bluebadge: a strict run printed
		// the notices alone, and only their labels told which counted).
		var what []string
		if k > 0 {
			what = append(what, fmt.Sprintf("%d notice%s", k, plural(k)))
		}
		if outright > 0 {
			what = append(what, fmt.Sprintf("%d conflict%s", outright, plural(outright)))
		}
		notes := ""
		if m := len(notices) - k; m == 1 {
			notes = "; 1 note passes"
		} else if m > 1 {
			notes = fmt.Sprintf("; %d notes pass", m)
		}
		return failedError{fmt.Sprintf("%s: %d problem%s under -strict (%s%s)", *catalog, k+outright, plural(k+outright), strings.Join(what, ", "), notes)}
	}
	name := *catalog
	if name == "" {
		name = "embedded catalog (U.S.-Japan fact sheet, 2015)"
	}
	provs := 0
	for _, ind := range c.Indicators {
		provs += len(ind.Provenance)
	}
	series := ""
	if len(c.Series) > 0 {
		series = fmt.Sprintf(", %d series (%d conflict%s, %d revision%s)", len(c.Series), outright, plural(outright), revisions, plural(revisions))
	}
	n := func(k int, noun string) string { return fmt.Sprintf("%d %s%s", k, noun, plural(k)) }
	// Notices leave the catalog verified, but a writer reads "ok" as
	// clean (round N): the line counts them.
	withNotices := ""
	if len(notices) > 0 {
		withNotices = fmt.Sprintf(", with %s to read on stderr", n(len(notices), "notice"))
	}
	fmt.Fprintf(stdout, "%s: ok: %s, %s, %d derived, %s%s verified against %s%s\n",
		name, n(len(c.Indicators), "indicator"), n(provs, "quote"), len(c.Derived), n(len(c.Views), "view"), series, n(len(c.Sources), "source"), withNotices)
	return nil
}

// loadVerified loads the catalog at path (the embedded one if "") with
// its notices. A catalog with problems gives them on stderr with the
// notices of its other indicators among them, one list sorted by line, so
// that one run says everything to write; the error is then a
// failedError counting the problems.
func loadVerified(path string, o *indicators.LoadOptions, strict bool, stderr io.Writer) (*indicators.Catalog, indicators.ErrorList, error) {
	if path == "" {
		c := usjapan2015.Catalog()
		return c, c.QuoteNotices(), nil
	}
	c, notices, err := indicators.LoadWithNotices(path, o)
	var list indicators.ErrorList
	switch {
	case errors.As(err, &list):
		all := slices.Clone(list)
		for _, n := range notices {
			all = append(all, labelled(n, strict))
		}
		all.Sort()
		for _, e := range all {
			fmt.Fprintln(stderr, e)
		}
		count := len(list)
		if strict {
			count += problems(notices)
		}
		return nil, nil, failedError{fmt.Sprintf("%s: %d problem%s", path, count, plural(count))}
	case err != nil:
		return nil, nil, err
	}
	return c, notices, nil
}

// parseFlags parses a subcommand's flags; -h gives errHelp, a bad flag or a
// stray argument a usageError.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return errHelp
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		fs.Usage()
		arg := fs.Arg(0)
		switch strings.ToLower(filepath.Ext(arg)) {
		case ".yaml", ".yml", ".json":
			if fs.Lookup("catalog") != nil {
				return usageError{fmt.Sprintf("unexpected argument %q: name a catalog with -catalog %s", arg, arg)}
			}
		}
		return usageError{fmt.Sprintf("unexpected argument %q", arg)}
	}
	return nil
}

// noticeLine writes a notice of verify as "file:line:col: notice: …", so
// that it is not read as an error of the catalog; under -strict, which
// fails on it, as "notice (-strict: a problem): …".
func noticeLine(e *indicators.Error, strict bool) string {
	return labelled(e, strict).Error()
}

// labelled returns a copy of the notice e whose message starts "notice: "
// (under -strict, "notice (-strict: a problem): "), or "note: " for a
// note, which -strict passes (indicators.IsNote).
func labelled(e *indicators.Error, strict bool) *indicators.Error {
	label := "notice"
	switch {
	case indicators.IsNote(e):
		label = "note"
	case strict:
		label = "notice (-strict: a problem)"
	}
	n := *e
	n.Msg = label + ": " + e.Msg
	return &n
}

// drawable lays out the chart of every view of c as build draws it,
// without encoding it, and returns the first refusal, in view order.
func drawable(c *indicators.Catalog) error {
	for i := range c.Views {
		if _, err := chart.NewSlide(c, &c.Views[i], nil); err != nil {
			id := c.Views[i].ID
			msg := strings.TrimPrefix(strings.TrimPrefix(err.Error(), "chart: "), fmt.Sprintf("view %q: ", id))
			return fmt.Errorf("view %q: %s", id, strings.TrimPrefix(msg, "chart: "))
		}
	}
	return nil
}

// problems counts the notices that -strict fails on: all but the notes.
func problems(notices indicators.ErrorList) int {
	n := 0
	for _, e := range notices {
		if !indicators.IsNote(e) {
			n++
		}
	}
	return n
}
