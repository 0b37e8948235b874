package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Mention types.
const (
	TypeDate     = "date"
	TypeAmount   = "amount"
	TypeLocation = "location"
	TypeOfficial = "official"
	TypePerson   = "person"
	// TypeOrganization is a company, government body, party, armed group,
	// club or other organisation named (or referred back to) in the text.
	TypeOrganization = "organization"
)

// Mention is one span of the text that an extractor recognised. Start and End
// are UTF-8 byte offsets into the article text (End exclusive) and Text is
// exactly text[Start:End]. Exactly one of the typed payloads is set, matching
// Type (Person for both "official" and "person", Organization for
// "organization").
type Mention struct {
	Type       string
	Text       string
	Start, End int
	// CStart and CEnd are the same span in Unicode code points; the pipeline
	// fills them.
	CStart, CEnd int
	// Sentence is the 0-based sentence index; the pipeline fills it.
	Sentence   int
	Confidence float64
	Rule       string

	Date         *Date
	Amount       *Amount
	Location     *Location
	Person       *Person
	Organization *Organization
}

// Date is the TIMEX3 payload of a date mention.
type Date struct {
	TimexType string `json:"timex_type"` // DATE, TIME, DURATION, SET
	Value     string `json:"value"`
	Mod       string `json:"mod,omitempty"`
	Range     *Range `json:"range,omitempty"`
	Anchored  bool   `json:"anchored"`
}

// Range is an inclusive calendar span, ISO dates (YYYY-MM-DD). A span of
// clock times on a known day ("1-3 pm Monday") carries ISO date-times
// instead (YYYY-MM-DDThh:mm), from the start clock to the end clock.
type Range struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// Amount kinds.
const (
	KindMoney    = "money"
	KindPercent  = "percent"
	KindQuantity = "quantity"
)

// Amount is the payload of an amount mention.
type Amount struct {
	Kind     string   `json:"kind"`
	Value    float64  `json:"value"`
	Currency string   `json:"currency,omitempty"`
	Unit     string   `json:"unit,omitempty"`
	Approx   bool     `json:"approx,omitempty"`
	Min      *float64 `json:"min,omitempty"`
	Max      *float64 `json:"max,omitempty"`
	// EquivalentOf is the index of the mention this one restates in another
	// currency. An extractor sets it as an index into the slice it returns;
	// the pipeline renumbers it into the article's merged mention list.
	EquivalentOf *int `json:"equivalent_of,omitempty"`
}

// Location is the payload of a location mention.
type Location struct {
	Name      string `json:"name"`
	Kind      string `json:"kind"` // country, admin1, admin2, city, island, region, continent, water, street, road, facility, ...
	Country   string `json:"country,omitempty"`
	Admin1    string `json:"admin1,omitempty"`
	GeonameID int    `json:"geonameid,omitempty"`
	// Lat and Lon are nil when the place has no point: streets, roads and
	// facilities the gazetteer does not hold are found, never placed.
	Lat      *float64 `json:"lat,omitempty"`
	Lon      *float64 `json:"lon,omitempty"`
	Demonym  bool     `json:"demonym,omitempty"`
	Dateline bool     `json:"dateline,omitempty"`
	// Embedded: the place is part of an organisation's name ("Tulsa" in
	// "the Tulsa Police Department"); the organisation is its own mention.
	Embedded bool `json:"embedded,omitempty"`
}

// Point returns lat and lon as the pointers Location holds.
func Point(lat, lon float64) (*float64, *float64) { return &lat, &lon }

// Person is the payload of an official or person mention. The mention's span
// is the name alone.
type Person struct {
	Name        string  `json:"name"`
	Entity      int     `json:"entity"`
	Title       string  `json:"title,omitempty"`
	TitleSpan   *[2]int `json:"title_span,omitempty"`
	Affiliation string  `json:"affiliation,omitempty"`
	Country     string  `json:"country,omitempty"`
	// AffiliationMention is the index of the organisation mention that the
	// affiliation names, when there is one. The official extractor sets it
	// as an index into the Doc.Mentions it was given (the mentions of the
	// extractors before it); the pipeline renumbers it into the article's
	// merged mention list.
	AffiliationMention *int `json:"affiliation_mention,omitempty"`
}

// Organization kinds.
const (
	OrgGovernment    = "government"
	OrgAgency        = "agency"
	OrgMinistry      = "ministry"
	OrgPolice        = "police"
	OrgMilitary      = "military"
	OrgCourt         = "court"
	OrgLegislature   = "legislature"
	OrgParty         = "party"
	OrgCompany       = "company"
	OrgBank          = "bank"
	OrgInternational = "international"
	OrgNGO           = "ngo"
	OrgMedia         = "media"
	OrgUniversity    = "university"
	OrgSports        = "sports"
	OrgArmedGroup    = "armed_group"
	OrgOther         = "other"
)

// Organization is the payload of an organization mention. The mention's
// span is the name as written ("the FDA" spans "FDA"; "the agency", an
// anaphor, spans "agency").
type Organization struct {
	// Name is the canonical name: the list's name for a known body, the
	// long form of an acronym defined in the article, else the name as
	// written with spacing normalized.
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	Country string `json:"country,omitempty"`
	Acronym string `json:"acronym,omitempty"`
	// Entity is shared by all mentions of one organisation in the article.
	Entity int `json:"entity"`
}

// mentionHead is the part of the JSON form that every mention has.
type mentionHead struct {
	Type       string  `json:"type"`
	Text       string  `json:"text"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	CStart     int     `json:"cstart"`
	CEnd       int     `json:"cend"`
	Sentence   int     `json:"sentence"`
	Confidence float64 `json:"confidence"`
	Rule       string  `json:"rule"`
}

// The flat JSON forms, one per payload: the common fields, then the
// payload's, in one object. An embedded nil pointer adds no field.
type (
	dateJSON struct {
		mentionHead
		*Date
	}
	amountJSON struct {
		mentionHead
		*Amount
	}
	locationJSON struct {
		mentionHead
		*Location
	}
	personJSON struct {
		mentionHead
		*Person
	}
	organizationJSON struct {
		mentionHead
		*Organization
	}
)

// MarshalJSON writes the flat form of DESIGN.md: the common fields, then the
// payload's fields in the same object.
func (m Mention) MarshalJSON() ([]byte, error) {
	if b, err := m.AppendJSON(nil); err == nil {
		return b, nil
	}
	return m.marshalReflect()
}

// UnmarshalJSON reads the flat form back, choosing the payload by type.
func (m *Mention) UnmarshalJSON(b []byte) error {
	var h mentionHead
	if err := json.Unmarshal(b, &h); err != nil {
		return err
	}
	*m = Mention{Type: h.Type, Text: h.Text, Start: h.Start, End: h.End, CStart: h.CStart, CEnd: h.CEnd,
		Sentence: h.Sentence, Confidence: h.Confidence, Rule: h.Rule}
	var p any
	switch h.Type {
	case TypeDate:
		m.Date = &Date{}
		p = m.Date
	case TypeAmount:
		m.Amount = &Amount{}
		p = m.Amount
	case TypeLocation:
		m.Location = &Location{}
		p = m.Location
	case TypeOfficial, TypePerson:
		m.Person = &Person{}
		p = m.Person
	case TypeOrganization:
		m.Organization = &Organization{}
		p = m.Organization
	default:
		return fmt.Errorf("mention: unknown type %q", h.Type)
	}
	if bytes.Equal(bytes.TrimSpace(b), []byte("{}")) {
		return nil
	}
	return json.Unmarshal(b, p)
}
