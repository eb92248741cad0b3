package main

import (
	"crypto/tls"
	"encoding/pem"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDgraphTLSFlags checks that every command that talks to Dgraph takes
// the TLS options: with --tls-ca and --tls-server-name it opens a TLS
// connection naming the server (a TLS listener that is no Dgraph records
// the client's hello; the command then fails in one line), and a CA file
// that is missing or holds no certificate is a one-line error naming it.
func TestDgraphTLSFlags(t *testing.T) {
	hello := make(chan string, 64)
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "not dgraph", http.StatusTeapot)
	}))
	srv.TLS = &tls.Config{GetConfigForClient: func(h *tls.ClientHelloInfo) (*tls.Config, error) {
		hello <- h.ServerName
		return nil, nil
	}}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshakes
	srv.StartTLS()
	defer srv.Close()
	dir := t.TempDir()
	ca := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(ca, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw}), 0o600); err != nil {
		t.Fatal(err)
	}
	notPEM := writeFile(t, dir, "not.pem", "no certificate here\n")
	addr := strings.TrimPrefix(srv.URL, "https://")
	db := demoStore(t)
	for _, args := range [][]string{
		{"push"},
		{"show", "Angela Merkel"},
		{"neighbours", "Angela Merkel"},
		{"path", "Angela Merkel", "Paris"},
	} {
		code, _, errs := cli(t, db, append(args, "--dgraph", addr, "--tls-ca", ca, "--tls-server-name", "example.com")...)
		if code != exitFailure || strings.Count(strings.TrimSpace(errs), "\n") > 0 {
			t.Errorf("%s against a TLS server that is no Dgraph: exit %d, %q", args[0], code, errs)
		}
		select {
		case name := <-hello:
			if name != "example.com" {
				t.Errorf("%s: TLS hello names %q, want example.com", args[0], name)
			}
		default:
			t.Errorf("%s --tls-ca: no TLS hello reached the server", args[0])
		}
		for len(hello) > 0 {
			<-hello
		}
		for _, bad := range []string{filepath.Join(dir, "missing.pem"), notPEM} {
			code, _, errs := cli(t, db, append(args, "--dgraph", addr, "--tls-ca", bad)...)
			if code != exitFailure || !strings.Contains(errs, bad) || strings.Count(strings.TrimSpace(errs), "\n") > 0 {
				t.Errorf("%s --tls-ca %s: exit %d, %q", args[0], bad, code, errs)
			}
		}
	}
}
