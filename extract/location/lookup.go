package location

import "strings"

// This file answers other extractors' questions about single names without
// running the matcher: extract/organization asks whether a word is a place
// (a club named after its town, the country of "Bank of Japan"), a common
// English word or a given name.

// Reading is the context-free best reading of a name.
type Reading struct {
	// Kind, Country, Admin1 and Pop are the best reading's.
	Kind, Country, Admin1 string
	Pop                   int32
	// Demonym: the name is the place's adjective ("French").
	Demonym bool
	// AnyCountry: some reading of the name is a country (not through a
	// demonym).
	AnyCountry bool
	// Senses counts the readings.
	Senses int
}

// Best returns the context-free best reading of name, normalized as the
// matcher normalizes text; ok is false when no place has that name.
func (g *Gazetteer) Best(name string) (r Reading, ok bool) {
	e := g.named(name)
	if e == nil {
		return Reading{}, false
	}
	return g.reading(e)
}

// named returns the entry of name, normalized as the matcher normalizes
// text, or nil. The key is on the stack: other extractors ask about many
// of a document's capitalised words, and a key and its cuts allocated per
// question were a fifth of the whole pipeline's allocations.
func (g *Gazetteer) named(name string) *entry {
	var kb [64]byte
	key, plain := appendPlainKey(kb[:0], name)
	if !plain {
		var cb [8]int
		key, _ = appendNormalized(kb[:0], cb[:0], name)
	}
	if i := g.keys.find(key); i >= 0 {
		return &g.entries[i]
	}
	return nil
}

// reading returns e's context-free best reading.
func (g *Gazetteer) reading(e *entry) (Reading, bool) {
	if len(e.senses) == 0 {
		return Reading{}, false
	}
	s := e.senses[e.top]
	p := &g.places[s.place]
	return Reading{Kind: p.Kind, Country: p.Country, Admin1: p.Admin1, Pop: p.Pop, Demonym: s.demonym,
		AnyCountry: e.kinds&kindCountry != 0, Senses: len(e.senses)}, true
}

// CommonWord reports whether w, in lower case, is a common English word.
func (g *Gazetteer) CommonWord(w string) bool { return g.common[strings.ToLower(w)] }

// GivenName reports whether w is an English given name.
func (g *Gazetteer) GivenName(w string) bool { return g.given[strings.ToLower(w)] }
