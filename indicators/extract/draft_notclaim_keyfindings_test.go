package extract

import (
	"strings"
	"testing"
)

// keyFindingsFate drafts text and returns what became of the figure stated:
// "drafted", or the skip comment that names it, or "" if no claim names
// it at all.
func keyFindingsFate(text, stated string) string {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
	for _, cl := range d.claims() {
		if cl.skip == "" && cl.ind.Stated == stated {
			return "drafted"
		}
		if strings.HasPrefix(cl.skip, "not drafted: "+stated+" in ") {
			return cl.skip
		}
	}
	return ""
}

// keyFindingsNotClaimCases are figures of statistics releases that are no
// claims (a period's name, an exhibit's groups, a fraction in words beside
// its exact percentage) and neighbours that still are.
var keyFindingsNotClaimCases = []struct {
	name, text, stated string
	want               string // "drafted", or words the skip comment holds
}{
	{"quarter number before a verb", "Retail output fell in the second half. The drop in sales in quarter 2 reflects a £1.4 billion fall in clothing sales.",
		"2 reflects", "the name of a period"},
	{"quarter past four is a count", "The agency opened 7 offices. The offices in quarter 7 were closed.",
		"7 offices", "drafted"},
	{"exhibit's groups", "Figure 4 shows the number of recorded offences in each of the six offence types since 1990.",
		"six offence types", "the number of groups an exhibit shows"},
	{"exhibit's regions", "Table 2 presents spending across the 12 regions of the country in 2024.",
		"12 regions", "the number of groups an exhibit shows"},
	{"exhibit with a claim of its own", "Chart 3 shows that 2,400 households moved in 2024.",
		"2,400 households", "drafted"},
	{"fraction beside its percentage", "At 52%, road freight accounts for about half of all goods moved in 2024.",
		"about half", "beside the exact 52%"},
	{"fraction in the next sentence", "Road freight carried 34% of all goods moved in 2024. That is about a third of all freight.",
		"about a third", "beside the exact 34%"},
	{"fraction of another whole", "Road freight carried 34% of all goods moved in 2024. About a third of drivers are over 50.",
		"About a third", "drafted"},
	{"fraction beside a change", "Exports rose 49% in 2024. Almost half of firms reported new orders.",
		"Almost half", "drafted"},
}

func TestDraftNotClaimsKeyFindings(t *testing.T) {
	for _, tc := range keyFindingsNotClaimCases {
		t.Run(tc.name, func(t *testing.T) {
			got := keyFindingsFate(tc.text, tc.stated)
			if tc.want == "drafted" && got != "drafted" || tc.want != "drafted" && !strings.Contains(got, tc.want) {
				t.Errorf("draft of %q in %q = %q, want %q", tc.stated, tc.text, got, tc.want)
			}
		})
	}
}

// keyFindingsText is a release whose body restates two of its key
// findings and states one figure of its own alike in value.
const keyFindingsText = "Marriages in Wales: 2030\n\n" +
	"Key findings\n\n" +
	"  • There were 41,200 marriages in Wales in 2030, a fall of 2.1% from 42,080 in 2029.\n" +
	"  • The average age at marriage rose to 34.5 years in 2030.\n\n" +
	"Marriages (numbers and rates)\n\n" +
	"In 2030 there were 41,200 marriages in Wales, compared with 42,080 in 2029, a fall of 2.1%.\n\n" +
	"Civil partnerships in Wales fell by 2.1% in 2031.\n"

func TestDraftKeyFindingsRestated(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: keyFindingsText}, map[string]int{})
	cls := d.claims()
	quotes := map[string]int{} // stated, of drafted claims: their quotes
	drafted := map[string]int{}
	restated := map[string]int{}
	for _, cl := range cls {
		if cl.skip == "" {
			drafted[cl.ind.Stated]++
			quotes[cl.ind.Stated] += len(cl.ind.Provenance)
			continue
		}
		if strings.Contains(cl.skip, "a second quote of it, not a new indicator") {
			restated[strings.Fields(strings.TrimPrefix(cl.skip, "not drafted: "))[0]]++
		}
	}
	for _, tc := range []struct {
		stated                    string
		drafted, quotes, restated int
	}{
		{"41,200 marriages", 1, 2, 1},
		{"2.1%", 2, 3, 1}, // the key finding's (two quotes) and 2031's own
		{"34.5 years", 1, 1, 0},
	} {
		if drafted[tc.stated] != tc.drafted || quotes[tc.stated] != tc.quotes || restated[strings.Fields(tc.stated)[0]] != tc.restated {
			t.Errorf("drafts of %q: drafted %d, quotes %d, restated %d; want %d, %d, %d",
				tc.stated, drafted[tc.stated], quotes[tc.stated], restated[strings.Fields(tc.stated)[0]], tc.drafted, tc.quotes, tc.restated)
		}
	}
}
