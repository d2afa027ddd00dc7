//go:build linux

package main

// End-to-end tests of the command under SIGINT and SIGTERM, sent to the
// built binary as a terminal (Ctrl-C) or timeout(1) sends them.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// waitStatus returns how cmd, which has exited, ended.
func waitStatus(cmd *exec.Cmd) syscall.WaitStatus {
	return cmd.ProcessState.Sys().(syscall.WaitStatus)
}

// TestSignalEndsGoList: a run ended by SIGTERM or SIGINT while its go list
// -export compiles ends that go command and its children (in their own
// process group) before it exits, and dies of the signal. The compiler is
// replaced (go -toolexec) by a process that never ends by itself and
// holds a FIFO open: once it is gone, the FIFO reads end-of-file.
func TestSignalEndsGoList(t *testing.T) {
	for _, tc := range []struct {
		sig  syscall.Signal
		args []string
		say  string // stderr
	}{
		{syscall.SIGTERM, []string{"./..."}, ""},
		{syscall.SIGINT, []string{"./..."}, ""},
		{syscall.SIGINT, []string{"-fix", "./..."}, "registrylint: interrupted: -fix wrote no file\n"},
		{syscall.SIGTERM, []string{"list", "./..."}, ""},
	} {
		sig := tc.sig
		t.Run(strings.Join(append([]string{sig.String()}, tc.args...), " "), func(t *testing.T) {
			dir := fixture(t, "clean")
			tmp := t.TempDir()
			fifo := filepath.Join(tmp, "compiling")
			if err := syscall.Mkfifo(fifo, 0o600); err != nil {
				t.Fatal(err)
			}
			// go asks the tools for their version (-V=full) to key the
			// build cache: those calls run the real tool.
			script := filepath.Join(tmp, "toolexec")
			src := "#!/bin/sh\ncase \" $* \" in *\" -V=full \"*) exec \"$@\";; esac\n" +
				"exec 3<>'" + fifo + "'\necho \"$$ $PPID\" >&3\nexec sleep 600\n"
			if err := os.WriteFile(script, []byte(src), 0o755); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(binary, tc.args...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GOWORK=off", "GOPROXY=off", "GOFLAGS=-toolexec="+script)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			opened := make(chan *os.File, 1)
			go func() {
				f, err := os.Open(fifo) // until a compiler opens it
				if err != nil {
					t.Error(err)
				}
				opened <- f
			}()
			var f *os.File
			select {
			case f = <-opened:
			case err := <-exited:
				t.Fatalf("registrylint ended (%v) before compiling:\n%s", err, &stderr)
			}
			if f == nil {
				t.FailNow()
			}
			defer f.Close()
			r := bufio.NewReader(f)
			first, err := r.ReadString('\n')
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if err := <-exited; err == nil {
				t.Errorf("registrylint exited normally after %v, want death by it", sig)
			}
			if ws := waitStatus(cmd); !ws.Signaled() || ws.Signal() != sig {
				t.Errorf("registrylint ended with %v, want death by %v\n%s", ws, sig, &stderr)
			}
			if stderr.String() != tc.say {
				t.Errorf("stderr:\n%s\nwant:\n%s", &stderr, tc.say)
			}
			// Now: end-of-file when every compiler has ended; EAGAIN
			// when one still runs.
			fd := int(f.Fd()) // (Fd makes it blocking: call it once)
			if err := syscall.SetNonblock(fd, true); err != nil {
				t.Fatal(err)
			}
			rest := make([]byte, 1<<16)
			n, err := syscall.Read(fd, rest)
			lines := strings.Fields(first + string(rest[:max(n, 0)]))
			if errors.Is(err, syscall.EAGAIN) || n > 0 {
				t.Errorf("after registrylint ended, its go command still compiles (toolexec pid, go pid: %v)", lines)
				for i, s := range lines {
					if pid, _ := strconv.Atoi(s); pid > 0 {
						if i%2 == 1 {
							_ = syscall.Kill(-pid, syscall.SIGKILL) // go's process group
						}
						_ = syscall.Kill(pid, syscall.SIGKILL)
					}
				}
			}
		})
	}
}

// signalModule writes a module with n registries, one per file, each
// with an adapter that -fix registers in its file.
func signalModule(t *testing.T, n int) (dir string, files map[string]string) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	dir = t.TempDir()
	files = map[string]string{"go.mod": "module example.com/gen\n\ngo 1.24\n"}
	for i := range n {
		files[fmt.Sprintf("p/r%03d.go", i)] = strings.ReplaceAll(`package p

//registrylint:adapter
type Iface@ interface {
	Name() string
	is@()
}

type A@ struct{}

func (A@) Name() string { return "a@" }
func (A@) is@()         {}

type B@ struct{}

func (B@) Name() string { return "b@" }
func (B@) is@()         {}

type Reg@ struct{ all []Iface@ }

func (r *Reg@) Register(a Iface@) { r.all = append(r.all, a) }

//registrylint:init
func Init@() *Reg@ {
	r := &Reg@{}
	r.Register(A@{})
	return r
}
`, "@", fmt.Sprintf("%03d", i))
	}
	writeTree(t, dir, files)
	return dir, files
}

// TestSignalDuringFix: SIGINT while -fix writes its files (sent as soon
// as the first temporary file appears) leaves no temporary file, every
// file either fixed or as it was, and one line naming exactly the files
// written; the process dies of the signal.
func TestSignalDuringFix(t *testing.T) {
	dir, files := signalModule(t, 150)
	pdir := filepath.Join(dir, "p")
	ino, err := syscall.InotifyInit1(syscall.IN_CLOEXEC)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(ino)
	if _, err := syscall.InotifyAddWatch(ino, pdir, syscall.IN_CREATE); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary, "-fix", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOPROXY=off", "GOFLAGS=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	created := make(chan bool, 1)
	go func() {
		buf := make([]byte, 1<<16)
		for {
			n, err := syscall.Read(ino, buf)
			if err != nil {
				created <- false
				return
			}
			for off := 0; off+syscall.SizeofInotifyEvent <= n; {
				ev := (*syscall.InotifyEvent)(unsafe.Pointer(&buf[off]))
				name := string(bytes.TrimRight(buf[off+syscall.SizeofInotifyEvent:off+syscall.SizeofInotifyEvent+int(ev.Len)], "\x00"))
				if strings.Contains(name, ".registrylint-") {
					created <- true
					return
				}
				off += syscall.SizeofInotifyEvent + int(ev.Len)
			}
		}
	}()
	select {
	case <-created:
		if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		if err := <-exited; err == nil {
			t.Error("-fix exited normally after SIGINT, want death by it")
		}
	case err := <-exited:
		t.Fatalf("-fix ended (%v) before writing:\n%s", err, &stderr)
	}
	if ws := waitStatus(cmd); !ws.Signaled() || ws.Signal() != syscall.SIGINT {
		t.Errorf("-fix ended with %v, want death by SIGINT\n%s", ws, &stderr)
	}
	leftovers, _ := filepath.Glob(filepath.Join(pdir, ".*registrylint*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
	var changed []string
	for name, old := range files {
		if name == "go.mod" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		i := name[len("p/r") : len("p/r")+3]
		fixed := strings.Replace(old, "\tr.Register(A"+i+"{})\n", "\tr.Register(A"+i+"{})\n\tr.Register(B"+i+"{})\n", 1)
		switch string(data) {
		case old:
		case fixed:
			changed = append(changed, name)
		default:
			t.Errorf("%s is neither as it was nor fixed:\n%s", name, data)
		}
	}
	slices.Sort(changed)
	m := regexp.MustCompile(`(?m)^registrylint: interrupted: -fix wrote (.*?)(?:; ([0-9]+) other files? left unchanged)?$`).FindStringSubmatch(stderr.String())
	if m == nil {
		t.Fatalf("no line says which files -fix wrote (%d written):\n%s", len(changed), &stderr)
	}
	t.Logf("%.300s", m[0])
	named := []string{}
	if m[1] != "no file" {
		named = strings.Split(m[1], ", ")
	}
	slices.Sort(named)
	if !slices.Equal(named, changed) {
		t.Errorf("the message names %d files as written, %d were:\nnamed %v\nwritten %v", len(named), len(changed), named, changed)
	}
	if left, _ := strconv.Atoi(m[2]); m[2] != "" && left+len(named) != len(files)-1 {
		t.Errorf("written and left do not add up to the %d files:\n%s", len(files)-1, m[0])
	}
}
