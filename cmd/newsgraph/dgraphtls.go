package main

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"os"

	"github.com/spf13/pflag"
)

// tlsFlags are the TLS options of every command that talks to Dgraph:
// push, and neighbours, path and show with --dgraph.
type tlsFlags struct {
	on         bool
	ca         string
	serverName string
}

func (t *tlsFlags) register(f *pflag.FlagSet) {
	f.BoolVar(&t.on, "tls", false, "connect to Dgraph with TLS, verifying the server with the system's roots")
	f.StringVar(&t.ca, "tls-ca", "", "connect to Dgraph with TLS, verifying the server with this PEM CA file")
	f.StringVar(&t.serverName, "tls-server-name", "", "connect to Dgraph with TLS, expecting this server name")
}

// config returns the TLS configuration the flags ask for, or nil for a
// plain-text connection (none given).
func (t *tlsFlags) config() (*tls.Config, error) {
	if !t.on && t.ca == "" && t.serverName == "" {
		return nil, nil
	}
	tc := &tls.Config{MinVersion: tls.VersionTLS12, ServerName: t.serverName}
	if t.ca != "" {
		pem, err := os.ReadFile(t.ca)
		if err != nil {
			return nil, err
		}
		tc.RootCAs = x509.NewCertPool()
		if !tc.RootCAs.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("%s: no PEM certificate in it", t.ca)
		}
	}
	return tc, nil
}
