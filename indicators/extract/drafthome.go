package extract

import (
	"fmt"
	"strings"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/claimbook/claimbook/indicators"
)

// A government's release in the first person about a two-party agreement
// (drafts20, the kinds of the New Zealand Government's release on its
// free trade agreement with the EU):
//
//	The EU FTA will increase our exports to the EU → "our" is the
//	government's country (NZ), even when the headline starts with the
//	other party; entities NZ, counterpart EU
//	$100 million → NZD in a release of a dollar country other than the
//	U.S., with a comment saying why
//	Aotearoa’s fourth-largest trading partner → the partner (EU) is the
//	entity, Aotearoa (NZ) the counterpart, a fact whatever the main
//	clause's "is set to"
//	from day one of the agreement entering into force, we will save,
//	will have the opportunity to → projections; "up from 14% today" a
//	fact, titled as the figure before it, today
//	the UK FTA → a name, not a place of the figure
//	New Zealand cheeses could make up 15% of the EU’s imported cheeses →
//	NZ, counterpart EU

// firstPersonRe finds the words of a release written in the first person.
var firstPersonRe = lazyRegexp(`\b(?:[Oo]ur|[Ww]e|[Oo]urs|[Ww]e’ll|[Ww]e'll)\b`)

// ourFlowToRe finds "our exports to the EU": the place after it is not the
// speaker's.
var ourFlowToRe = lazyRegexp(`\b[Oo]ur (?:[a-z]+ )?(?:exports|imports|trade|exporters|investment) (?:to|with|into|from) (?:the )?`)

// firstPersonHome returns the country of a release its government writes
// in the first person ("our exports", "we will save"), and why: of the
// document's two subjects, the one that is not the place of "our exports
// to <place>", else the one country when the other is a union or region.
func (d *docDraft) firstPersonHome() (string, string) {
	text := d.src.Text
	if len(d.subjects) != 2 || len(firstPersonRe.FindAllStringIndex(text, 3)) < 2 || partOf(d.subjects[0], d.subjects[1]) || partOf(d.subjects[1], d.subjects[0]) {
		// A country and a part of it ("the UK", "Great Britain" in a
		// statistics office's "our estimate") are no two parties.
		return "", ""
	}
	other := func(code string) string {
		for _, s := range d.subjects {
			if s != code {
				return s
			}
		}
		return ""
	}
	for _, g := range ourFlowToRe.FindAllStringIndex(text, -1) {
		if ps := placesIn(text[g[1]:min(len(text), g[1]+40)], g[1]); len(ps) > 0 && ps[0].start == g[1] {
			if h := other(ps[0].code); h != "" && h != ps[0].code {
				return h, fmt.Sprintf("%q: the release speaks for the other party, %s", text[g[0]:ps[0].end], h)
			}
		}
	}
	var countries []string
	for _, s := range d.subjects {
		if len(s) == 2 && s != "EU" {
			countries = append(countries, s)
		}
	}
	if len(countries) == 1 {
		return countries[0], fmt.Sprintf("a release in the first person; %s, the one country of its two subjects", countries[0])
	}
	return "", ""
}

// partOf reports whether entity a is an ISO 3166-2 subdivision of
// country b ("GB-GBN" of "GB", "US-GA" of "US").
func partOf(a, b string) bool { return len(b) == 2 && strings.HasPrefix(a, b+"-") }

// dollarCountries are the countries whose own currency a bare "$" names
// in their governments' releases.
var dollarCountries = map[string]string{"NZ": "NZD", "CA": "CAD", "AU": "AUD", "SG": "SGD", "HK": "HKD", "TW": "TWD", "JM": "JMD",
	"BS": "BSD", "BB": "BBD", "BZ": "BZD", "FJ": "FJD", "NA": "NAD", "LR": "LRD", "GY": "GYD", "TT": "TTD", "SB": "SBD", "BN": "BND"}

// homeDollar makes a bare "$" of a figure the dollar of home, a country
// with a dollar of its own, in a release of whose (its government, its
// statistical office), with a note saying why, and reports whether it did;
// never when the figure's clause names a place other than home.
func homeDollar(cl *claim, text string, m Mention, home, whose string) bool {
	cur, ok := dollarCountries[home]
	if !ok || cl.ind.Unit.Kind != indicators.Money || cl.ind.Unit.Currency != currency.USD || !bareDollar(text, m) {
		return false
	}
	for _, e := range cl.ind.Entities {
		if e != home && !partOf(e, home) {
			return false // "The U.S. trade deficit widened to $60 billion": another country's figure (fix17b)
		}
	}
	cl.ind.Unit.Currency = currency.MustParseISO(cur)
	cl.fieldNotes["unit"] = fmt.Sprintf("a bare \"$\" in a release of %s: %s", whose, cur)
	declare(cl.fieldNotes, "unit", "unit/homeDollar")
	return true
}

// bareDollar reports whether a figure's stated text writes a bare "$",
// not "US$", "U.S. $", "NZ$" or an ISO code.
func bareDollar(text string, m Mention) bool {
	i := strings.Index(m.Text, "$")
	if i < 0 || strings.Contains(strings.ToUpper(m.Text), "USD") {
		return false
	}
	at := m.Span.Start + i
	return at == 0 || !isLetterByte(text[at-1]) && !strings.HasSuffix(text[:at], "U.S. ")
}

// codeName returns the English name of a place's code.
func codeName(code string) string {
	if code == "EU" {
		return "the EU"
	}
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	return display.English.Regions().Name(r)
}

// agreementWords follow a place in an agreement's name: "the UK FTA".
var agreementWords = []string{"FTA", "free trade agreement", "Free Trade Agreement", "trade deal", "agreement", "deal"}

// inAgreementName reports whether a place at [start, end) of text stands
// in an agreement's name: "the UK FTA", "NZ-EU FTA".
func inAgreementName(text string, start, end int) bool {
	rest := text[end:min(len(text), end+30)]
	rest = strings.TrimLeft(rest, "-–")
	if ps := placesIn(rest, 0); len(ps) > 0 && ps[0].start == 0 {
		rest = rest[ps[0].end:]
	}
	rest = strings.TrimSpace(rest)
	for _, w := range agreementWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

var (
	// rankPartnerRe is a place's rank among its partners: "Aotearoa’s
	// fourth-largest trading partner".
	rankPartnerRe = lazyRegexp(`^\s*(?:trading|trade|export|import)? ?(?:partner|market|destination|supplier)\b`)
	// shareOfImportsRe is a share of another's imports: "provide up to 60%
	// of the EU’s butter imports", "account for up to 96% of EU imports".
	shareOfImportsRe = lazyRegexp(`^\s*of (?:the )?(.+?)(?:’s|'s)? ((?:[a-z]+ )*?)(imports|imported [a-z]+|market)\b`)
	// todayRe puts a figure in the present: "up from 14% today".
	todayRe = lazyRegexp(`^\s*(?:today|now|currently|at present)\b`)
	// intoForceRe dates savings from an agreement's entry into force.
	intoForceRe = lazyRegexp(`(?i)\b(?:from day one of|once|when|after) (?:the )?(?:agreement|deal|FTA)(?:’s|'s)? (?:entering|enters|entry|comes|coming) into force\b`)
	// outcomeWillRe is a first person's "will" with an outcome verb, or an
	// opportunity: "we will save", "will have the opportunity to".
	outcomeWillRe = lazyRegexp(`(?i)\b(?:will|could|would) (?:(?:save|gain|grow|increase|boost|lift|rise|reach|have the opportunity|be able to)\b)`)
	// thatsRe opens a sentence that points back: "“That’s around three
	// times …".
	thatsRe = lazyRegexp(`^[“"‘']?(?:That|This|It)(?:’s|'s| is| was| will be)\b`)
	// timesTheRe is a multiple of another's amount: "three times the
	// immediate savings from the UK FTA".
	timesTheRe = lazyRegexp(`^\s*the ([a-z][a-z ]*?) (?:from|of|under) (?:the )?([A-Z][A-Za-z ]*?)[,.”"]`)
	// saveInRe is what first-person savings are in: "save around $150
	// million annually in tariffs".
	saveInRe = lazyRegexp(`^\s*(annually|a year|each year|per year|every year)? ?in ([a-z]+)\b`)
	// forProductRe names a product earlier in a sentence: "quota for sheep
	// meat".
	forProductRe = lazyRegexp(`\bfor ([a-z]+(?: [a-z]+)?)[,.;]`)
)

// namesAgreement reports whether the text names an agreement
// (agreementWords) anywhere, read once.
func (d *docDraft) namesAgreement() bool {
	if d.agreement == 0 {
		d.agreement = 2
		for _, w := range agreementWords {
			if hasWord(d.src.Text, w) {
				d.agreement = 1
				break
			}
		}
	}
	return d.agreement == 1
}

// agreementClaim sets the entities, counterpart, unit, status and title of
// a figure of a first-person release about a two-party agreement.
func (d *docDraft) agreementClaim(cl *claim, m Mention, cs, ce int) {
	home, partner := d.fpHome, d.partner()
	if home == "" {
		return
	}
	if d.arrivalsRelease() {
		d.arrivalsClaim(cl, m, home)
		return
	}
	ind := &cl.ind
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	before := text[m.Sentence.Start:m.Span.Start]
	after := text[m.Span.End:m.Sentence.End]
	// Entities.
	ourTo := ourFlowToRe.MatchString(before)
	otherDeal := ""
	for _, p := range placesIn(sent, m.Sentence.Start) {
		if p.code != home && p.code != partner && inAgreementName(text, p.start, p.end) {
			otherDeal = text[p.start:p.end]
		}
	}
	switch {
	case ind.Measure == indicators.RankKind && rankPartnerRe.MatchString(after) && possessivePlace(before) != "":
		// "Aotearoa’s fourth-largest trading partner": the partner's rank
		// among the place's partners, inside a noun phrase: a fact.
		of := possessivePlace(before)
		ent := partner
		if of == partner {
			ent = home
		}
		ind.Entities, ind.Counterpart = []string{ent}, of
		cl.fieldNotes["counterpart"] = fmt.Sprintf("%s's partner is the rank's entity, %s its counterpart", codeName(of), codeName(ent))
		declare(cl.fieldNotes, "counterpart", "counterpart/agreementClaim#1")
		ind.Status, cl.fieldNotes["status"] = indicators.Fact, "a rank inside a noun phrase that describes a party: no cue of the main clause reaches it"
		declare(cl.fieldNotes, "status", "status/agreementClaim#1")
		ind.Title, cl.fieldNotes["title"] = fmt.Sprintf("Rank of %s among %s's trading partners", codeName(ent), codeName(of)), "the partner a rank describes"
		declare(cl.fieldNotes, "title", "title/agreementClaim")
	case otherDeal != "" && hasPhrase(unquoted(strings.ToLower(before)), "between this and"):
		// "Between this and the UK FTA we will save": both agreements'.
		ind.Entities, ind.Counterpart = []string{home}, ""
		cl.fieldNotes["entities"] = fmt.Sprintf("%s, the release's home; %q names another agreement, so no one counterpart", codeName(home), otherDeal)
		declare(cl.fieldNotes, "entities", "entities/agreementClaim#1")
	case !d.namesAgreement():
		// A release in the first person that names two places but no
		// agreement ("our register … from outside the European Economic
		// Area"): the other place is no party of every figure; a
		// counterpart is a place the figure's own words compare it with
		// or say it flows to or from (where38).
		ind.Entities, ind.Counterpart = []string{home}, ""
		cl.fieldNotes["entities"] = fmt.Sprintf("%s, the release's home (it writes in the first person); it names no agreement, so no other party", codeName(home))
		declare(cl.fieldNotes, "entities", "entities/agreementClaim#2")
		delete(cl.fieldNotes, "counterpart")
	default:
		ind.Entities, ind.Counterpart = []string{home}, partner
		why := fmt.Sprintf("%s, the release's home, with %s, the other party of its agreement", codeName(home), codeName(partner))
		if ourTo {
			why = fmt.Sprintf("\"our … to\" %s: %s's, the release's home", codeName(partner), codeName(home))
		}
		if otherDeal != "" {
			why += fmt.Sprintf("; %q is an agreement's name, not a place of the figure", otherDeal)
		}
		cl.fieldNotes["counterpart"] = why
		declare(cl.fieldNotes, "counterpart", "counterpart/agreementClaim#2")
	}
	if ind.Measure == indicators.RankKind && ind.Status == indicators.Fact {
		return
	}
	// Status.
	lower := strings.ToLower(sent)
	switch {
	case todayRe.MatchString(after) || todayRe.MatchString(strings.TrimLeft(after, ",")):
		ind.Status, cl.fieldNotes["status"] = indicators.Fact, "\"today\" after the figure: the present, whatever the sentence's modal"
		declare(cl.fieldNotes, "status", "status/agreementClaim#2")
	case memo(&d.memo.intoForce, sent, intoForceRe.MatchString):
		ind.Status, cl.fieldNotes["status"] = indicators.Projection, fmt.Sprintf("%q: from an agreement not yet in force", intoForceRe.FindString(sent))
		declare(cl.fieldNotes, "status", "status/agreementClaim#3")
	case outcomeWillRe.MatchString(lower[:len(before)]):
		ind.Status, cl.fieldNotes["status"] = indicators.Projection, fmt.Sprintf("%q: an outcome foreseen, not an action pledged", outcomeWillRe.FindString(lower[:len(before)]))
		declare(cl.fieldNotes, "status", "status/agreementClaim#4")
	case thatsRe.MatchString(strings.TrimSpace(sent)):
		if prev, ok := d.mentionBefore(m); ok && !d.pointing {
			d.pointing = true
			pc := d.claim(prev, prev.Quantity, prev.Unit)
			d.pointing = false
			ind.Status, cl.fieldNotes["status"] = pc.ind.Status, fmt.Sprintf("%q points back to %s: its status", strings.Fields(sent)[0], strings.Join(strings.Fields(prev.Text), " "))
			declare(cl.fieldNotes, "status", "status/agreementClaim#5")
		}
	}
	// Title.
	d.agreementTitle(cl, m)
}

// possessivePlace returns the code of a place that ends s in the
// possessive ("… access to Aotearoa’s "), or "".
func possessivePlace(s string) string {
	t := strings.TrimRight(s, " ")
	for _, p := range []string{"’s", "'s"} {
		if strings.HasSuffix(t, p) {
			t = strings.TrimSuffix(t, p)
			if ps := placesIn(t, 0); len(ps) > 0 && ps[len(ps)-1].end == len(t) {
				return ps[len(ps)-1].code
			}
		}
	}
	return ""
}

// badTitle reports whether a title cannot stand: a direction word alone,
// a pronoun or quote mark first, or a leading preposition.
func badTitle(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 {
		return true
	}
	w := strings.ToLower(strings.Trim(f[0], "“”\"‘’'"))
	switch {
	case strings.ContainsAny(f[0][:1], "“\"‘'"):
		return true
	case len(f) == 1 && (w == "up" || w == "down"):
		return true
	}
	return map[string]bool{"between": true, "that’s": true, "that's": true, "it": true, "this": true, "that": true, "among": true}[w]
}

// agreementTitle titles the figures of an agreement's release whose first
// titles cannot stand: a figure "up from N today" as the figure before
// it, today; a multiple of another agreement's amount; savings "in
// tariffs"; a share of a generic "imports" by the product named earlier.
func (d *docDraft) agreementTitle(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	before := text[m.Sentence.Start:m.Span.Start]
	after := text[m.Span.End:m.Sentence.End]
	lb := strings.ToLower(before)
	switch {
	case todayRe.MatchString(after) && strings.HasSuffix(strings.TrimSpace(lb), "from") && !d.pointing:
		// "– up from 14% today": the baseline of the figure before.
		var prev Mention
		ok := d.prevInSentence(m, &prev)
		if !ok {
			prev, ok = d.figureBefore(m)
		}
		if ok {
			d.pointing = true
			pc := d.claim(prev, prev.Quantity, prev.Unit)
			d.pointing = false
			if !badTitle(pc.ind.Title) {
				ind.Title, cl.fieldNotes["title"] = "Today's "+lowerFirst(pc.ind.Title), "the baseline of "+strings.Join(strings.Fields(prev.Text), " ")+", \"today\""
				declare(cl.fieldNotes, "title", "title/agreementTitle#1")
			}
		}
	case thatsRe.MatchString(strings.TrimSpace(before)):
		if g := timesTheRe.FindStringSubmatch(after); g != nil {
			ind.Title, cl.fieldNotes["title"] = capitalize(g[1])+" compared with the "+strings.TrimSpace(g[2])+"'s", "what the multiple compares"
			declare(cl.fieldNotes, "title", "title/agreementTitle#2")
			if f := strings.Fields(g[1]); ind.Unit.Kind == indicators.Times && flowNouns[f[len(f)-1]] {
				// "three times the immediate savings": a multiple of a
				// flow measures that flow.
				ind.Measure, cl.fieldNotes["measure"] = indicators.Flow, fmt.Sprintf("a multiple of %q, a flow", g[1])
				declare(cl.fieldNotes, "measure", "measure/agreementTitle")
			}
		}
	case hasPhrase(lb, "save") || hasPhrase(lb, "saving"):
		if g := saveInRe.FindStringSubmatch(after); g != nil {
			t := indicators.Singular(g[2]) + " savings"
			if g[1] != "" {
				t = "annual " + t
			}
			ind.Title, cl.fieldNotes["title"] = capitalize(t), "what is saved"
			declare(cl.fieldNotes, "title", "title/agreementTitle#3")
		}
	}
	if ind.Measure == indicators.Share {
		if g := shareOfImportsRe.FindStringSubmatch(after); g != nil {
			whole := strings.TrimSpace(strings.TrimSpace(g[2]) + " " + g[3])
			if strings.TrimSpace(g[2]) == "" && g[3] == "imports" {
				if p := forProductRe.FindAllStringSubmatch(before, -1); len(p) > 0 {
					whole = p[len(p)-1][1] + " imports" // "quota for sheep meat, … of EU imports"
				}
			}
			t := "Share of " + strings.TrimSpace(g[1]) + " " + whole
			if !strings.HasPrefix(ind.Title, "Today's ") {
				ind.Title, cl.fieldNotes["title"] = t, "the share and whose imports it is of"
				declare(cl.fieldNotes, "title", "title/agreementTitle#4")
			}
		}
	}
}

// prevInSentence sets *prev to the figure before m in its sentence.
func (d *docDraft) prevInSentence(m Mention, prev *Mention) bool {
	var found bool
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Span.End <= m.Span.Start {
			*prev, found = o, true
		}
	}
	return found
}

// mentionBefore returns the last figure before m's sentence, in any
// paragraph: what "That's" points back to.
func (d *docDraft) mentionBefore(m Mention) (Mention, bool) {
	var prev Mention
	found := false
	for _, o := range d.mentions {
		if o.Span.End > m.Sentence.Start {
			break
		}
		prev, found = o, true
	}
	return prev, found
}

// unquoted returns s with its opening quote marks as spaces.
func unquoted(s string) string { return strings.NewReplacer("“", " ", "‘", " ").Replace(s) }

// flowNouns are amounts over a time: a multiple of one is a flow.
var flowNouns = map[string]bool{"savings": true, "exports": true, "imports": true, "trade": true, "investment": true, "spending": true, "sales": true}
