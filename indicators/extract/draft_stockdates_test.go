package extract

import "testing"

// stockDatesLedger is a monthly public-finance release in words of its own:
// flows over the financial year to date, a stock at a month's end, the
// changes of both, and a full financial year.
const stockDatesLedger = "Council finances, England: July 2031\n\n" +
	"Release date:\n14 August 2031\n\n" +
	"1. Main points\n\n" +
	"  • Council net borrowing decreased by £2.4 billion to £11.7 billion in the current financial year-to-date (April 2031 to July 2031) compared with the same period in 2030\n\n" +
	"  • Council net debt at the end of July 2031 was £402.5 billion, equivalent to 31.2% of regional output; an increase of £9.1 billion compared with July 2030\n\n" +
	"  • Council net borrowing increased by £0.3 billion to £2.9 billion in July 2031 compared with July 2030\n\n" +
	"  • Council cash requirement rose by £1.3 billion to £6.6 billion in the financial year to date (April to July 2031) compared with the same period last year\n\n" +
	"  • Grant income was £3.2 billion in the first four months of the financial year, up £0.4 billion on a year earlier\n\n" +
	"  • Council net lending increased by £0.9 billion to £5.5 billion in the financial year ending March 2031 (April 2030 to March 2031) compared with the previous financial year\n"

func TestDraftFinancialYearToDate(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "level to date", text: stockDatesLedger, stated: "£11.7 billion",
			want: map[string]string{"period": "2031-04/2031-07", "base": "not stated"}},
		{name: "change to date on the same period", text: stockDatesLedger, stated: "£2.4 billion",
			want: map[string]string{"period": "2031-04/2031-07", "base": "2030-04/2030-07"}},
		{name: "months without the first year", text: stockDatesLedger, stated: "£6.6 billion",
			want: map[string]string{"period": "2031-04/2031-07"}},
		{name: "change on the same period last year", text: stockDatesLedger, stated: "£1.3 billion",
			want: map[string]string{"period": "2031-04/2031-07", "base": "2030-04/2030-07"}},
		{name: "first months of the financial year", text: stockDatesLedger, stated: "£3.2 billion",
			want: map[string]string{"period": "2031-04/2031-07"}},
		{name: "change on a year earlier", text: stockDatesLedger, stated: "£0.4 billion",
			want: map[string]string{"period": "2031-04/2031-07", "base": "2030-04/2030-07"}},
		{name: "a full financial year is the year across two its people write", text: stockDatesLedger, stated: "£5.5 billion",
			want: map[string]string{"period": "2030/31"}},
		{name: "change of a full financial year on the previous", text: stockDatesLedger, stated: "£0.9 billion",
			want: map[string]string{"period": "2030/31", "base": "2029/30"}},
		{name: "change of a month on the same month", text: stockDatesLedger, stated: "£0.3 billion",
			want: map[string]string{"period": "2031-07", "base": "2030-07"}},
		{name: "the month's level has no base", text: stockDatesLedger, stated: "£2.9 billion",
			want: map[string]string{"period": "2031-07", "base": "not stated"}},
	})
}

func TestDraftStockAtMonthEnd(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "stock at the end of a month", text: stockDatesLedger, stated: "£402.5 billion",
			want: map[string]string{"period": "2031-07"}},
		{name: "share of the stock", text: stockDatesLedger, stated: "31.2%",
			want: map[string]string{"period": "2031-07"}},
		{name: "change of the stock", text: stockDatesLedger, stated: "£9.1 billion",
			want: map[string]string{"period": "2031-07", "base": "2030-07"}},
	})
}

// stockDatesClinics is a health agency's summary in words of its own: one
// country named, a list whose first item gives the year, readings
// compared with an earlier year's.
const stockDatesClinics = "Clinic visits hold steady as staff numbers grow\n\n" +
	"Clinic Access Indicators in Norway, 2031 covers visit data for dental, eye and hearing clinics. This is the agency’s 5th report on clinic access.\n\n" +
	"The agency’s annual review found that, although more clinics opened between 2026 and 2030, visit times held steady.\n\n" +
	"In all, about 7 out of 10 patients were seen within target times.\n\n" +
	"Compared with peer Organisation for Economic Co-operation and Development countries, Norway had the shortest waits for eye care, and the third-shortest waits for hearing care.\n\n" +
	"Key Findings\n\n" +
	"  • Eye clinics were the only type that showed a clear gain. In 2030, 71% of eye visits in Norway were seen within target—a 5% increase over the past 5 years.\n" +
	"  • Hearing clinic times held steady, with 93% of visits seen within target.\n" +
	"  • Dental clinics showed only a small fall in visits seen within target: 66%, compared with 68% in 2026.\n" +
	"  • Physiotherapy patients were seen within target 74% of the time, compared with 77% in 2026.\n"

func TestDraftComparandYear(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "year of the list's first item", text: stockDatesClinics, stated: "71%",
			want: map[string]string{"period": "2030"}},
		{name: "over the past years", text: stockDatesClinics, stated: "5%",
			want: map[string]string{"period": "2026/2030", "base": "2026"}},
		{name: "item without a year", text: stockDatesClinics, stated: "93%",
			want: map[string]string{"period": "2030"}},
		{name: "head figure before a dated comparand", text: stockDatesClinics, stated: "66%",
			want: map[string]string{"period": "2030"}},
		{name: "the comparand", text: stockDatesClinics, stated: "68%",
			want: map[string]string{"period": "2026"}},
		{name: "head figure of the time", text: stockDatesClinics, stated: "74%",
			want: map[string]string{"period": "2030"}},
		{name: "comparand of the time", text: stockDatesClinics, stated: "77%",
			want: map[string]string{"period": "2026"}},
	})
}

func TestDraftOneCountryDocument(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "opening figure", text: stockDatesClinics, stated: "about 7 out of 10",
			want: map[string]string{"entities": "NO", "counterpart": ""}},
		{name: "rank among peers keeps the country", text: stockDatesClinics, stated: "third-shortest",
			want: map[string]string{"entities": "NO", "counterpart": ""}},
		{name: "item without a place", text: stockDatesClinics, stated: "93%",
			want: map[string]string{"entities": "NO", "counterpart": ""}},
		{name: "comparand without a place", text: stockDatesClinics, stated: "68%",
			want: map[string]string{"entities": "NO", "counterpart": ""}},
		{name: "head figure without a place", text: stockDatesClinics, stated: "74%",
			want: map[string]string{"entities": "NO", "counterpart": ""}},
	})
}

// stockDatesReserves is a release's stocks dated before their figures in
// other words.
const stockDatesReserves = "Council reserves, England: March 2031\n\n" +
	"Main points\n\n" +
	"  • Council reserves as at 31 March 2031 stood at £12.4 billion, a rise of £0.8 billion compared with March 2030\n\n" +
	"  • Council loans outstanding at end-March 2031 were £88.1 billion\n"

func TestDraftOtherStockDates(t *testing.T) {
	runFieldCases(t, []fieldCase{
		// grid22: "as at 31 March 2031" is that day, as the dev hand
		// catalogs write a stock's "as at" (broadband, police, children).
		{name: "as at a day", text: stockDatesReserves, stated: "£12.4 billion",
			want: map[string]string{"period": "2031-03-31"}},
		{name: "change of the stock dated as at", text: stockDatesReserves, stated: "£0.8 billion",
			want: map[string]string{"period": "2031-03-31", "base": "2030-03"}},
		{name: "at end-month", text: stockDatesReserves, stated: "£88.1 billion",
			want: map[string]string{"period": "2031-03"}},
	})
}
