package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// chargeDoc holds sentences of a charge in a currency's hundredths, as
// round AA's carrier bag release writes one, written anew.
const chargeDoc = "Bag charges\n\n" +
	"From 5 October 2015, large shops were required to charge 5p for all plastic bags.\n" +
	"The charge in Wales is 10 pence per bag.\n" +
	"A coffee costs 50c in the trial and 25¢ elsewhere.\n"

// TestStatedSubunitMarks checks that the marks of a currency's hundredth
// glued to an amount ("5p", "50c", "50¢") read as money, as "5 pence"
// does, and that a video format's "1080p" stays refused.
func TestStatedSubunitMarks(t *testing.T) {
	tests := []struct {
		stated, want string
	}{
		{"5p", "£0.05"},
		{"5 pence", "£0.05"},
		{"164.5p", "£1.645"},
		{"50c", "$0.50"},
		{"25¢", "$0.25"},
		{"25 ¢", "$0.25"},
		{"5p per bag", "£0.05 per bag"},
		{"1080p", "error"},
		{"30C", "error"}, // a temperature (the extractor reads 30 degC), never $0.30: a mark is lower case
		{"5P", "error"},
	}
	for _, tc := range tests {
		q, u, err := indicators.ParseStated(tc.stated)
		got := "error"
		if err == nil {
			got = indicators.Format(q, u, indicators.Style{})
		}
		if got != tc.want {
			t.Errorf("ParseStated(%q) = %s (%v), want %s", tc.stated, got, err, tc.want)
		}
	}
}

// TestAdviceSubunit checks that a charge in pence is catalogued as the
// quote writes it, and that a figure whose number the quote writes with
// other marks is told the quote's words, never that the quote's "5"
// disagrees with stated "5".
func TestAdviceSubunit(t *testing.T) {
	const price = "entities: [GB-ENG]\nstatus: fact\nmeasure: level\nperiod: 2015-10-05\n"
	const charge = "large shops were required to charge 5p for all plastic bags"
	checkAdvice(t, []adviceCase{
		{"pence glued", chargeDoc, price + "stated: 5p", charge, "", ""},
		{"cents glued", chargeDoc, price + "stated: 50c", "A coffee costs 50c in the trial", "", ""},
		{"a cent sign", chargeDoc, price + "stated: 25¢", "A coffee costs 50c in the trial and 25¢ elsewhere.", "", ""},
		{"pence written out against 5p", chargeDoc, price + "stated: 5 pence", charge,
			`the quote words it "5p": write stated: "5p"`, "stated: 5 pence => stated: 5p"},
		{"pounds against 5p", chargeDoc, price + "stated: £0.05", charge,
			`the quote words it "5p": write stated: "5p"`, "stated: £0.05 => stated: 5p"},
		{"a bare number with unit penny", chargeDoc, price + "stated: \"5\"\nunit: penny", charge,
			`it writes "5" as "5p", which reads as £0.05, not 5 pence: write stated: "5p"`, "stated: \"5\"\nunit: penny => stated: 5p"},
	})
}
