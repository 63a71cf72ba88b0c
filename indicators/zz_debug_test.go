package indicators

import "testing"

func TestZZDebug(t *testing.T) {
	for _, s := range []string{"1400 pubs and clubs", "18,484 gaming machines", "300 boys and girls", "5 men and women", "12 schools and colleges", "1,000 pubs, clubs and bars"} {
		q, u, err := ParseStated(s)
		t.Logf("%q => %v %q noun=%q err=%v", s, q.Value, u.String(), q.Noun, err)
	}
}
