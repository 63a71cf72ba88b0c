package extract

import (
	"encoding/json"
	"fmt"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// statedDiff returns how indicators.ParseStated reads the mention's text
// differently from the mention itself (value or low and high, qualifier,
// unit), or "" when it reads the same figure.
func statedDiff(m Mention) string {
	q, u, err := indicators.ParseStated(m.Text)
	if err != nil {
		return err.Error()
	}
	a := m.Quantity
	if a.Qualifier != q.Qualifier || !a.Value.Equal(q.Value) || !a.Low.Equal(q.Low) || !a.High.Equal(q.High) {
		return fmt.Sprintf("reads as %s %s, the mention is %s %s", q.Qualifier, indicators.Format(q, u, indicators.Style{}), a.Qualifier, indicators.Format(a, m.Unit, indicators.Style{}))
	}
	if u != m.Unit {
		return fmt.Sprintf("unit %q, the mention's is %q", u, m.Unit)
	}
	if a.Noun != q.Noun {
		return fmt.Sprintf("noun %q, the mention's is %q", q.Noun, a.Noun)
	}
	return ""
}

// propertyTexts are the repository's documents: the reference fact sheet,
// the extractor's test sentences and the Recognizers-Text inputs.
func propertyTexts(t testing.TB) []string {
	texts := []string{usjapan2015.Text()}
	for _, s := range sentences {
		texts = append(texts, s.in)
	}
	for _, s := range newsCases {
		texts = append(texts, s.in)
	}
	for _, s := range userCases {
		texts = append(texts, s.in)
	}
	for _, s := range grammarCases {
		texts = append(texts, s.in)
	}
	for _, s := range grammarRateCases {
		texts = append(texts, s.in)
	}
	for _, f := range conformanceFiles {
		b, err := os.ReadFile(filepath.Join(specsDir(), filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		var cases []rtCase
		if err := json.Unmarshal([]byte(strings.TrimPrefix(string(b), "\ufeff")), &cases); err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			texts = append(texts, c.Input)
		}
	}
	return texts
}

// exclusion is a kind of mention the catalog cannot state as written, with
// the reason.
type exclusion struct {
	name, why string
	match     func(m Mention, lower string) bool
	// fuzz marks a kind only the fuzzer has found: no document of the
	// repository has one.
	fuzz bool
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// exclusions are the kinds of mention whose text ParseStated does not read
// to the mention's figure, each with why, tried in order.
var exclusions = []exclusion{
	{"proportion", "\"1 in 5\", \"9 out of ten\", \"1 over 3\", \"one of four\": a share written as two numbers; a catalog states it as a percent (rates with a base, \"8.4 per 100,000\", read back: indicators.Unit.Per)",
		func(m Mention, l string) bool {
			return (containsAny(l, " in ", " out of ", " over ") || digitSlash(l)) && !strings.HasPrefix(l, "over") || strings.HasPrefix(l, "one of ")
		}, false},
	{"order of magnitude", "\"several hundred\", \"a few thousand\", \"3 dozens\": a vague lower bound the extractor infers, or a plural scale after a number; the catalog wants the document's figure (an order of magnitude, \"tens of thousands of jobs\", reads back as its range)",
		func(m Mention, l string) bool {
			return containsAny(l, "hundreds", "thousands", "millions", "billions", "dozens", "tens of", "several", "a few", "trillions")
		}, false},
	{"age in apposition", "\"Maddon, 66, has\": an age the commas after a name give, with no word of its own; a catalog writes \"66 years old\"",
		func(m Mention, l string) bool {
			return m.Quantity.Noun == vocab.AgePhrase(vocab.AgeNouns[0]) && strings.Trim(l, "0123456789") == ""
		}, false},
	{"unit or scale outside the text", "\"20\" in \"20 to 30 percent\", \"2\" in \"2 to 3 million\": the unit or scale is written elsewhere in the sentence; a draft gives unit: explicitly",
		func(m Mention, l string) bool {
			q, u, err := indicators.ParseStated(m.Text)
			return err == nil && (u.IsZero() && !m.Unit.IsZero() || q.Value.Cmp(m.Quantity.Value) != 0 && m.Quantity.Scale != q.Scale)
		}, false},
	{"plus after the figure", "\"$2 billion-plus\", \"300-plus\": the stated grammar reads a plus right after the digits (\"50+\", \"$600+ million\") and words after the figure (\"$5 billion or more\"), not \"-plus\"; a catalog writes \"more than 300\"",
		func(m Mention, l string) bool { return containsAny(l, "plus", "+") }, false},
	{"level from … to", "\"from 20 to 30 percent\": two levels, not a range; a catalog states each",
		func(m Mention, l string) bool { return strings.HasPrefix(l, "from ") }, false},
	{"two hedges", "\"above 1000 and below 1500\": a range made of two bounds; a catalog writes \"between 1000 and 1500\"",
		func(m Mention, l string) bool {
			return m.Quantity.IsRange() && containsAny(l, " and ", ", ", " but ") && !strings.HasPrefix(l, "between")
		}, false},
	{"currency letters", "\"Rmb5bn\", \"RM1 billion\", \"c $ 16.4 million\": prefixes the catalog writes as an ISO code",
		func(m Mention, l string) bool {
			return m.Kind == Currency && (containsAny(l, "rp", "rm", " $", "ksh", "mxn$", "usd$") || !strings.ContainsAny(l[:1], "$€£¥0123456789") && !strings.HasPrefix(l, "rs") && !strings.HasPrefix(l, "₹") && !strings.HasPrefix(l, "inr"))
		}, false},
	{"currency adjective", "\"10 swiss francs\", \"10 us dollar\", \"10 turkish lira\": a currency named with its country; a catalog writes the ISO code (\"CHF 10\")",
		func(m Mention, l string) bool {
			return m.Kind == Currency && strings.Count(strings.TrimSpace(l), " ") >= 2
		}, false},
	{"unit as adjective or compound", "\"3-inch\", \"16-bit\", \"5 ft 2 in\": a measure used as an adjective or in two units; a catalog writes \"3 in\", \"5.17 ft\"",
		func(m Mention, l string) bool {
			return m.Kind == Measure && (strings.Contains(l, "-") || strings.Count(l, " ") >= 3)
		}, false},
	{"ambiguous unit word", "\"25 pounds\" (weight or sterling), \"100 mb\" (megabytes or millibars): a catalog gives unit: lb or MB",
		func(m Mention, l string) bool { return m.Kind == Measure }, false},
	{"glued letters", "\"5pc\", \"50bps\", \"1.5C\", \"5m\" (metres): letters glued to digits that a catalog could misread; it writes \"5 percent\"",
		func(m Mention, l string) bool {
			for i := 1; i < len(l); i++ {
				if l[i-1] >= '0' && l[i-1] <= '9' && (l[i] >= 'a' && l[i] <= 'z' || l[i] >= 0x80) {
					return true
				}
			}
			return false
		}, false},
	{"digit groups and fractions", "\"40 000\", \"two and fifty-four hundredths\", \"$1.2-billion\": typography a catalog writes as \"40,000\", \"2.54\", \"$1.2 billion\" (a fraction sign, \"2½\", and a mixed number, \"5-1/4\", and a fraction after \"and\", \"two and a half\", read back)",
		func(m Mention, l string) bool {
			return containsAny(l, "th", "-billion", "-million", "-per", "\u2009", "\u202f", "\u00a0") ||
				strings.IndexFunc(l, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 && containsAny(strings.Map(func(r rune) rune {
					if r >= '0' && r <= '9' {
						return '9'
					}
					return r
				}, l), "9 9")
		}, false},
	{"compound scale", "\"5 billion 300 million yen\", \"0 BN 0 mn\": two scale words in one figure, which the extractor sums; the stated grammar reads one scale word per number",
		func(m Mention, l string) bool {
			n := 0
			for _, w := range strings.Fields(l) {
				if _, ok := vocab.LookupScale(w); ok {
					n++
				}
			}
			return n >= 2 && !m.Quantity.IsRange()
		}, true},
	{"stray signs", "\"$$0\": a doubled sign is no way to write a figure; the extractor reads through it, a catalog refuses it",
		func(m Mention, l string) bool {
			return containsAny(l, "$$", "€€", "££", "¥¥", "--", "..", ",,")
		}, true},
	{"sign inside a range", "\"0$-100\": a currency sign on the second end only, read as a range of money; a catalog writes \"$0 to $100\"",
		func(m Mention, l string) bool {
			i := strings.IndexAny(l, "$€£¥")
			return i > 0 && l[i-1] >= '0' && l[i-1] <= '9'
		}, true},
	{"number words", "\"four thousand three hundred and twenty\", \"one point five\", \"a hundred and five thousand\": long number words beyond the stated grammar; a catalog writes the digits",
		func(m Mention, l string) bool {
			return !strings.ContainsAny(l, "0123456789") || containsAny(l, "point", "hundred", "thousand")
		}, false},
	{"rate written apart", "\"an annual rate of 9.0 million units\", \"a 14.9 million SAAR\", \"4 billion rand ($220 million) a year\": the base of the rate stands outside the figure's span; a catalog states the figure and writes the unit with its base (\"unit: home per year\"), its quote holding the words",
		func(m Mention, l string) bool {
			if m.Unit.Per == "" {
				return false
			}
			_, u, err := indicators.ParseStated(m.Text)
			return err == nil && u.Per == "" && !u.IsZero() || err == nil && u.IsZero() && m.Unit.Name == ""
		}, false},
	{"notation", "\"1e10\", \"+12.5\", \"017\", \"Between 20% and 25%\", \"25 basis points\", \"14 times\" (a count of occasions): notation a catalog writes plainly, or units it has no word for",
		func(m Mention, l string) bool {
			return containsAny(l, "e+", "e-", "basis point", "bps", "times", "%", "~", "<", ">", "minus", "usd", "eur", "negative") || strings.HasPrefix(l, "+") || strings.HasPrefix(l, "-0") || leadingZero(l) || strings.ContainsAny(l, "eE") && strings.ContainsAny(l, "0123456789")
		}, false},
}

// TestMentionStated is the property of issue 9: for every mention the
// extractor finds in the repository's documents, indicators.ParseStated of
// the mention's text gives the same quantity and unit, unless the mention
// is of a kind listed in exclusions. The reference document allows none.
func TestMentionStated(t *testing.T) {
	counts := map[string]int{}
	total := 0
	for i, text := range propertyTexts(t) {
		for _, m := range (&Extractor{Ranks: true}).Extract(text) {
			total++
			d := statedDiff(m)
			if d == "" {
				continue
			}
			if i == 0 {
				t.Errorf("reference document: ParseStated(%q): %s", m.Text, d)
				continue
			}
			l := strings.Join(strings.Fields(strings.ToLower(m.Text)), " ") // "1\tin 10" is of the kind of "1 in 10"
			excluded := false
			for _, e := range exclusions {
				if e.match(m, l) {
					counts[e.name]++
					excluded = true
					break
				}
			}
			if !excluded {
				t.Errorf("ParseStated(%q) (a %v mention): %s", m.Text, m.Kind, d)
			}
		}
	}
	n := 0
	for _, e := range exclusions {
		n += counts[e.name]
		if counts[e.name] == 0 && !e.fuzz {
			t.Errorf("exclusion %q matches no mention: remove it", e.name)
		}
	}
	t.Logf("%d mentions, %d read back the same, %d excluded", total, total-n, n)
}

// FuzzMentionStated checks the property of TestMentionStated on any text:
// every mention reads back the same through indicators.ParseStated, or is
// of an excluded kind.
func FuzzMentionStated(f *testing.F) {
	fuzzSeeds(f)
	f.Add("Exports topped $442 billion; an estimated $55 billion to $93 billion; 1,500 U.S. jobs; six focus countries.")
	f.Add("Maddon, 66, has shares at 118.5p; the Dow lost 190 points, or 0.6%; 3.7 rebounds a game; Ohio, 18, and 1080p.")
	f.Add("It rose by two and a half years per decade; five and a half million people; one and three quarters percent.")
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range (&Extractor{Ranks: true}).Extract(s) {
			d := statedDiff(m)
			if d == "" {
				continue
			}
			l := strings.Join(strings.Fields(strings.ToLower(m.Text)), " ") // "1\tin 10" is of the kind of "1 in 10"
			excluded := false
			for _, e := range exclusions {
				if e.match(m, l) {
					excluded = true
					break
				}
			}
			if !excluded {
				t.Errorf("ParseStated(%q) (a %v mention in %q): %s", m.Text, m.Kind, s, d)
			}
		}
	})
}

// digitSlash reports whether a slash in l has a digit before it and
// after it ("1/5"): a proportion, where a base after a slash ("$47/b")
// reads back as a rate.
func digitSlash(l string) bool {
	for i := 1; i+1 < len(l); i++ {
		if l[i] == '/' && l[i-1] >= '0' && l[i-1] <= '9' && l[i+1] >= '0' && l[i+1] <= '9' {
			return true
		}
	}
	return false
}

// leadingZero reports whether a number in l starts with a zero followed by
// a digit ("017", "$000").
func leadingZero(l string) bool {
	for i := 0; i+1 < len(l); i++ {
		if l[i] == '0' && l[i+1] >= '0' && l[i+1] <= '9' && (i == 0 || !strings.ContainsRune("0123456789.,", rune(l[i-1]))) {
			return true
		}
	}
	return false
}
