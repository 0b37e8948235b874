package official

import (
	"github.com/eventwire/eventwire/extract/text"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordEntry is what the word tables and cues.txt say of a word.
type wordEntry struct {
	cls wordClass
	cue cueKind
}

// wordClass is a set of the lexicon's word tables, one bit a table. The
// rules ask many tables about the same few tokens; analysis.info answers
// them all, and the cues, from one or two lookups per token and document
// (see tokenInfo).
type wordClass uint32

// The word tables, keyed as written (wcGiven to wcCountryStart) or lower
// case (wcNonName to wcPortfolioLast).
const (
	wcGiven         wordClass = 1 << iota // lexicon.given
	wcNames                               // lexicon.names
	wcEastAsian                           // lexicon.eastAsian
	wcOrgWord                             // lexicon.orgWords
	wcHonorific                           // lexicon.honorific
	wcTitleAbbr                           // lexicon.titleAbbr gives a full title
	wcCountry                             // lexicon.countries
	wcCountryStart                        // first word of a country name of several words
	wcNonName                             // lexicon.nonName
	wcTitle                               // lexicon.titles
	wcModifier                            // lexicon.modifiers
	wcPortfolio                           // lexicon.portfolio
	wcTitleWord                           // analysis.isTitleWord, per token
	wcTitleFirst                          // first word of a title head of several words
	wcTitleLast                           // last word of a title head of several words
	wcPortfolioLast                       // last word of a portfolio phrase of several words
	wcAbbrKey                             // a key of lexicon.titleAbbr, full title or not
	wcAbbrPairLast                        // what follows a space in a key of lexicon.titleAbbr ("Gen." of "Lt. Gen.")
	wcAppoint                             // appointVerb, lower case
)

// indexWords builds lx.byWord, lx.lowerWord, lx.lowered, lx.blank and
// lx.single from
// the tables, once they are complete.
func (lx *lexicon) indexWords() {
	written := map[string]wordEntry{}
	lx.lowered = map[string]wordEntry{}
	mark := func(idx map[string]wordEntry, w string, c wordClass) {
		e := idx[w]
		e.cls |= c
		idx[w] = e
	}
	for _, t := range []struct {
		set map[string]bool
		cls wordClass
	}{{lx.given, wcGiven}, {lx.names, wcNames}, {lx.eastAsian, wcEastAsian}, {lx.orgWords, wcOrgWord}, {lx.honorific, wcHonorific}} {
		for w, ok := range t.set {
			if ok {
				mark(written, w, t.cls)
			}
		}
	}
	for w, full := range lx.titleAbbr {
		// prenominal looks up two words only before such a second word
		// (what follows any space of a key).
		for i := range len(w) {
			if w[i] == ' ' {
				mark(written, w[i+1:], wcAbbrPairLast)
			}
		}
		mark(written, w, wcAbbrKey)
		if full != "" {
			mark(written, w, wcTitleAbbr)
		}
	}
	for name := range lx.countries {
		mark(written, name, wcCountry)
		// A country name of several words can start only at its first
		// word: countryAt looks no further from any other.
		if i := strings.IndexFunc(name, unicode.IsSpace); i > 0 {
			mark(written, name[:i], wcCountryStart)
		}
	}
	// A phrase of several words can start or end only at these words:
	// titleHeadAt, titleHeadEndingAt and portfolioEndingAt look no further
	// from any other. The keys are joined by single spaces, as joinLower
	// joins tokens.
	for t := range lx.titles {
		if i := strings.IndexByte(t, ' '); i >= 0 {
			mark(lx.lowered, t[:i], wcTitleFirst)
			mark(lx.lowered, t[strings.LastIndexByte(t, ' ')+1:], wcTitleLast)
		}
	}
	for t := range lx.portfolio {
		if i := strings.LastIndexByte(t, ' '); i >= 0 {
			mark(lx.lowered, t[i+1:], wcPortfolioLast)
		}
	}
	for _, t := range []struct {
		set map[string]bool
		cls wordClass
	}{{lx.nonName, wcNonName}, {lx.titles, wcTitle}, {lx.modifiers, wcModifier}, {lx.portfolio, wcPortfolio}, {appointVerb, wcAppoint}} {
		for w, ok := range t.set {
			if ok {
				mark(lx.lowered, w, t.cls)
			}
		}
	}
	for w, k := range lx.cues {
		for _, idx := range []map[string]wordEntry{written, lx.lowered} {
			e := idx[w]
			e.cue |= k
			idx[w] = e
		}
	}
	// byWord and lowerWord answer for a word both what it says as written
	// and what its lower case says, in one lookup: lowerWord for a word in
	// lower case (a few hundred, most lookups), byWord for any other. They
	// hold every key of written, so a word they lack says nothing as
	// written; and every word whose lower case is a key of lowered and that
	// is in lower case, or ASCII in title case or capitals (see
	// wordForms), so such a word they lack says nothing lower-cased either.
	lx.byWord = make(map[string]wordPair, len(written)+2*len(lx.lowered))
	lx.lowerWord = map[string]wordPair{}
	add := func(w string) {
		lw := strings.ToLower(w)
		idx := lx.byWord
		if w == lw {
			idx = lx.lowerWord
		}
		if _, ok := idx[w]; !ok {
			idx[w] = wordPair{written[w], lx.lowered[lw]}
		}
	}
	for w := range written {
		add(w)
	}
	for w := range lx.lowered {
		add(w)
		if text.IsASCII(w) && w != "" {
			add(strings.ToUpper(w[:1]) + w[1:])
			add(strings.ToUpper(w))
		}
	}
	for w, k := range lx.cues {
		if k&(cueParticle|cueSuffix) != 0 && w != "" {
			lx.nameCue[w[0]] |= 1 << min(len(w), 15)
		}
	}
	lx.abbrevs = map[string]bool{}
	for w, e := range written {
		if e.cls&(wcHonorific|wcOrgWord|wcAbbrKey) != 0 || e.cue&cueSuffix != 0 {
			lx.abbrevs[w] = true
			if w != "" {
				lx.abbrevFirst[w[0]] = true
			}
		}
	}
	// A token that is no word has no lower case: "" stands for it.
	lx.blank = lx.lowered[""]
	for b := range lx.single {
		lx.single[b] = written[string(rune(b))]
	}
}

// written returns what the tables say of w as written, from the index
// that holds w if any does.
func (lx *lexicon) written(w string) wordEntry {
	if isLower(w) {
		return lx.lowerWord[w].w
	}
	return lx.byWord[w].w
}

// isLower reports whether w is its own lower case.
func isLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf {
			return strings.ToLower(w) == w
		} else if 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// wordPair is what the tables say of a word as written (w) and of its
// lower case (l).
type wordPair struct{ w, l wordEntry }

// wordForms reports whether byWord and lowerWord hold every word with the lower case lw
// that some table knows in lower case: one in lower case itself, or of
// ASCII letters in title case ("Minister") or in capitals ("MINISTER").
func wordForms(w, lw string) bool {
	if w == lw {
		return true
	}
	if !text.IsASCII(w) {
		return false
	}
	if w[1:] == lw[1:] {
		return true // only the first letter differs
	}
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// tokenInfo is what the tables say of one token of a document, filled on
// first use.
type tokenInfo struct {
	cls        wordClass
	cueWritten cueKind // lexicon.cue of the word as written
	cueLower   cueKind // lexicon.cue of the lower-cased word
	known      bool
}

// info returns what the tables say of token k (nothing outside the text).
// infos has one entry per token (newAnalysis sizes it).
func (a *analysis) info(k int) tokenInfo {
	if uint(k) >= uint(len(a.infos)) {
		return tokenInfo{}
	}
	in := &a.infos[k]
	if !in.known {
		t := &a.toks[k]
		*in = a.lx.tokenInfo(a.text[t.start:t.end], a.lower[k], t.kind == tWord)
	}
	return *in
}

// tokenInfo returns what the tables say of a token as written and
// lower-cased (lw), in one lookup or none; lw is "" for a token that is
// no word.
func (lx *lexicon) tokenInfo(word, lw string, isWord bool) tokenInfo {
	var w, l wordEntry
	switch {
	case !isWord:
		if len(word) == 1 && word[0] < utf8.RuneSelf {
			w = lx.single[word[0]]
		} else {
			w = lx.written(word)
		}
		l = lx.blank
	case word == lw:
		p := lx.lowerWord[word]
		w, l = p.w, p.l
	default:
		if p, ok := lx.byWord[word]; ok {
			w, l = p.w, p.l
		} else if !wordForms(word, lw) {
			l = lx.lowered[lw] // written says nothing: byWord has all of it
		}
	}
	in := tokenInfo{cls: w.cls | l.cls, cueWritten: w.cue, cueLower: l.cue, known: true}
	if l.cls&wcTitle != 0 || lx.hyphenTitle(lw) {
		in.cls |= wcTitleWord
	}
	return in
}

// is reports whether token k is in any of the tables cls.
func (a *analysis) is(k int, cls wordClass) bool { return a.info(k).cls&cls != 0 }

// nameCueAt is cueAt for the cues that join name words (cueParticle,
// cueSuffix), which findNames asks of most words near a name: the first
// byte and length of the word rule out most words before any lookup.
func (a *analysis) nameCueAt(k int, c cueKind) bool {
	w := a.word(k)
	return w != "" && a.lx.nameCue[w[0]]&(1<<min(len(w), 15)) != 0 && a.cueAt(k, c)
}

// cueAt reports whether token k as written is a cue of kind c.
func (a *analysis) cueAt(k int, c cueKind) bool { return a.info(k).cueWritten&c != 0 }

// lowerCueAt reports whether token k lower-cased is a cue of kind c.
func (a *analysis) lowerCueAt(k int, c cueKind) bool { return a.info(k).cueLower&c != 0 }
