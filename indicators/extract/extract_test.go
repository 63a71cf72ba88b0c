package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/google/go-cmp/cmp"
)

// checkMentions checks the invariants every result must keep: each span
// indexes its text exactly, the figure and numbers lie inside the span,
// the span lies inside its sentence, spans do not overlap, and values are
// finite and valid.
func checkMentions(t *testing.T, text string, ms []Mention) {
	t.Helper()
	prev := -1
	for _, m := range ms {
		got, ok := m.Span.In(text)
		if !utf8.ValidString(text) && m.Span.Start >= 0 && m.Span.End <= len(text) && m.Span.Start <= m.Span.End {
			// In rejects spans next to invalid bytes; the bytes must match.
			got, ok = text[m.Span.Start:m.Span.End], true
		}
		if !ok || got != m.Text {
			t.Errorf("span %v of %q indexes %q", m.Span, m.Text, got)
		}
		if m.Span.Start < prev {
			t.Errorf("mention %q at %v overlaps the one before (ends at %d)", m.Text, m.Span, prev)
		}
		prev = m.Span.End
		if m.Figure.Start < m.Span.Start || m.Figure.End > m.Span.End {
			t.Errorf("figure %v of %q is outside its span %v", m.Figure, m.Text, m.Span)
		}
		if m.Numbers[0].Start < m.Span.Start || m.Numbers[0].End > m.Span.End || !m.Numbers[1].IsZero() && m.Numbers[1].End > m.Span.End {
			t.Errorf("numbers %v of %q are outside its span %v", m.Numbers, m.Text, m.Span)
		}
		if m.Sentence.Start > m.Span.Start || m.Sentence.End < m.Span.End {
			t.Errorf("sentence %v does not hold %q at %v", m.Sentence, m.Text, m.Span)
		}
		if err := m.Quantity.Validate(); err != nil {
			t.Errorf("%q: %v", m.Text, err)
		}
		for _, f := range []float64{m.Quantity.Value.Float64(), m.Quantity.Low.Float64(), m.Quantity.High.Float64()} {
			if f != f || f > 1e300 || f < -1e300 {
				t.Errorf("%q: value %v is not finite", m.Text, f)
			}
		}
	}
}

func strs(ms []Mention) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, m.String())
	}
	return out
}

// TestReferenceDocument runs the White House fact sheet of 28 April 2015
// and asserts the exact list of mentions: every figure, and none of its
// years ("In 2014", "the 2020 Olympics"), dates ("April 15", "March 31"),
// ordinals ("Third", "21st"), ranks ("second largest") or names ("COP21",
// "Observatory-2", "Satellite-1 and 2", "post-2015", "post-2020").
func TestReferenceDocument(t *testing.T) {
	text := usjapan2015.Text()
	ms := Extract(text)
	checkMentions(t, text, ms)
	want := []struct {
		desc       string
		year       int
		start, end int // code points
	}{
		{"two countries | count | 2 | exact | country", 0, 531, 544},
		{"two | number | 2 | exact | -", 0, 803, 806},
		{"nearly 30 percent | percent | 30 | nearly | percent", 0, 863, 880},
		{"$279 billion | currency | 279000000000 | exact | USD", 2014, 1294, 1306},
		{"$123 billion | currency | 123000000000 | exact | USD", 0, 1381, 1393},
		{"nearly $350 billion | currency | 350000000000 | nearly | USD", 0, 1493, 1512},
		{"two nations | count | 2 | exact | nation", 0, 2645, 2656},
		{"2 ℃ | measure | 2 | exact | degC", 2025, 13271, 13274},
		{"26 to 28 percent | percent | 26..28 | range | percent | down", 2025, 13382, 13398},
		{"30 countries | count | 30 | exact | country", 0, 16446, 16458},
		{"3-5 countries | count | 3..5 | range | country", 0, 16512, 16525},
		{"two countries | count | 2 | exact | country", 0, 17169, 17182},
	}
	var got []string
	for _, m := range ms {
		got = append(got, m.String())
	}
	var wantS []string
	for _, w := range want {
		wantS = append(wantS, w.desc)
	}
	if diff := cmp.Diff(wantS, got); diff != "" {
		t.Fatalf("Extract(fact sheet) mismatch (-want +got):\n%s", diff)
	}
	for i, m := range ms {
		if m.Year != want[i].year {
			t.Errorf("%q: Year = %d, want %d", m.Text, m.Year, want[i].year)
		}
		if r := indicators.NewRunes(text).Span(m.Span); r != (indicators.RuneSpan{Start: want[i].start, End: want[i].end}) {
			t.Errorf("%q: span %v in code points, want %d..%d", m.Text, r, want[i].start, want[i].end)
		}
	}
	// The spans of the catalog's claims, in code points.
	cat := usjapan2015.Catalog()
	for _, ind := range cat.Indicators {
		if ind.Unit.Kind == indicators.Rank {
			continue
		}
		p := ind.Provenance[0]
		found := false
		for _, m := range ms {
			if m.Span.Start >= p.Span.Start && m.Span.End <= p.Span.End && m.Text == ind.Stated {
				found = true
				q := m.Quantity
				q.Direction = ind.Quantity.Direction
				if !q.Value.Equal(ind.Quantity.Value) || !q.Low.Equal(ind.Quantity.Low) || !q.High.Equal(ind.Quantity.High) || q.Qualifier != ind.Quantity.Qualifier {
					t.Errorf("%s: quantity %+v, catalog has %+v", ind.ID, m.Quantity, ind.Quantity)
				}
				if m.Unit != ind.Unit {
					t.Errorf("%s: unit %v, catalog has %v", ind.ID, m.Unit, ind.Unit)
				}
				if m.Quantity.Direction != ind.Quantity.Direction {
					t.Errorf("%s: direction %v, catalog has %v", ind.ID, m.Quantity.Direction, ind.Quantity.Direction)
				}
			}
		}
		if !found {
			t.Errorf("%s: no mention %q in its quote", ind.ID, ind.Stated)
		}
	}
	// The rank is found when asked for.
	e := Extractor{Ranks: true}
	var ranks []string
	for _, m := range e.Extract(text) {
		if m.Kind == Rank {
			ranks = append(ranks, m.String())
		}
	}
	if diff := cmp.Diff([]string{"second largest | rank | 2 | exact | rank"}, ranks); diff != "" {
		t.Errorf("ranks mismatch (-want +got):\n%s", diff)
	}
}

// sentences are hard cases from policy documents, press releases and news:
// each mention as Mention.String describes it (text, kind, value or
// low..high, qualifier, unit, direction).
var sentences = []struct {
	in   string
	want []string
}{
	{"The program will provide $4.5 billion in loan guarantees over five years.", []string{"$4.5 billion | currency | 4500000000 | exact | USD", "five years | count | 5 | exact | year"}},
	{"Japan pledged up to ¥500 billion (about $4.2 billion) to the Green Climate Fund.", []string{"up to ¥500 billion | currency | 500000000000 | up_to | JPY", "about $4.2 billion | currency | 4200000000 | approx | USD"}},
	{"Two-way trade reached a record $1.2 trillion in 2022, up 8 percent from the previous year.", []string{"$1.2 trillion | currency | 1200000000000 | exact | USD", "8 percent | percent | 8 | exact | percent | up"}},
	{"The agency estimates that nearly 40 million Americans lack access to broadband.", []string{"nearly 40 million Americans | count | 40000000 | nearly | american"}},
	{"More than 1,000 students will participate in the exchange program each year.", []string{"More than 1,000 students | count | 1000 | more_than | student"}},
	{"The United Kingdom will cut emissions by at least 68% by 2030 compared to 1990 levels.", []string{"at least 68% | percent | 68 | at_least | percent | down"}},
	{"Approximately 3.5 million people have been displaced since the conflict began.", []string{"Approximately 3.5 million people | count | 3500000 | approx | person"}},
	{"The facility will produce 500 megawatts of electricity, enough to power 150,000 homes.", []string{"500 megawatts | measure | 500 | exact | MW", "150,000 homes | count | 150000 | exact | home"}},
	{"Unemployment fell to 3.6 percent in March, the lowest level in 50 years.", []string{"3.6 percent | percent | 3.6 | exact | percent", "50 years | count | 50 | exact | year"}},
	{"The EU committed €1.2bn to the initiative, with a further €300m from member states.", []string{"€1.2bn | currency | 1200000000 | exact | EUR", "€300m | currency | 300000000 | exact | EUR"}},
	{"Some 30,000 troops remain deployed in the region.", []string{"Some 30,000 troops | count | 30000 | approx | troop"}},
	{"GDP grew by an estimated 2.1 per cent in the third quarter.", []string{"an estimated 2.1 per cent | percent | 2.1 | approx | percent | up"}},
	{"The bill allocates between $55 billion and $93 billion for climate programs.", []string{"between $55 billion and $93 billion | currency | 55000000000..93000000000 | range | USD"}},
	{"Global temperatures have already risen by about 1.1°C above pre-industrial levels.", []string{"about 1.1°C | measure | 1.1 | approx | degC | up"}},
	{"The company plans to hire 2,500 workers across 12 states.", []string{"2,500 workers | count | 2500 | exact | worker", "12 states | count | 12 | exact | state"}},
	{"Inflation rose 0.4 percentage points to 5.2% in June.", []string{"0.4 percentage points | percent | 0.4 | exact | percentage_point | up", "5.2% | percent | 5.2 | exact | percent"}},
	{"Fewer than 10 percent of applicants were approved.", []string{"Fewer than 10 percent | percent | 10 | less_than | percent"}},
	{"The ministry will distribute 1.5 million doses of vaccine to 40 countries.", []string{"1.5 million doses | count | 1500000 | exact | dose", "40 countries | count | 40 | exact | country"}},
	{"Exports of rice dropped 15 percent to 3.2 million tonnes.", []string{"15 percent | percent | 15 | exact | percent | down", "3.2 million tonnes | measure | 3200000 | exact | t"}},
	{"The initiative aims to plant one billion trees by 2030.", []string{"one billion trees | count | 1000000000 | exact | tree"}},
	{"The partnership will train 20,000 health workers in 25 African countries.", []string{"20,000 health workers | count | 20000 | exact | worker", "25 African countries | count | 25 | exact | country"}},
	{"Japan is the second-largest economy in Asia and the third largest in the world.", []string{}},
	{"Canada will reduce methane emissions from oil and gas by 75 percent below 2012 levels by 2030.", []string{"75 percent | percent | 75 | exact | percent | down"}},
	{"The fund has disbursed US$3.8 billion to date.", []string{"US$3.8 billion | currency | 3800000000 | exact | USD"}},
	{"Roughly half of the budget goes to defense.", []string{"Roughly half | number | 0.5 | approx | -"}},
	{"The population has doubled to 8 billion over the past five decades.", []string{"doubled | ratio | 2 | exact | times | up", "8 billion | number | 8000000000 | exact | -", "five decades | count | 5 | exact | decade"}},
	{"The tariff applies to $300 billion of imports under Section 301.", []string{"$300 billion | currency | 300000000000 | exact | USD"}},
	{"Ministers met in Paris on 12 December 2015 to adopt the agreement.", []string{}},
	{"The G20 accounts for around 80 percent of global GDP.", []string{"around 80 percent | percent | 80 | approx | percent"}},
	{"Over 200 million children are out of school worldwide.", []string{"Over 200 million children | count | 200000000 | more_than | child"}},
	{"A two-thirds majority is required to pass the amendment.", []string{"two-thirds | number | 0.666666666666667 | exact | -"}},
	{"The region received 120 millimetres of rain in 24 hours.", []string{"120 millimetres | measure | 120 | exact | mm", "24 hours | count | 24 | exact | hour"}},
	{"The new line will be 350 kilometres long and cost ¥9 trillion.", []string{"350 kilometres | measure | 350 | exact | km", "¥9 trillion | currency | 9000000000000 | exact | JPY"}},
	{"The storm left 2 million households without power.", []string{"2 million households | count | 2000000 | exact | household"}},
	{"Turnout was just under 60 percent.", []string{"just under 60 percent | percent | 60 | nearly | percent"}},
	{"The deal is worth as much as $10 billion over a decade.", []string{"as much as $10 billion | currency | 10000000000 | up_to | USD"}},
	{"The project will create some 3,000 construction jobs.", []string{"some 3,000 construction jobs | count | 3000 | approx | job"}},
	{"Prices increased by 3 to 5 percent across the board.", []string{"3 to 5 percent | percent | 3..5 | range | percent | up"}},
	{"The report was released on April 15, 2021 at 10:30 a.m.", []string{}},
	{"For more information, call 202-456-1111.", []string{}},
	{"Global coal demand rose 1.2% in 2022 to over 8 billion tonnes.", []string{"1.2% | percent | 1.2 | exact | percent | up", "over 8 billion tonnes | measure | 8000000000 | more_than | t"}},
	{"The country imports about 90 per cent of its energy.", []string{"about 90 per cent | percent | 90 | approx | percent"}},
	{"Solar capacity grew from 40 GW to 120 GW between 2015 and 2020.", []string{"40 GW | measure | 40 | exact | GW", "120 GW | measure | 120 | exact | GW"}},
	{"The aid package includes $1.5 billion in humanitarian assistance and $500 million in military aid.", []string{"$1.5 billion | currency | 1500000000 | exact | USD", "$500 million | currency | 500000000 | exact | USD"}},
	{"A quarter of all adults smoke.", []string{"A quarter | number | 0.25 | exact | -"}},
	{"Nearly one in five children lives in poverty.", []string{"Nearly one in five | number | 0.2 | nearly | -"}},
	{"The treaty was signed by 196 parties at COP21 in Paris.", []string{"196 parties | count | 196 | exact | party"}},
	{"The FY2024 budget requests $842 billion for the Department of Defense.", []string{"$842 billion | currency | 842000000000 | exact | USD"}},
	{"The 2020 Olympics were postponed to 2021.", []string{}},
	{"The agreement covers 11 countries representing 13.5 percent of global GDP.", []string{"11 countries | count | 11 | exact | country", "13.5 percent | percent | 13.5 | exact | percent"}},
	{"The U.S. will contribute an additional $2 billion, bringing its total to $5 billion.", []string{"$2 billion | currency | 2000000000 | exact | USD", "$5 billion | currency | 5000000000 | exact | USD"}},
	{"PM2.5 concentrations exceeded 35 micrograms per cubic metre.", []string{"exceeded 35 micrograms per cubic metre | measure | 35 | more_than | ug per cubic metre"}},
	{"CO2 emissions fell by 7 percent in 2020.", []string{"7 percent | percent | 7 | exact | percent | down"}},
	{"The G-7 leaders agreed to mobilize $600 billion by 2027.", []string{"$600 billion | currency | 600000000000 | exact | USD"}},
	{"Sales rose to $4.5 billion from $3.9 billion a year earlier.", []string{"$4.5 billion | currency | 4500000000 | exact | USD", "$3.9 billion | currency | 3900000000 | exact | USD"}},
	{"The government will spend £3.2bn on the scheme.", []string{"£3.2bn | currency | 3200000000 | exact | GBP"}},
	{"Wages increased by 4.5 per cent on average.", []string{"4.5 per cent | percent | 4.5 | exact | percent | up"}},
	{"The ceasefire held for 72 hours.", []string{"72 hours | count | 72 | exact | hour"}},
	{"Average speeds were limited to 30 miles per hour.", []string{"30 miles per hour | measure | 30 | exact | mph"}},
	{"The plan targets net zero emissions by 2050.", []string{}},
	{"Three ministers resigned in protest.", []string{"Three ministers | count | 3 | exact | minister"}},
	{"Twenty-five countries have ratified the convention.", []string{"Twenty-five countries | count | 25 | exact | country"}},
	{"Emissions must be cut by half by 2030.", []string{"half | number | 0.5 | exact | - | down"}},
	{"About a dozen companies submitted bids.", []string{"About a dozen companies | count | 12 | approx | company"}},
	{"Half a million people attended the rally.", []string{"Half a million people | count | 500000 | exact | person"}},
	{"Nearly two-thirds of respondents supported the measure.", []string{"Nearly two-thirds | number | 0.666666666666667 | nearly | -"}},
	{"The bank lowered its growth forecast to 2.4 percent from 2.9 percent.", []string{"2.4 percent | percent | 2.4 | exact | percent", "2.9 percent | percent | 2.9 | exact | percent"}},
	{"Rates were raised by 25 basis points.", []string{"25 basis points | count | 25 | exact | basis point | up"}},
	{"The survey of 1,200 adults has a margin of error of 3 percentage points.", []string{"1,200 adults | count | 1200 | exact | adult", "3 percentage points | percent | 3 | exact | percentage_point"}},
	{"The reservoir holds 1.2 billion cubic metres of water.", []string{"1.2 billion cubic metres | measure | 1200000000 | exact | m3"}},
	{"The first phase will cost an estimated $1–2 billion.", []string{"an estimated $1–2 billion | currency | 1000000000..2000000000 | range | USD"}},
	{"The island covers 2,500 square kilometres.", []string{"2,500 square kilometres | measure | 2500 | exact | km2"}},
	{"Debt reached 120% of GDP.", []string{"120% | percent | 120 | exact | percent"}},
	{"Only 4 of the 20 targets were met.", []string{"4 | number | 4 | exact | -", "20 targets | count | 20 | exact | target"}},
	{"Japan will provide up to 3-5 experts to each partner country.", []string{"up to 3-5 experts | count | 3..5 | range | expert"}},
	{"The ship carried 2,000 barrels of oil.", []string{"2,000 barrels | measure | 2000 | exact | bbl"}},
	{"The price of crude oil topped $100 a barrel.", []string{"topped $100 a barrel | currency | 100 | more_than | USD per barrel"}},
	{"Up to 700 contract workers could lose their jobs.", []string{"Up to 700 contract workers | count | 700 | up_to | worker"}},
	{"Grants of $5,000 to $10,000 are available to small businesses.", []string{"$5,000 to $10,000 | currency | 5000..10000 | range | USD"}},
	{"The vaccine was 95% effective in trials.", []string{"95% | percent | 95 | exact | percent"}},
	{"The city plans to build 10,000 affordable homes within three years.", []string{"10,000 affordable homes | count | 10000 | exact | home", "three years | count | 3 | exact | year"}},
	{"Investment grew threefold over the decade.", []string{"threefold | ratio | 3 | exact | times | up"}},
	{"China's exports were six times larger than in 2000.", []string{"six times | ratio | 6 | exact | times"}},
	{"At least 15 people were killed and more than 40 injured.", []string{"At least 15 people | count | 15 | at_least | person", "more than 40 | number | 40 | more_than | -"}},
	{"The summit brought together leaders from 53 countries.", []string{"53 countries | count | 53 | exact | country"}},
	{"The company employs approximately 12,000 people in 30 offices.", []string{"approximately 12,000 people | count | 12000 | approx | person", "30 offices | count | 30 | exact | office"}},
	{"Temperatures reached 45 degrees Celsius in parts of the country.", []string{"45 degrees Celsius | measure | 45 | exact | degC"}},
	{"The dam will generate 1,200 MW of hydropower.", []string{"1,200 MW | measure | 1200 | exact | MW"}},
	{"Household debt rose by $394 billion in the quarter.", []string{"$394 billion | currency | 394000000000 | exact | USD | up"}},
	{"Deforestation in the Amazon fell 22 percent.", []string{"22 percent | percent | 22 | exact | percent | down"}},
	{"The 21st century will be defined by climate change.", []string{}},
	{"See Chapter 3 and Annex 2 for details.", []string{}},
	{"Article 6 of the Paris Agreement governs carbon markets.", []string{}},
	{"The Boeing 787 fleet was grounded.", []string{}},
	{"Resolution 2231 endorsed the nuclear deal.", []string{}},
	{"The meeting is scheduled for March 31.", []string{}},
	{"He served two terms as governor.", []string{"two terms | count | 2 | exact | term"}},
	{"Both sides reaffirmed their commitment.", []string{}},
	{"The stock index gained 1.5% on Tuesday.", []string{"1.5% | percent | 1.5 | exact | percent | up"}},
	{"The deficit narrowed to $1.7 trillion in fiscal 2023.", []string{"$1.7 trillion | currency | 1700000000000 | exact | USD"}},
	{"Labour productivity increased by 0.8 per cent.", []string{"0.8 per cent | percent | 0.8 | exact | percent | up"}},
	{"The scheme will support up to 400,000 jobs.", []string{"up to 400,000 jobs | count | 400000 | up_to | job"}},
	{"Funding will rise from $10 billion to $15 billion.", []string{"$10 billion | currency | 10000000000 | exact | USD", "$15 billion | currency | 15000000000 | exact | USD"}},
	{"Coverage ranges from 20 to 30 percent.", []string{"from 20 to 30 percent | percent | 20..30 | range | percent"}},
	{"An estimated 6.8 million Syrians are internally displaced.", []string{"An estimated 6.8 million Syrians | count | 6800000 | approx | syrian"}},
	{"The measure passed by a vote of 68 to 32.", []string{"68 | number | 68 | exact | -", "32 | number | 32 | exact | -"}},
	{"Carbon prices averaged €85 per tonne.", []string{"€85 per tonne | currency | 85 | exact | EUR per tonne"}},
	{"The mission will last 10 days.", []string{"10 days | count | 10 | exact | day"}},
	{"The country aims to install 30 GW of offshore wind by 2030.", []string{"30 GW | measure | 30 | exact | GW"}},
	{"Between 2010 and 2020, the share rose from 15% to 28%.", []string{"15% | percent | 15 | exact | percent", "28% | percent | 28 | exact | percent"}},
	{"The population of Tokyo is about 14 million.", []string{"about 14 million | number | 14000000 | approx | -"}},
	{"Exports to China totalled A$178 billion.", []string{"A$178 billion | currency | 178000000000 | exact | AUD"}},
	{"Rice output reached 7.5 million metric tons.", []string{"7.5 million metric tons | measure | 7500000 | exact | t"}},
	{"The loan carries an interest rate of 4.25%.", []string{"4.25% | percent | 4.25 | exact | percent"}},
	{"The new rules affect more than 3 million small firms.", []string{"more than 3 million small firms | count | 3000000 | more_than | firm"}},
	{"Seventy percent of the budget is spent on salaries.", []string{"Seventy percent | percent | 70 | exact | percent"}},
	{"The cost is estimated at CHF 2.5 billion.", []string{"CHF 2.5 billion | currency | 2500000000 | exact | CHF"}},
	{"South Korea will invest 10 trillion won in semiconductors.", []string{"10 trillion won | currency | 10000000000000 | exact | KRW"}},
	{"India's economy expanded 7.2% in the fiscal year ended March 31.", []string{"7.2% | percent | 7.2 | exact | percent | up"}},
	{"One in three women experiences violence.", []string{"One in three | number | 0.333333333333333 | exact | -"}},
	{"The agency has a staff of 4,500.", []string{"4,500 | number | 4500 | exact | -"}},
	{"The bridge is 1.6 km long.", []string{"1.6 km | measure | 1.6 | exact | km"}},
	{"About 1 in 10 adults has diabetes.", []string{"About 1 in 10 | number | 0.1 | approx | -"}},
	{"The government will provide 50,000 scholarships over five years.", []string{"50,000 scholarships | count | 50000 | exact | scholarship", "five years | count | 5 | exact | year"}},
	{"Electricity prices jumped 30 percent in a year.", []string{"30 percent | percent | 30 | exact | percent | up"}},
	{"The 2030 Agenda sets 17 goals and 169 targets.", []string{"17 goals | count | 17 | exact | goal", "169 targets | count | 169 | exact | target"}},
	{"Japan and the United States account for nearly 30 percent of global GDP.", []string{"nearly 30 percent | percent | 30 | nearly | percent"}},
	{"Interest rates were cut by 0.5 percentage point.", []string{"0.5 percentage point | percent | 0.5 | exact | percentage_point | down"}},
	{"Sea levels could rise by up to 1 metre by 2100.", []string{"up to 1 metre | measure | 1 | up_to | m | up"}},
	{"Some 60 nations signed the declaration.", []string{"Some 60 nations | count | 60 | approx | nation"}},
	{"The company reported a net loss of $1.2 billion, compared with a profit of $300 million.", []string{"$1.2 billion | currency | 1200000000 | exact | USD", "$300 million | currency | 300000000 | exact | USD"}},
	{"Household income fell by 2.3 percent after inflation.", []string{"2.3 percent | percent | 2.3 | exact | percent | down"}},
	{"Nine out of ten economists expect a recession.", []string{"Nine out of ten | number | 0.9 | exact | -"}},
	{"Cases have risen tenfold since January.", []string{"tenfold | ratio | 10 | exact | times | up"}},
	{"There are now fewer than 4,000 tigers in the wild.", []string{"fewer than 4,000 tigers | count | 4000 | less_than | tiger"}},
	{"The fleet includes 11 aircraft carriers.", []string{"11 aircraft carriers | count | 11 | exact | carrier"}},
	{"The bill passed the Senate 52-48.", []string{}},
	{"Call +1 (202) 456-1414 for details.", []string{}},
	{"Visit www.example.gov/2023/report-5 for the full text.", []string{}},
	{"The budget for 2024-25 is $6.5 trillion.", []string{"$6.5 trillion | currency | 6500000000000 | exact | USD"}},
	{"The survey was conducted in the 1990s and again in 2015.", []string{}},
	{"Nearly 70% of the world's cobalt comes from one country.", []string{"Nearly 70% | percent | 70 | nearly | percent"}},
	{"The U.S. has 50 states and 5 territories.", []string{"50 states | count | 50 | exact | state", "5 territories | count | 5 | exact | territory"}},
	{"The G20 summit in Osaka drew 37 delegations.", []string{"37 delegations | count | 37 | exact | delegation"}},
	{"The number of refugees exceeded 100 million for the first time.", []string{"exceeded 100 million | number | 100000000 | more_than | -"}},
	{"Less than half of the funds have been spent.", []string{"Less than half | number | 0.5 | less_than | -"}},
	{"A record 1.4 billion tourists travelled abroad.", []string{"1.4 billion tourists | count | 1400000000 | exact | tourist"}},
	{"The target is to reduce poverty by 50% by 2030.", []string{"50% | percent | 50 | exact | percent | down"}},
	{"Wind and solar supplied 12 per cent of global electricity.", []string{"12 per cent | percent | 12 | exact | percent"}},
	{"Each participant receives a $500 stipend.", []string{"$500 | currency | 500 | exact | USD"}},
	{"The program serves 2.3 million low-income families.", []string{"2.3 million low-income families | count | 2300000 | exact | family"}},
	{"Costs rose from $2 million to nearly $5 million.", []string{"$2 million | currency | 2000000 | exact | USD", "nearly $5 million | currency | 5000000 | nearly | USD"}},
	{"The population is expected to reach 9.7 billion by 2050.", []string{"9.7 billion | number | 9700000000 | exact | -"}},
	{"Over the past 10 years, investment has increased by 150 percent.", []string{"10 years | count | 10 | exact | year", "150 percent | percent | 150 | exact | percent | up"}},
	{"The contract is valued at $55–60 million.", []string{"$55–60 million | currency | 55000000..60000000 | range | USD"}},
	{"Emissions are to fall 26–28% below 2005 levels.", []string{"26–28% | percent | 26..28 | range | percent | down"}},
	{"The fund disbursed US$ 5 billion in 2019.", []string{"US$ 5 billion | currency | 5000000000 | exact | USD"}},
	{"Japan will partner with “30 countries” and fund 3–5 pilot projects.", []string{"30 countries | count | 30 | exact | country", "3–5 pilot projects | count | 3..5 | range | project"}},
	{"Exports were worth 30 percent of GDP.", []string{"30 percent | percent | 30 | exact | percent"}},
	{"Prices rose 2.5 % in the year to June.", []string{"2.5 % | percent | 2.5 | exact | percent | up"}},
	{"The cost is ¥ 1,200 billion — roughly $11 billion.", []string{"¥ 1,200 billion | currency | 1200000000000 | exact | JPY", "roughly $11 billion | currency | 11000000000 | approx | USD"}},
	{"Executive Order 14008 was signed on January 27, 2021.", []string{}},
	{"The H.R. 3684 bill includes $550 billion in new spending.", []string{"$550 billion | currency | 550000000000 | exact | USD"}},
	{"Title IX and Phase 2 rules took effect in Q3 2023.", []string{}},
	{"The COVID-19 pandemic cost the economy $16 trillion.", []string{"$16 trillion | currency | 16000000000000 | exact | USD"}},
	{"Investment will peak in the mid-2020s.", []string{}},
	{"Delegates met at No. 10 Downing Street.", []string{}},
	{"The 2015 Paris Agreement entered into force on 4 November 2016.", []string{}},
	{"Japan’s 30 partner countries met for the first time.", []string{"30 partner countries | count | 30 | exact | country"}},
	{"The tax rate is cut from 35 percent to 21 percent.", []string{"35 percent | percent | 35 | exact | percent", "21 percent | percent | 21 | exact | percent"}},
	{"Japan contributed ¥12.5 billion, or roughly 11% of the total.", []string{"¥12.5 billion | currency | 12500000000 | exact | JPY", "roughly 11% | percent | 11 | approx | percent"}},
	{"The facility stores 100,000 tonnes of CO2 a year.", []string{"100,000 tonnes | measure | 100000 | exact | t"}},
	{"Turnover exceeded €2bn for the third year running.", []string{"exceeded €2bn | currency | 2000000000 | more_than | EUR"}},
	{"The Bank of Japan kept the 10-year bond yield cap at around 0%.", []string{"around 0% | percent | 0 | approx | percent"}},
	{"Shares in SoftBank Group (9984.T) fell as much as 4.7% after the report.", []string{"as much as 4.7% | percent | 4.7 | up_to | percent | down"}},
	{"Prime Minister Fumio Kishida, 66, has pledged to double investment to 10 trillion yen in five years.", []string{"66 | count | 66 | exact | year", "double | ratio | 2 | exact | times | up", "10 trillion yen | currency | 10000000000000 | exact | JPY", "five years | count | 5 | exact | year"}},
	{"Roughly 40% of Japan's 125 million people are aged 60 or older.", []string{"Roughly 40% | percent | 40 | approx | percent", "125 million people | count | 125000000 | exact | person", "aged 60 or older | count | 60 | at_least | year"}},
	{"Article 2.1(a) aims to hold warming to well below 2°C.", []string{"well below 2°C | measure | 2 | less_than | degC"}},
	{"The G7 commits to at least 150 GW of offshore wind and 1 TW of solar PV by 2030.", []string{"at least 150 GW | measure | 150 | at_least | GW", "1 TW | measure | 1 | exact | TW"}},
	{"The Bank of England has raised rates 14 times since December 2021, to 5.25%.", []string{"14 times | count | 14 | exact | time", "5.25% | percent | 5.25 | exact | percent"}},
	{"Contact: press@example.gov | (202) 555-0143", []string{}},
	{"The department selected 1 in 5 proposals.", []string{"1 in 5 | number | 0.2 | exact | -"}},
	{"Applications are due by 5 p.m. ET on May 19, 2023.", []string{}},
	{"Electricity demand is projected to grow 15–20% by 2030.", []string{"15–20% | percent | 15..20 | range | percent | up"}},
	{"A magnitude 6.1 earthquake struck about 40 km (25 miles) northeast of Sendai.", []string{"6.1 | number | 6.1 | exact | -", "about 40 km | measure | 40 | approx | km", "25 miles | measure | 25 | exact | mi"}},
	{"The Nikkei 225 index closed down 0.5% at 32,473.65.", []string{"0.5% | percent | 0.5 | exact | percent | down", "32,473.65 | number | 32473.65 | exact | -"}},
	{"Between 20% and 25% of households were affected.", []string{"Between 20% and 25% | percent | 20..25 | range | percent"}},
	{"The estimate ranges from $5 billion-$7 billion.", []string{"from $5 billion-$7 billion | currency | 5000000000..7000000000 | range | USD"}},
	{"Prices rose 5-10% last year, a 10% increase on average.", []string{"5-10% | percent | 5..10 | range | percent | up", "10% | percent | 10 | exact | percent | up"}},
	{"The program costs $1,200 per person per year.", []string{"$1,200 per person per year | currency | 1200 | exact | USD per person per year"}},
	{"Growth slowed to -2.5% year-on-year.", []string{"-2.5% | percent | -2.5 | exact | percent"}},
	{"Members: 12 NGOs", []string{"12 NGOs | count | 12 | exact | ngo"}},
	// An acronym's plural that reads as another unit counts nothing: "ozs"
	// are ounces (indicators.ReadsAsOtherUnit), as the catalog says.
	{"They sold 40 OZs of gold.", []string{"40 | number | 40 | exact | -"}},
	{"The fleet has 0 aircraft-1 models.", []string{"0 aircraft | count | 0 | exact | aircraft"}},
	{"The change was −0.0 percent.", []string{"0.0 percent | percent | 0.0 | exact | percent"}},
	{"a $5-billion deal and a 5-million-dollar grant", []string{"$5-billion | currency | 5000000000 | exact | USD", "5-million-dollar | currency | 5000000 | exact | USD"}},
	{"Tens of thousands of people and hundreds of millions of dollars were involved, and millions more.", []string{"Tens of thousands of people | count | 10000..100000 | range | person", "hundreds of millions of dollars | currency | 100000000..1000000000 | range | USD"}},
	{"Output reached 5.5 million barrels per day.", []string{"5.5 million barrels per day | measure | 5500000 | exact | bbl per day"}},
	{"ASEAN+3 and Vision 2030 were discussed in Q1 2023.", []string{}},
	{"About 2/3 of the budget goes to salaries, and services run 24/7.", []string{"About 2/3 | number | 0.666666666666667 | approx | -"}},
	{"Between 1 and 2 million people could be displaced; 15 to 20 million more are at risk.", []string{"Between 1 and 2 million people | count | 1000000..2000000 | range | person", "15 to 20 million | number | 15000000..20000000 | range | -"}},
	{"Nearly a third of the world's population lacks access.", []string{"Nearly a third | number | 0.333333333333333 | nearly | -"}},
	{"The first 100 days saw 5,000-strong protests.", []string{"100 days | count | 100 | exact | day"}},
	{"The deal is worth USD 5 million and EUR 3.5m.", []string{"USD 5 million | currency | 5000000 | exact | USD", "EUR 3.5m | currency | 3500000 | exact | EUR"}},
	{"Unemployment stood at 4.1 per cent, down 0.3 percentage points.", []string{"4.1 per cent | percent | 4.1 | exact | percent", "0.3 percentage points | percent | 0.3 | exact | percentage_point | down"}},
	{"Over 60% of respondents said yes, while 1 in 4 said no.", []string{"Over 60% | percent | 60 | more_than | percent", "1 in 4 | number | 0.25 | exact | -"}},
	{"Nigeria's population of over 200 million is growing at 2.6% a year.", []string{"over 200 million | number | 200000000 | more_than | -", "2.6% a year | percent | 2.6 | exact | percent per year"}},
	{"The U.S. is the world's largest economy, with GDP of $25.5 trillion in 2022.", []string{"$25.5 trillion | currency | 25500000000000 | exact | USD"}},
	{"Japan contributed US$ 1.5 billion, roughly 15 percent of the total.", []string{"US$ 1.5 billion | currency | 1500000000 | exact | USD", "roughly 15 percent | percent | 15 | approx | percent"}},
	{"Seven of the 10 largest economies signed.", []string{"Seven | number | 7 | exact | -", "10 largest economies | count | 10 | exact | economy"}},
	{"A total of 1.3 billion doses were delivered to 144 countries and economies.", []string{"1.3 billion doses | count | 1300000000 | exact | dose", "144 countries | count | 144 | exact | country"}},
	{"The report was published on 2023-05-19 and revised on 19/05/2023.", []string{}},
	{"The White House is at 1600 Pennsylvania Avenue NW.", []string{}},
	{"Leaders agreed to limit warming to 1.5C, or at most 2C.", []string{"1.5C | measure | 1.5 | exact | degC", "at most 2C | measure | 2 | up_to | degC"}},
	{"Emissions fell sharply in 2020.[12] Coal use dropped 8%.[3]", []string{"8% | percent | 8 | exact | percent | down"}},
	{"2.1 Economic outlook", []string{}},
	{"Growth is forecast at 2.4% in 2024 (see Table 3).", []string{"2.4% | percent | 2.4 | exact | percent"}},
	{"Page 3 of 10", []string{}},
	{"The team won 3-1 in the final.", []string{}},
	{"Bilateral trade in goods and services exceeded $191 billion in 2022, nearly double the level of a decade ago.", []string{"exceeded $191 billion | currency | 191000000000 | more_than | USD", "nearly double | ratio | 2 | nearly | times | up"}},
	{"Indian companies have invested over $40 billion in the United States, supporting 425,000 American jobs.", []string{"over $40 billion | currency | 40000000000 | more_than | USD", "425,000 American jobs | count | 425000 | exact | job"}},
	{"India will contribute Rs. 100 crore to the new center.", []string{"Rs. 100 crore | currency | 1000000000 | exact | INR"}},
	{"Boeing announced the purchase of 220 aircraft, supporting over one million U.S. jobs across 44 states.", []string{"220 aircraft | count | 220 | exact | aircraft", "over one million U.S. jobs | count | 1000000 | more_than | job", "44 states | count | 44 | exact | state"}},
	{"The measure is expected to reduce CO2 emissions by around 8 million tonnes per year.", []string{"around 8 million tonnes per year | measure | 8000000 | approx | t per year | down"}},
	{"Some 110 million people were displaced, an increase of 19 million compared to the end of 2021.", []string{"Some 110 million people | count | 110000000 | approx | person", "19 million | number | 19000000 | exact | - | up"}},
	{"Over half of them — 62.5 million — were internally displaced.", []string{"Over half | number | 0.5 | more_than | -", "62.5 million | number | 62500000 | exact | -"}},
	{"Exports to the region were twice as large as imports.", []string{"twice | ratio | 2 | exact | times"}},
	{"Profits rose 5pc to Rmb5bn, well over forecasts.", []string{"5pc | percent | 5 | exact | percent | up", "Rmb5bn | currency | 5000000000 | exact | CNY"}},
	{"The fund holds approx. 300 tonnes of gold and upward of 40 projects.", []string{"approx. 300 tonnes | measure | 300 | approx | t", "upward of 40 projects | count | 40 | more_than | project"}},
	{"As few as 12 firms submitted bids.", []string{"As few as 12 firms | count | 12 | at_least | firm"}},
	{"The Administration has approved $138 billion in student debt relief for nearly 3.9 million borrowers.", []string{"$138 billion | currency | 138000000000 | exact | USD", "nearly 3.9 million borrowers | count | 3900000 | nearly | borrower"}},
	{"Well over 500,000 households have received assistance, and just over 1.5 million students had their loans forgiven.", []string{"Well over 500,000 households | count | 500000 | more_than | household", "just over 1.5 million students | count | 1500000 | more_than | student"}},
	{"Upwards of 10,000 small businesses applied; in excess of $3 billion has been disbursed.", []string{"Upwards of 10,000 small businesses | count | 10000 | more_than | business", "in excess of $3 billion | currency | 3000000000 | more_than | USD"}},
	{"Medicare enrollees will pay no more than $35 a month for insulin, down from an average of $400.", []string{"no more than $35 a month | currency | 35 | up_to | USD per month", "$400 | currency | 400 | exact | USD"}},
	{"5G networks now cover two-thirds of rural counties.", []string{"two-thirds | number | 0.666666666666667 | exact | -"}},
	{"Close to half of all workers have a pension.", []string{"Close to half | number | 0.5 | nearly | -"}},
	{"Crude production hit 13.3 million barrels per day, a record.", []string{"13.3 million barrels per day | measure | 13300000 | exact | bbl per day"}},
	{"Tens of thousands of workers joined unions, and hundreds of millions of dollars were recovered.", []string{"Tens of thousands of workers | count | 10000..100000 | range | worker", "hundreds of millions of dollars | currency | 100000000..1000000000 | range | USD"}},
	{"The war displaced tens of millions of people and cost hundreds of billions of euros.", []string{"tens of millions of people | count | 10000000..100000000 | range | person", "hundreds of billions of euros | currency | 100000000000..1000000000000 | range | EUR"}},
	{"Several hundred protesters gathered, and a few thousand more watched online.", []string{"Several hundred protesters | count | 100 | more_than | protester", "a few thousand | number | 1000 | more_than | -"}},
	{"See p. 12 and footnote 3 for the method.", []string{}},
	{"Inflation is expected to fall from 6.3% in 2023 to 2.7% in 2024.", []string{"6.3% | percent | 6.3 | exact | percent", "2.7% | percent | 2.7 | exact | percent"}},
	{"Prices rose from 20 to 30 percent.", []string{"20 | percent | 20 | exact | percent", "30 percent | percent | 30 | exact | percent"}},
	{"Gas prices fell from 30 to 20 euros per megawatt-hour.", []string{"30 | currency | 30 | exact | EUR per megawatt-hour", "20 euros per megawatt-hour | currency | 20 | exact | EUR per megawatt-hour"}},
	{"The workforce grew from 2 to 2.5 million people.", []string{"2 | count | 2000000 | exact | person", "2.5 million people | count | 2500000 | exact | person"}},
	{"Between 40 and 50 thousand jobs are expected to be created.", []string{"Between 40 and 50 thousand jobs | count | 40000..50000 | range | job"}},
	{"The deficit is projected at 3-3.5% of GDP.", []string{"3-3.5% | percent | 3..3.5 | range | percent"}},
	{"Roughly three-quarters of respondents agreed, while a third disagreed.", []string{"Roughly three-quarters | number | 0.75 | approx | -", "a third | number | 0.333333333333333 | exact | -"}},
	{"A quarter were undecided; a third country joined in a third round.", []string{"A quarter | number | 0.25 | exact | -"}},
	{"The government plans to spend Rs 2.5 lakh crore on infrastructure.", []string{"Rs 2.5 lakh crore | currency | 2500000000000 | exact | INR"}},
	{"The scheme pays Rs 1,00,000 per family, and Rs 2,50,000 crore in total.", []string{"Rs 1,00,000 per family | currency | 100000 | exact | INR per family", "Rs 2,50,000 crore | currency | 2500000000000 | exact | INR"}},
	{"Kenya borrowed KES 2 billion and Indonesia Rp 5 trillion.", []string{"KES 2 billion | currency | 2000000000 | exact | KES", "Rp 5 trillion | currency | 5000000000000 | exact | IDR"}},
	{"Malaysia allocated RM 1 billion, and Nigeria ₦200 billion.", []string{"RM 1 billion | currency | 1000000000 | exact | MYR", "₦200 billion | currency | 200000000000 | exact | NGN"}},
	{"Saudi Arabia committed SAR 10 billion and the UAE AED 5 billion.", []string{"SAR 10 billion | currency | 10000000000 | exact | SAR", "AED 5 billion | currency | 5000000000 | exact | AED"}},
	{"Secretary Blinken met counterparts from 10 ASEAN countries.", []string{"10 ASEAN countries | count | 10 | exact | country"}},
	{"The fund supports 50 NGOs and 200 SMEs in 27 EU member states.", []string{"50 NGOs | count | 50 | exact | ngo", "200 SMEs | count | 200 | exact | sme", "27 EU member states | count | 27 | exact | state"}},
	{"The bank raised rates by 50bps to 4.5%.", []string{"50bps | count | 50 | exact | basis point | up", "4.5% | percent | 4.5 | exact | percent"}},
	{"Interest rates rose 0.25 percentage points to 5.25-5.5%.", []string{"0.25 percentage points | percent | 0.25 | exact | percentage_point | up", "5.25-5.5% | percent | 5.25..5.5 | range | percent"}},
	{"The meeting runs 9-11 June in Geneva.", []string{}},
	{"The 9/11 Commission met on 3/15.", []string{}},
	{"Workers can save in a 401(k) plan.", []string{}},
	{"See 42 U.S.C. 1983 and 19 CFR 102.1 for the rules.", []string{}},
	{"Call +44 20 7946 0958 or +33 (0)1 45 67 89 10.", []string{}},
	{"One in every five children and 2 out of every 5 workers are affected.", []string{"One in every five | number | 0.2 | exact | -", "2 out of every 5 | number | 0.4 | exact | -"}},
	{"The fund raised 500 million euros from investors.", []string{"500 million euros | currency | 500000000 | exact | EUR"}},
	{"Reserves cover 3.1 months of imports.", []string{"3.1 months | count | 3.1 | exact | month"}},
	{"Growth of roughly 5 to 7 percent is expected.", []string{"roughly 5 to 7 percent | percent | 5..7 | range | percent | up"}},
	{"Some 20-25 countries joined, and an estimated 1.5–2 million people fled.", []string{"Some 20-25 countries | count | 20..25 | range | country", "an estimated 1.5–2 million people | count | 1500000..2000000 | range | person"}},
	{"About 10,000–15,000 jobs will be created.", []string{"About 10,000–15,000 jobs | count | 10000..15000 | range | job"}},
	{"Growth is seen at 2¼ per cent.", []string{"2¼ per cent | percent | 2.25 | exact | percent"}},
	{"Exports rose 5\u00a0per cent to €12\u2009billion, while imports fell 3\u202fpercent.", []string{"5\u00a0per cent | percent | 5 | exact | percent | up", "€12\u2009billion | currency | 12000000000 | exact | EUR", "3\u202fpercent | percent | 3 | exact | percent | down"}},
	{"The fund totals US$\u00a02.5\u00a0billion — about £\u00a02bn — and “40 countries” joined.", []string{"US$\u00a02.5\u00a0billion | currency | 2500000000 | exact | USD", "about £\u00a02bn | currency | 2000000000 | approx | GBP", "40 countries | count | 40 | exact | country"}},
	{"Population: 1\u2009234\u2009567 people.", []string{"1\u2009234\u2009567 people | count | 1234567 | exact | person"}},
	{"The UK will cut emissions by 68% by 2030; the 1990s were different.", []string{"68% | percent | 68 | exact | percent | down"}},
	{"The government announced a $1.2-billion investment and a 25-per-cent tariff.", []string{"$1.2-billion | currency | 1200000000 | exact | USD", "25-per-cent | percent | 25 | exact | percent"}},
	{"Ottawa will spend C$2.5-billion over five years.", []string{"C$2.5-billion | currency | 2500000000 | exact | CAD", "five years | count | 5 | exact | year"}},
	{"The levy raises £500m a year, and 3m jobs depend on exports.", []string{"£500m a year | currency | 500000000 | exact | GBP per year", "3m jobs | count | 3000000 | exact | job"}},
	{"About 2.4m households will benefit; the flood wall is 5m high.", []string{"About 2.4m households | count | 2400000 | approx | household", "5m | measure | 5 | exact | m"}},
	{"Prices grew by a quarter, and debt rose by a third.", []string{"a quarter | number | 0.25 | exact | - | up", "a third | number | 0.333333333333333 | exact | - | up"}},
	{"See COM(2023) 123 final and SWD(2024) 45.", []string{}},
	{"Inflation eased 0.4 points, and the deficit narrowed by $50 billion.", []string{"0.4 points | count | 0.4 | exact | point | down", "$50 billion | currency | 50000000000 | exact | USD | down"}},
	{"Export volumes recovered 6% and the trade gap widened by €2bn.", []string{"6% | percent | 6 | exact | percent | up", "€2bn | currency | 2000000000 | exact | EUR | up"}},
	{"Emissions were 55% below 1990 levels, and spending 30% above 2019 levels.", []string{"55% | percent | 55 | exact | percent | down", "30% | percent | 30 | exact | percent | up"}},
	{"Zero-emission vehicles made up a third of sales.", []string{"a third | number | 0.333333333333333 | exact | -"}},
	// rank24: a fraction after "by", or restated in brackets after it.
	{"Marriages fell by a third over the decade.", []string{"a third | number | 0.333333333333333 | exact | - | down"}},
	{"Over a third (6.9 million) had advice only.", []string{"Over a third | number | 0.333333333333333 | more_than | -", "6.9 million | number | 6900000 | exact | -"}},
	{"It came by a third route.", []string{}},
	{"The 737 MAX was grounded for 20 months.", []string{"20 months | count | 20 | exact | month"}},
	{"The H-1B visa cap of 85,000 was reached.", []string{"85,000 | number | 85000 | exact | -"}},
	{"IP/24/3005 Brussels, 12 June 2024: the Commission approved a €3.2 billion scheme.", []string{"€3.2 billion | currency | 3200000000 | exact | EUR"}},
	{"PRESS RELEASE NO. 24/123: the Board completed the review.", []string{}},
	{"Real GDP growth is projected to moderate to 2.5 percent in 2024 from 3.3 percent in 2023.", []string{"2.5 percent | percent | 2.5 | exact | percent", "3.3 percent | percent | 3.3 | exact | percent"}},
	{"Nearly 700 million people live on less than $2.15 a day.", []string{"Nearly 700 million people | count | 700000000 | nearly | person", "less than $2.15 a day | currency | 2.15 | less_than | USD per day"}},
	{"The project will benefit around 1.2 million people, 52 percent of whom are women.", []string{"around 1.2 million people | count | 1200000 | approx | person", "52 percent | percent | 52 | exact | percent"}},
	{"Approximately one-third of the world's population, or 2.6 billion people, remains offline.", []string{"Approximately one-third | number | 0.333333333333333 | approx | -", "2.6 billion people | count | 2600000000 | exact | person"}},
	{"The tariff rate on electric vehicles will increase from 25% to 100% in 2024.", []string{"25% | percent | 25 | exact | percent", "100% | percent | 100 | exact | percent"}},
	{"U.S. goods exports were $147.8 billion, down 4.0 percent ($6.2 billion) from 2022.", []string{"$147.8 billion | currency | 147800000000 | exact | USD", "4.0 percent | percent | 4.0 | exact | percent | down", "$6.2 billion | currency | 6200000000 | exact | USD"}},
	{"Eighty-five percent of funds go directly to programs.", []string{"Eighty-five percent | percent | 85 | exact | percent"}},
	{"The National Living Wage will rise by 9.8% to £11.44 an hour from April 2024.", []string{"9.8% | percent | 9.8 | exact | percent | up", "£11.44 | currency | 11.44 | exact | GBP"}},
	{"Chapter 11 bankruptcies rose 18%, and Article 5 was invoked once.", []string{"18% | percent | 18 | exact | percent | up"}},
	{"The UN Security Council adopted Resolution 2231 by a vote of 15-0.", []string{}},
	{"Meet us at 1500 K Street NW, Suite 300, Washington, DC 20005.", []string{}},
	{"The event is on Thursday, 3 March 2024, from 9:00 to 17:00.", []string{}},
	{"The 2023–24 school year had 49.6 million students.", []string{"49.6 million students | count | 49600000 | exact | student"}},
	{"Exports totalled ¥8.5tn ($57bn) in the quarter.", []string{"¥8.5tn | currency | 8500000000000 | exact | JPY", "$57bn | currency | 57000000000 | exact | USD"}},
	{"Tariffs of 10 to 25 percent apply to $200 billion in goods.", []string{"10 to 25 percent | percent | 10..25 | range | percent", "$200 billion | currency | 200000000000 | exact | USD"}},
	{"Almost €2bn of loans and close to 500 grants were approved.", []string{"Almost €2bn | currency | 2000000000 | nearly | EUR", "close to 500 grants | count | 500 | nearly | grant"}},
	{"Slightly more than 40 percent voted, and a little over 2,000 people attended.", []string{"Slightly more than 40 percent | percent | 40 | more_than | percent", "a little over 2,000 people | count | 2000 | more_than | person"}},
	{"Slightly less than $3 billion was spent; a little under half of firms replied.", []string{"Slightly less than $3 billion | currency | 3000000000 | nearly | USD", "a little under half | number | 0.5 | nearly | -"}},
	{"Sales were slightly over 5 million units and slightly below 10%.", []string{"slightly over 5 million units | count | 5000000 | more_than | unit", "slightly below 10% | percent | 10 | nearly | percent"}},
	{"Rates could go as high as 7% or as low as 2%.", []string{"as high as 7% | percent | 7 | up_to | percent", "as low as 2% | percent | 2 | at_least | percent"}},
	{"Prices are north of $100 a barrel.", []string{"north of $100 a barrel | currency | 100 | more_than | USD per barrel"}},
	{"Support is at around 45%, and costs are at about $2 billion.", []string{"around 45% | percent | 45 | approx | percent", "about $2 billion | currency | 2000000000 | approx | USD"}},
	{"Somewhere between 10 and 20 vessels and anywhere from 5 to 10 percent.", []string{"between 10 and 20 vessels | count | 10..20 | range | vessel", "from 5 to 10 percent | percent | 5..10 | range | percent"}},
	{"Output is $5 billion or more; the bill is $2 billion-plus.", []string{"$5 billion or more | currency | 5000000000 | at_least | USD", "$2 billion-plus | currency | 2000000000 | more_than | USD"}},
	{"It covers more than a third of adults and fewer than half of firms.", []string{"more than a third | number | 0.333333333333333 | more_than | -", "fewer than half | number | 0.5 | less_than | -"}},
	{"Over a quarter of households, and almost a third of children.", []string{"Over a quarter | number | 0.25 | more_than | -", "almost a third | number | 0.333333333333333 | nearly | -"}},
	{"The program costs ~$4 billion and about ≈ 3%.", []string{"~$4 billion | currency | 4000000000 | approx | USD", "≈ 3% | percent | 3 | approx | percent"}},
	{"Unemployment hovered near 4% and inflation stood at just above 2%.", []string{"near 4% | percent | 4 | approx | percent", "just above 2% | percent | 2 | more_than | percent"}},
	{"Turnout topped 70 percent.", []string{"topped 70 percent | percent | 70 | more_than | percent"}},
	{"Spending reached nearly a trillion dollars.", []string{"nearly a trillion dollars | currency | 1000000000000 | nearly | USD"}},
	{"The bank expects growth of roughly 2-2.5% this year.", []string{"roughly 2-2.5% | percent | 2..2.5 | range | percent | up"}},
	{"The number of migrants is in the order of 1 million.", []string{"in the order of 1 million | number | 1000000 | approx | -"}},
	{"The budget is upward of $10bn.", []string{"upward of $10bn | currency | 10000000000 | more_than | USD"}},
	{"The project will cost more than €1 billion and take at least 5 years.", []string{"more than €1 billion | currency | 1000000000 | more_than | EUR", "at least 5 years | count | 5 | at_least | year"}},
	// Second genre pass: fact sheets, IMF releases, UK/EU releases, health
	// bulletins and HTML tables. Ages are counts of years; a rate keeps its
	// base in the unit; p-values and the level of a confidence interval are
	// notation, not claims; "year-on-year" stays outside the span.
	{"The Administration is announcing $52.7 billion for semiconductor manufacturing, creating more than 40,000 jobs.", []string{"$52.7 billion | currency | 52700000000 | exact | USD", "more than 40,000 jobs | count | 40000 | more_than | job"}},
	{"Companies have announced over 200 projects in all 50 states and an additional $1.5 billion in grants.", []string{"over 200 projects | count | 200 | more_than | project", "50 states | count | 50 | exact | state", "$1.5 billion | currency | 1500000000 | exact | USD"}},
	{"By 2030, the country will produce 20% of leading-edge chips, more than doubling its share.", []string{"20% | percent | 20 | exact | percent", "more than doubling | ratio | 2 | more_than | times | up"}},
	{"Funding has tripled since 2021, and the plan aims to halve emissions by 2035.", []string{"tripled | ratio | 3 | exact | times | up", "halve | ratio | 0.5 | exact | times | down"}},
	{"We are doubling down on a double-digit rise, and double taxation is a triple burden.", []string{}},
	{"Today's awards bring the total to over $3 billion across 300-plus communities.", []string{"over $3 billion | currency | 3000000000 | more_than | USD", "300-plus communities | count | 300 | more_than | community"}},
	{"The Executive Board approved SDR 2.25 billion (about US$3 billion, or 250 percent of quota).", []string{"SDR 2.25 billion | currency | 2250000000 | exact | XDR", "about US$3 billion | currency | 3000000000 | approx | USD", "250 percent | percent | 250 | exact | percent"}},
	{"The decision enables an immediate disbursement of SDR 600 million (about US$800 million).", []string{"SDR 600 million | currency | 600000000 | exact | XDR", "about US$800 million | currency | 800000000 | approx | USD"}},
	{"The fiscal deficit is expected to narrow from 7.5 percent of GDP in FY2023/24 to 5.0 percent in FY2025/26.", []string{"7.5 percent | percent | 7.5 | exact | percent", "5.0 percent | percent | 5.0 | exact | percent"}},
	{"The NHS waiting list stands at 7.6 million, down from 7.8m in September.", []string{"7.6 million | number | 7600000 | exact | -", "7.8m | number | 7800000 | exact | -"}},
	{"Credit grew 12 percent year-on-year, and remittances rose 4.5% y/y.", []string{"12 percent | percent | 12 | exact | percent | up", "4.5% | percent | 4.5 | exact | percent | up"}},
	{"In week 12, there were 1,234 confirmed cases, and 30 developing countries reported data.", []string{"1,234 confirmed cases | count | 1234 | exact | case", "30 developing countries | count | 30 | exact | country"}},
	{"Admission rates were 8.4 per 100,000 population, up from 6.1 per 100,000 in week 11.", []string{"8.4 per 100,000 population | number | 8.4 | exact | per 100,000 population", "6.1 per 100,000 | number | 6.1 | exact | per 100,000"}},
	{"Rates per 100,000 population were highest in the north.", []string{}},
	{"The landfill rate in 2023 was 17.7% (Table S1) which was 7.4 percentage points lower than for 2022 (see Figure 3.2, Chart 4 and Table 2.1).", []string{"17.7% | percent | 17.7 | exact | percent", "7.4 percentage points | percent | 7.4 | exact | percentage_point"}},
	{"The imprisonment rate at yearend 2022 (355 sentenced prisoners per 100,000 U.S. residents of all ages) was down 26% from yearend 2012 (480 per 100,000).", []string{"355 sentenced prisoners per 100,000 U.S. residents | count | 355 | exact | prisoner per 100,000 residents", "26% | percent | 26 | exact | percent | down", "480 per 100,000 | number | 480 | exact | per 100,000"}},
	{"It fell to 5 per 100,000 U.S. adults aged 18 to 44, from 7 per 100,000 in the U.S. in 2020.", []string{"5 per 100,000 U.S. adults aged 18 to 44 | number | 5 | exact | per 100,000 adults aged 18 to 44", "7 per 100,000 | number | 7 | exact | per 100,000"}},
	{"Infant mortality was 4.1 per 1,000 live births, and there were 12 cases per 100,000 people.", []string{"4.1 per 1,000 live births | number | 4.1 | exact | per 1,000 live births", "12 cases per 100,000 people | count | 12 | exact | case per 100,000 people"}},
	{"The incidence rate increased from 12.1 to 15.6 per 100,000 person-years.", []string{"12.1 | number | 12.1 | exact | per 100,000 person-years", "15.6 per 100,000 person-years | number | 15.6 | exact | per 100,000 person-years"}},
	{"Rates were highest in those aged 65 and over and in adults aged 18-24.", []string{"aged 65 and over | count | 65 | at_least | year", "aged 18-24 | count | 18..24 | range | year"}},
	{"Among those aged 75 and older, 83.2% had received a booster, as had 60% of people aged 50+.", []string{"aged 75 and older | count | 75 | at_least | year", "83.2% | percent | 83.2 | exact | percent", "60% | percent | 60 | exact | percent", "aged 50+ | count | 50 | at_least | year"}},
	{"Children at age 5 and those aged between 20 and 30 were tested.", []string{"age 5 | count | 5 | exact | year", "aged between 20 and 30 | count | 20..30 | range | year"}},
	{"Vaccine effectiveness was 45% (95% confidence interval 1.2–3.4) against hospitalisation.", []string{"45% | percent | 45 | exact | percent", "1.2–3.4 | number | 1.2..3.4 | range | -"}},
	{"The odds ratio was 2.1 (95% CI: 1.5 to 2.9; p < 0.05), and the result was significant (p=0.003).", []string{"2.1 | number | 2.1 | exact | -", "1.5 to 2.9 | number | 1.5..2.9 | range | -"}},
	{"The hazard ratio was 0.42 with a p-value of 0.002.", []string{"0.42 | number | 0.42 | exact | -"}},
	{"Around 1 in 4 adults and two-thirds of respondents supported the plan.", []string{"Around 1 in 4 | number | 0.25 | approx | -", "two-thirds | number | 0.666666666666667 | exact | -"}},
	{"The EU's €750 billion recovery fund will be shared among the 27 member states.", []string{"€750 billion | currency | 750000000000 | exact | EUR", "27 member states | count | 27 | exact | state"}},
	{"The report (PDF, 2.3 MB) is online; call 1-800-555-0199.", []string{"2.3 MB | measure | 2.3 | exact | MB"}},
	{"Region\tProjects\tChange (%)\nNortheast\t45\t+12.5\nMidwest\t78\t-3.2\nTotal\t123\t8.1\n", []string{"45 | number | 45 | exact | -", "12.5 | number | 12.5 | exact | - | up", "78 | number | 78 | exact | -", "-3.2 | number | -3.2 | exact | -", "123 | number | 123 | exact | -", "8.1 | number | 8.1 | exact | -"}},
	{"Executive Order 14008 created the Justice40 Initiative, and Public Law 117-167 is the CHIPS Act of 2022.", []string{}},
	{"Regulation (EU) 2021/241 established the facility; see Directive 2003/87/EC and IP/23/1234.", []string{}},
	{"Key Stage 2 results for Year 6 pupils improved, and Level 3 qualifications rose in NUTS 2 regions.", []string{}},
	{"The vaccine is approved for ages 12 to 17, and Phase 2 trials enrolled 400 volunteers.", []string{"ages 12 to 17 | count | 12..17 | range | year", "400 volunteers | count | 400 | exact | volunteer"}},
	{"Employment in the sector reached 1.2 million in Q3 2023, the highest since records began in 1971.", []string{"1.2 million | number | 1200000 | exact | -"}},
	{"Contact: press@example.gov.uk, 020 7946 0000 or 0300 123 4567.", []string{}},
	{"A fifth saw no change, and six in ten people said prices rose.", []string{"A fifth | number | 0.2 | exact | -", "six in ten | number | 0.6 | exact | -"}},
	{"Real GDP growth is projected at 4–4.5 percent, with inflation converging to 2½ percent by end-2025.", []string{"4–4.5 percent | percent | 4..4.5 | range | percent", "2½ percent | percent | 2.5 | exact | percent"}},
	{"Growth was revised down by about 0.3 percentage point to 2.9 percent.", []string{"about 0.3 percentage point | percent | 0.3 | approx | percentage_point | down", "2.9 percent | percent | 2.9 | exact | percent"}},
	{"The government will spend £4.6 billion a year by 2028-29 to build 1.5 million homes under a 10-year plan.", []string{"£4.6 billion a year | currency | 4600000000 | exact | GBP per year", "1.5 million homes | count | 1500000 | exact | home"}},
	{"Inflation was 8.7pc in April, and the Bank Rate stands at 5.25pc.", []string{"8.7pc | percent | 8.7 | exact | percent", "5.25pc | percent | 5.25 | exact | percent"}},
	{"Median length of stay was 6 days (IQR 3–11), and 14.2% were readmitted within 30 days.", []string{"6 days | count | 6 | exact | day", "3–11 | number | 3..11 | range | -", "14.2% | percent | 14.2 | exact | percent", "30 days | count | 30 | exact | day"}},
	{"Children above the 95th percentile were classed as obese; the sample was 2,000 adults aged 16+.", []string{"2,000 adults | count | 2000 | exact | adult", "aged 16+ | count | 16 | at_least | year"}},
	{"Overdose deaths fell by 10.3% to 97,000 in the 12-month period ending in June.", []string{"10.3% | percent | 10.3 | exact | percent | down", "97,000 | number | 97000 | exact | -"}},
	{"Electricity from renewables reached 30% of the total in March 2023, up from 12% in 2010.", []string{"30% | percent | 30 | exact | percent", "12% | percent | 12 | exact | percent"}},
	{"Ukraine will receive €50bn over 2024-27, of which €33bn in loans.", []string{"€50bn | currency | 50000000000 | exact | EUR", "€33bn | currency | 33000000000 | exact | EUR"}},
	{"Since 2021, a record 16 million new business applications have been filed, and 2 million more Americans have health insurance.", []string{"16 million new business applications | count | 16000000 | exact | application", "2 million more Americans | count | 2000000 | exact | american"}},
	{"It needs 10 more votes, 40 fewer cases were seen, and 3 more than expected came.", []string{"10 more votes | count | 10 | exact | vote", "40 fewer cases | count | 40 | exact | case", "3 | number | 3 | exact | -"}},
	{"Over the past three years, the Administration has invested $1 trillion-plus in roughly 40,000 projects.", []string{"three years | count | 3 | exact | year", "$1 trillion-plus | currency | 1000000000000 | more_than | USD", "roughly 40,000 projects | count | 40000 | approx | project"}},
	{"The grants range from $500,000 to $5 million, and up to 80% of project costs.", []string{"from $500,000 to $5 million | currency | 500000..5000000 | range | USD", "up to 80% | percent | 80 | up_to | percent"}},
	{"Applications rose 20 per cent year on year, to 1.1m, and the 2.5m-high flood wall held.", []string{"20 per cent | percent | 20 | exact | percent | up", "1.1m | number | 1100000 | exact | -", "2.5m | measure | 2.5 | exact | m"}},
	{"Insulin is capped at $35 a month, and out-of-pocket drug costs are capped at $2,000 per year.", []string{"$35 a month | currency | 35 | exact | USD per month", "$2,000 per year | currency | 2000 | exact | USD per year"}},
	// News (issue 11): rates with their base, ages, measures, scores and records.
	{"The pipeline carries 450,000 barrels per day.", []string{"450,000 barrels per day | measure | 450000 | exact | bbl per day"}},
	{"He scored 31 points per game last season.", []string{"31 points per game | count | 31 | exact | point per game"}},
	{"Rents rose $200 a month.", []string{"$200 a month | currency | 200 | exact | USD per month | up"}},
	{"A 45-year-old man was arrested on Tuesday.", []string{"45-year-old | count | 45 | exact | year"}},
	{"The victim, aged 67, was taken to hospital.", []string{"aged 67 | count | 67 | exact | year"}},
	{"Voters ages 18-24 turned out in record numbers.", []string{"ages 18-24 | count | 18..24 | range | year"}},
	{"A 3-month-old baby and a 10-year-old boy were rescued.", []string{"3-month-old | count | 3 | exact | month", "10-year-old | count | 10 | exact | year"}},
	{"She is 10 years old and he is over 30 years old.", []string{"10 years old | count | 10 | exact | year", "over 30 years old | count | 30 | more_than | year"}},
	{"The engine produces 300 hp.", []string{"300 hp | measure | 300 | exact | hp"}},
	{"He ran for 120 yards on 14 carries.", []string{"120 yards | measure | 120 | exact | yd", "14 carries | count | 14 | exact | carry"}},
	{"The chip runs at 3.2 GHz with 16 GB of memory.", []string{"3.2 GHz | measure | 3.2 | exact | GHz", "16 GB | measure | 16 | exact | GB"}},
	{"The Lakers won 112-104 on Tuesday.", []string{}},
	{"The Lakers lost 98-104 on Tuesday.", []string{}},
	{"The Senate passed the bill in a 52-48 vote.", []string{}},
	{"She set a world record of 9.58 seconds.", []string{"9.58 seconds | measure | 9.58 | exact | s"}},
	{"GDP per capita was $50,000, or $4,000 per capita a year more than in 2010.", []string{"$50,000 | currency | 50000 | exact | USD", "$4,000 per capita a year | currency | 4000 | exact | USD per capita per year"}},
	{"Unemployment was 5 percent a year earlier, and rents were $900 a month ago.", []string{"5 percent | percent | 5 | exact | percent", "$900 | currency | 900 | exact | USD"}},
	{"Smokers had 20 a day; the plant processes 2,000 tonnes an hour.", []string{"20 a day | number | 20 | exact | per day", "2,000 tonnes an hour | measure | 2000 | exact | t per hour"}},
	{"The tax is 10 cents a gallon, or $2.50 per share on average.", []string{"10 cents a gallon | currency | 0.10 | exact | USD per gallon", "$2.50 per share | currency | 2.50 | exact | USD per share"}},
	{"Traffic deaths fell to 12.4 per 100,000 people.", []string{"12.4 per 100,000 people | number | 12.4 | exact | per 100,000 people"}},
	{"The pump moves 1,000 litres per second, and the car reached 200 km/h.", []string{"1,000 litres per second | measure | 1000 | exact | L per second", "200 km/h | measure | 200 | exact | km/h"}},
	{"Shares fell 30 points to 4,500, and the index lost 2 points a day.", []string{"30 points | count | 30 | exact | point | down", "4,500 | count | 4500 | exact | point", "2 points a day | count | 2 | exact | point per day | down"}},
	// Drafts of U.S. government fact sheets (issue 11). After a verb of
	// change, "X to Y" with both ends written in full is the change and the
	// new level; a bare low end shares the unit and makes a range.
	{"U.S. spending increased by $43.6 billion to $419.2 billion.", []string{"$43.6 billion | currency | 43600000000 | exact | USD | up", "$419.2 billion | currency | 419200000000 | exact | USD"}},
	{"Exports rose $2 billion to $12 billion.", []string{"$2 billion | currency | 2000000000 | exact | USD | up", "$12 billion | currency | 12000000000 | exact | USD"}},
	{"Imports fell by 5 percent to $26.9 billion.", []string{"5 percent | percent | 5 | exact | percent | down", "$26.9 billion | currency | 26900000000 | exact | USD"}},
	{"The program grew by 2 million to 9 million people.", []string{"2 million | number | 2000000 | exact | - | up", "9 million people | count | 9000000 | exact | person"}},
	{"Stocks rose 2% to 3% across the board.", []string{"2% to 3% | percent | 2..3 | range | percent | up"}},
	{"Emissions fell by 26% to 28% below 2005 levels.", []string{"26% to 28% | percent | 26..28 | range | percent | down"}},
	{"The fund aims to raise $26 billion to $28 billion.", []string{"$26 billion to $28 billion | currency | 26000000000..28000000000 | range | USD"}},
	{"Imports grew by about $375 million to $37.6 billion.", []string{"about $375 million | currency | 375000000 | approx | USD | up", "$37.6 billion | currency | 37600000000 | exact | USD"}},
	{"The bill would cut spending by $26 billion to $28 billion.", []string{"$26 billion | currency | 26000000000 | exact | USD | down", "$28 billion | currency | 28000000000 | exact | USD"}},
	{"We will reduce emissions by 26 to 28 percent.", []string{"26 to 28 percent | percent | 26..28 | range | percent | down"}},
	{"Temperatures dropped by 1 to 1.5 degrees.", []string{"1 to 1.5 degrees | measure | 1..1.5 | range | deg | down"}},
	{"Costs rose to between $26 billion and $28 billion.", []string{"between $26 billion and $28 billion | currency | 26000000000..28000000000 | range | USD"}},
	{"Estimates run from $26 billion to $28 billion.", []string{"from $26 billion to $28 billion | currency | 26000000000..28000000000 | range | USD"}},
	{"Funding rose from $26 billion to $28 billion.", []string{"$26 billion | currency | 26000000000 | exact | USD", "$28 billion | currency | 28000000000 | exact | USD"}},
	{"The agency expects $26 billion to $28 billion.", []string{"$26 billion to $28 billion | currency | 26000000000..28000000000 | range | USD"}},
	{"The value of exports increased by just 1 percent to $37.6 billion in 2013.", []string{"1 percent | percent | 1 | exact | percent | up", "$37.6 billion | currency | 37600000000 | exact | USD"}},
	{"Prices rose only 3 percent, and wages fell by a mere 2 percent.", []string{"3 percent | percent | 3 | exact | percent | up", "2 percent | percent | 2 | exact | percent | down"}},
	{"It has cut the death rate by more than half in the countries.", []string{"more than half | number | 0.5 | more_than | - | down"}},
	{"Poverty fell by nearly half, and over half the districts gained.", []string{"nearly half | number | 0.5 | nearly | - | down", "over half | number | 0.5 | more_than | -"}},
	{"It cut the combined death rate from HIV, TB, and malaria by more than half.", []string{"more than half | number | 0.5 | more_than | - | down"}},
	{"While four of the U.S. industry sectors recorded a deficit, two of the world's largest economies grew.", []string{"four of the U.S. industry sectors | count | 4 | exact | sector", "two | number | 2 | exact | -"}},
	{"It is reckoned to have 35 million of its Echo devices installed, and four of their stores.", []string{"35 million of its Echo devices | count | 35000000 | exact | device", "four | number | 4 | exact | -"}},
	{"It has 35m of its Echo devices installed; the first 35m of its length is dug.", []string{"35m of its Echo devices | count | 35000000 | exact | device", "35m | measure | 35 | exact | m"}},
	{"Helping over 96,000 HIV-positive mothers protect their newborn infants.", []string{"over 96,000 HIV-positive mothers | count | 96000 | more_than | mother"}},
	{"The funding will reach over 120 low- and middle-income countries.", []string{"over 120 low- and middle-income countries | count | 120 | more_than | country"}},
	{"Three of the five countries agreed.", []string{"Three | number | 3 | exact | -", "five countries | count | 5 | exact | country"}},
	{"It cost 500 Pakistani rupees, not 5 billion Danish kroner.", []string{"500 Pakistani rupees | currency | 500 | exact | PKR", "5 billion Danish kroner | currency | 5000000000 | exact | DKK"}},
	{"The grant is 850 billion Tanzanian shillings, or 2 billion Kenya shillings.", []string{"850 billion Tanzanian shillings | currency | 850000000000 | exact | TZS", "2 billion Kenya shillings | currency | 2000000000 | exact | KES"}},
}

func TestSentences(t *testing.T) {
	if len(sentences) < 150 {
		t.Fatalf("only %d sentences: keep at least 150", len(sentences))
	}
	for _, tc := range sentences {
		ms := Extract(tc.in)
		checkMentions(t, tc.in, ms)
		if diff := cmp.Diff(tc.want, strs(ms)); diff != "" {
			t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
		// Each span is the first occurrence of its text after the one before.
		prev := 0
		for _, m := range ms {
			if i := strings.Index(tc.in[prev:], m.Text) + prev; i != m.Span.Start {
				t.Errorf("Extract(%q): %q at byte %d, want %d", tc.in, m.Text, m.Span.Start, i)
			}
			prev = m.Span.End
		}
	}
}

// TestStream checks that Stream reports what Extract does, across chunk
// boundaries and for run-on text longer than a sentence may be.
func TestStream(t *testing.T) {
	var b strings.Builder
	for b.Len() < 300<<10 {
		b.WriteString(usjapan2015.Text())
		b.WriteString("\n\n")
		b.WriteString(strings.Repeat("row 12 percent and 3 countries ", 3000)) // 90 KB without a stop
		b.WriteString("\n\n")
	}
	text := b.String()
	want := Extract(text)
	checkMentions(t, text, want)
	var got []Mention
	var e Extractor
	if err := e.Stream(strings.NewReader(text), func(m Mention) error { got = append(got, m); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("Stream: %d mentions, Extract: %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("mention %d: Stream %+v, Extract %+v", i, got[i], want[i])
		}
	}
}

// TestStreamMidLineAtChunk checks that a sentence that starts in the middle
// of a line and runs into the next 64 KiB chunk of a stream keeps its
// place in running prose: the chunk's text starts with it, and it was once
// taken to start its line, so that its short first line ("With an")
// ended it there, and Stream's sentence differed from Extract's.
func TestStreamMidLineAtChunk(t *testing.T) {
	const chunk = 64 << 10
	for _, back := range []int{3, 8, 20} { // where the sentence starts, before the chunk's end
		var b strings.Builder
		filler := "Trade was $5 billion in 2014. "
		tail := "It can work. "
		for b.Len()+len(filler)+len(tail)+back <= chunk {
			b.WriteString(filler)
		}
		b.WriteString(strings.Repeat(" ", chunk-back-b.Len()-len(tail)))
		b.WriteString(tail)
		if b.Len() != chunk-back {
			t.Fatalf("set-up: the sentence starts at %d, want %d", b.Len(), chunk-back)
		}
		b.WriteString("With an\ninitial set of 30 countries, the plan goes on for longer than a short line.\n")
		text := b.String()
		want := Extract(text)
		var got []Mention
		var e Extractor
		if err := e.Stream(strings.NewReader(text), func(m Mention) error { got = append(got, m); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || len(want) == 0 {
			t.Fatalf("back %d: Stream: %d mentions, Extract: %d", back, len(got), len(want))
		}
		last := want[len(want)-1]
		if !strings.HasPrefix(text[last.Sentence.Start:last.Sentence.End], "With an\ninitial set of 30 countries") {
			t.Errorf("back %d: Extract's sentence of %q is %q", back, last.Text, text[last.Sentence.Start:last.Sentence.End])
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("back %d: mention %d: Stream sentence %q, Extract %q", back, i, text[got[i].Sentence.Start:got[i].Sentence.End], text[want[i].Sentence.Start:want[i].Sentence.End])
			}
		}
	}
}

// TestHTMLTable checks that table cells stay apart in HTMLText: a number
// after a row label is a figure, not part of a name ("Boeing 777"), and a
// signed cell keeps its sign.
func TestHTMLTable(t *testing.T) {
	page := `<html><body><h2>Key figures</h2><ul><li>Over 300 projects in 44 states</li></ul>
<table><tr><th>Region</th><th>Projects</th><th>Change (%)</th></tr>
<tr><td>Northeast</td><td>45</td><td>+12.5</td></tr>
<tr><td>Midwest</td><td>78</td><td>-3.2</td></tr></table>
<p>Solar capacity reached 150&nbsp;GW, up 25&nbsp;percent.</p></body></html>`
	text, err := HTMLText(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "Northeast\t45\t+12.5") {
		t.Errorf("HTMLText: cells not apart: %q", text)
	}
	ms := Extract(text)
	checkMentions(t, text, ms)
	want := []string{
		"Over 300 projects | count | 300 | more_than | project",
		"44 states | count | 44 | exact | state",
		"45 | number | 45 | exact | -",
		"12.5 | number | 12.5 | exact | - | up",
		"78 | number | 78 | exact | -",
		"-3.2 | number | -3.2 | exact | -",
		"150\u00a0GW | measure | 150 | exact | GW",
		"25\u00a0percent | percent | 25 | exact | percent | up",
	}
	if diff := cmp.Diff(want, strs(ms)); diff != "" {
		t.Errorf("Extract(HTMLText) mismatch (-want +got):\n%s", diff)
	}
}

// TestSentenceYear checks the year a sentence gives when it dates a figure
// within the year ("in March 2023", "in Q3 2023") and names another year
// after "in" later on.
func TestSentenceYear(t *testing.T) {
	for _, tc := range []struct {
		in   string
		year int
	}{
		{"Employment reached 1.2 million in Q3 2023, the highest since records began in 1971.", 2023},
		{"Renewables reached 30% of the total in March 2023, up from 12% in 2010.", 2023},
		{"Sales rose 5% in 5 June 2024 trading, the most since the crash in 2008.", 2024},
		{"In 2014, trade was $279 billion.", 2014},
	} {
		ms := Extract(tc.in)
		if len(ms) == 0 || ms[0].Year != tc.year {
			t.Errorf("Extract(%q): year of the first mention is not %d: %v", tc.in, tc.year, ms)
		}
	}
}
