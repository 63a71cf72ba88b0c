package extract

import "testing"

// TestRestrictedCount reads a count's noun with the predicate of its own
// clause, in sentences of documents of different kinds: benefit claimants
// (DWP), state temperatures (NOAA), cultural venues (ABS), children in
// need (DHSSPS), marriages (ONS), sexually transmitted infections
// (UKHSA), farm payments and road casualties (the corpus's wording).
func TestRestrictedCount(t *testing.T) {
	tests := []struct {
		name, after, want string
	}{
		{"a past with an object is the noun's doing", "people claimed some combination of DWP benefits in August 2022 (of the 17 benefits included in these statistics).", "People claiming some combination of DWP benefits"},
		{"had is with, past an aside between commas", "states, stretching from Utah to Massachusetts, had annual temperatures which were record warm.", "States with annual temperatures which were record warm"},
		{"an irregular past keeps its word", "people went to botanic gardens, 5.0 million to animal and marine parks", "People that went to botanic gardens"},
		{"a passive's copula dropped, a place left to entities", "children in Northern Ireland were known to social services as a child in need", "Children known to social services as a child in need"},
		{"cut back to a content word within 64 characters", "couples converted their existing civil partnership into a marriage.", "Couples converting their existing civil partnership"},
		{"a participle with no object kept as written", "chlamydia tests carried out, from 673,102 in 2023", "Chlamydia tests carried out"},
		{"a figure in the predicate ends it on a content word or not at all", "states had one of their 10 warmest years.", "States"},
		{"a list after a comma is no predicate", "victims of rape, attempted rape or other sexual assault during 1993", "Victims of rape"},
		{"a change of the noun is no restriction", "DSL connections continued to increase, but at a slower rate", "DSL connections"},
		{"an auxiliary before a comparative is no restriction", "companies on the effective register has more than doubled", "Companies on the effective register"},
		{"a time after the verb leaves the participle alone", "deaths were registered in 2011", "Deaths registered"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := countedNPOf(measuredWords(tt.after)); got != tt.want {
				t.Errorf("countedNPOf(%q) = %q, want %q", tt.after, got, tt.want)
			}
		})
	}
}

// TestOwnPredicate turns the predicate after a figure and its noun into a
// modifier, in sentences of children's services (DHSSPS), A&E attendances
// (NHS Digital) and marriages (ONS).
func TestOwnPredicate(t *testing.T) {
	tests := []struct {
		name, after, want string
	}{
		{"have is with", "had their needs met at the time of referral whereas", "with their needs met at the time of referral"},
		{"a passive's copula dropped", "were allocated for further action (assessment/service)", "allocated for further action"},
		{"a past with a preposition kept as written", "related to child protection investigations and 2% related", "related to child protection investigations"},
		{"a past with an object is a doing", "claimed some combination of DWP benefits in August 2022", "claiming some combination of DWP benefits"},
		{"a past with a preposition, as written", "resulted in an admission to hospital.", "resulted in an admission to hospital"},
		{"a copula and a preposition", "were between female couples; a further", "between female couples"},
		{"no verb", "of attendances were discharged", ""},
		{"a verb of change is the figure's own", "rose by 5% in 2023", ""},
		{"a verb alone", "recorded.", ""},
		{"a relative clause's passive, its time left out (corpus: Ghana)", "that have been made over the past year, totaling $800 million", "made"},
		{"a perfect with an object, a past's form (drafts39)", "had successfully opened their first public clinic with state support,", "that opened their first public clinic with state support"},
		{"a passive perfect keeps the place it restricts to (corpus: Ghana)", "have been educated in the United States.", "educated in the United States"},
		{"a participle alone past its time (ORR rail)", "were closed in FYE March 2023", "closed"},
		{"the time left out, the clause read on (BJS crime)", "committed during 1993 were against victims related to the offender.", "that were against victims related to the offender"},
		{"a short active past, read past its time (CIHI organs)", "died that year while on a wait list for an organ transplant.", "that died while on a wait list"},
		{"a span that modifies a noun is no time (corpus: Congo)", "involved in the 5 year war in Congo to make peace", "involved in the war in Congo"},
		{"a rate's base stays", "averted per 1,000 children vaccinated.", "averted per 1,000 children vaccinated"},
		{"a comparison is no restriction", "compared with 12 months earlier", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ownPredicate(measuredWords(tt.after)); got != tt.want {
				t.Errorf("ownPredicate(%q) = %q, want %q", tt.after, got, tt.want)
			}
		})
	}
}

// TestShareRestricted titles a share with no whole named by its own
// predicate, in sentences of children's services (DHSSPS) and A&E
// attendances (NHS Digital); a title that names the figure is kept.
func TestShareRestricted(t *testing.T) {
	tests := []struct {
		name, text, stated, cur, want string
	}{
		{"a passive", "A quarter had their needs met at referral, whereas 69% were allocated for further action (assessment/service).", "69%", "Unnamed share", "Share allocated for further action"},
		{"a past with a preposition", "For those that were allocated for further action, 21% related to child protection investigations and 2% related to a child with disability.", "21%", "Share under Children in need", "Share related to child protection investigations"},
		{"a title kept", "For those that were allocated for further action, 21% related to child protection investigations.", "21%", "Child protection investigations", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, m := draftMention(t, tt.text, tt.stated)
			if got := d.shareWholeTitle(*m, tt.cur); got != tt.want {
				t.Errorf("shareWholeTitle(%q, %q) = %q, want %q", tt.stated, tt.cur, got, tt.want)
			}
		})
	}
}

// TestMeasuredOf reads what a measure's unit measures through "of", a
// mass noun too, past an aside between dashes, in sentences of woodland
// creation (Forest Research), waste (SEPA) and land use (Defra).
func TestMeasuredOf(t *testing.T) {
	tests := []struct {
		name, text, stated, want string
	}{
		{"past an aside between dashes", "During 2023/4 a total of 15,000 hectares (ha) of new woodland – roughly 30 million trees – were created in Scotland.", "15,000 hectares", "New woodland created in Scotland"},
		{"a predicate of the measured noun", "In 2023, 2.4 million tonnes of household waste were sent to landfill sites in Scotland.", "2.4 million tonnes", "Household waste sent to landfill sites in Scotland"},
		{"a unit with no of-phrase measures nothing named", "The Utilised Agricultural Area was 17 million hectares in 2022.", "17 million hectares", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, m := draftMention(t, tt.text, tt.stated)
			if got := d.countedNP(*m); got != tt.want {
				t.Errorf("countedNP(%q) = %q, want %q", tt.stated, got, tt.want)
			}
		})
	}
}
