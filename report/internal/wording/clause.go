package wording

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// whatAndWhen returns what the bars of a chart are and when, the part of
// its subtitle after the unit, as one clause a reader takes in at once:
// what the reported figures are, by measure, each noun once ("weekly
// totals and a 4-week average"); when (one period, or "for the periods
// on the bars"); then what the commitments are ("and a target, year not
// stated in the source"); and, only where the reported figures mix
// statuses, a short note ("some figures are estimates"). A period that
// title states, the one period of every bar, is not said again.
func whatAndWhen(title string, units []string, bars []Bar) string {
	var reported, promised []Bar
	periods := map[indicators.Period]bool{}
	for _, b := range bars {
		periods[b.Period] = true
		if b.Status.IsCommitment() {
			promised = append(promised, b)
		} else {
			reported = append(reported, b)
		}
	}
	// The title says when where it says every bar's period: "2022 and
	// 2023" said again after "…, 2022 and 2023" (s29z-overflows).
	titled := true
	for p := range periods {
		titled = titled && SaysPeriod(title, p)
	}
	if len(periods) == 1 && !bars[0].Period.IsStated() && len(reported) > 0 && len(promised) > 0 {
		// No figure says when: what they are, then that once ("facts
		// and pledges, year not stated in the source").
		var what []string
		for _, b := range reported {
			k := reportedNoun(b, reported)
			if k == "" {
				k = b.Status.String()
			}
			what = AppendOnce(what, k)
		}
		for _, b := range promised {
			what = AppendOnce(what, What(b.Figure, false))
		}
		return JoinAnd(pluralsOf(what, bars)) + ", year" + notStated + " in the source"
	}
	clause := reportedClause(reported, units, titled)
	for i, c := range promisedClauses(promised, titled) {
		switch {
		case clause == "" && i == 0 && len(reported) > 0:
			// Reported figures the unit and title say all of are named by
			// their status beside the commitments: "facts and targets",
			// never "targets" over bars half of which are facts
			// (s26w-driving).
			var what []string
			for _, b := range reported {
				what = AppendOnce(what, b.Status.String())
			}
			clause = JoinAnd(append(pluralsOf(what, bars), c))
		case clause == "":
			clause = c
		case i == 0 && len(reported) > 0:
			// "annual total, 2014, and a target for 2020": the comma keeps
			// the year with the total.
			if len(promised) == 1 {
				c = article(c) + " " + c
			}
			if strings.Contains(clause, ",") || strings.Contains(clause, " and ") {
				clause += ","
			}
			clause += " and " + c
		default:
			clause += " and " + c
		}
	}
	if note := statusNote(reported); note != "" {
		if clause == "" {
			return note
		}
		clause += "; " + note
	}
	return clause
}

// reportedClause says what reported figures (facts, estimates,
// projections) are and when: "annual total, 2014", "weekly totals and a
// 4-week average for the periods on the bars", "2022".
func reportedClause(bars []Bar, units []string, titled bool) string {
	if len(bars) == 0 {
		return ""
	}
	var nouns []string
	count := map[string]int{}
	var times []string
	for _, b := range bars {
		k := reportedNoun(b, bars)
		if k == "change" && changeSaid(units) {
			k = "" // "Percent increase", never "Percent increase; change"
		}
		if k != "" {
			if count[k] == 0 {
				nouns = append(nouns, k)
			}
			count[k]++
		}
		t := When(b.Figure, false)
		switch span, previous := BaseSpan(b); {
		case span != "" && !previous && b.Unit.Kind == indicators.Percent:
			t = "" // "Percent increase from Q2 2013 to Q2 2014" says both
		case span != "" && k == "change":
			// "Number; change from FY 2009–10 to FY 2019–20", and over
			// the quarter before too: "£ billion; change from Q4 2014 to
			// Q1 2015", never "change" of no base under a title of Q1.
			t = "from " + b.Base.Label() + " to " + b.Period.Label()
		case titled:
			t = ""
		}
		times = AppendOnce(times, t)
	}
	t := times[0]
	if len(times) > 1 && samePeriod(bars) {
		t = ", " + bars[0].Period.Label() // "value, 2014", never "for the years on the bars" of one year
	} else if len(times) > 1 {
		t = manyTimes(bars)
		if len(nouns) == 0 {
			t = fewTimes(bars, t)
		}
	}
	for i, k := range nouns {
		switch {
		case strings.HasSuffix(k, computedFrom) && count[k] < len(bars):
			// Computed beside stated figures the unit names: how many
			// are computed, never "share computed from stated figures"
			// over three bars of which two are as published (s29z-foi).
			if count[k] == 1 {
				nouns[i] = "one " + k
			} else {
				nouns[i] = strconv.Itoa(count[k]) + " " + pluralNoun(k)
			}
		case count[k] > 1 && (len(nouns) > 1 || len(times) > 1 || titled && !samePeriod(bars)):
			// Several sorts, or several times: each says it is many
			// ("weekly totals and a 4-week average").
			nouns[i] = pluralNoun(k)
		case len(nouns) > 1:
			nouns[i] = article(k) + " " + k
		}
		if titled && k == "total" && samePeriod(bars) {
			// The title says when; a flow says over what: "Number; total
			// for the quarter" under "…, January to March 2022".
			nouns[i] = "total for the " + spanWord(bars[0].Period)
		}
	}
	what := JoinAnd(nouns)
	if what != "" && len(nouns) > 1 && strings.HasPrefix(t, ", ") {
		t = " for " + strings.TrimPrefix(t, ", ") // "weekly totals and an average for 2020"
		return what + t
	}
	if (what == "value" || what == "values" || what == "total") && (t == "" || !strings.Contains(t, "not stated in the source")) && (what != "total" || strings.Contains(t, "(reported ")) {
		// A stock's "value" says only its time: the subtitle says the
		// time alone after the unit ("US$ billion, as of 2013",
		// "Number of enrolments, 2021/22"), never "value as of
		// 2021/22", which reads as machine text (s19m-students); a
		// date not stated keeps "value at a point in time"; with
		// no time to say, the unit alone ("£ billion", never "£
		// billion; value" under a title of its date, s14d-finances).
		// A total of no stated period is no total over a period: "£
		// million, period not stated (reported 8 September 2011)" of
		// three schemes' costs (s24s-flooding).
		if rest, ok := strings.CutPrefix(t, "in "); ok {
			t = ", " + rest
		}
		return strings.TrimPrefix(strings.TrimSpace(t), ", ")
	}
	return strings.TrimSpace(JoinWhen(what, t))
}

// reportedNoun names what a reported figure b is, by its measure, among
// the others of its chart: "annual total" (only where every flow is
// annual), "weekly total", "4-week average" (a level over a span),
// "weekly level" (a stock of one week), "value", "change", "threshold";
// "" where the unit says it (a share, a count).
func reportedNoun(b Bar, all []Bar) string {
	f := b.Figure
	switch {
	case f.Op != "":
		return f.Op + computedFrom
	case f.Measure == indicators.Stock && weeks(f.Period) == 1:
		return "weekly level" // of a week, not "as of" it
	case f.Measure == indicators.Stock:
		return "value"
	case f.Measure == indicators.Flow && f.Unit.Per != "":
		return "rate"
	case f.Measure == indicators.Flow:
		if w := weeks(f.Period); w == 1 {
			return "weekly total"
		}
		if f.Cadence != "" {
			return f.Cadence + " amount" // "£539 a week" is no annual total
		}
		for _, o := range all {
			if o.Measure == indicators.Flow && o.Unit.Per == "" && o.Op == "" && !annual(o.Period) {
				return "total"
			}
		}
		return "annual total"
	case f.Measure == indicators.Change:
		return "change"
	case f.Measure == indicators.Threshold:
		return "threshold"
	case f.Measure == indicators.Level && weeks(f.Period) == 1:
		if s := levelNoun(f); s != "level" {
			return s // "rates for the weeks on the bars"
		}
	case f.Measure == indicators.Level && f.Period.IsSpan() && !f.Period.UpTo && f.Period.From.Day != 0 && f.Period.To.Day != 0:
		// A level over days (a moving average) is an average of them,
		// never a total; over months or quarters it is the unit's own.
		return AverageNoun(f.Period)
	case f.Measure == indicators.Level:
		if s := levelNoun(f); s != "level" {
			return s
		}
	}
	return ""
}

// AverageNoun names a level over span p, which is an average of it, not
// a total: "weekly average" over a week, "4-week average" over four,
// "average over the period" otherwise.
func AverageNoun(p indicators.Period) string {
	switch w := weeks(p); {
	case w == 1:
		return "weekly average"
	case w > 1:
		return strconv.Itoa(w) + "-week average"
	}
	return "average over the period"
}

// weeks returns how many whole weeks span p covers, its first and last
// days included (12–18 April is 1), or 0 if p is no span of days or not
// of whole weeks.
func weeks(p indicators.Period) int {
	if !p.IsSpan() || p.UpTo || p.From.Day == 0 || p.To.Day == 0 {
		return 0
	}
	from := time.Date(p.From.Year, p.From.Month, p.From.Day, 0, 0, 0, 0, time.UTC)
	to := time.Date(p.To.Year, p.To.Month, p.To.Day, 0, 0, 0, 0, time.UTC)
	days := int(to.Sub(from).Hours()/24) + 1
	if days <= 0 || days%7 != 0 {
		return 0
	}
	return days / 7
}

// promisedClauses say what commitments are and when, each sort once
// and those of one time together: "target for 2020", "targets for the
// years on the bars", "pledge and intention with no year stated in the
// source".
func promisedClauses(bars []Bar, titled bool) []string {
	var kinds []string
	groups := map[string][]Bar{}
	for _, b := range bars {
		k := What(b.Figure, false)
		if groups[k] == nil {
			kinds = append(kinds, k)
		}
		groups[k] = append(groups[k], b)
	}
	var times []string
	at := map[string][]string{}
	for _, k := range kinds {
		g := groups[k]
		var ts []string
		for _, b := range g {
			ts = AppendOnce(ts, promisedWhen(b))
		}
		t := ts[0]
		switch {
		case titled:
			t = ""
		case len(ts) > 1:
			t = manyTimes(g)
		}
		if len(g) > 1 {
			k = pluralNoun(k)
		}
		if at[t] == nil {
			times = append(times, t)
		}
		at[t] = append(at[t], k)
	}
	var out []string
	for _, t := range times {
		out = append(out, strings.TrimSpace(JoinWhen(JoinAnd(at[t]), t)))
	}
	return out
}

// promisedWhen says when a commitment is due: "for 2025", "with no year
// stated in the source".
func promisedWhen(b Bar) string {
	if !b.Period.IsStated() {
		return "with no year stated in the source"
	}
	return When(b.Figure, false)
}

// statusNote returns the short note a subtitle ends with where reported
// figures mix statuses: "some figures are estimates"; "" where they are
// of one status.
func statusNote(bars []Bar) string {
	var others []string
	mixed := false
	for _, b := range bars {
		if b.Status != bars[0].Status {
			mixed = true
		}
		if b.Status != indicators.Fact {
			others = AppendOnce(others, b.Status.String()+"s")
		}
	}
	if !mixed || len(others) == 0 {
		return ""
	}
	return "some figures are " + JoinAnd(others)
}

// OneStatus reports whether bars are all of one status other than fact,
// none a commitment (all estimates, say): a chart of them keys no colour,
// as a key of one entry ("Estimate") tells no bar from another and says
// nothing a reader needs to read them (s16g-lifeexp); the subtitle says
// it ("Percent, 2014 (estimates)", Subtitle) and the Indicators sheet
// each figure's.
func OneStatus(bars []Bar) bool {
	if len(bars) == 0 || bars[0].Status == indicators.Fact {
		return false
	}
	for _, b := range bars {
		if b.Status != bars[0].Status || b.Status.IsCommitment() {
			return false
		}
	}
	return true
}

// samePeriod reports whether bars are all of one period.
func samePeriod(bars []Bar) bool {
	for _, b := range bars {
		if b.Period != bars[0].Period {
			return false
		}
	}
	return true
}

// pluralsOf returns the nouns what, each in the plural where more than
// one of bars is of it (by its reported noun, status or commitment).
func pluralsOf(what []string, bars []Bar) []string {
	out := make([]string, len(what))
	for i, k := range what {
		n := 0
		for _, b := range bars {
			if w := What(b.Figure, false); b.Status.IsCommitment() && w == k ||
				!b.Status.IsCommitment() && (reportedNoun(b, bars) == k || reportedNoun(b, bars) == "" && b.Status.String() == k) {
				n++
			}
		}
		out[i] = k
		if n > 1 {
			out[i] = pluralNoun(k)
		}
	}
	return out
}

// fewTimes returns the periods of bars said in full where they are two
// and stated ("2021 and 2022"), else "figures" and many, the times
// manyTimes says ("figures for the years on the bars"): what a subtitle
// says of figures its unit names.
func fewTimes(bars []Bar, many string) string {
	var ps []indicators.Period
	for _, b := range bars {
		if !b.Period.IsStated() || b.Period.UpTo {
			return "figures " + many
		}
		if !slices.Contains(ps, b.Period) {
			ps = append(ps, b.Period)
		}
	}
	slices.SortStableFunc(ps, func(a, b indicators.Period) int { return cmp.Compare(a.From.Years(), b.From.Years()) })
	var labels []string
	for _, p := range ps {
		labels = AppendOnce(labels, p.Label())
	}
	if len(labels) <= 2 {
		return JoinAnd(labels)
	}
	return "figures " + many
}

// pluralNoun returns the plural of a noun phrase of a subtitle: "weekly
// totals", "4-week averages", "averages over the period", "changes
// computed from stated figures".
func pluralNoun(k string) string {
	head, rest, ok := strings.Cut(k, " over ")
	if !ok {
		head, rest, ok = strings.Cut(k, " computed ")
		rest = "computed " + rest
	} else {
		rest = "over " + rest
	}
	if strings.HasSuffix(head, "s") {
		return k
	}
	if ok {
		return head + "s " + rest
	}
	return k + "s"
}

// article returns "a" or "an" for a noun phrase.
func article(k string) string {
	if k != "" && strings.ContainsRune("aeiou8", rune(k[0])) {
		return "an"
	}
	return "a"
}
