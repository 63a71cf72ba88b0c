package extract

import "testing"

// securityText counts people trained abroad and names aid by a long noun
// phrase, in words of its own.
const securityText = "Security report\n\n" +
	"More than 900 officers of the Guard received training in France since 1990, including 45 officers in FY 2019.\n\n" +
	"In 2019, France provided €40 million in joint Ministry of Foreign Affairs and Ministry of Defence security cooperation assistance. " +
	"Since 2015, the Ministry of Health provided Chad with nearly €7 million for UNICEF.\n\n" +
	"Floods have displaced families in the Nile and Lake Victoria regions. Today, over 12 million people across these regions are in need of food aid.\n"

var whatTitleCases = []whatCase{
	{name: "a rate held \"at N%\" is titled by the rate", text: rateDecisionText, stated: "4.35%", title: "Policy rate"},
	{name: "\"the N% inflation target\" by the noun the figure modifies", text: rateDecisionText, stated: "2.5%", title: "Inflation target"},
	{name: "a reading titled by the rate's name, past its verb", text: rateDecisionText, stated: "3.4%", title: "Annual consumer price inflation"},
	{name: "the reading it fell from, the same name", text: rateDecisionText, stated: "2.9%", title: "Annual consumer price inflation"},
	{name: "who preferred the move are counted", text: rateDecisionText, stated: "Three members", title: "Members preferring to raise the policy rate"},
	{name: "the preferred change says who preferred it", text: rateDecisionText, stated: "0.25 percentage points", title: "Change in policy rate three members preferred"},
	{name: "and so does the preferred rate", text: rateDecisionText, stated: "4.6%", title: "Policy rate three members preferred"},
	{name: "no closing \"in fiscal year\"", text: outlookFiscal, stated: "$4.2 billion", title: "State budget deficit"},
	{name: "\"It amounts to N percent of GDP\": the sentence before's subject, its full name", text: outlookFiscal, stated: "3.5 percent", title: "State budget deficit as a share of GDP"},
	{name: "the ratio reached later, the same", text: outlookFiscal, stated: "3.1 percent", title: "State budget deficit as a share of GDP"},
	{name: "\"the deficit\" takes the fuller name the text gave it", text: outlookFiscal, stated: "4.4 percent", title: "State budget deficit as a share of GDP"},
	{name: "no comparison stub: an average over the past", text: outlookFiscal, stated: "2.9 percent", title: "Average deficit as a share of GDP over the past 30 years"},
	{name: "no finite verb: \"rises from\"", text: outlookFiscal, stated: "61 percent", title: "State debt held by the public as a share of GDP"},
	{name: "a previous high", text: outlookFiscal, stated: "70 percent", title: "Previous high of state debt held by the public as a share of GDP"},
	{name: "\", or N percent of GDP\": the subject, past its year", text: outlookFiscal, stated: "21.5 percent", title: "Spending as a share of GDP"},
	{name: "\"(if adjusted …)\" makes the ratio the adjusted one", text: outlookFiscal + "They remain near that level through 2034 and then rise, reaching 23.0 percent of GDP in 2040 (if adjusted to exclude shifts in the timing of payments).\n", stated: "23.0 percent", title: "Adjusted spending as a share of GDP"},
	{name: "\"An additional $X to build Y\": funding for Y", text: measuresText, stated: "$200 million", title: "Additional funding for cycling paths"},
	{name: "\"A further $X to train N Y\": funding to train Y", text: measuresText, stated: "$50 million", title: "Further funding to train rail engineers"},
	{name: "the object of \"to train\" is to be trained", text: measuresText, stated: "4,000 rail engineers", title: "Rail engineers to be trained"},
	{name: "an amount right before a programme's name is its funding", text: measuresText, stated: "$8 million", title: "Funding for the Rail Safety Program"},
	{name: "a place's amount in parentheses", text: donorAidText, stated: "$20 million", title: "Funding for Kenya"},
	{name: "an amount in a place's parenthesis, with its own words", text: donorAidText, stated: "$10 million", title: "Funding for Ethiopia"},
	{name: "\"the newly allocated $X in response to Y\", not across to the next item", text: donorAidText, stated: "$4 million", title: "New funding for Ethiopia in response to the cholera outbreak"},
	{name: "\"another $X to support Y\"", text: donorAidText, stated: "$2 million", title: "Additional funding for a logistics hub"},
	{name: "\"the initial $X announced by …\"", text: donorAidText, stated: "$3.5 million", title: "Initial funding for Ethiopia announced"},
	{name: "\"the top-up of $X\" by its noun and place", text: donorAidText, stated: "$1 million", title: "Top-up for Sudan"},
	{name: "a pledge noun becomes the target's", text: ndcText, stated: "40 per cent", title: "Target to cut greenhouse gas emissions"},
	{name: "\"keep N degrees within reach\"", text: ndcText, stated: "1.5 degrees", title: "Global warming limit to keep within reach"},
	{name: "\"received training\": trained", text: securityText, stated: "More than 900 officers", title: "Officers of the Guard trained in France"},
	{name: "\"including N <noun>\" takes the count's title, no inflected connective", text: securityText, stated: "45 officers", title: "Officers of the Guard trained in France"},
	{name: "\"$X in <long phrase> assistance\": the assistance", text: securityText, stated: "€40 million", title: "Security cooperation assistance"},
	{name: "an actor's amount \"for <Name>\" is their funding for it", text: securityText, stated: "nearly €7 million", title: "Ministry of Health funding for UNICEF"},
	{name: "a count \"in need of\" what, \"these regions\" the ones named before", text: securityText, stated: "over 12 million people", title: "People in need of food aid in the Nile and Lake Victoria regions"},
}

func TestDraftWhatTitle(t *testing.T) { runWhatCases(t, whatTitleCases) }

func TestPolishTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Deficit grows", "Deficit"},
		{"Revenues total", "Total revenues"},
		{"Federal budget deficit in fiscal year", "Federal budget deficit"},
		{"Share of GDP—significantly more than", "Share of GDP"},
		{"Pledge to reduce greenhouse gas emissions by", "Pledge to reduce greenhouse gas emissions"},
		{"Orphans and vulnerable children cared for", "Orphans and vulnerable children cared for"},
		{"Countries the United States is to partner with", "Countries the United States is to partner with"},
		{"New investments or trade deals made over the past year", "New investments or trade deals made over the past year"},
	}
	for _, tc := range tests {
		if got := polishTitle(tc.in); got != tc.want {
			t.Errorf("polishTitle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
