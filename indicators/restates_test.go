package indicators_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestRestating: a stated figure quoted in one sentence with a derived
// figure's inputs, in a unit the result is said in and allowed by them,
// restates it; one of another sentence, of a figure the inputs do not
// allow, or an input itself does not.
func TestRestating(t *testing.T) {
	text := "Median weekly earnings of nonunion workers ($802) were 80 percent of earnings for workers who were union members ($1,004). " +
		"Public-sector workers had a union membership rate (34.4 percent) more than five times higher than that of private-sector workers (6.4 percent). " +
		"Elsewhere the share was 80 percent. " +
		"Exports fell $20 billion, from $120 billion in 2014 to $100 billion in 2015. " +
		"Imports rose $5 billion, from $50 billion in 2014 to $55 billion in 2015. " +
		"Of 100 applicants in 2016, 40 were hired; in 2015, 40 percent were, and in Canada 40 percent. " +
		"The requirement is £29.6 billion, of which £538 million (1.8%) is raised through the care precept, and £518 million (1.8%) through parish precepts."
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/doc.txt", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	yaml := `claimbook: 1
sources:
  - {id: doc, title: Union members, publisher: BLS, issued: 2017-01-26, url: "https://example.com", text: doc.txt, sha256: SUM}
indicators:
  - {id: nonunion, title: Nonunion earnings, entities: [US], measure: level, status: estimate, stated: "$802", period: 2016, provenance: [{source: doc, quote: "Median weekly earnings of nonunion workers ($802)"}]}
  - {id: union, title: Union earnings, entities: [US], measure: level, status: estimate, stated: "$1,004", period: 2016, provenance: [{source: doc, quote: "union members ($1,004)"}]}
  - {id: ratio-stated, title: Nonunion as a share of union earnings, entities: [US], measure: share, status: estimate, stated: 80 percent, period: 2016, provenance: [{source: doc, quote: "Median weekly earnings of nonunion workers ($802) were 80 percent of earnings for workers who were union members ($1,004)."}]}
  - {id: public, title: Public-sector rate, entities: [US], measure: share, status: estimate, stated: 34.4 percent, period: 2016, provenance: [{source: doc, quote: "a union membership rate (34.4 percent)"}]}
  - {id: private, title: Private-sector rate, entities: [US], measure: share, status: estimate, stated: 6.4 percent, period: 2016, provenance: [{source: doc, quote: "private-sector workers (6.4 percent)"}]}
  - {id: multiple, title: Public over private rate, entities: [US], measure: level, status: estimate, stated: more than five times, period: 2016, provenance: [{source: doc, quote: "Public-sector workers had a union membership rate (34.4 percent) more than five times higher than that of private-sector workers (6.4 percent)."}]}
  - {id: elsewhere, title: Another share, entities: [US], measure: share, status: estimate, stated: 80 percent, period: 2016, provenance: [{source: doc, quote: "Elsewhere the share was 80 percent."}]}
  - {id: x2014, title: Exports, entities: [US], measure: flow, status: fact, stated: "$120 billion", period: 2014, provenance: [{source: doc, quote: "$120 billion in 2014"}]}
  - {id: x2015, title: Exports, entities: [US], measure: flow, status: fact, stated: "$100 billion", period: 2015, provenance: [{source: doc, quote: "$100 billion in 2015"}]}
  - {id: x-fall, title: Fall in exports, entities: [US], measure: change, status: fact, stated: "$20 billion", direction: down, period: 2015, base: 2014, provenance: [{source: doc, quote: "Exports fell $20 billion, from $120 billion in 2014 to $100 billion in 2015."}]}
  - {id: m2014, title: Imports, entities: [US], measure: flow, status: fact, stated: "$50 billion", period: 2014, provenance: [{source: doc, quote: "from $50 billion in 2014"}]}
  - {id: m2015, title: Imports, entities: [US], measure: flow, status: fact, stated: "$55 billion", period: 2015, provenance: [{source: doc, quote: "to $55 billion in 2015"}]}
  - {id: m-rise, title: Rise in imports, entities: [US], measure: change, status: fact, stated: "$5 billion", direction: up, period: 2015, base: 2014, provenance: [{source: doc, quote: "Imports rose $5 billion"}]}
  - {id: applicants, title: Applicants, measure: flow, status: fact, stated: "100", unit: person, period: 2016, provenance: [{source: doc, quote: "100 applicants in 2016"}]}
  - {id: hired, title: Hired, measure: flow, status: fact, stated: "40", unit: person, period: 2016, provenance: [{source: doc, quote: "40 were hired"}]}
  - {id: hired-2015, title: Hired share 2015, measure: share, status: fact, stated: 40 percent, period: 2015, provenance: [{source: doc, quote: "Of 100 applicants in 2016, 40 were hired; in 2015, 40 percent were, and in Canada 40 percent."}]}
  - {id: hired-canada, title: Hired share in Canada, entities: [CA], measure: share, status: fact, stated: 40 percent, period: 2016, provenance: [{source: doc, quote: "Of 100 applicants in 2016, 40 were hired; in 2015, 40 percent were, and in Canada 40 percent."}]}
  - {id: hired-rate, title: Hired share, measure: share, status: fact, stated: 40 percent, period: 2016, provenance: [{source: doc, quote: "Of 100 applicants in 2016, 40 were hired; in 2015, 40 percent were, and in Canada 40 percent."}]}
  - {id: hired-level, title: Hired rate, measure: level, status: fact, stated: 40 percent, period: 2016, provenance: [{source: doc, quote: "Of 100 applicants in 2016, 40 were hired; in 2015, 40 percent were, and in Canada 40 percent."}]}
  - {id: requirement, title: Council tax requirement, entities: [GB-ENG], measure: flow, status: fact, stated: "£29.6 billion", period: 2018, provenance: [{source: doc, quote: "The requirement is £29.6 billion, of which £538 million (1.8%) is raised through the care precept, and £518 million (1.8%) through parish precepts."}]}
  - {id: care, title: Requirement raised through the care precept, entities: [GB-ENG], measure: flow, status: fact, stated: "£538 million", period: 2018, provenance: [{source: doc, quote: "The requirement is £29.6 billion, of which £538 million (1.8%) is raised through the care precept, and £518 million (1.8%) through parish precepts."}]}
  - {id: care-share, title: Share of the requirement raised through the care precept, entities: [GB-ENG], measure: share, status: fact, stated: 1.8%, period: 2018, provenance: [{source: doc, quote: "The requirement is £29.6 billion, of which £538 million (1.8%) is raised through the care precept, and £518 million (1.8%) through parish precepts."}]}
  - {id: parish-share, title: Share of the requirement raised through parish precepts, entities: [GB-ENG], measure: share, status: fact, stated: 1.8%, period: 2018, provenance: [{source: doc, quote: "The requirement is £29.6 billion, of which £538 million (1.8%) is raised through the care precept, and £518 million (1.8%) through parish precepts."}]}
derived:
  - {id: care-check, title: Care precept share of the requirement, formula: share, inputs: [care, requirement]}
  - {id: exports-change, title: Exports 2015 less 2014, formula: difference, inputs: [x2015, x2014]}
  - {id: imports-change, title: Imports 2015 less 2014, formula: difference, inputs: [m2015, m2014]}
  - {id: exports-back, title: Exports 2014 less 2015, formula: difference, inputs: [x2014, x2015]}
  - {id: hired-share, title: Hired share, formula: share, inputs: [hired, applicants]}
  - {id: earnings-ratio, title: Nonunion over union earnings, formula: ratio, inputs: [nonunion, union]}
  - {id: rate-ratio, title: Public over private rate, formula: ratio, inputs: [public, private]}
  - {id: rate-gap, title: Public less private rate, formula: difference, inputs: [public, private]}
  - {id: union-share, title: Union over nonunion earnings, formula: ratio, inputs: [union, nonunion]}
`
	sum := sha256.Sum256([]byte(text))
	yaml = strings.Replace(yaml, "SUM", hex.EncodeToString(sum[:]), 1)
	if err := os.WriteFile(dir+"/catalog.yaml", []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := indicators.Load(dir + "/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		derived string
		want    []string
	}{
		{"earnings-ratio", []string{"ratio-stated"}},
		{"rate-ratio", []string{"multiple"}},
		{"rate-gap", nil},    // 28.0 percentage points: no figure in that unit
		{"union-share", nil}, // 1.25 times: "80 percent" is not it
		{"nothing", nil},
		{"exports-change", []string{"x-fall"}},  // −$20 billion: "fell $20 billion"
		{"exports-back", nil},                   // +$20 billion over 2014–2015: no fall restates a rise
		{"imports-change", []string{"m-rise"}},  // its clause of the sentence that quotes its inputs in theirs (s28y-prescriptions)
		{"hired-share", []string{"hired-rate"}}, // 40 percent of 2016: not 2015's, not Canada's, not a level
		{"care-check", []string{"care-share"}},  // the care precept's 1.8%, not the parish precepts' equal one (s27x-counciltax)
	} {
		var got []string
		for _, x := range c.Restating(tt.derived) {
			got = append(got, x.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Restating(%q) = %q, want %q", tt.derived, got, tt.want)
		}
	}
	// A catalog may give restates (a JSON export does); it must agree.
	for _, tt := range []struct{ given, want string }{
		{"[x-fall]", ""},
		{"[]", `derived "exports-change" computes restates = [x-fall], not []`},
		{"[hired-rate]", `derived "exports-change" computes restates = [x-fall], not [hired-rate]`},
		{"42", `derived "exports-change" computes restates = [x-fall], not [42]`},
	} {
		given := strings.Replace(yaml, "inputs: [x2015, x2014]}", "inputs: [x2015, x2014], restates: "+tt.given+"}", 1)
		if err := os.WriteFile(dir+"/given.yaml", []byte(given), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := indicators.Load(dir + "/given.yaml")
		if got := fmt.Sprint(err); tt.want == "" && err != nil || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("Load(restates: %s) = %v, want %q", tt.given, err, tt.want)
		}
	}
}
