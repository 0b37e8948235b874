package text

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/abbreviations.txt
var abbreviationsData string

type abbrevKind uint8

const (
	abbrevNone  abbrevKind = iota
	abbrevTitle            // never ends a sentence
	abbrevWeak             // ends one only before a starter word or a quote
)

// sentenceLexicon is the parsed data/abbreviations.txt.
type sentenceLexicon struct {
	abbrev   map[string]abbrevKind // lower case, no final period
	starters map[string]bool
	// ends says which abbreviations of 2 to maxFolded bytes there are by
	// length, first and last byte (abbrevSlot): bit ends[n][first] of
	// slot(last) is set when one may be n bytes long, so that kind looks
	// up few of the words before a period that are no abbreviation.
	ends [maxFolded + 1][abbrevSlots]uint32
}

// maxFolded is the longest word kind lower-cases to look up.
const maxFolded = 16

// abbrevSlots are the slots of abbrevSlot: a to z, then any other byte.
const abbrevSlots = 27

// abbrevSlot is the slot of byte c in sentenceLexicon.ends: its letter,
// either case, or 26.
func abbrevSlot(c byte) int {
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	if c >= 'a' && c <= 'z' {
		return int(c - 'a')
	}
	return abbrevSlots - 1
}

// mayHold reports whether w, lower-cased, may be an abbreviation of more
// than one byte: false only when none has its length and ends.
func (lex *sentenceLexicon) mayHold(w string) bool {
	n := len(w)
	return n >= 2 && n <= maxFolded && lex.ends[n][abbrevSlot(w[0])]&(1<<abbrevSlot(w[n-1])) != 0
}

// loadSentenceLexicon parses the embedded lexicon once, on first use.
var loadSentenceLexicon = sync.OnceValue(func() *sentenceLexicon {
	sections, err := Sections("abbreviations.txt", abbreviationsData, true)
	if err != nil {
		panic(err) // embedded at build time: a broken file is a build defect
	}
	lex := &sentenceLexicon{abbrev: map[string]abbrevKind{}, starters: map[string]bool{}}
	for _, w := range sections["title"] {
		lex.abbrev[w] = abbrevTitle
	}
	for _, w := range sections["weak"] {
		lex.abbrev[w] = abbrevWeak
	}
	for w := range lex.abbrev {
		if n := len(w); n >= 2 && n <= maxFolded {
			lex.ends[n][abbrevSlot(w[0])] |= 1 << abbrevSlot(w[n-1])
		}
	}
	for _, w := range sections["starter"] {
		lex.starters[w] = true
	}
	return lex
})

// MaxSentence bounds the length of a sentence, in bytes. No sentence of
// news comes near it; a run of text without a sentence end (hostile input,
// a badly stripped page) can be megabytes long, and the extractors and the
// event rules compare the words and mentions of a sentence with one
// another, so one such run made them quadratic or worse in its length.
const MaxSentence = 16 << 10

// Sentences splits wire English into sentences. A sentence ends at ., !, ?
// or an ellipsis followed by white space and a capital, a digit, an opening
// quote or bracket (closing quotes and brackets stay with the sentence), at a
// blank line, and at a line break unless the next line goes on in lower case
// (hard-wrapped text). A period after an abbreviation does not end the
// sentence: never after a title ("Mr.", "Gen.", "St."), and after a weak
// abbreviation ("Dec. 31", "No. 2", "U.S.", "a.m.", initials) only when the
// next word typically starts a sentence ("... in the U.S. The talks"). A
// dateline ("SEOUL, Dec. 12 (Yonhap) --") therefore stays in the first
// sentence. Spans exclude surrounding white space, are in order and do not
// overlap; everything outside them is white space, except where a sentence
// is cut at MaxSentence.
//
// A sentence is at most about MaxSentence bytes long: a longer run without
// a sentence end is cut at the first white space past that length, or at
// twice the length where there is none.
func Sentences(text string) []Sentence {
	lex := loadSentenceLexicon()
	n := len(text)
	out := make([]Sentence, 0, n/128+1)
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		e := end
		for e > start {
			r, size := utf8.DecodeLastRuneInString(text[start:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= size
		}
		if e > start {
			out = append(out, Sentence{start, e})
		}
		start = -1
	}
	for i := 0; i < n; {
		if start >= 0 {
			// Inside a sentence only the bytes of sentenceStop can end it
			// before MaxSentence: skip the others at once.
			lim := min(n, start+MaxSentence)
			for i < lim && !sentenceStop[text[i]] {
				i++
			}
			if i == n {
				break
			}
		}
		c := text[i]
		if start >= 0 && i-start >= MaxSentence && (isSpaceByte(c) || i-start >= 2*MaxSentence && utf8.RuneStart(c)) {
			emit(i)
			if isSpaceByte(c) {
				i++
			} else {
				start = i
			}
			continue
		}
		if c == '\n' {
			if start >= 0 && !softBreak(text, i) {
				emit(i)
			}
			i++
			continue
		}
		if start < 0 {
			if c < utf8.RuneSelf {
				if isSpaceByte(c) || c == '\v' || c == '\f' {
					i++
					continue
				}
			} else if r, size := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
				i += size
				continue
			}
			start = i
		}
		size := terminatorSize(text, i)
		if size == 0 {
			// Bytes inside a multi-byte rune never equal an ASCII byte or
			// the lead byte of "…", so stepping byte-wise is safe.
			i++
			continue
		}
		j := i + size
		for j < n {
			if s := closerSize(text, j); s > 0 {
				j += s
				continue
			}
			break
		}
		if j < n && !isSpaceAt(text, j) {
			i = j // "3.5", "U.S.-led", "Yahoo!Inc"
			continue
		}
		k := skipLineSpace(text, j)
		if k < n && text[k] != '\n' {
			next, nsize := utf8.DecodeRuneInString(text[k:])
			ellipsis := size > 1 || strings.HasPrefix(text[i:], "..")
			if !opensSentence(next) || ellipsis && unicode.IsDigit(next) {
				i = j // "talking of... 100,000 cases"
				continue
			}
			if isOpeningQuote(next) && k+nsize < n {
				if r, _ := utf8.DecodeRuneInString(text[k+nsize:]); unicode.IsLower(r) {
					i = j // a quoted word inside the sentence: the U.S. "sporadically"
					continue
				}
			}
			if c == '.' && j == i+1 {
				switch lex.kind(wordBefore(text[start:i])) {
				case abbrevTitle:
					i = j
					continue
				case abbrevWeak:
					if !isOpeningQuote(next) && !lex.starters[leadingWord(text[k:])] {
						i = j
						continue
					}
				}
			}
		}
		emit(j)
		i = j
	}
	emit(n)
	return out
}

// sentenceStop marks the bytes that can end a sentence: a line break, a
// terminator (terminatorSize) or the first byte of an ellipsis.
var sentenceStop = [256]bool{'\n': true, '.': true, '!': true, '?': true, 0xE2: true}

// terminatorSize returns the length of the sentence terminator at text[i], or
// 0 when there is none.
func terminatorSize(text string, i int) int {
	switch c := text[i]; {
	case c == '.' || c == '!' || c == '?':
		return 1
	case c == 0xE2 && strings.HasPrefix(text[i:], "…"):
		return len("…")
	}
	return 0
}

// closerSize returns the length of a closing quote, bracket or further
// terminator at text[j], or 0.
func closerSize(text string, j int) int {
	switch c := text[j]; c {
	case '"', '\'', ')', ']', '.', '!', '?':
		return 1
	case 0xE2:
		for _, s := range [...]string{"”", "’", "…"} {
			if strings.HasPrefix(text[j:], s) {
				return len(s)
			}
		}
	}
	return 0
}

// skipLineSpace returns the offset of the first byte at or after k that is
// not white space other than a line break.
func skipLineSpace(text string, k int) int {
	for k < len(text) && text[k] != '\n' && isSpaceAt(text, k) {
		if text[k] < utf8.RuneSelf {
			k++
		} else {
			_, size := utf8.DecodeRuneInString(text[k:])
			k += size
		}
	}
	return k
}

func isSpaceAt(text string, j int) bool {
	if c := text[j]; c < utf8.RuneSelf {
		return isSpaceByte(c) || c == '\v' || c == '\f'
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsSpace(r)
}

func opensSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpeningQuote(r) || r == '(' || r == '['
}

func isOpeningQuote(r rune) bool {
	return r == '"' || r == '“' || r == '\'' || r == '‘' || r == '`' // `` as in Penn-style text
}

// softBreak reports whether the line break at text[i] only wraps a sentence:
// the line does not end in a terminator or colon, and the next line starts
// with a lower-case letter.
func softBreak(text string, i int) bool {
	k := skipLineSpace(text, i+1)
	if k >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[k:])
	if !unicode.IsLower(next) {
		return false
	}
	p := i
	for p > 0 && (text[p-1] == ' ' || text[p-1] == '\t' || text[p-1] == '\r') {
		p--
	}
	if p == 0 {
		return false
	}
	switch text[p-1] {
	case '.', '!', '?', ':', '\n':
		return false
	}
	return true
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// wordBefore returns the word that ends the text (the text before a period).
func wordBefore(before string) string {
	k := len(before)
	for k > 0 {
		c := before[k-1]
		if isSpaceByte(c) || c == '(' || c == '"' || c == '[' {
			break
		}
		k--
	}
	w := before[k:]
	// Drop an opening curly quote glued to the word.
	for _, q := range [...]string{"“", "‘"} {
		w = strings.TrimPrefix(w, q)
	}
	return w
}

// leadingWord returns the run of ASCII letters and apostrophes at the start
// of s.
func leadingWord(s string) string {
	k := 0
	for k < len(s) {
		c := s[k]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' {
			k++
			continue
		}
		break
	}
	return s[:k]
}

// kind classifies the word before a period.
func (lex *sentenceLexicon) kind(w string) abbrevKind {
	if w == "" {
		return abbrevNone
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) {
		if unicode.IsUpper(r) {
			return abbrevWeak // an initial
		}
		return lex.abbrev[w]
	}
	if lex.mayHold(w) {
		var buf [maxFolded]byte
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if k := lex.abbrev[string(buf[:len(w)])]; k != abbrevNone {
			return k
		}
	}
	if isDottedAcronym(w) {
		return abbrevWeak
	}
	return abbrevNone
}

// isDottedAcronym reports whether w is letters separated by single periods
// ("U.S", "a.m", "N.Y"), the final period already cut.
func isDottedAcronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		isLetter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if i%2 == 0 && !isLetter || i%2 == 1 && c != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// Sentence is a byte span [Start, End) of the text.
type Sentence struct {
	Start, End int
}

// SentenceAt returns the index of the sentence that holds byte offset b, or
// of the nearest sentence before it.
func SentenceAt(ss []Sentence, b int) int {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > b })
	if i >= len(ss) {
		i = len(ss) - 1
	}
	if i < 0 {
		return 0
	}
	return i
}
