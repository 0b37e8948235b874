package official

import (
	"strings"
	"unicode"
)

// wordClass is a set of the lexicon's word tables, one bit a table. The
// rules ask many tables about the same few tokens; analysis.info answers
// them all from two lookups per token and document (see tokenInfo).
type wordClass uint32

// The word tables, keyed as written (wcGiven to wcCountryStart) or lower
// case (wcNonName to wcPortfolio).
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
	lx.written = map[string]wordClass{}
	lx.lowered = map[string]wordClass{}
	mark := func(idx map[string]wordClass, w string, c wordClass) { idx[w] |= c }
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
	// either serves a word whose lower case is itself: both lookups in one.
	lx.either = make(map[string]wordClass, len(lx.written)+len(lx.lowered))
	for _, idx := range []map[string]wordClass{lx.written, lx.lowered} {
		for w, c := range idx {
			lx.either[w] |= c
		}
	}
}

// tokenInfo is what the tables say of one token of a document, filled on
// first use. The classes come from large tables and the cues from a small
// one, so each is looked up only when a rule asks: most lower-case words
// are asked only for their cues.
type tokenInfo struct {
	cls        wordClass
	cueWritten cueKind // lexicon.cue of the word as written
	cueLower   cueKind // lexicon.cue of the lower-cased word
	clsKnown   bool
	cueKnown   bool
}

// classes returns the word tables that hold token k (none outside the
// text).
func (a *analysis) classes(k int) wordClass {
	in := a.infoAt(k)
	if in == nil {
		return 0
	}
	if !in.clsKnown {
		word, lw := a.word(k), a.lower[k]
		if word == lw {
			in.cls = a.lx.either[word] // most words are lower case: one lookup
		} else {
			in.cls = a.lx.written[word] | a.lx.lowered[lw]
		}
		if in.cls&wcTitle != 0 || a.lx.hyphenTitle(lw) {
			in.cls |= wcTitleWord
		}
		in.clsKnown = true
	}
	return in.cls
}

// cues returns the cue kinds of token k as written and lower-cased.
func (a *analysis) cues(k int) (written, lower cueKind) {
	in := a.infoAt(k)
	if in == nil {
		return 0, 0
	}
	if !in.cueKnown {
		word, lw := a.word(k), a.lower[k]
		in.cueWritten = a.lx.cues[word]
		if word == lw {
			in.cueLower = in.cueWritten
		} else {
			in.cueLower = a.lx.cues[lw]
		}
		in.cueKnown = true
	}
	return in.cueWritten, in.cueLower
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
func (a *analysis) is(k int, cls wordClass) bool { return a.classes(k)&cls != 0 }

// cueAt reports whether token k as written is a cue of kind c.
func (a *analysis) cueAt(k int, c cueKind) bool {
	w, _ := a.cues(k)
	return w&c != 0
}

// lowerCueAt reports whether token k lower-cased is a cue of kind c.
func (a *analysis) lowerCueAt(k int, c cueKind) bool {
	_, l := a.cues(k)
	return l&c != 0
}
