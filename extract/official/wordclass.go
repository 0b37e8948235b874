package official

import (
	"strings"
	"unicode"
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
)

// indexWords builds lx.written and lx.lowered from the tables, once they
// are complete.
func (lx *lexicon) indexWords() {
	lx.written = map[string]wordEntry{}
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
				mark(lx.written, w, t.cls)
			}
		}
	}
	for w, full := range lx.titleAbbr {
		if full != "" {
			mark(lx.written, w, wcTitleAbbr)
		}
	}
	for name := range lx.countries {
		mark(lx.written, name, wcCountry)
		// A country name of several words can start only at its first
		// word: countryAt looks no further from any other.
		if i := strings.IndexFunc(name, unicode.IsSpace); i > 0 {
			mark(lx.written, name[:i], wcCountryStart)
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
	}{{lx.nonName, wcNonName}, {lx.titles, wcTitle}, {lx.modifiers, wcModifier}, {lx.portfolio, wcPortfolio}} {
		for w, ok := range t.set {
			if ok {
				mark(lx.lowered, w, t.cls)
			}
		}
	}
	for w, k := range lx.cues {
		for _, idx := range []map[string]wordEntry{lx.written, lx.lowered} {
			e := idx[w]
			e.cue |= k
			idx[w] = e
		}
	}
	// either serves a word whose lower case is itself: both lookups in one.
	// Only such a word can match, so a key with capitals (most given
	// names and surnames) stays out.
	lx.either = map[string]wordEntry{}
	for _, idx := range []map[string]wordEntry{lx.written, lx.lowered} {
		for w, e := range idx {
			if strings.ToLower(w) == w {
				x := lx.either[w]
				x.cls |= e.cls
				x.cue |= e.cue // the same cues.txt entry in both indexes
				lx.either[w] = x
			}
		}
	}
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
func (a *analysis) info(k int) tokenInfo {
	in := a.infoAt(k)
	if in == nil {
		return tokenInfo{}
	}
	if !in.known {
		word, lw := a.word(k), a.lower[k]
		var w, l wordEntry
		if word == lw {
			w = a.lx.either[word] // most words are lower case: one lookup
			l = w
		} else {
			w, l = a.lx.written[word], a.lx.lowered[lw]
		}
		*in = tokenInfo{cls: w.cls | l.cls, cueWritten: w.cue, cueLower: l.cue, known: true}
		if l.cls&wcTitle != 0 || a.lx.hyphenTitle(lw) {
			in.cls |= wcTitleWord
		}
	}
	return *in
}

// infoAt returns token k's cache entry, or nil outside the text.
func (a *analysis) infoAt(k int) *tokenInfo {
	if k < 0 || k >= len(a.toks) {
		return nil
	}
	if a.infos == nil {
		a.infos = make([]tokenInfo, len(a.toks))
	}
	return &a.infos[k]
}

// is reports whether token k is in any of the tables cls.
func (a *analysis) is(k int, cls wordClass) bool { return a.info(k).cls&cls != 0 }

// cueAt reports whether token k as written is a cue of kind c.
func (a *analysis) cueAt(k int, c cueKind) bool { return a.info(k).cueWritten&c != 0 }

// lowerCueAt reports whether token k lower-cased is a cue of kind c.
func (a *analysis) lowerCueAt(k int, c cueKind) bool { return a.info(k).cueLower&c != 0 }
