package extract

import "testing"

// TestRowLabelShape reads ranked breakdowns from the sentences of
// releases of different kinds: business demography, cancer registrations,
// house prices and cultural attendance.
func TestRowLabelShape(t *testing.T) {
	tests := []struct {
		before string
		want   rowShape
		ok     bool
	}{
		{"London was the region with the highest birth rate at ", rowShape{"London", "region", "highest", "birth rate"}, true},
		{"In broad industry terms, business administration and support services had the highest business birth rate at ",
			rowShape{"business administration and support services", "", "highest", "business birth rate"}, true},
		{"In broad industry terms, business administration and support services had the highest business birth rate at 20.7% and accommodation and food services had the highest death rate at ",
			rowShape{"accommodation and food services", "", "highest", "death rate"}, true},
		{"The North East had the highest rate of cancer incidence at ", rowShape{"North East", "", "highest", "rate of cancer incidence"}, true},
		{"The North East had the highest rate of cancer incidence at 653 cases per 100,000 people, while London had the lowest rate at ",
			rowShape{"London", "", "lowest", "rate of cancer incidence"}, true},
		{"The lowest annual growth rate was in the South East of England (", rowShape{"South East of England", "", "lowest", "annual growth rate"}, true},
		{"The lowest annual growth rate was in the South East of England (1.2%), followed by the West Midlands (",
			rowShape{"West Midlands", "", "second lowest", "annual growth rate"}, true},
		{"Opera and musicals had the highest proportion of female attendees at ", rowShape{"Opera and musicals", "", "highest", "proportion of female attendees"}, true},
		{"In 2010–12, male life expectancy at birth was highest in East Dorset (", rowShape{"East Dorset", "", "highest", "male life expectancy at birth"}, true},
		{"In 2010–12, male life expectancy at birth was highest in East Dorset (82.9 years) and lowest in Glasgow City (",
			rowShape{"Glasgow City", "", "lowest", "male life expectancy at birth"}, true},
		{"The highest suicide rate in England was in the North East at 13.2 deaths per 100,000 population; London had the lowest at ",
			rowShape{"London", "", "lowest", "suicide rate in England"}, true},
		// A change ranked: what changed is named elsewhere.
		{"The largest regional increase was in London, at ", rowShape{}, false},
		// No ranking.
		{"The total UK business birth rate was ", rowShape{}, false},
		{"followed by the West Midlands (", rowShape{}, false},
	}
	for _, tt := range tests {
		got, ok := rowLabelShape(tt.before)
		if got != tt.want || ok != tt.ok {
			t.Errorf("rowLabelShape(%q) = %+v, %v, want %+v, %v", tt.before, got, ok, tt.want, tt.ok)
		}
	}
}

// TestNamesMeasure tells a phrase that names what a figure measures
// from the frames, places and fragments drafts made of changes in public
// finances, apprenticeships, rough sleeping and insolvency releases.
func TestNamesMeasure(t *testing.T) {
	tests := []struct {
		p    string
		want bool
	}{
		{"public sector net debt", true},
		{"the expenditure in the city", true},
		{"Total expenditure", true},
		{"apprentices and trainees in training", true},
		{"End of September", false},
		{"During the financial year ending March", false},
		{"Overall there", false},
		{"Latest release", false},
		{"England", false},
		{"largest regional increase", false},
		{"exception", false},
		{"Peak", false},
		{"CONUS has observed a long-term temperature", false},
		{"Gaming machine expenditure in the country’s", false},
	}
	for _, tt := range tests {
		if got := namesMeasure(tt.p); got != tt.want {
			t.Errorf("namesMeasure(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestChangeTail names what a change with no measured phrase changes:
// the figure before it in its sentence, or its sentence's subject.
func TestChangeTail(t *testing.T) {
	tests := []struct {
		title, prev, quote, want string
	}{
		{"Change in End of September", "",
			"Public sector net debt (excluding public sector banks) was £1,785.3 billion at the end of September 2017, an increase of £145.2 billion on September 2016.",
			"Change in public sector net debt"},
		{"Change in Latest release", "Apprentice and trainee commencements",
			"There were 34 290 commencements in the September 2018 quarter, down 5.0% compared with the September quarter in 2017.",
			"Change in apprentice and trainee commencements"},
		{"Fall in exception", "",
			"Apart from a brief rise in 2027-28, arson has been falling in Westshire since 2020-21, with the exception of a 0.6% fall in 2022.",
			"Fall in arson"},
		// A measured phrase stays.
		{"Change in total expenditure", "", "When fares are excluded, total expenditure increased by 19.0%.", ""},
		// Neither the figure before nor the subject measures anything.
		{"Change in Overall there", "Overall there", "Overall there were 263 885 apprentices and trainees in training, down 8.2%.", ""},
	}
	for _, tt := range tests {
		if got := changeTail(tt.title, tt.prev, tt.quote); got != tt.want {
			t.Errorf("changeTail(%q, %q, %q) = %q, want %q", tt.title, tt.prev, tt.quote, got, tt.want)
		}
	}
}

// TestPronounSubject finds the sentences whose subject stands for what an
// earlier figure measures, from police, organ donation and waste releases.
func TestPronounSubject(t *testing.T) {
	tests := []struct {
		quote string
		want  bool
	}{
		{"They increased from 16,234 in Q1 of 2007 to 17,278 in Q2 2009.", true},
		{"After which they decreased to 16,570 in Q3 of 2022", true},
		{"This is an increase of 33% since 2009.", true},
		{"In 2023, it rose to 4.2 million tonnes.", true},
		{"The total amount of Scottish household waste was 2.3 million tonnes.", false},
		{"This ranged from Kingston-upon-Thames at 4.8 per cent", false},
	}
	for _, tt := range tests {
		if got := pronounSubject(tt.quote); got != tt.want {
			t.Errorf("pronounSubject(%q) = %v, want %v", tt.quote, got, tt.want)
		}
	}
}
