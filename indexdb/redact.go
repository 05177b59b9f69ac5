package indexdb

import (
	"net/url"
	"regexp"
)

var (
	passwordParam = regexp.MustCompile(`(?i)\bpassword\s*=\s*('(\\'|[^'])*'|\S+)`)
	userInfo      = regexp.MustCompile(`^([a-z]+://[^:@/]*):[^@]*@`)
)

// Redact is dbURL, a URL or a keyword/value string, without its password: fit to print in a
// message or to write to a file.
func Redact(dbURL string) string {
	u, err := url.Parse(dbURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		// A keyword/value string (host=… user=… password=…), or a URL too broken to parse.
		return passwordParam.ReplaceAllString(userInfo.ReplaceAllString(dbURL, "$1:xxxxx@"), "password=xxxxx")
	}
	if u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.String()
}
