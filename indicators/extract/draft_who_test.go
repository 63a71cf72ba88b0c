package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A fieldCase is a figure of a text and the fields its draft must have:
// only the fields named in want are compared.
type fieldCase struct {
	name, text, stated string
	want               map[string]string
}

// draftFieldsOf returns the drafted fields of the figure stated in text,
// by name, or nil and the drafts' figures when none states it.
func draftFieldsOf(text, stated string) (map[string]string, []string) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
	var all []string
	for _, cl := range d.claims() {
		all = append(all, cl.ind.Stated+cl.skip)
		if cl.skip != "" || cl.ind.Stated != stated {
			continue
		}
		ind := cl.ind
		return map[string]string{
			"entities": strings.Join(ind.Entities, ","), "counterpart": ind.Counterpart,
			"period": periodMeaning(ind.Period), "base": periodMeaning(ind.Base), "unit": ind.Unit.String(),
			"section": strings.Join(ind.Provenance[0].Section, " / "), "measure": ind.Measure.String(), "status": ind.Status.String(),
		}, nil
	}
	return nil, all
}

// runFieldCases drafts each case's text and compares the fields it names.
func runFieldCases(t *testing.T, cases []fieldCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, all := draftFieldsOf(tc.text, tc.stated)
			if got == nil {
				t.Fatalf("no draft of %q; drafts: %q", tc.stated, all)
			}
			for k := range got {
				if _, ok := tc.want[k]; !ok {
					delete(got, k)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("draft of %q in %q (-want +got):\n%s", tc.stated, tc.text, diff)
			}
		})
	}
}

// fiscalText is a budget office's outlook in words of its own: the office
// opens the text, no sentence names a place.
const fiscalText = "The Fiscal Outlook: 2030 to 2040\n\n" +
	"The Congressional Budget Office publishes projections of federal spending and revenues each year.\n\n" +
	"Spending\n\n" +
	"Mandatory spending reaches $4.4 trillion in 2031.\n"

// rateText is a central bank's decision in words of its own.
const rateText = "Cash rate held at 4.35%\n\n" +
	"The Reserve Bank of Australia’s Board sets the cash rate to meet its inflation target of 2–3%.\n\n" +
	"The Board left the cash rate at 4.35% at its meeting.\n"

// missionText is a ministry's fact sheet on aid to one country, in words
// of its own: a giving verb with the receiver as its object, a body's
// members defined by an acronym of a country's name, and an organisation
// named after two places.
const missionText = "U.S. Partnership With Jordan\n\n" +
	"U.S. assistance for the Jordanian Armed Forces (JAF) supports border security. " +
	"Since 2015, the Department of State provided Jordan with nearly $40 million for border security. " +
	"More than 900 members of the JAF trained in the United States since 1995. " +
	"The United States spent $12 million to help the JAF fight the Islamic State of Iraq and Syria (ISIS) along the border.\n"

// donorText is a donor's funding release in words of its own: a list of
// receivers, each amount in parentheses after its place, parts inside
// them, and places inside an item's parentheses that are no parties.
const donorText = "The European Union is providing €90 million in humanitarian aid to people in Ghana, Togo and Benin.\n\n" +
	"The funding will support projects in Ghana (€20 million); and Togo (€10 million, including €2 million in response to the floods in Benin).\n\n" +
	"Others are Benin (€8 million, including €3 million allocated in March 2024 to support Nigerian refugees in Benin).\n"

// mediaText is a government's media release about its own country, whose
// dollar is its own.
const mediaText = "Government invests in clean energy\n\n" +
	"The Prime Minister today announced new support for Canada’s clean energy industry.\n\n" +
	"  • $50 million to build community solar farms.\n"

var whoCases = []fieldCase{
	{name: "a budget office's figure with no place is its country's", text: fiscalText, stated: "$4.4 trillion",
		want: map[string]string{"entities": "US", "counterpart": ""}},
	{name: "a central bank named after its country sets that country", text: rateText, stated: "4.35%",
		want: map[string]string{"entities": "AU", "counterpart": ""}},
	{name: "\"provided <country> with\": the national body's country gives, the country provided receives", text: missionText, stated: "nearly $40 million",
		want: map[string]string{"entities": "US", "counterpart": "JO"}},
	{name: "members of a body its acronym defines are its country's; the other place is the counterpart", text: missionText, stated: "More than 900 members",
		want: map[string]string{"entities": "JO", "counterpart": "US"}},
	{name: "an organisation named after two places is neither's", text: missionText, stated: "$12 million",
		want: map[string]string{"entities": "US"}},
	{name: "a donor list's item: the lead's donor gives, the place before the parentheses receives", text: donorText, stated: "€20 million",
		want: map[string]string{"entities": "EU", "counterpart": "GH"}},
	{name: "a part inside an item's parentheses is the item's place's; \"the floods in Benin\" is a cause", text: donorText, stated: "€2 million",
		want: map[string]string{"entities": "EU", "counterpart": "TG"}},
	{name: "an item of the list's second sentence; \"Nigerian refugees\" are people, not a party", text: donorText, stated: "€8 million",
		want: map[string]string{"entities": "EU", "counterpart": "BJ"}},
	{name: "a government's release naming one dollar country reads a bare \"$\" as its dollar", text: mediaText, stated: "$50 million",
		want: map[string]string{"unit": "CAD"}},
}

func TestDraftWhoCases(t *testing.T) {
	runFieldCases(t, whoCases)
}

func TestDraftIssuerPublisher(t *testing.T) {
	tests := []struct{ text, publisher, short string }{
		{fiscalText, "Congressional Budget Office", "CBO"},
		{rateText, "Reserve Bank of Australia", ""},
		{"Rates held\n\nThe Bank of England’s Monetary Policy Committee voted to hold Bank Rate at 5%.\n", "Bank of England", ""},
		// The office line of a header block below a reposting site's date.
		{factSheetText, "Bureau of Economic Affairs", ""},
		// A body named inside a sentence is no issuer.
		{"Trade rose\n\nExports rose after the Bank of England cut its rate to 4%.\n", "", ""},
	}
	for _, tc := range tests {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		if got := [2]string{d.source.Publisher, d.source.Short}; got != [2]string{tc.publisher, tc.short} {
			t.Errorf("newDocDraft(%q) publisher, short = %q, want %q", tc.text, got, [2]string{tc.publisher, tc.short})
		}
	}
}
