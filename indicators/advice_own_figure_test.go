package indicators_test

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestAdviceKeepsCorrectCatalog checks the rule the twenty-sixth
// session's new users found broken: advice never leads a writer from a
// correct catalog to a wrong one. Each row is a small catalog of the
// genre (its items, and views after "views:"): a correct one takes no
// message; one with a fault is told what to write, never the words
// another claim of its sentence owns (never), and writing the advice
// (fix, "old => new" pairs) leaves no message.
func TestAdviceKeepsCorrectCatalog(t *testing.T) {
	const firearms = "In the year ending 31 March 2022, there were 385 firearms certificates that were revoked.\n"
	const language = "One in ten people spoke Irish very well, and a further 32% spoke it well.\n"
	const slavery = "In 2023, 17,004 potential victims were referred to the NRM.\n\nIn 2022, 16,921 potential victims were referred.\n"
	const driving = "In 2016/17 the Agency achieved 76%, 16 percentage points below target levels, and an 11 percentage point increase compared with 2015/16.\n"
	const referrals = "There were 17,004 referrals in 2023.\n\nThe number of referrals rose for adults (4,052) and children (991).\n\nThere were rises in the highest numbers for adults (4,052) and children (991).\n"
	const ew = "entities: [GB-EAW]\nstatus: fact\n"
	const gb = "entities: [GB]\nstatus: fact\nmeasure: flow\nperiod: 2023\n"
	const nir = "entities: [GB-NIR]\nstatus: fact\n"
	views := func(ids string) string {
		return "views:\n  - id: v\n    kind: bars\n    title: V\n    indicators: [" + ids + "]\n"
	}
	tests := []struct {
		name, doc, items string
		want             string // what the one message holds; "" for none
		never            string // what no message may hold
		fix              string // "old => new" pairs, split by " | "
	}{
		{"a compound's head noun is its unit", firearms,
			catalogItem("revoked", ew+"measure: flow\nperiod: 2021-04/2022-03\nstated: \"385\"\nunit: certificate", "", "385 firearms certificates that were revoked"),
			"", "385 firearms\"", ""},
		{"another unit is told the whole compound", firearms,
			catalogItem("revoked", ew+"measure: flow\nperiod: 2021-04/2022-03\nstated: \"385\"\nunit: licence", "", "385 firearms certificates that were revoked"),
			`write stated: "385 firearms certificates" and leave the unit out`, "385 firearms\"",
			`stated: "385" => stated: 385 firearms certificates | unit: licence => `},
		{"a proportion with its noun is told its own words, not the sentence's other figure", language,
			catalogItem("very-well", "entities: [IE]\nstatus: fact\nmeasure: share\nperiod: 2022\nstated: One in ten people", "", strings.TrimSpace(language)),
			`write "One in ten"`, `"32%"`, "stated: One in ten people => stated: One in ten"},
		{"a modifier that changes what is counted stays in the unit", slavery,
			catalogItem("total", gb+"stated: 17,004 potential victims", "", "17,004 potential victims were referred") +
				catalogItem("earlier", strings.Replace(gb, "2023", "2022", 1)+"stated: 16,921\nunit: potential victim", "", "16,921 potential victims were referred") + views("total, earlier"),
			`write unit: potential victim on "total"`, "write unit: victim", "stated: 17,004 potential victims => stated: 17,004 potential victims\nunit: potential victim"},
		{"a unit written apart is offered the modifier the other writes", slavery,
			catalogItem("total", gb+"stated: 17,004\nunit: potential victim", "", "17,004 potential victims were referred") +
				catalogItem("earlier", strings.Replace(gb, "2023", "2022", 1)+"stated: 16,921\nunit: victim", "", "16,921 potential victims were referred") + views("total, earlier"),
			`or unit: potential victim on "earlier" where it counts potential victims too`, "", "unit: victim => unit: potential victim"},
		{"an amount beside its rate is offered the rate its frame says", "Households spent an average of £474 per week in 2010.\n\nSpending on housing increased to £60.40 in 2010.\n",
			catalogItem("total", "entities: [GB]\nstatus: estimate\nmeasure: level\nperiod: 2010\nstated: £474 per week", "", "Households spent an average of £474 per week in 2010.") +
				catalogItem("housing", "entities: [GB]\nstatus: estimate\nmeasure: level\nperiod: 2010\nstated: £60.40\nunit: GBP", "", "Spending on housing increased to £60.40 in 2010.") + views("total, housing"),
			`write unit: GBP per week on "housing"`, "", "unit: GBP => unit: GBP per week"},
		{"a change is told its own clause's base, not another figure's target", driving,
			catalogItem("rise", nir+"measure: change\nperiod: 2016/17\ndirection: up\nstated: 11 percentage point", "", strings.TrimSpace(driving)),
			"write base: 2015/16", "against: target", "period: 2016/17 => period: 2016/17\nbase: 2015/16"},
		{"counts in brackets are told the lead-in's noun", referrals,
			catalogItem("children", gb+"stated: \"991\"", "", "The number of referrals rose for adults (4,052) and children (991)."),
			"write unit: referral", "unit: child", "stated: \"991\" => stated: \"991\"\nunit: referral"},
		{"a placeholder noun is never a unit", referrals,
			catalogItem("adults", gb+"stated: \"4,052\"", "", "There were rises in the highest numbers for adults (4,052) and children (991)."),
			"", "unit: number", ""},
	}
	for _, tc := range tests {
		run := func(items string) []string {
			got := runMessages(t, tc.doc, items, "")
			for _, m := range got {
				if tc.never != "" && strings.Contains(m, tc.never) {
					t.Errorf("%s: message %q holds %q, advice that would make the catalog wrong", tc.name, m, tc.never)
				}
			}
			return got
		}
		checkMessagesFix(t, tc.name, run, tc.items, "    ", tc.want, tc.fix)
	}
}

// TestLocalAreaAdviceFromGazetteer checks that a place's advice comes from
// the gazetteer's entry for it or from none: a local area whose name the
// gazetteer does not hold is offered no example region, which would be
// one picked by its code's order ("IE-C", Connacht, for Dún
// Laoghaire-Rathdown, in Leinster: s26w-language).
func TestLocalAreaAdviceFromGazetteer(t *testing.T) {
	tests := []struct{ entity, home, want, never string }{
		{"Dún Laoghaire-Rathdown", "IE", `write the area that holds it, its ISO 3166-2 code, or "IE" (Ireland) itself`, "IE-C"},
		{"Purbeck", "GB", `its county or region (its ISO 3166-2 code or a GSS region code), or "GB" (United Kingdom) itself`, "GB-DOR"},
		{"East Dorset", "GB", `"GB-DOR" (Dorset)`, "GB-BKM"},
	}
	for _, tt := range tests {
		got := ""
		if err := indicators.CheckEntityFor(tt.entity, tt.home); err != nil {
			got = err.Error()
		}
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.never) {
			t.Errorf("CheckEntityFor(%q, %q) = %q, want it to hold %q and not %q", tt.entity, tt.home, got, tt.want, tt.never)
		}
	}
}
