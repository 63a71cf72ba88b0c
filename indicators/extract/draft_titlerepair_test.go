package extract

import "testing"

// jobsSummaryText is a statistics office's summary in words of its own: levels
// with comparison tails, series named "for <X> (including …)", a sentence
// in real terms.
const jobsSummaryText = "Jobs summary: March 2024\n\n" +
	"  • The national employment rate was estimated at 71.2%, 0.4 percentage points higher than a year earlier and 0.1 percentage points up on the previous quarter.\n\n" +
	"  • The youth unemployment rate was estimated at 11.5%, 0.6 percentage points lower than a year earlier but largely unchanged on the previous quarter.\n\n" +
	"  • The national economic inactivity rate was estimated at a record low of 19.8%.\n\n" +
	"  • Annual growth in average hourly earnings was 4.1% for total pay (including overtime) and 3.9% for basic pay (excluding overtime).\n\n" +
	"  • In real terms (after adjusting for inflation), annual growth in total pay is estimated to be 1.2%, and annual growth in basic pay is estimated to be 1.0%.\n\n" +
	"  • There were an estimated 612,000 job openings in the country for January to March 2024; this is 9,000 fewer than the previous quarter.\n"

// reliefText is a relief agency's release in words of its own: counts of
// people in need, an appeal's money given by a clause's own subject, an
// increase an announcement adds, a share funded, a list of places.
const reliefText = "Relief appeal update\n\n" +
	"Some 12 million people across 5 countries in the region need food assistance this year while regional response plans, aiming to reach over 8 million of the most vulnerable, are under way.\n\n" +
	"In January, the agency and its partners launched the regional appeal and private donors have generously provided $900 million in funding so far. " +
	"Requirements have since risen to $2.8 billion, adding $400 million to the requirements and 2 million to the number of people to receive rations, leaving the regional appeal funded 32 per cent.\n\n" +
	"This is in addition to some 3 million people who are at risk of cholera across eastern Chad, Niger, Burkina Faso and Mali.\n"

// loanNewsText is a development lender's and a fund's releases in words of
// their own.
const loanNewsText = "Lender news\n\n" +
	"The Nordic Development Fund (NDF) approved a $60 million program to expand clean water in rural Bolivia.\n\n" +
	"Bolivia is exposed to floods, and 64.5% of people in rural areas live in districts without piped water.\n\n" +
	"The project will finance the construction of 35 health posts and the training of nurses.\n\n" +
	"The conclusion of the review allows the government to draw about US$85 million, bringing the total to about US$300 million. " +
	"Bolivia's 24-month arrangement totaling about US$410 million (SDR 305.2 million) was approved on March 3, 2022. " +
	"9 of 14 structural benchmarks due for this review were met or implemented with delay.\n\n" +
	"The Bolivian economy has slowed, growing 2.1 percent in 2023. " +
	"Following a return of inflation to the 3 percent objective in 2023, the authorities expect it to stay low. " +
	"Fiscal policy remains prudent, with a fiscal deficit of 1.9 percent of GDP in 2023 beating the program target of a deficit of 2.4 percent of GDP, with a deficit of 1.6 percent of GDP targeted in 2024.\n"

var titleRepairCases = []whatCase{
	{name: "a comparison tail is the change in the figure before it, on its base", text: jobsSummaryText, stated: "0.4 percentage points", title: "Change in the national employment rate on a year earlier"},
	{name: "the second tail, the same subject on its own base", text: jobsSummaryText, stated: "0.1 percentage points", title: "Change in the national employment rate on the previous quarter"},
	{name: "no closing \"but\"", text: jobsSummaryText, stated: "0.6 percentage points", title: "Change in the youth unemployment rate on a year earlier"},
	{name: "\"a record low of N%\": the subject, not \"Record low\"", text: jobsSummaryText, stated: "19.8%", title: "National economic inactivity rate"},
	{name: "\"for <X> (including …)\" names the series", text: jobsSummaryText, stated: "4.1%", title: "Annual growth in average hourly earnings, total pay"},
	{name: "and the other series", text: jobsSummaryText, stated: "3.9%", title: "Annual growth in average hourly earnings, basic pay"},
	{name: "\"In real terms\" reaches the first figure", text: jobsSummaryText, stated: "1.2%", title: "Annual growth in real total pay"},
	{name: "and every other figure of its sentence", text: jobsSummaryText, stated: "1.0%", title: "Annual growth in real basic pay"},
	{name: "no existential \"there were\"", text: jobsSummaryText, stated: "an estimated 612,000 job openings", title: "Job openings"},
	{name: "a tail after \"; this is\", a plural unarticled", text: jobsSummaryText, stated: "9,000", title: "Change in job openings on the previous quarter"},
	{name: "a bare noun that the verb says is in need", text: reliefText, stated: "Some 12 million people", title: "People in need of food assistance"},
	{name: "the places a count is across, by the count", text: reliefText, stated: "5 countries", title: "Countries with people in need of food assistance"},
	{name: "no participle: who the plans aim to reach", text: reliefText, stated: "over 8 million", title: "People the regional response plans aim to reach"},
	{name: "the giver is the subject of the verb's own clause", text: reliefText, stated: "$900 million", title: "Funding so far provided by private donors"},
	{name: "money titled \"Requirements\" is funding", text: reliefText, stated: "$2.8 billion", title: "Funding requirements"},
	{name: "\"adding $X to Y\": the increase in Y", text: reliefText, stated: "$400 million", title: "Change in the requirements"},
	{name: "and the second amount the verb adds", text: reliefText, stated: "2 million", title: "Change in the number of people to receive rations"},
	{name: "\"<NP> funded N per cent\": the share funded", text: reliefText, stated: "32 per cent", title: "Share of the regional appeal funded"},
	{name: "no bare actor: what it approved", text: loanNewsText, stated: "$60 million", title: "NDF financing approved for a program to expand clean water"},
	{name: "\"N% of X verb Y\": the group doing it", text: loanNewsText, stated: "64.5%", title: "Share of people in rural areas living in districts"},
	{name: "\"the <action> of N <things>\": the things and the action", text: loanNewsText, stated: "35 health posts", title: "Health posts to be built"},
	{name: "\"enables … to draw\": the disbursement", text: loanNewsText, stated: "about US$85 million", title: "Disbursement enabled by the conclusion of the review"},
	{name: "no date predicate: the noun before \"totaling\"", text: loanNewsText, stated: "about US$410 million", title: "Size of Bolivia's arrangement"},
	{name: "a restatement in another unit: the same title", text: loanNewsText, stated: "SDR 305.2 million", title: "Size of Bolivia's arrangement"},
	{name: "\"A of B NOUN …\": A by the predicate", text: loanNewsText, stated: "9", title: "Structural benchmarks met or implemented with delay"},
	{name: "B by its postmodifier", text: loanNewsText, stated: "14 structural benchmarks", title: "Structural benchmarks due for this review"},
	{name: "the economy growing: its growth", text: loanNewsText, stated: "2.1 percent", title: "Change in the Bolivian economy"},
	{name: "\"the N percent objective\": the noun the figure modifies", text: loanNewsText, stated: "3 percent", title: "Inflation objective"},
	{name: "\"NOUN of N percent of GDP\" names the ratio", text: loanNewsText, stated: "1.9 percent", title: "Fiscal deficit as a share of GDP"},
	{name: "\"the program target of a deficit of\"", text: loanNewsText, stated: "2.4 percent", title: "Program target for the fiscal deficit as a share of GDP"},
	{name: "\"a deficit of N percent of GDP targeted\"", text: loanNewsText, stated: "1.6 percent", title: "Targeted fiscal deficit as a share of GDP"},
}

func TestDraftTitleRepair(t *testing.T) { runWhatCases(t, titleRepairCases) }

func TestTrimTitleEnd(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Lower than a year earlier but", "Lower than a year earlier"},
		{"Were approved on September", "Were approved"},
		{"Exports in September", "Exports"},
		{"Budget deficit", "Budget deficit"},
		{"Growth and", "Growth"},
	}
	for _, tc := range tests {
		if got := trimTitleEnd(tc.in); got != tc.want {
			t.Errorf("trimTitleEnd(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestComparisonTitle(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Higher than a year earlier", true}, {"Fewer than the previous quarter", true}, {"Record low", true},
		{"Growth of growing", true}, {"Growth of Higher than a year earlier", true},
		{"Record exports", false}, {"More jobs", false}, {"Growth of exports", false}, {"UK employment rate", false},
	}
	for _, tc := range tests {
		if got := comparisonTitle(tc.in); got != tc.want {
			t.Errorf("comparisonTitle(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
