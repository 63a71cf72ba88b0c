package indicators_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestChangeNeedsWay checks that a change whose quote says a fall says so,
// by a direction or by its sign, and that the message says what to write:
// without either the fall is charted as a rise (a labour market release;
// round B's business demography, "decreased from 14.1% to 13.7%").
func TestChangeNeedsWay(t *testing.T) {
	const base = "entities: [GB]\nstatus: fact\nperiod: 2022-Q4\nmeasure: change\n"
	noWay := `indicator "x" is a change (measure: change) with no way, and its quote says "fell": add direction: down for a fall (direction: up if the figure is a rise beside it); without it a fall is charted as a rise`
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		{"a fall without a way", base + "stated: 0.4%", "Unemployment fell by 0.4% to 4.1%", []string{noWay}},
		{"a fall, direction down", base + "stated: 0.4%\ndirection: down", "Unemployment fell by 0.4% to 4.1%", nil},
		{"a rise without a way reads as a rise", base + "stated: 559 FTE\nunit: full-time equivalent teacher", "an increase of 559 FTE since 2018", nil},
		{"a rise, direction up", base + "stated: 559 FTE\nunit: full-time equivalent teacher\ndirection: up", "an increase of 559 FTE since 2018", nil},
		{"a fall of a rate, business demography", base + "stated: 0.1%\nunit: percentage_point\npercent_as_points: true", "decreased by 0.1% to 92.3%",
			[]string{`indicator "x" is a change (measure: change) with no way, and its quote says "decreased": add direction: down for a fall (direction: up if the figure is a rise beside it); without it a fall is charted as a rise`}},
		{"moves either way", base + "stated: 0.4%\ndirection: either", "Unemployment fell by 0.4% to 4.1%", nil},
		{"a level needs no way", "entities: [GB]\nstatus: fact\nperiod: 2022-Q4\nmeasure: share\nstated: 4.1%", "Unemployment fell by 0.4% to 4.1%", nil},
	}
	for _, tt := range tests {
		got := parseEntry(t, tt.fields, tt.quote)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestCityOfLondon checks that GB-LND, the City of London, is refused for
// an indicator whose quote says "London" (a round-B user wrote it for
// London), with what to write, and kept for the City of London.
func TestCityOfLondon(t *testing.T) {
	const base = "status: fact\nperiod: 2022-Q4\nmeasure: share\n"
	tests := []struct {
		name, fields, quote string
		want                []string
	}{
		{"London", base + "entities: [GB-LND]\nstated: 5.2%", "In London the rate was 5.2%",
			[]string{`entities: GB-LND is the City of London (ISO 3166-2), but indicator "x" says "London": for London write entities: [GB] and name London in the title ("... in London"); keep GB-LND only for the City of London`}},
		{"City of London", base + "entities: [GB-LND]\nstated: 3.1%", "in the City of London 3.1%", nil},
		{"London under GB", base + "entities: [GB]\nstated: 5.2%", "In London the rate was 5.2%", nil},
	}
	for _, tt := range tests {
		got := parseEntry(t, tt.fields, tt.quote)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tt.name, diff)
		}
	}
}
