package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/extract"
)

func init() {
	commands["extract"] = command{summary: "find the quantities in documents (text or HTML); draft a catalog", run: runExtract}
}

func runExtract(args []string, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("extract", flag.ContinueOnError)
	fset.SetOutput(stderr)
	format := fset.String("format", "text", "output `format`: text (an aligned table) or jsonl (one JSON object per mention)")
	draft := fset.Bool("draft", false, "write a draft catalog of the one FILE (YAML) instead of the mentions")
	plain := fset.Bool("plain", false, "print the plain text the spans index (the text of an HTML file) instead of the mentions")
	fset.Usage = func() {
		fmt.Fprintln(stderr, "Usage: claimbook extract [-format text|jsonl] [-plain] FILE|DIR ...")
		fmt.Fprintln(stderr, "       claimbook extract -draft FILE > catalog.yaml")
		fmt.Fprintln(stderr, "\nExtract finds every quantity a document states (amounts, percentages, counts, measures, ratios)")
		fmt.Fprintln(stderr, "with its hedge (\"nearly\", \"more than\"), range, unit, direction of change and the year its")
		fmt.Fprintln(stderr, "sentence gives. Files may be plain text or HTML; a DIR is searched for files. Spans count")
		fmt.Fprintln(stderr, "Unicode code points of the text (for HTML, of the text -plain prints), end exclusive.")
		fmt.Fprintln(stderr, "\njsonl fields: file (with several inputs), start, end, text, kind, value, low, high, unit, scale,")
		fmt.Fprintln(stderr, "qualifier, direction, year, sentence_start, sentence_end; numbers at full magnitude, null if absent.")
		fmt.Fprintln(stderr, "\n-draft writes a catalog that claimbook verify accepts: one indicator per mention, with placeholder")
		fmt.Fprintln(stderr, "ids and titles. Its source's \"text:\" is FILE exactly as given, and catalogs read that path")
		fmt.Fprintln(stderr, "relative to their own directory: save the catalog in the directory you ran the command from")
		fmt.Fprintln(stderr, "(or edit \"text:\"). A draft of an HTML file needs its plain text: save it with -plain first.")
		fmt.Fprintln(stderr)
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return errHelp
		}
		return usageError{err.Error()}
	}
	if *format != "text" && *format != "jsonl" {
		fset.Usage()
		return usageError{fmt.Sprintf("unknown format %q: write text or jsonl", *format)}
	}
	if fset.NArg() == 0 {
		fset.Usage()
		return usageError{"no input: name a FILE or DIR"}
	}
	if *draft {
		if fset.NArg() != 1 {
			return usageError{"-draft takes exactly one FILE"}
		}
		return extractDraft(fset.Arg(0), stdout)
	}
	files, err := extractInputs(fset.Args())
	if err != nil {
		return err
	}
	return extractFiles(files, *format, *plain, stdout, stderr)
}

// extractInputs expands directories into their regular files, sorted;
// hidden files and directories are left out.
func extractInputs(args []string) ([]string, error) {
	var files []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, usageError{err.Error()}
		}
		if !st.IsDir() {
			files = append(files, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != a && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, usageError{err.Error()}
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

// readDocument reads a file and returns the text that spans index: the file
// itself, or the readable text of an HTML file.
func readDocument(name string) (string, bool, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return "", false, err
	}
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".html" || ext == ".htm" || ext == ".xhtml" || looksLikeHTMLFile(b) {
		t, err := extract.HTMLText(bytes.NewReader(b))
		return t, true, err
	}
	if !utf8.Valid(b) {
		return "", false, fmt.Errorf("%s: not valid UTF-8: convert it to UTF-8 first", name)
	}
	return string(b), false, nil
}

// looksLikeHTMLFile reports whether the file content is HTML.
func looksLikeHTMLFile(b []byte) bool { return extract.LooksLikeHTML(b) }

// extractResult is one file's output, rendered.
type extractResult struct {
	out []byte
	err error
}

// extractFiles processes files in parallel and writes their output in
// input order, with a progress line on stderr when it is a terminal.
func extractFiles(files []string, format string, plain bool, stdout, stderr io.Writer) error {
	results := make([]chan extractResult, len(files))
	for i := range results {
		results[i] = make(chan extractResult, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(files)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out, err := renderFile(files[i], format, plain, len(files) > 1)
				results[i] <- extractResult{out, err}
			}
		}()
	}
	go func() {
		for i := range files {
			jobs <- i
		}
		close(jobs)
	}()
	progress := isTerminal(stderr) && len(files) > 1
	bw := bufio.NewWriter(stdout)
	failed := 0
	for i := range files {
		r := <-results[i]
		if r.err != nil {
			if progress {
				fmt.Fprint(stderr, "\r\033[K")
			}
			fmt.Fprintf(stderr, "claimbook extract: %v\n", r.err)
			failed++
		}
		bw.Write(r.out)
		if progress {
			fmt.Fprintf(stderr, "\r\033[Kextract: %d/%d files %s", i+1, len(files), bar(i+1, len(files)))
		}
	}
	wg.Wait()
	if progress {
		fmt.Fprint(stderr, "\r\033[K")
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return failedError{fmt.Sprintf("%d of %d files could not be read", failed, len(files))}
	}
	return nil
}

func bar(n, total int) string {
	const w = 30
	k := w * n / max(total, 1)
	return "[" + strings.Repeat("=", k) + strings.Repeat(" ", w-k) + "]"
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// renderFile extracts one file and renders its mentions.
func renderFile(name, format string, plain, many bool) ([]byte, error) {
	text, _, err := readDocument(name)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if plain {
		if many {
			fmt.Fprintf(&buf, "==> %s <==\n", name)
		}
		buf.WriteString(text)
		if !strings.HasSuffix(text, "\n") {
			buf.WriteByte('\n')
		}
		return buf.Bytes(), nil
	}
	ms := extract.Extract(text)
	if format == "jsonl" {
		writeJSONL(&buf, name, many, text, ms)
	} else {
		writeTable(&buf, name, many, text, ms)
	}
	return buf.Bytes(), nil
}

// jsonMention is one line of -format jsonl. Numbers are exact decimals at
// full magnitude, written as JSON numbers.
type jsonMention struct {
	File          string          `json:"file,omitempty"`
	Start         int             `json:"start"`
	End           int             `json:"end"`
	Text          string          `json:"text"`
	Kind          string          `json:"kind"`
	Value         json.RawMessage `json:"value"`
	Low           json.RawMessage `json:"low"`
	High          json.RawMessage `json:"high"`
	Unit          *string         `json:"unit"`
	Scale         *string         `json:"scale"`
	Qualifier     string          `json:"qualifier"`
	Direction     *string         `json:"direction"`
	Year          *int            `json:"year"`
	SentenceStart int             `json:"sentence_start"`
	SentenceEnd   int             `json:"sentence_end"`
}

var jsonNull = json.RawMessage("null")

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func writeJSONL(w io.Writer, name string, many bool, text string, ms []extract.Mention) {
	ri := indicators.NewRuneCounter(text)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, m := range ms {
		ss := ri.Runes(m.Sentence.Start)
		st := ri.Runes(m.Span.Start)
		en := ri.Runes(m.Span.End)
		se := ri.Runes(m.Sentence.End)
		q := m.Quantity
		j := jsonMention{Start: st, End: en, Text: m.Text, Kind: m.Kind.String(), Value: jsonNull, Low: jsonNull, High: jsonNull,
			Unit: optString(m.Unit.String()), Scale: optString(q.Scale.String()), Qualifier: q.Qualifier.String(),
			Direction: optString(q.Direction.String()), SentenceStart: ss, SentenceEnd: se}
		if many {
			j.File = name
		}
		if q.IsRange() {
			j.Low, j.High = json.RawMessage(q.Low.String()), json.RawMessage(q.High.String())
		} else {
			j.Value = json.RawMessage(q.Value.String())
		}
		if m.Year != 0 {
			y := m.Year
			j.Year = &y
		}
		enc.Encode(j)
	}
}

func writeTable(w io.Writer, name string, many bool, text string, ms []extract.Mention) {
	if many {
		fmt.Fprintf(w, "==> %s <== %d mention%s\n", name, len(ms), plural(len(ms)))
	}
	if len(ms) == 0 {
		if !many {
			fmt.Fprintln(w, "no quantities found")
		}
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SPAN\tKIND\tFIGURE\tQUALIFIER\tUNIT\tDIRECTION\tYEAR\tTEXT")
	ri := indicators.NewRuneCounter(text)
	for _, m := range ms {
		q := m.Quantity
		st, en := ri.Runes(m.Span.Start), ri.Runes(m.Span.End)
		fig := tableNumber(q.Value, q.Scale)
		if q.IsRange() {
			fig = tableNumber(q.Low, q.Scale) + " – " + tableNumber(q.High, q.Scale)
		}
		year := ""
		if m.Year != 0 {
			year = strconv.Itoa(m.Year)
		}
		fmt.Fprintf(tw, "%d-%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", st, en, m.Kind, fig, q.Qualifier, dash(m.Unit.String()),
			dash(q.Direction.String()), dash(year), strings.Join(strings.Fields(m.Text), " "))
	}
	tw.Flush()
}

// tableNumber writes a value for people: in its stated scale with
// separators ("279 billion", "1,000").
func tableNumber(d indicators.Decimal, s indicators.Scale) string {
	if s != indicators.NoScale {
		return d.Shift(-s.Exp()).Text(",") + " " + s.String()
	}
	return d.Text(",")
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// extractDraft writes the draft catalog of one file to stdout.
func extractDraft(name string, stdout io.Writer) error {
	text, isHTML, err := readDocument(name)
	if err != nil {
		return usageError{err.Error()}
	}
	if isHTML {
		return usageError{fmt.Sprintf("%s is HTML: a catalog's source must be the exact text its spans index; run \"claimbook extract -plain %s > doc.txt\" and draft doc.txt", name, name)}
	}
	return extract.WriteDraft(stdout, extract.DraftSource{TextPath: filepath.ToSlash(name), Text: text})
}
