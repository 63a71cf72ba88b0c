package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// userCatalogEntry is one indicator of a round-G test catalog: the fields a
// user writes, period 2017 unless given.
type userCatalogEntry struct {
	entity, measure, stated, unit, period, base, quote, extra string
}

func (e userCatalogEntry) yaml() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  - id: a\n    title: A\n    entities: [%s]\n    measure: %s\n    status: fact\n    stated: %q\n", e.entity, e.measure, e.stated)
	if e.unit != "" {
		fmt.Fprintf(&b, "    unit: %s\n", e.unit)
	}
	period := e.period
	if period == "" {
		period = "2017"
	}
	fmt.Fprintf(&b, "    period: %q\n", period)
	if e.base != "" {
		fmt.Fprintf(&b, "    base: %q\n", e.base)
	}
	b.WriteString(e.extra)
	fmt.Fprintf(&b, "    provenance:\n      - source: doc\n        quote: %q\n", e.quote)
	return b.String()
}

// TestUserCatalogs checks what round G's users wrote (s16g-*) and a
// case of another kind for each rule: the message names the line and
// what to write, and the right form verifies. want holds parts of the
// messages, in order; nil when the catalog verifies.
func TestUserCatalogs(t *testing.T) {
	const (
		marriages = "Opposite-sex marriages have been declining since the 1970s, with numbers falling by a third over the past 40 years."
		crime     = "Burglary fell by a quarter over the decade."
		research  = "Business expenditure on R&D increased for the eighth consecutive year in 2006/07, to a total of $12 billion."
		energy    = "Renewable generation attracted $5 billion of investment."
		lifeexp   = "None of the local areas in Scotland and Wales and only one in Northern Ireland were in the fifth of areas with the highest life expectancy. In 2010–12, male life expectancy at birth was highest in East Dorset (82.9 years). Deaths rose in December 2010."
		air       = "Southwest Airlines carried more total system passengers in 2017 than any other U.S. airline. U.S. and foreign airlines carried an all-time high of 965.0 million systemwide (domestic and international) scheduled service passengers in 2017."
		students  = "California hosts more international students than any other U.S. state, followed by New York."
		fire      = "FRSs attended 592,996 incidents, an increase of 12% compared with 10 years ago (529,167). There was a decrease of 5.6% compared with the previous year."
		text      = "    text: doc.txt\n"
	)
	au := "    url: https://www.abs.gov.au/media-release\n" + text
	tests := []struct {
		name, doc, source string
		e                 userCatalogEntry
		want              []string
	}{
		// 1. A fraction word of a change is a percent.
		{"marriages: fell by a third, unit percent", marriages, text,
			userCatalogEntry{entity: "GB-EAW", measure: "change", stated: "a third", unit: "percent", base: "1977", quote: "numbers falling by a third", extra: "    direction: down\n"}, nil},
		{"marriages: fell by a third, no unit", marriages, text,
			userCatalogEntry{entity: "GB-EAW", measure: "change", stated: "a third", base: "1977", quote: "numbers falling by a third", extra: "    direction: down\n"}, nil},
		{"crime: fell by a quarter", crime, text,
			userCatalogEntry{entity: "GB-EAW", measure: "change", stated: "a quarter", unit: "percent", base: "2007", quote: "Burglary fell by a quarter", extra: "    direction: down\n"}, nil},
		{"marriages: stated 33% for a third", marriages, text,
			userCatalogEntry{entity: "GB-EAW", measure: "change", stated: "33%", base: "1977", quote: "numbers falling by a third over the past 40 years", extra: "    direction: down\n"},
			[]string{`the quote does not state "33%": it writes "a third", which is held as its percent: write stated: "a third", the document's words`}},
		{"corpus: stated 67% for more than two-thirds, a share", "More than two-thirds of the population of sub-Saharan Africa is without electricity.", text,
			userCatalogEntry{entity: "202", measure: "share", stated: "67%", quote: "More than two-thirds of the population of sub-Saharan Africa"},
			[]string{`the quote does not state "67%": it writes "More than two-thirds", which is held as its percent: write stated: "More than two-thirds"`}},
		{"a third as a level with unit percent", marriages, text,
			userCatalogEntry{entity: "GB-EAW", measure: "level", stated: "a third", unit: "percent", quote: "numbers falling by a third"},
			[]string{`c.yaml:13:11: unit "percent" disagrees with stated "a third", which reads as "a pure number": "a third" is held as a percent only where it is a part of a whole (measure: share) or a rise or fall (measure: change, "fell by a third"): write that measure and keep unit: percent`}},
		// 2. A bare "$" in a source of a country with its own dollar.
		{"research: bare $ on abs.gov.au", research, au,
			userCatalogEntry{entity: "AU", measure: "flow", stated: "$12 billion", period: "2006/07", quote: "to a total of $12 billion"},
			[]string{`c.yaml:13:13: "$12 billion" would be held as USD, what a bare "$" means alone, but the source is on abs.gov.au, where a bare "$" is Australia's own currency: write unit: AUD (shown "A$"), or unit: USD where the document means USD`}},
		{"research: bare $ with unit AUD", research, au,
			userCatalogEntry{entity: "AU", measure: "flow", stated: "$12 billion", unit: "AUD", period: "2006/07", quote: "to a total of $12 billion"}, nil},
		{"research: bare $ with unit USD written", research, au,
			userCatalogEntry{entity: "AU", measure: "flow", stated: "$12 billion", unit: "USD", period: "2006/07", quote: "to a total of $12 billion"}, nil},
		{"energy: bare $ on energy.gov.au", energy, "    url: https://www.energy.gov.au/data\n" + text,
			userCatalogEntry{entity: "AU", measure: "flow", stated: "$5 billion", quote: "attracted $5 billion of investment"},
			[]string{`write unit: AUD (shown "A$"), or unit: USD`}},
		{"energy: bare $ on a .com source", energy, "    url: https://www.miragenews.com/data\n" + text,
			userCatalogEntry{entity: "AU", measure: "flow", stated: "$5 billion", quote: "attracted $5 billion of investment"}, nil},
		// 3. A bare "one" counting things is a count.
		{"lifeexp: only one in Northern Ireland", lifeexp, text,
			userCatalogEntry{entity: "GB-NIR", measure: "count", stated: "one", unit: "local area", period: "2010/2012", quote: "only one in Northern Ireland"}, nil},
		{"lifeexp: stated only one", lifeexp, text,
			userCatalogEntry{entity: "GB-NIR", measure: "count", stated: "only one", unit: "local area", period: "2010/2012", quote: "only one in Northern Ireland"},
			[]string{`c.yaml:12:13: cannot read figure "only one": no number; "only" says how small or large the figure is, not how sure: write stated: "one" (the quote keeps "only")`}},
		{"lifeexp: stated 1", lifeexp, text,
			userCatalogEntry{entity: "GB-NIR", measure: "count", stated: "1", unit: "local area", period: "2010/2012", quote: "only one in Northern Ireland"},
			[]string{`the numbers in the quote ("one") disagree`}},
		// 4. A span of years written with a hyphen or a dash.
		{"lifeexp: period 2010-12", lifeexp, text,
			userCatalogEntry{entity: "GB-DOR", measure: "level", stated: "82.9 years", period: "2010-12", quote: "In 2010–12, male life expectancy at birth was highest in East Dorset (82.9 years)"},
			[]string{`c.yaml:13:13: period "2010-12" reads as December 2010, but the document's "2010–12" is the years 2010 to 2012: write period: 2010/2012`}},
		{"lifeexp: a true month", lifeexp, text,
			userCatalogEntry{entity: "GB-DOR", measure: "level", stated: "82.9 years", period: "2010-12", quote: "highest in East Dorset (82.9 years). Deaths rose in December 2010"}, nil},
		// 5. A local area with no code.
		{"lifeexp: East Dorset", lifeexp, "    url: https://www.ons.gov.uk/le\n" + text,
			userCatalogEntry{entity: "East Dorset", measure: "level", stated: "82.9 years", period: "2010/2012", quote: "highest in East Dorset (82.9 years)"},
			[]string{`c.yaml:10:16: unknown entity "East Dorset": a local area has no code here: write the area that holds it, "GB-DOR" (Dorset), and name "East Dorset" in the title`}},
		// 6. A first place in words, and a run of years.
		{"air: more than any other", air, text,
			userCatalogEntry{entity: "US", measure: "rank", stated: "more than any other", quote: "Southwest Airlines carried more total system passengers in 2017 than any other U.S. airline"}, nil},
		{"students: more than any other", students, text,
			userCatalogEntry{entity: "US-CA", measure: "rank", stated: "more than any other", quote: "California hosts more international students than any other U.S. state"}, nil},
		{"research: eighth as a rank", research, au,
			userCatalogEntry{entity: "AU", measure: "rank", stated: "eighth", period: "2006/07", quote: "increased for the eighth consecutive year in 2006/07"},
			[]string{`the quote writes "eighth consecutive year", a run of 8 years, not a place in a list: write stated: "eighth consecutive year" and measure: count (held as 8 years)`}},
		{"research: eighth with unit year", research, au,
			userCatalogEntry{entity: "AU", measure: "count", stated: "eighth", unit: "year", period: "2006/07", quote: "increased for the eighth consecutive year in 2006/07"},
			[]string{`"eighth" alone is a place in a list; a run of years is a count of them: write stated: the quote's words with the run ("eighth consecutive year") and measure: count, and leave unit out`}},
		{"research: eighth consecutive year", research, au,
			userCatalogEntry{entity: "AU", measure: "count", stated: "eighth consecutive year", period: "2006/07", quote: "increased for the eighth consecutive year in 2006/07"}, nil},
		// 7. Messages that said the wrong thing or said it twice.
		{"air: noun four words after the figure", air, text,
			userCatalogEntry{entity: "US", measure: "flow", stated: "965.0 million passengers", quote: "an all-time high of 965.0 million systemwide (domestic and international) scheduled service passengers"},
			[]string{`the quote writes "965.0 million" with words between it and "passengers": write stated: "965.0 million" and unit: passenger`}},
		{"fire: base 10 years ago", fire, text,
			userCatalogEntry{entity: "GB-ENG", measure: "change", stated: "12%", period: "2023", base: "10 years ago", quote: "an increase of 12% compared with 10 years ago", extra: "    direction: up\n"},
			[]string{`c.yaml:14:11: "base": a base is a period: "10 years ago" counted back from period 2023 is 2013: write base: 2013`}},
		{"fire: base the previous year", fire, text,
			userCatalogEntry{entity: "GB-ENG", measure: "change", stated: "5.6%", period: "2023", base: "the previous year", quote: "a decrease of 5.6% compared with the previous year", extra: "    direction: down\n"},
			[]string{`write base: 2022`}},
	}
	for _, tt := range tests {
		got := parseCatalogIn(t, tt.doc, tt.source, "indicators:\n"+tt.e.yaml())
		if tt.want == nil {
			if got != nil {
				t.Errorf("%s: Parse messages = %q, want none", tt.name, got)
			}
			continue
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: Parse messages = %q, want %d", tt.name, got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%s: message %d = %q, want it to contain %q", tt.name, i, got[i], w)
			}
		}
	}
}

// TestUserFiguresHeld checks how the model holds the figures round G's users
// stated: a fraction word of a change or a share is its percent; a whole
// number in words is a count; a run of periods is a count of them; a
// first place in words is rank 1.
func TestUserFiguresHeld(t *testing.T) {
	tests := []struct {
		stated  string
		measure indicators.MeasureKind
		want    string // Format of what is held, and the unit
	}{
		{"a third", indicators.Change, "33.3333333333333 percent|percent"},
		{"over half", indicators.Change, "more than 50 percent|percent"},
		{"a quarter", indicators.Share, "25 percent|percent"},
		{"one in five", indicators.Share, "20 percent|percent"},
		{"one", indicators.CountKind, "1|"},
		{"one", indicators.Share, "1|"},
		{"two", indicators.Change, "2|"},
		{"more than doubled", indicators.Change, "more than 2 times|times"},
		{"eighth consecutive year", indicators.CountKind, "8 years|year"},
		{"third straight quarter", indicators.CountKind, "3 quarters|quarter"},
		{"eighth", indicators.RankKind, "eighth|rank"},
		{"more than any other", indicators.RankKind, "more than any other|rank"},
		{"most", indicators.RankKind, "most|rank"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStatedAs(tt.stated, tt.measure)
		if err != nil {
			t.Errorf("ParseStatedAs(%q, %v): %v", tt.stated, tt.measure, err)
			continue
		}
		unit := u.String()
		if u.Kind == indicators.Rank {
			unit = "rank"
		}
		if got := indicators.Format(q, u, indicators.Style{}) + "|" + unit; got != tt.want {
			t.Errorf("ParseStatedAs(%q, %v) = %q, want %q", tt.stated, tt.measure, got, tt.want)
		}
	}
}

// TestLocalAreaAdvice checks the advice for a local area with no code in
// a catalog whose sources have a home: the area that holds it where the
// name says it, else the rule.
func TestLocalAreaAdvice(t *testing.T) {
	tests := []struct{ entity, home, want string }{
		{"East Dorset", "GB", `write the area that holds it, "GB-DOR" (Dorset), and name "East Dorset" in the title`},
		{"Purbeck", "GB", `write the area that holds it, its county or region (its ISO 3166-2 code or a GSS region code), or "GB" (United Kingdom) itself, and name "Purbeck" in the title`},
		{"East Texas", "US", `"US-TX" (Texas), and name "East Texas" in the title`},
		{"Glasgow City", "GB", ""},
		{"North Ayrshire", "GB", ""},
	}
	for _, tt := range tests {
		err := indicators.CheckEntityFor(tt.entity, tt.home)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if tt.want == "" && err != nil && strings.Contains(got, "local area") || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("CheckEntityFor(%q, %q) = %q, want it to contain %q", tt.entity, tt.home, got, tt.want)
		}
	}
}

// TestUserNotices checks the notices round G asked for: a part of a
// whole the document names, counted in the whole's unit, gets none (as
// its siblings get none); a crime counted as a victimization still gets
// one where no figure names victimizations; a section whose heading the
// document repeats names the other heading's line and the section to
// write for it.
func TestUserNotices(t *testing.T) {
	const (
		insolvency = "In 2024, there were 23,872 registered company insolvencies, comprising 18,840 creditors’ voluntary liquidations (CVLs), 1,597 administrations and 3,230 compulsory liquidations.\n"
		crime      = "The NCVS measured 100 million crimes in 1993.\n"
		fire       = "Fire statistics\nKey results\nFRSs attended 592,996 incidents, a decrease of 5.6% compared with the previous year.\n1. Incident summary\nKey results\nFRSs attended 592,996 incidents, a decrease of 5.6% compared with the previous year.\n"
		births     = "Main points\nThere were 698,512 live births in 2013.\n2. Live births by age\nMain points\nThere were 698,512 live births in 2013.\n"
	)
	entry := func(id, stated, unit, quote, section string) string {
		u, s := "", ""
		if unit != "" {
			u = "    unit: " + unit + "\n"
		}
		if section != "" {
			s = "        section: [" + section + "]\n"
		}
		return fmt.Sprintf("  - id: %s\n    title: %s\n    entities: [GB-EAW]\n    measure: flow\n    status: fact\n    period: 2024\n    stated: %q\n%s    provenance:\n      - source: doc\n%s        quote: %q\n", id, id, stated, u, s, quote)
	}
	tests := []struct {
		name, doc, entries string
		want               []string // the notices, without their position
	}{
		{"insolvency: parts of a named whole", insolvency,
			entry("total", "23,872 registered company insolvencies", "", "23,872 registered company insolvencies", "") +
				entry("adm", "1,597", "insolvency", "1,597 administrations", "") +
				entry("comp", "3,230", "insolvency", "3,230 compulsory liquidations", ""), nil},
		{"insolvency: no whole named", insolvency,
			entry("adm", "1,597", "insolvency", "1,597 administrations", ""),
			[]string{`the quote counts "administrations" after "1,597", but unit "insolvency" counts another thing: if the figure counts administrations, write stated: "1,597 administrations" and leave the unit out`}},
		{"crime: crimes as victimizations", crime,
			strings.Replace(entry("x", "100 million", "victimization", "100 million crimes", ""), "2024", "1993", 1),
			[]string{`the quote counts "crimes" after "100 million", but unit "victimization" counts another thing: if the figure counts crimes, write stated: "100 million crimes" and leave the unit out`}},
		{"fire: Key results twice", fire,
			entry("inc", "5.6%", "", "a decrease of 5.6% compared with the previous year", "Key results"),
			[]string{`section heading "Key results" stands at lines 2 and 5 of source "doc"; the quote at line 3 is taken under the first: to mean the one at line 5, write section: ["1. Incident summary", "Key results"]`}},
		{"births: Main points twice", births,
			strings.Replace(entry("b", "698,512 live births", "", "There were 698,512 live births in 2013.", "Main points"), "2024", "2013", 1),
			[]string{`section heading "Main points" stands at lines 1 and 4 of source "doc"; the quote at line 2 is taken under the first: to mean the one at line 4, write section: ["2. Live births by age", "Main points"]`}},
		{"births: the second, named", births,
			strings.Replace(entry("b", "698,512 live births", "", "There were 698,512 live births in 2013.", "2. Live births by age, Main points"), "2024", "2013", 1), nil},
	}
	for _, tt := range tests {
		src := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n%s", sha(tt.doc), tt.entries)
		c, err := indicators.Parse("c.yaml", []byte(src), func(string) ([]byte, error) { return []byte(tt.doc), nil })
		if err != nil {
			t.Errorf("%s: Parse: %v", tt.name, err)
			continue
		}
		var got []string
		for _, e := range c.QuoteNotices() {
			msg := e.Error()
			if _, rest, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(msg, "c.yaml:") {
				msg = rest
			}
			got = append(got, msg)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: QuoteNotices = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestUserOneMessage checks that one mistake gets one message: an
// unknown measure is not reported again on the view that draws it.
func TestUserOneMessage(t *testing.T) {
	const doc = "Passengers rose 3.4 percent. Domestic passengers rose 3.0 percent.\n"
	ind := func(id, measure, stated string) string {
		return fmt.Sprintf("  - id: %s\n    title: %s\n    entities: [US]\n    measure: %s\n    status: fact\n    stated: %q\n    direction: up\n    period: 2017\n    base: 2016\n    provenance:\n      - source: doc\n        quote: %q\n", id, id, measure, stated, "rose "+stated)
	}
	rest := "indicators:\n" + ind("a", "growth", "3.4 percent") + ind("b", "change", "3.0 percent") +
		"views:\n  - id: v\n    title: Growth\n    kind: bars\n    indicators: [a, b]\n"
	got := parseCatalogIn(t, doc, "    text: doc.txt\n", rest)
	want := []string{`c.yaml:10:14: unknown measure "growth": a figure that is a growth is measured as a change: write change (the kinds are flow, stock, share, change, count, rank, threshold, level)`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Parse messages = %q, want %q", got, want)
	}
}
