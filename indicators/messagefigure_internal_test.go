package indicators

import "testing"

// TestMessageFigure checks that a message says a figure only as
// precisely as it is known: a fraction in words held as its percent to
// three figures, a written figure as written.
func TestMessageFigure(t *testing.T) {
	for _, tc := range []struct{ stated, want string }{
		{"almost two-thirds", "nearly 66.7 percent"},
		{"a third", "33.3 percent"},
		{"one in eight", "12.5 percent"},
		{"64%", "64 percent"},
		{"nearly 66.6667%", "nearly 66.6667 percent"},
		{"1,234,567 people", "1,234,567 people"},
		{"12,345,678 people", "12,345,678 people"},
		{"123,456,789,012,345 people", "123,456,789,012,345 people"},
	} {
		q, u, err := ParseStatedAs(tc.stated, Share)
		if err != nil {
			t.Fatalf("ParseStatedAs(%q): %v", tc.stated, err)
		}
		if got := messageFigure(q, u); got != tc.want {
			t.Errorf("messageFigure(%q) = %q, want %q", tc.stated, got, tc.want)
		}
	}
}
