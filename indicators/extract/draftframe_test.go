package extract

import "testing"

// TestCollectionPeriod reads the period a release's title or lead names
// with the collection it reports, on the openings of releases of
// different kinds (obesity, children's social care, students, a labour
// force survey, a register of births).
func TestCollectionPeriod(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // "" for none
	}{
		{"obesity lead", "Obesity prevalence increases in reception age primary school children\n\n19 October 2017\n\nThe prevalence of obesity has risen from 9.3 per cent in 2015-16 to 9.6 per cent in 2016-17 for children in reception.\n\nObesity prevalence was more than twice as high among children in year 6 (20.0 per cent) than in reception age children, according to the National Child Measurement Programme, England - 2016/17 school year, published today by NHS Digital.\n", "2016/17"},
		{"children title", "Publication of ‘Children’s Social Care Statistics for Northern Ireland 2014/15’\n\nDate published: 15 October 2015\n\nAt 31 March 2015, 23,834 children in Northern Ireland were known to social services.\n", "2014/15"},
		{"students heading", "Department for the Economy publishes higher education statistics\n\n1. Enrolments at UK Higher Education Institutions: Northern Ireland Analysis 2021/22\n\nEnrolments at NI HEIs have increased by a net 24% over the past decade.\n", "2021/22"},
		{"births title", "Births in England and Wales Statistics: 2013\n\nThere were 698,512 live births in England and Wales in 2013.\n", "2013"},
		{"monthly survey", "Labour Force Survey, May 2022\n\nEmployment rose by 40,000 (+0.2%) in May.\n", ""},
		{"two periods", "Annual Survey of Hours and Earnings: 2019\n\nThe Business Register 2018 holds 2.7 million firms; earnings rose 2.9%.\n", ""},
		{"no collection", "Gaming machine spend lifts\n\n27 April 2011\n\nSpend was $205.1 million in the first quarter of 2011.\n", ""},
	}
	for _, tt := range tests {
		d := newDocDraft(DraftSource{Text: tt.text, TextPath: "x.txt"}, map[string]int{})
		p, words, ok := d.collectionPeriod()
		got := ""
		if ok {
			got = p.String()
		}
		if got != tt.want {
			t.Errorf("%s: collectionPeriod() = %q (%q), want %q", tt.name, got, words, tt.want)
		}
	}
}
