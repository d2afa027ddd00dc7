package kokoro

import "basic/tts"

type Kokoro struct{}

func New() *Kokoro                 { return &Kokoro{} }
func (*Kokoro) Name() string       { return "kokoro" }
func (*Kokoro) Speak(string) error { return nil }

// Value is registered as a value.
type Value struct{}

func (Value) Name() string       { return "value" }
func (Value) Speak(string) error { return nil }

var _ tts.Adapter = Value{}
