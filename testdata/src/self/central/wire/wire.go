package wire

import (
	"self/central"
	"self/central/job"
)

// Jobs registers every job.
//
//registrylint:init
func Jobs() { // want `adapter job.Vacuum \(self/central/job/job.go:9\) implements central.Job but is not registered in Jobs; add central.Register\(job.Vacuum\{\}\)`
	central.Register(job.Backup{})
}
