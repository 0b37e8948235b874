package date

// Where a rule can begin. Every rule is tried at every start position and
// returns a whole hit by value, so a call that comes to nothing still
// costs; the scanner skips the calls that are sure to fail.

// startRule is a rule and the tokens it can begin at.
type startRule struct {
	run rule
	at  start
}

// start names the tokens a rule can begin at: one of the words, a word of
// the tables, or a number. The zero value admits every token. It must only
// restate the test a rule makes first (TestStartOnlySkipsMisses checks
// that); the rule keeps making it.
type start struct {
	words []string // one of these words ("the")
	in    tableBit // a word of one of these tables
	num   bool     // a digit run
}

// admits reports whether allRules[k], whose start is g, can begin at token
// i, which is inside the text. A rule skipped here would have returned no
// hit, and no hit never wins over another, so skipping it changes nothing.
func (s *scanner) admits(g start, k, i int) bool {
	if g.words == nil && g.in == 0 && !g.num {
		return true
	}
	// the start's words are marked in the token's membership too (tables.go)
	t := &s.toks[i]
	return t.in&(g.in|s.lx.startBit[k]) != 0 || g.num && t.kind == kNum
}

func at(words ...string) start { return start{words: words} }

// countStart admits where scanner.count can read a count (a number, a
// number word or a word of its switch) and the extra words a rule takes
// before the count.
func countStart(extra ...string) start {
	return start{words: countWords(extra...), in: inNumber, num: true}
}

// countWords are the words of scanner.count's switch and the extra ones.
func countWords(extra ...string) []string {
	return append([]string{"a", "an", "one", "few", "several", "many", "some", "numerous", "couple"}, extra...)
}

// dayStart admits where scanner.dayNum can read a day, after an optional
// "the".
var dayStart = start{words: []string{"the", "twenty", "thirty"}, in: inOrdinal, num: true}
