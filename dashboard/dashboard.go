// Package dashboard is ltvkeeper's web page: the market, the book of loans by LTV, the
// liquidation ladder, the positions, a borrower's view, and the alerts and liquidations as
// they happen. It is static HTML, CSS and JavaScript embedded in the binary, with charts
// drawn as SVG by hand: it fetches nothing from elsewhere and works offline. The page reads
// the read-only JSON API served beside it (package api) and follows the index by polling
// /healthz every second.
package dashboard

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed static
var static embed.FS

// Files are the dashboard's files: index.html and the assets it loads from /dashboard/.
var Files = mustSub(static, "static")

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err) // the embedded folder is always there
	}
	return sub
}

// contentSecurityPolicy lets the page load only its own files and talk only to its own
// server.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// Register mounts the dashboard on mux: the page at / (exactly) and its assets under
// /dashboard/. Every other path stays with mux's other handlers.
func Register(mux *http.ServeMux) {
	h := Handler()
	mux.Handle("GET /{$}", h)
	mux.Handle("GET /dashboard/", h)
}

// Handler serves the page at / and its assets under /dashboard/; anything else is 404.
func Handler() http.Handler {
	files := http.StripPrefix("/dashboard", http.FileServerFS(Files))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-cache")
		switch {
		case r.URL.Path == "/":
			http.ServeFileFS(w, r, Files, "index.html")
		case strings.HasPrefix(r.URL.Path, "/dashboard/") && !strings.HasSuffix(r.URL.Path, "/") &&
			r.URL.Path != "/dashboard/index.html":
			files.ServeHTTP(w, r)
		default:
			http.NotFound(w, r)
		}
	})
}
