package extract

import (
	"strings"
	"testing"
)

// TestMeasuredPhrase checks the measured noun phrase on sentences of
// several kinds of documents: dev kinds (farming, schools, prisons,
// housing), a corpus release, and statistics pages (ssb.no's weekly
// bulletin, NHS Digital's admitted patient care), and the figures it
// must leave alone.
func TestMeasuredPhrase(t *testing.T) {
	tests := []struct {
		name, text, stated, want string
	}{
		// farming (testdata/kinds/farming)
		{"and was: the subject of the first verb", "The beef herd decreased by 1.5% and was 1.5 million animals.", "1.5 million animals", "Beef herd"},
		{"the total number of X counts X", "The total number of cattle and calves remained almost unchanged and was 9.6 million animals.", "9.6 million animals", "Cattle and calves"},
		{"a noun's own of-phrase", "The area of oilseed crops planted increased by 13% and was 398 thousand hectares.", "398 thousand hectares", "Area of oilseed crops planted"},
		{"a frame, an acronym and an aside", "In 2021/22, the average Farm Business Income (FBI) across all UK farm types, at current prices, was £72,000 compared to £46,500 in 2020/21.", "£72,000", "Average Farm Business Income across all UK farm types"},
		{"a participle clause is another verb's", "The Utilised Agricultural Area (UAA) decreased by 2.2% and was 17 million hectares, covering 69% of land in the UK.", "69%", ""},
		// schools (testdata/kinds/schools)
		{"a frame that ends on its year", "Over the year to 2019 teacher numbers increased by 288 to 52,247.", "52,247", "Teacher numbers"},
		{"a comparison tail reads the subject", "The attendance rate for the 2018/19 school year was 93.0%, down slightly from 93.3% in the 2016/17 school year.", "93.3%", "Attendance rate"},
		{"there was a decrease in the number of X", "There was a small decrease in the number of funded registrations for early learning and childcare (ELC) from 96,549 in 2018 to 96,375 in 2019.", "96,549", "Funded registrations for early learning and childcare"},
		{"has remained at", "This coupled with a rise in pupils of 4,738 has meant that the pupil teacher ratio has remained at 13.6.", "13.6", "Pupil teacher ratio"},
		// prisons (testdata/kinds/prisons)
		{"a figure in parentheses before the verb", "The imprisonment rate at yearend 2022 (355 sentenced prisoners per 100,000 U.S. residents of all ages) was down 26% from yearend 2012 (480 per 100,000).", "355 sentenced prisoners", "Imprisonment rate"},
		{"a clause after that", "Examining prisoners by demographics revealed that the number of females in state or federal prison increased almost 5% from yearend 2021 (83,700) to yearend 2022 (87,800).", "83,700", "Females in state or federal prison"},
		{"had jurisdiction over is no verb of being", "At yearend 2022, correctional authorities in the United States had jurisdiction over 1,230,100 persons in state or federal prisons.", "1,230,100 persons", ""},
		// housing (testdata/kinds/housing)
		{"were at a rate of", "Single-family authorizations in August were at a rate of 866,000; this is 4.5 percent above the revised July figure of 829,000.", "866,000", "Single-family authorizations"},
		{"this after a semicolon is no subject", "Single-family authorizations in August were at a rate of 866,000; this is 4.5 percent above the revised July figure of 829,000.", "4.5 percent", ""},
		// corpus (census-2024-06-advance-retail-sales-may-2024)
		{"there were N X: the figure's own noun", "Compared to 2015-16, there were over 2.1 million fewer workers in low pay, after tax: 410,000 fewer apprentices.", "410,000 fewer apprentices", ""},
		// pages: ssb.no weekly bulletin 5/1998, NHS Digital 2015
		{"the number of X declined", "The number of hospital admissions for cardiac infarction declined by 6.6 per cent from 1995 to 1996.", "6.6 per cent", "Hospital admissions for cardiac infarction"},
		{"the number of X was", "The number of admissions for women was about 366,000 in 1996 compared to 284,000 for men.", "366,000", "Admissions for women"},
		{"the rate of X in a span of years", "The rate of admissions in 2014-15 was 29,260 per 100,000 population, compared to 24,110 admissions per 100,000 population in 2004-05.", "29,260", "Rate of admissions"},
		{"a place is an actor, never a measure", "Japan is the largest source of foreign direct investment, at $300 billion.", "$300 billion", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Title\n\n" + tt.text + "\n"
			d := newDocDraft(DraftSource{Text: text}, map[string]int{})
			var m *Mention
			for i := range d.mentions {
				if strings.HasPrefix(d.mentions[i].Text, tt.stated) || strings.HasSuffix(d.mentions[i].Text, tt.stated) {
					m = &d.mentions[i]
					break
				}
			}
			if m == nil {
				t.Fatalf("no mention %q in %q", tt.stated, tt.text)
			}
			if got, _ := d.measuredPhrase(*m); got != tt.want {
				t.Errorf("measuredPhrase(%q) = %q, want %q", tt.stated, got, tt.want)
			}
		})
	}
}

// TestNamesNoMeasure checks the titles the measured noun phrase may mend.
func TestNamesNoMeasure(t *testing.T) {
	tests := []struct {
		title, stated string
		want          bool
	}{
		{"Over the year", "52,247", true},
		{"Increase in over the year", "288", true},
		{"Down slightly", "93.3%", true},
		{"Decrease in yearend", "26%", true},
		{"Animals number", "9.6 million animals", true},
		{"U.S. residents of all ages", "355 sentenced prisoners per 100,000 U.S. residents of all ages", true},
		{"Examining prisoners by demographics revealed that the number", "83,700", true},
		{"Cereal crops area", "3.2 million hectares", false},
		{"Decrease in cereal crops area", "1.7%", false},
		{"Expenditures by foreign direct investors", "$4.6 billion", false},
		{"Persons in state or federal prisons", "1,230,100 persons", false},
	}
	for _, tt := range tests {
		if got := namesNoMeasure(tt.title, tt.stated); got != tt.want {
			t.Errorf("namesNoMeasure(%q, %q) = %v, want %v", tt.title, tt.stated, got, tt.want)
		}
	}
}

// TestCleanMeasuredNP checks the one cleaning of a measured noun phrase.
func TestCleanMeasuredNP(t *testing.T) {
	tests := []struct{ np, want string }{
		{"The total number of pigs", "Pigs"},
		{"the total labour force on commercial holdings", "Labour force on commercial holdings"},
		{"UK Total Income from Farming", "Total Income from Farming"},
		{"The imprisonment rate at yearend 2022", "Imprisonment rate"},
		{"Privately owned housing starts in August", "Privately owned housing starts"},
		{"The attendance rate for the 2018/19 school year", "Attendance rate"},
		{"Fish catches by coastal fleets in 2023", "Fish catches by coastal fleets"},
		{"and Japan", ""},
		{"the United States", ""},
	}
	for _, tt := range tests {
		if got := cleanMeasuredNP(tt.np); got != tt.want {
			t.Errorf("cleanMeasuredNP(%q) = %q, want %q", tt.np, got, tt.want)
		}
	}
}

// TestClippedOf checks the titles that name only part of their noun
// phrase, from farming, schools, a corpus release and drafter cases.
func TestClippedOf(t *testing.T) {
	tests := []struct {
		title, np string
		want      bool
	}{
		{"Increase in area", "Area of oilseed crops planted", true},
		{"Pupil teacher ratio", "Overall pupil teacher ratio in all publicly funded schools", false},
		{"Increase in deaths", "Minor injuries and deaths", false},
		{"Factory orders", "Flash estimates of U.S. factory orders", false},
		{"Value", "Value of new two-way trade and investment", true},
		{"Expenditures in real estate, rental, and leasing", "Notable expenditures in real estate, rental, and leasing", false},
		{"Decrease in beef herd", "Beef herd", false},
		{"Teacher numbers", "Full-time equivalent teachers", false},
	}
	for _, tt := range tests {
		if got := clippedOf(tt.title, tt.np); got != tt.want {
			t.Errorf("clippedOf(%q, %q) = %v, want %v", tt.title, tt.np, got, tt.want)
		}
	}
}
