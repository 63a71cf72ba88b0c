package xlsx

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCoverFigure: a headline figure keeps its unit's base when the
// stated words lack it, says a fall as a fall and a rise as a rise (so
// that "up 0.1%" stands beside "down 0.1%"), a bare count's noun, and is
// the stated text otherwise.
func TestCoverFigure(t *testing.T) {
	tests := []struct {
		stated, unit, want string
		dir                indicators.Direction
	}{
		{"0.2 percentage points", "percentage_point", "down 0.2 percentage points", indicators.Down},
		{"11,000", "vacancy", "down 11,000 vacancies", indicators.Down},
		{"0.1%", "", "up 0.1%", indicators.Up},
		{"over 6%", "", "up over 6%", indicators.Up},
		{"187", "center", "187 centers", indicators.NoDirection},
		{"$47", "USD per barrel", "$47 per barrel", indicators.NoDirection},
		{"$2.64", "USD per gallon", "$2.64 per gallon", indicators.NoDirection},
		{"$200 a month", "", "$200 a month", indicators.NoDirection},
		{"450,000 barrels per day", "", "450,000 barrels per day", indicators.NoDirection},
		{"$279 billion", "", "$279 billion", indicators.NoDirection},
		{"up to $1.8 billion per year", "NZD per year", "up to NZ$1.8 billion per year", indicators.NoDirection},
		{"$100 million", "NZD", "NZ$100 million", indicators.NoDirection},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		if tt.unit != "" {
			if u, err = indicators.ParseUnit(tt.unit); err != nil {
				t.Fatalf("ParseUnit(%q): %v", tt.unit, err)
			}
		}
		ind := &indicators.Indicator{Stated: tt.stated, Quantity: q, Unit: u}
		if tt.dir != indicators.NoDirection {
			ind.Measure, ind.Quantity.Direction = indicators.Change, tt.dir
		}
		if got := coverFigure(ind); got != tt.want {
			t.Errorf("coverFigure(%q in %q) = %q, want %q", tt.stated, tt.unit, got, tt.want)
		}
	}
}

// TestCoverFigureBase: the Cover says what a change is from after its
// figure, one way whatever the title says (wording.ClaimBase): "up 23%
// from 2001 to 2012" under "… since 2001" as beside "down 4.3% from 2012
// to 2013" (s15-births: "up 23%" there, "down 0.3% on 2008" beside it);
// the Indicators sheet's Base column is no longer the only place.
func TestCoverFigureBase(t *testing.T) {
	tests := []struct {
		title, stated, period, base, want string
		dir                               indicators.Direction
		wantTitle                         string
	}{
		{"Change in recorded crime on the year before", "5%", "FY2014-15", "FY2013-14", "down 5% from FY 2013–14 to FY 2014–15", indicators.Down, "Change in recorded crime on the year before"},
		{"Rise in live births", "23%", "2012", "2001", "up 23% from 2001 to 2012", indicators.Up, "Rise in live births"},
		{"Rise in live births since 2001", "23%", "2012", "2001", "up 23% from 2001 to 2012", indicators.Up, "Rise in live births since 2001"},
		{"Change in admissions to prison from 2021", "48,200", "2022", "2021", "up 48,200 from 2021 to 2022", indicators.Up, "Change in admissions to prison from 2021"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		q.Direction = tt.dir
		ind := &indicators.Indicator{Title: tt.title, Stated: tt.stated, Quantity: q, Unit: u, Measure: indicators.Change}
		if ind.Period, err = indicators.ParsePeriod(tt.period); err != nil {
			t.Fatal(err)
		}
		if ind.Base, err = indicators.ParsePeriod(tt.base); err != nil {
			t.Fatal(err)
		}
		if got := coverFigure(ind); got != tt.want {
			t.Errorf("coverFigure(%q, base %q) = %q, want %q", tt.title, tt.base, got, tt.want)
		}
		if got := coverTitle(ind); got != tt.wantTitle {
			t.Errorf("coverTitle(%q, base %q) = %q, want %q", tt.title, tt.base, got, tt.wantTitle)
		}
	}
}

// TestCoverTitlePlace: a headline figure on the Cover says its place
// after its title where the title names none, as the deck's list of
// claims and the headline card do: a figure about Scotland said with no
// place (childcare) is pasted as one about anywhere.
func TestCoverTitlePlace(t *testing.T) {
	tests := []struct {
		title    string
		entities []string
		want     string
	}{
		{"Registered places in early learning and childcare", []string{"GB-SCT"}, "Registered places in early learning and childcare, Scotland, 2022"},
		{"Local bus passenger journeys", []string{"GB-WLS"}, "Local bus passenger journeys, Wales, 2022"},
		{"Passenger journeys, London", []string{"E12000007"}, "Passenger journeys, London, 2022"},
		{"Schools", nil, "Schools, 2022"},
	}
	for _, tt := range tests {
		ind := &indicators.Indicator{ID: "x", Title: tt.title, Stated: "12", Entities: tt.entities, Measure: indicators.Stock, Period: indicators.YearPeriod(2022)}
		if got := coverTitle(ind); got != tt.want {
			t.Errorf("coverTitle(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestCoverHeadlineIntro: the Cover's headline list says what its
// figures are, never "as the document states it" over "up 587,972
// emergency calls" where the document says "a 587,972 (6.9%) increase"
// (s25u-ambulance); the document's words are the Quote column's.
func TestCoverHeadlineIntro(t *testing.T) {
	q, u, err := indicators.ParseStated("587,972")
	if err != nil {
		t.Fatal(err)
	}
	u, _ = indicators.ParseUnit("emergency call")
	q.Direction = indicators.Up
	c := &indicators.Catalog{Indicators: []indicators.Indicator{{ID: "calls", Title: "Increase in emergency calls", Stated: "587,972",
		Quantity: q, Unit: u, Measure: indicators.Change, Period: indicators.YearPeriod(2013)}}}
	f := writtenBook(t, c)
	defer f.Close()
	rows, err := f.GetRows(SheetCover)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) == 0 || r[0] != "Headline figures" || i+2 >= len(rows) {
			continue
		}
		intro, fig := rows[i+1][0], rows[i+2][0]
		if fig != "up 587,972 emergency calls" || strings.Contains(strings.ToLower(intro), "as the document states") || !strings.Contains(intro, "Quote") {
			t.Errorf("Cover headline list = %q over %q, want the book's wording said so, the document's words sent to the Quote column", intro, fig)
		}
		return
	}
	t.Errorf("Cover has no headline figures: %q", rows)
}

// TestCoverSourceReadAt: the Cover names the publisher the catalog gives
// and calls its address the copy the text was read at, never the
// source's URL (s25u-ambulance: a documents.pub mirror under "URL").
func TestCoverSourceReadAt(t *testing.T) {
	c := &indicators.Catalog{Sources: []indicators.Source{{ID: "s", Title: "Ambulance Services, England 2012-13",
		Publisher: "Health and Social Care Information Centre", URL: "https://documents.pub/document/ambulance-services.html"}}}
	f := writtenBook(t, c)
	defer f.Close()
	rows, err := f.GetRows(SheetCover)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range rows {
		if len(r) > 1 {
			got[r[0]] = r[1]
		}
	}
	if got["Publisher"] != "Health and Social Care Information Centre" || got["URL"] != "" || !strings.HasPrefix(got["Text read at"], "documents.pub/") {
		t.Errorf("Cover source rows = %q, want the publisher named and the address under %q", got, "Text read at")
	}
}
