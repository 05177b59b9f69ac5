package dashboard

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/internal/webtest"
)

func TestHandler(t *testing.T) {
	mux := http.NewServeMux()
	Register(mux)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "the API", http.StatusTeapot) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for _, c := range []struct {
		method, path string
		status       int
		contentType  string
		body         string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8", `<script src="/dashboard/app.js" defer></script>`},
		{"HEAD", "/", 200, "text/html; charset=utf-8", ""},
		{"GET", "/dashboard/app.js", 200, "text/javascript; charset=utf-8", "'use strict';"},
		{"GET", "/dashboard/style.css", 200, "text/css; charset=utf-8", ":root"},
		{"GET", "/dashboard/", 404, "text/plain; charset=utf-8", "404 page not found"},
		{"GET", "/dashboard/index.html", 404, "text/plain; charset=utf-8", "404 page not found"},
		{"GET", "/dashboard/nope.js", 404, "text/plain; charset=utf-8", "404 page not found"},
		// Everything else is the API's.
		{"GET", "/index.html", 418, "text/plain; charset=utf-8", "the API"},
		{"GET", "/v1/markets", 418, "text/plain; charset=utf-8", "the API"},
		{"POST", "/", 418, "text/plain; charset=utf-8", "the API"},
	} {
		t.Run(c.method+" "+c.path, func(t *testing.T) {
			status, header, body := webtest.Do(t, c.method, srv.URL+c.path)
			if status != c.status || header.Get("Content-Type") != c.contentType || !strings.Contains(string(body), c.body) {
				t.Fatalf("status %d, Content-Type %q, body %.80q; want %d, %q, a body with %q",
					status, header.Get("Content-Type"), body, c.status, c.contentType, c.body)
			}
			if c.status == 200 && !strings.Contains(header.Get("Content-Security-Policy"), "default-src 'none'") {
				t.Errorf("Content-Security-Policy %q: want the page limited to its own server", header.Get("Content-Security-Policy"))
			}
		})
	}
}

// TestSelfContained checks that the page fetches nothing from elsewhere: no file names a
// URL with a host (the SVG namespace is a name, not a fetch), and index.html loads only
// files that exist under /dashboard/.
func TestSelfContained(t *testing.T) {
	url := regexp.MustCompile(`(https?:)?//[a-zA-Z0-9.-]+\.[a-z]{2,}[^\s"'` + "`" + `)]*`)
	err := fs.WalkDir(Files, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := fs.ReadFile(Files, path)
		if err != nil {
			return err
		}
		for _, u := range url.FindAllString(string(raw), -1) {
			if u != "http://www.w3.org/2000/svg" {
				t.Errorf("%s names %s: the dashboard must not fetch from elsewhere", path, u)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	index, err := fs.ReadFile(Files, "index.html")
	if err != nil {
		t.Fatal(err)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"#]+)"`).FindAllStringSubmatch(string(index), -1)
	if len(refs) < 3 {
		t.Fatalf("index.html loads %d files, want at least the icon, the style sheet and the script", len(refs))
	}
	for _, m := range refs {
		ref := m[1]
		if ref == "data:," {
			continue
		}
		name, ok := strings.CutPrefix(ref, "/dashboard/")
		if !ok {
			t.Errorf("index.html loads %s: want files under /dashboard/", ref)
			continue
		}
		if _, err := fs.Stat(Files, name); err != nil {
			t.Errorf("index.html loads %s, which is not embedded: %v", ref, err)
		}
	}
}
