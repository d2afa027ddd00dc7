package backend

// MockBackend is a test double kept in a non-test file, as OpenTofu does.
type MockBackend struct{}

func (MockBackend) Configure(map[string]string) error { return nil }
func (MockBackend) State(string) ([]byte, error)      { return nil, nil }
