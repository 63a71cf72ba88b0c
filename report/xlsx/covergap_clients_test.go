package xlsx

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestLibreOfficeCoverGap prints a Cover whose widest headline figure
// sizes its column ("down 5.9% from 2012 to 2013") and reads the page
// back: the figure and its title are apart, as the other rows' are, not
// run together ("2013 Change in …", s13b-business).
func TestLibreOfficeCoverGap(t *testing.T) {
	clients(t)
	c := &indicators.Catalog{Sources: []indicators.Source{{ID: "src", Title: "Business demography"}}}
	for _, tc := range []struct{ id, stated, title string }{
		{"deaths-2013", "5.9%", "Change in UK business deaths on the year before"},
		{"births-2014", "1.2%", "Change in UK business births on the year before"},
	} {
		ind := indicatortest.Change(t, tc.id, tc.stated, indicators.Down)
		ind.Title = tc.title
		ind.Period = indicators.YearPeriod(2013)
		ind.Base = indicators.YearPeriod(2012)
		c.Indicators = append(c.Indicators, ind)
	}
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	pages := pdfPages(t, "covergap", buf.Bytes())
	found := false
	for _, line := range strings.Split(pages[0].text, "\n") {
		if !strings.Contains(line, "from 2012 to 2013") {
			continue
		}
		found = true
		if !regexp.MustCompile(`to 2013\s{2,}Change`).MatchString(line) {
			t.Errorf("printed Cover line %q: the figure runs into its title", strings.TrimSpace(line))
		}
	}
	if !found {
		t.Errorf("the printed Cover has no headline figure \"… from 2012 to 2013\":\n%s", pages[0].text)
	}
}
