package extract

import "testing"

// TestProportionInWordsIsAShare checks that a proportion in words said of
// the things a sentence counts ("300 … projects … and around half were
// taken forward by farmers") is drafted as a share, never as a count of
// half a thing: the model refuses such a count, so the draft would not
// load (a forestry release met on the session's final code, and a
// schools and a health sentence of the same shape).
func TestProportionInWordsIsAShare(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "forestry", text: "High levels of woodland creation recorded in Scotland\n\nThere were 300 separate woodland creation projects in Scotland last year and around half were taken forward by farmers, crofters or other small scale landowners.\n",
			stated: "around half", want: map[string]string{"measure": "share"}},
		{name: "schools", text: "Schools inspected in 2023\n\nInspectors visited 1,200 schools in 2023 and about a third were rated outstanding.\n",
			stated: "about a third", want: map[string]string{"measure": "share"}},
		{name: "health", text: "Clinic visits\n\nThe service saw 40,000 patients last year, and one in five were referred to a specialist.\n",
			stated: "one in five", want: map[string]string{"measure": "share"}},
	})
}
