package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func stub(use, short string) *cobra.Command {
	return &cobra.Command{Use: use, Short: short, RunE: func(*cobra.Command, []string) error { return errors.New("not implemented yet") }}
}

func newRunCommand(g *globals) *cobra.Command       { return stub("run", "one cron pass") }
func newFeedsCommand(g *globals) *cobra.Command     { return stub("feeds", "manage feeds") }
func newExportCommand(g *globals) *cobra.Command    { return stub("export", "export") }
func newReextractCommand(g *globals) *cobra.Command { return stub("reextract", "reextract") }
func newDemoCommand(g *globals) *cobra.Command      { return stub("demo", "demo") }
func newStatsCommand(g *globals) *cobra.Command     { return stub("stats", "stats") }
