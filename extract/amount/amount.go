package amount

import "github.com/eventwire/eventwire/extract"

// Extractor finds amount mentions. The zero value is not usable; call New.
type Extractor struct{}

// New returns a amount extractor.
func New() *Extractor { return &Extractor{} }

// Name implements extract.Extractor.
func (*Extractor) Name() string { return "amount" }

// Extract implements extract.Extractor.
func (*Extractor) Extract(d *extract.Doc) []extract.Mention { return nil }
