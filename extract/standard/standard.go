package standard

import (
	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/amount"
	"github.com/eventwire/eventwire/extract/date"
	"github.com/eventwire/eventwire/extract/event"
	"github.com/eventwire/eventwire/extract/location"
	"github.com/eventwire/eventwire/extract/official"
)

// Name is the extractor name recorded with every extraction.
const Name = "eventwire-rules"

// Version is the extractor version recorded with every extraction. Bump it
// whenever a rule, lexicon or gazetteer changes what the pipeline returns:
// reextract re-runs every stored article whose version is older.
const Version = 4

// New returns the default pipeline: dates, amounts, locations, then people
// (which see the places found before them), then events.
func New() *extract.Pipeline {
	return extract.NewPipeline(event.New(), date.New(), amount.New(), location.New(), official.New())
}
