package extract

import "testing"

// ratioChangeClinics is a health service's summary in words of its own:
// shares as ratios, shares "of the time", after a colon and after "with",
// and a change set after a share with a dash.
const ratioChangeClinics = "Clinic visits rose as staffing grew\n\n" +
	"In all, about 7 out of 10 callers reached a trained adviser on time.\n\n" +
	"One in five adults reported a missed appointment.\n\n" +
	"Key points\n\n" +
	"  • In 2019, 91% of ambulance calls in Ontario were answered within target—a 4% increase over the past 3 years.\n" +
	"  • Dental clinic waiting lists remained steady, with 62% of visits completed on the same day.\n" +
	"  • Eye clinic referrals showed only a small decrease for referrals seen within target: 71%, compared with 73% in 2015.\n" +
	"  • Blood tests were processed within target 88% of the time, compared with 90% in 2015.\n" +
	"  • Knee surgery patients had their operations completed within target 75% of the time, compared with 77% in 2015.\n"

func TestDraftRatioShare(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "out of is a share of the noun after it", text: ratioChangeClinics, stated: "about 7 out of 10",
			measure: "share", unit: "none", title: "Share of callers reaching a trained adviser on time"},
		{name: "one in five is a share", text: ratioChangeClinics, stated: "One in five",
			measure: "share", unit: "none", title: "Share of adults reporting a missed appointment"},
		{name: "a long predicate is cut between words", text: "About 9 out of 10 drivers renewed their licences online within the first week of the new scheme.\n", stated: "About 9 out of 10",
			measure: "share", unit: "none", title: "Share of drivers renewing their licences online"},
	})
}

func TestDraftDashChange(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "the share before the dash is no change", text: ratioChangeClinics, stated: "91%",
			measure: "share", direction: "none"},
		{name: "the change after the dash is of that share", text: ratioChangeClinics, stated: "4%",
			measure: "change", direction: "up", title: "Change in share of ambulance calls in Ontario"},
		{name: "after a comma too", text: "In 2022, 64% of schools in Kenya had clean water, a 9% rise on 2018.\n", stated: "64%",
			measure: "share", direction: "none"},
		{name: "a change word before the dash stays the share's", text: "Enrolment rose 5% to 2.1 million—a 3% share of the population.\n", stated: "5%",
			measure: "change"},
	})
}

func TestDraftBenchmarkTitles(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "with a share of a noun names the subject's thing", text: ratioChangeClinics, stated: "62%",
			measure: "share", title: "Share of dental clinic visits completed on the same day"},
		{name: "after a colon", text: ratioChangeClinics, stated: "71%",
			measure: "share", title: "Share of eye clinic referrals seen within target"},
		{name: "comparand after a colon takes the head's title", text: ratioChangeClinics, stated: "73%",
			measure: "share", title: "Share of eye clinic referrals seen within target"},
		{name: "of the time, passive", text: ratioChangeClinics, stated: "88%",
			measure: "share", status: "fact", title: "Share of blood tests processed within target"},
		{name: "comparand of the time", text: ratioChangeClinics, stated: "90%",
			measure: "share", title: "Share of blood tests processed within target"},
		{name: "of the time, patients had their operations done", text: ratioChangeClinics, stated: "75%",
			measure: "share", status: "fact", title: "Share of knee operations completed within target"},
		{name: "comparand of patients' operations", text: ratioChangeClinics, stated: "77%",
			measure: "share", title: "Share of knee operations completed within target"},
	})
}

func TestDraftWithinTargetIsNoTarget(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "within target is a benchmark met", text: "Blood tests were processed within target 88% of the time.\n", stated: "88%", status: "fact"},
		{name: "a target stays one", text: "The board's target is to process 95% of blood tests within a day.\n", stated: "95%", status: "target"},
	})
}

func TestDraftChangeBy(t *testing.T) {
	const text = "Regional finances: May 2021\n\n" +
		"  • Local authority net borrowing decreased by £2.4 billion to £31.7 billion in the year to May 2021\n" +
		"  • Council tax arrears were cut by £0.3 billion to £1.2 billion in the year to May 2021\n"
	runWhatHow(t, []whatHowCase{
		{name: "decreased by is a change of the quantity", text: text, stated: "£2.4 billion",
			measure: "change", direction: "down", title: "Change in local authority net borrowing"},
		{name: "cut by stays a cut", text: text, stated: "£0.3 billion",
			measure: "change", direction: "down", title: "Cut in council tax arrears"},
	})
}

func TestDraftPeerRank(t *testing.T) {
	const text = "Compared with peer regional health boards, Ontario had the shortest queues for dental care, and the third-shortest queues for both eye and ear clinics.\n\n" +
		"Among peer ports, Rotterdam had the 2nd-largest container volumes.\n"
	runWhatHow(t, []whatHowCase{
		{name: "what is ranked, peers too long to add", text: text, stated: "third-shortest",
			measure: "rank", title: "Rank for shortest queues for eye and ear clinics"},
		{name: "what is ranked and among whom", text: text, stated: "2nd-largest",
			measure: "rank", title: "Rank for largest container volumes among peer ports"},
	})
}
