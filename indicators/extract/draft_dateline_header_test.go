package extract

import "testing"

// datelineDateLines are release headers whose date line abbreviates its
// month or carries a weekday and a time of day.
var datelineDateLines = []struct{ text, want string }{
	{"Bridge openings for May 2031\n\nHarbour Works Authority (HWA)\n\nAug 3, 2031\n\nThe authority opened 12 bridges in May.\n", "2031-08-03"},
	{"Fewer ferry crossings\n\nPublished: Tue 4 Mar 2031 9:05 AM\n\nFerry crossings fell 300 in February 2031.\n", "2031-03-04"},
	{"Rail freight\n\nSept 30, 2030\n\nFreight rose 4% in August.\n", "2030-09-30"},
	{"Rail freight\n\nThu 1 May 2031\n\nFreight rose 4% in April.\n", "2031-05-01"},
	{"Port notes\n\nMar 12\n\nThe port moved 900 boxes.\n", "0000-00-00"},
}

func TestDraftIssuedAbbreviated(t *testing.T) {
	for _, c := range datelineDateLines {
		got := issuedOf(c.text)
		gs := "0000-00-00"
		if !got.IsZero() {
			gs = got.String()
		}
		if gs != c.want {
			t.Errorf("issuedOf(%q) = %v, want %v", c.text, gs, c.want)
		}
	}
}

// datelineHeadingLines are lines that are dates, never headings, and
// lines that are none.
var datelineHeadingLines = []struct {
	line string
	want bool
}{
	{"Aug 3, 2031", true},
	{"Fri 9 Aug 2031 10:56 AM", true},
	{"Published: Tue 4 Mar 2031 9:05 AM", true},
	{"Main Points", false},
	{"Mar 2031 figures", false},
}

func TestDraftDateLineNoHeading(t *testing.T) {
	for _, c := range datelineHeadingLines {
		if got := isDateLine(c.line); got != c.want {
			t.Errorf("isDateLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// datelinePlaces are the nations of the UK, which map to their ISO
// 3166-2 codes since drafts43 (GB before), and the places whose names
// hold one of theirs and are not the UK's.
var datelinePlaces = []struct{ text, want string }{
	{"inmates in England and Wales", "GB-EAW"},
	{"ferries in Scotland", "GB-SCT"},
	{"buses in Northern Ireland", "GB-NIR"},
	{"farms in Wales", "GB-WLS"},
	{"mills in Great Britain", "GB-GBN"},
	{"docks in the UK", "GB"},
	{"mills in New England", ""},
	{"ports in New South Wales", ""},
}

func TestDraftUKNations(t *testing.T) {
	for _, c := range datelinePlaces {
		got := ""
		if cs := distinct(placesIn(c.text, 0)); len(cs) > 0 {
			got = cs[0]
		}
		if got != c.want {
			t.Errorf("placesIn(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// datelineAppliesTo are GOV.UK pages whose header says where they apply.
var datelineAppliesTo = []struct{ text, want string }{
	{"Canal traffic statistics: April to June 2031\nPublished 2 September 2031\nApplies to England and Wales\nMain Points\n4,210 boats passed the locks between April and June 2031.\n", "GB-EAW"},
	{"Canal traffic statistics: April to June 2031\nPublished 2 September 2031\nApplies to England, Wales and Scotland\nMain Points\n4,210 boats passed the locks between April and June 2031.\n", "GB-GBN"},
	{"Canal traffic statistics: April to June 2031\nPublished 2 September 2031\nApplies to England, Wales, Scotland and Northern Ireland\nMain Points\n4,210 boats passed the locks between April and June 2031.\n", "GB"},
	{"Canal traffic statistics: April to June 2031\nPublished 2 September 2031\nApplies to England, Wales and France\nMain Points\n4,210 boats passed the locks between April and June 2031.\n", ""},
}

func TestDraftAppliesTo(t *testing.T) {
	for _, c := range datelineAppliesTo {
		h, _ := appliesToHome(c.text)
		if h.code != c.want {
			t.Errorf("appliesToHome(%q) = %v, want %v", c.text, h.code, c.want)
		}
	}
}

// datelineHeaders are release headers: a title, perhaps an
// organisation's line and a date line, perhaps a lead that names who
// speaks.
var datelineHeaders = []struct{ text, title, publisher, short string }{
	{"Bridge openings for May 2031\n\nHarbour Works Authority (HWA)\n\nAug 3, 2031\n\nThe authority opened 12 bridges in May.\n",
		"Bridge openings for May 2031", "Harbour Works Authority", "HWA"},
	{"Fewer ferry crossings\n\nPublished: Tue 4 Mar 2031 9:05 AM\n\nFerry crossings fell 300 in February 2031, Island Statistics said today.\n",
		"", "Island Statistics", "Island Statistics"},
	{"Bridge openings for May 2031\n\nAug 3, 2031\n\nThe authority opened 12 bridges in May.\n",
		"Bridge openings for May 2031", "", ""},
}

func TestDraftHeader(t *testing.T) {
	for _, c := range datelineHeaders {
		if c.title != "" {
			if got := titleNearDateline(c.text); got != c.title {
				t.Errorf("titleNearDateline(%q) = %q, want %q", c.text, got, c.title)
			}
		}
		if got, short, _ := publisherOf(c.text); got != c.publisher || short != c.short {
			t.Errorf("publisherOf(%q) = %q, %q, want %q, %q", c.text, got, short, c.publisher, c.short)
		}
	}
}
