package extract

import "testing"

// Pay and pay gaps in words of their own (drafts61): pay is a level in
// money per the base its rate word names; a pay gap is a level in
// percent, the level reached and the level it came from.

// drafts61PayText is an earnings release's main points.
const drafts61PayText = "Survey of Wages in Wales: 2031 provisional results\n\n1. Main points\n\n" +
	"In April 2031 median gross weekly earnings for full-time employees were £712, up 3.1% from £690 in 2030.\n\n" +
	"Median hourly pay for part-time workers was £14.20 in April 2031.\n\n" +
	"Average annual salaries of nurses were £38,400 in 2031.\n\n" +
	"Mean household income stood at £41,250 in 2031.\n\n" +
	"The annual pay bill of the health service was £2.4 billion in 2031.\n\n" +
	"Employers paid £310 in training grants in 2031.\n\n" +
	"In April 2031 the ethnicity pay gap (for median hourly earnings) for all employees narrowed to 6.8%, from 7.5% in 2030.\n\n" +
	"The disability pay gap narrowed by 0.4 percentage points in 2031.\n"

// drafts61PayCases are the measures, units and titles of pay and gaps.
var drafts61PayCases = []whatHowCase{
	{name: "weekly earnings are a level per week", text: drafts61PayText, stated: "£712", measure: "level", unit: "GBP per week"},
	{name: "earlier value of weekly earnings", text: drafts61PayText, stated: "£690", measure: "level", unit: "GBP per week"},
	{name: "the growth of pay stays a change", text: drafts61PayText, stated: "3.1%", measure: "change", direction: "up"},
	{name: "hourly pay is a level per hour", text: drafts61PayText, stated: "£14.20", measure: "level", unit: "GBP per hour"},
	{name: "annual salaries are a level per year", text: drafts61PayText, stated: "£38,400", measure: "level", unit: "GBP per year"},
	{name: "mean income with no rate word is a level", text: drafts61PayText, stated: "£41,250", measure: "level", unit: "GBP"},
	{name: "a pay bill of billions is no pay level", text: drafts61PayText, stated: "£2.4 billion", measure: "flow", unit: "GBP"},
	{name: "money with no pay word stays a flow", text: drafts61PayText, stated: "£310", measure: "flow", unit: "GBP"},
	{name: "the gap reached is a level", text: drafts61PayText, stated: "6.8%", measure: "level", direction: "none",
		title: "Ethnicity pay gap in median hourly earnings for all employees"},
	{name: "the gap it came from is a level", text: drafts61PayText, stated: "7.5%", measure: "level",
		title: "Ethnicity pay gap in median hourly earnings for all employees"},
	{name: "a gap that narrowed by points is a change", text: drafts61PayText, stated: "0.4 percentage points", measure: "change"},
}

func TestDrafts61Pay(t *testing.T) {
	runWhatHow(t, drafts61PayCases)
}

// drafts61PointText is a release on a distribution's points.
const drafts61PointText = "Survey of Wages in Wales: 2031 provisional results\n\n1. Main points\n\n" +
	"Hourly earnings grew by 2.9% for all employees in 2031.\n\n" +
	"The top of the distribution has grown fastest, with the tenth percentile growing by 1.2% and the 90th percentile growing by 4.4%.\n\n" +
	"House prices rose in most regions, with the lowest quartile falling by 0.8% in 2031.\n\n" +
	"In Cardiff the first decile rose by 3.3% in 2031.\n"

// drafts61PointCases are the titles of the changes of a distribution's
// points: what the paragraph measures at the named point.
var drafts61PointCases = []whatHowCase{
	{name: "ordinal word percentile", text: drafts61PointText, stated: "1.2%", measure: "change",
		title: "Growth in hourly earnings at the tenth percentile"},
	{name: "ordinal digits percentile", text: drafts61PointText, stated: "4.4%", measure: "change",
		title: "Growth in hourly earnings at the 90th percentile"},
	{name: "a falling quartile of prices", text: drafts61PointText, stated: "0.8%", measure: "change",
		title: "Fall in house prices at the lowest quartile"},
	{name: "a decile of the paragraph before", text: drafts61PointText, stated: "3.3%", measure: "change",
		title: "Growth in house prices at the first decile"},
}

func TestDrafts61PointTitles(t *testing.T) {
	runWhatHow(t, drafts61PointCases)
}
