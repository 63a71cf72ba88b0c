package extract

import "testing"

// TestMethodStatus: a release whose opening (to the end of its first
// figure's sentence below the title) says how it measures its figures —
// its own estimates, a survey's, a modelled measure's — makes them all
// estimates, earlier periods' too, while counts of registered events stay
// facts and who was surveyed says nothing of how a figure is measured
// (methodCueRe, draftcontext.go; when88) — on a national accounts
// release (ABS), a health survey bulletin (ONS), a house price index
// (ONS), a crime survey's press release (BJS) and a mortality bulletin
// (ONS).
func TestMethodStatus(t *testing.T) {
	const (
		gdp = "Economy grows 1.1 per cent in December quarter\n\n" +
			"The Australian economy recorded broad-based growth of 1.1 per cent in seasonally adjusted chain volume terms in the December quarter 2016, a rebound from the previous quarter’s decline of 0.5 per cent, data from the Australian Bureau of Statistics (ABS) shows. " +
			"Growth was recorded in 15 out of 20 industries.\n\n" +
			"The Terms of trade grew by 9.1 per cent in the December quarter due to strong price rises in Coal and Iron ore.\n"
		smoking = "Adult smoking habits in the UK: 2019\n\n1. Main points\n\n" +
			"  • In the UK, in 2019, 14.1% of people aged 18 years and above smoked cigarettes, which equates to around 6.9 million people in the population, based on our estimate from the Annual Population Survey (APS).\n\n" +
			"  • The proportion of current smokers in the UK has fallen significantly from 14.7% in 2018 to 14.1% in 2019.\n\n" +
			"  • In the UK, 15.9% of men smoked compared with 12.5% of women.\n"
		houseprices = "UK House Price Index: December 2019\n\n1. Main points\n\n" +
			"  • UK average house prices increased by 2.2% over the year to December 2019, up from 1.7% in November 2019.\n\n" +
			"The average UK house price was £235,000 in December 2019. On a seasonally adjusted basis, average house prices in the UK increased by 0.4% between November 2019 and December 2019.\n"
		crime = "YOUNGEST TEENS AT GREATEST CRIME RISK WASHINGTON, D.C. During 1993, the youngest age group surveyed--those 12 through 15 years old--had the greatest risk of being violent crime victims, the Department of Justice announced today. " +
			"The risk decreased steadily with age, from 1 in 8 young people 12-15 years old to 1 in 179 for those 65 or older.\n"
		// The mortality bulletin's bullet under the health survey's opening:
		// a register's count is whole whatever else the release estimates.
		registered = "Adult smoking habits in the UK: 2019\n\n1. Main points\n\n" +
			"  • In the UK, in 2019, 14.1% of people aged 18 years and above smoked cigarettes, based on our estimate from the Annual Population Survey (APS).\n\n" +
			"  • In August 2021, there were 40,460 deaths registered in England.\n"
	)
	runWhatHow(t, []whatHowCase{
		{name: "a modelled measure's headline is an estimate", text: gdp, stated: "1.1 per cent", status: "estimate"},
		{name: "and the earlier quarter it rebounds from", text: gdp, stated: "0.5 per cent", status: "estimate"},
		{name: "and a later paragraph's figure", text: gdp, stated: "9.1 per cent", status: "estimate"},
		{name: "a survey's figure is an estimate", text: smoking, stated: "14.1%", status: "estimate"},
		{name: "so is the survey's figure of the year before", text: smoking, stated: "14.7%", status: "estimate"},
		{name: "and a breakdown with no method words of its own", text: smoking, stated: "15.9%", status: "estimate"},
		{name: "an index whose opening names no method stays a fact", text: houseprices, stated: "2.2%", status: "fact"},
		{name: "seasonally adjusted after the opening is one figure's basis", text: houseprices, stated: "£235,000", status: "fact"},
		{name: "who was surveyed is no method", text: crime, stated: "1 in 8", status: "fact"},
		{name: "a count of registered events stays a fact", text: registered, stated: "40,460 deaths", status: "fact"},
	})
}
