// Package sqlish is a database/sql-style registry: drivers register
// themselves in init().
package sqlish

// Driver is a database driver.
//
//registrylint:adapter policy=self aggregator=self/sqlish/drivers
type Driver interface {
	Name() string
	Open(dsn string) error
}

var drivers = map[string]Driver{}

// Register makes a driver available by name.
func Register(name string, d Driver) { drivers[name] = d }
