package extract

import (
	"strings"
	"testing"
)

func TestDraftInlineDatelineIssued(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"parenthesised", "Half the wells run dry\n\n(Nairobi, 4 March 2019): Some 3 million people lack water today.\n", "2019-03-04"},
		{"after bullets", "Board Completes Review for Ruritania\n\nFOR IMMEDIATE RELEASE\n\n• The Board completed the review.\n\n• Growth is sound.\n\n" +
			"Lisbon, PT – April 7, 2025: The Board today completed the review, enabling a draw of $12 million.\n", "2025-04-07"},
		{"dash dateline", "Harbour report\n\nOSLO — 12 May 2022 — Freight rose 4% in the year.\n", "2022-05-12"},
		// A sentence that starts with a place and a date is no dateline.
		{"sentence", "Port news\n\nRotterdam handled 2 million boxes in May 2022, a record.\n", "not stated"},
	}
	for _, tc := range tests {
		got := issuedOf(tc.text)
		s := got.String()
		if got.IsZero() {
			s = "not stated"
		}
		if s != tc.want {
			t.Errorf("%s: issuedOf(%q) = %s, want %s", tc.name, tc.text, s, tc.want)
		}
	}
}

func TestDraftLabelLineNoTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		// "Release date:" above its date is a label; the first line is the title.
		{"Retail sales, Ruritania: March 2021\n\nMonthly estimates of the value of retail sales.\n\nRelease date:\n14 April 2021\n\nSales rose 2.1%.\n",
			"Retail sales, Ruritania: March 2021"},
		{"Housing starts: May 2022\n\nContact:\nPress office\n\nStarts fell 3%.\n", "Housing starts: May 2022"},
	}
	for _, tc := range tests {
		if got := titleOf(tc.text, sections(tc.text)); got != tc.want {
			t.Errorf("titleOf(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestDraftNavLinkNoSection(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "welsh back link", text: "Prices bulletin\n\nRelease date:\n3 March 2021\n\nNôl i'r tabl cynnwys\n\n2. Main points\n\nPrices rose 2.4% in the year to January 2021.\n",
			stated: "2.4%", want: map[string]string{"section": "Prices bulletin / Main points"}},
		{name: "english back link", text: "Prices bulletin\n\nRelease date:\n3 March 2021\n\nBack to table of contents\n\n2. Main points\n\nPrices rose 2.4% in the year to January 2021.\n",
			stated: "2.4%", want: map[string]string{"section": "Prices bulletin / Main points"}},
		{name: "print link", text: "Prices bulletin\n\nPrint this page\n\nMain points\n\nPrices rose 2.4% in the year to January 2021.\n",
			stated: "2.4%", want: map[string]string{"section": "Main points"}},
	})
}

func TestDraftSourceLinePublisher(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"own office", "Wages, UK: May 2021\n\nPay rose 3.1%.\n\nSource: Office for National Statistics – Labour Force Survey\n\nHours rose 1%.\n\nSource: Office for National Statistics – Annual Survey\n", "Office for National Statistics"},
		// A page that credits several bodies is none's.
		{"mixed credits", "Wages and prices\n\nPay rose 3.1%.\n\nSource: Office for National Statistics\n\nPrices rose 2%.\n\nSource: Eurostat\n", ""},
		{"no source line", "Wages and prices\n\nPay rose 3.1%, says the Office for National Statistics.\n", ""},
	}
	for _, tc := range tests {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		if got := d.source.Publisher; got != tc.want {
			t.Errorf("%s: publisher of %q = %q, want %q (notes %s)", tc.name, tc.text, got, tc.want, strings.Join(d.sourceNotes, "; "))
		}
	}
}
