package xlsx

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSeriesHeaderRepeat: a Series table that fits one printed page does
// not repeat its header row, which printed over the chart's own page with
// nothing under it (s16g-research: two points; s16g-insolvency: three);
// one longer than a page (the births kind's 40 years) repeats it.
func TestSeriesHeaderRepeat(t *testing.T) {
	long := make([]string, 40)
	for i := range long {
		long[i] = fmt.Sprintf("%d,000 births@%d", 600+i, 1980+i)
	}
	tests := []struct {
		name    string
		figures []string
		repeat  bool
	}{
		{"s16g-research, two fiscal years", []string{"$10,000 million@2005-07/2006-06", "$12,000 million@2006-07/2007-06"}, false},
		{"s16g-insolvency, three points", []string{"1,130 companies@2008/2009", "572 companies@2023", "524 companies@2024"}, false},
		{"births kind, 40 years", long, true},
	}
	for _, tt := range tests {
		c := indicatortest.FlowSeries(t, "series", tt.figures, "")
		var buf bytes.Buffer
		if err := Write(&buf, c, nil); err != nil {
			t.Fatal(err)
		}
		d := dump(t, buf.Bytes())
		got := strings.Contains(d, "Print_Titles = Series!$1:$1") || strings.Contains(d, ",Series!$1:$1")
		if got != tt.repeat {
			t.Errorf("%s: Series header row repeated on every page: %v, want %v", tt.name, got, tt.repeat)
		}
	}
}
