package dovecottest

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const (
	// readyTimeout bounds the wait for Dovecot's first greeting.
	readyTimeout = 10 * time.Second
	// readyPoll is the pause between attempts to reach a starting Dovecot.
	readyPoll = 20 * time.Millisecond
	// stopTimeout is how long Dovecot may take to shut down on SIGTERM
	// before its process group is killed.
	stopTimeout = 5 * time.Second
)

// process is a running dovecot master, the leader of its own process group
// so that the group, children included, can be signalled at once.
type process struct {
	cmd  *exec.Cmd
	done chan struct{} // closed once the master has been reaped
	err  error         // the master's exit, set before done closes
}

// run starts Dovecot on port and waits for it to greet there. On failure
// nothing it started is left running.
func (s *Server) run(path string, v version, id identity, port int) error {
	conf, err := render(v, s.settings(id, port))
	if err != nil {
		return err
	}
	if err := os.WriteFile(s.configPath(), []byte(conf), 0o644); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	out, err := os.OpenFile(s.stderrPath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("open stderr log: %w", err)
	}
	// -F keeps the master in the foreground, as our child.
	cmd := exec.Command(path, "-F", "-c", s.configPath())
	cmd.Dir = s.dir
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	err = cmd.Start()
	// The child holds its own descriptor; ours is no longer needed.
	out.Close()
	if err != nil {
		return fmt.Errorf("run dovecot: %w", err)
	}
	p := &process{cmd: cmd, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	if err := p.waitReady(addr); err != nil {
		p.stop()
		return err
	}
	s.proc, s.addr = p, addr
	if s.tlsPort != 0 {
		s.tlsAddr = net.JoinHostPort("127.0.0.1", strconv.Itoa(s.tlsPort))
	}
	return nil
}

// waitReady waits until an IMAP greeting arrives on addr, the master exits,
// or readyTimeout passes.
func (p *process) waitReady(addr string) error {
	deadline := time.Now().Add(readyTimeout)
	tick := time.NewTicker(readyPoll)
	defer tick.Stop()
	for {
		err := greeting(addr)
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no greeting on %s within %v: %w", addr, readyTimeout, err)
		}
		select {
		case <-p.done:
			return fmt.Errorf("dovecot exited before serving %s: %v", addr, p.err)
		case <-tick.C:
		}
	}
}

// greeting dials addr and reads one line, which must be an untagged OK
// (RFC 9051 7.1).
func greeting(addr string) error {
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return err
	}
	defer conn.Close()
	if err := conn.SetDeadline(time.Now().Add(2 * time.Second)); err != nil {
		return err
	}
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		return fmt.Errorf("read greeting: %w", err)
	}
	if !strings.HasPrefix(line, "* OK") {
		return fmt.Errorf("greeting %q, want * OK", strings.TrimSpace(line))
	}
	return nil
}

// stop asks Dovecot to shut down, kills it if it does not, and reaps it.
// Signals go to the whole process group: login, imap and auth processes are
// the master's children and must not outlive the test.
func (p *process) stop() {
	pgid := p.cmd.Process.Pid
	_ = syscall.Kill(-pgid, syscall.SIGTERM)
	timer := time.NewTimer(stopTimeout)
	defer timer.Stop()
	select {
	case <-p.done:
	case <-timer.C:
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
		<-p.done
	}
	// A child that outlived the master keeps the group, and so its id,
	// alive: the id still names only our processes. ESRCH means none is left.
	_ = syscall.Kill(-pgid, syscall.SIGKILL)
}

// freePort asks the kernel for a loopback port nobody listens on. Another
// process may take it before Dovecot binds it; Start then tries again.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
