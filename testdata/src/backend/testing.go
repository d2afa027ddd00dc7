package backend

import (
	"bytes"
	"context"
	"io"
	"os"
	"sync"
)

// MockBackend keeps blobs in memory. It lives in a non-test file so that the
// tests of other packages can use it; it is never registered.
type MockBackend struct {
	mu    sync.Mutex
	blobs map[string][]byte
}

// NewMockBackend returns an empty MockBackend.
func NewMockBackend() *MockBackend { return &MockBackend{blobs: make(map[string][]byte)} }

func (m *MockBackend) Save(_ context.Context, name string, rd io.Reader) error {
	buf, err := io.ReadAll(rd)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.blobs[name] = buf
	return nil
}

func (m *MockBackend) Load(_ context.Context, name string) (io.ReadCloser, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	buf, ok := m.blobs[name]
	if !ok {
		return nil, os.ErrNotExist
	}
	return io.NopCloser(bytes.NewReader(buf)), nil
}

func (m *MockBackend) Remove(_ context.Context, name string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.blobs, name)
	return nil
}

func (m *MockBackend) Close() error { return nil }
