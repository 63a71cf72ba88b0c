package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

func TestEntityLabel(t *testing.T) {
	for _, tt := range []struct{ code, want string }{
		{"013", "Central America (013)"},
		{"JP", "Japan (JP)"},
		{"WLD", "World (WLD)"},
		{"XYZ", "XYZ"},
	} {
		if got := EntityLabel(tt.code); got != tt.want {
			t.Errorf("EntityLabel(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestUnitWords(t *testing.T) {
	parse := func(s string) indicators.Unit {
		u, err := indicators.ParseUnit(s)
		if err != nil {
			t.Fatalf("ParseUnit(%q): %v", s, err)
		}
		return u
	}
	for _, tt := range []struct{ unit, want string }{
		{"percentage_point", "percentage points"},
		{"percent", "percent"},
		{"vacancy", "vacancies"},
		{"center", "centers"},
		{"USD", "USD"},
		{"XDR", "SDR"},
		{"USD per barrel", "USD per barrel"},
	} {
		if got := UnitWords(parse(tt.unit)); got != tt.want {
			t.Errorf("UnitWords(%q) = %q, want %q", tt.unit, got, tt.want)
		}
	}
}

// TestSourceName: a source is named as a reader knows it, never by its
// catalog ID (a draft's placeholder "doc").
func TestSourceName(t *testing.T) {
	issued := indicators.Date{Year: 2024, Month: 3, Day: 28}
	for _, tt := range []struct {
		src  indicators.Source
		want string
	}{
		{indicators.Source{ID: "doc", Short: "ONS", Issued: issued}, "ONS 2024"},
		{indicators.Source{ID: "doc", Publisher: "Office for National Statistics", Issued: issued}, "Office for National Statistics 2024"},
		{indicators.Source{ID: "doc", Title: "GDP quarterly national accounts, UK: October to December 2023", Issued: issued}, "GDP quarterly national accounts 2024"},
		{indicators.Source{ID: "doc", Title: "Consumer price inflation, UK: March 2022", Issued: issued}, "Consumer price inflation 2024"},
		{indicators.Source{ID: "doc", Title: "Annual statistics on road traffic accidents and casualties in Great Britain"}, "Annual statistics on road traffic …"},
		{indicators.Source{ID: "wh", Title: "FACT SHEET: U.S.-Japan Cooperation", Issued: issued}, "U.S.-Japan Cooperation 2024"},
		{indicators.Source{ID: "doc", Issued: issued}, ""},
		// Initials only as the publisher's text writes them.
		{indicators.Source{ID: "mod", Publisher: "UK Ministry of Defence", Issued: issued, Text: "The MOD publishes…"}, "MOD 2024"},
		{indicators.Source{ID: "dol", Publisher: "U.S. Department of Labor", Issued: issued, Text: "DOL today announced"}, "DOL 2024"},
		{indicators.Source{ID: "ons", Publisher: "Office for National Statistics", Issued: issued, Text: "ONS figures"}, "ONS 2024"},
		{indicators.Source{ID: "mod", Publisher: "UK Ministry of Defence", Issued: issued, Text: "Defence spending"}, "UK Ministry of Defence 2024"},
		{indicators.Source{ID: "dol", Publisher: "U.S. Department of Labor", Issued: issued, Text: "DOLLARS"}, "U.S. Department of Labor 2024"},
	} {
		if got := SourceName(&tt.src); got != tt.want {
			t.Errorf("SourceName(%+v) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
