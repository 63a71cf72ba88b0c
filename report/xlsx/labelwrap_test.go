package xlsx

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// TestUnwrappedLabels: every data label's text body of a native chart is
// set on one line, and nothing outside the labels changes.
func TestUnwrappedLabels(t *testing.T) {
	tests := []struct{ src, want string }{
		{`<title><a:bodyPr rot="0"></a:bodyPr></title><dLbls><txPr><a:bodyPr rot="0"></a:bodyPr></txPr></dLbls>`,
			`<title><a:bodyPr rot="0"></a:bodyPr></title><dLbls><txPr><a:bodyPr wrap="none" rot="0"></a:bodyPr></txPr></dLbls>`},
		{`<dLbls><dLbl><txPr><a:bodyPr></a:bodyPr></txPr></dLbl></dLbls><x/><dLbls><a:bodyPr></a:bodyPr></dLbls>`,
			`<dLbls><dLbl><txPr><a:bodyPr wrap="none"></a:bodyPr></txPr></dLbl></dLbls><x/><dLbls><a:bodyPr wrap="none"></a:bodyPr></dLbls>`},
		{`<c/>`, `<c/>`},
	}
	for _, tc := range tests {
		if got := string(unwrappedLabels([]byte(tc.src))); got != tc.want {
			t.Errorf("unwrappedLabels(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

// TestBookLabelsOneLine: every data label of the book's native charts is
// set on one line (s13-schools: "13.6 pupils per / teacher").
func TestBookLabelsOneLine(t *testing.T) {
	_, parts := writeParts(t, usjapan2015.Catalog())
	n := 0
	for name, x := range parts {
		if !strings.HasPrefix(name, "xl/charts/chart") {
			continue
		}
		for _, l := range strings.Split(x, "<dLbls>")[1:] {
			l, _, _ = strings.Cut(l, "</dLbls>")
			n += strings.Count(l, "<a:bodyPr")
			if k := strings.Count(l, "<a:bodyPr") - strings.Count(l, `<a:bodyPr wrap="none"`); k > 0 {
				t.Errorf("%s: %d data label bodies that wrap", name, k)
			}
		}
	}
	if n == 0 {
		t.Error("no data label body in the book's charts")
	}
}
