package date

import (
	"fmt"
	"math/bits"
	"slices"
)

// Where a rule can begin. Every rule is tried at every start position and
// returns a whole hit by value, so a call that comes to nothing still
// costs; the scanner skips the calls that are sure to fail.

// startRule is a rule and the tokens it can begin at.
type startRule struct {
	run rule
	at  start
	// afterThe and afterNum are what the next token must be when the
	// start is "the" or a number: a rule that admits "the" mostly reads it
	// as optional and then looks for its own start, or for a few words
	// ("the weekend"), and most rules that read a number need a word or
	// sign after it ("5 years", "5/12"). Like at, they restate the rule's
	// first tests there (TestStartOnlySkipsMisses); the zero value admits
	// every token. No table holds a digit run, so a number is never read
	// as a word of one.
	afterThe, afterNum start
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

// admits reports whether allRules[k] can begin at token i, which is
// inside the text. A rule skipped here would have returned no hit, and no
// hit never wins over another, so skipping it changes nothing. The scanner
// asks rulesAt, which answers for every rule at once; the tests hold the
// two equal.
func (s *scanner) admits(k, i int) bool {
	r, t := &allRules[k], &s.toks[i]
	// the start's words are marked in the token's membership too (tables.go)
	if !r.at.any() && t.in&(r.at.in|s.lx.startBit[k]) == 0 && !(r.at.num && t.kind == kNum) {
		return false
	}
	if i+1 == len(s.toks) {
		return true
	}
	n, g := &s.toks[i+1], start{}
	if t.kind == kNum {
		g = r.afterNum
	} else if t.low == "the" {
		g = r.afterThe
	}
	return g.any() || n.in&g.in != 0 || g.num && n.kind == kNum || slices.Contains(g.words, n.low)
}

// any reports the zero start, which admits every token.
func (g start) any() bool { return g.words == nil && g.in == 0 && !g.num }

// starts holds the rules each table bit of a token admits, as bit sets of
// allRules indexes, so that the scanner finds the rules a token admits
// with a few ORs instead of testing every rule.
type starts struct {
	byBit    [64]ruleBits // the rules whose start holds the bit
	num      ruleBits     // the rules a number can begin
	anywhere ruleBits     // the rules with no start
	// byWord holds the rules whose start holds the word, in afterThe
	// and afterNum: the words of at are marked by their bits (startBit)
	byWord map[string]ruleBits
	// afterThe and afterNum hold, the same way, the rules that can begin
	// at "the" or a number before a token (startRule.afterThe, afterNum)
	afterThe, afterNum *starts
}

// ruleBits is a set of allRules indexes.
type ruleBits uint64

// build fills the sets from the rules' starts and the bits of their words
// (startBit), and afterThe's and afterNum's from the rules' own.
func (st *starts) build(startBit []tableBit) error {
	if len(allRules) > 64 {
		return fmt.Errorf("date lexicon: %d rules, more than a rule set holds", len(allRules))
	}
	st.afterThe = &starts{byWord: map[string]ruleBits{}}
	st.afterNum = &starts{byWord: map[string]ruleBits{}}
	for k, r := range allRules {
		st.add(r.at, startBit[k], k)
		st.afterThe.add(r.afterThe, 0, k)
		st.afterNum.add(r.afterNum, 0, k)
	}
	return nil
}

// add puts allRules[k], whose start is g and whose words the bit wordBit
// marks (0: they go to byWord), into the sets.
func (st *starts) add(g start, wordBit tableBit, k int) {
	bit := ruleBits(1) << k
	if g.any() {
		st.anywhere |= bit
		return
	}
	if g.num {
		st.num |= bit
	}
	for m := uint64(g.in | wordBit); m != 0; m &= m - 1 {
		st.byBit[bits.TrailingZeros64(m)] |= bit
	}
	if wordBit == 0 {
		for _, w := range g.words {
			st.byWord[w] |= bit
		}
	}
}

// rulesAt returns the rules token i admits (admits, for all rules at once).
func (s *scanner) rulesAt(i int) ruleBits {
	t, st := &s.toks[i], &s.lx.starts
	set := st.at(t)
	if i+1 < len(s.toks) {
		if t.kind == kNum {
			set &= st.afterNum.at(&s.toks[i+1])
		} else if t.low == "the" {
			set &= st.afterThe.at(&s.toks[i+1])
		}
	}
	return set
}

// at returns the rules token t can begin.
func (st *starts) at(t *token) ruleBits {
	set := st.anywhere
	if t.kind == kNum {
		set |= st.num
	}
	for m := uint64(t.in); m != 0; m &= m - 1 {
		set |= st.byBit[bits.TrailingZeros64(m)]
	}
	if st.byWord != nil {
		set |= st.byWord[t.low]
	}
	return set
}

// coreSet holds the indexes of coreRules, which begin allRules.
var coreSet = ruleBits(1)<<len(coreRules) - 1

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

// dayAfterThe admits the day after "the", dayAfterNum what follows a
// day's number before its month ("5th of May").
var (
	dayAfterThe = start{words: []string{"twenty", "thirty"}, in: inOrdinal, num: true}
	dayAfterNum = start{words: []string{"st", "nd", "rd", "th", "of"}, in: inMonth}
)

// unitAfterNum admits what scanner.countUnit reads after a count that is
// a number: its unit, or a word or sign before the unit.
var unitAfterNum = start{words: []string{"more", "additional", "full", "straight", "consecutive", "long",
	"business", "trading", "working", "calendar", "-"}, in: inUnit}
