package xlsx

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// out38Book writes a book of one series whose points are claims, each
// {id, stated, period}, and returns its parts.
func out38Book(t *testing.T, claims [][3]string) map[string]string {
	t.Helper()
	text := "A\n"
	for _, c := range claims {
		text += "Claim " + c[0] + ": it was " + c[1] + ".\n"
	}
	h := sha256.Sum256([]byte(text))
	var b strings.Builder
	b.WriteString("claimbook: 1\nsources:\n")
	fmt.Fprintf(&b, "  - {id: a, title: Stats, short: ONS, publisher: Office for National Statistics, issued: 2019-08-30, text: a.txt, sha256: %s}\n", hex.EncodeToString(h[:]))
	b.WriteString("indicators:\n")
	for _, c := range claims {
		fmt.Fprintf(&b, "  - {id: %s, title: Adults seen, measure: level, status: fact, stated: \"%s\", unit: adult, period: %s, series: s, provenance: [{source: a, quote: \"Claim %s: it was %s\"}]}\n",
			c[0], c[1], c[2], c[0], c[1])
	}
	b.WriteString("series:\n  - {id: s, title: Adults seen}\n")
	c := indicatortest.ParseWithText(t, "c.yaml", b.String(), text)
	_, parts := writeParts(t, c)
	return parts
}

// TestSeriesLabelsKeepStatedDecimals: a series chart's point labels
// keep the decimals each figure is written with in its own scale:
// "22.03m" and "21.96m" read "22.03" and "21.96" under "million
// adults", never "22" twice (s34e-dental), and whole millions stay
// whole.
func TestSeriesLabelsKeepStatedDecimals(t *testing.T) {
	fmtRe := regexp.MustCompile(`<dLbls><numFmt formatCode="([^"]*)"`)
	tests := []struct {
		name   string
		claims [][3]string
		want   string
	}{
		{"hundredths of millions", [][3]string{{"a", "22.03m", "2018"}, {"b", "21.96m", "2019"}}, "#,##0.00,,"},
		{"one point with a decimal", [][3]string{{"a", "22 million", "2018"}, {"b", "21.5 million", "2019"}}, "#,##0.0,,"},
		{"whole millions", [][3]string{{"a", "22 million", "2018"}, {"b", "21 million", "2019"}}, "#,##0,,"},
	}
	for _, tt := range tests {
		parts := out38Book(t, tt.claims)
		var got []string
		for name, x := range parts {
			if strings.HasPrefix(name, "xl/charts/chart") && strings.Contains(drawingText(x), "million adults") {
				for _, m := range fmtRe.FindAllStringSubmatch(x, -1) {
					got = append(got, m[1])
				}
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: series labels' formats = %q, want [%q]", tt.name, got, tt.want)
		}
	}
}
