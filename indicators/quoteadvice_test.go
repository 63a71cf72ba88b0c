package indicators

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestHeadingAbove: the heading a wrong section's message names is the
// nearest heading line above the quote (round F's smoking bulletin: "Key
// findings" written for "1. Main points"; a round-E style text with a
// paragraph between).
func TestHeadingAbove(t *testing.T) {
	smoking := "Adult smoking habits in the UK: 2019\n\nRelease date:\n7 July 2020\n\n1. Main points\n\n  • In the UK, in 2019, 14.1% of people smoked.\n\n  • The proportion fell.\n"
	waste := "Waste statistics\n\nWaste – 2023\n\nIn 2023, 5.2 million tonnes were collected. Recycling rose.\nMore text.\n"
	for _, tt := range []struct {
		name, text, quote, want string
	}{
		{"smoking bullet", smoking, "The proportion fell", "1. Main points"},
		{"first bullet", smoking, "In the UK, in 2019", "1. Main points"},
		{"paragraph", waste, "Recycling rose", "Waste – 2023"},
		{"no heading", "In 2023, 5 tonnes. Recycling rose.", "Recycling rose", ""},
	} {
		at := strings.Index(tt.text, tt.quote)
		if got := headingAbove(tt.text, at); got != tt.want {
			t.Errorf("%s: headingAbove(…, %d) = %q, want %q", tt.name, at, got, tt.want)
		}
	}
	if got, want := sectionAdvice(smoking, strings.Index(smoking, "The proportion")), `; the heading nearest above the quote is "1. Main points": write section: ["1. Main points"]`; got != want {
		t.Errorf("sectionAdvice = %q, want %q", got, want)
	}
}

// TestDirectionAdvice: a direction the quote has no word for is pointed to
// the word of change earlier in its sentence (round F's house price index;
// round D's public sector finances), and nothing is said where the
// sentence has none, or only the other way's.
func TestDirectionAdvice(t *testing.T) {
	hpi := "1. Main points\n\n  • Average house prices increased over the year in England to £252,000 (2.2%), Wales to £166,000 (2.2%). The lowest annual growth rate was in the South East of England (1.2%), followed by the West Midlands (1.4%).\n"
	fin := "Public sector net borrowing decreased by £0.7 billion to £5.9 billion in September 2017. It was £6.6 billion a year earlier.\n"
	for _, tt := range []struct {
		name, text, quote string
		d                 Direction
		want              string
	}{
		{"Wales", hpi, "Wales to £166,000 (2.2%)", Up, `; its sentence has "increased" before the quote: quote from the sentence's start, "Average house prices increased over the year in England to £252,000 (2.2%), Wales to £166,000 (2.2%)"`},
		{"West Midlands", hpi, "followed by the West Midlands (1.4%)", Up, `; its sentence has "growth" before the quote: quote from the sentence's start, "The lowest annual growth rate was in the South East of England (1.2%), followed by the West Midlands (1.4%)"`},
		{"wrong way", hpi, "Wales to £166,000 (2.2%)", Down, ""},
		{"finances", fin, "£0.7 billion", Down, `; its sentence has "decreased" before the quote: quote from the sentence's start, "Public sector net borrowing decreased by £0.7 billion"`},
		{"next sentence", fin, "£6.6 billion a year earlier", Down, ""},
	} {
		at := strings.Index(tt.text, tt.quote)
		if got := directionAdvice(tt.text, Span{Start: at, End: at + len(tt.quote)}, tt.d); got != tt.want {
			t.Errorf("%s: directionAdvice = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestNearestPassage checks the passage and the words nearestPassage
// finds for a quote off by a few characters, and that it finds none for a
// quote it is far from, for a quote two passages are as near, and across
// a paragraph break.
func TestNearestPassage(t *testing.T) {
	const text = "The prevalence rose in the most deprived6 areas.\n\nIt was similar to 2015/163) in year 6.\n\nKingston-upon-Thames had 4.8 per cent.\n\nThe rate was 5 per cent here. The rate was 6 per cent here.\n"
	for _, tt := range []struct {
		quote, passage string
		diffs          [][2]string
	}{
		{"rose in the most deprived areas", "rose in the most deprived6 areas", [][2]string{{"deprived6", "deprived"}}},
		{"similar to 2015/16) in year 6", "similar to 2015/163) in year 6", [][2]string{{"2015/163)", "2015/16)"}}},
		{"Kingston upon Thames had 4.8 per cent", "Kingston-upon-Thames had 4.8 per cent", [][2]string{{"Kingston-upon-Thames", "Kingston upon Thames"}}},
		{"Kingston upon Thames had 4.8 percent", "Kingston-upon-Thames had 4.8 per cent", [][2]string{{"Kingston-upon-Thames", "Kingston upon Thames"}, {"per cent", "percent"}}},
		{"The lowest was 4.8 per cent in Kingston", "", nil}, // too far
		{"The rate was 7 per cent here", "", nil},            // two passages as near
		{"most deprived areas. It was similar", "", nil},     // across a paragraph break
		{"rose in the most deprived6 areas", "", nil},        // the text holds it: nothing to advise
	} {
		passage, diffs, ok := nearestPassage(text, tt.quote)
		if tt.passage == "" {
			if ok {
				t.Errorf("nearestPassage(%q) = %q, %q, want none", tt.quote, passage, diffs)
			}
			continue
		}
		if !ok || passage != tt.passage || !slices.Equal(diffs, tt.diffs) {
			t.Errorf("nearestPassage(%q) = %q, %q, %v; want %q, %q", tt.quote, passage, diffs, ok, tt.passage, tt.diffs)
		}
	}
}

// BenchmarkNearestAdvice measures the advice for a quote of 150
// characters off by one, in a text of about 180 KB (the corpus's
// longest, repeated ten times, the quote's sentence once at its end).
func BenchmarkNearestAdvice(b *testing.B) {
	doc, err := os.ReadFile("../testdata/corpus/wh-2015-us-japan-cooperation.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(doc), 10) + "\n\nObesity prevalence for children living in the most deprived6 areas was more than double that of those living in the least deprived areas of England.\n"
	quote := "Obesity prevalence for children living in the most deprived areas was more than double that of those living in the least deprived areas of England."
	for b.Loop() {
		if nearestAdvice(text, quote) == "" {
			b.Fatal("no advice")
		}
	}
}
