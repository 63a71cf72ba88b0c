package lexicon

// A TableScale is how a table's header says that its cells are written in
// a scale: "'000" over a column of trips in thousands.
type TableScale struct {
	Mark string // as written, matched without regard to case
	Exp  int    // the power of ten the cells are multiplied by
}

// TableScales are the marks of a table's scale, with every apostrophe a
// document may set before "000". Verify reads them above a bare figure
// quoted from a table: a catalog may give such a figure a scale only where
// one stands there, and must where one does.
var TableScales = []TableScale{
	{"'000", 3}, {"‘000", 3}, {"’000", 3}, {"(000s)", 3}, {"000s", 3}, {"(thousands)", 3}, {"in thousands", 3},
	{"(millions)", 6}, {"in millions", 6}, {"£ million", 6}, {"€ million", 6}, {"$ million", 6},
	{"(£m)", 6}, {"(€m)", 6}, {"($m)", 6}, {"£m", 6}, {"€m", 6},
	{"(billions)", 9}, {"in billions", 9}, {"£ billion", 9}, {"€ billion", 9}, {"$ billion", 9}, {"(£bn)", 9}, {"£bn", 9}, {"€bn", 9},
}
