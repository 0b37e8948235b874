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
	ID              string        `json:"id"`
	URL             string        `json:"url"`
	CanonicalURL    string        `json:"canonical_url"`
	Feed            FeedRef       `json:"feed"`
	Title           string        `json:"title"`
	Byline          string        `json:"byline"`
	Published       time.Time     `json:"published,omitzero"`
	PublishedSource string        `json:"published_source,omitempty"`
	Modified        time.Time     `json:"modified,omitzero"`
	FetchedAt       time.Time     `json:"fetched_at"`
	HTTP            HTTPInfo      `json:"http"`
	Lang            string        `json:"lang,omitempty"`
	Dateline        *DatelineInfo `json:"dateline,omitempty"`
	PageSHA256      string        `json:"page_sha256,omitempty"`
	TextSHA256      string        `json:"text_sha256"`
	DuplicateOf     string        `json:"duplicate_of,omitempty"`
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

// SortTime is the time an article sorts and filters by: its publication
// time, else when it was fetched.
func (a *Article) SortTime() time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	return a.FetchedAt
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
	Stopped          string    `json:"stopped,omitempty"` // why the run ended early, if it did
}
