package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/claimbook/claimbook/indicators"
)

// Counts that say what an amount or a promise is for. Statements of aid
// commitments list what the money will do: "The U.S. is committing $200
// million over five years to train more than 420,000 teachers in Africa,
// to provide scholarships to 250,000 African girls, …" (each count a
// target of the pledged amount, whose giver and recipient it shares), and
// "The $5 billion AIDS package … will prevent 7 million new HIV
// infections, treat at least 2 million people … and provide humane care
// for 10 million …" (a "will" that the later verbs share).

// purposeAmount returns the amount before m in its sentence that m's
// count is the purpose of: a pledged amount followed by "to" and a verb
// ("committing $200 million over five years to train …").
func (d *docDraft) purposeAmount(m Mention) (Mention, bool) {
	if m.Kind == Currency {
		return Mention{}, false
	}
	text := d.src.Text
	run := d.mentionsOf(m.Sentence)
	for i := len(run) - 1; i >= 0; i-- {
		o := run[i]
		if o.Sentence != m.Sentence || o.Span.End > m.Span.Start || o.Kind != Currency {
			continue
		}
		if d.parentStatus(o) != indicators.Pledge || !purposeTo(words(joinBroken(text[o.Span.End:m.Span.Start]))) {
			return Mention{}, false
		}
		return o, true
	}
	return Mention{}, false
}

// purposeTo reports whether words hold an infinitive of purpose: "to"
// and a lower-case word that is no stop word ("to train", not "to the").
func purposeTo(ws []string) bool {
	for k := 0; k+1 < len(ws); k++ {
		next := strings.Trim(ws[k+1], ",;:")
		if ws[k] == "to" && isLowerWord(next) && !titleStop[next] && !hasDigit(next) {
			return true
		}
	}
	return false
}

// sharedWill returns whether the clause of m at cs opens with a bare verb
// that shares the "will" of an earlier clause of its sentence, after a
// figure: "will prevent 7 million new HIV infections, treat at least 2
// million people …".
func (d *docDraft) sharedWill(m Mention, cs int) bool {
	text := d.src.Text
	f := words(joinBroken(text[cs:m.Span.Start]))
	if len(f) > 0 && f[0] == "and" {
		f = f[1:]
	}
	if len(f) == 0 {
		return false
	}
	v := strings.Trim(f[0], ",;:")
	if !isLowerWord(v) || titleStop[v] || subjectEnds[v] || participles[v] || participle(v) != "" || strings.HasSuffix(v, "ed") {
		return false
	}
	earlier := words(strings.ToLower(joinBroken(text[m.Sentence.Start:cs])))
	if !slices.Contains(earlier, "will") {
		return false
	}
	return slices.ContainsFunc(d.mentionsOf(m.Sentence), func(o Mention) bool {
		return o.Sentence == m.Sentence && o.Span.End <= cs && o.Span.Start > m.Sentence.Start+strings.Index(strings.ToLower(text[m.Sentence.Start:cs]), "will")
	})
}

// listRegions are the regions, smallest first, that a list of the
// countries an amount helps may all lie in: "to help Kenya, Ethiopia,
// Djibouti, Uganda, and Tanzania" is aid to sub-Saharan Africa.
var listRegions = []string{"202", "002", "150", "142", "419", "009"}

// regionOfList returns the region that holds every country of codes but
// the first, the giver, when they are three or more: the giver helps the
// region.
func regionOfList(codes []string) (string, bool) {
	if len(codes) < 4 {
		return "", false
	}
	for _, rc := range listRegions {
		r, err := language.ParseRegion(rc)
		if err != nil {
			continue
		}
		all := true
		for _, c := range codes[1:] {
			cr, err := language.ParseRegion(c)
			all = all && err == nil && r.Contains(cr)
		}
		if all {
			return rc, true
		}
	}
	return "", false
}

// continentOf returns the first continent the document names ("teachers in
// Africa"), which "the continent" then refers to, or "". The whole text is
// read once: every claim asks.
func (d *docDraft) continentOf() string {
	if d.continentOK {
		return d.continent
	}
	d.continentOK = true
	for _, p := range d.docPlaces() {
		switch p.code {
		case "002", "019", "142", "150", "009":
			d.continent = p.code
			return p.code
		}
	}
	return ""
}

// monthsAhead returns the span of years that "over the next N months"
// after m covers from the dateline, or false.
func (d *docDraft) monthsAhead(m Mention, ce int) (indicators.Period, string, bool) {
	if d.dateline.IsZero() {
		return indicators.Period{}, "", false
	}
	ws := words(strings.ToLower(joinBroken(d.src.Text[m.Span.End:ce])))
	for k := 0; k+4 < len(ws) && k < 3; k++ {
		if ws[k] != "over" && ws[k] != "in" && ws[k] != "during" || ws[k+1] != "the" || ws[k+2] != "next" || strings.Trim(ws[k+4], ",.;:") != "months" {
			continue
		}
		n, err := strconv.Atoi(ws[k+3])
		if err != nil || n <= 0 {
			return indicators.Period{}, "", false
		}
		if d.dateline.Month == 0 {
			return indicators.Period{}, "", false
		}
		from := d.dateline.Year
		to := from + (int(d.dateline.Month)-1+n)/12
		p := indicators.YearPeriod(from)
		if to > from {
			p.To = indicators.Date{Year: to}
		}
		return p, fmt.Sprintf("\"the next %d months\" from the dateline's %d-%02d", n, from, d.dateline.Month), true
	}
	return indicators.Period{}, "", false
}
