package feed

import (
	"testing"
	"time"
)

func TestBackoff(t *testing.T) {
	tests := []struct {
		name     string
		interval time.Duration
		failures int
		want     time.Duration
	}{
		{"success", 30 * time.Minute, 0, 30 * time.Minute},
		{"one_failure_doubles", 30 * time.Minute, 1, time.Hour},
		{"three_failures", 30 * time.Minute, 3, 4 * time.Hour},
		{"capped", 30 * time.Minute, 10, MaxBackoff},
		{"huge_count_capped", time.Minute, 1 << 30, MaxBackoff},
		{"zero_interval_uses_default", 0, 0, DefaultInterval},
		{"negative_interval_uses_default", -time.Minute, 1, 2 * DefaultInterval},
		{"weekly_feed_never_polled_sooner", 7 * 24 * time.Hour, 2, 7 * 24 * time.Hour},
		{"negative_failures_is_success", time.Hour, -1, time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Backoff(tt.interval, tt.failures); got != tt.want {
				t.Errorf("Backoff(%s, %d) = %s, want %s", tt.interval, tt.failures, got, tt.want)
			}
		})
	}
}

func TestNextPollAndDue(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	if got := NextPoll(now, time.Hour, 2); !got.Equal(now.Add(4 * time.Hour)) {
		t.Errorf("NextPoll(1h, 2 failures) = %s, want +4h", got)
	}
	if got := NextPollAfter(now, time.Hour, 1, 5*time.Hour); !got.Equal(now.Add(5 * time.Hour)) {
		t.Errorf("NextPollAfter(retry 5h) = %s, want +5h", got)
	}
	if got := NextPollAfter(now, time.Hour, 1, time.Minute); !got.Equal(now.Add(2 * time.Hour)) {
		t.Errorf("NextPollAfter(retry 1m) = %s, want the 2h backoff", got)
	}
	tests := []struct {
		name string
		next time.Time
		want bool
	}{
		{"never_polled", time.Time{}, true},
		{"past", now.Add(-time.Second), true},
		{"exactly_now", now, true},
		{"future", now.Add(time.Second), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Due(now, tt.next); got != tt.want {
				t.Errorf("Due(%s, %s) = %v, want %v", now, tt.next, got, tt.want)
			}
		})
	}
}
