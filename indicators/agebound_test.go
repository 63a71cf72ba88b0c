package indicators

import (
	"strings"
	"testing"
)

// TestAgeAdviceKeepsBound: the advice for an age written with its unit
// ("aged 16 years and over") keeps its bound, "aged 16 and over", which
// reads as at least 16 years; it said "16", an age of 16 exactly
// (round AG). An age of no bound still reads its number alone.
func TestAgeAdviceKeepsBound(t *testing.T) {
	tests := []struct {
		stated, advice string
		q              Qualifier // of the advice, read back
	}{
		{"aged 16 years and over", "aged 16 and over", AtLeast},
		{"aged 65 years or over", "aged 65 or over", AtLeast},
		{"aged 16 years", "16", Exact},
	}
	for _, tt := range tests {
		_, _, err := ParseStated(tt.stated)
		if err == nil || !strings.Contains(err.Error(), "write \""+tt.advice+"\"") {
			t.Errorf("ParseStated(%q) error = %v, want the advice %q", tt.stated, err, tt.advice)
			continue
		}
		q, _, err := ParseStated(tt.advice)
		if err != nil || q.Qualifier != tt.q {
			t.Errorf("ParseStated(%q), the advice = %v, %v, want qualifier %v", tt.advice, q.Qualifier, err, tt.q)
		}
	}
}
