package store

import (
	"time"

	"github.com/eventwire/eventwire/extract"
)

// Feed is one subscribed feed and its polling state.
type Feed struct {
	ID       string        `json:"id"`
	URL      string        `json:"url"`
	Name     string        `json:"name,omitempty"`
	Interval time.Duration `json:"interval"`
	Selector string        `json:"selector,omitempty"`
	Added    time.Time     `json:"added"`

	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	LastPoll     time.Time `json:"last_poll,omitzero"`
	LastSuccess  time.Time `json:"last_success,omitzero"`
	NextPoll     time.Time `json:"next_poll,omitzero"`

	ErrorCount  int       `json:"error_count,omitempty"`
	ErrorClass  string    `json:"error_class,omitempty"`
	LastError   string    `json:"last_error,omitempty"`
	LastErrorAt time.Time `json:"last_error_at,omitzero"`

	// RedirectTarget and RedirectCount track consecutive permanent
	// redirects; the URL moves after a few, and URLHistory keeps the old ones.
	RedirectTarget string   `json:"redirect_target,omitempty"`
	RedirectCount  int      `json:"redirect_count,omitempty"`
	URLHistory     []string `json:"url_history,omitempty"`
}

// FeedRef says which feed item an article came from.
type FeedRef struct {
	ID            string    `json:"id"`
	URL           string    `json:"url"`
	GUID          string    `json:"guid,omitempty"`
	ItemPublished time.Time `json:"item_published,omitzero"`
	// ItemDateUnparsed is the item's date as the feed wrote it when it
	// could not be read ("July").
	ItemDateUnparsed string `json:"item_date_unparsed,omitempty"`
	// ItemTitle and ItemSummary are what the feed said about the story:
	// its title and its description or summary, as plain text.
	ItemTitle   string `json:"item_title,omitempty"`
	ItemSummary string `json:"item_summary,omitempty"`
}

// HTTPInfo records how the page was fetched.
type HTTPInfo struct {
	Status        int    `json:"status,omitempty"`
	ETag          string `json:"etag,omitempty"`
	LastModified  string `json:"last_modified,omitempty"`
	ContentType   string `json:"content_type,omitempty"`
	Charset       string `json:"charset,omitempty"`
	CharsetSource string `json:"charset_source,omitempty"`
}

// DatelineInfo is the parsed dateline of the story.
type DatelineInfo struct {
	Place  string `json:"place,omitempty"`
	Agency string `json:"agency,omitempty"`
}

// ExtractorInfo names the rules that produced an extraction.
type ExtractorInfo struct {
	Name    string `json:"name"`
	Version int    `json:"version"`
	Rules   string `json:"rules,omitempty"`
}

// Article is one stored story. Its JSON form is the body of the export's
// article record.
type Article struct {
	ID           string  `json:"id"`
	URL          string  `json:"url"`
	CanonicalURL string  `json:"canonical_url"`
	Feed         FeedRef `json:"feed"`
	Title        string  `json:"title"`
	Byline       string  `json:"byline"`
	// Published is in UTC; PublishedOffset keeps the zone offset the
	// source wrote ("+09:00"), when it wrote one.
	Published       time.Time `json:"published,omitzero"`
	PublishedOffset string    `json:"published_offset,omitempty"`
	PublishedSource string    `json:"published_source,omitempty"`
	Modified        time.Time `json:"modified,omitzero"`
	FetchedAt       time.Time `json:"fetched_at"`
	HTTP            HTTPInfo  `json:"http"`
	Lang            string    `json:"lang,omitempty"`
	// LangSource says where Lang came from: "text" (detected), "page"
	// (the page's markup) or "feed".
	LangSource  string        `json:"lang_source,omitempty"`
	Dateline    *DatelineInfo `json:"dateline,omitempty"`
	PageSHA256  string        `json:"page_sha256,omitempty"`
	TextSHA256  string        `json:"text_sha256"`
	DuplicateOf string        `json:"duplicate_of,omitempty"`
	// TextSource is "page", or "feed" when the page could not be fetched
	// and the feed's own text stands in; FetchError then says why.
	TextSource string `json:"text_source"`
	FetchError string `json:"fetch_error,omitempty"`
	// Truncated says Text is the first part of a longer text: the stored
	// and extracted text is capped (1 MiB, and what gives 10,000 mentions).
	Truncated bool          `json:"truncated,omitempty"`
	StripPath string        `json:"strip_path,omitempty"`
	Extractor ExtractorInfo `json:"extractor"`
	Text      string        `json:"text"`
}

// PublishedFetched is the published_source of an article whose page,
// feed item and dateline gave no time: Published is then its fetch time.
const PublishedFetched = "fetched_at"

// SortTime is the time an article sorts and filters by: its publication
// time, else when it was fetched.
func (a *Article) SortTime() time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	return a.FetchedAt
}

// Undated reports an article with no publication time of its own, whose
// SortTime is when it was fetched.
func (a *Article) Undated() bool {
	return a.Published.IsZero() || a.PublishedSource == PublishedFetched
}

// SetPublished sets Published in UTC and keeps the offset t was written
// with; zoneKnown false (a zone-less time read as UTC) keeps no offset.
func (a *Article) SetPublished(t time.Time, source string, zoneKnown bool) {
	a.Published, a.PublishedSource, a.PublishedOffset = t.UTC(), source, ""
	if zoneKnown && !t.IsZero() {
		a.PublishedOffset = t.Format("-07:00")
	}
}

// Normalize puts the times of an article stored by an older eventwire
// in UTC, keeping the publication time's offset beside it.
func (a *Article) Normalize() {
	if !a.Published.IsZero() && a.Published.Location() != time.UTC && a.PublishedOffset == "" {
		a.SetPublished(a.Published, a.PublishedSource, true)
	}
	a.Published = utc(a.Published)
	a.Modified = utc(a.Modified)
	a.FetchedAt = utc(a.FetchedAt)
	a.Feed.ItemPublished = utc(a.Feed.ItemPublished)
}

func utc(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.UTC()
}

// PublishedLocal is Published in the offset its source wrote, for
// anchoring relative dates on the writer's calendar day.
func (a *Article) PublishedLocal() time.Time {
	if a.PublishedOffset == "" || a.Published.IsZero() {
		return a.Published
	}
	if z, err := time.Parse("-07:00", a.PublishedOffset); err == nil {
		_, off := z.Zone()
		return a.Published.In(time.FixedZone("", off))
	}
	return a.Published
}

// Retry is an article whose page could not be fetched, queued for
// another try on a later run.
type Retry struct {
	ID        string    `json:"id"` // the article's
	URL       string    `json:"url"`
	Host      string    `json:"host"`
	Attempts  int       `json:"attempts"`
	NextTry   time.Time `json:"next_try"`
	LastError string    `json:"last_error"`
	// GaveUp is set after the last attempt; the entry stays to be counted.
	GaveUp bool `json:"gave_up,omitempty"`
}

// Extraction is the extractor output for one article.
type Extraction struct {
	Extractor   ExtractorInfo     `json:"extractor"`
	ExtractedAt time.Time         `json:"extracted_at"`
	Mentions    []extract.Mention `json:"mentions"`
	Events      []extract.Event   `json:"events"`
}

// Run is the summary of one "eventwire run".
type Run struct {
	Started          time.Time `json:"started"`
	Finished         time.Time `json:"finished"`
	FeedsPolled      int       `json:"feeds_polled"`
	FeedsNotModified int       `json:"feeds_not_modified"`
	FeedsFailed      int       `json:"feeds_failed"`
	ArticlesNew      int       `json:"articles_new"`
	ArticlesDup      int       `json:"articles_duplicate"`
	ArticlesFailed   int       `json:"articles_failed"`
	// PagesRetried counts queued pages fetched in this run;
	// RetriesFailed those that failed again.
	PagesRetried  int    `json:"pages_retried,omitempty"`
	RetriesFailed int    `json:"retries_failed,omitempty"`
	Stopped       string `json:"stopped,omitempty"` // why the run ended early, if it did
}
