package extract

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Where a release is (where37): a user always has the address the text
// was taken from, and a release's text often leaves out what its address
// says, because its page's header did:
//
//	https://www.cfs.gov.hk/english/press/20201231_8400.html, whose text
//	names only the Centre for Food Safety, and Japan as an origin → every
//	figure is Hong Kong's (HK); the release is of 31 December 2020
//	https://www.gov.wales/…, "GP appointments … in the quarter" → GB-WLS:
//	a devolved government's address says its nation
//	https://environmentagency.blog.gov.uk/2024/03/27/… → of 27 March 2024
//
// The address's place comes after every place the text gives — the
// figure's clause, its lead-in or parent, its heading, the release's own
// place or its publisher's — and before the country its currency or a
// department's name gives (docContext).

// addressContext returns the place the document's address says
// (indicators.SourcePlace), and why, or nil.
func (d *docDraft) addressContext() ([]string, string) {
	place := indicators.SourcePlace(d.src.URL)
	if place == "" {
		return nil, ""
	}
	host := d.src.URL
	if u, err := url.Parse(d.src.URL); err == nil && u.Host != "" {
		host = u.Host
	}
	return []string{place}, fmt.Sprintf("%s, the place of the release's address (%s), which its text does not name", codeName(place), host)
}

// addressDateRe finds a date in a web address's path, the release's date:
// "/2024/03/27/", "/202012/31/", "20201231_8400.html", "2021-05-06"; a
// year and month alone only between slashes ("/2020/12/").
var addressDateRe = lazyRegexp(`(?:^|[/_.-])((?:19|20)\d\d)(?:/(0[1-9]|1[0-2])(?:/(0[1-9]|[12]\d|3[01]))?/|(0[1-9]|1[0-2])/?(0[1-9]|[12]\d|3[01])(?:[/_.]|$)|-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b)`)

// addressDate returns the date a web address's path writes
// (addressDateRe), or the zero Date: a date that is no day of its month
// ("2021/02/30/") is none.
func addressDate(address string) indicators.Date {
	u, err := url.Parse(address)
	if address == "" || err != nil {
		return indicators.Date{}
	}
	g := addressDateRe.FindStringSubmatch(u.Path)
	if g == nil {
		return indicators.Date{}
	}
	y, _ := strconv.Atoi(g[1])
	var m, day int
	for _, p := range [][2]int{{2, 3}, {4, 5}, {6, 7}} {
		if g[p[0]] != "" {
			m, _ = strconv.Atoi(g[p[0]])
			day, _ = strconv.Atoi(g[p[1]])
			break
		}
	}
	if day > time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return indicators.Date{}
	}
	return indicators.Date{Year: y, Month: time.Month(m), Day: day}
}

// addressIssuer returns the national body whose release a text is when the
// text names no body but uses the words of the body's own releases
// (publicBody.terms: "Bank Rate", "the Monetary Policy Committee") and
// its address names it, by its domain or, on a site that reposts it, by
// its name in the page's path ("…/bank-of-england-bank-rate-reduced-to-5-
// …"): a release of a central bank or a statistics office is of its
// country (when45).
func addressIssuer(address, text string) (issuer, bool) {
	u, err := url.Parse(address)
	if address == "" || err != nil {
		return issuer{}, false
	}
	path := strings.ToLower(u.Path)
	for _, b := range publicBodies {
		if len(b.terms) == 0 || b.code == "" {
			continue
		}
		term := ""
		for _, t := range b.terms {
			if strings.Contains(text, t) {
				term = t
				break
			}
		}
		if term == "" {
			continue
		}
		slugged := strings.ToLower(strings.Join(strings.Fields(b.name), "-"))
		named := hasSlug(path, slugged)
		for _, dm := range b.domains {
			named = named || hasDomain(u.Host, dm)
		}
		if named {
			return issuer{b.name, b.short, b.code, fmt.Sprintf("%s in its address, %q in its text", b.name, term), false}, true
		}
	}
	return issuer{}, false
}

// hasSlug reports whether a lower-case path holds slug between word
// edges: "/news/bank-of-england-bank-rate-reduced/" holds
// "bank-of-england".
func hasSlug(path, slug string) bool {
	for from := 0; ; {
		i := strings.Index(path[from:], slug)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(slug)
		if (i == 0 || !isWordByte(path[i-1])) && (end == len(path) || !isWordByte(path[end])) {
			return true
		}
		from = end
	}
}
