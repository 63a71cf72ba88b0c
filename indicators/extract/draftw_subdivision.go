package extract

import (
	"fmt"
	"slices"
	"strings"
)

// States, provinces and territories (drafts34):
//
//	The Northern Territory experienced … 1.7% → AU: a subdivision's
//	figure is its country's (the subdivision stays in the title)
//	… the main contributor to the Territory's population growth (2,800
//	people) → AU: "the Territory", "the State", "the Province" point back
//	to the last one named
//	Texas added 41,000 jobs → US; Kerala … → IN

// moreSubdivisions are the states of the United States and India, beside
// subnational's provinces and territories of Canada and Australia. Names
// that are also countries or lie in two countries (Georgia, Punjab) and
// Washington (the U.S. government as often as the state) are left out.
var moreSubdivisions = []struct {
	code  string
	names []string
}{
	{"US", []string{"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
		"Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
		"Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
		"New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
		"South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming"}},
	{"IN", []string{"Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat", "Haryana",
		"Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra", "Manipur", "Meghalaya", "Mizoram",
		"Nagaland", "Odisha", "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal"}},
}

// subdivisionAbbrevs are the abbreviations of states and provinces a
// news dateline writes after a town's name: the Associated Press's
// ("LONDON, Ky.", "DUBLIN, Calif.", "LONDON, Ont.") and the postal
// codes ("DUBLIN, OH"), with the country. "D.C." and "DC" are not here:
// "WASHINGTON, D.C." is the capital itself.
var subdivisionAbbrevs = map[string]string{
	"Ala.": "US", "Ariz.": "US", "Ark.": "US", "Calif.": "US", "Colo.": "US", "Conn.": "US", "Del.": "US", "Fla.": "US",
	"Ga.": "US", "Ill.": "US", "Ind.": "US", "Kan.": "US", "Kans.": "US", "Ky.": "US", "La.": "US", "Md.": "US", "Mass.": "US",
	"Mich.": "US", "Minn.": "US", "Miss.": "US", "Mo.": "US", "Mont.": "US", "Neb.": "US", "Nev.": "US", "N.H.": "US",
	"N.J.": "US", "N.M.": "US", "N.Y.": "US", "N.C.": "US", "N.D.": "US", "Okla.": "US", "Ore.": "US", "Pa.": "US",
	"R.I.": "US", "S.C.": "US", "S.D.": "US", "Tenn.": "US", "Tex.": "US", "Vt.": "US", "Va.": "US", "Wash.": "US",
	"W.Va.": "US", "Wis.": "US", "Wyo.": "US",
	"AL": "US", "AK": "US", "AZ": "US", "AR": "US", "CA": "US", "CO": "US", "CT": "US", "DE": "US", "FL": "US", "GA": "US",
	"HI": "US", "ID": "US", "IL": "US", "IN": "US", "IA": "US", "KS": "US", "KY": "US", "LA": "US", "ME": "US", "MD": "US",
	"MA": "US", "MI": "US", "MN": "US", "MS": "US", "MO": "US", "MT": "US", "NE": "US", "NV": "US", "NH": "US", "NJ": "US",
	"NM": "US", "NY": "US", "NC": "US", "ND": "US", "OH": "US", "OK": "US", "OR": "US", "PA": "US", "RI": "US", "SC": "US",
	"SD": "US", "TN": "US", "TX": "US", "UT": "US", "VT": "US", "VA": "US", "WA": "US", "WV": "US", "WI": "US", "WY": "US",
	"Ont.": "CA", "Que.": "CA", "B.C.": "CA", "Alta.": "CA", "Man.": "CA", "Sask.": "CA", "N.S.": "CA", "N.B.": "CA",
	"Nfld.": "CA", "P.E.I.": "CA",
}

// A subdivAt is a state, province or territory named at a byte
// offset of a text.
type subdivAt struct {
	start, end int
	name, code string
}

// subdivisionsIn returns the states, provinces and territories text
// names, whole words, in text order: a name inside a longer one ("West
// Virginia") is the longer one's.
func subdivisionsIn(text string) []subdivAt {
	var out []subdivAt
	scan := func(code string, names []string) {
		for _, n := range names {
			for from := 0; ; {
				i := strings.Index(text[from:], n)
				if i < 0 {
					break
				}
				i += from
				end := i + len(n)
				from = end
				if (i == 0 || !isWordByte(text[i-1])) && (end == len(text) || !isWordByte(text[end])) {
					out = append(out, subdivAt{i, end, n, code})
				}
			}
		}
	}
	for _, c := range subnational {
		scan(c.code, c.names)
	}
	for _, c := range moreSubdivisions {
		scan(c.code, c.names)
	}
	slices.SortFunc(out, func(a, b subdivAt) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return (b.end - b.start) - (a.end - a.start) // the longer name first
	})
	// Drop names inside a longer one ("Virginia" in "West Virginia").
	kept := out[:0]
	lastEnd := -1
	for _, s := range out {
		if s.start < lastEnd {
			continue
		}
		kept = append(kept, s)
		lastEnd = s.end
	}
	return kept
}

// subdivisionsOf returns the whole text's states, provinces and
// territories, read once.
func (d *docDraft) subdivisionsOf() []subdivAt {
	if d.subdivs == nil {
		s := subdivisionsIn(d.src.Text)
		d.subdivs = &s
	}
	return *d.subdivs
}

// backSubdivisionRe points back to the last subdivision named: "the
// Territory's", "the State".
var backSubdivisionRe = lazyRegexp(`\b[Tt]he (?:Territory|State|Province)\b`)

// subdivisionClaim gives a figure that names no place, and has no parties
// by any other rule, the country of the state, province or territory its
// sentence names, or that "the Territory" points back to.
func (d *docDraft) subdivisionClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if len(ind.Entities) > 0 || ind.Counterpart != "" {
		return
	}
	code, why := "", ""
	for _, s := range d.subdivisionsOf() {
		if s.start < m.Sentence.Start || s.end > m.Sentence.End {
			continue
		}
		if code != "" && code != s.code {
			return // subdivisions of two countries
		}
		code, why = s.code, fmt.Sprintf("%s, a state, province or territory of it, named in the sentence", s.name)
	}
	if code == "" {
		g := backSubdivisionRe.FindStringIndex(d.src.Text[m.Sentence.Start:m.Sentence.End])
		if g == nil {
			return
		}
		at := m.Sentence.Start + g[0]
		for _, s := range d.subdivisionsOf() {
			if s.end <= at {
				code, why = s.code, fmt.Sprintf("%q points back to %s, a state, province or territory of it", d.src.Text[at:m.Sentence.Start+g[1]], s.name)
			}
		}
	}
	if code == "" {
		return
	}
	ind.Entities = []string{code}
	cl.fieldNotes["entities"] = why
	cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
}
