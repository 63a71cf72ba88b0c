package wording

import "testing"

// TestInBrackets: sources named in one pair of brackets, never nested
// (s22p-dental: "(Welsh Government (Statistics for Wales) 2014)").
func TestInBrackets(t *testing.T) {
	tests := []struct {
		names []string
		want  string
	}{
		{nil, ""},
		{[]string{"Defra 2009"}, "(Defra 2009)"},
		{[]string{"Welsh Government (Statistics for Wales) 2014"}, "(Welsh Government, Statistics for Wales, 2014)"},
		{[]string{"ONS (2019)", "ABS 2007"}, "(ONS, 2019; ABS 2007)"},
		{[]string{"Office (UK), 2020"}, "(Office, UK, 2020)"},
	}
	for _, tt := range tests {
		if got := InBrackets(tt.names); got != tt.want {
			t.Errorf("InBrackets(%q) = %q, want %q", tt.names, got, tt.want)
		}
	}
}
