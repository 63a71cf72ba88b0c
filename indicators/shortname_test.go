package indicators

import (
	"bytes"
	"strings"
	"testing"
)

func TestShortName(t *testing.T) {
	tests := []struct {
		src  Source
		want string
	}{
		{Source{ID: "wh", Publisher: "The White House", Issued: Date{Year: 2014, Month: 4, Day: 25}}, "White House 2014"},
		{Source{ID: "wh", Publisher: "The White House, Office of the Press Secretary", Issued: Date{Year: 2015}}, "White House 2015"},
		{Source{ID: "bea", Publisher: "U.S. Bureau of Economic Analysis, Survey of Current Business", Issued: Date{Year: 2015, Month: 7}, Text: "BEA's estimates"}, "BEA 2015"},
		{Source{ID: "bea", Publisher: "U.S. Bureau of Economic Analysis, Survey of Current Business", Issued: Date{Year: 2015, Month: 7}}, "U.S. Bureau of Economic Analysis 2015"},
		{Source{ID: "ustr", Publisher: "Office of the United States Trade Representative", Short: "USTR 2023", Issued: Date{Year: 2023}}, "USTR 2023"},
		{Source{ID: "bea", Publisher: "U.S. Bureau of Economic Analysis", Short: "BEA", Issued: Date{Year: 2015}}, "BEA 2015"},
		{Source{ID: "ustr", Publisher: "Office of the United States Trade Representative", Issued: Date{Year: 2023}}, "Office of the United States Trade Representative 2023"},
		{Source{ID: "meti", Publisher: "Ministry of Economy"}, "Ministry of Economy"},
		{Source{ID: "no-publisher", Issued: Date{Year: 2020}}, ""}, // never the ID
		// A publisher's own abbreviation, never initials it does not use.
		{Source{ID: "mod", Publisher: "UK Ministry of Defence (MOD)", Issued: Date{Year: 2024}}, "MOD 2024"},
		{Source{ID: "dol", Publisher: "U.S. Department of Labor (DOL), Employment and Training Administration", Issued: Date{Year: 2020}}, "DOL 2020"},
		{Source{ID: "ons", Publisher: "Office for National Statistics (ONS)"}, "ONS"},
		{Source{ID: "statcan", Publisher: "Statistics Canada (StatCan)", Issued: Date{Year: 2020}}, "StatCan 2020"},
		{Source{ID: "paren", Publisher: "Ministry of Health (Canada)", Issued: Date{Year: 2020}}, "Ministry of Health (Canada) 2020"}, // "(Canada)" is no abbreviation
		{Source{ID: "words", Publisher: "Statistics Canada (the agency)", Issued: Date{Year: 2020}}, "Statistics Canada (the agency) 2020"},
		// The whole name's bracket is read before the cut at the first comma.
		{Source{ID: "dcceew", Publisher: "Department of Climate Change, Energy, the Environment and Water (DCCEEW)", Issued: Date{Year: 2024}}, "DCCEEW 2024"},
		{Source{ID: "daff", Publisher: "Department of Agriculture, Fisheries and Forestry (DAFF)", Issued: Date{Year: 2023}}, "DAFF 2023"},
		// A comma that lists the body's remits is part of its name; one
		// before a body under it is not.
		{Source{ID: "defra", Publisher: "Department for Environment, Food & Rural Affairs", Issued: Date{Year: 2023}}, "Department for Environment, Food & Rural Affairs 2023"},
		{Source{ID: "defra", Publisher: "Department for Environment, Food & Rural Affairs", Issued: Date{Year: 2023}, Text: "Defra said"}, "Department for Environment, Food & Rural Affairs 2023"},
		{Source{ID: "mhlw", Publisher: "Ministry of Health, Labour and Welfare", Issued: Date{Year: 2021}}, "Ministry of Health, Labour and Welfare 2021"},
		{Source{ID: "eta", Publisher: "U.S. Department of Labor, Employment and Training Administration", Issued: Date{Year: 2020}}, "U.S. Department of Labor 2020"},
		{Source{ID: "ons", Publisher: "Office for National Statistics, Health and Life Events Division", Issued: Date{Year: 2020}}, "Office for National Statistics 2020"},
		{Source{ID: "sg", Publisher: "Scottish Government, Edinburgh", Issued: Date{Year: 2020}}, "Scottish Government 2020"},
		{Source{ID: "lower", Publisher: "the office of some long name", Issued: Date{Year: 2020}}, "the office of some long name 2020"},
	}
	for _, tt := range tests {
		if got := tt.src.ShortName(); got != tt.want {
			t.Errorf("Source{Publisher: %q, Short: %q}.ShortName() = %q, want %q", tt.src.Publisher, tt.src.Short, got, tt.want)
		}
	}
}

// TestShortField: a catalog's short field is read, exported and written
// back.
func TestShortField(t *testing.T) {
	const doc = `claimbook: 1
sources:
  - id: ustr
    title: Fact sheet
    publisher: Office of the United States Trade Representative
    short: USTR 2023
    issued: 2023-04-01
    text: ustr.txt
    sha256: 3140edbe9996244700b189f4e14ad2507429c2f1e21701b68d7363b298e10e47
indicators:
  - id: jobs
    title: Jobs
    entities: [US]
    measure: count
    status: estimate
    stated: 444,000 jobs
    period: 2021
    provenance:
      - source: ustr
        quote: 444,000 jobs
`
	c, err := Parse("short.yaml", []byte(doc), func(string) ([]byte, error) { return []byte("It supported 444,000 jobs."), nil })
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if got := c.Sources[0].Short; got != "USTR 2023" {
		t.Errorf("Parse: Short = %q, want %q", got, "USTR 2023")
	}
	var js, ym bytes.Buffer
	if err := WriteJSON(&js, c); err != nil {
		t.Fatal(err)
	}
	if want := `"short": "USTR 2023"`; !strings.Contains(js.String(), want) {
		t.Errorf("WriteJSON = %s, want it to contain %s", js.String(), want)
	}
	if err := WriteYAML(&ym, c); err != nil {
		t.Fatal(err)
	}
	if want := "short: USTR 2023"; !strings.Contains(ym.String(), want) {
		t.Errorf("WriteYAML = %s, want it to contain %q", ym.String(), want)
	}
}

// TestShortNameReader: a source is named as a reader knows it, never by
// its catalog ID (a draft's placeholder "doc"), and by initials only as
// its text writes them.
func TestShortNameReader(t *testing.T) {
	issued := Date{Year: 2024, Month: 3, Day: 28}
	for _, tt := range []struct {
		src  Source
		want string
	}{
		{Source{ID: "doc", Short: "ONS", Issued: issued}, "ONS 2024"},
		{Source{ID: "doc", Publisher: "Office for National Statistics", Issued: issued}, "Office for National Statistics 2024"},
		{Source{ID: "doc", Title: "GDP quarterly national accounts, UK: October to December 2023", Issued: issued}, "GDP quarterly national accounts 2024"},
		{Source{ID: "doc", Title: "Consumer price inflation, UK: March 2022", Issued: issued}, "Consumer price inflation 2024"},
		{Source{ID: "doc", Title: "Annual statistics on road traffic accidents and casualties in Great Britain"}, "Annual statistics on road traffic …"},
		{Source{ID: "wh", Title: "FACT SHEET: U.S.-Japan Cooperation", Issued: issued}, "U.S.-Japan Cooperation 2024"},
		{Source{ID: "doc", Issued: issued}, ""},
		// Initials only as the publisher's text writes them.
		{Source{ID: "mod", Publisher: "UK Ministry of Defence", Issued: issued, Text: "The MOD publishes…"}, "MOD 2024"},
		{Source{ID: "dol", Publisher: "U.S. Department of Labor", Issued: issued, Text: "DOL today announced"}, "DOL 2024"},
		{Source{ID: "ons", Publisher: "Office for National Statistics", Issued: issued, Text: "ONS figures"}, "ONS 2024"},
		{Source{ID: "mod", Publisher: "UK Ministry of Defence", Issued: issued, Text: "Defence spending"}, "UK Ministry of Defence 2024"},
		{Source{ID: "dol", Publisher: "U.S. Department of Labor", Issued: issued, Text: "DOLLARS"}, "U.S. Department of Labor 2024"},
	} {
		if got := tt.src.ShortName(); got != tt.want {
			t.Errorf("ShortName(%+v) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
