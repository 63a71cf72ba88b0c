package indicators

import (
	"fmt"
	"testing"
	"time"
)

// TestDateString holds Date.String, which writes without fmt, to the ISO
// 8601 forms fmt's %04d and %02d give, for years of any width and sign.
func TestDateString(t *testing.T) {
	if got := (Date{}).String(); got != "" {
		t.Errorf("Date{}.String() = %q, want %q", got, "")
	}
	for _, y := range []int{-12345, -999, -5, 0, 7, 42, 999, 1000, 2015, 9999, 10000, 123456} {
		for _, md := range [][2]int{{0, 0}, {1, 0}, {4, 0}, {12, 0}, {1, 1}, {4, 28}, {12, 31}} {
			d := Date{Year: y, Month: time.Month(md[0]), Day: md[1]}
			if d.IsZero() {
				continue
			}
			want := fmt.Sprintf("%04d", y)
			if md[0] != 0 {
				want += fmt.Sprintf("-%02d", md[0])
				if md[1] != 0 {
					want += fmt.Sprintf("-%02d", md[1])
				}
			}
			if got := d.String(); got != want {
				t.Errorf("Date{%d, %d, %d}.String() = %q, want %q", y, md[0], md[1], got, want)
			}
		}
	}
}
