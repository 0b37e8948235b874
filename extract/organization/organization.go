package organization

import (
	"fmt"
	"sync"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/location"
	"github.com/eventwire/eventwire/extract/text"
)

// GazetteerSource gives the place gazetteer the rules consult; a
// *location.Extractor is one, so that a pipeline loads the gazetteer once.
type GazetteerSource interface {
	Gazetteer() (*location.Gazetteer, time.Duration, error)
}

// Extractor finds organization mentions. The zero value is not usable;
// call New. It is safe for concurrent use; its tables load on first use.
type Extractor struct {
	places GazetteerSource
	once   sync.Once
	lx     *lexicon
	g      *location.Gazetteer
	err    error
	// scratch holds *analysis values between documents: their buffers
	// (tokens, flags, candidates, caches) serve the next one.
	scratch sync.Pool
}

// New returns an organisation extractor. places gives the gazetteer; nil
// loads one of its own on first use.
func New(places GazetteerSource) *Extractor { return &Extractor{places: places} }

// Name implements extract.Extractor.
func (*Extractor) Name() string { return "organization" }

// load reads the tables once.
func (x *Extractor) load() (*lexicon, *location.Gazetteer, error) {
	x.once.Do(func() {
		x.lx, x.err = loadLexicon()
		if x.err != nil {
			x.err = fmt.Errorf("organization: %w", x.err)
			return
		}
		if x.places != nil {
			x.g, _, x.err = x.places.Gazetteer()
		} else {
			x.g, x.err = location.Load()
		}
		if x.err != nil {
			x.err = fmt.Errorf("organization: %w", x.err)
			return
		}
		x.lx.indexPlaces(x.g)
	})
	return x.lx, x.g, x.err
}

// Extract implements extract.Extractor. It returns nil when the embedded
// tables cannot be read, which the package tests rule out.
func (x *Extractor) Extract(d *extract.Doc) []extract.Mention {
	if d == nil || d.Text == "" {
		return nil
	}
	lx, g, err := x.load()
	if err != nil {
		return nil
	}
	a, _ := x.scratch.Get().(*analysis)
	if a == nil {
		a = &analysis{}
	}
	a.reset(lx, g, d)
	ms := a.run()
	if text.KeepScratch(len(d.Text)) {
		x.scratch.Put(a)
	}
	return ms
}

// run applies the rules in order to the document a was reset for, and
// releases it.
func (a *analysis) run() []extract.Mention {
	a.findNames()
	a.findAcronyms()
	a.findSports()
	a.findByContext()
	a.findBareAcronyms()
	a.propagate()
	a.findNominals()
	ms := a.mentions()
	a.release()
	return ms
}
