// Package install registers every service discovery.
package install

import (
	_ "example.com/promlike/discovery/consul" // register consul
	_ "example.com/promlike/discovery/dns"    // register dns
)
