package driver

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"
)

// An interrupt ends the process on SIGINT or SIGTERM without leaving work
// half done. A run holds mu while its go command runs and while -fix or
// -write-baseline writes files; on a signal, ctx is cancelled, which
// interrupts the go command and then kills its process group (it runs in
// one of its own, which a signal to this process does not reach), and
// stops -fix before its next file. Once mu is free, the process says what
// -fix wrote and dies of the signal, as it would have without handling it.
type interrupt struct {
	ctx context.Context
	mu  sync.Mutex

	// Guarded by mu.
	name    string   // command name, for the message
	fixing  bool     // the run is a -fix run
	written []string // files -fix wrote
	left    int      // files -fix then left unchanged
}

// signals is the process's interrupt, once CatchSignals has run; nil in
// runs that tests start in-process, which signals do not concern.
var signals struct {
	once sync.Once
	in   *interrupt
}

// CatchSignals makes SIGINT and SIGTERM end the process cleanly during
// the runs of [Driver.Run] and [Driver.Analyze] that follow: a go command
// they started is ended with its children before the process exits, a
// file being written is finished (never left half written or as a
// temporary file), and -fix says which files it wrote. [Driver.Main]
// calls it; a command that runs Driver.Analyze calls it first.
func CatchSignals() {
	signals.once.Do(func() {
		ctx, cancel := context.WithCancel(context.Background())
		in := &interrupt{ctx: ctx}
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
		go func() {
			sig := <-ch
			cancel()
			in.mu.Lock() // never unlocked: the process ends
			if in.fixing {
				fmt.Fprintf(os.Stderr, "%s: %s\n", in.name, in.fixReport())
			}
			die(sig)
		}()
		signals.in = in
	})
}

// die ends the process by sig, so that its parent (a shell, timeout, CI)
// sees what ended it; exit code 2 where a process cannot signal itself.
func die(sig os.Signal) {
	signal.Reset(os.Interrupt, syscall.SIGTERM)
	if p, err := os.FindProcess(os.Getpid()); err == nil && p.Signal(sig) == nil {
		time.Sleep(time.Second) // the signal ends the process meanwhile
	}
	os.Exit(ExitError)
}

// fixReport says what an interrupted -fix wrote: every file, which the
// user may want to review or revert, and the number of files it did not
// get to.
func (in *interrupt) fixReport() string {
	if len(in.written) == 0 {
		return "interrupted: -fix wrote no file"
	}
	s := "interrupted: -fix wrote " + strings.Join(in.written, ", ")
	if in.left > 0 {
		s += fmt.Sprintf("; %d other %s left unchanged", in.left, plural(in.left, "file", "files"))
	}
	return s
}

// context returns the context of r's go commands: cancelled on SIGINT
// or SIGTERM once CatchSignals has run.
func (r *runner) context() context.Context {
	if in := signals.in; in != nil {
		return in.ctx
	}
	return context.Background()
}

// critical runs f, which must end soon once r.context() is cancelled,
// without the process being ended by a signal meanwhile. When a signal
// came, it does not return: the process ends.
func (r *runner) critical(f func()) {
	in := signals.in
	if in == nil {
		f()
		return
	}
	in.mu.Lock()
	f()
	interrupted := in.ctx.Err() != nil
	in.mu.Unlock()
	if interrupted {
		select {} // the signal handler ends the process
	}
}

// fixing records, for the message of an interrupted run, that r's run
// is a -fix run, and returns the interrupt (nil in tests).
func (r *runner) fixing() *interrupt {
	in := signals.in
	if in != nil {
		in.mu.Lock()
		in.name, in.fixing = r.d.Name, true
		in.mu.Unlock()
	}
	return in
}
