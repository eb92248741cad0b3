package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/web"
)

var screenshot = flag.String("screenshot", "", "save the browser test's screenshot of an entity page to this PNG file (e.g. ../../docs/serve.png)")

// hostileName would run script if a page emitted it as markup.
const hostileName = `<img src=x onerror=alert(1)>`

// TestServeInBrowser drives headless Chromium through chromedriver's
// WebDriver HTTP API against "newsgraph serve" on the demo graph: search,
// open an entity, follow a neighbour to its evidence, rename an entity to
// markup (shown as text, nothing runs) and undo it.
func TestServeInBrowser(t *testing.T) {
	chromium, err1 := exec.LookPath("chromium")
	driver, err2 := exec.LookPath("chromedriver")
	if err1 != nil || err2 != nil {
		t.Skip("chromium or chromedriver not installed (apt-get install chromium chromium-driver): skipping the browser test")
	}
	if testing.Short() {
		t.Skip("-short: skipping the browser test")
	}
	dir := t.TempDir()
	var out bytes.Buffer
	if code := run([]string{"demo", "--out", dir}, strings.NewReader(""), &out, &out); code != 0 {
		t.Fatalf("newsgraph demo: exit %d\n%s", code, out.String())
	}
	st, err := store.Open(filepath.Join(dir, "newsgraph.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv, err := web.New(st, web.Options{Resolver: nameResolver})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	defer hs.Close()

	wd := startDriver(t, driver, chromium)
	wd.open(hs.URL + "/")
	wd.typeInto(wd.find(`header input[name="q"]`), "bilawal\n")
	wd.click(wd.find(`ol.results a.entity`))
	if h := wd.text(wd.find("#entity-name")); !strings.Contains(h, "Bilawal") {
		t.Fatalf("entity page heading %q", h)
	}
	bilawalURL := wd.url()
	bilawalID := bilawalURL[strings.LastIndex(bilawalURL, "/")+1:]
	wd.waitFor("#graph canvas") // Cytoscape ran under the page's CSP
	if *screenshot != "" {
		time.Sleep(500 * time.Millisecond) // let the layout settle
		wd.screenshot(*screenshot)
	}
	// Follow a neighbour: its page shows an evidence sentence naming it.
	nb := wd.find(`a.neighbour`)
	name := wd.text(nb)
	wd.click(nb)
	if h := wd.text(wd.find("#entity-name")); h != name {
		t.Fatalf("clicked %q, got the page of %q", name, h)
	}
	// The neighbour's relation back to Bilawal, and its first sentence.
	ev := wd.findBy("xpath", `//li[@class="relation"][a[@class="neighbour" and contains(., "Bilawal")]]//ul[@class="evidence"]/li/q`)
	if txt := wd.text(ev); !wd.displayed(ev) || !strings.Contains(txt, "Bilawal") && !strings.Contains(txt, "Bhutto") {
		t.Errorf("neighbour %q: evidence sentence %q (visible %v) does not name Bilawal", name, txt, wd.displayed(ev))
	}
	// Rename it to markup through the page, confirm, and check that the
	// name shows as text and no element was created from it.
	wd.clear(wd.find(`form input[name="name"]`))
	wd.typeInto(wd.find(`form input[name="name"]`), hostileName)
	wd.click(wd.find(`form input[value="rename"] ~ button`))
	wd.confirm()
	if h := wd.text(wd.find("#entity-name")); h != hostileName {
		t.Errorf("after the rename the heading reads %q, want the name as text", h)
	}
	if n := len(wd.findAll("main img")); n != 0 {
		t.Errorf("the hostile name made %d img elements", n)
	}
	wd.noAlert()
	wd.open(hs.URL + "/search?q=img")
	if h := wd.text(wd.find("ol.results a.entity")); h != hostileName {
		t.Errorf("search result reads %q", h)
	}
	wd.noAlert()
	// Undo from the log restores the page.
	wd.open(hs.URL + "/curations")
	wd.click(wd.find(`form.inline button`))
	wd.confirm()
	wd.open(hs.URL + "/search?q=" + strings.ReplaceAll(name, " ", "+"))
	wd.click(wd.find(`ol.results a.entity`))
	if h := wd.text(wd.find("#entity-name")); h != name {
		t.Errorf("after undo the page reads %q, want %q", h, name)
	}
	// Merge Bilawal into the neighbour, then undo: Bilawal's page is back.
	neighbourURL := wd.url()
	wd.typeInto(wd.find(`form input[name="other"]`), bilawalID)
	wd.click(wd.find(`form input[value="merge"] ~ button`))
	wd.confirm()
	if txt := wd.text(wd.find("p.aliases")); !strings.Contains(txt, "Bilawal Bhutto Zardari") {
		t.Errorf("after the merge the aliases read %q", txt)
	}
	wd.open(bilawalURL)
	if h := wd.text(wd.find("h1")); h != "Not found" {
		t.Errorf("the merged entity's page still reads %q", h)
	}
	wd.open(hs.URL + "/curations")
	wd.click(wd.find(`form.inline button`))
	wd.confirm()
	wd.open(bilawalURL)
	if h := wd.text(wd.find("#entity-name")); h != "Bilawal Bhutto Zardari" {
		t.Errorf("after undoing the merge Bilawal's page reads %q", h)
	}
	wd.open(neighbourURL)
	if strings.Contains(wd.text(wd.find("main")), "Also: Bilawal") {
		t.Errorf("after undoing the merge the neighbour keeps Bilawal's name")
	}
}

// webDriver is a minimal W3C WebDriver client for one session.
type webDriver struct {
	t    *testing.T
	base string
}

func startDriver(t *testing.T, driver, chromium string) *webDriver {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	cmd := exec.Command(driver, fmt.Sprintf("--port=%d", port))
	if err := cmd.Start(); err != nil {
		t.Skipf("cannot start chromedriver: %v", err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	wd := &webDriver{t: t, base: fmt.Sprintf("http://127.0.0.1:%d", port)}
	for i := 0; ; i++ {
		if resp, err := http.Get(wd.base + "/status"); err == nil {
			resp.Body.Close()
			break
		}
		if i == 100 {
			t.Fatal("chromedriver did not start")
		}
		time.Sleep(100 * time.Millisecond)
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"browserName":             "chrome",
		"unhandledPromptBehavior": "ignore",
		"goog:chromeOptions": map[string]any{"binary": chromium, "args": []string{
			"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000"}},
	}}}
	var sess struct {
		SessionID string `json:"sessionId"`
	}
	wd.call("POST", "/session", caps, &sess)
	wd.base += "/session/" + sess.SessionID
	t.Cleanup(func() { wd.call("DELETE", "", nil, nil) })
	wd.call("POST", "/timeouts", map[string]any{"implicit": 5000, "pageLoad": 20000}, nil)
	return wd
}

// call sends one WebDriver command and decodes its "value" into out.
func (wd *webDriver) call(method, path string, body, out any) {
	wd.t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, wd.base+path, rd)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		wd.t.Fatalf("webdriver %s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var env struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.Unmarshal(raw, &env); err != nil || resp.StatusCode != 200 {
		wd.t.Fatalf("webdriver %s %s: %d %s", method, path, resp.StatusCode, raw)
	}
	if out == nil {
		return
	}
	if err := json.Unmarshal(env.Value, out); err != nil {
		wd.t.Fatalf("webdriver %s %s: %v in %s", method, path, err, raw)
	}
}

const elementKey = "element-6066-11e4-a52e-4f735466cecf"

func (wd *webDriver) open(url string) { wd.call("POST", "/url", map[string]string{"url": url}, nil) }

func (wd *webDriver) find(css string) string {
	wd.t.Helper()
	return wd.findBy("css selector", css)
}

// findBy returns the first element a locator finds (waiting up to the
// implicit timeout).
func (wd *webDriver) findBy(using, value string) string {
	wd.t.Helper()
	var v map[string]string
	wd.call("POST", "/element", map[string]string{"using": using, "value": value}, &v)
	if v[elementKey] == "" {
		wd.t.Fatalf("no element %s: %v", value, v)
	}
	return v[elementKey]
}

func (wd *webDriver) findAll(css string) []map[string]string {
	var v []map[string]string
	wd.call("POST", "/elements", map[string]string{"using": "css selector", "value": css}, &v)
	return v
}

// waitFor waits up to 10 s for an element the page's script creates.
func (wd *webDriver) waitFor(css string) {
	wd.t.Helper()
	for range 100 {
		if len(wd.findAll(css)) > 0 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	wd.t.Fatalf("no %s appeared", css)
}

// confirm clicks the confirmation page's button and waits up to 10 s for
// the page its POST leads to: a click returns before the navigation ends,
// and opening another page at once could cancel the POST.
func (wd *webDriver) confirm() {
	wd.t.Helper()
	wd.click(wd.find("#confirm"))
	for range 100 {
		if len(wd.findAll("#confirm")) == 0 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	wd.t.Fatalf("the confirmed change did not lead to a new page")
}

func (wd *webDriver) click(el string) {
	wd.call("POST", "/element/"+el+"/click", map[string]any{}, nil)
}
func (wd *webDriver) clear(el string) {
	wd.call("POST", "/element/"+el+"/clear", map[string]any{}, nil)
}

func (wd *webDriver) typeInto(el, s string) {
	s = strings.ReplaceAll(s, "\n", "\ue007") // the Enter key
	wd.call("POST", "/element/"+el+"/value", map[string]string{"text": s}, nil)
}

func (wd *webDriver) url() string {
	var s string
	wd.call("GET", "/url", nil, &s)
	return s
}

// noAlert fails the test if the page opened an alert (script ran).
func (wd *webDriver) noAlert() {
	wd.t.Helper()
	resp, err := http.Get(wd.base + "/alert/text")
	if err != nil {
		wd.t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound || !strings.Contains(string(body), "no such alert") {
		wd.t.Errorf("an alert is open: %d %s", resp.StatusCode, body)
	}
}

func (wd *webDriver) text(el string) string {
	var s string
	wd.call("GET", "/element/"+el+"/text", nil, &s)
	return s
}

func (wd *webDriver) displayed(el string) bool {
	var b bool
	wd.call("GET", "/element/"+el+"/displayed", nil, &b)
	return b
}

func (wd *webDriver) screenshot(path string) {
	var s string
	wd.call("GET", "/screenshot", nil, &s)
	png, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		wd.t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		wd.t.Fatal(err)
	}
}
