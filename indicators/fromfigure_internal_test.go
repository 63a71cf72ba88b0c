package indicators

import "testing"

// TestFromFigureIn checks the reader of a change's earlier end written
// with both ends, "from X in T0 to Y in T1": a figure after "from", up to a
// few words, "in" and a period, then "to" and another figure; the period
// is the base where it is before the change's own.
func TestFromFigureIn(t *testing.T) {
	tests := []struct {
		s      string // lower case, after "from"
		period string
		want   string // the base, "" for none
	}{
		{"194,143 diagnoses in 2023 to 168,889 diagnoses in 2024", "2024", "2023"},
		{"9,375 in 2023 to 9,535 in 2024", "2024", "2023"},
		{"2.440 million in quarter 3 2014 to 2.771 million trips in quarter 3 2015 (+13.5%)", "2015-Q3", "2014-Q3"},
		{"16,234 in q1 of 2007 to 17,278 in q2 2009.", "2009-Q2", "2007-Q1"},
		{"14.3 million4 in 2013/14 to 14.6 million in 2014/15.", "2014/15", "2013/14"},
		{"9.6% in 2023 to 8.8% in 2024)", "2024", "2023"},
		{"1,234 in march 2023 to 1,300 in march 2024", "2024-03", "2023-03"},
		{"17,890 to 20,085)", "2021/22", ""},            // no periods
		{"2025 levels to 2030", "2030", ""},             // no figure first
		{"12 in 2025 to 14 in 2026", "2024", ""},        // not before the period
		{"52% in 2020. prices rose to 60%", "2021", ""}, // across a sentence
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.period)
		if err != nil {
			t.Fatal(err)
		}
		b, n := fromFigureIn(tt.s, p)
		got := ""
		if n > 0 {
			got = b.String()
		}
		if got != tt.want {
			t.Errorf("fromFigureIn(%q, %s) = %q, want %q", tt.s, tt.period, got, tt.want)
		}
	}
}

// TestGBAsPlace checks which "GB" of a quote is a place (Great Britain in
// a UK release) and which a data size.
func TestGBAsPlace(t *testing.T) {
	tests := []struct {
		quote string
		want  bool
	}{
		{"4% from GB", true},
		{"71% were from NI, 4% from GB, 3% from the Republic of Ireland", true},
		{"employees in GB and NI", true},
		{"Connections with data caps over 50 gigabytes (GB)", false},
		{"a 50 GB cap", false},
		{"a 50GB cap", false},
		{"prices in GBP", false},
	}
	for _, tt := range tests {
		if got := gbAsPlace(tt.quote); got != tt.want {
			t.Errorf("gbAsPlace(%q) = %v, want %v", tt.quote, got, tt.want)
		}
	}
}
