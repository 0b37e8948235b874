package official

import (
	"sync"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/text"
)

// Extractor finds official and person mentions. The zero value is not
// usable; call New. It is safe for concurrent use.
type Extractor struct {
	once sync.Once
	lx   *lexicon
	// scratch holds *scratch buffers of finished documents.
	scratch sync.Pool
}

// New returns an official extractor. Its tables load on first use.
func New() *Extractor { return &Extractor{} }

// Name implements extract.Extractor.
func (*Extractor) Name() string { return "official" }

func (e *Extractor) lexicon() *lexicon {
	e.once.Do(func() { e.lx = loadLexicon() })
	return e.lx
}

// Extract implements extract.Extractor.
func (e *Extractor) Extract(d *extract.Doc) []extract.Mention {
	if d == nil || d.Text == "" {
		return nil
	}
	s, _ := e.scratch.Get().(*scratch)
	a := newAnalysis(e.lexicon(), d, s)
	a.findNames()
	a.resolve()
	ms := a.mentions()
	s = a.scratch
	a.release(s)
	*a = analysis{} // holds nothing of the document
	if text.KeepScratch(len(d.Text)) {
		e.scratch.Put(s)
	}
	return ms
}
