package extract

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
)

// The place a release is about, by its dateline, and the agency that
// pays (drafts43: a U.S. disaster agency's release from Puerto Rico):
//
//	GUAYNABO, Puerto Rico – … → PR: the place the release is about; a
//	figure that names no place is that place's, across paragraph breaks
//	As of May 31, the cost to FEMA is more than $77 million → [US],
//	counterpart PR: money a national agency spends is the agency's
//	country's, in the place the release is about
//	46 Puerto Rico hotels that continue to house 605 applicants → PR: a
//	place that modifies a counted noun is the place counted, not a
//	counterpart of the home party

var (
	// datelinePlaceRe is a news release's dateline: "GUAYNABO, Puerto
	// Rico – ", "PORT LENA, Guam — ".
	datelinePlaceRe = lazyRegexp(`(?m)^\p{Lu}[\p{Lu}.' ]{1,30}, ([A-Z][A-Za-z.' ]{1,30}?) ?[–—-]{1,2} `)
	// agencyCostRe is money a national agency spends: "the cost to
	// FEMA", "FEMA provides", "FEMA has spent".
	agencyCostRe = lazyRegexp(`\b(?:costs? to (?:the )?([A-Z][A-Za-z]+)|([A-Z]{3,6}) (?:provides|provided|has provided|spent|has spent|paid|has paid|obligated|has obligated))\b`)
)

// nationalAgencies are national agencies a release names by acronym,
// with their country.
var nationalAgencies = map[string]string{"FEMA": "US", "HUD": "US", "SBA": "US", "USDA": "US", "HHS": "US"}

// datelineCities are the capitals whose name in a release's dateline
// makes the release a national government's, with the country (or
// nation) it is the capital of. A city is read only in a dateline: in
// capitals, or "Washington, D.C.", before a comma or a dash ("WASHINGTON,
// D.C. During 1993, …", "LONDON, 3 May 2021 —"); "London" in a sentence
// stays a city, not a place.
var datelineCities = map[string]string{"WASHINGTON": "US", "OTTAWA": "CA", "CANBERRA": "AU", "WELLINGTON": "NZ", "LONDON": "GB",
	"EDINBURGH": "GB-SCT", "CARDIFF": "GB-WLS", "BELFAST": "GB-NIR", "DUBLIN": "IE", "NEW DELHI": "IN", "PRETORIA": "ZA"}

// datelineCityRe is a word or two in capitals, or Washington, D.C., that
// may be a dateline's city, with what follows it.
var datelineCityRe = lazyRegexp(`(?:^|[\s(])(Washington|[A-Z]{3,}(?: [A-Z]{4,})?)(, (?:D\.C\.|DC)|,| [–—-])`)

// datelineCity returns the country whose capital opens a release as its
// dateline, in its first 600 bytes, and the city as written, or "".
//
// A capital's namesake is no capital: a place after the city's comma
// other than the capital's country ("LONDON, Ky. –", "DUBLIN, Calif. –",
// "LONDON, Ontario –") makes the dateline a town's, and the capital is
// skipped; "LONDON, England" and "DUBLIN, Ireland" stay the capital's.
func datelineCity(text string) (string, string) {
	head := text[:min(len(text), 600)]
	for _, ix := range datelineCityRe.FindAllStringSubmatchIndex(head, -1) {
		g := make([]string, 3)
		for k := range g {
			g[k] = head[ix[2*k]:ix[2*k+1]]
		}
		if g[1] == "Washington" && g[2] == "," {
			continue // the state, or a name: only "Washington, D.C." is the capital
		}
		if g[2] == "," && namesakePlace(head[ix[1]:], datelineCities[strings.ToUpper(g[1])]) {
			continue
		}
		// "CRIME RISK WASHINGTON, D.C.": a headline in capitals may run
		// into the city.
		city := g[1]
		if code, ok := datelineCities[strings.ToUpper(city)]; ok {
			return code, strings.TrimSpace(g[0])
		}
		if i := strings.LastIndexByte(city, ' '); i >= 0 {
			if code, ok := datelineCities[city[i+1:]]; ok {
				return code, strings.TrimSpace(city[i+1:] + g[2])
			}
		}
	}
	return "", ""
}

// namesakePlace reports whether rest, the text after a dateline city's
// comma, opens with a place outside country (a code of datelineCities,
// "" for a city that is not one): a state's or province's abbreviation
// (subdivisionAbbrevs) or name (subdivisionsIn), or another country.
// A date, a month or the capital's own country is no namesake's place.
func namesakePlace(rest, country string) bool {
	rest = strings.TrimLeft(rest, " ")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	if end < 0 {
		end = len(rest)
	}
	if _, ok := subdivisionAbbrevs[rest[:end]]; ok {
		return true
	}
	if s := subdivisionsIn(rest); len(s) > 0 && s[0].start == 0 {
		return true
	}
	line := rest
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		line = rest[:i]
	}
	if ps := placesIn(line, 0); len(ps) > 0 && ps[0].start == 0 {
		own := country
		if i := strings.IndexByte(own, '-'); i >= 0 {
			own = own[:i]
		}
		return own != "" && !strings.HasPrefix(ps[0].code, own)
	}
	return false
}

// datelinePlace returns the one country or territory the release's
// dateline names, read once, or "": a place the dateline names
// ("GUAYNABO, Puerto Rico – "), else the country of the capital it opens
// with (datelineCities): the release's own place, which a figure naming
// none is of (drafts77).
func (d *docDraft) datelinePlace() string {
	r := &d.upToReads
	if !r.datelineOK {
		r.datelineOK = true
		text := d.src.Text
		if g := datelinePlaceRe.FindStringSubmatch(text[:min(len(text), 1500)]); g != nil {
			if cs := distinct(placesIn(g[1], 0)); len(cs) == 1 && isCountry(cs[0]) {
				r.dateline = cs[0]
			}
		}
		if r.dateline == "" {
			r.dateline, _ = datelineCity(text)
		}
	}
	return r.dateline
}

// datelineClaim sets the parties of a figure of a release its dateline
// places: an agency's spending, a place counted, a figure of no place.
func (d *docDraft) datelineClaim(cl *claim, m Mention) {
	place := d.datelinePlace()
	if place == "" {
		return
	}
	ind := &cl.ind
	if m.Unit.Kind == indicators.Money {
		if g := d.sentenceReads(m).agency; g != nil {
			name := g[1] + g[2]
			if code, ok := nationalAgencies[name]; ok {
				cp := place
				if cp == code {
					cp = ""
				}
				ind.Entities, ind.Counterpart = []string{code}, cp
				delete(cl.fieldNotes, "entities")
				cl.notes = dropEntityNotes(cl.notes)
				cl.fieldNotes["counterpart"] = fmt.Sprintf("%q: money %s spends is its country's, in %s, the place the release's dateline names", strings.TrimSpace(g[0]), name, place)
				declare(cl.fieldNotes, "counterpart", "counterpart/datelineClaim")
				if cp == "" {
					delete(cl.fieldNotes, "counterpart")
					cl.fieldNotes["entities"] = fmt.Sprintf("%q: money %s spends is its country's", strings.TrimSpace(g[0]), name)
					declare(cl.fieldNotes, "entities", "entities/datelineClaim#1")
				}
				return
			}
		}
		return
	}
	// "46 Puerto Rico hotels": the place counted.
	if ind.Counterpart == place && strings.Contains(cl.fieldNotes["counterpart"], "counted; the document's home") && d.placeModifiesNoun(m, place) {
		ind.Entities, ind.Counterpart = []string{place}, ""
		delete(cl.fieldNotes, "counterpart")
		cl.fieldNotes["entities"] = "the place a counted noun is of, not a counterpart of the home party"
		declare(cl.fieldNotes, "entities", "entities/datelineClaim#2")
		return
	}
	if len(ind.Entities) == 0 && ind.Counterpart == "" {
		ind.Entities = []string{place}
		cl.notes = dropEntityNotes(cl.notes)
		cl.fieldNotes["entities"] = fmt.Sprintf("no place named: %s, the place the release's dateline names", indicators.EntityName(place))
		declare(cl.fieldNotes, "entities", "entities/datelineClaim#3")
	}
}

// placeModifiesNoun reports whether m's sentence names place right
// before a lower-case noun, "Puerto Rico hotels".
func (d *docDraft) placeModifiesNoun(m Mention, place string) bool {
	text := d.src.Text
	for _, p := range d.placesAt(text, m.Sentence.Start, m.Sentence.Start, m.Sentence.End) {
		if p.code != place || p.end+1 >= m.Sentence.End || text[p.end] != ' ' {
			continue
		}
		if w := firstField(text[p.end+1:]); w != "" && isLowerWord(w) {
			return true
		}
	}
	return false
}

// dropEntityNotes returns notes without the ones on entities.
func dropEntityNotes(notes []string) []string {
	out := notes[:0]
	for _, n := range notes {
		if !strings.HasPrefix(n, "entities: ") {
			out = append(out, n)
		}
	}
	return out
}
