package extract

// sureEvidence lists the kinds of evidence that are sure
// (draftevidence.go): those whose field agreed with the hand catalog on
// at least sureShare of at least sureAtLeast found claims of the dev
// set's 60 kinds of document (/work/notes/seen36.txt), measured with
// CLAIMBOOK_EVIDENCE=1 on TestDraftKindsAgreement (calib45, 2 December
// 2026). Each kind has its found claims and those that agreed. Every kind
// not listed is a guess. Remeasure, never edit by hand: a kind is sure
// by its measure, not by its name.
var sureEvidence = map[evidence][2]int{
	"base/comparedChangeBase":        {20, 20},
	"direction/unnoted":              {217, 216},
	"entities/areaClaim":             {25, 25},
	"entities/claim.1":               {28, 28},
	"entities/docPlaceClaims":        {64, 64},
	"entities/entities#21":           {39, 38},
	"entities/homeClaim:context#2":   {16, 16},
	"entities/homeClaim:context#5":   {443, 443},
	"entities/homeClaim:context#6":   {27, 27},
	"entities/homeClaim:context#7":   {21, 21},
	"entities/nationalReleaseClaim":  {14, 14},
	"entities/subdivisionClaim#1":    {10, 10},
	"measure/averageLevel#2":         {10, 10},
	"measure/cellClaim#4":            {12, 12},
	"measure/comparativeClaim":       {13, 13},
	"measure/countsLikeTheirWhole#1": {19, 19},
	"measure/countsLikeTheirWhole#2": {13, 13},
	"measure/measureOf#1":            {33, 33},
	"measure/measureOf#4":            {70, 70},
	"measure/outlookClaim":           {100, 98},
	"period/cellClaim#1":             {12, 12},
	"period/decidePeriods#1":         {28, 28},
	"period/fromToClaim#1":           {13, 13},
	"period/leadInClaim#3":           {124, 121},
	"period/monthSpanClaim#3":        {11, 11},
	"period/period#2":                {55, 54},
	"period/period#22":               {84, 82},
	"period/period#33":               {23, 23},
	"period/period#34":               {13, 13},
	"period/period#37":               {25, 25},
	"period/period#8":                {17, 17},
	"period/quarterBaseClaim#3":      {12, 12},
	"period/quarterClaim#1":          {15, 15},
	"status/contextStatus#2":         {51, 51},
	"status/frameStatuses#1":         {16, 16},
	"status/scopeStatuses#2":         {16, 16},
	"title/clauseMembers#2":          {19, 19},
	"title/comparativeClaim":         {10, 10},
	"title/flowsClaim":               {13, 13},
	"unit/cellClaim#2":               {22, 22},
	"unit/stated:money":              {55, 54},
	"unit/stated:percent":            {427, 427},
	"unit/stated:percentage_point":   {19, 19},
	"unit/stated:rank":               {33, 33},
}
