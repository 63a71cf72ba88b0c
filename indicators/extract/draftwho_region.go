package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/claimbook/claimbook/indicators"
)

// A region of a country that ISO 3166-2 does not list (who27; README
// "Places with no ISO 3166-2 code"):
//
//	- London decreased by 1.2% (a list under "the number of journeys in:",
//	in a release about England) → E12000007, London's GSS code, not
//	GB-ENG: the region the figure's own words name
//	The North East had the highest rate … at 653 …, while London had the
//	lowest rate at 583 … → E12000001, then E12000007
//	England outside London decreased by 0.7% → GB-ENG: a region after
//	"outside", "excluding" (exceptRe) is no place of the figure
//
// The genre's pattern: a release about a country breaks its figures down
// by the areas its statistics office gives them for; a figure whose own
// clause names one such area (indicators.StatisticalAreas) is that area's,
// by the office's code, whenever the release is about the country that
// holds it and no rule gave the figure another country or a counterpart.

// An areaForm is a name a text writes for a statistical area.
type areaForm struct {
	form, code, within string
}

// areaForms returns the names of indicators.StatisticalAreas, longest
// first, built once.
var areaForms = sync.OnceValue(func() []areaForm {
	var out []areaForm
	for _, a := range indicators.StatisticalAreas {
		for _, f := range append([]string{a.Name}, a.Forms...) {
			out = append(out, areaForm{f, a.Code, a.Within})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].form) > len(out[j].form) })
	return out
})

// areasIn returns the statistical areas s names, whole words, in text
// order, at byte offsets from base; a name made of compass words alone
// ("North East", "East") only after "the", where it names a region.
func areasIn(s string, base int) []placeMention {
	var out, bare []placeMention
	taken := func(i, j int) bool {
		return slices.ContainsFunc(out, func(p placeMention) bool { return p.start-base < j && i < p.end-base })
	}
	for _, a := range areaForms() {
		for from := 0; ; {
			i := strings.Index(s[from:], a.form)
			if i < 0 {
				break
			}
			i += from
			j := i + len(a.form)
			from = j
			if !wordEdge(s, i, j) || taken(i, j) {
				continue
			}
			if indicators.AreaWord(a.form) && !strings.HasSuffix(s[:i], "the ") && !strings.HasSuffix(s[:i], "The ") {
				bare = append(bare, placeMention{base + i, base + j, a.code})
				continue
			}
			if inBodyName(s, i, j, false) {
				continue // "London Tribunals": a body, not the region
			}
			out = append(out, placeMention{base + i, base + j, a.code})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	// One "the" before a list of regions: "the North East (1.6%) and
	// South East (1.2%)".
	for grew := true; grew; {
		grew = false
		for _, b := range bare {
			if !taken(b.start-base, b.end-base) && slices.ContainsFunc(out, func(o placeMention) bool {
				return o.end <= b.start && areaListGap.MatchString(s[o.end-base:b.start-base])
			}) {
				out, grew = append(out, b), true
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// areaListGap is what stands between two regions of one list: an
// item's figure in brackets, then a comma or "and".
var areaListGap = lazyRegexp(`^(?: \([^()]{1,20}\))?(?:, | and |, and | or )$`)

// regionClaim gives a figure whose own clause names statistical areas,
// and no exception before them (or whose sentence names no place but
// them), those areas' codes, in a release about
// the country that holds them, when its parties are only that country or
// a nation of it.
func (d *docDraft) regionClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	if ind.Counterpart != "" {
		return
	}
	text := d.src.Text
	// Read in the whole sentence, so that one "the" before a list of
	// regions reaches each ("the North East (1.6%) and South East").
	sentAreas := areasIn(text[m.Sentence.Start:m.Sentence.End], m.Sentence.Start)
	within := func(from, to int) []placeMention {
		return slices.DeleteFunc(slices.Clone(sentAreas), func(a placeMention) bool { return a.start < from || a.end > to })
	}
	areas, where := within(cs, ce), "clause"
	if len(areas) == 0 {
		if gs, ge, ok := d.governingClause(m, cs); ok {
			areas, where = within(gs, ge), "item"
		}
	}
	var codes []string
	var in string
	for _, a := range d.ownPlaces(m, areas) { // "in the North East (0.5%), followed by London (0.9%)": each its own
		if exceptRe.MatchString(text[max(m.Sentence.Start, a.start-40):a.start]) || asidePlace(text, a) {
			continue
		}
		if !slices.Contains(codes, a.code) {
			codes = append(codes, a.code)
		}
		_, w := areaOf(a.code)
		if in != "" && w != in {
			return
		}
		in = w
	}
	if len(codes) == 0 || !d.aboutCountryOf(in) {
		return
	}
	for _, e := range ind.Entities {
		if !holds(e, in) {
			return // "Wales increased by 5.8%": another nation's figure
		}
	}
	ind.Entities = codes
	var names []string
	for _, c := range codes {
		n, _ := areaOf(c)
		names = append(names, n)
	}
	what := "the region"
	if len(names) > 1 {
		what = "the regions"
	}
	cl.fieldNotes["entities"] = fmt.Sprintf("%s, %s the figure's %s names (its statistics office's code)", strings.Join(names, " and "), what, where)
	declare(cl.fieldNotes, "entities", "entities/regionClaim")
	cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
}

// governingClause returns the clause beyond a figure's own that governs
// it when its own names no place: for a figure in parentheses, the clause
// the parentheses stand in ("£1,405 in London (an increase of £55)", "London
// had the lowest level (6.2 days)", "Nearly half (45%) of all people … are
// in London"); else the nearest clause before it in
// its sentence that holds a word, provided no other figure stands in it
// ("The largest regional increase was in London, rising from 1,132"). A
// clause that holds another figure is that figure's item: its place
// never passes to the next item ("£1,405 in London (…), £1,658 in
// metropolitan areas (+£83)").
func (d *docDraft) governingClause(m Mention, cs int) (int, int, bool) {
	text := d.src.Text
	s := m.Sentence.Start
	if open := openParenBefore(text, s, m.Span.Start); open >= 0 {
		end := m.Sentence.End
		if j := strings.IndexByte(text[m.Span.End:end], ')'); j >= 0 {
			end = m.Span.End + j + 1
		}
		ps, pe := clauseOf(text, Mention{Span: indicators.Span{Start: open, End: end}, Sentence: m.Sentence})
		return ps, pe, pe > ps
	}
	for at := cs; at > s; {
		ps, pe := prevClause(text, at, s, m.Sentence.End)
		if pe <= ps || len(d.mentionsFrom(ps, pe)) > 0 {
			return 0, 0, false
		}
		if strings.TrimSpace(text[ps:pe]) != "" {
			return ps, pe, true
		}
		at = ps
	}
	return 0, 0, false
}

// areaOf returns the name of the statistical area code and the entity it
// lies in.
func areaOf(code string) (string, string) {
	for _, a := range indicators.StatisticalAreas {
		if a.Code == code {
			return a.Name, a.Within
		}
	}
	return "", ""
}

// holds reports whether entity e is within or holds it: the nation
// itself, its country ("GB" of "GB-ENG"), or a group of nations with it
// (ukGroups: "GB-EAW" of "GB-ENG").
func holds(e, within string) bool {
	if e == within || partOf(within, e) {
		return true
	}
	for key, code := range ukGroups {
		if code == e && slices.Contains(strings.Fields(key), within) {
			return true
		}
	}
	return false
}

// aboutCountryOf reports whether the release is about the country that
// holds entity within, or a part of it that holds within: its context,
// its place named most or its first subject.
func (d *docDraft) aboutCountryOf(within string) bool {
	for _, c := range append(slices.Clone(d.context().place), d.docPlace().code, d.home()) {
		if _, in := areaOf(c); in != "" {
			c = in // a release of London is one of England
		}
		if c != "" && holds(c, within) {
			return true
		}
	}
	return false
}

// docAreas returns the statistical areas the whole text names outside
// bodies' names (inBodyName: "London Tribunals" is a body, "London
// boroughs" and "Across London" the region).
func (d *docDraft) docAreas() []placeMention { return areasIn(d.src.Text, 0) }
