package extract

import "github.com/claimbook/claimbook/indicators"

// A committee's vote: "the MPC voted by a majority of 7–2 to maintain Bank
// Rate", "the Board approved it in a 5-4 vote", "the Committee voted 9-3".
// Two numbers joined by a dash after a word of voting are a score or a
// tally (the exclusion rule "score"), two counts of two sides and no
// range. Where the sentence names a committee or a board before them, the
// sides are members, whom a catalog counts: each number is a count of
// members of its own. A sports score ("won 7-2"), the Senate's "52-48
// vote" or the Security Council's "vote of 15-0" stay a tally.

// committeeWords are the words before a vote that make it one of a
// committee or a board.
var committeeWords = []string{"committee", "committees", "board", "boards", "mpc", "fomc", "panel", "commission"}

// memberUnit is the unit of a side of a committee's vote.
var memberUnit = indicators.Unit{Kind: indicators.Count, Name: "member"}

// committeeVote reads a committee's vote at token i and reports each side
// as a count of members; it returns the token after the vote.
func (s *scanner) committeeVote(i int) (int, bool) {
	toks := s.toks
	h := i + 2
	if h >= len(toks) || !s.dash(i+1) || !s.attached(i+1) || !s.attached(h) || !s.voteSide(i) || !s.voteSide(h) {
		return 0, false
	}
	if s.dash(h+1) && s.attached(h+1) {
		return 0, false // "7-2-1" is no vote of two sides
	}
	if !s.voteBefore(i) && !(s.isAnyLx(i-1, lxA, lxAn) && s.isAny(h+1, "vote", "decision")) {
		return 0, false
	}
	if !s.committeeBefore(i) {
		return 0, false
	}
	for _, k := range [2]int{i, h} {
		m := Mention{Kind: Count, Unit: memberUnit}
		m.Quantity.Value, _, _ = digitsValue(s.tt(k))
		m.Span, m.Figure, m.Numbers[0] = s.span(k, k+1), s.span(k, k+1), s.span(k, k+1)
		m.Text = s.text[m.Span.Start-s.base : m.Span.End-s.base]
		m.Sentence, m.Year = s.sent, s.sentYear()
		s.put(&m)
	}
	return h + 1, true
}

// voteSide reports whether token k is a side of a vote: an integer of one
// or two digits, with no separator or sign.
func (s *scanner) voteSide(k int) bool {
	t := &s.toks[k]
	return t.kind == tNum && !t.comma && !t.dot && !t.multiDot && t.end-t.start <= 2 && s.text[t.start] >= '0' && s.text[t.start] <= '9'
}

// voteBefore reports whether a word of voting stands right before the vote
// at token i: "voted 7-2", "voted by a majority of 7–2", "by a vote of
// 5-4".
func (s *scanner) voteBefore(i int) bool {
	if s.isAny(i-1, "voted", "votes", "vote") {
		return true
	}
	if !s.isLx(i-1, lxOf) {
		return false
	}
	if s.is(i-2, "majority") {
		return s.isAny(i-3, "voted", "votes", "vote") || s.isAnyLx(i-3, lxA, lxAn) && s.isLx(i-4, lxBy) && s.isAny(i-5, "voted", "votes", "vote", "decided", "agreed")
	}
	return s.is(i-2, "vote") && s.isAnyLx(i-3, lxA, lxAn)
}

// committeeBefore reports whether a word of committeeWords stands in the
// sentence before token i.
func (s *scanner) committeeBefore(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if s.toks[k].kind == tWord && s.isAny(k, committeeWords...) {
			return true
		}
	}
	return false
}
