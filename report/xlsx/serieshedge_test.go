package xlsx

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSeriesValueHedge: a hedged point's Value on the Series sheet says
// its hedge, as the Indicators sheet's does: "more than 90 percent" was
// shown "90%" (s31b-blood, the blood kind).
func TestSeriesValueHedge(t *testing.T) {
	c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", "blood", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	_, sheet, _ := strings.Cut(dump(t, buf.Bytes()), "== sheet Series")
	sheet, _, _ = strings.Cut(sheet, "== sheet")
	if want := `fmt "\"more than \"#,##0%"`; !strings.Contains(sheet, want) {
		t.Errorf("the Series sheet has no Value in %s:\n%s", want, sheet)
	}
}
