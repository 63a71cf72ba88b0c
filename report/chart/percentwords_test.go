package chart

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// TestPercentInWordsInDigits: a proportion in words keeps its words
// beside figures in digits ("a quarter" beside "72%" and "15%",
// s16g-lifeexp; "over a quarter", s15-births), as "one in ten" written
// "10%" looked precise where its words are not (s26w-language); a
// percent in words ("Twelve per cent") is written in digits. Labels of
// one chart write percent one way, the sign's where any writes it, at
// the document's precision ("2.6 per cent" beside "3.0%", s24s-cycling);
// labels all in words keep them.
func TestPercentInWordsInDigits(t *testing.T) {
	tests := []struct {
		name   string
		stated []string
		want   []string
	}{
		{"s16g-lifeexp fifths", []string{"72%", "15%", "a quarter"}, []string{"72%", "15%", "a quarter"}},
		{"s15-births over a quarter", []string{"over a quarter", "30%"}, []string{"over a quarter", "30%"}},
		{"a third", []string{"about a third", "40%"}, []string{"about a third", "40%"}},
		{"s24s-cycling per cent beside %", []string{"Twelve per cent", "3.0%", "2.6 per cent"}, []string{"12%", "3.0%", "2.6%"}},
		{"all per cent", []string{"52 per cent", "21 per cent"}, []string{"52 per cent", "21 per cent"}},
	}
	for _, tc := range tests {
		_, got := statedSlide(t, tc.stated, "Share", "2012", indicators.Share)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: values of %q (-want +got):\n%s", tc.name, tc.stated, diff)
		}
	}
}

// TestScalesInWords: a scale abbreviated after its figure is written in
// words beside a label that spells its own (s25v-loans: "209.5m" beside
// "16.2 billion" on one axis), and on labels all abbreviated too, as the
// axis and the book's native chart spell it (s36g-aid: "£1,536m" over
// "£2,000 million").
func TestScalesInWords(t *testing.T) {
	tests := []struct {
		stated, want []string
	}{
		{[]string{"16.2 billion", "209.5m"}, []string{"16.2 billion", "209.5 million"}},
		{[]string{"3bn", "209.5m"}, []string{"3 billion", "209.5 million"}},
		{[]string{"£1,536m", "£1,431m", "£1,325m"}, []string{"£1,536 million", "£1,431 million", "£1,325 million"}},
	}
	for _, tc := range tests {
		_, got := statedSlide(t, tc.stated, "Amount lent", "2019", indicators.Flow)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("values of %q (-want +got):\n%s", tc.stated, diff)
		}
	}
}
