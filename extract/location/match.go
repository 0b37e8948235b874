package location

import "strings"

// match is a span of the text whose normalized form names a place.
type match struct {
	t0, t1     int // tokens [t0, t1)
	start, end int // bytes
	key        string
	e          *entry
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
func (g *Gazetteer) find(text string, toks []token, key []byte, out []match) []match {
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.word || !t.upper {
			i++
			continue
		}
		key = key[:0]
		best := -1
		var bestE *entry
		lim := min(len(toks), i+g.maxTokens)
		for j := i; j < lim; j++ {
			tj := toks[j]
			if j > i && tj.word && !tj.upper && !isConnector(text[tj.start:tj.end]) {
				// "Paris agreement": a lower-case word ends the name,
				// unless it is a connector ("Isle of Man").
				if !allDigits(text[tj.start:tj.end]) {
					break
				}
			}
			if j > i && tj.space && !tj.word && text[tj.start] != '&' {
				break // "Seoul ( Yonhap", "Japan -": punctuation after a space
			}
			key = appendKey(key, text, tj, j == i)
			ei, ok := g.index[string(key)]
			if !ok {
				break
			}
			e := &g.entries[ei]
			if len(e.senses) > 0 && (tj.word || text[tj.start] == '.') {
				best, bestE = j, e
			}
			if !e.prefix {
				break
			}
		}
		if best < 0 {
			i++
			continue
		}
		// A name that ends on a lower-case connector is not a name.
		if tb := toks[best]; tb.word && !tb.upper && !allDigits(text[tb.start:tb.end]) {
			i++
			continue
		}
		out = append(out, match{t0: i, t1: best + 1, start: t.start, end: toks[best].end,
			key: normalizeSpan(text, toks[i:best+1]), e: bestE, next: -1})
		i = best + 1
	}
	return out
}

func normalizeSpan(text string, toks []token) string {
	var b []byte
	for i, t := range toks {
		b = appendKey(b, text, t, i == 0)
	}
	return string(b)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// wordAt returns the lower-cased word of token i, or "" when i is out of
// range or not a word.
func wordAt(text string, toks []token, i int) string {
	if i < 0 || i >= len(toks) || !toks[i].word {
		return ""
	}
	return strings.ToLower(text[toks[i].start:toks[i].end])
}

// prevWord returns the word before token t0 with a following full stop
// kept ("mr."), and its token index; "" when the previous token is other
// punctuation.
func prevWord(text string, toks []token, t0 int) (string, int) {
	i := t0 - 1
	if i < 0 || !toks[t0].space {
		return "", -1
	}
	if !toks[i].word {
		if text[toks[i].start] == '.' && i > 0 && toks[i-1].word && !toks[i].space {
			return wordAt(text, toks, i-1) + ".", i - 1
		}
		return "", -1
	}
	return wordAt(text, toks, i), i
}

// sentenceStart reports whether token i opens a sentence or a line.
func sentenceStart(text string, toks []token, i int) bool {
	if i <= 0 || toks[i].lineStart {
		return true
	}
	p := toks[i-1]
	if p.word {
		return false
	}
	switch text[p.start] {
	case '.', '!', '?', ':', '"', '\'', '(', '[', '-', ';':
		return true
	}
	return strings.HasPrefix(text[p.start:], "“") || strings.HasPrefix(text[p.start:], "—") || strings.HasPrefix(text[p.start:], "–")
}
