package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// The rules of what42, field by field, on hard sentences and the near
// misses each must leave alone: a "could" of past ability is no forecast,
// an action under way is an intention, a frame noun ("types of") counts
// the noun after "of", a multiple's "times" counts nothing, and a count
// written in words before "more" is a change.

func TestWhat42Status(t *testing.T) {
	count := indicators.CountOf("application")
	for _, tc := range []struct {
		clause string
		want   indicators.Status
	}{
		// A past verb of enabling governs the modal: what was possible.
		{"these preparations ensured passport applications could be processed in record numbers, last month seeing the highest total", indicators.Fact},
		{"the new system meant that 4,000 claims could be settled in march", indicators.Fact},
		// A capacity: the most that could be done.
		{"the most applications that could be processed in a month was 1.2 million", indicators.Fact},
		// Near misses: the modal looks ahead, or no past verb governs it.
		{"the funding meant that prices could rise next year by 5%", indicators.Projection},
		{"emissions could fall 20% by 2030", indicators.Projection},
		{"the report found that 4,000 claims could be settled", indicators.Projection},
		{"the changes ensured 500 staff could have been hired", indicators.Projection},
		// An action under way is an intention.
		{"we are in the process of recruiting a further 700", indicators.Intention},
		{"the service is recruiting 300 more staff", indicators.Intention},
		// Near miss: done already.
		{"staffing numbers have been increased by 500 since last april", indicators.Fact},
		// A condition's clause states what holds now: the main clause's
		// modal does not reach it; the modal's own figure is foreseen.
		{"blood stocks could decline once again unless donors fill the thousands of empty slots currently still available at the 25 fixed donor centres", indicators.Fact},
		{"blood stocks could decline by 20% unless donors come forward", indicators.Projection},
		// A public service's national standard is a target.
		{"new outpatient national standard - 95% of new outpatients wait no longer than 12 weeks", indicators.Target},
		{"95% of new outpatients waited no longer than 12 weeks", indicators.Fact},
	} {
		if got, _ := statusOf(tc.clause, count); got != tc.want {
			t.Errorf("statusOf(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
	// A request for money is an intention; requests counted are a fact.
	for _, tc := range []struct {
		clause string
		unit   indicators.Unit
		want   indicators.Status
	}{
		{"the budget includes a request for $5 billion", indicators.Unit{Kind: indicators.Money, Name: "USD"}, indicators.Intention},
		{"local authorities receive 5,100 new requests for adult social care assistance a day", indicators.CountOf("request"), indicators.Fact},
	} {
		if got, _ := statusOf(tc.clause, tc.unit); got != tc.want {
			t.Errorf("statusOf(%q, %v) = %v, want %v", tc.clause, tc.unit, got, tc.want)
		}
	}
}

func TestWhat42FrameNouns(t *testing.T) {
	for _, tc := range []struct {
		np   string
		want string // the unit's name, "" for none
	}{
		{"While other types of adoptions", "adoption"},
		{"the number of funded registrations", "registration"},
		{"Some kinds of offences", "offence"},
		{"the level of referrals", "referral"},
		// Near misses: no frame, the head counts.
		{"known child adoptions", "adoption"},
		{"other adoptions", "adoption"},
	} {
		u, _, ok := phraseCounted(tc.np, true)
		if got := u.Name; !ok && tc.want != "" || got != tc.want {
			t.Errorf("phraseCounted(%q) = %q, %v, want %q", tc.np, got, ok, tc.want)
		}
	}
}

func TestWhat42Multiples(t *testing.T) {
	for _, tc := range []struct {
		quote, stated, want string
	}{
		// "times" after a number is a multiple: the count's noun is the
		// one "number of" names.
		{"The number of passengers arriving in June 2024 was over 40 times that of June 2020 (3,984,966 vs 94,100).", "94,100", "passenger"},
		// Near miss: a noun after the number counts.
		{"There were 40 flights that day, against 94,100 in the year.", "94,100", "flight"},
	} {
		u, _, ok := indicators.QuoteCount(tc.quote, tc.stated)
		if got := u.Name; !ok || got != tc.want {
			t.Errorf("QuoteCount(%q, %q) = %q, %v, want %q", tc.quote, tc.stated, got, ok, tc.want)
		}
	}
}

func TestWhat42ComparativeInWords(t *testing.T) {
	for _, tc := range []struct {
		stated string
		dir    string // the comparative matched, "" for none
		noun   string
	}{
		{"Almost half a million more passengers", "more", "passengers"},
		{"a quarter of a million fewer visitors", "fewer", "visitors"},
		{"two thousand more nurses", "more", "nurses"},
		{"1.1 million more passengers", "more", "passengers"},
		// Near misses: no number before the comparative.
		{"many more passengers", "", ""},
		{"half of passengers", "", ""},
	} {
		g := comparativeCount.FindStringSubmatch(tc.stated)
		var dir, noun string
		if g != nil {
			dir, noun = g[1], g[2]
		}
		if dir != tc.dir || noun != tc.noun {
			t.Errorf("comparativeCount(%q) = %q, %q, want %q, %q", tc.stated, dir, noun, tc.dir, tc.noun)
		}
	}
	for _, tc := range []struct{ after, want string }{
		{" used Irish airports in Quarter 2 (Q2) 2024 when compared with Q2 2023.", " that used Irish airports"},
		{" travelled by rail than in 2019.", " that travelled by rail"},
		// Near misses: no verb in the past right after the noun.
		{" in absolute low income, after housing costs", ""},
		{" than in the first six months of 2023.", ""},
	} {
		if got := verbPhraseAfter(tc.after); got != tc.want {
			t.Errorf("verbPhraseAfter(%q) = %q, want %q", tc.after, got, tc.want)
		}
	}
}

// TestWhat42Drafts drafts invented sentences of the genre and checks the
// fields each rule sets, with near misses.
func TestWhat42Drafts(t *testing.T) {
	const (
		backlog = "Passport Office Backlogs\n\n" +
			"Volume 712: debated on Wednesday 27 April 2022\n\n" +
			"These preparations ensured passport applications could be processed in record numbers, with the Office completing the processing of over 1 million applications.\n\n" +
			"Staff numbers have been increased by 500 and we are in the process of recruiting a further 700.\n\n" +
			"Demand could reach 12 million applications by 2025.\n"
		calls = "Ambulance Services, England 2012-13\n\n" +
			"The number of emergency calls rose to 9.08 million in 2012-13.\n\n" +
			"The number of emergency patient journeys fell to 4.92 million in 2012-13.\n"
		staff = "Civil Service Statistics 2022\n\n" +
			"Civil Service Statistics shows that civil servants stood at 510,080 at 31 March 2022.\n"
		water = "Domestic Metered Public Water Consumption 2016\n\n" +
			"The monthly medians varied from 246 litres in July to 258 litres in May.\n\n" +
			"Dublin 20, at 274 litres per meter per day, had the lowest consumption in 2016.\n\n" +
			"Total consumption was 9,100 litres in 2016.\n"
		airports = "Aviation Statistics Quarter 2 2024\n\n" +
			"Almost half a million more passengers used Irish airports in Q2 2024 when compared with Q2 2023.\n"
	)
	runWhatHow(t, []whatHowCase{
		{name: "a count a past verb of enabling makes possible is a fact", text: backlog, stated: "over 1 million applications", status: "fact"},
		{name: "an action under way is an intention", text: backlog, stated: "700", status: "intention"},
		{name: "a change done is a fact", text: backlog, stated: "500", status: "fact"},
		{name: "near miss: a modal that looks ahead is a projection", text: backlog, stated: "12 million applications", status: "projection"},
		{name: "the number of a kindless head keeps its kind", text: calls, stated: "9.08 million", unit: "emergency call"},
		{name: "near miss: any other head is counted alone", text: calls, stated: "4.92 million", unit: "journey"},
		{name: "a reported clause's subject counts, not the source's", text: staff, stated: "510,080", unit: "servant"},
		{name: "medians named before the figure make a level", text: water, stated: "258 litres", measure: "level"},
		{name: "a measure per a base that is no span of time is a rate, a level", text: water, stated: "274 litres per meter per day", measure: "level"},
		{name: "near miss: a measure with neither is a flow", text: water, stated: "9,100 litres", measure: "flow"},
		{name: "a count in words before more is a change", text: airports, stated: "Almost half a million more passengers", measure: "change"},
	})
}

// TestWhat42SharedChanges: a figure joined to a change shares it, and a
// change noun's "of" gives a change, with near misses.
func TestWhat42SharedChanges(t *testing.T) {
	const (
		drivers = "Coroners Statistics 2019\n\n" +
			"Suicide and unclassified conclusions were the main drivers in the increase, up 11% and 4% on 2018.\n\n" +
			"Demand has gone down by five percent for O type blood and three percent for all blood types.\n\n" +
			"Conclusions rose by 3% in 2019, while 45% of inquests were held with a jury.\n"
		costs = "Prescription Cost Analysis 2020/21\n\n" +
			"Sertraline tablets had the largest absolute increase in cost between 2019/20 and 2020/21 of £78.9 million, from £21.0 million to £99.9 million.\n\n" +
			"The cost of these items was £9.6 billion in 2020/21.\n"
	)
	runWhatHow(t, []whatHowCase{
		{name: "a percentage joined by and to a rise is a rise", text: drivers, stated: "4%", measure: "change", direction: "up"},
		{name: "a percentage joined past the group the first is for shares its fall", text: drivers, stated: "three percent", measure: "change", direction: "down"},
		{name: "near miss: a percentage of another clause is a share", text: drivers, stated: "45%", measure: "share"},
		{name: "a change noun's of gives a change past its complements", text: costs, stated: "£78.9 million", measure: "change", direction: "up"},
		{name: "near miss: an amount with no change noun is a flow", text: costs, stated: "£9.6 billion", measure: "flow"},
	})
	for _, tc := range []struct{ before, want string }{
		{"the largest absolute increase in cost between 2019/20 and 2020/21 of", "increase"},
		{"an increase to the permanent register of", "increase"},
		{"the number of", ""},
		{"a decrease, mostly in london, of", ""},
	} {
		if got := changeOfBefore(tc.before); got != tc.want {
			t.Errorf("changeOfBefore(%q) = %q, want %q", tc.before, got, tc.want)
		}
	}
}

// TestWhat42PointBackEstimates: a change that points back to an estimate
// in the sentence before is an estimate; the figure it is compared with,
// and a change pointing back to a fact, are not.
func TestWhat42PointBackEstimates(t *testing.T) {
	const sales = "Right to Buy Sales in England: July to September 2016\n\n" +
		"In July to September 2016-17 (Q2), local authorities sold an estimated 2,856 dwellings under the Right to Buy scheme. This is a decrease of 3% from the 2,941 sold in the same quarter of 2015-16.\n\n" +
		"In July to September 2016-17 (Q2), local authorities received £244 million. This is a decrease of 5% from the £257 million received in the same quarter of 2015-16.\n"
	runWhatHow(t, []whatHowCase{
		{name: "a change pointing back to an estimate is one", text: sales, stated: "3%", measure: "change", status: "estimate"},
		{name: "near miss: the figure compared with keeps its status", text: sales, stated: "2,941", status: "fact"},
		{name: "near miss: a change pointing back to a fact is a fact", text: sales, stated: "5%", measure: "change", status: "fact"},
	})
}
