package extract

// MarshalReflect gives the external tests the reflective form of a
// mention, the oracle of AppendJSON.
func MarshalReflect(m Mention) ([]byte, error) { return m.marshalReflect() }

// PlainEvent is Event without methods: json.Marshal of it is the
// reflective form, the oracle of Event.AppendJSON.
type PlainEvent Event
