package dgraph

import (
	"context"
	"crypto/tls"
	"fmt"
	"strings"
	"time"

	"github.com/dgraph-io/dgo/v250"
	"github.com/dgraph-io/dgo/v250/protos/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

// DialTimeout bounds how long Dial waits for the cluster to answer.
const DialTimeout = 8 * time.Second

// Dial connects to the Dgraph alphas at addr: host:port of an alpha's gRPC
// port, or several separated by commas (as dgraph live's --alpha takes
// them), in which case each transaction goes to one of them at random. It
// checks that every alpha answers within DialTimeout. With tc nil the
// connections are plain text, as for a cluster on loopback; give a TLS
// configuration for a real cluster. Call the returned close function when
// done.
func Dial(ctx context.Context, addr string, tc *tls.Config) (*dgo.Dgraph, func() error, error) {
	creds := insecure.NewCredentials()
	if tc != nil {
		creds = credentials.NewTLS(tc)
	}
	var conns []*grpc.ClientConn
	closeAll := func() error {
		var first error
		for _, c := range conns {
			if err := c.Close(); err != nil && first == nil {
				first = err
			}
		}
		return first
	}
	var clients []api.DgraphClient
	for _, a := range strings.Split(addr, ",") {
		client, conn, err := dialOne(ctx, strings.TrimSpace(a), creds)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		conns = append(conns, conn)
		clients = append(clients, client)
	}
	return dgo.NewDgraphClient(clients...), closeAll, nil
}

// dialOne connects to one alpha and checks that it answers.
func dialOne(ctx context.Context, addr string, creds credentials.TransportCredentials) (api.DgraphClient, *grpc.ClientConn, error) {
	if addr == "" {
		return nil, nil, fmt.Errorf("dgraph: empty address")
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
	return client, conn, nil
}
