package extract

import "testing"

// fragmentFaults are titles the one test of a title (titleFault) refuses,
// and real titles it keeps (drafts45).
var fragmentFaults = []struct {
	title string
	fault bool
}{
	{"Count under Key figures", true},
	{"Share under Overview", true},
	{"Figure of 12 percent", true},
	{"Unnamed amount", true},
	{"TODO: name the figure", true},
	{"• The Retail Sales Index", true},
	{"2. Retail sales volumes", true},
	{"The Retail Sales Index", true},
	{"An estimated total", true},
	{"Ports more than", true},
	{"Ports at least", true},
	{"Tenants to be", true},
	{"Exports of", true},
	{"Exports and", true},
	{"Exports to the", true},
	{"Growth in wholesale prices including farmers'", true},
	{"Rise in June", true},
	{"Decline in Registered for unemployment benefit", true},
	{"Counted among those tenants", true},
	{"Have left the scheme", true},
	{"Tenants thened", true},
	{"Change in flat", true},
	{"Share of growth of the region due", true},
	{"Wholesale prices fell", true}, // drafts59: a verb of change ends a clause, never a title
	{"Retail Sales Index", false},
	{"The Gambia's exports of cashew nuts", false},
	{"Households the scheme was designed for", false},
	{"Savings compared with the Canada pact's", false},
	{"Tenants still housed in shelters", false},
	{"Planned total expenditures", false},
	{"Rise in the June index", false},
	{"Immigration =", true},               // titles77: a symbol is no word (migration kind)
	{"Decrease in net migration =", true}, // titles77
	{"A&E attendances recorded", false},   // titles77: a symbol inside a word is a word
}

func TestDraftTitleFaultFragment(t *testing.T) {
	for _, tc := range fragmentFaults {
		if got := titleFault(tc.title); (got != "") != tc.fault {
			t.Errorf("titleFault(%q) = %q, want a fault: %v", tc.title, got, tc.fault)
		}
	}
}

// TestDraftQuoteFault: "continue to be housed" is who is still housed,
// never what is "to be housed".
func TestDraftQuoteFault(t *testing.T) {
	const quote = "About 310 tenants continue to be housed in shelters across 4 counties."
	tests := []struct {
		title string
		fault bool
	}{
		{"Tenants to be housed", true},
		{"Tenants to be housed in shelters", true},
		{"Tenants still housed", false},
		{"Tenants to be moved", false},
	}
	for _, tc := range tests {
		if got := quoteFault(tc.title, quote); (got != "") != tc.fault {
			t.Errorf("quoteFault(%q) = %q, want a fault: %v", tc.title, got, tc.fault)
		}
	}
}

// TestDraftMeasureFragment: the draft measure refuses what the drafter's test
// refuses, and a heading the figure's sentence does not write.
func TestDraftMeasureFragment(t *testing.T) {
	const quote = "Ports handled more than 40 ships in May."
	for _, title := range []string{"Ports more than", "Count under Ports", "• The Ports handled"} {
		if realTitle(title, quote) {
			t.Errorf("realTitle(%q) = true, want false", title)
		}
	}
	heads := sections("Shipping bulletin\n\nHarbour traffic\n\nPorts handled more than 40 ships in May.\n")
	tests := []struct {
		title string
		want  bool
	}{
		{"Harbour traffic", true},
		{"Ports handled", false}, // the sentence writes it
		{"Ships handled by ports", false},
	}
	for _, tc := range tests {
		if got := headingTitle(tc.title, quote, heads); got != tc.want {
			t.Errorf("headingTitle(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// fragmentMended are figures whose sentence's words for them make a
// fragment: the drafter mends the fragment or falls back to a title the
// measure counts as a miss; it never emits what titleFault refuses.
var fragmentMended = []struct{ name, text, stated, title string }{
	{"a list marker and a leading article are dropped",
		"Harbour bulletin\n\nKey points\n\n• The Harbour Traffic Index (HTI) rose by 3.1% in the 12 months to May 2023, up from 2.2% in April.\n",
		"2.2%", "Harbour Traffic Index (HTI)"},
	{"\"continue to be\" is still",
		"Shelter update\n\nAbout 310 tenants continue to be housed in shelters, and 45 rooms continue to be housed in 4 counties.\n",
		"4 counties", "Counties still housed"},
	{"a figure in parentheses after \"was flat\" is the change in the sentence's subject",
		"Port bulletin\n\nThe seasonally adjusted monthly rate of container arrivals for all ports was flat (0.2%) in May.\n",
		"0.2%", "Change in seasonally adjusted monthly rate of container arrivals"},
	{"a title never ends on \"due\"",
		"PRESS NOTE\n\nCounty population grew by 1.2% over the year, contributing to over half (56%) of the total population growth of the region.\n",
		"56%", "Share of total population growth of the region"},
}

func TestDraftMended(t *testing.T) {
	for _, tc := range fragmentMended {
		t.Run(tc.name, func(t *testing.T) {
			checkWhat(t, firstDraft(t, tc.text, tc.stated), tc.stated, "", "", tc.title)
		})
	}
}

// TestDraftNoFault: whatever the drafter titles, titleFault keeps it or
// it is the fallback the measure counts as a miss.
func TestDraftNoFault(t *testing.T) {
	texts := []string{
		"Shelter update\n\nAbout 310 tenants continue to be housed in shelters, in more than 4 counties.\n",
		"Harbour bulletin\n\nKey points\n\n• The Harbour Traffic Index (HTI) rose by 3.1% in the 12 months to May 2023, up from 2.2% in April.\n",
		"Asylum\n\nThe number of first time tenants whened by 12% compared with the same quarter of 2016.\n",
	}
	for _, text := range texts {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
		for _, cl := range d.claims() {
			if cl.skip != "" {
				continue
			}
			if f := titleFault(cl.ind.Title); f != "" && !isFallbackTitle(cl.ind.Title) {
				t.Errorf("title of %q = %q, a fragment (%s)", cl.ind.Stated, cl.ind.Title, f)
			}
		}
	}
}
