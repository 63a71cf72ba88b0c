package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A release whose title calls its year's data preliminary ("Preliminary
// Official Development Assistance (ODA) Levels in 2022", "Provisional
// Statistics for 2023") reports that year's figures as estimates in every
// sentence, not only in the one that says "according to preliminary
// data"; the earlier year it compares with ("up from USD 186 billion in
// 2021") is final, a fact, though that sentence says "preliminary".

// prelimTitleRE reads a release title that calls its year preliminary.
var prelimTitleRE = lazyRegexp(`(?i)^\s*(preliminary|provisional|advance|flash)\b[^\n]{0,120}?\b((?:19|20)\d\d)\s*$`)

// prelimTitle returns the year a release's title calls preliminary and
// the title's cue word, or 0: the first line that is not blank.
func (d *docDraft) prelimTitle() (int, string) {
	text := d.src.Text
	for i := 0; i < len(text) && i < 600; {
		e := strings.IndexByte(text[i:], '\n')
		if e < 0 {
			e = len(text) - i
		}
		line := text[i : i+e]
		if strings.TrimSpace(line) != "" {
			g := prelimTitleRE.FindStringSubmatch(line)
			if g == nil {
				return 0, ""
			}
			y, _ := strconv.Atoi(g[2])
			return y, strings.ToLower(g[1])
		}
		i += e + 1
	}
	return 0, ""
}

// preliminaryReleaseClaim marks a figure of a preliminary release: of the
// title's year an estimate, of an earlier year a fact.
func (d *docDraft) preliminaryReleaseClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if !ind.Period.IsStated() || ind.Period.IsSpan() {
		return
	}
	y, cue := d.prelimTitle()
	if y == 0 {
		return
	}
	switch py := ind.Period.From.Year; {
	case py == y && ind.Status == indicators.Fact:
		ind.Status, cl.fieldNotes["status"] = indicators.Estimate, fmt.Sprintf("%q in the release's title: its figures of %d are estimates", cue, y)
	case py < y && ind.Status == indicators.Estimate && firstReadingNote(cl.fieldNotes["status"]) && !d.ownEstimateWordsOnly(m):
		ind.Status, cl.fieldNotes["status"] = indicators.Fact, fmt.Sprintf("%d, before the year %d the release calls %s: the figure it compares with is final", py, y, cue)
	}
}

// ownEstimateWordsOnly reports whether the figure's sentence calls a
// figure estimated, projected or forecast (not merely preliminary).
func (d *docDraft) ownEstimateWordsOnly(m Mention) bool {
	s := strings.ToLower(d.src.Text[m.Sentence.Start:m.Sentence.End])
	for _, w := range []string{"estimat", "projected", "forecast"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// firstReadingNote reports whether a status note gives a cue of a first
// reading ("preliminary data", "provisional figures"), which dates the
// release's own year and not the year it compares with.
func firstReadingNote(note string) bool {
	for _, w := range []string{"preliminary", "provisional", "advance", "flash"} {
		if strings.Contains(note, w) {
			return true
		}
	}
	return false
}
