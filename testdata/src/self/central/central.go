// Package central is a central-policy registry beside the self-policy ones
// of this module: both policies side by side.
package central

// Job is a scheduled job.
//
//registrylint:adapter
type Job interface{ Name() string }

// Register adds a job.
func Register(j Job) {}
