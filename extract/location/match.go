package location

import (
	"sort"
	"strings"
)

// match is a span of the text whose normalized form names a place.
type match struct {
	t0, t1     int // tokens [t0, t1)
	start, end int // bytes
	key        string
	e          *entry
	kinds      senseKinds // of e's readings, set by reading.mark
	dateline   bool
	// next is the index of the match that follows after a comma ("Jeju,
	// South Korea"), or -1.
	next int
	// extended: a suffix word was taken into the span ("Orange County").
	extended bool
	// state: "Washington state", "the state of New York" ask for the
	// first-level region reading without taking the word into the span.
	state bool
	// division: a lower-case word next to the name says it is a division
	// ("Karo district", "the county of Fife"), which lets a second-level
	// region named bare be read.
	division bool
	// placeWord: the text calls the name a place ("the village of X",
	// "X county"), which stands in for the article's support.
	placeWord bool
}

// connectors may appear in lower case inside a capitalised place name.
func isConnector(w string) bool {
	switch w {
	case "of", "the", "de", "del", "la", "le", "du", "da", "do", "dos", "das", "al", "el", "and",
		"upon", "on", "sur", "am", "an", "der", "di", "des", "y", "en", "bin", "ibn", "d", "l",
		"i", "e", "s", "es", "ul", "ar", "as", "at", "upon-tyne", "au", "aux", "im":
		return true
	}
	return false
}

// find returns the longest gazetteer names in the text, left to right,
// without overlap. Capitalisation is required: the first word and every
// word that is not a connector must start upper case.
func (g *Gazetteer) find(ws *words, key []byte, out []match) []match {
	text, toks := ws.text, ws.toks
	next := 0 // the first token after the last match
	for _, u := range ws.upper {
		i := int(u)
		if i < next {
			continue
		}
		t := &toks[i]
		key = key[:0]
		plain := true // the key of tokens [i, j) is ws.low[t.Start:toks[j-1].End]
		best, bestKey := -1, int32(-1)
		lim := min(len(toks), i+g.maxTokens)
		for j := i; j < lim; j++ {
			tj := &toks[j]
			if j > i && tj.Word && !tj.Upper && !isConnector(text[tj.Start:tj.End]) {
				// "Paris agreement": a lower-case word ends the name,
				// unless it is a connector ("Isle of Man").
				if !tj.Number {
					break
				}
			}
			if j > i && tj.Space && !tj.Word && text[tj.Start] != '&' {
				break // "Seoul ( Yonhap", "Japan -": punctuation after a space
			}
			// The key is most often the lower-cased text itself: ASCII
			// tokens joined by one space or none. It is then looked up
			// where it lies, and built (appendKey) only from the first
			// token that is otherwise.
			if plain {
				plain = plainKeyPart(ws, i, j)
				if !plain {
					key = key[:0]
					for k := i; k < j; k++ {
						key = appendKey(key, text, toks[k], k == i)
					}
				}
			}
			var ei int32
			if plain {
				ei = g.keys.findString(ws.low[t.Start:tj.End])
			} else {
				key = appendKey(key, text, *tj, j == i)
				ei = g.keys.find(key)
			}
			if ei < 0 {
				break
			}
			e := &g.entries[ei]
			if len(e.senses) > 0 && (tj.Word || text[tj.Start] == '.') {
				best, bestKey = j, ei
			}
			if !e.prefix {
				break
			}
		}
		if best < 0 {
			continue
		}
		// A name that ends on a lower-case connector is not a name.
		if tb := toks[best]; tb.Word && !tb.Upper && !tb.Number {
			continue
		}
		// The key is the table's own string: no copy.
		out = append(out, match{t0: i, t1: best + 1, start: t.Start, end: toks[best].End, key: g.keys.key(bestKey), e: &g.entries[bestKey], next: -1})
		next = best + 1
	}
	return out
}

// plainKeyPart reports whether appendKey writes token j of a name that
// starts at token i as the lower-cased text from the end of token j-1: the
// token is ASCII (appendKey lower-cases A to Z, as text.LowerASCII does)
// and, after the first, follows one space (a key's separator) or nothing.
func plainKeyPart(ws *words, i, j int) bool {
	t := &ws.toks[j]
	if j > i {
		gap := t.Start - ws.toks[j-1].End
		if t.Space && (gap != 1 || ws.text[t.Start-1] != ' ') || !t.Space && gap != 0 {
			return false
		}
	}
	return ws.ascii(j)
}

// startsAt returns the match that begins at token t. ms is sorted by start
// and its matches do not overlap.
func startsAt(ms []match, t int) (int, bool) {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].t0 >= t })
	return i, i < len(ms) && ms[i].t0 == t
}

// endsAt returns the last match whose last token is t. In ms, sorted by
// start, the last tokens never decrease: a match may end on the next one's
// first token only when a suffix word was taken into it (mark).
func endsAt(ms []match, t int) (int, bool) {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].t1-1 > t }) - 1
	return i, i >= 0 && ms[i].t1-1 == t
}

// wordAt returns the lower-cased word of token i, or "" when i is out of
// range or not a word.
func wordAt(ws *words, i int) string {
	// an ASCII word (words.ascii) here, small enough to inline
	if uint(i) < uint(len(ws.toks)) {
		if t := &ws.toks[i]; t.Word && t.End-t.Start == t.CEnd-t.CStart {
			return ws.low[t.Start:t.End]
		}
	}
	return otherWordAt(ws, i)
}

// otherWordAt is wordAt for a token that is no ASCII word.
func otherWordAt(ws *words, i int) string {
	if i < 0 || i >= len(ws.toks) || !ws.toks[i].Word {
		return ""
	}
	return ws.lower(ws.toks[i].Start, ws.toks[i].End)
}

// prevWord returns the word before token t0 with a following full stop
// kept ("mr."), and its token index; "" when the previous token is other
// punctuation.
func prevWord(ws *words, t0 int) (string, int) {
	toks := ws.toks
	i := t0 - 1
	if i < 0 || !toks[t0].Space {
		return "", -1
	}
	if !toks[i].Word {
		if ws.text[toks[i].Start] == '.' && i > 0 && toks[i-1].Word && !toks[i].Space {
			return ws.lower(toks[i-1].Start, toks[i].End), i - 1 // the word and its glued stop
		}
		return "", -1
	}
	return wordAt(ws, i), i
}

// sentenceStart reports whether token i opens a sentence or a line.
func sentenceStart(ws *words, i int) bool {
	text, toks := ws.text, ws.toks
	if i <= 0 || toks[i].LineStart {
		return true
	}
	p := toks[i-1]
	if p.Word {
		return false
	}
	switch text[p.Start] {
	case '.', '!', '?', ':', '"', '\'', '(', '[', '-', ';':
		return true
	}
	return strings.HasPrefix(text[p.Start:], "“") || strings.HasPrefix(text[p.Start:], "—") || strings.HasPrefix(text[p.Start:], "–")
}
