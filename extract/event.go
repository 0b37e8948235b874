package extract

// Event is one sentence's who / what / when / where / how much. Who, When,
// Where and Amounts are indexes into the article's merged mention list.
//
// Beside the indexes, an event carries flat, self-contained fields in the
// manner of GDELT (CameoRoot, QuadClass, Actor1, Actor2, ActionGeo), so that
// an events file can be read without the mentions, and how the sentence
// presents it (Negated, Modality, Quoted), so that a researcher can keep
// only what the text asserts.
type Event struct {
	Type string `json:"type"`
	// Cameo is the full CAMEO code ("042", "1823") where the reading is
	// clean, else nil; CameoRoot its first two digits; QuadClass the CAMEO
	// quad class of the root (1 verbal cooperation, 2 material
	// cooperation, 3 verbal conflict, 4 material conflict), 0 without a
	// code.
	Cameo        *string       `json:"cameo"`
	CameoRoot    *string       `json:"cameo_root"`
	QuadClass    int           `json:"quad_class"`
	Trigger      Span          `json:"trigger"`
	Sentence     SentenceRef   `json:"sentence"`
	Who          []int         `json:"who"`
	When         []int         `json:"when"`
	Where        []int         `json:"where"`
	Amounts      []int         `json:"amounts"`
	Participants []Participant `json:"participants"`
	WhenResolved *Resolved     `json:"when_resolved,omitempty"`
	// Negated is true when the sentence says the event did not (or will
	// not) happen: "did not sign", "refused to meet", "no talks were held".
	Negated bool `json:"negated"`
	// Modality is how the sentence presents the event: asserted, future
	// (will, plans to, agreed to), possible (may, could, threatened to),
	// conditional (if, would), habitual (usually, every year) or hoped
	// (hopes to, urged ... to, called for).
	// Events stored by an extractor older than version 4 have none, and
	// export leaves the field out for them.
	Modality string `json:"modality,omitempty"`
	// Quoted is true when the trigger stands inside quotation marks.
	Quoted    bool   `json:"quoted"`
	Actor1    *Actor `json:"actor1"`
	Actor2    *Actor `json:"actor2"`
	ActionGeo *Geo   `json:"action_geo"`
	// Confidence is 0..1; Rule names the rule that found the trigger.
	Confidence float64 `json:"confidence"`
	Rule       string  `json:"rule"`
}

// Modalities of an event.
const (
	ModalityAsserted    = "asserted"
	ModalityFuture      = "future"
	ModalityPossible    = "possible"
	ModalityConditional = "conditional"
	ModalityHabitual    = "habitual"
	ModalityHoped       = "hoped"
)

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

// Participant is a mention with its role in an event. When the sentence
// names the actor by a pronoun or a description ("he", "the agency"),
// Mention is the earlier mention it resolves to and Span holds the words
// that stood in the sentence.
type Participant struct {
	Mention int    `json:"mention"`
	Role    string `json:"role"` // agent, patient, counterpart
	Span    *Span  `json:"span,omitempty"`
}

// Actor is an event's actor in flat form: Actor1 is the first agent,
// Actor2 the first patient or counterpart.
type Actor struct {
	Name string `json:"name"`
	// Kind is "person", an organisation kind ("police", "ministry",
	// "company", ... or "organization" when unknown), or a place kind
	// ("country", "city", "admin1", ...).
	Kind    string `json:"kind"`
	Country string `json:"country,omitempty"`
	Mention int    `json:"mention"`
}

// Geo is where an event happened in flat form. Source is "sentence" when a
// place of the event's sentence gives it, "dateline" when the story's
// dateline does (the event's Where list then stays empty).
type Geo struct {
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	// Lat and Lon are nil when the place has no point (a street, a
	// facility), as on its location mention.
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
	Mention int      `json:"mention"`
	Source  string   `json:"source"`
}

// Resolved is an event's date resolved to the calendar.
type Resolved struct {
	Value string `json:"value"`
	Range *Range `json:"range,omitempty"`
}
