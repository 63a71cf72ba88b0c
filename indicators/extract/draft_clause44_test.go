package extract

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// Each figure of a sentence that holds several takes the member, the
// measured noun and the direction of its own clause (drafttitle_members.go).
func TestClause44FigureMember(t *testing.T) {
	for _, c := range []struct {
		quote, figure string
		member, prep  string // "" member: none read
	}{
		{"Employment rose among core-aged women (+43,000; +0.7%), and declined among core-aged men (-36,000; -0.5%) in April.", "+43,000", "core-aged women", "among"},
		{"Employment rose among core-aged women (+43,000; +0.7%), and declined among core-aged men (-36,000; -0.5%) in April.", "-0.5%", "core-aged men", "among"},
		{"the increase was mainly because of moderate growth in both food stores (1.7%) and non-food stores (1.3%).", "1.7%", "food stores", "in"},
		{"the increase was mainly because of moderate growth in both food stores (1.7%) and non-food stores (1.3%).", "1.3%", "non-food stores", "in"},
		{"When compared with a year earlier, both measures reported growth at 2.1% for the amount spent and 0.8% for the quantity bought.", "0.8%", "quantity bought", "for"},
		{"In contrast, the monthly picture was one of growth at 1.2% and 0.9% for the amount spent and the quantity bought respectively, mainly because of a recovery.", "1.2%", "amount spent", ""},
		{"In contrast, the monthly picture was one of growth at 1.2% and 0.9% for the amount spent and the quantity bought respectively, mainly because of a recovery.", "0.9%", "quantity bought", ""},
		{"In the three months to January 2020, both the amount spent and the quantity bought in the retail industry fell by 0.5% and 0.8% respectively when compared with the previous three months.", "0.8%", "quantity bought in the retail industry", ""},
		// Near misses: one bracket only; places are entities; a clause is no member.
		{"Spending rose among older households (4.1%) in the year.", "4.1%", "", ""},
		{"Registrations rose most in Ontario (12.1%), followed by British Columbia (9.8%).", "9.8%", "", ""},
		{"A gap persists, with more men (46%) having a workplace pension than women (41%).", "46%", "", ""},
		{"Median weekly earnings were $1,004 for workers who were union members and $802 for those who were not.", "$1,004", "", ""},
		{"Sales rose by 2.0% and 1.5% in the two quarters.", "1.5%", "", ""},
	} {
		at := strings.Index(c.quote, c.figure)
		m, ok := figureMember(c.quote, at, at+len(c.figure))
		if !ok {
			m = aMember{}
		}
		if m.member != c.member || m.prep != c.prep {
			t.Errorf("%q in %q: member %q %q, want %q %q", c.figure, c.quote, m.prep, m.member, c.prep, c.member)
		}
	}
}

func TestClause44MemberTitle(t *testing.T) {
	for _, c := range []struct {
		title, prev string
		mem         aMember
		want        string
	}{
		// A member after a preposition narrows the measured noun.
		{"Change in employment", "", aMember{"core-aged women", "among", []string{"core-aged men"}}, "Change in employment among core-aged women"},
		// The member is no measured noun: the figure before's is.
		{"Change in core-aged men", "Employment", aMember{"core-aged men", "among", []string{"core-aged women"}}, "Change in employment among core-aged men"},
		{"Change in both food stores", "Retail volumes", aMember{"food stores", "in", []string{"non-food stores"}}, "Change in retail volumes in food stores"},
		// A sibling's narrowed noun loses its member.
		{"Adult potential victims", "Referrals for child potential victims", aMember{"adult potential victims", "for", []string{"child potential victims"}}, "Change in referrals for adult potential victims"},
		// A vague noun is replaced by the member.
		{"Monthly picture change on the previous month", "Retail volumes", aMember{"amount spent", "", []string{"quantity bought"}}, "Amount spent change on the previous month"},
		{"Both measures", "", aMember{"quantity bought", "for", []string{"amount spent"}}, "Change in quantity bought"},
		// Named already: unchanged.
		{"Change in employment among core-aged women", "", aMember{"core-aged women", "among", nil}, ""},
	} {
		lead, noun, tail := splitMeasured(c.title)
		if got := memberTitle(lead, noun, tail, c.prev, c.mem, indicators.Change); !strings.EqualFold(got, c.want) {
			t.Errorf("%q (before: %q), %v: %q, want %q", c.title, c.prev, c.mem, got, c.want)
		}
	}
}

func TestClause44OwnClauseDirection(t *testing.T) {
	for _, c := range []struct {
		quote, figure string
		want          indicators.Direction
	}{
		{"Retail volumes increased by 0.9% in January 2020, recovering from the falls in the previous two months; the increase was mainly because of moderate growth in both food stores (1.7%) and non-food stores (1.3%).", "1.7%", indicators.Up},
		{"In contrast, the monthly picture was one of growth at 1.2% and 0.9% for the amount spent.", "1.2%", indicators.Up},
		{"Fuel saw a large fall of 5.7% in the quantity bought in January 2020.", "5.7%", indicators.Down},
		// Near misses: both ways in one clause, or none, say nothing.
		{"Exports rose while imports fell by 3.2%.", "3.2%", indicators.NoDirection},
		{"Prices were 2.3% in January.", "2.3%", indicators.NoDirection},
	} {
		if got := ownClauseDirection(c.quote, strings.Index(c.quote, c.figure)); got != c.want {
			t.Errorf("%q in %q: %v, want %v", c.figure, c.quote, got, c.want)
		}
	}
}

func TestClause44ThatOf(t *testing.T) {
	for _, c := range []struct{ before, want string }{
		{"Re-exports rose 19.5%, while that of domestic exports went down ", "domestic exports"},
		{"the value of imports grew, and those of services were ", "services"},
		{"That is all we know, at ", ""},
	} {
		got := ""
		if m := thatOfRE.FindStringSubmatch(c.before); m != nil {
			got = m[1]
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.before, got, c.want)
		}
	}
}

func TestClause44OwnSubjectChange(t *testing.T) {
	for _, c := range []struct{ quote, figure, want string }{
		{"Fuel saw a large fall of 5.7% in the quantity bought in January 2020 when compared with December 2019.", "5.7%", "Change in fuel quantity bought"},
		{"Household goods stores recorded a rise of 2.1% in January.", "2.1%", "Change in household goods stores"},
		{"Clothing sales fell by 3.0% over the month.", "3.0%", "Change in clothing sales"},
		// Near misses: a pronoun, a time phrase, a place or a clause first.
		{"This is compared to 50.7% in the 24 months to June 2018.", "50.7%", ""},
		{"In January, sales fell by 3.0%.", "3.0%", ""},
		{"Scotland saw a fall of 2.0% in the number of arrivals.", "2.0%", ""},
		{"It rose by 4% in the year.", "4%", ""},
	} {
		at := strings.Index(c.quote, c.figure)
		if got := ownSubjectChange(c.quote, at, at+len(c.figure)); got != c.want {
			t.Errorf("%q in %q: %q, want %q", c.figure, c.quote, got, c.want)
		}
	}
}

func TestClause44ApposedChange(t *testing.T) {
	q := "Dental workforce information shows there were 24,545 dentists performing NHS activity during the financial year 2018-19, an increase of 237 (1.0%) on 2017-18."
	prov := []indicators.Provenance{{Quote: q}}
	level := &claim{ind: indicators.Indicator{Stated: "24,545", Title: "Dentists performing NHS activity", Measure: indicators.Stock, Provenance: prov}}
	change := &claim{ind: indicators.Indicator{Stated: "237", Title: "Change in charges to patients", Measure: indicators.Change, Provenance: prov}}
	pct := &claim{ind: indicators.Indicator{Stated: "1.0%", Title: "Change in dental workforce information, percent", Measure: indicators.Change, Provenance: prov}}
	if got, _ := apposedChange(level, change, q, strings.Index(q, "237")); got != "Change in dentists performing NHS activity" {
		t.Errorf("237: %q", got)
	}
	change.ind.Title, change.fieldNotes = "Change in dentists performing NHS activity", map[string]string{"title": apposedWhy}
	if got, _ := apposedChange(change, pct, q, strings.Index(q, "1.0%")); got != change.ind.Title {
		t.Errorf("1.0%%: %q", got)
	}
	// Near misses: a change after a clause of its own, or after another figure.
	q2 := "There were 24,545 dentists in 2018-19, while charges rose by 3%."
	level.ind.Provenance = []indicators.Provenance{{Quote: q2}}
	if got, _ := apposedChange(level, change, q2, strings.Index(q2, "3%")); got != "" {
		t.Errorf("3%%: %q", got)
	}
	q3 := "There were 24,545 dentists in 2018-19 and 1,200 hygienists, a rise of 4%."
	if got, _ := apposedChange(level, change, q3, strings.Index(q3, "4%")); got != "" {
		t.Errorf("4%%: %q", got)
	}
	// A change already titled in its own quote's words keeps its title.
	own := &claim{ind: indicators.Indicator{Stated: "237", Title: "Change in dentists performing NHS activity", Measure: indicators.Change, Provenance: prov}}
	level.ind.Provenance, level.ind.Title = prov, "Dental workforce information"
	if got, _ := apposedChange(level, own, q, strings.Index(q, "237")); got != "" {
		t.Errorf("own title: %q", got)
	}
}

func TestClause44NearMisses(t *testing.T) {
	// A word of change right after the figure gives its direction first.
	for _, after := range []string{" reduction in the value of U.S. imports.", " up on the previous quarter"} {
		if !directionAfter(after) {
			t.Errorf("%q: no direction word read after the figure", after)
		}
	}
	if directionAfter(" in January 2020, recovering from the falls") {
		t.Error("a fall three words on is the next clause's")
	}
	// A member the measured noun already names by its stem keeps the title.
	lead, noun, tail := splitMeasured("Change in male life expectancy at birth per decade")
	if got := memberTitle(lead, noun, tail, "", aMember{"males", "for", []string{"females"}}, indicators.Change); got != "" {
		t.Errorf("males: %q", got)
	}
	// A placeholder is no measured noun.
	lead, noun, tail = splitMeasured("Team leaders")
	if got := memberTitle(lead, noun, tail, "Share under Training", aMember{"team leaders", "for", []string{"senior managers"}}, indicators.Share); got != "" {
		t.Errorf("team leaders: %q", got)
	}
}
