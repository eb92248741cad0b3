package dgraph

import (
	"context"
	"crypto/tls"
	"fmt"
	"time"

	"github.com/dgraph-io/dgo/v250"
	"github.com/dgraph-io/dgo/v250/protos/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

// DialTimeout bounds how long Dial waits for the cluster to answer.
const DialTimeout = 8 * time.Second

// Dial connects to the Dgraph alpha at addr (host:port of its gRPC
// port) and checks that it answers within DialTimeout. With tc nil the
// connection is plain text, as for a cluster on loopback; give a TLS
// configuration for a real cluster. Call the returned close function when
// done.
func Dial(ctx context.Context, addr string, tc *tls.Config) (*dgo.Dgraph, func() error, error) {
	creds := insecure.NewCredentials()
	if tc != nil {
		creds = credentials.NewTLS(tc)
	}
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(creds))
	if err != nil {
		return nil, nil, fmt.Errorf("dgraph %s: %w", addr, err)
	}
	client := api.NewDgraphClient(conn)
	cctx, cancel := context.WithTimeout(ctx, DialTimeout)
	defer cancel()
	// Fail-fast: a refused connection fails at once, a silent address at
	// the deadline.
	if _, err := client.CheckVersion(cctx, &api.Check{}); err != nil {
		conn.Close()
		what := "no Dgraph alpha answers there (is it the alpha's gRPC port?)"
		if cctx.Err() != nil {
			what = fmt.Sprintf("no answer within %s", DialTimeout)
		}
		return nil, nil, fmt.Errorf("dgraph %s: %s: %v", addr, what, err)
	}
	return dgo.NewDgraphClient(client), conn.Close, nil
}
