// Package transfer copies an eventwire database to another, of the same
// backend or not (bbolt to PostgreSQL, the move "eventwire copy" makes):
// feeds with their ids and polling state, runs, and every article with
// its text, raw page, extraction and retry-queue entry, as stored.
//
// The copy is resumable: articles go over in id order, in batches, each
// committed with a checkpoint in the target, so a copy that stopped starts
// again after the last batch it committed; feeds and runs are imported
// idempotently each time. It does not delete anything in the target, and
// articles stored in the source after a batch went over, with ids before
// the checkpoint, are left out unless the copy is restarted from the
// beginning (Options.Restart).
package transfer
