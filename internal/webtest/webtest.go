// Package webtest makes the HTTP requests of tests.
package webtest

import (
	"encoding/json"
	"io"
	"net/http"
	"testing"
)

// Do sends a request without a body to url and returns the answer's status, header and body.
// A request that gets no answer fails the test.
func Do(t testing.TB, method, url string) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, body
}

// GetJSON decodes the JSON body of a GET of url into out. An answer other than 200, or a body
// that is not the JSON of out, fails the test.
func GetJSON(t testing.TB, url string, out any) {
	t.Helper()
	status, _, body := Do(t, http.MethodGet, url)
	if status != http.StatusOK {
		t.Fatalf("GET %s: status %d: %s", url, status, body)
	}
	if err := json.Unmarshal(body, out); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}
