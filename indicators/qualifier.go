package indicators

import "fmt"

// A Qualifier is the document's own hedge on a number (DESIGN.md §2). The
// zero value, Exact, means the document gave the figure without a hedge.
type Qualifier uint8

// The qualifiers, named by the words of the JSON contract.
const (
	Exact    Qualifier = iota // "$279 billion"
	Approx                    // about, around, roughly, approximately, some, an estimated
	Nearly                    // nearly, almost, just under, close to
	MoreThan                  // more than, over, above, exceeds
	AtLeast                   // at least, no less than
	UpTo                      // up to, at most, as many as, no more than
	LessThan                  // less than, under, fewer than, below
	Range                     // 26 to 28, 3-5, between 20 and 25
	numQualifiers
)

var qualifierNames = [...]string{"exact", "approx", "nearly", "more_than", "at_least", "up_to", "less_than", "range"}

// String returns the JSON contract's word for q: "exact", "approx",
// "nearly", "more_than", "at_least", "up_to", "less_than" or "range".
func (q Qualifier) String() string {
	if q < numQualifiers {
		return qualifierNames[q]
	}
	return fmt.Sprintf("Qualifier(%d)", uint8(q))
}

// Word returns the hedge Format writes before a figure ("nearly", "more
// than"), or "" for Exact and Range.
func (q Qualifier) Word() string {
	if q < numQualifiers {
		return qualifierWords[q]
	}
	return ""
}

// OpenEnd reports whether a figure hedged by q has an open end, which a
// chart draws at the figure: a fade for "nearly", "up to" and "less than",
// an arrow for "more than" and "at least". An exact figure and "about" one
// have a plain end, a range two.
func (q Qualifier) OpenEnd() bool {
	switch q {
	case Nearly, MoreThan, AtLeast, UpTo, LessThan:
		return true
	}
	return false
}

// ParseQualifier returns the qualifier named s, one of the words String
// returns. The empty string is Exact.
func ParseQualifier(s string) (Qualifier, error) {
	if s == "" {
		return Exact, nil
	}
	for i, n := range qualifierNames {
		if n == s {
			return Qualifier(i), nil
		}
	}
	return 0, fmt.Errorf("indicators: unknown qualifier %q", s)
}

// MarshalText implements encoding.TextMarshaler.
func (q Qualifier) MarshalText() ([]byte, error) { return []byte(q.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (q *Qualifier) UnmarshalText(b []byte) error {
	v, err := ParseQualifier(string(b))
	*q = v
	return err
}

// A Direction says which way a change quantity goes: "reduce ... by 26 to
// 28 percent" is Down, "rose 5 percent" is Up. The zero value, NoDirection,
// is a level rather than a change. Either is the size of moves either way
// ("daily changes of more than 5%"), which a document gives without a way.
type Direction uint8

// The directions.
const (
	NoDirection Direction = iota
	Up
	Down
	Either
)

// String returns "", "up", "down" or "either".
func (d Direction) String() string {
	switch d {
	case NoDirection:
		return ""
	case Up:
		return "up"
	case Down:
		return "down"
	case Either:
		return "either"
	}
	return fmt.Sprintf("Direction(%d)", uint8(d))
}

// ParseDirection returns the direction named s: "", "up", "down" or
// "either".
func ParseDirection(s string) (Direction, error) {
	switch s {
	case "":
		return NoDirection, nil
	case "up":
		return Up, nil
	case "down":
		return Down, nil
	case "either":
		return Either, nil
	}
	return 0, fmt.Errorf("indicators: unknown direction %q (write up, down or either)", s)
}

// A Scale is the multiplier word a document wrote after a number: "$279
// billion" has scale Billion. Values are always kept at full magnitude; the
// scale says how to show them as written. The zero value is no scale word.
type Scale uint8

// The scales.
const (
	NoScale Scale = iota
	Thousand
	Million
	Billion
	Trillion
	numScales
)

// String returns the scale word: "", "thousand", "million", "billion" or
// "trillion".
func (s Scale) String() string {
	if s < numScales {
		return scaleNames[s]
	}
	return fmt.Sprintf("Scale(%d)", uint8(s))
}

// Exp returns the power of ten of s: 0, 3, 6, 9 or 12.
func (s Scale) Exp() int {
	if s < numScales {
		return 3 * int(s)
	}
	return 0
}

// ParseScale returns the scale named s, one of the words String returns.
func ParseScale(s string) (Scale, error) {
	for i, n := range scaleNames {
		if n == s {
			return Scale(i), nil
		}
	}
	return 0, fmt.Errorf("indicators: unknown scale %q (write thousand, million, billion or trillion)", s)
}
