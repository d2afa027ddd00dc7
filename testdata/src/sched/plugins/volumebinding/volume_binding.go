// Package volumebinding binds a pod's claims to volumes.
package volumebinding

import (
	"fmt"
	"strconv"
	"time"

	"sched/framework"
)

// Name is the name of the plugin used in the plugin registry and
// configurations.
const Name = "VolumeBinding"

// VolumeBinding is a plugin that binds pod volumes in scheduling.
type VolumeBinding struct {
	bindTimeout time.Duration
}

// Name returns the name of the plugin.
func (pl *VolumeBinding) Name() string { return Name }

func parseTimeout(args string) (time.Duration, error) {
	if args == "" {
		return 600 * time.Second, nil
	}
	secs, err := strconv.Atoi(args)
	if err != nil {
		return 0, fmt.Errorf("bindTimeoutSeconds: %w", err)
	}
	return time.Duration(secs) * time.Second, nil
}

// New initializes a new plugin and returns it.
func New(args string) (framework.Plugin, error) {
	timeout, err := parseTimeout(args)
	if err != nil {
		return nil, err
	}
	pl := &VolumeBinding{bindTimeout: timeout}
	return pl, nil
}
