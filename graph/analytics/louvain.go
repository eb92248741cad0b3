package analytics

import (
	"math/rand/v2"
)

// louvainGraph is one level of the Louvain method: a weighted undirected
// graph in CSR form whose nodes are the communities of the level below.
// self[i] is the weight of the loop on i counted as A_ii (twice the weight
// inside the community it stands for), so the strength k_i is
// Σ_j w_ij + self[i].
type louvainGraph struct {
	offs []int
	adj  []int32
	w    []float64
	self []float64
	k    []float64
}

func (g *louvainGraph) n() int { return len(g.k) }

// louvain partitions c with the Louvain method (Blondel et al., "Fast
// unfolding of communities in large networks", 2008) at resolution 1: local
// moving, each node in turn (from an order shuffled by a PCG seeded with
// CommunitySeed, then as a queue of nodes whose neighbourhood changed)
// joining the neighbouring community with the largest modularity gain
// ΔQ ∝ w_ic − k_i·tot_c/2m while any gain is positive, then aggregation of
// the communities into nodes, until a level moves nothing.
// It returns every node's community (arbitrary numbers) and the modularity
// of the partition. A graph without edges has Q = 0 and singletons.
func louvain(c *csr) ([]int32, float64) {
	n := c.n()
	member := make([]int32, n)
	for i := range member {
		member[i] = int32(i)
	}
	if len(c.adj) == 0 {
		return member, 0
	}
	g := &louvainGraph{offs: make([]int, n+1), adj: c.adj, w: c.w, self: make([]float64, n), k: make([]float64, n)}
	var m2 float64
	for i := range n {
		g.offs[i+1] = int(c.offs[i+1])
		for _, x := range c.w[c.offs[i]:c.offs[i+1]] {
			g.k[i] += x
		}
		m2 += g.k[i]
	}
	rng := rand.New(rand.NewPCG(CommunitySeed, CommunitySeed))
	for {
		comm, moved := louvainMove(g, m2, rng)
		if !moved {
			break
		}
		var k int
		g, k = louvainAggregate(g, comm)
		for i := range member {
			member[i] = comm[member[i]]
		}
		if k == 1 {
			break
		}
	}
	return member, modularity(c, member, m2)
}

// louvainMove runs local moving on g and returns every node's community,
// renumbered 0..k-1 in order of first appearance, and whether any node
// moved.
func louvainMove(g *louvainGraph, m2 float64, rng *rand.Rand) ([]int32, bool) {
	n := g.n()
	comm := make([]int32, n)
	tot := make([]float64, n)
	for i := range n {
		comm[i] = int32(i)
		tot[i] = g.k[i]
	}
	// Fast local moving (Traag, Waltman and van Eck, "From Louvain to
	// Leiden", 2019): a queue starts with every node in shuffled order; a
	// node that moves puts its neighbours outside its new community back
	// in the queue. When the queue is empty no single move raises Q, the
	// same stopping point as repeated full passes, reached with far less
	// work on large graphs.
	queue := make([]int32, 0, n)
	for _, i := range rng.Perm(n) {
		queue = append(queue, int32(i))
	}
	queued := make([]bool, n)
	for i := range queued {
		queued[i] = true
	}
	wTo := make([]float64, n) // weight from the current node to each community
	var touched []int32
	movedAny := false
	for head := 0; head < len(queue); head++ {
		i := queue[head]
		queued[i] = false
		if head > n && head > len(queue)/2 {
			// Drop the consumed prefix now and then.
			queue = append(queue[:0], queue[head+1:]...)
			head = -1
		}
		ki := g.k[i]
		if ki == 0 {
			continue
		}
		ci := comm[i]
		touched = touched[:0]
		for e := g.offs[i]; e < g.offs[i+1]; e++ {
			cj := comm[g.adj[e]]
			if wTo[cj] == 0 {
				touched = append(touched, cj)
			}
			wTo[cj] += g.w[e]
		}
		tot[ci] -= ki
		best, bestGain := ci, wTo[ci]-ki*tot[ci]/m2
		for _, cj := range touched {
			if gain := wTo[cj] - ki*tot[cj]/m2; gain > bestGain+1e-12*max(1, bestGain) {
				best, bestGain = cj, gain
			}
		}
		tot[best] += ki
		for _, cj := range touched {
			wTo[cj] = 0
		}
		if best == ci {
			continue
		}
		comm[i] = best
		movedAny = true
		for e := g.offs[i]; e < g.offs[i+1]; e++ {
			if j := g.adj[e]; !queued[j] && comm[j] != best {
				queued[j] = true
				queue = append(queue, j)
			}
		}
	}
	// Renumber.
	renum := make([]int32, n)
	for i := range renum {
		renum[i] = -1
	}
	next := int32(0)
	for i, cm := range comm {
		if renum[cm] < 0 {
			renum[cm] = next
			next++
		}
		comm[i] = renum[cm]
	}
	return comm, movedAny
}

// louvainAggregate returns the graph whose nodes are the k communities of
// g given by comm (numbered 0..k-1), with summed edge weights, and k.
func louvainAggregate(g *louvainGraph, comm []int32) (*louvainGraph, int) {
	k := 0
	for _, c := range comm {
		k = max(k, int(c)+1)
	}
	// Nodes of each community, contiguous.
	start := make([]int, k+1)
	for _, c := range comm {
		start[c+1]++
	}
	for c := range k {
		start[c+1] += start[c]
	}
	nodes := make([]int32, len(comm))
	fill := append([]int(nil), start[:k]...)
	for i, c := range comm {
		nodes[fill[c]] = int32(i)
		fill[c]++
	}
	out := &louvainGraph{offs: make([]int, k+1), self: make([]float64, k), k: make([]float64, k)}
	wTo := make([]float64, k)
	var touched []int32
	for c := range k {
		touched = touched[:0]
		for _, i := range nodes[start[c]:start[c+1]] {
			out.k[c] += g.k[i]
			out.self[c] += g.self[i]
			for e := g.offs[i]; e < g.offs[i+1]; e++ {
				cj := comm[g.adj[e]]
				if int(cj) == c {
					out.self[c] += g.w[e]
					continue
				}
				if wTo[cj] == 0 {
					touched = append(touched, cj)
				}
				wTo[cj] += g.w[e]
			}
		}
		for _, cj := range touched {
			out.adj = append(out.adj, cj)
			out.w = append(out.w, wTo[cj])
			wTo[cj] = 0
		}
		out.offs[c+1] = len(out.adj)
	}
	return out, k
}

// modularity returns Q = 1/2m Σ_ij [A_ij − k_i k_j/2m] δ(c_i, c_j) of the
// partition member of c, with 2m = m2.
func modularity(c *csr, member []int32, m2 float64) float64 {
	if m2 == 0 {
		return 0
	}
	tot := make([]float64, c.n())
	var in float64
	for i := range c.n() {
		nb, w := c.row(int32(i))
		for e, j := range nb {
			tot[member[i]] += w[e]
			if member[j] == member[i] {
				in += w[e]
			}
		}
	}
	q := in / m2
	for _, t := range tot {
		q -= (t / m2) * (t / m2)
	}
	return q
}
