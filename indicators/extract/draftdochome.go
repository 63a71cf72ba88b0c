package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Whose figures a one-country document's are, when a figure names no
// place (drafts26):
//
//	Fast Facts: HIV in the United States (the title) → US
//	USDA is calling for … production in the U.S. (an opening that names
//	one country and no other place) → US
//	Ministry of … / Posted On: … by PIB Delhi / Rs … crore → IN: a
//	Government of India release; its "2023-24" is the fiscal year
//	FY2023-24

// A docHome is the country a whole document is about, and why.
type docHome struct {
	code, why string
	india     bool // a Government of India release
	uk        bool // a UK government's document (draftukgov.go)
}

// titleInRe ends a title that names the country it is about: "… in the
// United States", "… in India".
var titleInRe = lazyRegexp(`\b(?:in|of) (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*){0,3})\s*$`)

// indiaReleaseRe marks a Government of India release: the Press
// Information Bureau's date line, or the government named.
var indiaReleaseRe = lazyRegexp(`\bby PIB\b|Press Information Bureau|Government of India`)

// homeOfDoc returns the country a document is about, read once.
func (d *docDraft) homeOfDoc() docHome {
	if d.oneHome != nil {
		return *d.oneHome
	}
	h := oneCountryOf(d.src.Text, d.source.Title)
	if h.code == "" {
		h = onlyCountryOf(d.src.Text, d.docPlaces())
	}
	if why := ukGovernmentOf(d.src.Text); why != "" {
		h.uk = true
		if h.code == "" {
			h.code, h.why = "GB", why
		}
	}
	d.oneHome = &h
	return h
}

// indiaRelease is indiaReleaseRe.FindString(text), by strings.Index: the
// pattern is three phrases, and it runs over the whole document.
func indiaRelease(text string) string {
	best, word := -1, ""
	for _, w := range []string{"Press Information Bureau", "Government of India"} {
		if i := strings.Index(text, w); i >= 0 && (best < 0 || i < best) {
			best, word = i, w
		}
	}
	for from := 0; ; {
		i := strings.Index(text[from:], "by PIB")
		if i < 0 {
			break
		}
		i += from
		if (best < 0 || i < best) && (i == 0 || !isREWordByte(text[i-1])) && (i+6 == len(text) || !isREWordByte(text[i+6])) {
			best, word = i, "by PIB"
			break
		}
		if best >= 0 && i >= best {
			break
		}
		from = i + 1
	}
	return word
}

// oneCountryOf returns the country a document is about: a Government of
// India release's, the country its title (of no figure) ends on, or the one place its
// opening (the first 600 bytes) names when that is a country, in a
// sentence of no figure ("… is calling for higher production in the
// U.S."): a figure's place is that figure's only.
func oneCountryOf(text, title string) docHome {
	if g := indiaRelease(text); g != "" && (strings.Contains(text, "crore") || strings.Contains(text, "lakh") || strings.Contains(text, "Ministry of")) {
		return docHome{code: "IN", why: fmt.Sprintf("a Government of India release (%q)", g), india: true}
	}
	if h, ok := appliesToHome(text); ok {
		return h
	}
	if h, ok := releasePlaceHome(text); ok {
		return h // "Retail sales, Great Britain: February 2024" (drafts56)
	}
	if t, _, ok := statTitleLine(text); ok {
		// "Schools, Australia, 2012": a statistical release's title names
		// its country (drafts37).
		if g := statTitleRe.FindStringSubmatch(t); g != nil {
			if ps := placesIn(g[2], 0); len(ps) == 1 && isCountry(ps[0].code) && ps[0].start == 0 && ps[0].end == len(g[2]) {
				return docHome{code: ps[0].code, why: fmt.Sprintf("the country the release's title names (%q)", t)}
			}
		}
	}
	// "Alcohol use in Wales: 2022": an annual release's year after its
	// place (drafts58).
	title = titleYearTailRe.ReplaceAllString(title, "")
	if g := titleInRe.FindStringSubmatch(title); g != nil && !strings.ContainsAny(title, "0123456789") {
		if ps := placesIn(g[1], 0); len(ps) == 1 && isCountry(ps[0].code) {
			return docHome{code: ps[0].code, why: fmt.Sprintf("the country the title is about (%q)", strings.TrimSpace(g[0]))}
		}
	}
	head := text[:min(len(text), 600)]
	if i := strings.LastIndexByte(head, ' '); i > 0 && len(text) > 600 {
		head = head[:i]
	}
	ps := placesIn(head, 0)
	codes := distinct(ps)
	if len(codes) != 1 || !isCountry(codes[0]) {
		return docHome{}
	}
	if inBefore.MatchString(head[:ps[0].start]) && !strings.ContainsAny(sentenceAround(head, ps[0].start), "0123456789") {
		return docHome{code: codes[0], why: fmt.Sprintf("the one place the document's opening names (%q)", snippet(text, ps[0].start, ps[0].end))}
	}
	// "Australia's National Greenhouse Accounts … estimate … Australia's
	// greenhouse gas emissions": the one country an opening names again
	// and again is its subject, wherever the name stands (drafts34).
	if n := namedSentences(head, ps); n >= 3 {
		return docHome{code: codes[0], why: fmt.Sprintf("the one place the document's opening names, in %d of its sentences (%q)", n, snippet(text, ps[0].start, ps[0].end))}
	}
	return docHome{}
}

// namedSentences returns how many sentences or lines of s name one of
// the places ps.
func namedSentences(s string, ps []placeMention) int {
	n, last := 0, -2 // -1 is the text's first sentence
	for _, p := range ps {
		lo := max(strings.LastIndex(s[:p.start], ". "), strings.LastIndexByte(s[:p.start], '\n'))
		if lo != last {
			n, last = n+1, lo
		}
	}
	return n
}

// isCountry reports whether code is a country's, not a region's or a
// union's.
func isCountry(code string) bool {
	return len(code) == 2 && !slices.Contains([]string{"EU", "EZ"}, code) && code != indicators.World || isSubdivisionCode(code)
}

// isSubdivisionCode reports whether code is an ISO 3166-2 code of a
// country's subdivision the gazetteer gives ("GB-EAW"): a place the
// rules of a country's release take as they take the country.
func isSubdivisionCode(code string) bool {
	return len(code) > 3 && code[2] == '-' && indicators.CheckEntity(code) == nil
}

// homeClaim gives a figure that names no place, and has no parties by
// any other rule, the place of its document (docContext).
func (d *docDraft) homeClaim(cl *claim) {
	ind := &cl.ind
	if len(ind.Entities) > 0 || ind.Counterpart != "" {
		return
	}
	c := d.context()
	if len(c.place) == 0 {
		return
	}
	ind.Entities = slices.Clone(c.place)
	cl.fieldNotes["entities"] = "no place named: " + c.placeWhy
	cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
}

// fiscalYearText matches a year written across two ("2023-24").
var fiscalYearText = lazyRegexp(`\b((?:19|20)\d\d)[-–/](\d\d)\b`)

// inBefore ends the words before a place a document is about: "in the".
var inBefore = lazyRegexp(`\bin (?:the )?$`)

// sentenceAround returns the sentence or line of s that holds byte at.
func sentenceAround(s string, at int) string {
	lo := max(strings.LastIndex(s[:at], ". "), strings.LastIndexByte(s[:at], '\n')) + 1
	hi := len(s)
	if i := strings.IndexAny(s[at:], ".\n"); i >= 0 {
		hi = at + i
	}
	return s[lo:hi]
}

// appliesToRe is a GOV.UK header's line of the places a page is about:
// "Applies to England and Wales" (drafts40).
var appliesToRe = lazyRegexp(`(?m)^\s*Applies to:? ([^\n]{2,80}?)\s*$`)

// ukNations returns codes with the nations of the UK it lists replaced
// by the one code ISO 3166-2 gives their group: England and Wales
// GB-EAW, with Scotland GB-GBN, with Northern Ireland too the UK.
func ukNations(codes []string) []string {
	if code, ok := ukGroups[strings.Join(slices.Sorted(slices.Values(codes)), " ")]; ok {
		return []string{code}
	}
	return codes
}

// ukGroups are the groups of the UK's nations an "Applies to" line may
// list, by their sorted codes, with the code of the whole.
var ukGroups = map[string]string{
	"GB-ENG GB-WLS":               "GB-EAW",
	"GB-ENG GB-SCT GB-WLS":        "GB-GBN",
	"GB-EAW GB-SCT":               "GB-GBN",
	"GB-ENG GB-NIR GB-SCT GB-WLS": "GB",
	"GB-EAW GB-NIR GB-SCT":        "GB",
	"GB-GBN GB-NIR":               "GB",
}

// appliesToHome returns the country of an "Applies to <place>" line in a
// document's first lines, when every place it names is that one
// country's.
func appliesToHome(text string) (docHome, bool) {
	g := appliesToRe.FindStringSubmatch(text[:min(len(text), 1500)])
	if g == nil {
		return docHome{}, false
	}
	codes := ukNations(distinct(placesIn(g[1], 0)))
	if len(codes) != 1 || !isCountry(codes[0]) {
		return docHome{}, false
	}
	return docHome{code: codes[0], why: fmt.Sprintf("the page's header %q", strings.TrimSpace(g[0]))}, true
}

// possessiveNationalRe follows the only place a document names when the
// document gives that place's own national aims: "Scotland’s road safety
// framework to 2020 contains 5 national targets" (drafts76, a devolved
// government's statistics release, which names its nation once).
var possessiveNationalRe = lazyRegexp(`^(?:’s|'s) [^.\n]{0,80}?\bnational (?:targets?|strategy|framework|plan|goals?)\b`)

// onlyCountryOf returns the country a document is about when it is the
// only place the whole document names, in two sentences or more, one of
// them "in" it, or once as the owner of national aims (possessiveNationalRe) (drafts48: "more surgeries were performed in Canada", "Canada had the
// shortest wait times" compared with peer countries, which are no
// place): every figure that names no place is that country's.
func onlyCountryOf(text string, ps []placeMention) docHome {
	ps = countries(ps)
	codes := distinct(ps)
	if len(codes) != 1 || !isCountry(codes[0]) || codes[0] == indicators.World {
		return docHome{}
	}
	in, national := false, false
	for _, p := range ps {
		in = in || inBefore.MatchString(text[max(0, p.start-8):p.start])
		national = national || possessiveNationalRe.MatchString(text[p.end:min(len(text), p.end+120)])
	}
	if n := namedSentences(text, ps); n >= 3 || n >= 2 && in {
		return docHome{code: codes[0], why: fmt.Sprintf("the only place the document names, in %d of its sentences (%q)", n, snippet(text, ps[0].start, ps[0].end))}
	}
	if national {
		return docHome{code: codes[0], why: fmt.Sprintf("the only place the document names, whose national aims it gives (%q)", snippet(text, ps[0].start, ps[0].end))}
	}
	return docHome{}
}
