package standard

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/amount"
	"github.com/eventwire/eventwire/extract/date"
	"github.com/eventwire/eventwire/extract/event"
	"github.com/eventwire/eventwire/extract/location"
	"github.com/eventwire/eventwire/extract/official"
	"github.com/eventwire/eventwire/extract/organization"
	"github.com/eventwire/eventwire/extract/text"
)

// Name is the extractor name recorded with every extraction.
const Name = "eventwire-rules"

// Version is the extractor version recorded with every extraction. Bump it
// whenever a rule, lexicon or gazetteer changes what the pipeline returns:
// reextract re-runs every stored article whose version is older. The
// golden-output test (TestGoldenNeedsVersionBump) fails when the golden
// files change while Version stays.
const Version = 5

// Rules returns the fingerprint of the data the rules read: a SHA-256, in
// hex, of every lexicon, table and gazetteer the extractors embed, which the
// build fixes. It is recorded with every extraction beside Version, and
// reextract re-runs what was extracted under another fingerprint, so a
// lexicon edit reaches stored articles even when Version was not bumped.
// (Changes to rules written as code are caught by the golden test instead.)
func Rules() (string, error) {
	h := sha256.New()
	for _, part := range []struct {
		name string
		fp   func(hash.Hash) error
	}{
		{"text", text.Fingerprint},
		{"date", date.Fingerprint},
		{"amount", amount.Fingerprint},
		{"location", location.Fingerprint},
		{"organization", organization.Fingerprint},
		{"official", official.Fingerprint},
		{"event", event.Fingerprint},
	} {
		fmt.Fprintf(h, "[%s]\x00", part.name)
		if err := part.fp(h); err != nil {
			return "", fmt.Errorf("rules fingerprint: %s: %w", part.name, err)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// New returns the default pipeline: dates, amounts, organisations (which
// share the locations' gazetteer), locations (which flag places inside
// organisations' names as embedded), then people (which see the places and
// organisations found before them and link affiliations to them), then
// events.
func New() *extract.Pipeline {
	loc := location.New()
	return extract.NewPipeline(event.New(), date.New(), amount.New(), organization.New(loc), loc, official.New())
}
