package date

import (
	"fmt"
	"math/bits"
)

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
// The scanner asks rulesAt, which answers for every rule at once; the
// tests hold the two equal.
func (s *scanner) admits(g start, k, i int) bool {
	if g.words == nil && g.in == 0 && !g.num {
		return true
	}
	// the start's words are marked in the token's membership too (tables.go)
	t := &s.toks[i]
	return t.in&(g.in|s.lx.startBit[k]) != 0 || g.num && t.kind == kNum
}

// starts holds the rules each table bit of a token admits, as bit sets of
// allRules indexes, so that the scanner finds the rules a token admits
// with a few ORs instead of testing every rule.
type starts struct {
	byBit    [64]ruleBits // the rules whose start holds the bit
	num      ruleBits     // the rules a number can begin
	anywhere ruleBits     // the rules with no start
}

// ruleBits is a set of allRules indexes.
type ruleBits uint64

// build fills the sets from the rules' starts and the bits of their words
// (startBit).
func (st *starts) build(startBit []tableBit) error {
	if len(allRules) > 64 {
		return fmt.Errorf("date lexicon: %d rules, more than a rule set holds", len(allRules))
	}
	for k, r := range allRules {
		g, bit := r.at, ruleBits(1)<<k
		if g.words == nil && g.in == 0 && !g.num {
			st.anywhere |= bit
			continue
		}
		if g.num {
			st.num |= bit
		}
		for m := uint64(g.in | startBit[k]); m != 0; m &= m - 1 {
			st.byBit[bits.TrailingZeros64(m)] |= bit
		}
	}
	return nil
}

// rulesAt returns the rules token i admits (admits, for all rules at once).
func (s *scanner) rulesAt(i int) ruleBits {
	t := &s.toks[i]
	st := &s.lx.starts
	set := st.anywhere
	if t.kind == kNum {
		set |= st.num
	}
	for m := uint64(t.in); m != 0; m &= m - 1 {
		set |= st.byBit[bits.TrailingZeros64(m)]
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
