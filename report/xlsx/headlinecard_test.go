package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestHeadlineCardAsSlide: the book's headline card writes the figure as
// the slide's card does (one string, a capital, the counted noun, a fall
// said as a fall) in its status's colour, as its bars are drawn, and says
// the source's date of a figure of no period. An estimate "an estimated
// 805,000" says its status once, on the line under it (s21o-traffic).
func TestHeadlineCardAsSlide(t *testing.T) {
	vacancy := indicators.CountOf("vacancy")
	usd, _ := indicators.MoneyUnit("USD")
	tests := []struct {
		name  string
		ind   indicators.Indicator
		title string
		want  string // the figure's cell
		color string // its font
		line  string // the line under the title, "" for none
	}{
		{"estimate", indicators.Indicator{Title: "UK job vacancies", Stated: "an estimated 805,000", Unit: vacancy, Status: indicators.Estimate,
			Measure: indicators.Stock, Period: indicators.QuarterPeriod(2019, 4)}, "Job vacancies, October to December 2019", "805,000 vacancies", "009E73", "Estimate, Q4 2019"},
		// The line under the card says its period though the view's
		// title above it says it too: a card pasted alone says when
		// (s14d-homeless), whatever the title says.
		{"quarter not in the view's title", indicators.Indicator{Title: "UK job vacancies", Stated: "an estimated 805,000", Unit: vacancy, Status: indicators.Estimate,
			Measure: indicators.Stock, Period: indicators.QuarterPeriod(2019, 4)}, "Job vacancies", "805,000 vacancies", "009E73", "Estimate, Q4 2019"},
		{"year", indicators.Indicator{Title: "Household waste generated", Stated: "2.30 million tonnes", Unit: indicators.Unit{Kind: indicators.Measure, Name: "t"},
			Measure: indicators.Flow, Period: indicators.YearPeriod(2023)}, "Household waste generated in Scotland, 2023", "2.30 million tonnes", "0072B2", "2023"},
		{"approval", indicators.Indicator{Title: "IDB loan", Stated: "$100 million", Unit: usd, Measure: indicators.Flow},
			"Loan", "$100 million", "0072B2", "Period not stated (reported 22 September 2023)"},
		{"fall", indicators.Indicator{Title: "Change in the unemployment rate", Stated: "0.2 percentage points", Unit: indicators.PercentagePointUnit,
			Measure: indicators.Change, Quantity: indicators.Quantity{Direction: indicators.Down}, Period: indicators.YearPeriod(2019)}, "Unemployment", "Down 0.2 percentage points", "0072B2", "2019"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ind := tt.ind
			ind.ID = "x"
			q, _, err := indicators.ParseStated(ind.Stated)
			if err != nil {
				t.Fatal(err)
			}
			q.Direction = ind.Quantity.Direction
			ind.Quantity = q
			ind.Provenance = []indicators.Provenance{{Source: "src", Quote: ind.Stated}}
			c := &indicators.Catalog{
				Sources:    []indicators.Source{{ID: "src", Title: "Release", Issued: indicators.Date{Year: 2023, Month: 9, Day: 22}}},
				Indicators: []indicators.Indicator{ind},
				Views:      []indicators.ChartView{{ID: "big", Title: tt.title, Kind: indicators.Headline, Indicators: []string{"x"}}},
			}
			book, _ := writeParts(t, c)
			f, err := excelize.OpenReader(bytes.NewReader(book))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			cell := cellOf(t, f, SheetCharts, tt.want)
			id, _ := f.GetCellStyle(SheetCharts, cell)
			st, _ := f.GetStyle(id)
			if got := st.Font.Color; got != tt.color {
				t.Errorf("headline %q font colour = %q, want %q", tt.want, got, tt.color)
			}
			col, row, _ := excelize.CellNameToCoordinates(cell)
			under, _ := excelize.CoordinatesToCellName(col, row+2)
			if got, _ := f.GetCellValue(SheetCharts, under); got != tt.line {
				t.Errorf("line under %q = %q, want %q", tt.ind.Title, got, tt.line)
			}
		})
	}
}

// TestHeadlineCardCaption: the book's card, as the slide's, writes under
// its figure the place where the figure's title would repeat the view's
// title ("Households in temporary accommodation" twice), and adds the
// place the figure's title does not name, so that the card pasted alone
// says where (s14d-homeless; s29z-foi, whose view's title named none).
func TestHeadlineCardCaption(t *testing.T) {
	for _, tt := range []struct{ view, want string }{
		{"Households in temporary accommodation", "England"},
		{"Homelessness in England", "Households in temporary accommodation, England"},
		{"Homelessness", "Households in temporary accommodation, England"},
	} {
		ind := stockIndicator(t, "99,270 households", "Households in temporary accommodation")
		ind.Entities = []string{"GB-ENG"}
		c := &indicators.Catalog{
			Sources:    []indicators.Source{{ID: "src", Title: "Release", Issued: indicators.Date{Year: 2023, Month: 2, Day: 28}}},
			Indicators: []indicators.Indicator{ind},
			Views:      []indicators.ChartView{{ID: "big", Title: tt.view, Kind: indicators.Headline, Indicators: []string{"x"}}},
		}
		book, _ := writeParts(t, c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		cell := cellOf(t, f, SheetCharts, "99,270 households")
		col, row, _ := excelize.CellNameToCoordinates(cell)
		under, _ := excelize.CoordinatesToCellName(col, row+1)
		if got, _ := f.GetCellValue(SheetCharts, under); got != tt.want {
			t.Errorf("card under %q: caption = %q, want %q", tt.view, got, tt.want)
		}
		f.Close()
	}
}

// stockIndicator returns a stock stated as stated, of title, as of 30
// September 2022, with its quote.
func stockIndicator(t *testing.T, stated, title string) indicators.Indicator {
	t.Helper()
	q, u, err := indicators.ParseStated(stated)
	if err != nil {
		t.Fatal(err)
	}
	return indicators.Indicator{ID: "x", Title: title, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Stock, Status: indicators.Fact,
		Period: indicators.Period{From: indicators.Date{Year: 2022, Month: 9, Day: 30}}, Provenance: []indicators.Provenance{{Source: "src", Quote: stated}}}
}
