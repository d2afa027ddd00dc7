// Package feature carries the feature gates that plugins read.
package feature

// Features are the gates a plugin factory may consult.
type Features struct {
	EnableSchedulingQueueHint bool
}
