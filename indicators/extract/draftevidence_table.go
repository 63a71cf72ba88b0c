package extract

// sureEvidence lists the kinds of evidence that are sure
// (draftevidence.go): those whose field agreed with the hand catalog on
// at least sureShare of at least sureAtLeast found claims of the dev
// set's 65 kinds of document (testdata/kinds/marks-dev.txt), measured with
// CLAIMBOOK_EVIDENCE=1 on TestDraftKindsAgreement (calib45, 2 December
// 2026; remeasured at the thirty-sixth session's end, when round AG's five
// kinds joined the dev set after their unseen measure). Each kind has its found claims and those that agreed. Every kind
// not listed is a guess. Remeasure, never edit by hand: a kind is sure
// by its measure, not by its name.
var sureEvidence = map[evidence][2]int{
	"base/comparedChangeBase":        {20, 20},
	"direction/unnoted":              {232, 231},
	"entities/areaClaim":             {25, 25},
	"entities/claim.1":               {28, 28},
	"entities/docPlaceClaims":        {64, 64},
	"entities/entities#21":           {39, 38},
	"entities/homeClaim:context#2":   {16, 16},
	"entities/homeClaim:context#5":   {480, 480},
	"entities/homeClaim:context#6":   {27, 27},
	"entities/homeClaim:context#7":   {21, 21},
	"entities/nationalReleaseClaim":  {14, 14},
	"entities/pointBackClaim":        {11, 11},
	"entities/subdivisionClaim#1":    {10, 10},
	"measure/averageLevel#2":         {10, 10},
	"measure/cellClaim#4":            {12, 12},
	"measure/comparativeClaim":       {13, 13},
	"measure/countsLikeTheirWhole#1": {19, 19},
	"measure/countsLikeTheirWhole#2": {13, 13},
	"measure/measureOf#1":            {33, 33},
	"measure/measureOf#10":           {10, 10},
	"measure/measureOf#4":            {72, 72},
	"measure/outlookClaim":           {105, 103},
	"period/cellClaim#1":             {12, 12},
	"period/decidePeriods#1":         {28, 28},
	"period/fromToClaim#1":           {13, 13},
	"period/leadInClaim#3":           {124, 121},
	"period/monthSpanClaim#3":        {11, 11},
	"period/period#18":               {10, 10},
	"period/period#2":                {61, 60},
	"period/period#22":               {90, 90},
	"period/period#33":               {23, 23},
	"period/period#34":               {13, 13},
	"period/period#37":               {25, 25},
	"period/period#8":                {18, 18},
	"period/quarterBaseClaim#3":      {12, 12},
	"period/quarterClaim#1":          {15, 15},
	"status/default:silent-text":     {673, 654},
	"status/frameStatuses#1":         {16, 16},
	"status/scopeStatuses#2":         {16, 16},
	"unit/cellClaim#2":               {22, 22},
	"unit/stated:percent":            {451, 451},
	"unit/stated:percentage_point":   {19, 19},
	"unit/stated:rank":               {33, 33},
}
