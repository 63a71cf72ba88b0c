package indicators

import (
	"fmt"
	"net/url"
	"strings"
)

// CheckURL accepts an http or https address with a host, the only kind a
// reader of the workbook can follow safely; it refuses javascript:, file:,
// data: and other schemes, and Windows file paths (\\server\share, C:\x).
func CheckURL(s string) error {
	if msg := urlProblem(s); msg != "" {
		return fmt.Errorf("url %q %s: a catalog accepts only http and https addresses with a host; write the document's web address, like \"https://example.org/fact-sheet\", or leave \"url\" out", s, msg)
	}
	return nil
}

func urlProblem(s string) string {
	if strings.HasPrefix(s, `\\`) || strings.HasPrefix(s, "//") || len(s) > 2 && s[1] == ':' && (s[2] == '\\' || s[2] == '/') {
		return "is a file path, not a web address"
	}
	if strings.ContainsAny(s, "\\ \t\r\n") {
		return "holds a space or a backslash, which a web address does not"
	}
	u, err := url.Parse(s)
	if err != nil {
		return "is not a valid web address"
	}
	switch {
	case u.Scheme == "":
		return "has no scheme"
	case u.Scheme != "http" && u.Scheme != "https":
		return fmt.Sprintf("is a %q address", u.Scheme+":")
	case u.Host == "" || u.Hostname() == "":
		return "has no host"
	}
	return ""
}
