package indicators

import "testing"

// TestParseStatedMargin reads figures written with their margins, from
// three documents' sentences: the USFWS duck survey (s18k-birds), the US
// Census Bureau's new residential construction release ("(±0.4
// percent)*"), and a poll reported as "39±2% of the voters agree"
// (https://studydaddy.com/question/confidence-interval-estimation-discussion),
// field by field.
func TestParseStatedMargin(t *testing.T) {
	tests := []struct {
		stated    string
		value     Decimal
		scale     Scale
		unit      string
		halfWidth Decimal
		kind      MarginKind
		level     uint8
	}{
		// USFWS: "was 41.2 ± 0.8 [SE] million birds".
		{"41.2 ± 0.8 [SE] million birds", Decimal{412, 5}, Million, "bird", Decimal{8, 5}, StandardError, 0},
		{"41.2 ± 0.8 million", Decimal{412, 5}, Million, "", Decimal{8, 5}, UnknownMargin, 0},
		{"36.2 ± 0.6 million birds", Decimal{362, 5}, Million, "bird", Decimal{6, 5}, UnknownMargin, 0},
		{"8.0 ± 0.3 (SE) million", Decimal{80, 5}, Million, "", Decimal{3, 5}, StandardError, 0},
		// US Census: "up 0.1 percent (±0.4 percent)*".
		{"0.1 percent (±0.4 percent)", Decimal{1, -1}, NoScale, "percent", Decimal{4, -1}, UnknownMargin, 0},
		{"7.7 percent (±1.2 percent)", Decimal{77, -1}, NoScale, "percent", Decimal{12, -1}, UnknownMargin, 0},
		{"2.3 percent (plus or minus 0.5 percent)", Decimal{23, -1}, NoScale, "percent", Decimal{5, -1}, UnknownMargin, 0},
		// The poll: "39±2% of the voters agree".
		{"39±2%", Decimal{39, 0}, NoScale, "percent", Decimal{2, 0}, UnknownMargin, 0},
		{"39 ± 2 (90% MOE) percent", Decimal{39, 0}, NoScale, "percent", Decimal{2, 0}, MarginOfError, 90},
		// A label opening the parentheses.
		{"1.32 million (SE 0.02 million)", Decimal{132, 4}, Million, "", Decimal{2, 4}, StandardError, 0},
		{"12.3% ± 1.1%", Decimal{123, -1}, NoScale, "percent", Decimal{11, -1}, UnknownMargin, 0},
	}
	for _, tt := range tests {
		q, u, err := ParseStated(tt.stated)
		if err != nil {
			t.Errorf("ParseStated(%q): %v", tt.stated, err)
			continue
		}
		if !q.Value.Equal(tt.value) || q.Scale != tt.scale || u.String() != tt.unit {
			t.Errorf("ParseStated(%q) = %s %s %q, want %s %s %q", tt.stated, q.Value, q.Scale, u, tt.value, tt.scale, tt.unit)
		}
		if !q.Margin.HalfWidth.Equal(tt.halfWidth) || q.Margin.Kind != tt.kind || q.Margin.Level != tt.level {
			t.Errorf("ParseStated(%q).Margin = %+v, want ±%s %s level %d", tt.stated, q.Margin, tt.halfWidth, tt.kind, tt.level)
		}
		bare := q
		bare.Margin = Margin{}
		if got, want := q.Interval(), bare.Interval(); got != want {
			t.Errorf("ParseStated(%q).Interval() = %v, want %v: the margin is no part of the precision interval", tt.stated, got, want)
		}
	}
}

// TestParseStatedMarginRefused checks the margins ParseStated refuses.
func TestParseStatedMarginRefused(t *testing.T) {
	for _, s := range []string{
		"26 to 28 ± 1 percent",      // a range has no margin
		"41.2 ± 0.8 [SE] million 5", // a number for a unit
		"41.2 ± 0.8 million ± 0.1",  // two margins
		"12.3% ± 1.1 million",       // the margin in another unit
		"41.2 ± nearly 0.8 million", // a margin is a number
	} {
		if q, u, err := ParseStated(s); err == nil {
			t.Errorf("ParseStated(%q) = %+v %v, want an error", s, q, u)
		}
	}
}

// TestFormatMargin checks that Format writes a margin between the number
// and its scale word, and that ParseStated reads it back.
func TestFormatMargin(t *testing.T) {
	tests := []struct{ stated, plain, compact string }{
		{"41.2 ± 0.8 [SE] million birds", "41.2 ± 0.8 million birds", "41.2 ± 0.8 million birds"},
		{"0.1 percent (±0.4 percent)", "0.1 ± 0.4 percent", "0.1 ± 0.4%"},
		{"39±2%", "39 ± 2 percent", "39 ± 2%"},
		{"1.32 million (SE 0.02 million)", "1.32 ± 0.02 million", "1.32 ± 0.02 million"},
	}
	for _, tt := range tests {
		q, u, err := ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		for _, st := range []struct {
			style Style
			want  string
		}{{Style{}, tt.plain}, {Style{Compact: true}, tt.compact}} {
			got := Format(q, u, st.style)
			if got != st.want {
				t.Errorf("Format(ParseStated(%q), %+v) = %q, want %q", tt.stated, st.style, got, st.want)
			}
			back, bu, err := ParseStated(got)
			if err != nil || back.Value != q.Value || back.Margin.HalfWidth != q.Margin.HalfWidth || bu != u {
				t.Errorf("ParseStated(%q) = %+v %v %v, want the figure of %q", got, back, bu, err, tt.stated)
			}
		}
	}
}
