// Package fake holds a sink for tests, excluded by the configuration:
// no rule reports it, not even its registration outside func init().
package fake

import "selfprecise/sinks"

// MockSink records what it is given.
type MockSink struct{ Events []string }

func (*MockSink) Name() string           { return "mock" }
func (m *MockSink) Write(e string) error { m.Events = append(m.Events, e); return nil }

// Install registers a mock sink, for tests of other packages.
func Install() *MockSink {
	m := new(MockSink)
	sinks.Register(m)
	return m
}

// Leak registers a real sink outside func init(): still reported.
func Leak() {
	sinks.Register(other{}) // want `sinks.Register registers a sinks.Sink outside func init\(\) \(policy self\); register adapters in an init\(\) of their own package`
}

type other struct{} // want `adapter other implements sinks.Sink but no init\(\) of its package registers it`

func (other) Name() string       { return "other" }
func (other) Write(string) error { return nil }
