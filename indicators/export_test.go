package indicators

// Reads is Result.reads for the tests of package indicators_test: the
// interval a derived figure's words claim, by the rule of said.
func Reads(r Result) Interval { return r.reads() }

// SamePer is samePer for the tests of package indicators_test: whether
// two bases of a rate are one.
func SamePer(a, b string) bool { return samePer(a, b) }

// TitlePeriod exports titlePeriod for the tests.
var TitlePeriod = titlePeriod
