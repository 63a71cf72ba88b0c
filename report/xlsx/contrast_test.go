package xlsx

import (
	"regexp"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// TestChartLinesContrast: every outline and hatch line of the native
// charts keeps 3:1 against white (WCAG 2.1 non-text contrast), the
// pledge's orange and the target's purple in a darker shade.
func TestChartLinesContrast(t *testing.T) {
	for name, c := range map[string]func(*testing.T) (string, map[string]string){
		"default": func(t *testing.T) (string, map[string]string) {
			_, p := writeParts(t, usjapan2015.Catalog())
			return "default", p
		},
		"outlook": func(t *testing.T) (string, map[string]string) {
			_, p := writeParts(t, outlookCatalog(t))
			return "outlook", p
		},
	} {
		_, parts := c(t)
		lines := regexp.MustCompile(`<a:ln[ >].*?<a:srgbClr val="(\w+)"|<a:fgClr><a:srgbClr val="(\w+)"`)
		n := 0
		for part, x := range parts {
			if !strings.HasPrefix(part, "xl/charts/chart") {
				continue
			}
			for _, m := range lines.FindAllStringSubmatch(x, -1) {
				hex := m[1] + m[2]
				n++
				if got := wording.Contrast(hex, "FFFFFF"); got < wording.MinLineContrast {
					t.Errorf("%s %s: line colour %s has contrast %.2f against white, want at least %.1f", name, part, hex, got, wording.MinLineContrast)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no chart lines found", name)
		}
	}
}
