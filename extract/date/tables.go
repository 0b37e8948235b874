package date

import (
	"fmt"
	"math/bits"
	"strings"

	"github.com/eventwire/eventwire/extract"
	ltext "github.com/eventwire/eventwire/extract/text"
)

// Table membership per token. The rules ask the lexicon about the same few
// tokens again and again (every rule at every start position looks at the
// next words), and most answers are "not in the table". Each token carries
// a bit set of the tables its word is in, filled with one map lookup when
// the scanner is built; a lookup for a word outside the table then costs no
// hashing, and one inside it still reads the table itself. The same bits
// mark the words a rule can begin with (start.go).

// tableBit names one lexicon table in a token's membership set. The bits
// above lastTableBit mark the word lists of the rules' starts (start.go).
type tableBit uint64

const (
	inStarter tableBit = 1 << iota
	inLead
	inAfterLead
	inMonth
	inWeekday
	inNumber
	inOrdinal
	inUnit
	inUnitGran
	inHolidayFirst
	inPos
	inPosOf
	inApprox
	inRef
	inSeason
	inSetAdverb
	inSetPlural
	inFuture
	inPast
	inBe
	inPresent
	inDet
	inDurationLead
	inPartOfDay
	inDayPart
	inDecade
	inApprox2First     // the first word of a two-word approx2 entry
	inSetPrefixedFirst // the prefix of a set-prefixed entry ("bi")
	inQuarterKey       // a word every match of ruleQuarter has (quarterKeys)

	lastTableBit = inQuarterKey
)

// buildMembership fills lx.member from the tables and the rules' start
// words; it runs once, after the tables are loaded, so the bits always
// agree with them.
func buildMembership(lx *lexicon) error {
	lx.member = map[string]tableBit{}
	addKeys(lx.member, lx.starters, inStarter)
	addKeys(lx.member, lx.leads, inLead)
	addKeys(lx.member, lx.cues["after-lead"], inAfterLead)
	addKeys(lx.member, lx.months, inMonth)
	addKeys(lx.member, lx.weekdays, inWeekday)
	addKeys(lx.member, lx.numbers, inNumber)
	addKeys(lx.member, lx.ordinals, inOrdinal)
	addKeys(lx.member, lx.units, inUnit)
	addKeys(lx.member, lx.unitGran, inUnitGran)
	addKeys(lx.member, lx.holidayFirst, inHolidayFirst)
	addKeys(lx.member, lx.pos, inPos)
	addKeys(lx.member, lx.posOf, inPosOf)
	addKeys(lx.member, lx.approx, inApprox)
	addKeys(lx.member, lx.ref, inRef)
	addKeys(lx.member, lx.season, inSeason)
	addKeys(lx.member, lx.setAdverb, inSetAdverb)
	addKeys(lx.member, lx.setPlural, inSetPlural)
	addKeys(lx.member, lx.future, inFuture)
	addKeys(lx.member, lx.past, inPast)
	addKeys(lx.member, lx.be, inBe)
	addKeys(lx.member, lx.present, inPresent)
	addKeys(lx.member, lx.det, inDet)
	addKeys(lx.member, lx.cues["duration-lead"], inDurationLead)
	addKeys(lx.member, lx.partOfDay, inPartOfDay)
	addKeys(lx.member, lx.dayPart, inDayPart)
	addKeys(lx.member, lx.decade, inDecade)
	for pair := range lx.approx2 {
		lx.member[pair[0]] |= inApprox2First
	}
	for pair := range lx.setPrefixed {
		lx.member[pair[0]] |= inSetPrefixedFirst
	}
	for _, w := range quarterKeys {
		lx.member[w] |= inQuarterKey
	}
	// Each distinct word list of a start gets a bit of its own, so that
	// scanner.admits tests a token with one AND instead of comparing words.
	lx.startBit = make([]tableBit, len(allRules))
	listBit := map[string]tableBit{}
	next := lastTableBit << 1
	for k, r := range allRules {
		if len(r.at.words) == 0 {
			continue
		}
		key := strings.Join(r.at.words, " ")
		b, ok := listBit[key]
		if !ok {
			if next == 0 {
				return fmt.Errorf("date lexicon: more than %d start word lists", bits.LeadingZeros64(uint64(lastTableBit)))
			}
			b, next = next, next<<1
			listBit[key] = b
			for _, w := range r.at.words {
				lx.member[w] |= b
			}
		}
		lx.startBit[k] = b
	}
	lx.words = ltext.NewWordTable(lx.member)
	return lx.starts.build(lx.startBit)
}

func addKeys[V any](member map[string]tableBit, m map[string]V, bit tableBit) {
	for w := range m {
		member[w] |= bit
	}
}

// newScanner reads the document's tokens (its shared ones, or its text's
// when it has none) and marks each token's table membership. The scan
// works in sc's buffers (nil: its own).
func newScanner(lx *lexicon, d *extract.Doc, sc *scratch) *scanner {
	if sc == nil {
		sc = &scratch{}
	}
	sc.toks = tokenize(d.Text, d.LowerText(), d.Tokens, sc.toks, lx.words)
	s := &sc.scan
	*s = scanner{lx: lx, text: d.Text, toks: sc.toks, sc: sc}
	return s
}

// lookup returns m[s.w(k)], where m is the table marked by bit, without
// hashing when token k's word is not in it.
func lookup[V any](s *scanner, m map[string]V, bit tableBit, k int) (V, bool) {
	if k < 0 || k >= len(s.toks) {
		v, ok := m[""] // what s.w(k) gives outside the text
		return v, ok
	}
	if s.toks[k].in&bit == 0 {
		var zero V
		return zero, false
	}
	v, ok := m[s.toks[k].low]
	return v, ok
}

// in reports whether token k's word is in the word set marked by bit (the
// sets of cues.txt and tense.txt hold only true values).
func (s *scanner) in(k int, bit tableBit) bool {
	if k < 0 || k >= len(s.toks) {
		return s.lx.member[""]&bit != 0 // what s.w(k) gives outside the text
	}
	return s.toks[k].in&bit != 0
}
