package official

import "github.com/eventwire/eventwire/extract"

// Extractor finds official mentions. The zero value is not usable; call New.
type Extractor struct{}

// New returns a official extractor.
func New() *Extractor { return &Extractor{} }

// Name implements extract.Extractor.
func (*Extractor) Name() string { return "official" }

// Extract implements extract.Extractor.
func (*Extractor) Extract(d *extract.Doc) []extract.Mention { return nil }
