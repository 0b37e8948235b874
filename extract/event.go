package extract

// Event is one sentence's who / what / when / where / how much. Who, When,
// Where and Amounts are indexes into the article's merged mention list.
type Event struct {
	Type         string        `json:"type"`
	Cameo        *string       `json:"cameo"`
	Trigger      Span          `json:"trigger"`
	Sentence     SentenceRef   `json:"sentence"`
	Who          []int         `json:"who"`
	When         []int         `json:"when"`
	Where        []int         `json:"where"`
	Amounts      []int         `json:"amounts"`
	Participants []Participant `json:"participants"`
	WhenResolved *Resolved     `json:"when_resolved,omitempty"`
	Confidence   float64       `json:"confidence"`
	Rule         string        `json:"rule"`
}

// Span is a piece of the text with byte and code-point offsets.
type Span struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	CStart int    `json:"cstart"`
	CEnd   int    `json:"cend"`
}

// SentenceRef locates an event's sentence (byte offsets).
type SentenceRef struct {
	I     int `json:"i"`
	Start int `json:"start"`
	End   int `json:"end"`
}

// Participant is a mention with its role in an event.
type Participant struct {
	Mention int    `json:"mention"`
	Role    string `json:"role"` // agent, patient, counterpart, ...
}

// Resolved is an event's date resolved to the calendar.
type Resolved struct {
	Value string `json:"value"`
	Range *Range `json:"range,omitempty"`
}
