package feed

import "time"

// DefaultInterval is the polling interval of a feed that sets none.
const DefaultInterval = time.Hour

// MaxBackoff caps the delay after repeated errors.
const MaxBackoff = 24 * time.Hour

// Backoff is the delay before the next poll: interval after a success
// (failures == 0), else interval doubled per consecutive failure, capped at
// MaxBackoff but never shorter than interval itself. A zero or negative
// interval means DefaultInterval.
func Backoff(interval time.Duration, failures int) time.Duration {
	if interval <= 0 {
		interval = DefaultInterval
	}
	d := interval
	for i := 0; i < failures && d < MaxBackoff; i++ {
		d *= 2
	}
	return max(min(d, MaxBackoff), interval)
}

// NextPoll returns when a feed is due: after interval when the last poll
// succeeded, else after an exponential backoff in the number of consecutive
// failures (see Backoff). A failing feed is never disabled, only slowed.
func NextPoll(now time.Time, interval time.Duration, failures int) time.Time {
	return now.Add(Backoff(interval, failures))
}

// NextPollAfter is NextPoll that also honours a server's Retry-After: the
// feed is not due before now+retryAfter.
func NextPollAfter(now time.Time, interval time.Duration, failures int, retryAfter time.Duration) time.Time {
	return now.Add(max(Backoff(interval, failures), retryAfter))
}

// Due reports whether a feed whose next poll is at next should be polled
// at now. A zero next (never polled) is due.
func Due(now, next time.Time) bool { return !now.Before(next) }
