package article

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"unicode"

	"github.com/eventwire/eventwire/ingest/canon"
	"github.com/eventwire/eventwire/store"
)

// The duplicate policy. An article is the same as a stored one when it has
// the same canonical URL, or the same GUID in the same feed: such an item
// is not fetched again (Known), and a page whose canonical URL is stored
// is not stored again (FromPage returns ErrKnown). A stored article read
// again (Refresh) keeps its id; when its page now names another stored
// article as canonical, it becomes that one's copy. A syndicated copy, the
// same text under another URL, is stored and marked (duplicate_of), never
// dropped; texts are compared by the hash of their words (white space
// folded), and only texts of at least MinDedupText characters: an empty
// page or a one-line teaser says too little to call two articles the same
// story. The store keeps the content index consistent and atomic within
// its write (store.ArticleWrite.CompareText).

// MinDedupText is the shortest text, in characters other than white
// space, that is compared with other articles' texts.
const MinDedupText = 120

// Known is the id of the stored article an item is, by the canonical URL
// of its link or by its GUID in the feed; "" when it is new.
func (s *Stage) Known(it *Item) (string, error) {
	return s.st.Seen(canon.Clean(it.Link), it.Feed.ID, it.Ref.GUID)
}

// pageKnown reports a new article whose page declares, as canonical,
// another URL than its link's, under which an article is stored. A
// failed lookup counts as not known: the write then replaces nothing
// but the same article.
func (s *Stage) pageKnown(canonicalPage string, it *Item) bool {
	if canonicalPage == canon.Clean(it.Link) {
		return false
	}
	id, err := s.st.Seen(canonicalPage, "", "")
	return err == nil && id != ""
}

// copyOfPage makes an article read again a copy of the stored article
// its page now names as canonical; it keeps its id and old canonical URL.
func (s *Stage) copyOfPage(a *store.Article, oldCanonical string) {
	if a.CanonicalURL == oldCanonical {
		return
	}
	if id, err := s.st.Seen(a.CanonicalURL, "", ""); err == nil && id != "" && id != a.ID {
		a.CanonicalURL, a.DuplicateOf = oldCanonical, id
	}
}

// worthComparing reports a text long enough to be compared with others.
func worthComparing(text string) bool {
	n := 0
	for _, r := range text {
		if !unicode.IsSpace(r) {
			if n++; n >= MinDedupText {
				return true
			}
		}
	}
	return false
}

// textHash is the hex SHA-256 of a text's words, white space folded, so
// that the same story laid out by two sites hashes the same.
func textHash(text string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(text), " ")))
	return hex.EncodeToString(sum[:])
}

func isNotFound(err error) bool { return errors.Is(err, store.ErrNotFound) }
