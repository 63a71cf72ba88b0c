package indicators

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// A MeasureKind says what sort of figure an indicator is.
type MeasureKind uint8

// The measure kinds. The zero value is Flow.
//
// A number of things takes its kind from what it counts and when, since
// a reader of the book adds flows over time and never stocks: events
// counted over a period are a Flow (births, deaths, fires, insolvencies,
// passengers carried, nights stayed, net migration); people or things
// present at a date are a Stock (police officers on 30 June, prisoners
// at yearend, teachers, cattle, people sleeping rough on a night); a
// number of kinds, places or members that is neither is a CountKind (30
// countries, 8 years running, 5 industries).
const (
	Flow      MeasureKind = iota // over a period: trade in 2014, 592,996 incidents attended in 2023
	Stock                        // at a point in time: investment stock, 16,600 officers on 30 June 2023
	Share                        // a part of a whole: 30 percent of global GDP
	Change                       // a change, often a target: reduce by 26–28 percent
	CountKind                    // a number of kinds, places or members, neither flow nor stock: 30 countries
	RankKind                     // a place in an ordering: second-largest
	Threshold                    // a level not to cross: the 2 ℃ goal
	Level                        // a price, rate, reading or multiple at or averaged over a time: $82 per barrel, 2.2 times
	numMeasureKinds
)

var measureKindNames = [...]string{"flow", "stock", "share", "change", "count", "rank", "threshold", "level"}

// String returns the kind's catalog word: "flow", "stock", "share",
// "change", "count", "rank", "threshold" or "level".
func (k MeasureKind) String() string {
	if k < numMeasureKinds {
		return measureKindNames[k]
	}
	return fmt.Sprintf("MeasureKind(%d)", uint8(k))
}

// Nets reports whether a figure of measure k may be below zero although
// its unit counts things: a net flow ("net migration of -43,000 British
// citizens", more left than came) or a change ("a net change of -16,000
// jobs"). A count, a stock, a share or a rank of things is never negative.
func (k MeasureKind) Nets() bool { return k == Flow || k == Change }

// ParseMeasureKind returns the measure kind named s.
func ParseMeasureKind(s string) (MeasureKind, error) {
	for i, n := range measureKindNames {
		if n == s {
			return MeasureKind(i), nil
		}
	}
	return 0, fmt.Errorf("indicators: unknown measure %q (%s)", s, MeasureAdvice(s))
}

// measureWords are the words catalog writers give a measure that is none,
// with the kind that measures what they name: a ratio, an average or a
// rate is a level ("pupil teacher ratio 13.6", "average class size 23.5").
var measureWords = map[string]MeasureKind{
	"ratio": Level, "average": Level, "mean": Level, "median": Level, "rate": Level, "price": Level,
	"index": Level, "reading": Level, "per_capita": Level, "multiple": Level, "times": Level,
	"percent": Share, "percentage": Share, "proportion": Share, "fraction": Share, "coverage": Share, "uptake": Share,
	"number": CountKind, "total": Flow, "amount": Flow,
	"increase": Change, "decrease": Change, "growth": Change, "difference": Change,
	// A contribution to a rate of growth or inflation, in percentage
	// points, is the part of the rate one component accounts for.
	"contribution": Share,
	"target":       Threshold, "limit": Threshold, "ceiling": Threshold, "cap": Threshold,
	"position": RankKind, "place": RankKind, "ranking": RankKind,
	// Public finance: a balance, deficit or borrowing is over a period; a
	// debt is held at a date.
	"balance": Flow, "deficit": Flow, "surplus": Flow, "borrowing": Flow, "debt": Stock, "outstanding": Stock,
	// People: a strength or headcount is held at a date; an intake or an
	// outflow happens over a period (s18k-defence).
	"strength": Stock, "headcount": Stock, "population": Stock, "intake": Flow, "outflow": Flow, "inflow": Flow,
}

// MeasureAdvice says what to write for a measure word s that is none of
// the kinds: "write one of …", led by the kind s names where it names one
// ("a ratio is a level: write level").
func MeasureAdvice(s string) string {
	all := strings.Join(measureKindNames[:], ", ")
	w := strings.ToLower(strings.TrimSpace(s))
	if i := slices.Index(measureKindNames[:], w); i >= 0 {
		return fmt.Sprintf("write it in lower case: %s", measureKindNames[i])
	}
	if i := slices.Index(measureKindNames[:], strings.TrimSuffix(w, "s")); i >= 0 {
		return fmt.Sprintf("write %s, in the singular (the kinds are %s)", measureKindNames[i], all)
	}
	if w == "anomaly" || w == "departure" {
		return fmt.Sprintf("a departure from a long-term average (an anomaly) is measured as a change from that average: write change, with direction: up or down and base: the average's years (\"3.2°F above the 20th century average\" is base: 1901/2000); the temperature itself is a level (the kinds are %s)", all)
	}
	if k, ok := measureWords[w]; ok {
		why := ""
		switch k {
		case Flow:
			why = ", over a period"
		case Stock:
			why = ", held at a date"
		}
		if w == "rate" {
			// s17i-courts: an "ineffective trial rate" of 32% is a part
			// of the trials listed.
			return fmt.Sprintf("a figure that is a rate is measured as a level: write level; a rate in percent of a whole (an ineffective trial rate of 32%%) is a share: write share (the kinds are %s)", all)
		}
		return fmt.Sprintf("a figure that is a %s is measured as a %s%s: write %s (the kinds are %s)", w, k, why, k, all)
	}
	return "write one of " + all
}

// A Status says whether a figure is a fact the document reports, an
// estimate or projection it makes, or something someone means to do. The
// zero value is Fact.
//
// The statuses are ordered from the most to the least certain: fact <
// estimate < projection < target < pledge < intention. A derived figure
// takes the least certain of its inputs' statuses (the greatest), so a
// ratio of a fact and an estimate is an estimate, and of a projection and a
// pledge a pledge. An estimate is a figure about the past or present that
// someone worked out rather than counted; a projection is a modelled outcome
// ("could support about 40,000 jobs by 2030"), less sure than an estimate
// but no one's commitment; targets, pledges and intentions are commitments
// of decreasing firmness.
type Status uint8

// The statuses, in order of certainty.
const (
	Fact       Status = iota // reported as so: "trade was $279 billion"
	Estimate                 // worked out, about the past or present: "an estimated 650,000 workers"
	Projection               // a modelled outcome: "could support about 40,000 jobs by 2030"
	Target                   // an official target: "reduce ... by 26 to 28 percent in 2025"
	Pledge                   // a commitment: "is to partner with 30 countries"
	Intention                // a softer intent: "is to positively consider partnering with"
	numStatuses
)

var statusNames = [...]string{"fact", "estimate", "projection", "target", "pledge", "intention"}

// statusWords are the words releases give a figure's status that are none
// of the statuses, with the status that takes them and whether the word
// should also be kept in a note (a provisional figure will be revised).
var statusWords = map[string]struct {
	status Status
	note   bool
}{
	"provisional": {Estimate, true}, "preliminary": {Estimate, true}, "first estimate": {Estimate, true},
	"flash": {Estimate, true}, "estimated": {Estimate, false}, "revised": {Fact, true},
	"outturn": {Fact, false}, "actual": {Fact, false}, "reported": {Fact, false}, "final": {Fact, false},
	"forecast": {Projection, false}, "projected": {Projection, false}, "modelled": {Projection, false},
	"survey": {Estimate, false}, "sample survey": {Estimate, false},
	"goal": {Target, false}, "commitment": {Pledge, false}, "promise": {Pledge, false}, "promised": {Pledge, false}, "plan": {Intention, false},
}

// StatusOfWord returns the status that the word w gives a figure
// ("estimated": estimate, "provisional": estimate, "forecast":
// projection) and whether w is such a word; case and a leading article
// aside ("an estimated" is "estimated").
func StatusOfWord(w string) (Status, bool) {
	w = strings.ToLower(strings.TrimSpace(w))
	w = strings.TrimPrefix(strings.TrimPrefix(w, "an "), "a ")
	sw, ok := statusWords[w]
	return sw.status, ok
}

// StatusAdvice says what to write for a status word s that is none of the
// statuses: "write one of …", led by the status s names where it names one
// ("a figure the document calls provisional is an estimate: write
// estimate, and say \"provisional\" in a note").
func StatusAdvice(s string) string {
	all := strings.Join(statusNames[:], ", ")
	w := strings.ToLower(strings.TrimSpace(s))
	if i := slices.Index(statusNames[:], w); i >= 0 {
		return fmt.Sprintf("write it in lower case: %s", statusNames[i])
	}
	if sw, ok := statusWords[w]; ok {
		note := ""
		if sw.note {
			note = fmt.Sprintf(", and say %q in a note (the figure may be revised)", w)
		}
		what := "a figure the document calls " + w
		if strings.HasSuffix(w, "survey") {
			what = "a survey's result, a figure from a sample," // "status: survey" (s22p-volunteer)
		}
		return fmt.Sprintf("%s is a%s %s: write %s%s (the statuses are %s)", what, article(sw.status.String()), sw.status, sw.status, note, all)
	}
	return "write one of " + all
}

// String returns the status word: "fact", "estimate", "projection",
// "target", "pledge" or "intention".
func (s Status) String() string {
	if s < numStatuses {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// IsCommitment reports whether s is about the future — a projection,
// target, pledge or intention — rather than a reported fact or estimate;
// charts draw those differently (hatched).
func (s Status) IsCommitment() bool { return s >= Projection }

// ParseStatus returns the status named s.
func ParseStatus(s string) (Status, error) {
	for i, n := range statusNames {
		if n == s {
			return Status(i), nil
		}
	}
	return 0, fmt.Errorf("indicators: unknown status %q (%s)", s, StatusAdvice(s))
}

// A Span is a half-open range [Start, End) of byte offsets into a source
// text, as regexp and go/token count. JSON, YAML and spreadsheets show
// Unicode code point offsets instead, as a RuneSpan: Runes converts.
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s == Span{} }

// In returns the text of s in text, or false if s does not fit in text or
// does not fall on UTF-8 boundaries.
func (s Span) In(text string) (string, bool) {
	if s.Start < 0 || s.End < s.Start || s.End > len(text) {
		return "", false
	}
	if (s.Start < len(text) && !utf8.RuneStart(text[s.Start])) || (s.End < len(text) && !utf8.RuneStart(text[s.End])) {
		return "", false
	}
	return text[s.Start:s.End], true
}

// A RuneSpan is a half-open range [Start, End) of Unicode code point
// offsets into a source text: how catalog files, the JSON and CSV exports
// and the book count (the W3C TextPositionSelector convention, what Python
// counts). Runes converts between RuneSpan and Span.
type RuneSpan struct {
	Start, End int
}

// Len returns the span's length in code points.
func (r RuneSpan) Len() int { return r.End - r.Start }

// A Source is a document claims are taken from, with the fields of Our World
// in Data's Origin and the SHA-256 of the exact text the spans index.
type Source struct {
	ID        string // a slug: "wh-2015-us-japan"
	Title     string
	Publisher string // OWID's producer
	Issued    Date   // date published
	// IssuedNotStated says the writer looked for the date published and
	// found none, neither in the text nor on its page, a release
	// calendar or an archive ("issued: not stated"): the outputs cite
	// the source with no year, and verify's note asking for the date is
	// answered.
	IssuedNotStated bool
	// IssuedFrom says where the issue date was read when the source's
	// text does not give it (a stored page's body without its header):
	// "ABS release calendar, 1 March 2017" or the page's address. Empty
	// when the text gives the date. Outputs may say the date is not the
	// document's own words.
	IssuedFrom string
	// Updated is the date the document was last updated, where it says
	// so apart from its publication (a GOV.UK page's "Updated 26
	// September 2023"); zero when it does not. Outputs write it as
	// "updated …", never as the date published.
	Updated  Date
	Accessed Date // date accessed, if known
	URL      string
	Citation string // a full citation, if the publisher asks for one
	SHA256   string // hex SHA-256 of Text's bytes
	// Short is the name a chart gives the source beside a figure when a
	// view draws on several sources: "BEA 2015". Optional: ShortName
	// derives one when it is empty.
	Short string
	// Text is the source's exact text, which spans index. Catalog files name
	// it by path; it is never written into JSON or spreadsheets.
	Text string
	// TextPath is the path of the text as the catalog file gave it,
	// relative to the catalog.
	TextPath string
}

// A Provenance says where a figure was said: the verbatim quote and its span
// in a source's text, and the section headings above it.
type Provenance struct {
	Source  string   // the Source's ID
	Section []string // heading path, outermost first
	Quote   string   // the verbatim quote
	Span    Span     // byte offsets of Quote in the source's Text
	// Typed is the quote as the catalog wrote it when that differs from
	// the source's own characters only in typography (' for ’, - for –, a
	// space for a no-break space); Verify then sets Quote to the source's
	// text at Span. Empty when the catalog wrote the quote exactly.
	Typed string
}

// A Note is a remark on an indicator. A context note brings in knowledge
// from outside the document (the 2005 base year of the U.S. target, say)
// and names its own source; reports keep it apart from what the document
// said.
type Note struct {
	Text    string
	Context bool
	Source  string // a Source ID for a context note
}

// An Indicator is one numeric claim of a document, typed.
type Indicator struct {
	ID          string // a slug, stable across versions: "us-japan-trade-2014"
	Title       string
	Description string
	// Entities are who the figure is about: ISO 3166-1 alpha-2 codes
	// ("US", "JP"), "WLD" for the world, a UN M49 region ("202" for
	// Sub-Saharan Africa, "150" for Europe) or "EU"; see CheckEntity and
	// EntityName.
	Entities []string
	// Counterpart is the other side where a flow or stock has a direction:
	// U.S. investment in Japan has Entities [US] and Counterpart JP.
	Counterpart string
	Measure     MeasureKind
	Status      Status
	Quantity    Quantity
	Unit        Unit
	// Stated is the document's own wording of the figure: "nearly $350
	// billion". ParseStated of it gives Quantity and Unit.
	Stated string
	// Period is when the figure holds; NotStated when the document does not
	// say.
	Period Period
	// Base is the base period of a change, if the document gives it.
	Base Period
	// Against is what a change is set against when that is no earlier
	// period: AgainstForecast for "3,700 people lower than forecast".
	// The zero value is a change from Base; a change against a forecast
	// or target has no Base.
	Against Comparand
	// PercentAsPoints says the document writes this change of a rate in
	// percentage points with a "%" sign, as UK releases do ("coverage
	// decreased by 0.1% to 92.3%"): Unit is PercentagePointUnit while
	// Stated keeps the "0.1%" of the quote. Only a change may say so
	// (checkPercentAsPoints); the catalog writes percent_as_points: true.
	PercentAsPoints bool
	// Set says the figure is a value set by a decision, not measured: a
	// policy rate ("Bank Rate 5%"), a tax rate, a fee, a cut of such a
	// rate ("reduced by 0.25 percentage points"). Its written digits are
	// exact, so it has no Low and High (HedgeEnds), as a target's, a
	// pledge's and an intention's figure has none. Only a point said with
	// no hedge may be set; the catalog writes set: true.
	Set bool
	// Announced is when a target or pledge was announced, if stated.
	Announced Date
	// Denominator names the whole of a share ("world GDP").
	Denominator string
	Notes       []Note
	Provenance  []Provenance
	// Series is the ID of the Series the figure is a point of, or "".
	Series string
}

// Label returns the figure as the document states it, or as Format writes it
// when no wording was recorded or when the document's "%" means percentage
// points (PercentAsPoints): "0.1 percentage points", never "0.1%", so that
// no report shows a change of a rate as a relative one. The quote keeps the
// document's "0.1%". Points the document writes as a modifier ("a 1.9
// percentage point decrease", stated "1.9 percentage point") are said as
// a figure alone is, "1.9 percentage points", as Format says them. A
// change whose stated sign is its Direction (one shape for a move) is
// labelled without the sign, as its unsigned twin: "+1.2%" is "1.2%", and
// charts and tables say "up 1.2%" from the Direction. A price whose
// quote names its base apart ("price per tonne … was €6,761", unit: EUR
// per tonne) is labelled with it: "€6,761 per tonne". A figure's margin
// is labelled without the name of its measure: "41.2 ± 0.8 million
// birds" (a chart's note names it). A figure below zero is written with
// the true minus sign, as every output writes it for a reader (ReaderSigns:
// "−€632 million"), or with the document's word for it ("minus €167
// million").
func (ind *Indicator) Label() string {
	return ReaderSigns(ind.label())
}

// label is Label before its minus signs are written for a reader.
func (ind *Indicator) label() string {
	if ind.Stated != "" && !ind.PercentAsPoints {
		stated := withoutMarginLabels(ind.Stated) // "41.2 ± 0.8 [SE] million birds" is labelled "41.2 ± 0.8 million birds"
		if settled(ind) {
			stated = unsignedStated(ind) // the Direction says the way
		}
		if ind.Unit.Per != "" {
			if _, u, err := ParseStated(stated); err == nil && baseApart(u, ind.Unit) {
				stated += " per " + ind.Unit.Per // "price per tonne … €6,761": "€6,761 per tonne"
			}
		}
		if ind.Unit.Kind == PercentagePoint {
			return pluralPoints(stated)
		}
		return stated
	}
	return Format(ind.Quantity, ind.Unit, Style{})
}

// pluralPoints returns stated, a figure in percentage points, with a
// last word "point" made "points" unless the figure is one ("1
// percentage point" and "one percentage point" stay; s24t-planning's deck
// said "down one percentage points").
func pluralPoints(stated string) string {
	rest, ok := strings.CutSuffix(stated, " point")
	if !ok {
		return stated
	}
	f := strings.Fields(strings.TrimSuffix(rest, " percentage"))
	if len(f) > 0 && (f[len(f)-1] == "1" || strings.EqualFold(f[len(f)-1], "one")) {
		return stated
	}
	return stated + "s"
}

// A ChartKind says how a chart view draws its indicators.
type ChartKind uint8

// The chart kinds.
const (
	Bars        ChartKind = iota // comparison bars; ranges as floating bars
	RangeChart                   // one or more intervals on an axis, as for a target
	PartOfWhole                  // a share of 100%
	Headline                     // one big figure on a card
	SeriesKind                   // series over a time axis
	numChartKinds
)

var chartKindNames = [...]string{"bars", "range", "part_of_whole", "headline", "series"}

// String returns the kind's catalog word: "bars", "range", "part_of_whole",
// "headline" or "series".
func (k ChartKind) String() string {
	if k < numChartKinds {
		return chartKindNames[k]
	}
	return fmt.Sprintf("ChartKind(%d)", uint8(k))
}

// ParseChartKind returns the chart kind named s.
func ParseChartKind(s string) (ChartKind, error) {
	for i, n := range chartKindNames {
		if n == s {
			return ChartKind(i), nil
		}
	}
	return 0, fmt.Errorf("indicators: unknown chart kind %q (write one of %s)", s, strings.Join(chartKindNames[:], ", "))
}

// A ChartView names indicators that are shown together, and how.
type ChartView struct {
	ID         string
	Title      string
	Subtitle   string // optional; charts make one from unit and period
	Kind       ChartKind
	Indicators []string // IDs of indicators or derived indicators, in drawing order
	// Series are the IDs of the series a SeriesKind view draws, all of
	// one unit; such a view has no Indicators.
	Series []string
	Notes  []string
}

// article returns the indefinite article's ending before word: "n" before
// a vowel ("an estimate"), else "".
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "n"
	}
	return ""
}

// NameOfID returns the name the book gives the figure of id: id in upper
// case, every character but an ASCII letter or digit an underscore
// ("us-japan-trade-2014" is US_JAPAN_TRADE_2014). Verify refuses two ids
// of one name; report/xlsx makes it a defined name.
func NameOfID(id string) string {
	b := make([]byte, 0, len(id))
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z':
			b = append(b, byte(r-'a'+'A'))
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			b = append(b, byte(r))
		default:
			b = append(b, '_')
		}
	}
	return string(b)
}
