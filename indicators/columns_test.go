package indicators_test

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestReaderColumnsFirst: the indicator table's reader's columns come
// first, in the order a person reads a figure by, and the technical ones
// after them, so that the CSV and the book's sheet keep one order and the
// book prints the first ReaderColumns in one band.
func TestReaderColumnsFirst(t *testing.T) {
	want := []string{"ID", "Title", "Stated", "Value", "Low", "High", "Margin", "Unit", "Period", "Base", "Quote", "Notes"}
	got := indicators.CSVHeader[:indicators.ReaderColumns]
	if !slices.Equal(got, want) {
		t.Errorf("reader's columns = %q, want %q", got, want)
	}
	for i, c := range indicators.IndicatorColumns {
		if c.Reader != (i < indicators.ReaderColumns) {
			t.Errorf("column %d (%s): Reader = %v, want %v: the reader's columns come first", i, c.Name, c.Reader, i < indicators.ReaderColumns)
		}
	}
}

// TestRowFillMargin: a figure stated with its margin fills Margin with
// the half-width at full magnitude and MarginKind with what it measures;
// Low and High are what the written digits allow, never widened by the
// margin (a margin is not a range): 41.15 to 41.25 million.
func TestRowFillMargin(t *testing.T) {
	tests := []struct{ stated, value, low, high, margin, kind string }{
		{"41.2 ± 0.8 [SE] million birds", "41200000", "41150000", "41250000", "800000", "standard_error"},
		{"0.1 percent (±0.4 percent)", "0.1", "0.05", "0.15", "0.4", "unknown"},
		{"39 ± 2 (90% MOE) percent", "39", "38.5", "39.5", "2", "margin_of_error 90"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatal(err)
		}
		ind := &indicators.Indicator{ID: "x", Stated: tt.stated, Quantity: q, Unit: u}
		var row indicators.IndicatorRow
		row.Fill(ind, indicators.Provenance{}, indicators.RuneSpan{})
		got := map[string]string{}
		for i, c := range indicators.IndicatorColumns {
			got[c.Name] = row[i]
		}
		want := map[string]string{"Value": tt.value, "Low": tt.low, "High": tt.high, "Margin": tt.margin, "MarginKind": tt.kind}
		for name, w := range want {
			if got[name] != w {
				t.Errorf("Fill(stated %q): %s = %q, want %q", tt.stated, name, got[name], w)
			}
		}
	}
}

// TestRowFillByName: each cell of an indicator's row is in the column
// named for it, whatever the columns' order.
func TestRowFillByName(t *testing.T) {
	q, u, err := indicators.ParseStated("about 1.2 million people")
	if err != nil {
		t.Fatal(err)
	}
	ind := &indicators.Indicator{
		ID: "pop", Title: "Population", Entities: []string{"GB", "FR"}, Counterpart: "US", Stated: "about 1.2 million people",
		Quantity: q, Unit: u, Measure: indicators.Stock, Status: indicators.Estimate,
		Notes: []indicators.Note{{Text: "Mid-year."}}, Against: indicators.AgainstForecast,
	}
	p := indicators.Provenance{Source: "doc", Section: []string{"A", "B"}, Quote: "about 1.2 million people"}
	var row indicators.IndicatorRow
	row.Fill(ind, p, indicators.RuneSpan{Start: 3, End: 27})
	want := map[string]string{
		"ID": "pop", "Title": "Population", "Stated": "about 1.2 million people", "Value": "1200000", "Low": "1150000", "High": "1250000",
		"Unit": u.String(), "Period": "not stated", "Base": "", "Quote": "about 1.2 million people", "Notes": "Mid-year.",
		"Entities": "GB;FR", "Counterpart": "US", "Measure": "stock", "Status": "estimate", "Qualifier": "approx",
		"Direction": "", "Scale": "million", "Margin": "", "MarginKind": "", "Section": "A > B", "Start": "3", "End": "27", "Source": "doc", "Against": "forecast",
	}
	for i, c := range indicators.IndicatorColumns {
		w, ok := want[c.Name]
		if !ok {
			t.Errorf("column %s: no cell expected", c.Name)
			continue
		}
		if row[i] != w {
			t.Errorf("Fill: %s = %q, want %q", c.Name, row[i], w)
		}
	}
}

// TestRowFillSigned: a fall's figures are below zero in the table, as the
// book's cells hold them (Quantity.Stored), its range's ends swapped so
// that Low ≤ High; a rise keeps its
// size, and Direction still says the way (s23q-injuries: the book held
// -0.01, the CSV 1, for "down about 1 percent").
func TestRowFillSigned(t *testing.T) {
	tests := []struct {
		stated          string
		dir             indicators.Direction
		value, low, hig string
	}{
		{"about 1 percent", indicators.Down, "-1", "-1.5", "-0.5"},
		{"nearly 350 percent", indicators.Down, "-350", "-350", "-340"},
		{"more than 5 percent", indicators.Down, "-5", "", "-5"},
		{"26 to 28 percent", indicators.Down, "", "-28", "-26"},
		// Said with no hedge: the ends its written digits allow.
		{"18 percent", indicators.Up, "18", "17.5", "18.5"},
		{"$4.9 billion", indicators.Down, "-4900000000", "-4950000000", "-4850000000"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStatedAs(tt.stated, indicators.Change)
		if err != nil {
			t.Fatal(err)
		}
		q.Direction = tt.dir
		ind := &indicators.Indicator{ID: "x", Stated: tt.stated, Quantity: q, Unit: u, Measure: indicators.Change}
		var row indicators.IndicatorRow
		row.Fill(ind, indicators.Provenance{}, indicators.RuneSpan{})
		got := map[string]string{}
		for i, c := range indicators.IndicatorColumns {
			got[c.Name] = row[i]
		}
		want := map[string]string{"Value": tt.value, "Low": tt.low, "High": tt.hig, "Direction": tt.dir.String()}
		for name, w := range want {
			if got[name] != w {
				t.Errorf("Fill(%q, %s): %s = %q, want %q", tt.stated, tt.dir, name, got[name], w)
			}
		}
	}
}

// TestRowFillProportion: a share stated as a proportion in words is
// written to the digits the book shows it, never the fifteen of its
// quotient: "1 in 9" is 11.1 (s25v-waiting's CSV said 11.1111111111111),
// and a bound no stronger than its words; "1 in M" is a ratio rounded to
// a whole "in M", from 1/(M+½) to 1/(M−½) at three figures (verify45).
func TestRowFillProportion(t *testing.T) {
	tests := []struct{ stated, value, low, high string }{
		{"1 in 9", "11.1", "10.5", "11.8"},
		{"1 in 8", "12.5", "11.7", "13.4"},
		{"one in five", "20", "18.1", "22.3"},
		{"more than a third", "33.3", "33.3", ""},
		{"one in 191", "0.524", "0.522", "0.525"},
		{"a fifth", "20", "", ""},
		// A bound rounded the way it bounds: 66.7 is more than two-thirds
		// claims (s30a-carrierbags).
		{"more than two-thirds", "66.6", "66.6", ""},
		// A hedged proportion in words is said to a whole percent
		// (s33d-youthjustice: "almost two thirds" was 66.6 to 66.7).
		{"nearly two-thirds", "66.7", "56.7", "66.7"}, // one figure of its percent (ends40)
		{"nearly a third", "33.4", "23.4", "33.4"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStatedAs(tt.stated, indicators.Share)
		if err != nil {
			t.Fatal(err)
		}
		ind := &indicators.Indicator{ID: "x", Stated: tt.stated, Quantity: q, Unit: u, Measure: indicators.Share}
		var row indicators.IndicatorRow
		row.Fill(ind, indicators.Provenance{}, indicators.RuneSpan{})
		got := map[string]string{}
		for i, c := range indicators.IndicatorColumns {
			got[c.Name] = row[i]
		}
		for name, w := range map[string]string{"Value": tt.value, "Low": tt.low, "High": tt.high} {
			if got[name] != w {
				t.Errorf("Fill(stated %q): %s = %q, want %q", tt.stated, name, got[name], w)
			}
		}
	}
}

// TestRowFillQuotes: the Quote cell says every quote, the first, whose
// span Start and End give, then each other after "Also:", so that the CSV
// keeps what the JSON and the book keep (s26w-taxgap's CSV said one of an
// indicator's three quotes).
func TestRowFillQuotes(t *testing.T) {
	tests := []struct {
		quotes []string
		want   string
	}{
		{nil, ""},
		{[]string{"4.8% of liabilities"}, "4.8% of liabilities"},
		{[]string{"4.8% of liabilities", "the gap was 4.8%", "reduced to 4.8%"},
			"4.8% of liabilities\n\nAlso: “the gap was 4.8%”\n\nAlso: “reduced to 4.8%”"},
	}
	for _, tt := range tests {
		ind := &indicators.Indicator{ID: "x", Stated: "4.8%"}
		var p indicators.Provenance
		for _, q := range tt.quotes {
			ind.Provenance = append(ind.Provenance, indicators.Provenance{Source: "s", Quote: q})
		}
		if len(ind.Provenance) > 0 {
			p = ind.Provenance[0]
		}
		var row indicators.IndicatorRow
		row.Fill(ind, p, indicators.RuneSpan{})
		if got := row[slices.Index(indicators.CSVHeader, "Quote")]; got != tt.want {
			t.Errorf("Fill(quotes %q): Quote = %q, want %q", tt.quotes, got, tt.want)
		}
	}
}
