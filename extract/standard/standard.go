package standard

import (
	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/amount"
	"github.com/eventwire/eventwire/extract/date"
	"github.com/eventwire/eventwire/extract/event"
	"github.com/eventwire/eventwire/extract/location"
	"github.com/eventwire/eventwire/extract/official"
	"github.com/eventwire/eventwire/extract/organization"
)

// Name is the extractor name recorded with every extraction.
const Name = "eventwire-rules"

// Version is the extractor version recorded with every extraction. Bump it
// whenever a rule, lexicon or gazetteer changes what the pipeline returns:
// reextract re-runs every stored article whose version is older.
const Version = 4

// New returns the default pipeline: dates, amounts, organisations (which
// share the locations' gazetteer), locations (which flag places inside
// organisations' names as embedded), then people (which see the places and
// organisations found before them and link affiliations to them), then
// events.
func New() *extract.Pipeline {
	loc := location.New()
	return extract.NewPipeline(event.New(), date.New(), amount.New(), organization.New(loc), loc, official.New())
}
