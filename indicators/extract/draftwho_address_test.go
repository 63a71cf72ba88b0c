package extract

import "testing"

// TestAddressDate checks the release's date a web address's path writes,
// and the numbers in an address that are no date.
func TestAddressDate(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"https://environmentagency.blog.gov.uk/2031/03/27/spills-data/", "2031-03-27"},
		{"https://www.info.gov.hk/gia/general/203112/31/P2031123100412.htm", "2031-12-31"},
		{"https://www.cfs.gov.hk/english/press/20311231_8400.html", "2031-12-31"},
		{"https://example.gov/news/2031-05-06-rates", "2031-05-06"},
		{"https://example.gov/news/2031/05/", "2031-05"},
		{"https://www.ncdc.noaa.gov/sotc/national/203113", ""},  // no month 13
		{"https://example.gov/2031/02/30/x", ""},                // no 30 February
		{"https://www.gov.uk/government/statistics/x-2031", ""}, // a year alone
		{"https://example.org/report-20311231.pdf?v=2", "2031-12-31"},
		{"https://20311231.example.org/x", ""}, // the host is no path
		{"", ""},
	} {
		got := addressDate(tc.url)
		s := ""
		if !got.IsZero() {
			s = got.String()
		}
		if s != tc.want {
			t.Errorf("addressDate(%q) = %q, want %q", tc.url, s, tc.want)
		}
	}
}
