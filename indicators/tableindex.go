package indicators

// IndexReferenceIn returns the reference period of an index that s, a
// table's line of units or header, gives ("index (2019=100)", "Base Year
// 2015 = 100" give 2019 and 2015), or NotStated: the one reading of that
// mark (referenceMark), for the drafter of a table's cells.
func IndexReferenceIn(s string) Period { return indexReferenceIn(s) }
