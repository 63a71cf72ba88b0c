package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"

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
	draft := fset.Bool("draft", false, "write one draft catalog (YAML) of the FILEs and of the .txt files in each DIR, one source each, instead of the mentions")
	out := fset.String("o", "", "with -draft: write the draft to `FILE`, its source texts named relative to FILE's folder, instead of to standard output")
	address := fset.String("url", "", "with -draft of one document: the web `URL` its text was taken from, written as the source's url (its country places the figures the text places nowhere else); several documents take theirs from a NAME.url file beside each NAME.txt")
	plain := fset.Bool("plain", false, "print the plain text the spans index (the text of an HTML file) instead of the mentions")
	fset.Usage = func() {
		fmt.Fprintln(stderr, "Usage: claimbook extract [-format text|jsonl] [-plain] FILE|DIR ...")
		fmt.Fprintln(stderr, "       claimbook extract -draft [-o catalog.yaml] [-url URL] FILE|DIR ...")
		fmt.Fprintln(stderr, "\nExtract finds every quantity a document states (amounts, percentages, counts, measures, ratios)")
		fmt.Fprintln(stderr, "with its hedge (\"nearly\", \"more than\"), range, unit, direction of change and the year its")
		fmt.Fprintln(stderr, "sentence gives. Files may be plain text or HTML; a DIR is searched for files. Spans count")
		fmt.Fprintln(stderr, "Unicode code points of the text (for HTML, of the text -plain prints), end exclusive.")
		fmt.Fprintln(stderr, "\njsonl fields: file (with several inputs), start, end, text, kind, value, low, high, unit, scale,")
		fmt.Fprintln(stderr, "qualifier, direction, year, sentence_start, sentence_end; numbers at full magnitude, null if absent.")
		fmt.Fprintln(stderr, "\nInputs: \"-\" reads standard input (so a pipe: \"cat x | claimbook extract -\"); a named pipe, socket or device")
		fmt.Fprintln(stderr, "given by name is refused at once. Directories are walked, following symbolic links but not loops;")
		fmt.Fprintln(stderr, "hidden files and pipes found in them are left out. A bad input (missing, unreadable, binary) is")
		fmt.Fprintln(stderr, "reported on stderr as \"claimbook extract: FILE: reason\" in its turn; the others are still read,")
		fmt.Fprintln(stderr, "and the exit status is then 1.")
		fmt.Fprintln(stderr, "\nEncodings: output is UTF-8. Plain text is UTF-8 (a BOM is kept and counted) or UTF-16 with a BOM")
		fmt.Fprintln(stderr, "(decoded, BOM left out); a file that is not all UTF-8 is read as windows-1252, with a note on")
		fmt.Fprintln(stderr, "stderr (standard input must be UTF-8: it stops at the offset of the first bad byte). HTML is decoded")
		fmt.Fprintln(stderr, "from the charset its BOM or <meta> declares, else UTF-8 if it all is, else windows-1252.")
		fmt.Fprintln(stderr, "\nMemory: plain text is streamed, whatever its size; output comes in input order, each later file")
		fmt.Fprintln(stderr, "running up to 256 KiB ahead. An HTML file, and the FILE of -draft, are read whole, up to 64 MiB.")
		fmt.Fprintln(stderr, "-format text aligns its columns per block of 1000 mentions.")
		fmt.Fprintln(stderr, "\n-draft writes one catalog that claimbook verify accepts, with a source per document (a DIR gives")
		fmt.Fprintln(stderr, "its .txt files, in name order) and an indicator proposed per figure: title and id from the sentence,")
		fmt.Fprintln(stderr, "entities, measure, status, period and section, with the evidence of each guess in comments; a figure")
		fmt.Fprintln(stderr, "it cannot write yet is a comment that says why. A catalog reads its texts relative to its own")
		fmt.Fprintln(stderr, "folder, so each source's \"text:\" is written relative to the folder of -o FILE, and a text outside")
		fmt.Fprintln(stderr, "that folder is refused before anything is written (write -o beside the text). On standard output")
		fmt.Fprintln(stderr, "texts are relative to the current folder; one outside it keeps its absolute path, and a note on")
		fmt.Fprintln(stderr, "stderr says what to do (-o next to the text, or verify -texts DIR). A draft of an HTML file needs its")
		fmt.Fprintln(stderr, "plain text: save it with -plain first.")
		fmt.Fprintln(stderr, "\nThe address a text was taken from is its source's url, and the drafter reads it: its country or")
		fmt.Fprintln(stderr, "nation (www.gov.wales: GB-WLS) is the place of every figure the text places nowhere else, and a")
		fmt.Fprintln(stderr, "date in its path (/2024/03/27/) the release's date. Give it with -url URL for one document; for")
		fmt.Fprintln(stderr, "several (a DIR), write each NAME.txt's address on the first line of a NAME.url file beside it")
		fmt.Fprintln(stderr, "(a browser's Internet Shortcut, with its URL= line, is read too).")
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
	if *out != "" && !*draft {
		fset.Usage()
		return usageError{"-o writes a draft catalog: use it with -draft"}
	}
	if *address != "" && !*draft {
		fset.Usage()
		return usageError{"-url is the address of a drafted document: use it with -draft"}
	}
	if *address != "" {
		if err := indicators.CheckURL(*address); err != nil {
			return usageError{"-url: " + err.Error()}
		}
	}
	if *draft {
		return extractDraft(fset.Args(), *out, *address, stdout, stderr)
	}
	return extractFiles(extractInputs(fset.Args()), *format, *plain, stdout, stderr)
}

// extractStdin is what "-" reads; tests replace it.
var extractStdin io.Reader = os.Stdin

// extractWholeCap is the most bytes extract reads into memory at once: an
// HTML file (its text is made from the whole document) or the file of
// -draft (a catalog pins the whole text). Plain text is streamed whatever
// its size.
var extractWholeCap int64 = 64 << 20

// extractSpool is how far a file's output may run ahead of the output of
// the files before it, per worker, before its worker waits.
const extractSpool = 256 << 10

// An extractInput is one document to read: a file, "-" for standard input,
// or an argument that failed before reading (err).
type extractInput struct {
	name string
	err  error
}

// extractInputs expands the arguments into documents, in order. A
// directory (or a symbolic link to one) gives its regular files, sorted,
// and those of its subdirectories, following symbolic links but never
// into a directory that holds it (a loop); hidden files and directories,
// and pipes, sockets and devices found in a directory, are left out. An
// argument that cannot be read stays in the list with its error, to be
// reported in its turn.
func extractInputs(args []string) []extractInput {
	var out []extractInput
	stdin := false
	for _, a := range args {
		if a == "-" {
			if stdin {
				out = append(out, extractInput{a, errors.New("standard input given twice")})
				continue
			}
			stdin = true
			out = append(out, extractInput{name: a})
			continue
		}
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			out = append(out, extractInput{a, err})
			continue
		}
		var found []extractInput
		walkDocuments(a, []os.FileInfo{st}, &found)
		sort.Slice(found, func(i, j int) bool { return found[i].name < found[j].name })
		out = append(out, found...)
	}
	return out
}

// walkDocuments appends the documents under dir to found; ancestors are
// the directories being walked, dir last.
func walkDocuments(dir string, ancestors []os.FileInfo, found *[]extractInput) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		*found = append(*found, extractInput{dir, err})
		return
	}
	for _, d := range entries {
		if strings.HasPrefix(d.Name(), ".") {
			continue
		}
		p := filepath.Join(dir, d.Name())
		st, err := os.Stat(p) // follows symbolic links
		if err != nil {
			*found = append(*found, extractInput{p, err})
			continue
		}
		switch {
		case st.IsDir():
			if slices.ContainsFunc(ancestors, func(a os.FileInfo) bool { return os.SameFile(a, st) }) {
				continue // a link back up: walking it would never end
			}
			walkDocuments(p, append(ancestors[:len(ancestors):len(ancestors)], st), found)
		case st.Mode().IsRegular():
			*found = append(*found, extractInput{name: p})
		}
	}
}

// openDocument opens a named document without blocking: it must be a
// regular file.
func openDocument(name string) (*os.File, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if err := regularFile(st.Mode()); err != nil {
		return nil, err
	}
	// The file may have been replaced since: open without waiting for a
	// writer (a FIFO blocks in open otherwise) and look again.
	f, err := os.OpenFile(name, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, err
	}
	if st, err = f.Stat(); err == nil {
		err = regularFile(st.Mode())
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// regularFile explains why a file of mode m is not a document.
func regularFile(m fs.FileMode) error {
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return errors.New("is a directory")
	case m&fs.ModeNamedPipe != 0:
		return errors.New("a named pipe, not a regular file: to read a pipe, give \"-\" and send it to standard input")
	case m&fs.ModeSocket != 0:
		return errors.New("a socket, not a regular file")
	case m&fs.ModeDevice != 0:
		return errors.New("a device, not a regular file")
	}
	return fmt.Errorf("not a regular file (mode %v)", m)
}

// isHTMLName reports whether a file name says HTML.
func isHTMLName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".html" || ext == ".htm" || ext == ".xhtml"
}

// reason is err as "claimbook extract: FILE: reason" shows it: without the
// operation and path an *fs.PathError repeats.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// A document is an opened input, sniffed.
type document struct {
	name  string
	file  *os.File // nil for standard input
	br    *bufio.Reader
	form  extract.Form
	close func()
}

// openInput opens in and tells its form from its first bytes.
func openInput(in extractInput) (*document, error) {
	if in.err != nil {
		return nil, in.err
	}
	d := &document{name: in.name, close: func() {}}
	var r io.Reader = extractStdin
	if in.name != "-" {
		f, err := openDocument(in.name)
		if err != nil {
			return nil, err
		}
		d.file, r, d.close = f, f, func() { f.Close() }
	}
	d.br = bufio.NewReaderSize(r, 64<<10)
	head, err := d.br.Peek(extract.SniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		d.close()
		return nil, err
	}
	d.form, err = extract.Sniff(head)
	if err != nil {
		d.close()
		return nil, err
	}
	if isHTMLName(in.name) {
		d.form = extract.HTML
	}
	return d, nil
}

// readWhole reads the rest of d, up to extractWholeCap bytes.
func (d *document) readWhole(what string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(d.br, extractWholeCap+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > extractWholeCap {
		return nil, fmt.Errorf("%s larger than %d MiB, the most extract reads into memory", what, extractWholeCap>>20)
	}
	return b, nil
}

// text returns a reader of d's text in UTF-8, the text spans index, and a
// note to show on standard error when the text had to be guessed. Plain
// text is streamed; HTML is read whole (up to extractWholeCap). A plain
// file that is not all UTF-8 is read as windows-1252; standard input must
// be UTF-8 (or UTF-16 with a byte-order mark) and stops with an error at
// its first byte that is not.
func (d *document) text() (io.Reader, string, error) {
	switch d.form {
	case extract.HTML:
		b, err := d.readWhole("HTML document")
		if err != nil {
			return nil, "", err
		}
		t, err := extract.HTMLText(bytes.NewReader(b))
		return strings.NewReader(t), "", err
	case extract.UTF8Text:
		if d.file == nil {
			break
		}
		// Look through the file once: UTF-8 or not decides how to read
		// all of it.
		err := extract.CheckUTF8(d.br)
		var ue *extract.InvalidUTF8Error
		if err != nil && !errors.As(err, &ue) {
			return nil, "", err
		}
		if _, serr := d.file.Seek(0, io.SeekStart); serr != nil {
			return nil, "", serr
		}
		d.br.Reset(d.file)
		if ue != nil {
			return transform.NewReader(d.br, charmap.Windows1252.NewDecoder()), fmt.Sprintf("%v: read as windows-1252", ue), nil
		}
	}
	return extract.NewTextReader(d.br, d.form), "", nil
}

// extractResult is how one document went: a note to show, or the error
// that stopped it.
type extractResult struct {
	note string
	err  error
}

// extractFiles processes the inputs in parallel and writes their output in
// input order: the output of the first unfinished input goes straight to
// stdout as it is made, and each other worker runs up to extractSpool ahead
// before it waits. Each input that fails is reported on stderr in its turn
// as "claimbook extract: FILE: reason", and the others go on; the error
// then says how many failed. A progress line goes to stderr when it is a
// terminal.
func extractFiles(inputs []extractInput, format string, plain bool, stdout, stderr io.Writer) error {
	n := len(inputs)
	prs := make([]*io.PipeReader, n)
	pws := make([]*io.PipeWriter, n)
	results := make([]chan extractResult, n)
	for i := range inputs {
		prs[i], pws[i] = io.Pipe()
		results[i] = make(chan extractResult, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				bw := bufio.NewWriterSize(pws[i], extractSpool)
				note, err := renderInput(inputs[i], format, plain, n > 1, bw)
				if ferr := bw.Flush(); err == nil && ferr != nil {
					err = ferr
				}
				pws[i].Close()
				results[i] <- extractResult{note, err}
			}
		}()
	}
	go func() {
		for i := range inputs {
			jobs <- i
		}
		close(jobs)
	}()
	progress := isTerminal(stderr) && n > 1
	failed := 0
	var werr error
	for i, in := range inputs {
		if _, err := io.Copy(stdout, prs[i]); err != nil {
			// Standard output is gone: stop the workers.
			werr = err
			for j := i; j < n; j++ {
				prs[j].CloseWithError(err)
			}
			break
		}
		r := <-results[i]
		if progress && (r.err != nil || r.note != "") {
			fmt.Fprint(stderr, "\r\033[K")
		}
		if r.note != "" {
			fmt.Fprintf(stderr, "claimbook extract: %s: %s\n", in.name, r.note)
		}
		if r.err != nil {
			fmt.Fprintf(stderr, "claimbook extract: %s: %v\n", in.name, reason(r.err))
			failed++
		}
		if progress {
			fmt.Fprintf(stderr, "\r\033[Kextract: %d/%d files %s", i+1, n, bar(i+1, n))
		}
	}
	wg.Wait()
	if progress {
		fmt.Fprint(stderr, "\r\033[K")
	}
	if werr != nil {
		return werr
	}
	if failed > 0 {
		return failedError{fmt.Sprintf("%d of %d files could not be read", failed, n)}
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

// renderInput extracts one input and writes its output to w as it goes.
// It returns a note for stderr and the error that stopped it; what was
// written before an error stays written.
func renderInput(in extractInput, format string, plain, many bool, w io.Writer) (string, error) {
	d, err := openInput(in)
	if err != nil {
		return "", err
	}
	defer d.close()
	text, note, err := d.text()
	if err != nil {
		return note, err
	}
	if plain {
		if many {
			fmt.Fprintf(w, "==> %s <==\n", in.name)
		}
		return note, copyText(w, text)
	}
	var e extract.Extractor
	if format == "jsonl" {
		j := jsonlWriter{w: w, name: in.name, many: many}
		return note, e.StreamRunes(text, j.write)
	}
	t := newTableWriter(w, in.name, many)
	if err := e.StreamRunes(text, t.write); err != nil {
		return note, err
	}
	return note, t.close()
}

// copyText copies the text of r to w and ends it with a newline.
func copyText(w io.Writer, r io.Reader) error {
	buf := make([]byte, 32<<10)
	last := byte(0) // an empty text still gets its newline
	for {
		n, err := r.Read(buf)
		if n > 0 {
			last = buf[n-1]
			if _, werr := w.Write(buf[:n]); werr != nil {
				return werr
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
	}
	if last != '\n' {
		_, err := w.Write([]byte{'\n'})
		return err
	}
	return nil
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

// jsonlWriter writes mentions with code point spans as -format jsonl lines.
type jsonlWriter struct {
	w    io.Writer
	name string
	many bool
	buf  bytes.Buffer
}

func (j *jsonlWriter) write(m extract.Mention, r extract.MentionRunes) error {
	q := m.Quantity
	l := jsonMention{Start: r.Span.Start, End: r.Span.End, Text: m.Text, Kind: m.Kind.String(), Value: jsonNull, Low: jsonNull, High: jsonNull,
		Unit: optString(m.Unit.String()), Scale: optString(q.Scale.String()), Qualifier: q.Qualifier.String(),
		Direction: optString(q.Direction.String()), SentenceStart: r.Sentence.Start, SentenceEnd: r.Sentence.End}
	if j.many {
		l.File = j.name
	}
	if q.IsRange() {
		l.Low, l.High = json.RawMessage(q.Low.String()), json.RawMessage(q.High.String())
	} else {
		l.Value = json.RawMessage(q.Value.String())
	}
	if m.Year != 0 {
		y := m.Year
		l.Year = &y
	}
	j.buf.Reset()
	enc := json.NewEncoder(&j.buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(l); err != nil {
		return err
	}
	_, err := j.w.Write(j.buf.Bytes())
	return err
}

// tableBlock is how many rows of -format text are aligned together: the
// table is written a block at a time, so that its memory stays bounded.
const tableBlock = 1000

// tableWriter writes mentions with code point spans as the aligned table
// of -format text. With several files, each starts with a header line that
// gives its number of mentions, or "1000+" when there are more than fit
// the first block. Each block of rows is aligned as text/tabwriter would
// (columns as wide as their widest cell in code points, plus two spaces;
// the last column as is), but without its cell-by-cell buffering, which
// was a quarter of the command's time on text dense with figures.
type tableWriter struct {
	w     io.Writer
	name  string
	many  bool
	cells []byte               // the cells of the block being aligned, one after another
	rows  [][tableCols]int     // where each cell of a row ends in cells
	runes [][tableCols - 1]int // align's widths of each row's cells in code points
	out   []byte
	first bytes.Buffer // the first block, until the header is written
	n     int
	ready bool // the header is written; blocks go to w
}

// tableCols is the number of columns of the table.
const tableCols = 8

var tableHeader = [tableCols]string{"SPAN", "KIND", "FIGURE", "QUALIFIER", "UNIT", "DIRECTION", "YEAR", "TEXT"}

func newTableWriter(w io.Writer, name string, many bool) *tableWriter {
	return &tableWriter{w: w, name: name, many: many, rows: make([][tableCols]int, 0, tableBlock+1)}
}

func (t *tableWriter) write(m extract.Mention, r extract.MentionRunes) error {
	var row [tableCols]int
	if t.n == 0 {
		for c, h := range tableHeader {
			t.cells = append(t.cells, h...)
			row[c] = len(t.cells)
		}
		t.rows = append(t.rows, row)
	}
	q := m.Quantity
	b := strconv.AppendInt(t.cells, int64(r.Span.Start), 10)
	b = append(b, '-')
	b = strconv.AppendInt(b, int64(r.Span.End), 10)
	row[0] = len(b)
	b = append(b, m.Kind.String()...)
	row[1] = len(b)
	if q.IsRange() {
		b = appendTableNumber(append(appendTableNumber(b, q.Low, q.Scale), " – "...), q.High, q.Scale)
	} else {
		b = appendTableNumber(b, q.Value, q.Scale)
	}
	row[2] = len(b)
	b = append(b, q.Qualifier.String()...)
	row[3] = len(b)
	b = append(b, dash(m.Unit.String())...)
	row[4] = len(b)
	b = append(b, dash(q.Direction.String())...)
	row[5] = len(b)
	if m.Year != 0 {
		b = strconv.AppendInt(b, int64(m.Year), 10)
	} else {
		b = append(b, '-')
	}
	row[6] = len(b)
	b = appendFields(b, m.Text)
	row[7] = len(b)
	t.cells = b
	t.rows = append(t.rows, row)
	t.n++
	if t.n%tableBlock == 0 {
		return t.flush(false)
	}
	return nil
}

// align writes the rows of the block, aligned, to w and empties the block.
// Each cell's width in code points is counted once (t.runes), and a cell's
// padding is written as one run of spaces.
func (t *tableWriter) align(w io.Writer) error {
	if len(t.rows) == 0 {
		return nil
	}
	var width [tableCols - 1]int
	runes := t.runes[:0]
	start := 0
	for i := range t.rows {
		var n [tableCols - 1]int
		for c := range n {
			n[c] = utf8.RuneCount(t.cells[start:t.rows[i][c]])
			width[c] = max(width[c], n[c])
			start = t.rows[i][c]
		}
		start = t.rows[i][tableCols-1]
		runes = append(runes, n)
	}
	out := t.out[:0]
	start = 0
	for i, row := range t.rows {
		for c := range width {
			out = append(out, t.cells[start:row[c]]...)
			out = appendSpaces(out, width[c]+2-runes[i][c])
			start = row[c]
		}
		out = append(out, t.cells[start:row[tableCols-1]]...)
		out = append(out, '\n')
		start = row[tableCols-1]
	}
	t.out, t.runes = out, runes
	t.cells = t.cells[:0]
	t.rows = t.rows[:0]
	_, err := w.Write(out)
	return err
}

// tableSpaces is the padding that appendSpaces copies from.
const tableSpaces = "                                                                "

// appendSpaces appends n spaces to b.
func appendSpaces(b []byte, n int) []byte {
	for ; n > len(tableSpaces); n -= len(tableSpaces) {
		b = append(b, tableSpaces...)
	}
	return append(b, tableSpaces[:n]...)
}

// flush writes the rows so far; end says there are no more.
func (t *tableWriter) flush(end bool) error {
	if t.ready {
		return t.align(t.w)
	}
	if err := t.align(&t.first); err != nil {
		return err
	}
	t.ready = true
	if t.many {
		count := fmt.Sprintf("%d mention%s", t.n, plural(t.n))
		if !end {
			count = fmt.Sprintf("%d+ mentions", t.n)
		}
		if _, err := fmt.Fprintf(t.w, "==> %s <== %s\n", t.name, count); err != nil {
			return err
		}
	} else if end && t.n == 0 {
		_, err := fmt.Fprintln(t.w, "no quantities found")
		return err
	}
	if _, err := t.w.Write(t.first.Bytes()); err != nil {
		return err
	}
	t.first = bytes.Buffer{}
	return nil
}

func (t *tableWriter) close() error { return t.flush(true) }

// appendTableNumber appends a value written for people: in its stated
// scale with separators ("279 billion", "1,000").
func appendTableNumber(b []byte, d indicators.Decimal, s indicators.Scale) []byte {
	if s != indicators.NoScale {
		return append(append(append(b, d.Shift(-s.Exp()).Text(",")...), ' '), s.String()...)
	}
	return append(b, d.Text(",")...)
}

// appendFields appends the words of text, as strings.Fields splits it,
// joined by single spaces: a mention's text on one line.
func appendFields(b []byte, text string) []byte {
	start := len(b)
	word := -1 // where the word being read started, or -1 between words
	for i := 0; i < len(text); {
		c, size := rune(text[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(text[i:])
		}
		switch space := unicode.IsSpace(c); {
		case space && word >= 0:
			if len(b) > start {
				b = append(b, ' ')
			}
			b = append(b, text[word:i]...)
			word = -1
		case !space && word < 0:
			word = i
		}
		i += size
	}
	if word >= 0 {
		if len(b) > start {
			b = append(b, ' ')
		}
		b = append(b, text[word:]...)
	}
	return b
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// extractDraft writes one draft catalog of the named files, and of the
// .txt files under each named directory in name order, to stdout. Each
// file must be UTF-8 plain text, as a catalog's source text is, of at
// most extractWholeCap bytes. With out, the draft goes to that file
// instead, its texts named relative to out's folder. A source's url is
// address where there is one document, else its NAME.url (draftURL).
func extractDraft(names []string, out, address string, stdout, stderr io.Writer) error {
	home, err := draftHome(out)
	if err != nil {
		return err
	}
	var srcs []extract.DraftSource
	seen := map[string]bool{}
	for _, name := range names {
		if name == "-" {
			return usageError{"-draft needs a FILE, not standard input: a catalog names the file of its text"}
		}
		files := []string{name}
		if fi, err := os.Stat(name); err == nil && fi.IsDir() {
			files = nil
			err := filepath.WalkDir(name, func(p string, de fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if !de.IsDir() && strings.HasSuffix(de.Name(), ".txt") && !strings.HasPrefix(de.Name(), ".") {
					files = append(files, p)
				}
				return nil
			})
			if err != nil {
				return usageError{fmt.Sprintf("%s: %v", name, reason(err))}
			}
			if len(files) == 0 {
				return usageError{fmt.Sprintf("%s has no .txt file to draft: save each document's text as NAME.txt (HTML with \"claimbook extract -plain\")", name)}
			}
		}
		for _, f := range files {
			if seen[filepath.Clean(f)] {
				return usageError{fmt.Sprintf("-draft names %s twice: a catalog has one source per document", f)}
			}
			seen[filepath.Clean(f)] = true
			text, err := draftText(f)
			if err != nil {
				return err
			}
			path, inside := draftPath(f, home)
			switch {
			case !inside && out != "":
				// A draft verify would refuse is not written: the README
				// promises a draft verifies as written.
				return usageError{fmt.Sprintf("-o %s: %s is outside %s, the folder of %s, and a catalog reads only files in its own folder, so verify would refuse the draft: write -o %s, beside the text, or copy the text into %s; nothing written", out, f, home, out, filepath.Join(filepath.Dir(path), filepath.Base(out)), home)}
			case !inside:
				fmt.Fprintf(stderr, "claimbook extract: %s is outside the current folder, where the draft on standard output is to be saved: a catalog reads only files in its own folder, so its \"text:\" is the absolute path; write the draft next to it with -o %s, or verify and build with -texts %s\n", f, filepath.Join(filepath.Dir(path), "catalog.yaml"), filepath.Dir(path))
			}
			u, err := draftURL(f)
			if err != nil {
				return err
			}
			srcs = append(srcs, extract.DraftSource{TextPath: filepath.ToSlash(path), Text: text, URL: u})
		}
	}
	if address != "" {
		if len(srcs) != 1 {
			return usageError{fmt.Sprintf("-url is the address of one document, and -draft has %d: write each NAME.txt's address in a NAME.url file beside it", len(srcs))}
		}
		srcs[0].URL = address
	}
	if out == "" {
		return extract.WriteDrafts(stdout, srcs...)
	}
	var b bytes.Buffer
	if err := extract.WriteDrafts(&b, srcs...); err != nil {
		return err
	}
	return writeFileAtomic(out, b.Bytes())
}

// draftURL returns the address of the text f that the file beside it, of
// f's name with ".url" for its extension, gives ("doc.url" of "doc.txt"),
// or "" when there is no such file: its first line, or the URL= line of
// an Internet Shortcut a browser saves ("[InternetShortcut]" first). Only
// a regular file is read, and only its first 4 KiB: an address is one
// line, and a .url that is a device or a pipe would never end.
func draftURL(f string) (string, error) {
	side := strings.TrimSuffix(f, filepath.Ext(f)) + ".url"
	fi, err := os.Stat(side)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", usageError{fmt.Sprintf("%s: %v", side, reason(err))}
	}
	if !fi.Mode().IsRegular() {
		return "", usageError{fmt.Sprintf("%s: not a regular file: write the document's address on its first line", side)}
	}
	r, err := os.Open(side)
	if err != nil {
		return "", usageError{fmt.Sprintf("%s: %v", side, reason(err))}
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, 4<<10))
	if err != nil {
		return "", usageError{fmt.Sprintf("%s: %v", side, reason(err))}
	}
	lines := strings.Split(string(b), "\n")
	n, line := 1, strings.TrimSpace(lines[0])
	if strings.EqualFold(line, "[InternetShortcut]") {
		line = ""
		for i, l := range lines[1:] {
			if k, v, ok := strings.Cut(strings.TrimSpace(l), "="); ok && strings.EqualFold(k, "URL") {
				n, line = i+2, strings.TrimSpace(v)
				break
			}
		}
	}
	if err := indicators.CheckURL(line); err != nil {
		return "", usageError{fmt.Sprintf("%s:%d: %v", side, n, err)}
	}
	return line, nil
}

// draftHome returns the absolute folder a draft's text paths are relative
// to: that of out, or the working folder when the draft goes to standard
// output.
func draftHome(out string) (string, error) {
	if out == "" {
		out = "x"
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return "", fmt.Errorf("-o %s: %v", out, err)
	}
	return filepath.Dir(abs), nil
}

// draftPath is how a draft written in the folder home names the text f:
// relative to home when f is inside it, as a catalog reads only files in
// its own folder (inside true); otherwise its absolute path, which verify
// reads with -texts.
func draftPath(f, home string) (path string, inside bool) {
	abs, err := filepath.Abs(f)
	if err != nil {
		return f, false
	}
	rel, err := filepath.Rel(home, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return abs, false
	}
	return rel, true
}

// draftText reads one file for -draft.
func draftText(name string) (string, error) {
	d, err := openInput(extractInput{name: name})
	if err != nil {
		return "", usageError{fmt.Sprintf("%s: %v", name, reason(err))}
	}
	defer d.close()
	if d.form != extract.UTF8Text {
		return "", usageError{fmt.Sprintf("%s is %s: a catalog's source must be the exact UTF-8 text its spans index; run \"claimbook extract -plain %s > doc.txt\" and draft doc.txt", name, d.form, name)}
	}
	b, err := d.readWhole("a -draft file is")
	if err != nil {
		return "", usageError{fmt.Sprintf("%s: %v", name, reason(err))}
	}
	if err := extract.CheckUTF8(bytes.NewReader(b)); err != nil {
		return "", usageError{fmt.Sprintf("%s: %v: a catalog's source text must be UTF-8; run \"claimbook extract -plain %s > doc.txt\" and draft doc.txt", name, err, name)}
	}
	return string(b), nil
}
