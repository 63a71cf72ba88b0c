// Command newsquant measures package extract against NewsQuant, the news
// test set of CQE ("CQE: A Comprehensive Quantity Extractor", Almasian,
// Kazakova, Göldner and Gertz, EMNLP 2023): 475 English sentences with 707
// hand-labelled quantities, each a value, a change ("=", "~", ">", "<",
// "up", "down") and a normalised unit ("dollar", "percentage", "mile per
// hour", or the counted noun: "worker").
//
// Usage:
//
//	go run ./examples/newsquant [-top N] [-show] [-half even|odd] NewsQuant.json
//
// -half scores only the even-numbered or the odd-numbered sentences, by
// their order in the file counting from 1. NewsQuant is a test set: read
// misses only from the even half while designing a rule, and check the
// rule on the odd half, unread; a rule that helps one half only fits its
// sentences.
//
// It runs the zero extract.Extractor on each sentence (Ranks stays off: the
// gold labels no ranks such as "10th place"), writes every Mention the way
// CQE writes a quantity (see item), and scores the result with the rules of
// CQE's evaluation/evaluate_models.py (calculate_metrics), copied here with
// their quirks (see scoreCQE). It prints precision, recall and F1 for value,
// value+unit and value+change, the same three under a strict one-to-one
// pairing for comparison, then the most frequent misses: gold quantities
// whose value we did not report, by gold unit; values found with another
// unit or change; and what we reported that the gold lacks, by our kind and
// unit. -show prints every sentence with a miss, gold against ours.
//
// The data is not in this repository. It is
// data/formatted_test_set/NewsQuant.json in https://github.com/vivkaz/CQE,
// 210,528 characters; the copy at commit 32d9e728 has SHA-256
//
//	f87dc457ea6d857138a192d3dc6d5cf3e5fa0ccccb18f5209be910e2b821f7a3
//
// That repository has no licence: no LICENSE file, an empty license field in
// setup.py and none in its README, so nothing grants the right to
// redistribute the data. Fetch it yourself and give its path.
//
// The unit tables only translate names: a measure is named by the singular
// of our one unit table ("yd" is "yard", "mph" "mile per hour"), a few by
// CQE's own word ("degC" is "celsius"), USD is "dollar", and our "person"
// is CQE's "people". Money written in its hundredth, which we report at
// full magnitude ("19 cents" is US$0.19, "164p" £1.64), is written back
// in the hundredth, as CQE reports it (19 cent, 164 penny). Where our model has no equivalent — fractions ("%
// Germans"), a counted noun with its modifiers ("first-team player" where
// we report "player"), a technology generation ("5G") — the quantity is
// scored as a miss, not mapped by hand.
package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/extract"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, errUsage) {
			os.Exit(2) // the flag set has printed the problem and the usage
		}
		fmt.Fprintln(os.Stderr, "newsquant:", err)
		os.Exit(1)
	}
}

// errUsage reports a usage error, already explained on stderr.
var errUsage = errors.New("usage")

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("newsquant", flag.ContinueOnError)
	fs.SetOutput(stderr)
	top := fs.Int("top", 20, "how many rows of each miss table to print")
	show := fs.Bool("show", false, "print every sentence with a miss, gold against ours")
	half := fs.String("half", "", `score only the "even" or "odd" sentences (numbered from 1 in file order)`)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsquant [-top N] [-show] [-half even|odd] NewsQuant.json")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() != 1 || (*half != "" && *half != "even" && *half != "odd") {
		fs.Usage()
		return errUsage
	}
	path := fs.Arg(0)
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var set []sentence
	if err := json.Unmarshal(data, &set); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	var (
		cqe, strict counts
		rep         report
		ex          extract.Extractor // the defaults: CQE's gold has no ranks
	)
	for i, s := range set {
		if *half != "" && ((i+1)%2 == 0) != (*half == "even") {
			continue
		}
		gold := make([]item, len(s.Quantities))
		for j, q := range s.Quantities {
			if gold[j], err = q.item(); err != nil {
				return fmt.Errorf("%s: sentence %d, quantity %d: %v", path, i+1, j+1, err)
			}
		}
		mentions := ex.Extract(s.Text)
		tags := make([]item, len(mentions))
		for j, m := range mentions {
			tags[j] = fromMention(m)
		}
		cqe.add(scoreCQE(gold, tags))
		strict.add(scoreStrict(gold, tags))
		rep.add(s.Text, gold, tags, mentions, *show, stdout)
	}
	name := "NewsQuant"
	if *half != "" {
		name += " (" + *half + " half)"
	}
	fmt.Fprintf(stdout, "%s: %d sentences, %d gold quantities, %d reported by extract\n\n", name, rep.sentences, cqe.gold, cqe.tagged)
	fmt.Fprintf(stdout, "%-28s %6s %6s %6s   %s\n", "", "P", "R", "F1", "(true positives)")
	for _, c := range []struct {
		name string
		n    counts
	}{{"CQE's rules", cqe}, {"one-to-one", strict}} {
		for _, r := range []struct {
			what string
			tp   int
		}{{"value", c.n.value}, {"value+unit", c.n.valueUnit}, {"value+change", c.n.valueChange}} {
			p, rc, f := fscores(r.tp, c.n.gold, c.n.tagged)
			fmt.Fprintf(stdout, "%-28s %6.1f %6.1f %6.1f   (%d)\n", c.name+": "+r.what, p, rc, f, r.tp)
		}
	}
	rep.print(stdout, *top)
	return nil
}

// A sentence is one entry of NewsQuant.json.
type sentence struct {
	Text       string         `json:"text"`
	Quantities []goldQuantity `json:"quantities"`
}

// A goldQuantity is one labelled quantity, as the file writes it.
type goldQuantity struct {
	Change           string `json:"change"`
	Value            string `json:"value"`
	Unit             string `json:"unit"`
	NormalizedUnit   string `json:"normalized_unit"`
	ReferredConcepts string `json:"referred_concepts"`
}

// item decodes q as CQE's decode_dictionary does for the gold.
func (q goldQuantity) item() (item, error) {
	v, err := parseGoldValue(q.Value)
	if err != nil {
		return item{}, err
	}
	return item{val: v, unit: strings.ToLower(q.NormalizedUnit), change: q.Change}, nil
}

// A value is what CQE compares: one number, or the two ends of a range.
type value struct {
	lo, hi  float64 // hi is used only for a range
	isRange bool
}

// parseGoldValue reads a gold value as decode_dictionary does: a string that
// does not start with "-" and contains "-" is a range "low-high" (in the
// order written, which may be descending: "36040.0-34935.0"); anything else
// is one number.
func parseGoldValue(s string) (value, error) {
	if !strings.HasPrefix(s, "-") && strings.Contains(s, "-") {
		parts := strings.Split(s, "-")
		lo, err1 := pyFloat(parts[0])
		hi, err2 := pyFloat(parts[1])
		if err := errors.Join(err1, err2); err != nil {
			return value{}, fmt.Errorf("bad range %q", s)
		}
		return value{lo: lo, hi: hi, isRange: true}, nil
	}
	v, err := pyFloat(s)
	if err != nil {
		return value{}, fmt.Errorf("bad value %q", s)
	}
	return value{lo: v}, nil
}

// pyFloat parses s as Python's float() does for these values: surrounding
// space allowed ("3.0 - 4.0").
func pyFloat(s string) (float64, error) { return strconv.ParseFloat(strings.TrimSpace(s), 64) }

// matches is CQE's values_match(gold, model): both numbers or both ranges,
// each end equal within numpy.isclose's tolerance, which is relative to the
// model's value.
func (gold value) matches(model value) bool {
	if gold.isRange != model.isRange {
		return false
	}
	if !isClose(gold.lo, model.lo) {
		return false
	}
	return !gold.isRange || isClose(gold.hi, model.hi)
}

// isClose is numpy.isclose(a, b, rtol=1e-05, atol=1e-08).
func isClose(a, b float64) bool { return math.Abs(a-b) <= 1e-08+1e-05*math.Abs(b) }

// An item is a quantity the way CQE compares it.
type item struct {
	val    value
	unit   string // lower case; "-" for a pure number
	change string // "=", "~", ">", "<", "up" or "down"
}

// fromMention writes m as CQE would report it.
func fromMention(m extract.Mention) item {
	q := m.Quantity
	v := value{lo: q.Value.Float64()} // Value is at full magnitude: the scale is applied
	if q.IsRange() {
		v = value{lo: q.Low.Float64(), hi: q.High.Float64(), isRange: true}
	}
	unit := cqeUnit(m.Unit)
	if sub, ok := subunitWritten(m); ok {
		// "19 cents" is US$0.19 to us, 19 cent to CQE: its value as
		// written, in the hundredth.
		v.lo = q.Value.Shift(2).Float64()
		if q.IsRange() {
			v.lo, v.hi = q.Low.Shift(2).Float64(), q.High.Shift(2).Float64()
		}
		unit = sub
		if m.Unit.Per != "" {
			unit += " per " + m.Unit.Per
		}
	}
	if strings.HasSuffix(q.Noun, " old") && m.Unit.Kind == indicators.Count && m.Unit.Per == "" {
		unit = m.Unit.Name + " of age" // "45-year-old": CQE's "year of age"
	}
	return item{val: v, unit: unit, change: cqeChange(q)}
}

// subunitWords are the words of a currency's hundredth written after an
// amount, with CQE's name of the unit.
var subunitWords = map[string]string{"cent": "cent", "cents": "cent", "penny": "penny", "pence": "penny", "pennies": "penny"}

// subunitWritten reports whether the money m was written in a currency's
// hundredth ("19 cents", "85 cents/gal", "164p"), which the extractor
// reports at full magnitude (US$0.19) and CQE as written (19 cent), and
// returns CQE's name of the hundredth.
func subunitWritten(m extract.Mention) (string, bool) {
	if m.Unit.Kind != indicators.Money {
		return "", false
	}
	for _, w := range strings.Fields(strings.ToLower(m.Text)) {
		w, _, _ = strings.Cut(w, "/")
		if n, ok := subunitWords[w]; ok {
			return n, true
		}
		if len(w) >= 2 && w[len(w)-1] == 'p' && w[len(w)-2] >= '0' && w[len(w)-2] <= '9' {
			return "penny", true // "164p"
		}
	}
	return "", false
}

// cqeChange maps our hedge and direction to CQE's one change label. A hedge
// wins over a direction ("up about 19 per cent" is "~" in the gold), which
// the gold does not follow every time ("up nearly 57%" is "up").
func cqeChange(q indicators.Quantity) string {
	switch q.Qualifier {
	case indicators.Approx, indicators.Nearly:
		return "~"
	case indicators.MoreThan, indicators.AtLeast:
		return ">"
	case indicators.LessThan, indicators.UpTo:
		return "<"
	}
	switch q.Direction {
	case indicators.Up:
		return "up"
	case indicators.Down:
		return "down"
	}
	return "=" // exact, and a range without a direction
}

// currencyNames are CQE's names of the currencies its gold uses.
var currencyNames = map[string]string{
	"USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
	"CNY": "chinese yuan", "AUD": "australian dollar", "CAD": "canadian dollar",
	"HKD": "hong kong dollar", "NZD": "new zealand dollar", "ILS": "shekel", "DKK": "danish krone",
}

// measureNames are CQE's names (from its gold and evaluation tables) of
// our measures where they differ from the singular name of our one unit
// table (indicators.LookupMeasure: "yd" is "yard", "hp" "horsepower"):
// vocabulary differences only.
var measureNames = map[string]string{
	"degC": "celsius", "degF": "fahrenheit", "lb": "pound-mass", "kWh": "kilowatt hour",
	"ppb": "parts-per-billion", "ppm": "parts-per-million", "rpm": "revolutions per minute",
	"lbft": "foot pound-force",
}

// countNames are CQE's names of counted nouns it names otherwise.
var countNames = map[string]string{
	"time":   "count",  // "3200 times"
	"person": "people", // CQE keeps "people" as written
}

// cqeUnit maps our unit to CQE's normalised unit name, in lower case; a
// rate names its base after "per" ("dollar per barrel").
func cqeUnit(u indicators.Unit) string {
	if u.Per != "" {
		base := u
		base.Per = ""
		if u.Kind == indicators.Count && u.Name == "" {
			return "per " + u.Per
		}
		return cqeUnit(base) + " per " + u.Per
	}
	switch u.Kind {
	case indicators.NoUnit:
		return "-"
	case indicators.Money:
		code := u.Currency.String()
		if n, ok := currencyNames[code]; ok {
			return n
		}
		return strings.ToLower(code)
	case indicators.Percent:
		return "percentage"
	case indicators.PercentagePoint:
		return "percentage point"
	case indicators.Times:
		return "count" // CQE's name for "times", "sixfold"
	case indicators.Count:
		if n, ok := countNames[u.Name]; ok {
			return n
		}
		return strings.ToLower(u.Name)
	case indicators.Measure:
		if n, ok := measureNames[u.Name]; ok {
			return n
		}
		if m, ok := indicators.LookupMeasure(u.Name); ok {
			return strings.ToLower(m.Singular)
		}
		return strings.ToLower(u.Name)
	}
	return strings.ToLower(u.String())
}

// counts are the true positives and totals of a scoring.
type counts struct {
	gold, tagged                  int
	value, valueUnit, valueChange int
}

func (c *counts) add(d counts) {
	c.gold += d.gold
	c.tagged += d.tagged
	c.value += d.value
	c.valueUnit += d.valueUnit
	c.valueChange += d.valueChange
}

// scoreCQE scores one sentence as CQE's calculate_metrics does: every gold
// quantity is compared with every reported one (none is used up); a value
// match counts once per gold quantity while the sentence has gold left to
// count, but the unit and change of every value-matching pair count, with no
// such cap. Two reported "51 percent" against two gold ones therefore give 2
// value matches and 4 value+unit matches.
func scoreCQE(gold, tags []item) counts {
	c := counts{gold: len(gold), tagged: len(tags)}
	left := len(gold)
	for _, g := range gold {
		for _, t := range tags {
			if !g.val.matches(t.val) {
				continue
			}
			if left > 0 {
				c.value++
				left--
			}
			if t.change == g.change {
				c.valueChange++
			}
			if t.unit == g.unit {
				c.valueUnit++
			}
		}
	}
	return c
}

// scoreStrict pairs each gold quantity with at most one reported quantity
// of the same value, not used before, preferring one with the same unit.
func scoreStrict(gold, tags []item) counts {
	c := counts{gold: len(gold), tagged: len(tags)}
	used := make([]bool, len(tags))
	for _, g := range gold {
		best := -1
		for j, t := range tags {
			if used[j] || !g.val.matches(t.val) {
				continue
			}
			if best < 0 || (t.unit == g.unit && tags[best].unit != g.unit) {
				best = j
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		c.value++
		if tags[best].unit == g.unit {
			c.valueUnit++
		}
		if tags[best].change == g.change {
			c.valueChange++
		}
	}
	return c
}

// fscores is CQE's get_fscores: percentages rounded to one decimal.
func fscores(tp, gold, tagged int) (p, r, f1 float64) {
	if gold == 0 || tagged == 0 || tp == 0 {
		return 0, 0, 0
	}
	pp, rr := float64(tp)/float64(tagged), float64(tp)/float64(gold)
	ff := 2 * pp * rr / (pp + rr)
	round := func(x float64) float64 { return math.Round(x*1000) / 10 }
	return round(pp), round(rr), round(ff)
}

// A report collects the misses for the engineer.
type report struct {
	missed      tally // gold whose value nobody reported, by gold unit
	wrongUnit   tally // value found, unit not: "gold → ours"
	wrongChange tally // value found, change not: "gold → ours"
	extra       tally // reported, matching no gold value: by our kind and unit
	sentences   int   // how many were scored
}

// add records the misses of one sentence and, if show, prints them.
func (r *report) add(text string, gold, tags []item, ms []extract.Mention, show bool, w io.Writer) {
	r.sentences++
	var lines []string
	for _, g := range gold {
		var found []item
		for _, t := range tags {
			if g.val.matches(t.val) {
				found = append(found, t)
			}
		}
		if len(found) == 0 {
			r.missed.add(g.unit, text)
			lines = append(lines, "  missed "+g.String())
			continue
		}
		if !slices.ContainsFunc(found, func(t item) bool { return t.unit == g.unit }) {
			r.wrongUnit.add(g.unit+" → "+found[0].unit, text)
			lines = append(lines, fmt.Sprintf("  unit   %s, ours %q", g, found[0].unit))
		}
		if !slices.ContainsFunc(found, func(t item) bool { return t.change == g.change }) {
			r.wrongChange.add(g.change+" → "+found[0].change, text)
			lines = append(lines, fmt.Sprintf("  change %s, ours %q", g, found[0].change))
		}
	}
	for j, t := range tags {
		if !slices.ContainsFunc(gold, func(g item) bool { return g.val.matches(t.val) }) {
			r.extra.add(ms[j].Kind.String()+" "+t.unit, text)
			lines = append(lines, fmt.Sprintf("  extra  %q as %s", ms[j].Text, t))
		}
	}
	if show && len(lines) > 0 {
		fmt.Fprintf(w, "%s\n%s\n", text, strings.Join(lines, "\n"))
	}
}

func (r *report) print(w io.Writer, top int) {
	r.missed.print(w, "Gold values not found, by gold unit", top)
	r.wrongUnit.print(w, "Value found with another unit (gold → ours)", top)
	r.wrongChange.print(w, "Value found with another change (gold → ours)", top)
	r.extra.print(w, "Reported but not in the gold (our kind and unit)", top)
}

// String writes it as CQE prints a quantity: (change, value, unit).
func (it item) String() string {
	v := strconv.FormatFloat(it.val.lo, 'g', -1, 64)
	if it.val.isRange {
		v += "-" + strconv.FormatFloat(it.val.hi, 'g', -1, 64)
	}
	return fmt.Sprintf("(%s, %s, %s)", it.change, v, it.unit)
}

// A tally counts keys and keeps the first example of each.
type tally struct {
	n       map[string]int
	example map[string]string
	total   int
}

func (t *tally) add(key, example string) {
	if t.n == nil {
		t.n, t.example = map[string]int{}, map[string]string{}
	}
	if t.n[key] == 0 {
		t.example[key] = example
	}
	t.n[key]++
	t.total++
}

// print writes the top rows, most frequent first, ties by key.
func (t *tally) print(w io.Writer, title string, top int) {
	fmt.Fprintf(w, "\n%s: %d\n", title, t.total)
	keys := make([]string, 0, len(t.n))
	for k := range t.n {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(t.n[b], t.n[a]), strings.Compare(a, b))
	})
	for i, k := range keys {
		if i == top {
			fmt.Fprintf(w, "  … %d more\n", len(keys)-top)
			break
		}
		ex := t.example[k]
		if i := strings.LastIndexByte(ex[:min(len(ex), 70)], ' '); len(ex) > 70 && i > 0 {
			ex = ex[:i] + " …"
		}
		fmt.Fprintf(w, "  %4d  %-34s e.g. %s\n", t.n[k], k, ex)
	}
}
