package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Financing releases of lenders (drafts22, the kinds of the World Bank's
// release on about $1.1 billion for three projects in Bangladesh):
//
//	The World Bank approved $1.1 billion for three projects in Bangladesh
//	→ a fact, titled "World Bank financing approved for three projects in
//	Bangladesh"; the World Bank is the proposed publisher, and Bangladesh
//	the place of every later figure that names none
//	$400 million in additional financing for the X Program; $375 million
//	for the Y Project → facts, "Additional financing for the X Program",
//	"Financing for the Y Project"
//	would improve … by increasing net enrollment to 98 percent and the
//	primary completion rate to 80 percent → targets, shares, each titled
//	by the noun phrase before its own "to"
//	The project will ensure textbook delivery to 90 percent of the schools
//	→ a target
//	the ongoing US$300 Third Primary Education Development Program → no
//	scale word among amounts in millions: explained, not drafted

// lenderNames are the lenders whose release's lead may say "The … approved
// …": the name as written, and the publisher a catalog writes.
var lenderNames = []struct{ form, name string }{
	{"World Bank Group", "World Bank Group"}, {"World Bank", "World Bank"},
	{"International Development Association", "International Development Association"}, {"IDA", "International Development Association"},
	{"International Finance Corporation", "International Finance Corporation"}, {"IFC", "International Finance Corporation"},
	{"International Monetary Fund", "International Monetary Fund"}, {"IMF", "International Monetary Fund"},
	{"Asian Development Bank", "Asian Development Bank"}, {"ADB", "Asian Development Bank"},
	{"African Development Bank", "African Development Bank"}, {"AfDB", "African Development Bank"},
	{"Inter-American Development Bank", "Inter-American Development Bank"}, {"IDB", "Inter-American Development Bank"},
	{"Asian Infrastructure Investment Bank", "Asian Infrastructure Investment Bank"}, {"AIIB", "Asian Infrastructure Investment Bank"},
	{"European Bank for Reconstruction and Development", "European Bank for Reconstruction and Development"}, {"EBRD", "European Bank for Reconstruction and Development"},
	{"European Investment Bank", "European Investment Bank"}, {"EIB", "European Investment Bank"},
	{"Islamic Development Bank", "Islamic Development Bank"},
}

// A lenderRelease is what a lender's lead says: who approved financing,
// and for which country.
type lenderRelease struct {
	form, name  string // the lender as written, and its publisher name
	code, place string // the country the financing is for, and its name as written
	forAt       int    // where the lead's "for …" phrase starts, in bytes, or 0
	purposeAt   int    // where the lead's "to support …" phrase starts, in bytes, or 0
	leadAt      int    // where the lead starts, past date lines
}

// lenderReleaseOf reads a text's first sentence as a lender's lead: "The
// World Bank approved … for … in Bangladesh". ok is false for any other
// opening.
func lenderReleaseOf(text string) (lenderRelease, bool) {
	leadAt := skipDateLines(text)
	lead := strings.TrimSpace(text[leadAt:])
	if i := strings.Index(lead, ". "); i >= 0 {
		lead = lead[:i]
	}
	if i := strings.IndexByte(lead, '\n'); i >= 0 {
		lead = lead[:i]
	}
	rest := strings.TrimPrefix(lead, "The ")
	var r lenderRelease
	for _, l := range lenderNames {
		if strings.HasPrefix(rest, l.form+" ") {
			r.form, r.name = l.form, l.name
			rest = rest[len(l.form)+1:]
			if k := strings.Index(rest, ") "); strings.HasPrefix(rest, "(") && k > 1 && k < 8 && strings.ToUpper(rest[1:k]) == rest[1:k] {
				// "The Inter-American Development Bank (IDB) approved":
				// the short name the release goes on with.
				r.form, rest = rest[1:k], rest[k+2:]
			}
			break
		}
	}
	if r.form == "" {
		return r, false
	}
	// "The World Bank approved", "The IMF's Executive Board approved",
	// "The World Bank today approved".
	v := strings.Index(rest, "approved ")
	if v < 0 || v > 40 {
		return r, false
	}
	at := len(lead) - len(rest) + v
	f := strings.Index(lead[at:], " for ")
	if g := lenderPurposeRe.FindStringIndex(lead[at:]); g != nil && (f < 0 || g[0] < f) {
		// "a $100 million program to support … in El Salvador".
		r.purposeAt = leadAt + at + g[0]
		f = g[0]
	} else if f < 0 {
		return r, false
	} else {
		r.forAt = leadAt + at + f + 1
	}
	from := at + f + 1
	for _, p := range placesIn(lead[from:], from) {
		if strings.HasSuffix(lead[:p.start], " in ") && len(p.code) == 2 {
			r.code, r.place = p.code, lead[p.start:p.end]
			r.leadAt = leadAt
			return r, true
		}
	}
	return r, false
}

// lenderForRe is the phrase an amount of a lender's list is for: "$400
// million in additional financing for the … Program;", "$375 million for
// the … Project".
var lenderForRe = lazyRegexp(`^\s*(?:in ([a-z][a-z ]*?) )?for ((?:the )?[^;,.]+?)\s*(?:[;,.]|$| and \$)`)

// lenderToRe is an item of "increasing A to N% and B to M%": the words
// before the figure's own "to".
var lenderToRe = lazyRegexp(`(?:\bby (?:increasing|raising|improving|reducing|cutting|lowering)|\band|,) ((?:the )?[a-z][a-z -]*?) to $`)

// lenderClaim places, marks and titles the figures of a lender's
// financing release.
func (d *docDraft) lenderClaim(cl *claim, m Mention, cs, ce int) {
	if !d.lenderOK {
		return
	}
	r := d.lender
	ind := &cl.ind
	text := d.src.Text
	before := joinBroken(text[m.Sentence.Start:m.Span.Start])
	lowBefore := strings.ToLower(before)
	after := joinBroken(text[m.Span.End:m.Sentence.End])
	// Where: the country the lead says the financing is for.
	if len(ind.Entities) == 0 && ind.Counterpart == "" {
		ind.Entities = []string{r.code}
		cl.fieldNotes["entities"] = fmt.Sprintf("%s, the country the %s's lead approves financing for", r.place, r.form)
		declare(cl.fieldNotes, "entities", "entities/lenderClaim")
		cl.notes = deleteEntityNotes(cl.notes)
	}
	money := ind.Unit.Kind == indicators.Money
	// The lead's own amount: the financing approved.
	leadVerb := strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(lowBefore, " "), " a"), " an")
	if money && m.Sentence.Start == d.leadStart() && strings.HasSuffix(leadVerb, "approved") ||
		money && strings.HasSuffix(strings.TrimRight(lowBefore, " "), "approved approximately") {
		ind.Status, cl.fieldNotes["status"] = indicators.Fact, `"approved": financing the lender has approved`
		declare(cl.fieldNotes, "status", "status/lenderClaim#1")
		if m.Span.End <= r.purposeAt && r.purposeAt < m.Sentence.End {
			// "a $100 million program to support the vulnerable
			// population in El Salvador": the noun after the amount and
			// its purpose, up to the country.
			what := strings.TrimSpace(text[m.Span.End:r.purposeAt])
			purpose := text[r.purposeAt:m.Sentence.End]
			if i := strings.Index(purpose, r.place); i >= 0 {
				purpose = purpose[:i+len(r.place)]
			}
			if what != "" {
				what += " "
			}
			ind.Title, cl.fieldNotes["title"] = r.form+" financing approved for a "+what+clauseEnd(purpose), "what the lead says the lender approved financing for"
			declare(cl.fieldNotes, "title", "title/lenderClaim#1")
		}
		if m.Span.End <= r.forAt && r.forAt < m.Sentence.End {
			if g := lenderForRe.FindStringSubmatch(text[m.Span.End:m.Sentence.End]); g != nil || true {
				phrase := clauseEnd(text[r.forAt+len("for ") : m.Sentence.End])
				ind.Title, cl.fieldNotes["title"] = r.form+" financing approved for "+phrase, "what the lead says the lender approved financing for"
				declare(cl.fieldNotes, "title", "title/lenderClaim#2")
			}
		}
		return
	}
	if money && hasPhrase(strings.ToLower(text[m.Sentence.Start:m.Sentence.End]), "approved") {
		// "The projects approved … are $400 million in additional
		// financing for the … Program; $375 million for the … Project".
		if g := lenderForRe.FindStringSubmatch(after); g != nil {
			head := "Financing"
			if g[1] != "" {
				head = upperFirst(g[1])
			}
			ind.Status, cl.fieldNotes["status"] = indicators.Fact, `"approved": financing the lender has approved`
			declare(cl.fieldNotes, "status", "status/lenderClaim#2")
			ind.Title, cl.fieldNotes["title"] = head+" for "+g[2], "the item's own \"for\" phrase"
			declare(cl.fieldNotes, "title", "title/lenderClaim#3")
		}
		return
	}
	if ind.Unit.Kind != indicators.Percent {
		return
	}
	trimmed := strings.TrimRight(before, " ")
	if g := lenderToRe.FindStringSubmatch(trimmed + " "); g != nil && strings.Contains(lowBefore, "by ") {
		// "improve … by increasing net enrollment to 98 percent": the
		// programme's goal, the level it reaches.
		ind.Measure, cl.fieldNotes["measure"] = indicators.Share, `"to": the level the rate reaches, a share ("by" is the means)`
		declare(cl.fieldNotes, "measure", "measure/lenderClaim")
		ind.Quantity.Direction = indicators.NoDirection
		ind.Status, cl.fieldNotes["status"] = indicators.Target, `"by increasing … to": the programme's goal`
		declare(cl.fieldNotes, "status", "status/lenderClaim#3")
		prog := "programme"
		if strings.Contains(text, "Program") || strings.Contains(text, "program") {
			prog = "program"
		}
		ind.Title, cl.fieldNotes["title"] = upperFirst(strings.TrimPrefix(g[1], "the "))+" the "+prog+" aims to reach", "the noun phrase before the figure's own \"to\""
		declare(cl.fieldNotes, "title", "title/lenderClaim#4")
		return
	}
	if i := strings.LastIndex(lowBefore, "will ensure "); i >= 0 && ind.Status == indicators.Pledge {
		// "The project will ensure textbook delivery to 90 percent of
		// the schools": what the project is to achieve.
		ind.Status, cl.fieldNotes["status"] = indicators.Target, `"will ensure": what the project is to achieve`
		declare(cl.fieldNotes, "status", "status/lenderClaim#4")
	}
}

// leadStart returns where the text's first sentence starts.
func (d *docDraft) leadStart() int {
	if d.lenderOK {
		return d.lender.leadAt
	}
	return len(d.src.Text) - len(strings.TrimLeft(d.src.Text, " \n\t\r"))
}

// clauseEnd cuts s at the first clause break or relative clause: "three
// projects in Bangladesh that would benefit …" → "three projects in
// Bangladesh".
func clauseEnd(s string) string {
	for _, stop := range []string{",", ";", ".", " that ", " which ", " to ", " by "} {
		if i := strings.Index(s, stop); i >= 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

// deleteEntityNotes drops the notes that ask a person for the places.
func deleteEntityNotes(notes []string) []string {
	var out []string
	for _, n := range notes {
		if !strings.HasPrefix(n, "entities: ") {
			out = append(out, n)
		}
	}
	return out
}

// scaleMissingRe is an amount in a currency with no scale word before a
// programme's capitalised name: "the ongoing US$300 Third Primary
// Education Development Program".
var scaleMissingRe = lazyRegexp(`^ (?:[A-Z][a-z]+ ){1,6}(?:Program|Programme|Project|Fund|Facility|Initiative)\b`)

// scaleMissing explains an amount with no scale word before a
// programme's name, in a text whose other amounts are in millions or
// billions: a typo of the scale, not a claim.
func (d *docDraft) scaleMissing(m Mention, u indicators.Unit) string {
	if u.Kind != indicators.Money || strings.ContainsAny(m.Text, " ") && strings.Contains(strings.ToLower(m.Text), "illion") {
		return ""
	}
	low := strings.ToLower(m.Text)
	for _, w := range []string{"thousand", "million", "billion", "trillion"} {
		if strings.Contains(low, w) {
			return ""
		}
	}
	text := d.src.Text
	if !scaleMissingRe.MatchString(text[m.Span.End:m.Sentence.End]) {
		return ""
	}
	scaled := 0
	for _, o := range d.mentions {
		lo := strings.ToLower(o.Text)
		if o.Span != m.Span && (strings.Contains(lo, "million") || strings.Contains(lo, "billion")) && strings.ContainsAny(o.Text, "$€£¥") {
			scaled++
		}
	}
	if scaled < 2 {
		return ""
	}
	return "an amount with no scale word before a programme's name, where the text's other amounts are in millions or billions: scale word missing? write it by hand if it is a claim"
}
