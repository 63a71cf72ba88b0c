package indicators_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// TestAreaVolumeUnits checks that a word of area or volume and the
// length after it are one unit, in stated figures and in advice (round
// AH, s37h-disasteraid: "5.6 million cubic yards" was refused with the
// advice to write it in "yards", a length): the lexicon's areas and
// volumes read as their measure, any other ("cubic furlongs") as one
// counted unit, and a length given to a bare number whose quote names
// the area or volume is told the unit the quote names.
func TestAreaVolumeUnits(t *testing.T) {
	units := []struct{ stated, unit, shown string }{
		{"5.6 million cubic yards", "yd3", "5.6 million cubic yards"},
		{"40 sq ft", "ft2", "40 square feet"},
		{"12 square miles", "mi2", "12 square miles"},
		{"300 sq yds", "yd2", "300 square yards"},
		{"2 cu m", "m3", "2 cubic metres"},
		{"4 cubic kilometres", "km3", "4 cubic kilometres"},
		{"3 cubic furlongs", "cubic furlong", "3 cubic furlongs"},
		{"20 yards", "yd", "20 yards"},
	}
	for _, tt := range units {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Errorf("ParseStated(%q) error = %v", tt.stated, err)
			continue
		}
		if u.String() != tt.unit {
			t.Errorf("ParseStated(%q) unit = %q, want %q", tt.stated, u.String(), tt.unit)
		}
		if got := indicators.Format(q, u, indicators.Style{Words: true}); got != tt.shown {
			t.Errorf("Format(ParseStated(%q)) = %q, want %q", tt.stated, got, tt.shown)
		}
	}

	const doc = "Crews removed 5.6 million cubic yards of debris and 2 million yards of fencing, and cleared 12 square miles of land.\n"
	const base = "entities: [US]\nstatus: fact\nperiod: 2012\nmeasure: flow\n"
	messages := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		{"a volume stated whole", base + "stated: 5.6 million cubic yards", "5.6 million cubic yards of debris", nil},
		{"a volume as the unit of a bare number", base + "stated: 5.6 million\nunit: cubic yard", "5.6 million cubic yards of debris", nil},
		{"a length beside a quote's volume", base + "stated: 5.6 million\nunit: yard", "5.6 million cubic yards of debris",
			[]string{`unit "yd" given to "5.6 million", but the quote names "cubic yards", an area or a volume, no length: write unit: cubic yard`}},
		{"a length beside a quote's area", base + "stated: 12\nunit: mi", "cleared 12 square miles of land",
			[]string{`unit "mi" given to "12", but the quote names "square miles", an area or a volume, no length: write unit: square mile`}},
		{"a length the quote names", base + "stated: 2 million\nunit: yard", "2 million yards of fencing", nil},
	}
	for _, tc := range messages {
		got := parseEntryIn(t, doc, tc.fields, tc.quote)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tc.name, diff)
		}
	}
}
