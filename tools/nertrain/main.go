package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/ner"
	"github.com/newsgraph/newsgraph/graph"
)

func main() {
	shared := filepath.Join("..", "shared")
	train := flag.String("train", filepath.Join(shared, "ner/conll2003/eng.train"), "CoNLL training file")
	dev := flag.String("dev", filepath.Join(shared, "ner/conll2003/eng.testa"), "CoNLL development file (chooses the epochs)")
	corpus := flag.String("corpus", filepath.Join(shared, "corpus/reuters21578.jsonl")+","+filepath.Join(shared, "corpus/bbc_news.jsonl"), "unlabelled news (JSON lines, comma-separated) for the word clusters")
	out := flag.String("out", "data/ner/model.bin.gz", "model file to write")
	seed := flag.Uint64("seed", 1, "random seed (shuffling, cluster initialisation, folds)")
	epochs := flag.Int("epochs", 14, "passes over the training data at most")
	minCount := flag.Int("min-count", 1, "drop features seen fewer times in training")
	history := flag.Bool("history", true, "use the document's prediction history as features")
	coarse := flag.Int("coarse", 100, "coarse word clusters")
	fine := flag.Int("fine", 20, "fine clusters within each coarse one")
	fineTrain := flag.String("fine-train", filepath.Join(shared, "ner/crossner_politics/train.txt"), "training file of the fine model (CrossNER labels); empty: no fine model")
	fineDev := flag.String("fine-dev", filepath.Join(shared, "ner/crossner_politics/dev.txt"), "development file of the fine model")
	fineOut := flag.String("fine-out", "data/ner/fine.bin.gz", "fine model file to write")
	fineEpochs := flag.Int("fine-epochs", 20, "passes over the fine training data at most")
	base := flag.String("base", "", "use this coarse model instead of training one")
	fineOn := flag.String("fine-base", "", "with -base, train the fine model on this coarse model (one -plain-out wrote) instead of the base")
	flag.StringVar(&plainOut, "plain-out", "", "also write the coarse model the fine model learns on (see -fine-oof) to this file")
	fineNews := flag.Int("fine-news", 100, "also train the fine model on this many CoNLL training documents, typed by the rules")
	fineRepeat := flag.Int("fine-repeat", 8, "repeat the fine training file this many times")
	flag.StringVar(&gmbPath, "gmb", "", "also train the coarse model on this GMB-derived corpus (ner_dataset.csv or its zip); empty: not used")
	flag.IntVar(&gmbSentences, "gmb-sentences", 0, "read at most this many GMB sentences (0: all)")
	flag.IntVar(&gmbNameCount, "gmb-names", 0, "add the names GMB tags at least this many times to the gazetteer features (0: none; needs -gmb)")
	flag.BoolVar(&gmbTrain, "gmb-train", true, "with -gmb, also train the coarse model on GMB's sentences")
	flag.IntVar(&fineGMB, "fine-gmb", 0, "also train the fine model on this many GMB documents, typed by the rules (needs -gmb)")
	flag.IntVar(&minPopulation, "min-population", minPopulation, "smallest population of a place in the gazetteer features")
	flag.IntVar(&coarseCross, "coarse-crossner", 1, "also train the coarse model on the fine training file (CrossNER), its labels mapped to PER, LOC, ORG and MISC, repeated this many times (0: not)")
	flag.BoolVar(&fineOOF, "fine-oof", true, "with -coarse-crossner, train the fine model on a coarse model trained without CrossNER (it is used on the written one)")
	runs := flag.Int("runs", 3, "average the weights of this many training runs (seeds seed, seed+1, ...)")
	flag.BoolVar(&partyAliases, "party-aliases", true, "add the gazetteer's derived party names (acronyms, shortened forms) to the gazetteer features, as a class of their own, and the names of several words parties share as party names")
	flag.BoolVar(&useKnownOrgs, "known-orgs", true, "add the lexicon's well-known organizations (org_*.txt) to the gazetteer features")
	flag.StringVar(&knownOrgLists, "known-org-lists", knownOrgLists, "with -known-orgs, the lexicon's lists of well-known organizations to add (comma-separated; empty: all of lexicon.KnownOrganizations)")
	flag.StringVar(&formerPath, "former-countries", filepath.Join(shared, "gazetteers/partyfacts/whogov_whogov.csv"), "WhoGov table whose countries the gazetteer lacks (the Soviet Union, ...) become country names; empty: none")
	heldDir := flag.String("heldout-dir", "", "hold out one fold of the fine training file (see -heldout-fold): write its sentences to DIR/heldout.txt and the rest, which both models train on, to DIR/train.txt, and the models to DIR/model.bin.gz and DIR/fine.bin.gz (not data/ner), for 'newsgraph eval ner --conll DIR/heldout.txt --types fine --models DIR'")
	heldFold := flag.Int("heldout-fold", 0, "with -heldout-dir, the fold held out: sentences whose text hashes to it modulo -folds")
	folds := flag.Int("folds", 5, "with -heldout-dir, the number of folds")
	conllDir := flag.String("conll-heldout-dir", "", "hold out the last documents of the training file (see -conll-heldout-frac): write them to DIR/conll-heldout.txt and the rest, which the coarse models train on, to DIR/conll-train.txt, and the models to DIR (not data/ner), for 'newsgraph eval ner --conll DIR/conll-heldout.txt --models DIR'")
	conllFrac := flag.Float64("conll-heldout-frac", 0.2, "with -conll-heldout-dir, the fraction of documents held out")
	coarseOnly := flag.Bool("coarse-only", false, "train the coarse model only (no fine model, no coarse model for it)")
	gmbOut := flag.String("gmb-conll", "", "write the GMB corpus of -gmb, its tags mapped to CoNLL-2003's, to this CoNLL file and stop")
	flag.Float64Var(&wordDropout, "word-dropout", 0, "in training the coarse models, leave out a token's word-identity features (word, lower case) with this probability per token and epoch")
	fineDropout := flag.Float64("fine-word-dropout", 0, "the same for the fine model")
	flag.Parse()
	start := time.Now()
	if *gmbOut != "" {
		exs, err := readGMB(gmbPath, gmbSentences)
		if err == nil {
			err = writeCoNLL(*gmbOut, exs)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "nertrain:", err)
			os.Exit(1)
		}
		return
	}
	if *coarseOnly {
		fineOOF = false
	}
	if *conllDir != "" {
		tr, held, nTrain, nHeld, err := splitLastDocs(*train, *conllDir, *conllFrac)
		if err != nil {
			fmt.Fprintln(os.Stderr, "nertrain:", err)
			os.Exit(1)
		}
		fmt.Fprintf(os.Stderr, "held out the last %d documents in %s, %d to train on in %s\n", nHeld, held, nTrain, tr)
		*train = tr
		*out, *fineOut = filepath.Join(*conllDir, "model.bin.gz"), filepath.Join(*conllDir, "fine.bin.gz")
	}
	if *heldDir != "" {
		train, held, nTrain, nHeld, err := splitHeldOut(*fineTrain, *heldDir, *heldFold, *folds)
		if err != nil {
			fmt.Fprintln(os.Stderr, "nertrain:", err)
			os.Exit(1)
		}
		fmt.Fprintf(os.Stderr, "held out fold %d of %d: %d sentences in %s, %d to train on in %s\n", *heldFold, *folds, nHeld, held, nTrain, train)
		*fineTrain = train
		*out, *fineOut = filepath.Join(*heldDir, "model.bin.gz"), filepath.Join(*heldDir, "fine.bin.gz")
	}
	var fineBase *ner.Model
	var err error
	if *base != "" {
		fineBase, err = loadModel(*base)
		if err == nil && *fineOn != "" {
			fineBase, err = loadModel(*fineOn)
		}
	} else {
		crossPath = *fineTrain
		_, fineBase, err = run(*train, *dev, strings.Split(*corpus, ","), *out, *seed, *epochs, *minCount, *runs, *history, *coarse, *fine)
	}
	if err == nil && *fineTrain != "" && !*coarseOnly {
		err = runFine(fineBase, *fineTrain, *fineDev, *fineOut, *seed, *fineEpochs, *runs, *train, *fineNews, *fineRepeat, *fineDropout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "done in %s\n", time.Since(start).Round(time.Second))
}

func loadModel(path string) (*ner.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ner.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// runFine trains the fine model, stacked on the coarse one, on CrossNER
// data read as newsgraph's types.
func runFine(base *ner.Model, trainPath, devPath, out string, seed uint64, epochs, runs int, newsPath string, news, repeat int, dropout float64) error {
	train, err := readExamples(trainPath)
	if err != nil {
		return err
	}
	dev, err := readExamples(devPath)
	if err != nil {
		return err
	}
	for _, exs := range [][]ner.Example{train, dev} {
		for _, ex := range exs {
			for i, t := range ex.Tags {
				ex.Tags[i] = ner.MapTypes(t, ner.CrossNERTypes)
			}
		}
	}
	orig := train
	for r := 1; r < repeat; r++ {
		train = append(train, orig...)
	}
	var typed []ner.Example
	if news > 0 {
		exs, err := readExamples(newsPath)
		if err != nil {
			return err
		}
		typed = exs[:min(news, len(exs))]
	}
	if fineGMB > 0 {
		if gmbExamples == nil && gmbPath != "" {
			if gmbExamples, err = readGMB(gmbPath, gmbSentences); err != nil {
				return err
			}
		}
		typed = append(typed, gmbExamples[:min(fineGMB, len(gmbExamples))]...)
	}
	for _, ex := range typed {
		for i, tags := range ex.Tags {
			chunks := ner.Chunks(tags)
			for j, c := range chunks {
				chunks[j].Type = base.FineType(c.Type, ex.Sents[i][c.Start:c.End])
			}
			ex.Tags[i] = ner.IOB2(chunks, len(tags))
		}
		train = append(train, ex)
	}
	m := ner.NewModel(ner.FineTypes(), ner.Resources{}, base)
	f1, err := ner.Train(m, train, dev, ner.TrainOptions{Epochs: epochs, Seed: seed, History: true, Runs: runs, WordDropout: dropout, Log: os.Stderr})
	if err != nil {
		return err
	}
	if err := save(m, out); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "fine dev F1 %.2f (misc included); wrote %s\n", f1, out)
	return nil
}

func save(m *ner.Model, out string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", out, err)
	}
	return f.Close()
}

func readExamples(path string) ([]ner.Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	lines, err := ner.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var exs []ner.Example
	for _, d := range ner.Documents(lines) {
		exs = append(exs, ner.Example{Sents: ner.Column(lines, d, 0), Tags: ner.Column(lines, d, -1)})
	}
	return exs, nil
}

// run trains the coarse model and writes it to out. It returns the model
// and the coarse model the fine model is to be trained on: the same one,
// or with -coarse-crossner and -fine-oof one trained without CrossNER.
func run(trainPath, devPath string, corpus []string, out string, seed uint64, epochs, minCount, runs int, history bool, coarse, fine int) (*ner.Model, *ner.Model, error) {
	start := time.Now()
	train, err := readExamples(trainPath)
	if err != nil {
		return nil, nil, err
	}
	dev, err := readExamples(devPath)
	if err != nil {
		return nil, nil, err
	}
	var res ner.Resources
	if len(corpus) > 0 && corpus[0] != "" {
		cl, err := induceClusters(corpus, coarse, fine, seed)
		if err != nil {
			return nil, nil, err
		}
		res.Words, res.Coarse, res.Fine, res.Caps = cl.words, cl.coarse, cl.fine, cl.caps
		fmt.Fprintf(os.Stderr, "clusters: %d words (%s)\n", len(cl.words), time.Since(start).Round(time.Second))
	}
	res.Names = gazetteerNames(gazetteer.Default(), lowerWords(res.Words, res.Caps))
	fmt.Fprintf(os.Stderr, "gazetteer names: %d\n", len(res.Names))
	extra, err := extraNames()
	if err != nil {
		return nil, nil, err
	}
	res.Names = append(res.Names, extra...)
	if gmbPath != "" {
		exs, err := readGMB(gmbPath, gmbSentences)
		if err != nil {
			return nil, nil, err
		}
		gmbExamples = exs
		if gmbTrain {
			train = append(train, exs...)
		}
		if gmbNameCount > 0 {
			names := gmbNames(exs, gmbNameCount)
			res.Names = append(res.Names, names...)
			fmt.Fprintf(os.Stderr, "GMB names: %d\n", len(names))
		}
		fmt.Fprintf(os.Stderr, "GMB: %d documents\n", len(exs))
	}
	cross, err := crossExamples()
	if err != nil {
		return nil, nil, err
	}
	opts := ner.TrainOptions{Epochs: epochs, Seed: seed, MinCount: minCount, History: history, Runs: runs, WordDropout: wordDropout, Log: os.Stderr}
	m := ner.NewModel(coarseTypes, res, nil)
	f1, err := ner.Train(m, append(slices.Clone(train), cross...), dev, opts)
	if err != nil {
		return nil, nil, err
	}
	if err := save(m, out); err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(os.Stderr, "dev F1 %.2f; wrote %s in %s\n", f1, out, time.Since(start).Round(time.Second))
	if len(cross) == 0 || !fineOOF {
		return m, m, nil
	}
	// The fine model learns how far to trust the coarse model's names
	// from its tags of the fine training data; a coarse model trained on
	// that same data tags it too well, and the fine model would trust it
	// more than it deserves on new text. It learns from a coarse model
	// trained without that data (same clusters and names), and is then
	// used on top of the shipped one.
	plain := ner.NewModel(coarseTypes, res, nil)
	f1, err = ner.Train(plain, train, dev, opts)
	if err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(os.Stderr, "coarse model without CrossNER (for the fine model's training): dev F1 %.2f\n", f1)
	if plainOut != "" {
		if err := save(plain, plainOut); err != nil {
			return nil, nil, err
		}
	}
	return m, plain, nil
}

// coarseTypes are the coarse model's types (CoNLL-2003's).
var coarseTypes = []string{"LOC", "MISC", "ORG", "PER"}

// crossExamples returns the CrossNER training documents for the coarse
// model (see -coarse-crossner), their labels mapped to CoNLL-2003's, as
// many times as the flag says; none when it is 0.
func crossExamples() ([]ner.Example, error) {
	if coarseCross <= 0 || crossPath == "" {
		return nil, nil
	}
	exs, err := readExamples(crossPath)
	if err != nil {
		return nil, err
	}
	for _, ex := range exs {
		for i, t := range ex.Tags {
			ex.Tags[i] = ner.MapTypes(t, crossCoarse)
		}
	}
	var out []ner.Example
	for r := 0; r < coarseCross; r++ {
		out = append(out, exs...)
	}
	return out, nil
}

// Options of the names beyond the gazetteer's (see the flags).
var (
	useKnownOrgs  bool
	knownOrgLists = "org_news_agencies,org_broadcasters,org_stock_exchanges,org_central_banks,org_government_agencies"
	formerPath    string
)

// extraNames returns the names the flags add to the gazetteer's.
func extraNames() ([]ner.GazName, error) {
	var out []ner.GazName
	if useKnownOrgs {
		var lists []string
		if knownOrgLists != "" {
			lists = strings.Split(knownOrgLists, ",")
		}
		out = append(out, knownOrgNames(lists)...)
	}
	if formerPath != "" {
		fc, err := formerCountries(formerPath, gazetteer.Default())
		if err != nil {
			return nil, err
		}
		var names []string
		for _, n := range fc {
			names = append(names, n.Text)
		}
		fmt.Fprintf(os.Stderr, "former countries: %s\n", strings.Join(names, ", "))
		out = append(out, fc...)
	}
	return out, nil
}

// CrossNER data for the coarse model (see the flags -coarse-crossner,
// -fine-oof and -plain-out).
var (
	plainOut    string
	coarseCross int
	crossPath   string
	fineOOF     bool
)

// crossCoarse maps CrossNER politics labels to CoNLL-2003's: parties are
// organizations, countries locations, events and elections misc, as
// CoNLL-2003 tags them.
var crossCoarse = map[string]string{
	"politician": "PER", "person": "PER",
	"politicalparty": "ORG", "organisation": "ORG",
	"country": "LOC", "location": "LOC",
	"misc": "MISC", "event": "MISC", "election": "MISC",
}

// lowerWords returns the lower case of the words that unlabelled news
// capitalises inside sentences less than 30% of the times it writes
// them (capitalisation classes 1 and 2; see capClasses).
func lowerWords(words []string, caps []uint8) map[string]bool {
	out := map[string]bool{}
	for i, w := range words {
		if i < len(caps) && (caps[i] == 1 || caps[i] == 2) {
			out[strings.ToLower(w)] = true
		}
	}
	return out
}

// minPopulation is the population a place needs to count as a gazetteer name
// (capitals, regions and areas always count).
var minPopulation = 20000

// partyAliases adds the parties' derived names (see the flag).
var partyAliases bool

// GMB options (see the flags).
var (
	gmbPath      string
	gmbSentences int
	fineGMB      int
	gmbNameCount int
	gmbTrain     bool
	gmbExamples  []ner.Example // read once, for both models
)

// gazetteerNames returns the names of the gazetteer's entries with their
// classes: full names, short names and demonyms (not codes or derived
// forms; with -party-aliases a party's derived names as a class of their
// own); places only when they have 20,000 people, are capitals, or are
// regions and areas. lower holds the words news writes mostly in lower
// case (see lowerWords).
func gazetteerNames(g *gazetteer.Gazetteer, lower map[string]bool) []ner.GazName {
	var out []ner.GazName
	for e := range g.All {
		var class ner.GazClass
		switch e.Type {
		case graph.Person:
			class = ner.GazPerson
		case graph.Party:
			class = ner.GazParty
		case graph.Country:
			class = ner.GazCountry
		case graph.Organization:
			class = ner.GazOrg
		case graph.Place:
			if e.Population < minPopulation && !e.Capital && !strings.HasPrefix(e.ID, "region:") && !strings.HasPrefix(e.ID, "area:") {
				continue
			}
			class = ner.GazPlace
		default:
			continue
		}
		for _, a := range e.Aliases {
			c := class
			switch a.Kind {
			case gazetteer.KindName, gazetteer.KindShort:
			case gazetteer.KindDemonym:
				c = ner.GazDemonym
			case gazetteer.KindDerived:
				if class != ner.GazParty || !partyAliases {
					continue
				}
				c = ner.GazPartyAlias
				if a.Text == e.Name && (strings.Contains(a.Text, " ") || !lower[strings.ToLower(a.Text)]) {
					// A party's name that other parties share
					// ("Labour Party", "Sinn Féin", "Kuomintang") is
					// weak for linking, not as a party's name; one
					// word news mostly writes in lower case
					// ("Progress") is weak as both.
					c = ner.GazParty
				}
			default:
				continue
			}
			out = append(out, ner.GazName{Text: a.Text, Class: c})
		}
	}
	return out
}

// wordDropout is the coarse models' TrainOptions.WordDropout (see the flag).
var wordDropout float64
