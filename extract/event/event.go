package event

import "github.com/eventwire/eventwire/extract"

// Builder builds events. The zero value is not usable; call New.
type Builder struct{}

// New returns an event builder.
func New() *Builder { return &Builder{} }

// Events implements extract.EventBuilder.
func (*Builder) Events(d *extract.Doc) []extract.Event { return nil }
