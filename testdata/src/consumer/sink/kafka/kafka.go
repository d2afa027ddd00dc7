// Package kafka writes records to a kafka topic.
package kafka

// DefaultBroker is where records go when none is configured.
const DefaultBroker = "localhost:9092"

// Writer is the kafka sink.
type Writer struct{ broker string }

func (*Writer) Name() string { return "kafka" }

func (*Writer) Write(p []byte) (int, error) { return len(p), nil }

// New returns the kafka sink.
func New() *Writer { return &Writer{broker: DefaultBroker} }

// conn is the writer's connection: it implements the interface only
// through the Writer it embeds, so it is no adapter of its own.
type conn struct{ *Writer }

var _ = conn{}
