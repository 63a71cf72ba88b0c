package wording

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNameInQuote: the words a quote names a figure by, before it or
// after it, never the figure itself.
func TestNameInQuote(t *testing.T) {
	tests := []struct {
		quote, stated, want string
	}{
		{"This was followed by Other crimes (24%), Fire-raising, vandalism etc.", "24%", "Other crimes"},
		{"(20%), Sexual crimes (4%) and Non-sexual crimes of violence (2%).", "4%", "Sexual crimes"},
		{"(20%), Sexual crimes (4%) and Non-sexual crimes of violence (2%).", "2%", "Non-sexual crimes of violence"},
		{"At 49%, Crimes of dishonesty account for almost half of all recorded crime in 2014-15.", "49%", "Crimes of dishonesty"},
		{"(20%), Sexual crimes (4%) and Non-sexual crimes of violence (2%).", "20%", ""},
		{"The figure is not here", "5%", ""},
	}
	for _, tt := range tests {
		if got := NameInQuote(tt.quote, tt.stated); got != tt.want {
			t.Errorf("NameInQuote(%q, %q) = %q, want %q", tt.quote, tt.stated, got, tt.want)
		}
	}
}

// TestTellApart: bars of one title that would read alike are named by
// their quotes' words, or, where one has none or shares them, by their
// own periods or entities, by id last; never by their own value. Bars a period tells apart keep
// their title.
func TestTellApart(t *testing.T) {
	const title = "Share under Total Recorded Crime"
	tests := []struct {
		name string
		bars []Named
		want []string
	}{
		{"named by quotes", []Named{
			{Title: title, Parts: "1971–1994", Quote: "At 49%, Crimes of dishonesty account for almost half", Stated: "49%", ID: "a"},
			{Title: title, Parts: "2015", Quote: "This was followed by Other crimes (24%), Fire-raising", Stated: "24%", ID: "b"},
			{Title: title, Parts: "2015", Quote: "(20%), Sexual crimes (4%) and Non-sexual crimes of violence (2%).", Stated: "4%", ID: "c"},
		}, []string{"Crimes of dishonesty", "Other crimes", "Sexual crimes"}},
		{"one unnamed: its id", []Named{
			{Title: title, Parts: "2015", Quote: "This was followed by Other crimes (24%), Fire-raising", Stated: "24%", ID: "b"},
			{Title: title, Parts: "2015", Quote: "(20%), Sexual crimes (4%) and Non-sexual crimes of violence (2%).", Stated: "20%", ID: "share-2"},
		}, []string{"Other crimes", "Share under Total Recorded Crime (share-2)"}},
		{"unnamed, own entities: by entity, not id", []Named{
			{Title: "Tariff", Stated: "5%", ID: "x", Entity: "Japan"},
			{Title: "Tariff", Stated: "5%", ID: "y", Entity: "United States"},
		}, []string{"Tariff (Japan)", "Tariff (United States)"}},
		{"unnamed, own periods: by period before entity", []Named{
			{Title: "Tariff", Stated: "5%", ID: "x", Period: "2014", Entity: "Japan"},
			{Title: "Tariff", Stated: "5%", ID: "y", Period: "2015", Entity: "Japan"},
		}, []string{"Tariff (2014)", "Tariff (2015)"}},
		{"unnamed, entity shared: by id", []Named{
			{Title: "Tariff", Stated: "5%", ID: "x", Entity: "Japan"},
			{Title: "Tariff", Stated: "5%", ID: "y", Entity: "Japan"},
		}, []string{"Tariff (x)", "Tariff (y)"}},
		{"periods tell apart", []Named{
			{Title: "Students", Parts: "2011", Stated: "5", ID: "a"},
			{Title: "Students", Parts: "2012", Stated: "6", ID: "b"},
		}, []string{"Students", "Students"}},
	}
	for _, tt := range tests {
		if got := TellApart(tt.bars); !cmp.Equal(got, tt.want) {
			t.Errorf("TellApart(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
