package job

import "self/central"

type Backup struct{}

func (Backup) Name() string { return "backup" }

type Vacuum struct{}

func (Vacuum) Name() string { return "vacuum" }

// init self-registration is wrong under the central policy.
func init() {
	central.Register(Vacuum{}) // want `central.Register registers a central.Job outside its init function \(self-registration in func init\(\)\); move the registration into the registry's init function`
}
