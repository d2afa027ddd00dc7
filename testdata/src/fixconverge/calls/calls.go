// Package calls registers its adapters with register calls; the last
// registration was pasted twice, and two adapters were never registered.
// One -fix run deletes the duplicate and registers both: the insertions
// go after the last registration that no fix deletes, so the fixes do not
// overlap and a second run changes nothing.
package calls

// Sink writes events somewhere.
//
//registrylint:adapter
type Sink interface {
	Name() string
	Write(event string) error
}

// Registry keeps sinks by name.
type Registry struct{ sinks map[string]Sink }

// Register adds s.
//
//registrylint:register
func (r *Registry) Register(s Sink) { r.sinks[s.Name()] = s }

// File writes to a file.
type File struct{}

// NewFile returns a File sink.
func NewFile() *File { return &File{} }

func (*File) Name() string             { return "file" }
func (*File) Write(event string) error { return nil }

// Syslog writes to syslog.
type Syslog struct{}

func (*Syslog) Name() string             { return "syslog" }
func (*Syslog) Write(event string) error { return nil }

// Kafka writes to a topic.
type Kafka struct{}

func (Kafka) Name() string             { return "kafka" }
func (Kafka) Write(event string) error { return nil }

// Stdout writes to standard output.
type Stdout struct{}

func (Stdout) Name() string             { return "stdout" }
func (Stdout) Write(event string) error { return nil }

// Init registers every sink.
//
//registrylint:init
func Init() *Registry { // want `adapter Kafka \(fixconverge/calls/calls.go:\d+\) implements Sink but is not registered in Init; add r.Register\(Kafka\{\}\)` `adapter Stdout \(fixconverge/calls/calls.go:\d+\) implements Sink but is not registered in Init; add r.Register\(Stdout\{\}\)`
	r := &Registry{sinks: make(map[string]Sink)}
	r.Register(NewFile())
	r.Register(&Syslog{})
	r.Register(NewFile()) // want `adapter \*File is already registered in Init \(line \d+\); delete this registration`
	return r
}
