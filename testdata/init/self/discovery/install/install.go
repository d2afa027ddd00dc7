// Package install loads every service discovery mechanism; consul was
// forgotten, so its init() never runs.
package install

import (
	_ "example.com/prom/discovery/aws"  // register aws
	_ "example.com/prom/discovery/dns"  // register dns
	_ "example.com/prom/discovery/file" // register file
	_ "example.com/prom/discovery/gce"  // register gce
)
