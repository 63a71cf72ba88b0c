package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// What a survey release states, and what it does not (what45).
//
// Points of an index. A confidence indicator, a balance of opinion or a
// price index is read in points: "fell 6.4 points" right after a verb of
// change is a change in points, with the verb's direction, and the bare
// figure the change reaches ("… in September to 90.8") the index's level,
// unit index with no base (the README's "An index with no base year"), as
// is a bare figure an index or indicator of the clause sinks or climbs to
// ("the retail and consumer indicators sinking furthest to 81.7 and 49.7
// respectively"). A run of changes, "has now fallen for four months in a
// row", counts months: a count.
//
//	The Economic Tendency Indicator fell 6.4 points in September to 90.8
//	→ 6.4 points: change, down; 90.8: level, unit index
//	the former climbing 6.8 points to 117.5 → 6.8 points: change, up
//	The team scored 31 points → a count (no verb of change before it)
//	The number of schools rose to 340 → no index: left as drafted
//
// The sample of a survey. The number of people or households a survey
// asks ("a monthly survey of about 60,000 households", "interviewed 2,000
// adults") is its design, known, not estimated: a fact, whatever the
// release says of its other figures.
//
// Names, not figures. A number that opens a suspended range of a compound
// ("35- to 44-year-olds", "(16- to 19-year-olds)") names a band of
// people; one in a list that a word of lexicon.DocumentParts opens ("(See
// tables A and 1.)") names an exhibit; neither is a claim.

// indexPoints sets the measures of the figures of out an index is read in
// (see above).
func (d *docDraft) indexPoints(out []claim) []claim {
	text := d.src.Text
	for i := range out {
		cl := &out[i]
		ind := &cl.ind
		if cl.skip != "" || len(ind.Provenance) == 0 || ind.Measure != indicators.CountKind && ind.Measure != indicators.Level {
			continue
		}
		m, ok := d.mentionStated(cl)
		if !ok {
			continue
		}
		before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
		switch {
		case ind.Measure == indicators.CountKind && pointsStated(ind, m):
			if up, verb, ok := pointsVerbBefore(before); ok {
				ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("points right after %q, a verb of change: a change in points", verb)
				declare(cl.fieldNotes, "measure", "measure/indexPoints#1")
				ind.Quantity.Direction = map[bool]indicators.Direction{true: indicators.Up, false: indicators.Down}[up]
			}
		case ind.Measure == indicators.CountKind && (m.Kind == Number || m.Kind == Count) && !indicators.ProportionInWords(ind.Stated) &&
			(m.Unit.IsZero() || m.Unit.Name == "point" && !strings.Contains(strings.ToLower(ind.Stated), "point")):
			if why, ok := indexLevelBefore(before); ok {
				ind.Measure, cl.fieldNotes["measure"] = indicators.Level, why
				declare(cl.fieldNotes, "measure", "measure/indexPoints#2")
				ind.Unit, cl.fieldNotes["unit"] = indicators.IndexUnit, "index: a level of an index the text gives no base year, read in points (README: \"An index with no base year\")"
				declare(cl.fieldNotes, "unit", "unit/indexPoints")
			}
		case ind.Measure == indicators.Level && ind.Unit.Kind == indicators.Count && durationMonths[ind.Unit.Name] > 0:
			if g := runAfterRe.FindString(strings.ToLower(text[m.Span.End:m.Sentence.End])); g != "" {
				ind.Measure, cl.fieldNotes["measure"] = indicators.CountKind, fmt.Sprintf("%q after it: a run of changes, counted in %ss", strings.TrimSpace(g), ind.Unit.Name)
				declare(cl.fieldNotes, "measure", "measure/indexPoints#3")
			}
		}
	}
	return out
}

// runAfterRe matches the words after a span of time that make it a run of
// changes: "in a row", "running", "in succession".
var runAfterRe = lazyRegexp(`^\s*(?:in a row|running|in succession|on the trot|straight)\b`)

// pointsStated reports whether figure m of ind is written in points: its
// stated words name them ("6.4 points"), and its unit or its mention's
// counts them.
func pointsStated(ind *indicators.Indicator, m Mention) bool {
	if f := strings.Fields(strings.ToLower(ind.Stated)); len(f) < 2 || f[len(f)-1] != "points" && f[len(f)-1] != "point" {
		return false
	}
	u := ind.Unit
	if u.IsZero() {
		u = m.Unit
	}
	return u.Kind == indicators.Count && u.Name == "point" && u.Per == ""
}

// pointsVerbBefore returns the direction of the verb of change that the
// lower-case words before a figure end on, past "by" and "a further"
// ("fell", "dropped by", "climbing"), and the verb.
func pointsVerbBefore(before string) (up bool, verb string, ok bool) {
	f := strings.Fields(before)
	for len(f) > 0 {
		switch w := strings.Trim(f[len(f)-1], ",;:"); w {
		case "by", "a", "further", "another", "some", "just", "only", "almost", "nearly", "about", "around":
			f = f[:len(f)-1]
			continue
		default:
			dw, ok := pointsChangeVerb(w)
			if !ok {
				return false, "", false
			}
			return dw.Up, w, true
		}
	}
	return false, "", false
}

// pointsChangeVerb returns the direction word w is, lower case, when it is a
// verb of change (lexicon.Directions), in any of its forms: "fell",
// "climbing", "sinking" (the present participle of "sink").
func pointsChangeVerb(w string) (vocab.DirectionWord, bool) {
	forms := []string{w}
	if s, ok := strings.CutSuffix(w, "ing"); ok && len(s) > 2 {
		forms = append(forms, s, s+"e")
	}
	for _, f := range forms {
		if dw, ok := vocab.LookupDirection(f); ok && !dw.Either && (dw.Change || f != w || strings.HasSuffix(w, "ing")) {
			return dw, true
		}
	}
	return vocab.DirectionWord{}, false
}

// indexLevelBefore returns why a bare figure is the level of an index
// that the lower-case words of its sentence before it reach: they end on
// "to" (or on "and" in a list after one), a verb of change stands before
// that "to" with no "from" between them, and the change is in points or
// the words name an index (lexicon.IndexNouns).
func indexLevelBefore(before string) (string, bool) {
	f := strings.Fields(before)
	k := len(f) - 1
	for k >= 0 && (hasDigit(f[k]) || f[k] == "and" || f[k] == ",") {
		k-- // "to 81.7 and": the list's earlier members
	}
	if k < 0 || strings.Trim(f[k], ",") != "to" {
		return "", false
	}
	for j := k - 1; j >= 0; j-- {
		w := strings.Trim(f[j], ",;:")
		if w == "from" {
			return "", false
		}
		if _, ok := pointsChangeVerb(w); !ok {
			continue
		}
		words := strings.Join(f[:j], " ")
		if strings.Contains(strings.Join(f[j:k], " "), "points") {
			return fmt.Sprintf("the figure %q reaches after a change in points: the index's level", w), true
		}
		if n := firstPhrase(words, vocab.IndexNouns); n != "" {
			return fmt.Sprintf("the figure %q %s reaches: the index's level", w, n), true
		}
		return "", false
	}
	return "", false
}

// sampleBeforeRe ends the words before a figure that counts a survey's
// sample: "a monthly survey of about", "a sample of", "interviewed".
var sampleBeforeRe = lazyRegexp(`\b(?:(?:survey|sample|poll|panel|census of a sample)s? of|interviewed|surveyed|polled|sampled|questioned)\s+(?:(?:about|around|some|approximately|roughly|nearly|almost|over|more than|just over|just under)\s+)?$`)

// sampleSizes makes facts the figures of out that count a survey's own
// sample (see above).
func (d *docDraft) sampleSizes(out []claim) []claim {
	text := d.src.Text
	for i := range out {
		cl := &out[i]
		ind := &cl.ind
		if cl.skip != "" || len(ind.Provenance) == 0 || ind.Status != indicators.Estimate || ind.Unit.Kind != indicators.Count && !ind.Unit.IsZero() {
			continue
		}
		m, ok := d.mentionStated(cl)
		if !ok {
			continue
		}
		before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
		if strings.Contains(before, "estimat") {
			continue
		}
		if g := sampleBeforeRe.FindString(before); g != "" {
			ind.Status, cl.fieldNotes["status"] = indicators.Fact, fmt.Sprintf("%q before it: the size of the survey's sample, known, not estimated", strings.TrimSpace(g))
			declare(cl.fieldNotes, "status", "status/sampleSizes")
		}
	}
	return out
}

// suspendedAfterRe matches what follows the first number of a suspended
// range of a compound: "- to 44-year-olds", "- and 5-bedroom".
var suspendedAfterRe = lazyRegexp(`^-\s+(?:to|and|or|through)\s+\d+(?:\.\d+)?-[A-Za-z]`)

// suspendedBand returns why a number opens a suspended range of a compound
// ("35- to 44-year-olds") — the name of a band, no figure — or "".
func suspendedBand(text string, m Mention) string {
	if m.Kind != Number && m.Kind != Count || !suspendedAfterRe.MatchString(text[m.Numbers[0].End:min(len(text), m.Numbers[0].End+40)]) {
		return ""
	}
	return "the first end of a suspended range (\"35- to 44-year-olds\"): the name of a band of people or things, not a figure: nothing to add"
}

// partListBeforeRe matches the end of the words before a number in a list
// that a part of a document opens: "tables A and", "Charts 2, 3 and",
// "figures 1a or".
var partListBeforeRe = lazyRegexp(`(?i)\b([a-z]+)\.?\s+(?:[A-Za-z0-9]{1,4}(?:\.\d+)?,?\s+)*(?:[A-Za-z0-9]{1,4}(?:\.\d+)?,?\s+(?:and|or|&)|[A-Za-z0-9]{1,4},)\s*$`)

// partReference returns why a number in a list that a word of
// lexicon.DocumentParts opens ("(See tables A and 1.)") names an exhibit
// or a part of the document, no figure, or "".
func partReference(text string, m Mention) string {
	if m.Kind != Number || !m.Unit.IsZero() {
		return ""
	}
	before := text[max(m.Sentence.Start, m.Span.Start-60):m.Span.Start]
	g := partListBeforeRe.FindStringSubmatch(before)
	if g == nil || !vocab.IsDocumentPart(g[1]) {
		return ""
	}
	return fmt.Sprintf("in a list that %q opens: the name of a part of the document, not a figure: nothing to add", g[1])
}

// groupTitles retitles the figures of out whose title is one group for
// another ("Men for women", of "with 9.5 for men and 9.4 for women"): a
// group names no measured thing, so the title is the measured noun of the
// figure before in the same sentence, for the figure's own group
// ("Divorce rates for women").
func (d *docDraft) groupTitles(out []claim) []claim {
	var prev *claim
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		p := prev
		prev = cl
		head, member, ok := strings.Cut(cl.ind.Title, " for ")
		if !ok || p == nil || p.ind.Provenance[0].Quote != cl.ind.Provenance[0].Quote ||
			!slices.Contains(vocab.GroupWords, strings.ToLower(head)) || !slices.Contains(vocab.GroupWords, strings.ToLower(member)) {
			continue
		}
		measured, _, _ := strings.Cut(p.ind.Title, " for ")
		if measured == "" || slices.Contains(vocab.GroupWords, strings.ToLower(measured)) {
			continue
		}
		cl.ind.Title, cl.fieldNotes["title"] = measured+" for "+member, fmt.Sprintf("%q names a group, no measured thing: the measured noun of the figure before, %q, for the figure's own group", head, measured)
		declare(cl.fieldNotes, "title", "title/groupTitles")
		cl.ind.ID = d.unique(idOf(cl.ind))
	}
	return out
}
